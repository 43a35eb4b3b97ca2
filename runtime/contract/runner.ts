// A contract runner in the spirit of Schemathesis: it checks any HTTP server
// that claims to implement the brand or partner API against the bundled spec,
// with Schemathesis's ten checks under Schemathesis's names. Per API it first
// runs the stateful sequences the spec's links describe (runner/sequences.ts),
// then single requests per operation (runner/single.ts): generated valid ones,
// every kind of invalid one, and ones without credentials. Every answer meets
// the response checks (runner/checks/). The layout is in runtime/README.md.
import { Session } from "./runner/http.js";
import { RunContext } from "./runner/context.js";
import { planApi, type OperationPlan } from "./runner/plan.js";
import { Results } from "./runner/results.js";
import { runSequences } from "./runner/sequences.js";
import { runSingle } from "./runner/single.js";
import type { ContractReport } from "./runner/report.js";

export const DEFAULT_ACCOUNT_SID = "IRcontract";
export const DEFAULT_AUTH_TOKEN = "contract-token";
export const DEFAULT_RUNS = 25;
export const DEFAULT_APIS = ["brand", "partner"] as const;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_REQUESTS = 10_000;
export const DEFAULT_TIME_LIMIT_MS = 600_000;

export interface ContractOptions {
  baseUrl: string;
  accountSid?: string;
  authToken?: string;
  /** Generated valid requests per operation (before shrinking). */
  runs?: number;
  seed?: number;
  apis?: string[];
  /** Only these operation ids (of every selected API); sequences then use only these too. */
  operations?: string[];
  /** Per request, body included. */
  timeoutMs?: number;
  /** No request is sent after this many. */
  maxRequests?: number;
  /** No request is sent after this long. */
  timeLimitMs?: number;
  fetch?: typeof fetch;
}

export async function runContract(options: ContractOptions): Promise<ContractReport> {
  const started = Date.now();
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const accountSid = options.accountSid ?? DEFAULT_ACCOUNT_SID;
  const runs = options.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? Math.floor(Math.random() * 0x7fffffff);
  for (const [name, value] of Object.entries({ runs, maxRequests: options.maxRequests ?? 1, timeLimitMs: options.timeLimitMs ?? 1, timeoutMs: options.timeoutMs ?? 1 })) {
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, not ${value}`);
  }
  const plans = (options.apis ?? [...DEFAULT_APIS]).flatMap((api) => planApi(api, accountSid));
  const selected = options.operations ? plans.filter((plan) => options.operations!.includes(plan.operation.operationId)) : plans;
  if (options.operations && selected.length === 0) throw new Error(`no operation named ${options.operations.join(", ")}`);

  const session = new Session({
    accountSid,
    authToken: options.authToken ?? DEFAULT_AUTH_TOKEN,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: options.fetch ?? globalThis.fetch,
    maxRequests: options.maxRequests ?? DEFAULT_MAX_REQUESTS,
    timeLimitMs: options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
  });
  const results = new Results(selected);
  const context = new RunContext(baseUrl, session, results, seed, runs);
  const notes: string[] = [];
  for (const api of new Set(selected.map((plan) => plan.api))) {
    const apiPlans = selected.filter((plan) => plan.api === api);
    const sequences = await runSequences(context, apiPlans);
    notes.push(...sequences.notes);
    for (const plan of executionOrder(apiPlans)) await runSingle(context, plan, sequences.bindings);
  }
  const stopped = session.stopReason();
  if (stopped) results.stopped(stopped);
  const all = results.all();
  return {
    ok: all.every((result) => Object.values(result.checks).every((check) => check.outcome !== "failed")),
    baseUrl,
    seed,
    accountSid,
    requests: session.requests,
    durationMs: Date.now() - started,
    ...(stopped ? { stopped } : {}),
    results: all,
    notes,
  };
}

/**
 * Single requests reuse the live ids the sequences left, so deletes go last,
 * the narrowest path first (an item before the collection holding it).
 */
function executionOrder(plans: OperationPlan[]): OperationPlan[] {
  const isDelete = (plan: OperationPlan) => plan.operation.method === "DELETE";
  return [...plans.filter((plan) => !isDelete(plan)), ...plans.filter(isDelete).sort((a, b) => b.operation.path.length - a.operation.path.length)];
}

export { formatReport, curlCommand, type ContractReport } from "./runner/report.js";
export { junitXml } from "./runner/junit.js";
export { CHECK_NAMES, type CheckName, type CheckResult, type OperationResult } from "./runner/results.js";
export { encodeRequest, planApi, type ApiRequest, type OperationPlan } from "./runner/plan.js";
export { requestArbitrary, schemaArbitrary } from "./runner/values.js";
export { mutationsOf, type Mutation } from "./runner/mutations.js";
export type { SentRequest } from "./runner/http.js";
