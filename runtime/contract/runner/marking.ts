// What the run writes carries its mark, so a person can find it in the
// account and no two writes collide: the fields impact.com keeps as a record's
// code or value get `CT<seed><run><n>` (base 36, upper case: unique per run and
// request), its free-text names `impact-promo-contract run <seed> <run> #<n>`.
// The spec's example values ("Acme20") are never what gets created. A field is
// marked only where the mark is valid for it and leaves the request's
// validation verdict as it was: a deliberately broken value stays broken.
import type { ApiRequest, OperationPlan } from "./plan.js";
import { AccountReferences, REFERENCE_FIELDS } from "./references.js";
import { isJsonObject } from "../../json-object.js";

/** Fields that name a record: a code a shopper types, an exception list's value. */
const CODE_FIELDS = new Set(["Code", "Value"]);
/** Free-text fields a person reads in impact.com's screens. */
const TEXT_FIELDS = new Set(["Name", "DealName"]);

export class Marker {
  /** What every marked code starts with: `CT` + seed + run stamp. */
  readonly codePrefix: string;
  /** What every marked name starts with. */
  readonly textPrefix: string;
  private count = 0;

  constructor(
    seed: number,
    startedAt: number,
    /** The campaign and partner ids a write names: the account's own, where known. */
    readonly references = new AccountReferences(),
  ) {
    const run = Math.floor(startedAt / 1000).toString(36).toUpperCase();
    this.codePrefix = `CT${seed.toString(36).toUpperCase()}${run}`;
    this.textPrefix = `impact-promo-contract run ${seed} ${run}`;
  }

  /** `request` with its code and name fields marked, where the operation writes and the mark keeps the verdict. */
  mark(plan: OperationPlan, request: ApiRequest): ApiRequest {
    const { method } = plan.operation;
    if ((method !== "POST" && method !== "PUT" && method !== "PATCH") || !isJsonObject(request.body)) return request;
    const fields = Object.keys(request.body).filter((name) => typeof (request.body as Record<string, unknown>)[name] === "string" && (CODE_FIELDS.has(name) || TEXT_FIELDS.has(name)));
    const references = REFERENCE_FIELDS.filter((name) => typeof (request.body as Record<string, unknown>)[name] === "number");
    if (fields.length === 0 && references.length === 0) return request;
    const verdict = (candidate: ApiRequest) => JSON.stringify(plan.validators.validateRequest(plan.operation.operationId, candidate));
    const before = verdict(request);
    this.count += 1;
    let marked = request;
    for (const name of fields) {
      const value = CODE_FIELDS.has(name) ? `${this.codePrefix}${this.count.toString(36).toUpperCase()}` : `${this.textPrefix} #${this.count}`;
      const candidate = { ...marked, body: { ...(marked.body as Record<string, unknown>), [name]: value } };
      if (verdict(candidate) === before) marked = candidate;
    }
    for (const name of references) {
      const value = this.references.value(name);
      if (value === undefined) {
        this.references.fellBack.add(name);
        continue;
      }
      const candidate = { ...marked, body: { ...(marked.body as Record<string, unknown>), [name]: value } };
      if (verdict(candidate) === before) marked = candidate;
    }
    return marked;
  }
}

