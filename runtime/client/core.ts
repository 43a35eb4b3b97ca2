// The client core shared by every generated API client: authentication, the
// wire format, typed errors, retries, timeouts and paging. It knows nothing of
// any one API; the generated code hands it an ApiDescription derived from the
// spec. URLs, query strings and bodies are built with openapi-fetch's own
// serializers, so they match openapi-fetch's encoding exactly.
import { createFinalURL, createQuerySerializer, defaultPathSerializer } from "openapi-fetch";
import type { WireFormat } from "../wire-format.js";
import {
  ApiConnectionError,
  ApiResponseFormatError,
  ApiTimeoutError,
  ApiUserAbortError,
  statusError,
} from "./errors.js";
import { IDEMPOTENT_METHODS, isRetryableStatus, retryDelayMs, type RetryPolicy } from "./retry.js";
import { Normalizer, type Shape } from "./shapes.js";

export interface ClientOptions {
  /** The account SID: the Basic auth username, and part of every path. */
  accountSid: string;
  /** The auth token: the Basic auth password. Never printed, logged or serialized. */
  authToken: string;
  /** The origin to call instead of the spec's server (`https://api.impact.com`), e.g. a mock. */
  baseUrl?: string;
  /** The fetch to use; defaults to the global one. Tests inject their own. */
  fetch?: typeof fetch;
  /** Time allowed for one attempt, from sending to the end of the body. Default 60,000 ms. */
  timeoutMs?: number;
  /** Retries of an idempotent request on 408, 429, 5xx and connection failures. Default 2. */
  maxRetries?: number;
  /** The longest wait between retries the client will honour from the server's headers. Default 60,000 ms. */
  maxRetryDelayMs?: number;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
}

/** The options as the client shows them: everything but the token. */
export type PublicClientOptions = Readonly<Omit<Required<ClientOptions>, "authToken" | "fetch">>;

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS" | "TRACE";

export interface OperationDescription {
  method: HttpMethod;
  path: string;
  /** How the body travels: form-encoded where the spec offers it, else JSON. */
  body?: "form" | "json";
  /** Shape of each success status's body; null for a response without one. */
  success: Readonly<Record<string, Shape | null>>;
  /** For paged lists: the key of the page's array. */
  pageItems?: string;
}

/** What the core needs to know of an API as a whole; each call brings its operation's description. */
export interface ApiSettings {
  /** The spec's server URL, with `{variables}`. */
  server: string;
  /** The spec's x-wire-format; absent when responses are taken literally. */
  wire?: WireFormat;
  /** How array query parameters travel (the spec's x-query-array-encoding, else OpenAPI's default). */
  queryArrays: { style: "form" | "spaceDelimited" | "pipeDelimited"; explode: boolean };
}

export interface CallInit {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  header?: Record<string, unknown>;
  body?: unknown;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** Aborts the call, including any wait between retries. */
  signal?: AbortSignal;
}

/** A result with the response it came from. */
export interface WithResponse<T> {
  data: T;
  response: Response;
  /** The body as it arrived, before parsing and normalizing. */
  rawBody: string;
}

/** A call's promise of its data; `.withResponse()` also gives the raw response. */
export class ApiPromise<T> implements PromiseLike<T> {
  private data: Promise<T> | undefined;
  constructor(private readonly full: Promise<WithResponse<T>>) {}

  withResponse(): Promise<WithResponse<T>> {
    return this.full;
  }

  then<A = T, B = never>(onFulfilled?: ((value: T) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    this.data ??= this.full.then((result) => result.data);
    return this.data.then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }
}

const TIMEOUT = Symbol("timeout");
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

export class ImpactClient {
  readonly options: PublicClientOptions;
  // Private: not enumerable, not shown by util.inspect, not serialized.
  readonly #authorization: string;
  readonly #fetch: typeof fetch;
  readonly #origin: string;
  readonly #baseUrl: string;
  readonly #normalizer: Normalizer | undefined;
  readonly #querySerializer: (query: Record<string, unknown>) => string;
  readonly #retry: RetryPolicy;

  constructor(options: ClientOptions, settings: ApiSettings) {
    if (!options.accountSid) throw new TypeError("createClient: `accountSid` is required");
    if (!options.authToken) throw new TypeError("createClient: `authToken` is required");
    const server = new URL(settings.server.replace(/\{AccountSID\}/g, encodeURIComponent(options.accountSid)));
    this.#origin = (options.baseUrl ?? server.origin).replace(/\/+$/, "");
    this.#baseUrl = `${this.#origin}${server.pathname.replace(/\/+$/, "")}`;
    this.#authorization = `Basic ${base64(`${options.accountSid}:${options.authToken}`)}`;
    // Looked up at each call, not kept: browsers refuse a fetch called on another `this`, and a mock (msw) may patch the global later.
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#normalizer = settings.wire ? new Normalizer(settings.wire) : undefined;
    this.#querySerializer = createQuerySerializer({ array: settings.queryArrays }) as (query: Record<string, unknown>) => string;
    this.options = Object.freeze({
      accountSid: options.accountSid,
      baseUrl: this.#origin,
      timeoutMs: options.timeoutMs ?? 60_000,
      maxRetries: options.maxRetries ?? 2,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 60_000,
      headers: Object.freeze({ ...options.headers }),
    });
    this.#retry = { maxRetries: this.options.maxRetries, maxRetryDelayMs: this.options.maxRetryDelayMs };
  }

