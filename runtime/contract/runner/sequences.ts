// Stateful sequences, derived from the spec: a create's `Uri` names the
// resource (matched against the GET paths), and the OpenAPI `links` of each
// answer say which operation its ids feed next. For every resource:
//   create → read it (ensure_resource_availability) → follow its links:
//   lists filtered to find it (every item of every page checked), updates,
//   children created under it → then its DELETEs: gone (404, not listed) or,
//   where the answer keeps a `Uri`, changed as documented (use_after_free).
// Lists without path ids are walked whole from the start, so lists are seen
// non-empty, and each list's first item is read at its own Uri: ids taken from
// what the server holds (all --read-only has). Only what the run created is
// changed or deleted: links to writes are followed from created resources
// alone, and ids of others are handed to single reads, never to writes. At the
// end one resource of each kind is created again and left alive: its ids are
// what single requests use instead of generated ones.
import fc from "fast-check";
import { coerceParameter } from "../operation-spec.js";
import { ensureResourceAvailability, positiveDataAcceptance, useAfterFree } from "./checks/index.js";
import type { Bindings, RunContext } from "./context.js";
import type { Exchange } from "./http.js";
import { hashSeed, mergedObject, resolve, type ApiRequest, type EncodedRequest, type Json, type Link, type OperationPlan } from "./plan.js";
import { resolveUri } from "./uri.js";
import { requestArbitrary } from "./values.js";
import { unescapePointerSegment } from "../../json-pointer.js";

/** Pages walked per list read: a list of a real account may be long, the run must stay bounded. */
export const MAX_PAGES = 20;
const MAX_DEPTH = 4;

/**
 * What the spec's prose says a DELETE that keeps its resource changes
 * (expirePromoCode: "its State becomes INACTIVE"); a DELETE answered without
 * a `Uri` removes the resource and needs no entry.
 */
const DOCUMENTED_EFFECTS: Record<string, Record<string, unknown>> = { expirePromoCode: { State: "INACTIVE" } };

interface Resource {
  /** The GET that reads it. */
  plan: OperationPlan;
  path: Record<string, unknown>;
  body: Json;
  /** How the runner came by it, for messages: "POST /PromoCodes". */
  origin: string;
  /** Lists that held it: after a delete each must not. */
  listedIn: Array<{ plan: OperationPlan; request: ApiRequest }>;
  /** Created by this run (or read through one that was): only then may it be changed or deleted. */
  owned: boolean;
}

export interface SequenceOutcome {
  /** Ids of live resources this run created: for any request. */
  bindings: Bindings;
  /** Ids of resources the server listed or the spec's examples named: for reads only. */
  readBindings: Bindings;
  notes: string[];
}

export async function runSequences(context: RunContext, plans: OperationPlan[]): Promise<SequenceOutcome> {
  const sequencer = new Sequencer(context, plans);
  await sequencer.run();
  return { bindings: sequencer.bindings, readBindings: sequencer.readBindings, notes: sequencer.notes };
}

class Sequencer {
  readonly bindings: Bindings = {};
  readonly readBindings: Bindings = {};
  readonly notes: string[] = [];
  private readonly byId: Map<string, OperationPlan>;
  private readonly created: Array<{ plan: OperationPlan; request: ApiRequest }> = [];
  private readonly visited = new Set<string>();

  constructor(
    private readonly context: RunContext,
    private readonly plans: OperationPlan[],
  ) {
    this.byId = new Map(plans.map((plan) => [plan.operation.operationId, plan]));
  }

