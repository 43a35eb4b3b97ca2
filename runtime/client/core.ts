// The client core shared by every generated API client: authentication, the
// wire format, typed errors, retries, timeouts and paging. It knows nothing of
// any one API; the generated code hands it an ApiDescription derived from the
// spec. URLs, query strings and bodies are built with openapi-fetch's own
// serializers, so they match openapi-fetch's encoding exactly.
import { createFinalURL, createQuerySerializer, defaultPathSerializer } from "openapi-fetch";
import type { WireFormat } from "../wire-format.js";
import {
  ApiConnectionError,
  ApiRedirectError,
  ApiRequestError,
  ApiResponseFormatError,
  ApiResponseTooLargeError,
  ApiTimeoutError,
  ApiUserAbortError,
  ImpactError,
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
  /**
   * The API version pinned on every request (impact.com's `IR-Version` header).
   * Defaults to the version the spec and these types describe: change it only
   * for an account that needs another, knowing the types may then not fit.
   */
  apiVersion?: string;
  /** The longest answer read, in bytes; a longer one is an ApiResponseTooLargeError. Default 16 MiB. */
  maxResponseBytes?: number;
  /** The most pages `paginate` reads before it stops with an ApiPaginationError. Default 1,000. */
  maxPages?: number;
}

/** The defaults of the limits, as the README documents them. */
export const CLIENT_DEFAULTS = Object.freeze({
  timeoutMs: 60_000,
  maxRetries: 2,
  maxRetryDelayMs: 60_000,
  maxResponseBytes: 16 * 1024 * 1024,
  maxPages: 1_000,
});

/** setTimeout's largest delay; a larger one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The options as the client shows them: everything but the token. */
export type PublicClientOptions = Readonly<Omit<Required<ClientOptions>, "authToken" | "fetch" | "apiVersion">> & { readonly apiVersion: string | undefined };

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
  /** The path parameters the spec types as integers: they must be sent as integers. */
  integerPath?: readonly string[];
}

/** What the core needs to know of an API as a whole; each call brings its operation's description. */
export interface ApiSettings {
  /** The spec's server URL, with `{variables}`. */
  server: string;
  /** The spec's x-wire-format; absent when responses are taken literally. */
  wire?: WireFormat;
  /** How array query parameters travel (the spec's x-query-array-encoding, else OpenAPI's default). */
  queryArrays: { style: "form" | "spaceDelimited" | "pipeDelimited"; explode: boolean };
  /** The header that pins the API version, and the version the spec describes (the spec's x-api-version). */
  version?: { header: string; value: string };
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

/**
 * A call's promise of its data; `.withResponse()` also gives the raw response.
 *
 * A real `Promise` subclass, so it goes wherever a `Promise<T>` is expected
 * (a function's declared return type, `assert.rejects`, `Promise.all`). The
 * promise of the data alone is made only when someone awaits it, so a caller
 * who only wants `.withResponse()` leaves no second promise to reject unheard.
 */
export class ApiPromise<T> extends Promise<T> {
  #data: Promise<T> | undefined;
  readonly #full: Promise<WithResponse<T>>;

  constructor(full: Promise<WithResponse<T>>) {
    // The base promise is never settled by the data: every method below reads #full instead.
    super(() => undefined);
    this.#full = full;
  }

  /** What `then` and `Promise.all` derive is a plain Promise, not another ApiPromise (which needs a call to wrap). */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  withResponse(): Promise<WithResponse<T>> {
    return this.#full;
  }

  override then<A = T, B = never>(onFulfilled?: ((value: T) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    this.#data ??= this.#full.then((result) => result.data);
    return this.#data.then(onFulfilled, onRejected);
  }

  override catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onRejected);
  }