  /** Calls one operation. The generated code gives each its own typed function and method. */
  call<T>(operation: OperationDescription, init: CallInit = {}): ApiPromise<T> {
    const url = createFinalURL(operation.path, {
      baseUrl: this.#baseUrl,
      params: { path: init.path, query: init.query },
      querySerializer: this.#querySerializer,
      pathSerializer: defaultPathSerializer,
    } as Parameters<typeof createFinalURL>[1]);
    let body: string | undefined;
    let contentType: string | undefined;
    if (init.body !== undefined && operation.body) {
      contentType = operation.body === "form" ? "application/x-www-form-urlencoded" : "application/json";
      body = operation.body === "form" ? formEncode(init.body) : JSON.stringify(init.body);
    }
    return new ApiPromise(this.#send<T>(operation, url, body, contentType, init));
  }

  /** Every item of every page of a paged list, following `@nextpageuri`; one page is held at a time. */
  async *paginate<T>(operation: OperationDescription, init: CallInit = {}): AsyncGenerator<T, void, undefined> {
    if (!operation.pageItems) throw new TypeError(`${operation.method} ${operation.path} is not a paged list`);
    const key = operation.pageItems;
    let page = (await this.call<Record<string, unknown>>(operation, init)) as Record<string, unknown> | undefined;
    const seen = new Set<string>();
    while (page) {
      const items = page[key];
      if (Array.isArray(items)) yield* items as T[];
      const next = page["@nextpageuri"];
      if (typeof next !== "string" || next === "") return;
      const url = new URL(next, `${this.#origin}/`).href;
      // A server that sends the same next page again would otherwise loop forever.
      if (seen.has(url)) throw new ApiResponseFormatError("GET", url, 200, new Headers(), "", "a @nextpageuri it already sent");
      seen.add(url);
      page = (await new ApiPromise(this.#send<Record<string, unknown>>({ ...operation, method: "GET" }, url, undefined, undefined, init))) as
        | Record<string, unknown>
        | undefined;
    }
  }

  async #send<T>(operation: OperationDescription, url: string, body: string | undefined, contentType: string | undefined, init: CallInit): Promise<WithResponse<T>> {
    const method = operation.method;
    const headers: Record<string, string> = {
      Accept: "application/json",
      ...this.options.headers,
      ...stringHeaders(init.header),
      ...init.headers,
      Authorization: this.#authorization,
    };
    if (contentType) headers["Content-Type"] = contentType;
    const retryable = IDEMPOTENT_METHODS.has(method);
    for (let attempt = 0; ; attempt += 1) {
      const canRetry = retryable && attempt < this.#retry.maxRetries;
      let response: Response;
      let rawBody: string;
      try {
        ({ response, rawBody } = await this.#attempt(method, url, headers, body, init.signal));
      } catch (error) {
        if (error instanceof ApiConnectionError && canRetry) {
          await sleep(retryDelayMs(attempt + 1, undefined, this.#retry), init.signal, method, url);
          continue;
        }
        throw error;
      }
      if (!response.ok) {
        const error = statusError(response.status, method, url, response.headers, parseJson(rawBody), rawBody);
        if (canRetry && isRetryableStatus(response.status)) {
          await sleep(retryDelayMs(attempt + 1, error.rateLimit, this.#retry), init.signal, method, url);
          continue;
        }
        throw error;
      }
      return { data: this.#parse<T>(operation, method, url, response, rawBody), response, rawBody };
    }
  }

  /** One attempt, its timeout covering the whole body. */
  async #attempt(method: string, url: string, headers: Record<string, string>, body: string | undefined, signal: AbortSignal | undefined) {
    if (signal?.aborted) throw new ApiUserAbortError(method, url, { cause: signal.reason });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMEOUT), this.options.timeoutMs);
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      const response = await this.#fetch(url, { method, headers, body: body ?? null, signal: controller.signal });
      return { response, rawBody: await response.text() };
    } catch (error) {
      if (controller.signal.aborted && controller.signal.reason === TIMEOUT) throw new ApiTimeoutError(method, url, this.options.timeoutMs);
      if (signal?.aborted) throw new ApiUserAbortError(method, url, { cause: signal.reason });
      throw new ApiConnectionError(method, url, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
  }

  #parse<T>(operation: OperationDescription, method: string, url: string, response: Response, rawBody: string): T {
    const shape = operation.success[String(response.status)] ?? operation.success["2XX"] ?? operation.success["default"];
    if (shape === null || (shape === undefined && rawBody === "")) return undefined as T;
    if (rawBody.trim() === "") {
      throw new ApiResponseFormatError(method, url, response.status, response.headers, rawBody, "an empty body where JSON was expected");
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawBody);
    } catch (error) {
      const type = response.headers.get("content-type") ?? "no content type";
      const reason = /xml|html/i.test(type) || rawBody.trimStart().startsWith("<")
        ? `a body that is not JSON (${type}; the service answers XML when Accept: application/json is missing or ignored)`
        : `a body that is not valid JSON (${(error as Error).message})`;
      throw new ApiResponseFormatError(method, url, response.status, response.headers, rawBody, reason);
    }
    return (this.#normalizer && shape ? this.#normalizer.normalize(parsed, shape) : parsed) as T;
  }

  toJSON(): { options: PublicClientOptions } {
    return { options: this.options };
  }

  [INSPECT](): string {
    return `ImpactClient ${JSON.stringify(this.options)}`;
  }
}

/** Base64 of UTF-8 text, with what both Node and browsers have. */
function base64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

function stringHeaders(header: Record<string, unknown> | undefined): Record<string, string> {
  if (!header) return {};
  return Object.fromEntries(Object.entries(header).filter(([, value]) => value !== undefined && value !== null).map(([key, value]) => [key, String(value)]));
}

/** Form encoding of a flat body: arrays repeat their key, null and undefined are left out. */
function formEncode(body: unknown): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) form.append(key, String(item));
    else form.append(key, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  return form.toString();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function sleep(ms: number, signal: AbortSignal | undefined, method: string, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ApiUserAbortError(method, url, { cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new ApiUserAbortError(method, url, { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