  async run(): Promise<void> {
    for (const list of this.plans.filter((plan) => plan.itemsKey && pathNames(plan).length === 0)) {
      const walk = await this.walk(list, { path: {}, query: smallestPages(list) });
      if (walk.firstBody === undefined) continue;
      if (walk.items === 0) this.notes.push(`${list.api} ${list.operation.operationId}: the list is empty, so no item of it was followed`);
      const page: Resource = { plan: list, path: {}, body: walk.firstBody, origin: `${list.operation.method} ${list.operation.path}`, listedIn: [], owned: false };
      for (const link of linksOf(list)) await this.follow(page, link, 1);
      await this.readFirstItem(list, walk.firstBody);
    }
    for (const creator of this.plans.filter((plan) => isCreator(plan) && pathNames(plan).length === 0)) await this.create(creator, {}, 1);
    // Reads no sequence reached (a partner exception list has no create or list
    // of its own): the spec's request examples name ids a seeded server knows.
    for (const read of this.plans.filter((plan) => plan.operation.method === "GET" && !plan.itemsKey && pathNames(plan).length > 0)) {
      if (pathNames(read).some((name) => this.bindings[name] !== undefined || this.readBindings[name] !== undefined)) continue;
      const example = read.fixtures[0];
      if (!example) continue;
      const answer = await this.ask(read, example, "example");
      const body = answer && answer.exchange.status === 200 ? parse(answer.exchange) : undefined;
      if (body) await this.visit({ plan: read, path: example.path, body, origin: `the spec's example ${read.operation.operationId}`, listedIn: [], owned: false }, 1);
      else this.notes.push(`${read.api} ${read.operation.operationId}: the spec's example id was not found, so nothing linked from it was followed`);
    }
    await this.keepAlive();
  }

  /** A list's first item, read at its own `Uri` (once): a record of the server's own, not one this run made. */
  private async readFirstItem(list: OperationPlan, body: Json): Promise<void> {
    const items = body[list.itemsKey!];
    const uri = Array.isArray(items) ? (items[0] as Json | undefined)?.Uri : undefined;
    const target = typeof uri === "string" && uri !== "" ? this.resolveUri(uri) : undefined;
    if (!target || this.visited.has(`${target.plan.operation.operationId} ${JSON.stringify(target.path)}`)) return;
    const answer = await this.ask(target.plan, { path: target.path, query: {} });
    const read = answer?.exchange.status === 200 ? parse(answer.exchange) : undefined;
    if (read) await this.visit({ plan: target.plan, path: target.path, body: read, origin: `the first item of ${list.operation.operationId}`, listedIn: [], owned: false }, 1);
  }

  /**
   * Sends a request judged for acceptance (ids came from earlier answers
   * unless `ids` says they are the spec's examples), or not judged for it
   * (`judged elsewhere`): a read after a delete may rightly be refused, and a
   * read after a create is ensure_resource_availability's to judge.
   */
  private async ask(plan: OperationPlan, request: ApiRequest | EncodedRequest, ids: "answered" | "example" | "judged elsewhere" = "answered"): Promise<{ exchange: Exchange } | undefined> {
    if (this.context.noteStopped(plan, [positiveDataAcceptance, ensureResourceAvailability, useAfterFree])) return undefined;
    const encoded = "url" in request ? request : this.context.encode(plan, request);
    const answer = await this.context.ask(plan, encoded);
    if (answer && ids !== "judged elsewhere") this.context.judge(plan, positiveDataAcceptance, answer.exchange, { generatedPathIds: ids === "example" });
    return answer;
  }

  /** Creates a resource and reads it back; returns it when both worked. */
  private async create(plan: OperationPlan, path: Record<string, unknown>, depth: number, visit = true): Promise<Resource | undefined> {
    const request = this.requestFor(plan, path, {});
    if (!request) return undefined;
    const answer = await this.ask(plan, request);
    const body = answer && isSuccess(answer.exchange) ? parse(answer.exchange) : undefined;
    if (!hasUri(body)) return undefined;
    this.created.push({ plan, request });
    const target = this.resolveUri(body!.Uri);
    if (!target) {
      this.notes.push(`${plan.api} ${plan.operation.operationId}: the created Uri ${JSON.stringify(body!.Uri)} matches no read operation of the spec`);
      return undefined;
    }
    const origin = `${plan.operation.method} ${plan.operation.path}`;
    const read = await this.ask(target.plan, { path: target.path, query: {} }, "judged elsewhere");
    if (!read) return undefined;
    this.context.judge(target.plan, ensureResourceAvailability, read.exchange, { origin });
    const resource = read.exchange.status === 200 ? parse(read.exchange) : undefined;
    if (!resource) return undefined;
    const created: Resource = { plan: target.plan, path: target.path, body: resource, origin, listedIn: [], owned: true };
    if (visit) await this.visit(created, depth);
    return created;
  }

