// The mock as Mock Service Worker handlers, for consumers' own tests: the same
// core as `npm run mock` (./core.ts), answering on impact.com's real origin so a
// client created without `baseUrl` is intercepted, in Node (`msw/node`) and in
// a browser (`msw/browser`). Only `http` with a predicate (msw 2.11 and later)
// and the Fetch API's Request and Response are used, which msw 2 and 3 share.
import { http } from "msw";
import { operationsOf } from "../operation-spec.js";
import { createMockCore, type MockApi, type MockBehaviour } from "./core.js";
import { precompiledRequestValidator, type CompiledValidator } from "./precompile.js";

type Json = Record<string, any>;

export interface MockHandlerOptions extends MockBehaviour {
  /** Where the handlers answer: `https://api.impact.com` (impact.com's own) unless given. An origin only, no path. */
  origin?: string;
  /** Seed data, shaped like the API's generated fixtures/responses.json; the generated fixtures by default. */
  fixtures?: Json;
}

type Responses<Op> = Op extends { responses: infer R } ? R : never;
/** The statuses an operation documents; a `5XX` range allows the usual server errors. */
export type StatusOf<Op> = Extract<keyof Responses<Op>, number> | ("5XX" extends keyof Responses<Op> ? 500 | 502 | 503 | 504 : never);
type Content<Response> = Response extends { content: infer C } ? C[keyof C] : never;
/** The clean body the spec documents for `Status` (the mock sends it in wire form). */
export type BodyOf<Op, Status> = Status extends keyof Responses<Op>
  ? Content<Responses<Op>[Status]>
  : "5XX" extends keyof Responses<Op>
    ? Content<Responses<Op>["5XX"]>
    : never;
/** One answer in the spec's terms: a documented status and, optionally, its body and headers. */
export type OverrideAnswer<Op> = { [Status in StatusOf<Op>]: { status: Status; body?: BodyOf<Op, Status>; headers?: Record<string, string> } }[StatusOf<Op>];
/** A status (answered with the spec's example for it), an answer, or a resolver of the request giving either or a `Response`. */
export type OperationOverride<Op> =
  | StatusOf<Op>
  | OverrideAnswer<Op>
  | ((request: Request) => StatusOf<Op> | OverrideAnswer<Op> | Response | Promise<StatusOf<Op> | OverrideAnswer<Op> | Response>);

// The forms `override` takes, of operation `Id` of `Operations`. Written apart from
// `OperationOverride` so that a type error names them briefly (by the operation's
// id, not its whole type) and lists the documented statuses: a bare status is
// written `StatusOf<…> & {}` where it is used, which TypeScript prints as the
// union of statuses itself rather than by an alias.
type BodyAnswerOf<Operations, Id extends keyof Operations> = { [Status in StatusOf<Operations[Id]>]: { status: Status; body?: BodyOf<Operations[Id], Status>; headers?: Record<string, string> } }[StatusOf<Operations[Id]>];
type ResolverOf<Operations, Id extends keyof Operations> = (
  request: Request,
) => (StatusOf<Operations[Id]> & {}) | BodyAnswerOf<Operations, Id> | Response | Promise<(StatusOf<Operations[Id]> & {}) | BodyAnswerOf<Operations, Id> | Response>;

export interface MockHandlers<Operations> {
  /** For `setupServer(...handlers)` or `setupWorker(...handlers)`. */
  handlers: Array<ReturnType<typeof http.all>>;
  /** Back to the seeded state (data, counters, rate windows, fault dice) and no overrides: call it in `afterEach`. */
  reset(): void;
  /** Until the next `reset()`, one operation answers as told, e.g. `override("getPromoCode", 404)`. */
  override<OperationId extends keyof Operations & string>(
    operationId: OperationId,
    answer: (StatusOf<Operations[OperationId]> & {}) | BodyAnswerOf<Operations, OperationId> | ResolverOf<Operations, OperationId>,
  ): void;
  /** Requests answered since the start or the last reset. */
  readonly requestCount: number;
}

/** The handlers of one API; the generated `create<Api>MockHandlers` call this with the API's bundled spec, fixtures and compiled request validators. */
export function createMockHandlers<Operations>(
  api: Omit<MockApi, "validateRequest"> & { requestValidators: Record<string, CompiledValidator> },
  options: MockHandlerOptions = {},
): MockHandlers<Operations> {
  const origin = mockOrigin(options.origin);
  const validateRequest = precompiledRequestValidator(operationsOf(api.document), api.requestValidators);
  const core = createMockCore([{ name: api.name, document: api.document, fixtures: options.fixtures ?? api.fixtures, validateRequest }], options);
  const firstSegment = new URL(String(api.document.servers?.[0]?.url ?? "").replace(/\{[^}]*\}/g, "x"), origin).pathname.split("/")[1];
  const prefix = `${origin}/${firstSegment}/`;
  // A predicate, not a path pattern: msw decodes a pattern's parameters and would throw on `%ff` before the core could answer 400.
  const handler = http.all(({ request }) => request.url.startsWith(prefix), async ({ request }) => {
    const answer = await core.handle(request);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  });
  return {
    handlers: [handler],
    reset: () => core.reset(),
    override: (operationId, answer) => core.override(api.name, operationId, answer as Parameters<typeof core.override>[2]),
    get requestCount() {
      return core.requestCount;
    },
  };
}

function mockOrigin(option: string | undefined): string {
  if (option === undefined) return "https://api.impact.com";
  let url: URL | undefined;
  try {
    url = new URL(option);
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== "/" || url.search || url.hash) {
    throw new TypeError(`origin must be an http(s) origin such as "http://localhost:4010", without a path; got "${option}"`);
  }
  return url.origin;
}
