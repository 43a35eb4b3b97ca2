// A contract runner in the spirit of Schemathesis: it checks any HTTP server
// that claims to implement the brand or partner API against the bundled spec,
// with Schemathesis's ten checks under Schemathesis's names. Per API it first
// runs the stateful sequences the spec's links describe (runner/sequences.ts),
// then single requests per operation (runner/single.ts): generated valid ones,
// every kind of invalid one, and ones without credentials. Every answer meets
// the response checks (runner/checks/). Both phases take turns round-robin
// (runner/turns.ts), so a budget that runs out leaves every operation tested
// as far as it allowed. What the run creates carries its mark
// (runner/marking.ts) and is written down (runner/ledger.ts); at the end, and
// after any early stop, it is expired or deleted, and what could not be is
// reported and fails the run. The parts are mapped in runner/README.md.
import { Session } from "./runner/http.js";
import { RunContext } from "./runner/context.js";
import { Ledger, type CleanupReport } from "./runner/ledger.js";
import { Marker } from "./runner/marking.js";
import { AccountReferences } from "./runner/references.js";
import { planApi, type OperationPlan } from "./runner/plan.js";
import { cutShort, Results } from "./runner/results.js";
import { runSequences, type SequenceOutcome } from "./runner/sequences.js";
import { runSingle } from "./runner/single.js";
import { Turns } from "./runner/turns.js";
import type { ContractReport, LeftOut } from "./runner/report.js";

export const DEFAULT_ACCOUNT_SID = "IRcontract";
export const DEFAULT_AUTH_TOKEN = "contract-token";
export const DEFAULT_RUNS = 25;
export const DEFAULT_APIS = ["brand", "partner"] as const;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_REQUESTS = 10_000;
export const DEFAULT_TIME_LIMIT_MS = 600_000;
/** The longest wait a 429's Retry-After or reset may ask for; past it the run gives up on that API and says so. */
export const DEFAULT_MAX_WAIT_MS = 60_000;
// setTimeout fires at once past 2^31-1 ms.
const MAX_TIMER_MS = 2 ** 31 - 1;

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
  /** The longest wait a rate limit may ask for (default 60 s); a longer one ends the run's requests to that API. */
  maxWaitMs?: number;
  /** The campaign every create names (impact.com refuses the spec's example); else the first one the server's answers show. */
  campaignId?: number;
  /** The partner every promo code is assigned to; else the first one the server's answers show. */
  partnerId?: number;
  /** GETs only: nothing is created, changed or deleted; ids come from what the server's lists hold. */
  readOnly?: boolean;
  /** Operations not tested do not make the run fail (the report still lists them). */
  allowNotTested?: boolean;
  /** Aborting it stops the testing (SIGINT); what the run created is still cleaned up. */
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