  private async visit(resource: Resource, depth: number): Promise<void> {
    const key = `${resource.plan.operation.operationId} ${JSON.stringify(resource.path)}`;
    if (this.visited.has(key) || depth > MAX_DEPTH) return;
    this.visited.add(key);
    Object.assign(resource.owned ? this.bindings : this.readBindings, resource.path);
    const links = linksOf(resource.plan).filter((link) => resource.owned || this.byId.get(link.operationId)?.operation.method === "GET");
    const isDelete = (link: Link) => this.byId.get(link.operationId)?.operation.method === "DELETE";
    // Deletes last, the narrowest path first: an item goes before the whole collection.
    const deletes = links.filter(isDelete).sort((a, b) => this.byId.get(b.operationId)!.operation.path.length - this.byId.get(a.operationId)!.operation.path.length);
    for (const link of [...links.filter((link) => !isDelete(link)), ...deletes]) await this.follow(resource, link, depth);
  }

  private async follow(from: Resource, link: Link, depth: number): Promise<void> {
    const target = this.byId.get(link.operationId);
    if (!target) return; // not selected in this run
    const request = this.requestFor(target, {}, this.linkValues(target, link, from));
    if (!request) return;
    const { method } = target.operation;
    if (target.itemsKey) {
      const findId = sameKind(target, from.plan) ? from.body.Id : undefined;
      const walk = await this.walk(target, request, findId);
      if (findId !== undefined && walk.first) {
        this.context.judge(target, ensureResourceAvailability, walk.first, { origin: from.origin, listed: walk.found });
        if (walk.found) from.listedIn.push({ plan: target, request });
      }
    } else if (method === "GET") {
      const answer = await this.ask(target, request);
      const body = answer?.exchange.status === 200 ? parse(answer.exchange) : undefined;
      if (body) await this.visit({ plan: target, path: request.path, body, origin: `${from.origin} → ${target.operation.operationId}`, listedIn: [], owned: from.owned }, depth + 1);
    } else if (method === "POST" && isCreator(target)) {
      await this.create(target, request.path, depth + 1);
    } else if (method === "DELETE") {
      await this.remove(target, request, from);
    } else {
      const answer = await this.ask(target, request);
      if (answer && isSuccess(answer.exchange)) {
        const read = await this.ask(from.plan, { path: from.path, query: {} });
        if (read) this.context.judge(from.plan, ensureResourceAvailability, read.exchange, { origin: `${from.origin}, then ${target.operation.operationId}` });
      }
    }
  }

  /** A DELETE, then a read that must show it took effect. */
  private async remove(target: OperationPlan, request: ApiRequest, from: Resource): Promise<void> {
    const collection = this.plans.find((plan) => plan.itemsKey && plan.operation.path === target.operation.path);
    // A delete of a whole collection needs something in it to prove it gone.
    const creator = collection && this.plans.find((plan) => isCreator(plan) && plan.operation.path === target.operation.path);
    const child = creator ? await this.create(creator, request.path, MAX_DEPTH, false) : undefined;
    const answer = await this.ask(target, request);
    if (!answer || !isSuccess(answer.exchange)) return;
    const deleted = `${target.operation.operationId} (${answer.exchange.sent.method} ${new URL(answer.exchange.sent.url).pathname})`;
    if (hasUri(parse(answer.exchange))) {
      const read = await this.ask(from.plan, { path: from.path, query: {} });
      if (read) this.context.judge(from.plan, useAfterFree, read.exchange, { deleted, expect: { gone: false, fields: DOCUMENTED_EFFECTS[target.operation.operationId] ?? {} } });
      return;
    }
    if (collection) {
      const walk = await this.walk(collection, { path: request.path, query: {} }, undefined, "judged elsewhere");
      if (walk.first) this.context.judge(collection, useAfterFree, walk.first, { deleted, expect: { gone: true }, stillListed: walk.items > 0 });
      if (child) {
        const read = await this.ask(child.plan, { path: child.path, query: {} }, "judged elsewhere");
        if (read) this.context.judge(child.plan, useAfterFree, read.exchange, { deleted, expect: { gone: true } });
      }
      return;
    }
    const reader = this.plans.find((plan) => plan.operation.method === "GET" && plan.operation.path === target.operation.path);
    if (reader) {
      const read = await this.ask(reader, { path: request.path, query: {} }, "judged elsewhere");
      if (read) this.context.judge(reader, useAfterFree, read.exchange, { deleted, expect: { gone: true } });
    }
    for (const listed of from.listedIn) {
      const walk = await this.walk(listed.plan, listed.request, from.body.Id, "judged elsewhere");
      if (walk.first) this.context.judge(listed.plan, useAfterFree, walk.first, { deleted, expect: { gone: true }, stillListed: walk.found });
    }
    // The deleted resource's own id must not be handed to single requests as live.
    const own = pathNames(target).at(-1);
    if (own !== undefined) delete this.bindings[own];
  }

