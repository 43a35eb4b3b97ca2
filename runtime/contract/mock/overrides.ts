// An operation a test has overridden: answered with the status, body or
// Response it asked for instead of the operation's behaviour. A status alone
// gets the spec's example for it, and a 429 or 503 the wait headers impact.com
// sends, so a client's error handling sees what the service would send.
import type { OperationSpec } from "../operation-spec.js";
import { withCallerAccount, wireAnswer, type AnswerFormat, type MockAnswer } from "./answers.js";
import type { Api } from "./api.js";
import { MOCK_DEFAULT_HOURLY_LIMIT, type MockBehaviour } from "./options.js";
import type { MockRequest } from "./request.js";

/**
 * Replaces one operation's answer: a status (answered with the spec's example
 * for it, in wire form), a status and a clean body, or a function of the
 * request returning either, or a Fetch `Response` sent as it is.
 */
export type MockOverride =
  | number
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | ((request: MockRequest) => MockOverrideResult | Promise<MockOverrideResult>);
type MockOverrideResult = number | { status: number; body?: unknown; headers?: Record<string, string> } | Response;

/** The answer `override` gives `request` to `operation`, on behalf of the account `sid`. */
export async function overriddenAnswer(api: Api, operation: OperationSpec, request: MockRequest, override: MockOverride, sid: string, format: AnswerFormat, options: MockBehaviour): Promise<MockAnswer> {
  const result = typeof override === "function" ? await override(request) : override;
  if (typeof Response !== "undefined" && result instanceof Response) {
    return { status: result.status, headers: Object.fromEntries(result.headers), body: await result.text() };
  }
  const { status, body, headers } = typeof result === "number" ? { status: result, body: undefined, headers: {} } : (result as Exclude<MockOverrideResult, number | Response>);
  const example = (api.fixtures[operation.operationId]?.[String(status)] ?? api.fixtures[operation.operationId]?.[`${String(status)[0]}XX`])?.[0];
  // The spec's example was written for some account; a body the consumer gave is sent as given.
  const chosen = body !== undefined ? body : example !== undefined ? withCallerAccount(example, api.accountPrefix, sid) : status >= 400 ? { Status: "ERROR", Message: `Overridden: ${operation.operationId} answers ${status}` } : {};
  return wireAnswer(api, operation, status, chosen, format, withDefaults(waitHeaders(api, status, options), headers ?? {}));
}

/** What impact.com sends with a 429 (the API's rate-limit headers) or a 503 (`Retry-After`), announcing `overrideRetryAfterSeconds`. */
function waitHeaders(api: Api, status: number, options: MockBehaviour): Record<string, string> {
  const wait = options.overrideRetryAfterSeconds ?? 0;
  if (status === 429) return api.rateHeaders(options.rateLimit?.limit ?? MOCK_DEFAULT_HOURLY_LIMIT, 0, wait);
  if (status === 503) return { "Retry-After": String(wait) };
  return {};
}

/** `defaults` under `given`, header names compared without case, so a consumer's `retry-after` replaces our `Retry-After`. */
function withDefaults(defaults: Record<string, string>, given: Record<string, string>): Record<string, string> {
  const named = new Set(Object.keys(given).map((name) => name.toLowerCase()));
  return { ...Object.fromEntries(Object.entries(defaults).filter(([name]) => !named.has(name.toLowerCase()))), ...given };
}
