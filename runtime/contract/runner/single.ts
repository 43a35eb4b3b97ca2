// Single requests, one operation at a time:
//   generated valid requests (fast-check, shrunk on failure) and the spec's
//   request examples must be accepted; every confirmed-invalid variant of one
//   valid request must be rejected; requests without (or with another
//   account's) credentials must get 401.
// Path ids come from the sequences where they left a live resource, so the
// 404 allowance applies only to generated ids. A write aimed at a record (a
// PUT or DELETE, a create under a list) goes only to records this run created:
// never to generated ids or the spec's examples, which on a real account may
// name someone's data. A DELETE is sent once, valid, on its live ids; a
// create whose record the spec cannot delete again is left to the sequences.
import fc from "fast-check";
import { ignoredAuth, negativeDataRejection, positiveDataAcceptance, RESPONSE_CHECKS } from "./checks/index.js";
import type { Bindings, RunContext } from "./context.js";
import { hasMutableInput, mutationsOf } from "./mutations.js";
import { hashSeed, mergedObject, type ApiRequest, type OperationPlan } from "./plan.js";
import { requestArbitrary } from "./values.js";

// Shrinking re-sends the request for every candidate; against a slow server an
// unbounded shrink could take hours, so each operation tries at most this many
// candidates beyond its runs and reports the smallest failure found by then.
const SHRINK_BUDGET = 100;

/** `readBindings`: ids of records this run did not create, used by reads only. */
export async function runSingle(context: RunContext, plan: OperationPlan, bindings: Bindings, readBindings: Bindings = {}): Promise<void> {
  const live = liveRequest(plan, plan.operation.method === "GET" ? { ...readBindings, ...bindings } : bindings);
  // Under a budget the first requests count most: a valid one on live ids
  // reaches the success path. A DELETE's would remove what its own probes and
  // invalid requests are aimed at, so there it goes after them.
  const destructive = plan.operation.method === "DELETE";
  const aimed = plan.operation.method !== "GET" && pathNames(plan).length > 0;
  if (!destructive) await positiveLive(context, plan, live);
  await auth(context, plan, live);
  if (aimed && !live) {
    for (const check of [negativeDataRejection, positiveDataAcceptance]) context.results.note(plan, check.name, "the run created no record for it to write to; it writes only to records it created");
    return;
  }
  await negative(context, plan, live);
  if (destructive) return positiveLive(context, plan, live);
  if (plan.operation.method === "POST" && !context.ledger.removable(plan)) {
    return void context.results.note(plan, positiveDataAcceptance.name, "judged on the sequences' creates only: the spec has no way to remove what it creates");
  }
  await positive(context, plan, aimed ? live!.path : undefined);
}

function isValid(plan: OperationPlan, request: ApiRequest): boolean {
  return plan.validators.validateRequest(plan.operation.operationId, request).length === 0;
}

function pathNames(plan: OperationPlan): string[] {
  return plan.operation.parameters.filter((parameter) => parameter.in === "path").map((parameter) => parameter.name);
}

function seedOf(context: RunContext, plan: OperationPlan, phase: string): number {
  return hashSeed(`${context.seed}:${plan.api}:${plan.operation.operationId}:${phase}`);
}

/** A valid request on live ids, or undefined when the sequences left none for this path. */
function liveRequest(plan: OperationPlan, bindings: Bindings): ApiRequest | undefined {
  const names = pathNames(plan);
  if (names.length === 0 || names.some((name) => bindings[name] === undefined)) return undefined;
  const base = plan.fixtures[0] ?? { path: {}, query: {} };
  const request = { ...base, path: Object.fromEntries(names.map((name) => [name, bindings[name]])) };
  return isValid(plan, request) ? request : undefined;
}

/**
 * The smallest valid request the seed gives: required query parameters and
 * required body fields only (a minProperties body keeps what it needs), so a
 * failing variant of it is short to read and replay.
 */
function minimalRequest(context: RunContext, plan: OperationPlan, live: ApiRequest | undefined): ApiRequest | undefined {
  const samples = fc.sample(requestArbitrary(plan), { numRuns: 20, seed: seedOf(context, plan, "negative") }).filter((request) => isValid(plan, request));
  const sample = plan.fixtures[0] ?? samples[0];
  if (!sample) return undefined;
  const required = new Set(plan.operation.parameters.filter((parameter) => parameter.in === "query" && parameter.required).map((parameter) => parameter.name));
  const candidate: ApiRequest = { path: live?.path ?? sample.path, query: Object.fromEntries(Object.entries(sample.query).filter(([name]) => required.has(name))) };
  if (sample.body !== undefined) {
    const schema = mergedObject(plan.document, plan.operation.requestBody?.schema);
    const keep = new Set<string>((schema.required ?? []) as string[]);
    const body = sample.body as Record<string, unknown>;
    const minProperties = typeof schema.minProperties === "number" ? schema.minProperties : 0;
    for (const name of Object.keys(body)) if (keep.size < minProperties) keep.add(name);
    candidate.body = typeof body === "object" && body !== null ? Object.fromEntries(Object.entries(body).filter(([name]) => keep.has(name))) : body;
  }
  if (isValid(plan, candidate)) return candidate;
  const whole = { ...sample, path: live?.path ?? sample.path };
  return isValid(plan, whole) ? whole : undefined;
}