  /** Every page of a list, each judged; whether an item with `findId` was on any of them. */
  private async walk(plan: OperationPlan, request: ApiRequest, findId?: unknown, ids: "answered" | "judged elsewhere" = "answered"): Promise<{ first?: Exchange; firstBody?: Json; found: boolean; items: number }> {
    const outcome: { first?: Exchange; firstBody?: Json; found: boolean; items: number } = { found: false, items: 0 };
    const origin = new URL(this.context.baseUrl).origin;
    const seen = new Set<string>();
    let next: ApiRequest | EncodedRequest = request;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const answer = await this.ask(plan, next, ids);
      if (!answer) break;
      outcome.first ??= answer.exchange;
      const body = answer.exchange.status === 200 ? parse(answer.exchange) : undefined;
      if (!body) break;
      outcome.firstBody ??= body;
      const items: unknown[] = Array.isArray(body[plan.itemsKey!]) ? body[plan.itemsKey!] : [];
      outcome.items += items.length;
      if (findId !== undefined && items.some((item) => String((item as Json)?.Id) === String(findId))) outcome.found = true;
      const uri = body["@nextpageuri"];
      if (typeof uri !== "string" || uri === "") break;
      const url = URL.canParse(uri, `${this.context.baseUrl}/`) ? new URL(uri, `${this.context.baseUrl}/`) : undefined;
      if (!url) {
        this.notes.push(`${plan.api} ${plan.operation.operationId}: @nextpageuri ${JSON.stringify(uri)} is not a URI; not followed`);
        break;
      }
      // The next page is fetched with the credentials: only from the same origin and API.
      if (url.origin !== origin || !url.pathname.includes(plan.serverPath)) {
        this.notes.push(`${plan.api} ${plan.operation.operationId}: @nextpageuri ${JSON.stringify(uri)} leaves the API; not followed`);
        break;
      }
      if (seen.has(url.href)) break;
      seen.add(url.href);
      next = { url: url.href };
    }
    return outcome;
  }

  /** A valid request: the spec's example body (else a generated one), these path and query values. */
  private requestFor(plan: OperationPlan, path: Record<string, unknown>, values: { path?: Record<string, unknown>; query?: Record<string, unknown> }): ApiRequest | undefined {
    const fullPath = { ...path, ...values.path };
    for (const name of pathNames(plan)) if (fullPath[name] === undefined && this.bindings[name] !== undefined) fullPath[name] = this.bindings[name];
    const base: ApiRequest = { path: fullPath, query: values.query ?? {} };
    if (!plan.operation.requestBody) return this.valid(plan, base);
    for (const fixture of plan.fixtures) {
      const request = this.valid(plan, { ...base, body: fixture.body });
      if (request) return request;
    }
    const seed = hashSeed(`${this.context.seed}:${plan.api}:${plan.operation.operationId}:sequence`);
    for (const sample of fc.sample(requestArbitrary(plan), { numRuns: 20, seed })) {
      const request = this.valid(plan, { ...base, body: sample.body });
      if (request) return request;
    }
    return undefined;
  }

  private valid(plan: OperationPlan, request: ApiRequest): ApiRequest | undefined {
    return plan.validators.validateRequest(plan.operation.operationId, request).length === 0 ? request : undefined;
  }

  /** A link's parameters, evaluated on the resource's answer and typed as the target's parameters. */
  private linkValues(target: OperationPlan, link: Link, from: Resource): { path: Record<string, unknown>; query: Record<string, unknown> } {
    const values = { path: {} as Record<string, unknown>, query: {} as Record<string, unknown> };
    for (const [qualified, expression] of Object.entries(link.parameters)) {
      const name = qualified.replace(/^(path|query|header|cookie)\./, "");
      const parameter = target.operation.parameters.find((candidate) => candidate.name === name);
      if (!parameter || (parameter.in !== "path" && parameter.in !== "query")) continue;
      const raw = evaluate(expression, from);
      if (raw === undefined || raw === null || raw === "") continue;
      const schema = resolve(target.document, parameter.schema);
      const typed = schema.type === "array" ? coerceParameter(target.document, parameter.schema, [String(raw)]) : coerceParameter(target.document, parameter.schema, String(raw));
      values[parameter.in][name] = typed;
    }
    return values;
  }

  /** The read operation and path ids a `Uri` names. */
  private resolveUri(uri: string): { plan: OperationPlan; path: Record<string, unknown> } | undefined {
    return resolveUri(this.plans, this.context.baseUrl, uri);
  }

  /** One more of each created resource, left alive for the single requests. */
  private async keepAlive(): Promise<void> {
    for (const { plan, request } of this.created.splice(0)) {
      if (pathNames(plan).some((name) => this.bindings[name] === undefined)) continue;
      const answer = await this.ask(plan, { ...request, path: Object.fromEntries(pathNames(plan).map((name) => [name, this.bindings[name]])) });
      const body = answer && isSuccess(answer.exchange) ? parse(answer.exchange) : undefined;
      const target = hasUri(body) ? this.resolveUri(body!.Uri) : undefined;
      if (target) Object.assign(this.bindings, target.path);
    }
  }
}

