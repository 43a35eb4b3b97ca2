// What a run found, per operation and per check: passed, failed (with the
// smallest failing request seen) or not exercised (with the reason); and per
// operation a verdict: failed, passed, or not tested (never a pass) when no
// answer to it was a success, so checks that passed on 404s and 429s alone
// cannot make a green run of an API the server never served.
import type { SentRequest } from "./http.js";
import type { OperationPlan } from "./plan.js";

/** Schemathesis's names, in its order. */
export const CHECK_NAMES = [
  "not_a_server_error",
  "status_code_conformance",
  "content_type_conformance",
  "response_headers_conformance",
  "response_schema_conformance",
  "negative_data_rejection",
  "positive_data_acceptance",
  "ignored_auth",
  "use_after_free",
  "ensure_resource_availability",
] as const;

export type CheckName = (typeof CHECK_NAMES)[number];

export interface CheckFailure {
  request: SentRequest;
  problem: string;
}

export interface CheckResult {
  outcome: "passed" | "failed" | "not exercised";
  /** Answers this check judged. */
  runs: number;
  failure?: CheckFailure;
  /** Why a check was not exercised (nothing it applies to, or the run's bounds). */
  note?: string;
}

export interface OperationResult {
  api: string;
  operationId: string;
  method: string;
  path: string;
  /** Requests sent for this operation, shrinking and sequences included. */
  requests: number;
  checks: Record<CheckName, CheckResult>;
  /** Statuses answered, by status: shows whether a pass exercised more than 404s. */
  statuses: Record<string, number>;
  /**
   * failed: a check failed. passed: none failed and at least one answer was a
   * 2xx (the operation's success path was reached). not tested: neither.
   */
  verdict: OperationVerdict;
  /** Why an operation is not tested: no request sent, or no answer a success (and where the run stopped). */
  notTested?: string;
}

export type OperationVerdict = "passed" | "failed" | "not tested";

export class Results {
  private readonly byOperation = new Map<string, OperationResult>();

  constructor(plans: OperationPlan[]) {
    for (const plan of plans) {
      const checks = Object.fromEntries(CHECK_NAMES.map((name) => [name, { outcome: "not exercised", runs: 0 } satisfies CheckResult])) as Record<CheckName, CheckResult>;
      const { operationId, method, path } = plan.operation;
      // Judged on reads only: a create or delete is judged on the read that follows it.
      if (method !== "GET") for (const name of ["use_after_free", "ensure_resource_availability"] as const) checks[name].note = "judged on the reads that follow this operation";
      checks.response_headers_conformance.note = "no answer carried documented headers (this spec documents them on 429 only)";
      this.byOperation.set(key(plan), { api: plan.api, operationId, method, path, requests: 0, checks, statuses: {}, verdict: "not tested" });
    }
  }

  of(plan: OperationPlan): OperationResult {
    return this.byOperation.get(key(plan))!;
  }

  all(): OperationResult[] {
    return [...this.byOperation.values()];
  }

  pass(plan: OperationPlan, check: CheckName): void {
    const result = this.of(plan).checks[check];
    result.runs += 1;
    if (result.outcome === "not exercised") {
      result.outcome = "passed";
      delete result.note;
    }
  }

  /** Keeps the smallest failing request of each check: the easiest to replay and read. */
  fail(plan: OperationPlan, check: CheckName, failure: CheckFailure): void {
    const result = this.of(plan).checks[check];
    result.runs += 1;
    result.outcome = "failed";
    delete result.note;
    if (!result.failure || size(failure.request) < size(result.failure.request)) result.failure = failure;
  }

  /** Operations the run (or, given `api`, that API) never reached: every check of theirs says why. */
  stopped(reason: string, api?: string): void {
    for (const result of this.byOperation.values()) {
      if (result.requests > 0 || (api !== undefined && result.api !== api)) continue;
      for (const check of Object.values(result.checks)) if (check.outcome === "not exercised") check.note = reason;
    }
  }

  /** Gives each operation its verdict, once nothing more is sent; `stopReason` says where the run (or the API) stopped, if it did. */
  conclude(stopReason: (api: string) => string | undefined): void {
    for (const result of this.byOperation.values()) {
      delete result.notTested;
      if (Object.values(result.checks).some((check) => check.outcome === "failed")) result.verdict = "failed";
      else if (Object.keys(result.statuses).some((status) => status.startsWith("2"))) result.verdict = "passed";
      else {
        result.verdict = "not tested";
        const stopped = stopReason(result.api)?.replace(/^not run: /, "");
        const answered = Object.entries(result.statuses).map(([status, count]) => `${status}×${count}`).join(" ");
        result.notTested =
          result.requests === 0
            ? `no request was sent${stopped ? `: ${stopped}` : " (the run had no request for it)"}`
            : `no answer was a success (${answered || "none answered"})${stopped ? `; then ${stopped}` : ""}`;
      }
    }
  }

  /** Says why a check that has not run yet did not. */
  note(plan: OperationPlan, check: CheckName, note: string): void {
    const result = this.of(plan).checks[check];
    if (result.outcome === "not exercised" && result.note === undefined) result.note = note;
  }
}

/** Checks of this operation that the run's bounds (or a rate limit) cut short: they would have run. */
export function cutShort(result: OperationResult): number {
  return Object.values(result.checks).filter((check) => check.outcome === "not exercised" && check.note?.startsWith("not run: ")).length;
}

function key(plan: OperationPlan): string {
  return `${plan.api}.${plan.operation.operationId}`;
}

function size(request: SentRequest): number {
  return request.url.length + (request.body?.length ?? 0);
}