export async function runContract(options: ContractOptions): Promise<ContractReport> {
  const started = Date.now();
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const accountSid = options.accountSid ?? DEFAULT_ACCOUNT_SID;
  const runs = options.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? Math.floor(Math.random() * 0x7fffffff);
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  for (const [name, value] of Object.entries({ runs, maxRequests: options.maxRequests ?? 1, timeLimitMs: options.timeLimitMs ?? 1, timeoutMs: options.timeoutMs ?? 1 })) {
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, not ${value}`);
  }
  if (!Number.isSafeInteger(maxWaitMs) || maxWaitMs < 0 || maxWaitMs > MAX_TIMER_MS) throw new Error(`maxWaitMs must be an integer from 0 to ${MAX_TIMER_MS}, not ${maxWaitMs}`);
  const plans = (options.apis ?? [...DEFAULT_APIS]).flatMap((api) => planApi(api, accountSid));
  const named = options.operations ? plans.filter((plan) => options.operations!.includes(plan.operation.operationId)) : plans;
  if (options.operations && named.length === 0) throw new Error(`no operation named ${options.operations.join(", ")}`);
  const selected = options.readOnly ? named.filter((plan) => plan.operation.method === "GET") : named;
  const leftOut: LeftOut[] = named
    .filter((plan) => !selected.includes(plan))
    .map((plan) => ({ api: plan.api, operationId: plan.operation.operationId, method: plan.operation.method, path: plan.operation.path, reason: "--read-only sends GETs only" }));
  if (selected.length === 0) throw new Error(`--read-only leaves no operation to run (${named.map((plan) => plan.operation.operationId).join(", ")} write)`);

  const turns = new Turns();
  const session = new Session({
    accountSid,
    authToken: options.authToken ?? DEFAULT_AUTH_TOKEN,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: options.fetch ?? globalThis.fetch,
    maxRequests: options.maxRequests ?? DEFAULT_MAX_REQUESTS,
    timeLimitMs: options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
    maxWaitMs,
    readOnly: options.readOnly === true,
    turns,
    ...(options.signal ? { interrupt: options.signal } : {}),
  });
  const results = new Results(selected);
  for (const [name, value] of Object.entries({ campaignId: options.campaignId, partnerId: options.partnerId })) {
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 1)) throw new Error(`${name} must be a positive integer, not ${value}`);
  }
  const references = new AccountReferences({
    ...(options.campaignId !== undefined ? { CampaignId: options.campaignId } : {}),
    ...(options.partnerId !== undefined ? { AssignedPartnerId: options.partnerId } : {}),
  });
  const marker = new Marker(seed, started, references);
  const ledger = new Ledger(plans, baseUrl);
  const context = new RunContext(baseUrl, session, results, seed, runs, marker, ledger);
  const apis = [...new Set(selected.map((plan) => plan.api))];
  const outcomes = new Map<string, SequenceOutcome>();
  // Every API's sequences, then every operation's single requests, each taking
  // turns. DELETEs last and one after another, the narrowest path first: each
  // removes live ids that the others' requests (and a wider DELETE) name.
  let runnerError: unknown;
  try {
    await turns.all(apis.map((api) => ({ work: async () => void outcomes.set(api, await runSequences(context, selected.filter((plan) => plan.api === api))) })));
    const single = (plan: OperationPlan) => runSingle(context, plan, outcomes.get(plan.api)!.bindings, outcomes.get(plan.api)!.readBindings);
    const [reads, deletes] = executionOrder(selected);
    await turns.all(reads.map((plan) => ({ work: () => single(plan) })));
    for (const plan of deletes) await single(plan);
  } catch (error) {
    runnerError = error;
  }
  // Read before cleanup, whose requests are its own and may pass the run's bounds.
  const stopped = session.stopReason();
  const apiStops = session.rateLimits.stopped();
  // Whatever stopped the testing, what it created goes (or is named).
  const beforeCleanup = session.requests;
  const records = await ledger.cleanUp(session);
  const cleanup: CleanupReport = {
    codePrefix: marker.codePrefix,
    textPrefix: marker.textPrefix,
    records,
    requests: session.requests - beforeCleanup,
    failed: records.filter((record) => record.outcome === "failed").length,
    kept: records.filter((record) => record.outcome === "kept").length,
  };
  if (runnerError) {
    const message = runnerError instanceof Error ? runnerError.message : String(runnerError);
    const failed = records.filter((record) => record.outcome === "failed");
    throw new Error(failed.length > 0 ? `${message}; cleanup could not remove ${failed.map((record) => `${record.kind} ${record.id} (${record.reason})`).join(", ")}` : message);
  }

  if (stopped) results.stopped(stopped);
  for (const [api, reason] of apiStops) results.stopped(reason, api);
  results.conclude((api) => stopped ?? apiStops.get(api));
  const all = results.all();
  const notes = apis.flatMap((api) => outcomes.get(api)?.notes ?? []);
  const flags = { CampaignId: "--campaign-id", AssignedPartnerId: "--partner-id" } as const;
  for (const field of references.fellBack) {
    notes.push(`writes sent the spec's example ${field}: no answer had shown the account's own before them, and ${flags[field]} was not given (a real account refuses the example)`);
  }
  for (const api of apis) {
    const answered = all.filter((result) => result.api === api).flatMap((result) => Object.entries(result.statuses));
    const count = answered.reduce((sum, [, times]) => sum + times, 0);
    if (count > 0 && answered.every(([status]) => status === "404")) {
      notes.push(`${api}: every one of the ${count} answers was 404: is ${baseUrl} the API's origin? Its paths start ${selected.find((plan) => plan.api === api)!.serverPath}/`);
    }
  }
  const counts = { passed: 0, failed: 0, notTested: 0 };
  for (const result of all) counts[result.verdict === "not tested" ? "notTested" : result.verdict] += 1;
  const allowNotTested = options.allowNotTested === true;
  // A run its bounds cut short has not tested what it set out to, even where every operation was reached.
  const complete = counts.notTested === 0 && all.every((result) => cutShort(result) === 0);
  return {
    ok: counts.failed === 0 && (complete || allowNotTested) && cleanup.failed === 0,
    baseUrl,
    seed,
    accountSid,
    requests: session.requests,
    durationMs: Date.now() - started,
    ...(stopped ? { stopped } : apiStops.size > 0 ? { stopped: [...apiStops.values()].join("; ") } : {}),
    results: all,
    notes,
    counts,
    allowNotTested,
    readOnly: options.readOnly === true,
    leftOut,
    cleanup,
  };
}

/**
 * Single requests reuse the live ids the sequences left, so deletes go last,
 * the narrowest path first (an item before the collection holding it).
 */
function executionOrder(plans: OperationPlan[]): [OperationPlan[], OperationPlan[]] {
  const isDelete = (plan: OperationPlan) => plan.operation.method === "DELETE";
  return [plans.filter((plan) => !isDelete(plan)), plans.filter(isDelete).sort((a, b) => b.operation.path.length - a.operation.path.length)];
}

export { formatReport, curlCommand, type ContractReport, type LeftOut } from "./runner/report.js";
export type { CleanupReport, CreatedRecord, CleanupOutcome } from "./runner/ledger.js";
export { junitXml } from "./runner/junit.js";
export { CHECK_NAMES, type CheckName, type CheckResult, type OperationResult, type OperationVerdict } from "./runner/results.js";
export { encodeRequest, planApi, type ApiRequest, type OperationPlan } from "./runner/plan.js";
export { requestArbitrary, schemaArbitrary } from "./runner/values.js";
export { mutationsOf, type Mutation } from "./runner/mutations.js";
export type { SentRequest } from "./runner/http.js";