function pathNames(plan: OperationPlan): string[] {
  return plan.operation.parameters.filter((parameter) => parameter.in === "path").map((parameter) => parameter.name);
}

/** Pages as small as the spec allows, so a list of a few dozen items is walked over several pages. */
function smallestPages(list: OperationPlan): Record<string, unknown> {
  const size = list.operation.parameters.find((parameter) => parameter.in === "query" && parameter.name === "PageSize");
  const minimum = size ? resolve(list.document, size.schema).minimum : undefined;
  return typeof minimum === "number" ? { PageSize: minimum } : {};
}

function linksOf(plan: OperationPlan): Link[] {
  return plan.answers["200"]?.links ?? [];
}

/** A POST whose answer carries the new resource's `Uri`. */
function isCreator(plan: OperationPlan): boolean {
  return plan.operation.method === "POST" && "Uri" in ((mergedObject(plan.document, plan.operation.responses["200"]?.schema).properties ?? {}) as Json);
}

/** Whether a list's items are what `reader` reads: only then must the read resource be among them. */
function sameKind(list: OperationPlan, reader: OperationPlan): boolean {
  const items = resolve(list.document, resolve(list.document, mergedObject(list.document, list.operation.responses["200"]?.schema).properties?.[list.itemsKey!]).items);
  return reader.operation.method === "GET" && !reader.itemsKey && items === resolve(reader.document, reader.operation.responses["200"]?.schema);
}

/** The wire form spells an absent `Uri` as "" (see spec/README.md). */
function hasUri(body: Json | undefined): boolean {
  return typeof body?.Uri === "string" && body.Uri !== "";
}

function isSuccess(exchange: Exchange): boolean {
  return exchange.status !== undefined && exchange.status >= 200 && exchange.status < 300;
}

function parse(exchange: Exchange): Json | undefined {
  try {
    const body = JSON.parse(exchange.text ?? "") as unknown;
    return body && typeof body === "object" && !Array.isArray(body) ? (body as Json) : undefined;
  } catch {
    return undefined;
  }
}

/** `$response.body#/pointer`, `$request.path.name`, or a constant. */
function evaluate(expression: unknown, from: Resource): unknown {
  if (typeof expression !== "string") return expression;
  if (expression.startsWith("$response.body#")) {
    let node: unknown = from.body;
    for (const token of expression.slice("$response.body#".length).split("/").slice(1)) {
      const key = unescapePointerSegment(token);
      node = node && typeof node === "object" ? (node as Json)[key] : undefined;
    }
    return node;
  }
  if (expression.startsWith("$request.path.")) return from.path[expression.slice("$request.path.".length)];
  return expression.startsWith("$") ? undefined : expression;
}