  override finally(onFinally?: (() => void) | null): Promise<T> {
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
  /** The configured origin, with any path prefix a proxy needs (`https://api.impact.com`, `http://127.0.0.1:4010/proxy`). */
  readonly #origin: string;
  /** `#origin` plus the API's base path: every request, next pages included, stays below it. */
  readonly #baseUrl: string;
  readonly #versionHeader: Record<string, string>;
  readonly #normalizer: Normalizer | undefined;
  readonly #querySerializer: (query: Record<string, unknown>) => string;
  readonly #retry: RetryPolicy;

  constructor(options: ClientOptions, settings: ApiSettings) {
    const checked = checkOptions(options);
    const server = new URL(settings.server.replace(/\{AccountSID\}/g, encodeURIComponent(options.accountSid)));
    this.#origin = (checked.baseUrl ?? server.origin).replace(/\/+$/, "");
    this.#baseUrl = `${this.#origin}${server.pathname.replace(/\/+$/, "")}`;
    this.#authorization = `Basic ${base64(`${options.accountSid}:${options.authToken}`)}`;
    // Looked up at each call, not kept: browsers refuse a fetch called on another `this`, and a mock (msw) may patch the global later.
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#normalizer = settings.wire ? new Normalizer(settings.wire) : undefined;
    this.#querySerializer = createQuerySerializer({ array: settings.queryArrays }) as (query: Record<string, unknown>) => string;
    const apiVersion = options.apiVersion ?? settings.version?.value;
    this.#versionHeader = settings.version && apiVersion !== undefined ? { [settings.version.header]: apiVersion } : {};
    this.options = Object.freeze({
      accountSid: options.accountSid,
      baseUrl: this.#origin,
      timeoutMs: checked.timeoutMs,
      maxRetries: checked.maxRetries,
      maxRetryDelayMs: checked.maxRetryDelayMs,
      maxResponseBytes: checked.maxResponseBytes,
      maxPages: checked.maxPages,
      apiVersion,
      headers: Object.freeze({ ...options.headers }),
    });
    this.#retry = { maxRetries: this.options.maxRetries, maxRetryDelayMs: this.options.maxRetryDelayMs };
  }

  /** Calls one operation. The generated code gives each its own typed function and method. */
  call<T>(operation: OperationDescription, init: CallInit = {}): ApiPromise<T> {
    let url: string;
    try {
      checkPathParameters(operation, init.path);
      for (const [name, value] of [...Object.entries(init.headers ?? {}), ...Object.entries(stringHeaders(init.header))]) {
        const problem = headerProblem(name, value);
        if (problem) throw new ApiRequestError(operation.method, operation.path, name, problem, "header");
      }
      url = createFinalURL(operation.path, {
        baseUrl: this.#baseUrl,
        params: { path: init.path, query: init.query },
        querySerializer: this.#querySerializer,
        pathSerializer: defaultPathSerializer,
      } as Parameters<typeof createFinalURL>[1]);
    } catch (error) {
      return new ApiPromise(Promise.reject(error instanceof ImpactError ? error : new ApiRequestError(operation.method, operation.path, "(any)", `could not be serialized: ${(error as Error).message}`)));
    }
    let body: string | undefined;
    let contentType: string | undefined;
    if (init.body !== undefined && operation.body) {
      contentType = operation.body === "form" ? "application/x-www-form-urlencoded" : "application/json";
      body = operation.body === "form" ? formEncode(init.body) : JSON.stringify(init.body);
    }
    return new ApiPromise(this.#send<T>(operation, url, body, contentType, init));
  }

  /** The API's base URL (origin, any proxy prefix, and the API's path): where next pages must stay. For `paginate`. */
  get apiBaseUrl$(): string {
    return this.#baseUrl;
  }

  /** One next page of a paged list, at a URL `paginate` has checked. */
  page$<T>(operation: OperationDescription, url: string, init: CallInit): Promise<T> {
    return this.#send<T>({ ...operation, method: "GET" }, url, undefined, undefined, init).then((result) => result.data);
  }

  async #send<T>(operation: OperationDescription, url: string, body: string | undefined, contentType: string | undefined, init: CallInit): Promise<WithResponse<T>> {
    const method = operation.method;
    const headers: Record<string, string> = {
      ...this.#versionHeader,
      ...this.options.headers,
      ...stringHeaders(init.header),
      ...init.headers,
      Authorization: this.#authorization,
    };
    // impact.com answers XML unless asked for JSON, and this client reads JSON only: no caller's header, in any case, replaces it.
    for (const name of Object.keys(headers)) if (name.toLowerCase() === "accept") delete headers[name];
    headers.Accept = "application/json";
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

  /** One attempt, its timeout covering the whole body, which is read up to maxResponseBytes. */
  async #attempt(method: string, url: string, headers: Record<string, string>, body: string | undefined, signal: AbortSignal | undefined) {
    if (signal?.aborted) throw new ApiUserAbortError(method, url, { cause: signal.reason });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMEOUT), this.options.timeoutMs);
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      // Never followed: a redirect would take the body and headers (credentials included) where the caller did not configure.
      const response = await this.#fetch(url, { method, headers, body: body ?? null, redirect: "manual", signal: controller.signal });
      if (isRedirect(response)) {
        await response.body?.cancel().catch(() => undefined);
        throw new ApiRedirectError(method, url, response);
      }
      return { response, rawBody: await readText(response, this.options.maxResponseBytes, method, url) };
    } catch (error) {
      if (error instanceof ImpactError) throw error;
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
    if (!this.#normalizer || !shape) return parsed as T;
    try {
      return this.#normalizer.normalize(parsed, shape) as T;
    } catch (error) {
      // A body nested deeper than the stack allows, say: still one of our errors, never a bare RangeError.
      throw new ApiResponseFormatError(method, url, response.status, response.headers, rawBody, `a body the client could not read (${(error as Error).message})`);
    }
  }

  toJSON(): { options: PublicClientOptions } {
    return { options: this.options };
  }

  [INSPECT](): string {
    return `ImpactClient ${JSON.stringify(this.options)}`;
  }
}

