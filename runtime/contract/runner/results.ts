// What a run found, per operation and per check: passed, failed (with the
// smallest failing request seen) or not exercised (with the reason).
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
}

export class Results {
  private readonly byOperation = new Map<string, OperationResult>();

  constructor(plans: OperationPlan[]) {
    for (const plan of plans) {
      const checks = Object.fromEntries(CHECK_NAMES.map((name) => [name, { outcome: "not exercised", runs: 0 } satisfies CheckResult])) as Record<CheckName, CheckResult>;
      const { operationId, method, path } = plan.operation;
      // Judged on reads only: a create or delete is judged on the read that follows it.
      if (method !== "GET") for (const name of ["use_after_free", "ensure_resource_availability"] as const) checks[name].note = "judged on the reads that follow this operation";
      checks.response_headers_conformance.note = "no answer carried documented headers (this spec documents them on 429 only)";
      this.byOperation.set(key(plan), { api: plan.api, operationId, method, path, requests: 0, checks, statuses: {} });
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

  /** Operations the run never reached: every check of theirs says why. */
  stopped(reason: string): void {
    for (const result of this.byOperation.values()) {
      if (result.requests > 0) continue;
      for (const check of Object.values(result.checks)) if (check.outcome === "not exercised") check.note = reason;
    }
  }

  /** Says why a check that has not run yet did not. */
  note(plan: OperationPlan, check: CheckName, note: string): void {
    const result = this.of(plan).checks[check];
    if (result.outcome === "not exercised" && result.note === undefined) result.note = note;
  }
}

function key(plan: OperationPlan): string {
  return `${plan.api}.${plan.operation.operationId}`;
}

function size(request: SentRequest): number {
  return request.url.length + (request.body?.length ?? 0);
}
