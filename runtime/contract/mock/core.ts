// The mock's core: a stateful, validating imitation of impact.com's APIs that
// speaks the Fetch API's terms (a Request's method, URL, headers and body
// stream in; a status, headers and text out), so the HTTP server (./http.ts)
// and the MSW handlers (./msw.ts) are two thin adapters over the same
// behaviour. It takes each API's bundled spec and fixtures as data and imports
// nothing of Node's, so it runs in a browser's service worker as well.
//
// Like Prism it validates every request against the spec and answers 400 with
// impact.com's error body naming each problem; unlike Prism it keeps state: a
// created promo code can be fetched, listed and expired, exception list items
// added, listed and deleted. It demands Basic auth, answers in the wire form the
// service really uses (string scalars, "" for absent), pages lists with a
// correct envelope, and can be told to rate-limit, fail or slow down, so a
// consumer can test its retry handling. Malformed input gets 400 or 413, never a crash.
//
// This file runs one request through the parts in order (routing, version,
// override, auth, rate limit, faults, parsing, validation, the operation, the
// wire form), so which refusal wins is decided in one place, and keeps the
// state a reset restores; each part is a module of its own.
import type { OperationSpec } from "../operation-spec.js";
import { authenticate, checkVersion } from "./access.js";
import { answerFormat, errorBody, wireAnswer, withCallerAccount, type MockAnswer } from "./answers.js";
import { findApi, findRoute, prepareApi, type Api, type MockApi } from "./api.js";
import { Faults } from "./faults.js";
import { MockHttpError } from "./http-error.js";
import { answerOperation } from "./operations.js";
import { checkBehaviour, MOCK_DEFAULT_MAX_BODY_BYTES, MOCK_DEFAULT_MAX_FIELDS, type MockBehaviour } from "./options.js";
import { overriddenAnswer, type MockOverride } from "./overrides.js";
import { RateWindows } from "./rate-limit.js";
import { parseRequest, type MockRequest } from "./request.js";
import { seededStore } from "./store.js";
import { decodeComponent, parseQuery } from "./url-encoding.js";
import { refuseInvalid } from "./validation.js";
import { XmlNameError } from "./xml.js";

// The core's public surface, one import for the adapters, the package's mock entry and the tests.
export { answerFormat, errorAnswer, formatAnswer, type AnswerFormat, type MockAnswer } from "./answers.js";
export type { MockApi } from "./api.js";
export { MockHttpError } from "./http-error.js";
export { MAX_INTEGER_DIGITS } from "./integers.js";
export { MOCK_DEFAULT_HOURLY_LIMIT, MOCK_DEFAULT_MAX_FIELDS, type MockBehaviour } from "./options.js";
export type { MockOverride } from "./overrides.js";
export type { MockRequest } from "./request.js";

export interface MockCore {
  /** Answers one request; never throws. */
  handle(request: MockRequest): Promise<MockAnswer>;
  /** Requests answered since the start or the last reset. */
  readonly requestCount: number;
  /** Back to the seeded state: data, counters, rate windows, fault dice, overrides. */
  reset(): void;
  /** Until the next reset, `operationId` of API `api` answers as `answer` says (after routing, before auth and validation). */
  override(api: string, operationId: string, answer: MockOverride): void;
}

export function createMockCore(apiData: MockApi[], options: MockBehaviour = {}): MockCore {
  checkBehaviour(options);
  const apis = apiData.map(prepareApi);
  const limits = { maxBodyBytes: options.maxBodyBytes ?? MOCK_DEFAULT_MAX_BODY_BYTES, maxFields: options.maxFields ?? MOCK_DEFAULT_MAX_FIELDS };
  let store = seededStore(apis);
  let requestCount = 0;
  let rateWindows = new RateWindows(options);
  let faults = new Faults(options);
  let overrides = new Map<string, MockOverride>();

  async function serve(request: MockRequest): Promise<MockAnswer> {
    requestCount += 1;
    let api: Api | undefined;
    let operation: OperationSpec | undefined;
    const format = answerFormat(request.headers);
    try {
      const url = new URL(request.url);
      const target = findApi(apis, url.pathname);
      api = target.api;
      const sid = decodeComponent(target.sid, "AccountSID");
      const search = parseQuery(url.search, limits.maxFields);
      checkVersion(api, request, search);
      const route = findRoute(api, request.method, target.rest, url.pathname);
      operation = route.operation;
      const override = overrides.get(`${api.name}.${operation.operationId}`);
      if (override !== undefined) return await overriddenAnswer(api, operation, request, override, sid, format, options);
      authenticate(request.headers.get("authorization"), sid);
      rateWindows.count(api);
      await faults.strike();
      const input = await parseRequest(request, search, api.document, operation, route.pathValues, limits);
      refuseInvalid(api, operation, input);
      const result = answerOperation(store, api, operation, sid, url.pathname, input);
      return wireAnswer(api, operation, result.status, withCallerAccount(result.body, api.accountPrefix, sid), format);
    } catch (error) {
      const failure = error instanceof MockHttpError ? error : new MockHttpError(500, error instanceof XmlNameError ? error.message : `Mock failure: ${(error as Error).message}`);
      const known = operation?.responses[String(failure.status)] ? operation : undefined;
      return wireAnswer(known ? api : undefined, known, failure.status, errorBody(failure), format, failure.headers);
    }
  }

  return {
    handle: serve,
    get requestCount() {
      return requestCount;
    },
    reset() {
      store = seededStore(apis);
      requestCount = 0;
      rateWindows = new RateWindows(options);
      faults = new Faults(options);
      overrides = new Map();
    },
    override(apiName, operationId, override) {
      const api = apis.find((entry) => entry.name === apiName);
      if (!api) throw new Error(`The mock serves no API "${apiName}"; it serves ${apis.map((entry) => entry.name).join(", ")}`);
      if (!api.operations.has(operationId)) throw new Error(`The ${apiName} API has no operation "${operationId}"; known: ${[...api.operations.keys()].join(", ")}`);
      overrides.set(`${apiName}.${operationId}`, override);
    },
  };
}