async function negative(context: RunContext, plan: OperationPlan, live: ApiRequest | undefined): Promise<void> {
  if (!hasMutableInput(plan)) return void context.results.note(plan, negativeDataRejection.name, "the operation takes no input to break");
  const base = minimalRequest(context, plan, live);
  if (!base) return void context.results.note(plan, negativeDataRejection.name, "the runner could not generate a valid request to break");
  const generatedPathIds = live === undefined && pathNames(plan).length > 0;
  const sent = new Set<string>();
  for (const mutation of mutationsOf(plan, base)) {
    if (isValid(plan, mutation.request)) continue; // the validators must confirm the break
    const key = context.identity(plan, mutation.request);
    if (sent.has(key)) continue; // two breaks that encode alike (an array and its one item)
    sent.add(key);
    const encoded = context.encode(plan, mutation.request);
    if (context.noteStopped(plan, [negativeDataRejection])) return;
    const answer = await context.ask(plan, encoded);
    if (answer) context.judge(plan, negativeDataRejection, answer.exchange, { mutation, generatedPathIds });
  }
}

async function auth(context: RunContext, plan: OperationPlan, live: ApiRequest | undefined): Promise<void> {
  const request = live ?? plan.fixtures[0] ?? fc.sample(requestArbitrary(plan), { numRuns: 1, seed: seedOf(context, plan, "auth") })[0]!;
  for (const mode of ["none", "wrong-account"] as const) {
    if (context.noteStopped(plan, [ignoredAuth])) return;
    const answer = await context.ask(plan, context.encode(plan, request), mode);
    if (answer) context.judge(plan, ignoredAuth, answer.exchange, { auth: mode });
  }
}

class Refused extends Error {}

async function positiveLive(context: RunContext, plan: OperationPlan, live: ApiRequest | undefined): Promise<void> {
  if (!live || context.noteStopped(plan, [positiveDataAcceptance, ...RESPONSE_CHECKS])) return;
  const answer = await context.ask(plan, context.encode(plan, live));
  if (answer) context.judge(plan, positiveDataAcceptance, answer.exchange, { generatedPathIds: false });
}

/** `livePath`: the path ids every request takes (a write's own records), instead of generated ones. */
async function positive(context: RunContext, plan: OperationPlan, livePath?: Record<string, unknown>): Promise<void> {
  const generatedPathIds = livePath === undefined && pathNames(plan).length > 0;
  // Within one operation the same wire request (shrinking often comes back to
  // one) is answered once: its verdict is reused rather than asked again.
  const answered = new Map<string, boolean>();
  const judged = async (generated: ApiRequest): Promise<boolean> => {
    const request = livePath ? { ...generated, path: livePath } : generated;
    if (livePath && !isValid(plan, request)) return false;
    const key = context.identity(plan, request);
    const known = answered.get(key);
    if (known !== undefined) return known;
    const answer = await context.ask(plan, context.encode(plan, request));
    if (!answer) return false;
    const failed = context.judge(plan, positiveDataAcceptance, answer.exchange, { generatedPathIds }) || answer.failed;
    answered.set(key, failed);
    return failed;
  };
  let attempts = 0;
  const property = fc.asyncProperty(requestArbitrary(plan), async (request) => {
    fc.pre(isValid(plan, request)); // the generator cannot promise every pattern with every length
    if (attempts >= context.runs + SHRINK_BUDGET || context.session.stopReason(plan)) return;
    attempts += 1;
    if (await judged(request)) throw new Refused();
  });
  const details = await fc.check(property, { numRuns: context.runs, seed: seedOf(context, plan, "positive"), maxSkipsPerRun: 50 });
  if (details.failed && details.counterexample === null) {
    context.results.note(plan, positiveDataAcceptance.name, `the runner could not generate valid requests (${details.numSkips} skipped)`);
  } else if (details.failed && !(details.errorInstance instanceof Refused)) {
    const message = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`runner error in ${plan.api} ${plan.operation.operationId}: ${message}`);
  }
  // The spec's own request examples name ids a seeded server is likely to know,
  // so they reach the 200 path that random ids rarely do.
  for (const fixture of plan.fixtures) {
    if (context.noteStopped(plan, [positiveDataAcceptance])) return;
    await judged(fixture);
  }
  context.noteStopped(plan, [positiveDataAcceptance, ...RESPONSE_CHECKS]);
}