/** The client's options, checked once: a wrong one fails at construction, not as an odd wait or timeout later. */
function checkOptions(options: ClientOptions) {
  const refuse = (name: string, rule: string, value: unknown) => new TypeError(`createClient: \`${name}\` must be ${rule}, not ${typeof value === "string" ? JSON.stringify(value) : String(value)}`);
  const { accountSid, authToken, baseUrl, apiVersion } = options ?? ({} as ClientOptions);
  if (!accountSid || typeof accountSid !== "string") throw new TypeError("createClient: `accountSid` is required");
  if (accountSid === "." || accountSid === "..") throw refuse("accountSid", "an account SID", accountSid);
  if (!authToken || typeof authToken !== "string") throw new TypeError("createClient: `authToken` is required");
  if (options.fetch !== undefined && typeof options.fetch !== "function") throw refuse("fetch", "a function", typeof options.fetch);
  if (apiVersion !== undefined && !/^[\w.-]{1,32}$/.test(String(apiVersion))) throw refuse("apiVersion", 'a version such as "14"', apiVersion);
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    const problem = headerProblem(name, value);
    if (problem) throw new TypeError(`createClient: header ${JSON.stringify(name)} ${problem}`);
  }
  let origin: string | undefined;
  if (baseUrl !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(baseUrl);
    } catch {}
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.username || parsed.password || parsed.search || parsed.hash) {
      throw refuse("baseUrl", "an http(s) URL without credentials, query or fragment", baseUrl);
    }
    origin = parsed.origin + parsed.pathname;
  }
  const integer = (name: keyof typeof CLIENT_DEFAULTS, min: number, max: number): number => {
    const value = options[name] ?? CLIENT_DEFAULTS[name];
    if (!Number.isInteger(value) || value < min || value > max) throw refuse(name, `an integer from ${min} to ${max}`, value);
    return value;
  };
  return {
    baseUrl: origin,
    timeoutMs: integer("timeoutMs", 1, MAX_TIMER_MS),
    maxRetries: integer("maxRetries", 0, 100),
    maxRetryDelayMs: integer("maxRetryDelayMs", 0, MAX_TIMER_MS),
    maxResponseBytes: integer("maxResponseBytes", 1, 2 ** 30),
    maxPages: integer("maxPages", 1, 1e6),
  };
}

/** Why a header cannot be sent as it is (fetch would throw, and that must not look like a connection failure), or undefined. */
function headerProblem(name: string, value: unknown): string | undefined {
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) return "is not a valid header name";
  if (typeof value !== "string") return "must be a string";
  if (/[\r\n\0]/.test(value)) return "must not contain CR, LF or NUL";
  return undefined;
}

/**
 * Path parameters are checked before anything is sent: a missing, empty, `.` or
 * `..` value would make the URL name another resource (`…/Items/` is every item),
 * and an id the spec types as an integer must be one.
 */
function checkPathParameters(operation: OperationDescription, values: Record<string, unknown> | undefined): void {
  for (const match of operation.path.matchAll(/\{([^}]+)\}/g)) {
    const name = match[1]!;
    const value = values?.[name];
    const refuse = (reason: string) => new ApiRequestError(operation.method, operation.path, name, reason);
    if (value === undefined || value === null) throw refuse("is required");
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "bigint" && typeof value !== "boolean") {
      throw refuse(`must be a string or a number, not ${Array.isArray(value) ? "an array" : typeof value}`);
    }
    const text = String(value);
    if (text === "" || text === "." || text === "..") throw refuse(`cannot be ${JSON.stringify(text)}: the URL would name another resource`);
    if (typeof value === "number" && !Number.isFinite(value)) throw refuse(`must be a finite number, not ${text}`);
    if (operation.integerPath?.includes(name) && !(typeof value === "number" ? Number.isSafeInteger(value) : /^-?\d{1,16}$/.test(text))) {
      throw refuse(`must be an integer, not ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}`);
    }
  }
}

/**
 * A redirect in any of its forms: the 3xx itself (Node's fetch with `redirect:
 * "manual"`), a browser's opaque redirect (status 0), or one a custom fetch
 * followed anyway (`redirected`), whose answer is not what was asked for.
 */
function isRedirect(response: Response): boolean {
  return response.type === "opaqueredirect" || (response.status >= 300 && response.status <= 399) || response.redirected === true;
}

/** The body as text, refusing to read past `limit` bytes (declared or counted). */
async function readText(response: Response, limit: number, method: string, url: string): Promise<string> {
  const tooLarge = () => new ApiResponseTooLargeError(method, url, response.status, limit);
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
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

