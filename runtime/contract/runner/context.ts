// What single requests and sequences share: the session that sends, the
// results, and one place where every answer meets the five response checks.
import { RESPONSE_CHECKS, type Check } from "./checks/index.js";
import type { AuthMode, Exchange, Session } from "./http.js";
import type { Ledger } from "./ledger.js";
import type { Marker } from "./marking.js";
import { encodeRequest, type ApiRequest, type EncodedRequest, type OperationPlan } from "./plan.js";
import type { Results } from "./results.js";

/** Ids of live resources the sequences left, by path parameter name: what single requests use instead of generated ids. */
export type Bindings = Record<string, unknown>;

export class RunContext {
  constructor(
    readonly baseUrl: string,
    readonly session: Session,
    readonly results: Results,
    readonly seed: number,
    readonly runs: number,
    readonly marker: Marker,
    readonly ledger: Ledger,
  ) {}

  /** The request as sent: what it writes carries the run's mark (marking.ts), each time a new one. */
  encode(plan: OperationPlan, request: ApiRequest): EncodedRequest {
    return encodeRequest(this.baseUrl, plan, this.marker.mark(plan, request));
  }

  /** The request before marking: two requests that differ only in their marks are one request. */
  identity(plan: OperationPlan, request: ApiRequest): string {
    const { url, body } = encodeRequest(this.baseUrl, plan, request);
    return JSON.stringify([url, body]);
  }

  /**
   * Sends a request and judges every answer (each 429 on the way included) with
   * the response checks. Undefined when the run's bounds forbid sending; then
   * the caller's checks are noted as not run.
   */
  async ask(plan: OperationPlan, encoded: EncodedRequest, auth: AuthMode = "valid"): Promise<{ exchange: Exchange; failed: boolean } | undefined> {
    const result = this.results.of(plan);
    const observe = (exchange: Exchange): boolean => {
      this.ledger.observe(plan, exchange);
      this.marker.references.learn(exchange);
      result.requests += 1;
      if (exchange.status !== undefined) result.statuses[exchange.status] = (result.statuses[exchange.status] ?? 0) + 1;
      let failed = false;
      for (const check of RESPONSE_CHECKS) failed = this.judge(plan, check, exchange, undefined) || failed;
      return failed;
    };
    let earlierFailed = false;
    const exchange = await this.session.send(plan, encoded, auth, (rateLimited) => {
      earlierFailed = observe(rateLimited) || earlierFailed;
    });
    if (!exchange) return undefined;
    const failed = observe(exchange) || earlierFailed;
    return { exchange, failed };
  }

  /** Records a check's verdict on one answer; true when it failed. */
  judge<C>(plan: OperationPlan, check: Check<C>, exchange: Exchange, context: C): boolean {
    const verdict = check.judge(plan, exchange, context);
    if (verdict === "skip") return false;
    if (verdict === "pass") {
      this.results.pass(plan, check.name);
      return false;
    }
    this.results.fail(plan, check.name, { request: exchange.sent, problem: verdict.problem });
    return true;
  }

  /** Notes, on checks that have not run, why the run stopped sending. */
  noteStopped(plan: OperationPlan, checks: Array<Check<any>>): boolean {
    const reason = this.session.stopReason(plan);
    if (!reason) return false;
    for (const check of checks) this.results.note(plan, check.name, reason);
    return true;
  }
}
