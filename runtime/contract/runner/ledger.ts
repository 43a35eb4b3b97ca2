// What the run created, and cleaning it up. Every answer to a create that
// names a `Uri` is written down (kind, id, Uri) whichever phase sent it; a
// successful DELETE of it (or of the collection holding it) during the run
// crosses it off. At the end, and after an early stop, each record still live
// gets its own DELETE: promo codes are expired (impact.com keeps them,
// INACTIVE), exception list items deleted. A record whose kind the spec gives
// no delete (an exception list) is kept and listed with its mark; one whose
// DELETE is refused or unanswered is listed with the reason and fails the run.
// Only records in the ledger are ever sent a cleanup request.
import type { Exchange, Session } from "./http.js";
import { encodeRequest, type Json, type OperationPlan } from "./plan.js";
import { resolveUri } from "./uri.js";

export type CleanupOutcome = "expired" | "deleted" | "already gone" | "kept" | "failed";

export interface CreatedRecord {
  api: string;
  /** The operation that reads it: getPromoCode. */
  kind: string;
  /** Its own id (the last path id of its Uri). */
  id: string;
  uri: string;
  /** The operation that created it. */
  createdBy: string;
  /** Undefined while live. */
  outcome?: CleanupOutcome;
  /** Why it was kept or could not be removed; how it was removed. */
  reason?: string;
}

export interface CleanupReport {
  /** What every marked code and name starts with: how a person finds them. */
  codePrefix: string;
  textPrefix: string;
  records: CreatedRecord[];
  /** Requests cleanup sent at the end, past the run's own bounds (counted in the report's requests too). */
  requests: number;
  /** Records whose cleanup failed: each makes the run fail. */
  failed: number;
  /** Records the spec gives no way to remove. */
  kept: number;
}

interface Entry {
  record: CreatedRecord;
  read?: OperationPlan;
  /** The path its Uri names, below the API's server path. */
  pathname?: string;
  path: Record<string, unknown>;
}

/** A cleanup request per record, plus each one's retries after a 429 (3) and a margin. */
const CLEANUP_REQUESTS_PER_RECORD = 5;

export class Ledger {
  private readonly entries: Entry[] = [];

  /** `plans`: every operation of the APIs run, selected or not: cleanup may need a DELETE the run did not test. */
  constructor(
    private readonly plans: OperationPlan[],
    private readonly baseUrl: string,
  ) {}

  /** Reads every answer: a create's `Uri` is written down, a successful DELETE crosses off what it removed. */
  observe(plan: OperationPlan, exchange: Exchange): void {
    if (exchange.status === undefined || exchange.status < 200 || exchange.status >= 300) return;
    const { method } = plan.operation;
    if (method === "POST") this.recordCreate(plan, exchange);
    if (method === "DELETE") {
      const removed = pathnameOf(exchange.sent.url);
      const kept = hasUri(parse(exchange.text));
      for (const entry of this.entries) {
        if (entry.record.outcome !== undefined || entry.pathname === undefined) continue;
        if (entry.pathname === removed) entry.record.outcome = kept ? "expired" : "deleted";
        else if (entry.pathname.startsWith(`${removed}/`)) entry.record.outcome = "deleted";
        if (entry.record.outcome) entry.record.reason = `by the run's ${plan.operation.operationId}`;
      }
    }
  }

  /** Whether what `creator` makes can be removed again: the spec has a DELETE for the record its Uri names. */
  removable(creator: OperationPlan): boolean {
    return this.plans.some((plan) => plan.api === creator.api && plan.operation.method === "DELETE" && new RegExp(`^${escape(creator.operation.path)}/\\{[^/}]+\\}$`).test(plan.operation.path));
  }

  get size(): number {
    return this.entries.length;
  }

  /** Removes every record still live, children first; `session` sends past the run's own bounds, within its own. */
  async cleanUp(session: Session): Promise<CreatedRecord[]> {
    const live = this.entries.filter((entry) => entry.record.outcome === undefined).sort((a, b) => (b.pathname?.length ?? 0) - (a.pathname?.length ?? 0));
    const budget = session.cleanupBudget(live.length * CLEANUP_REQUESTS_PER_RECORD);
    for (const entry of live) {
      if (entry.record.outcome !== undefined) continue; // a collection's DELETE removed it
      const remover = entry.read && this.plans.find((plan) => plan.api === entry.read!.api && plan.operation.method === "DELETE" && plan.operation.path === entry.read!.operation.path);
      if (!entry.read || !remover) {
        entry.record.outcome = entry.read ? "kept" : "failed";
        entry.record.reason = entry.read ? "the spec documents no way to delete or expire it; it carries the run's mark" : "its Uri names no operation of the spec, so the runner cannot remove it";
        continue;
      }
      const answer = await budget.send(remover, encodeRequest(this.baseUrl, remover, { path: entry.path, query: {} }));
      if (typeof answer === "string") {
        entry.record.outcome = "failed";
        entry.record.reason = answer;
      } else if (answer.status !== undefined && answer.status >= 200 && answer.status < 300) {
        this.observe(remover, answer);
        entry.record.outcome ??= "deleted";
        entry.record.reason = `by ${remover.operation.operationId} at the end of the run`;
      } else if (answer.status === 404) {
        entry.record.outcome = "already gone";
        entry.record.reason = `${remover.operation.operationId} answered 404`;
      } else {
        entry.record.outcome = "failed";
        entry.record.reason = answer.status === undefined ? `${remover.operation.operationId}: ${answer.transportError}` : `${remover.operation.operationId} answered ${answer.status}${excerpt(answer.text)}`;
      }
    }
    return this.entries.map((entry) => entry.record);
  }

  private recordCreate(plan: OperationPlan, exchange: Exchange): void {
    const body = parse(exchange.text);
    if (!hasUri(body)) return;
    const uri = body!.Uri as string;
    if (this.entries.some((entry) => entry.record.uri === uri)) return;
    const target = resolveUri(this.plans.filter((candidate) => candidate.api === plan.api), this.baseUrl, uri);
    const ids = target ? Object.values(target.path) : [];
    this.entries.push({
      record: { api: plan.api, kind: target?.plan.operation.operationId ?? "unknown", id: String(ids.at(-1) ?? uri), uri, createdBy: plan.operation.operationId },
      ...(target ? { read: target.plan, pathname: pathnameOf(encodeRequest(this.baseUrl, target.plan, { path: target.path, query: {} }).url) } : {}),
      path: target?.path ?? {},
    });
  }
}

function pathnameOf(url: string): string {
  try {
    return new URL(url).pathname.replace(/\/+$/, "");
  } catch {
    return url;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function parse(text: string | undefined): Json | undefined {
  try {
    const body = JSON.parse(text ?? "") as unknown;
    return body && typeof body === "object" && !Array.isArray(body) ? (body as Json) : undefined;
  } catch {
    return undefined;
  }
}

function hasUri(body: Json | undefined): boolean {
  return typeof body?.Uri === "string" && body.Uri !== "";
}

function excerpt(text: string | undefined): string {
  const line = (text ?? "").replace(/\s+/g, " ").trim().slice(0, 200);
  return line ? `: ${line}` : "";
}
