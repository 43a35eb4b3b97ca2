// The errors a client call can throw. One class per status class, as the
// Stainless-generated SDKs have them, each carrying what a caller needs to act:
// the status, impact.com's parsed error body, the headers, the rate-limit figures,
// and the request's method and URL. Nothing here ever holds the auth token.

/** One field named in impact.com's error body. */
export interface FieldError {
  field: string | undefined;
  message: string;
}

/** The rate-limit figures a response carried, from either API's headers. */
export interface RateLimit {
  /** Requests allowed in the window (`X-RateLimit-Limit`, `X-RateLimit-Limit-hour`). */
  limit: number | undefined;
  /** Requests left in the window (`X-RateLimit-Remaining`, `X-RateLimit-Remaining-hour`). */
  remaining: number | undefined;
  /** Seconds until the window resets (`X-RateLimit-Reset`, `RateLimit-Reset`). */
  resetSeconds: number | undefined;
  /** Seconds to wait before retrying (`Retry-After`, in seconds or as an HTTP date). */
  retryAfterSeconds: number | undefined;
}

/** How many characters of an unexpected body an error message quotes. */
const QUOTE_LENGTH = 200;

/**
 * How many characters of a body an error keeps (`rawBody`): enough for any error
 * page, and a 16 MiB answer is not held on an error object that may be logged.
 */
export const KEPT_BODY_LENGTH = 16_384;

/** The start of a body, for an error to keep. */
export function keptBody(text: string): string {
  return text.length > KEPT_BODY_LENGTH ? text.slice(0, KEPT_BODY_LENGTH) : text;
}

export function quoteStart(text: string): string {
  const start = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;
  return JSON.stringify(start);
}

function headerNumber(headers: Headers, ...names: string[]): number | undefined {
  for (const name of names) {
    const value = headers.get(name);
    if (value !== null && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  }
  return undefined;
}

export function readRateLimit(headers: Headers, now = Date.now()): RateLimit {
  let retryAfterSeconds = headerNumber(headers, "retry-after");
  const retryAfter = headers.get("retry-after");
  if (retryAfterSeconds === undefined && retryAfter) {
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) retryAfterSeconds = Math.max(0, (date - now) / 1000);
  }
  return {
    limit: headerNumber(headers, "x-ratelimit-limit", "x-ratelimit-limit-hour", "ratelimit-limit"),
    remaining: headerNumber(headers, "x-ratelimit-remaining", "x-ratelimit-remaining-hour", "ratelimit-remaining"),
    resetSeconds: headerNumber(headers, "x-ratelimit-reset", "ratelimit-reset"),
    retryAfterSeconds,
  };
}

/** The base of every error this client throws. */
export class ImpactError extends Error {
  override name = "ImpactError";
}

/** The request never got an answer: DNS, refused or reset connections. */
export class ApiConnectionError extends ImpactError {
  override name = "ApiConnectionError";
  constructor(
    readonly method: string,
    readonly url: string,
    options?: { cause?: unknown; message?: string },
  ) {
    super(options?.message ?? `${method} ${url} failed: could not connect (${describeCause(options?.cause)})`, { cause: options?.cause });
  }
}

/** An attempt took longer than `timeoutMs`. */
export class ApiTimeoutError extends ApiConnectionError {
  override name = "ApiTimeoutError";
  constructor(method: string, url: string, readonly timeoutMs: number) {
    super(method, url, { message: `${method} ${url} timed out after ${timeoutMs} ms` });
  }
}

/** The caller's own AbortSignal fired. */
export class ApiUserAbortError extends ImpactError {
  override name = "ApiUserAbortError";
  constructor(readonly method: string, readonly url: string, options?: { cause?: unknown }) {
    super(`${method} ${url} was aborted by the caller`, options);
  }
}

/** A successful status whose body is not the JSON the API documents (XML, HTML, empty, truncated). */
export class ApiResponseFormatError extends ImpactError {
  override name = "ApiResponseFormatError";
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly headers: Headers,
    rawBody: string,
    reason: string,
  ) {
    super(`${method} ${url} answered ${status} with ${reason}; the body starts ${quoteStart(rawBody)}`);
    this.rawBody = keptBody(rawBody);
  }

  /** The start of the body as it arrived (at most KEPT_BODY_LENGTH characters). */
  readonly rawBody: string;
}

/** The client refused to send a request: a path parameter that would name another resource, a bad value, a header fetch cannot send. */
export class ApiRequestError extends ImpactError {
  override name = "ApiRequestError";
  constructor(
    readonly method: string,
    /** The operation's path template, such as `/PromoCodes/{PromoCodeId}`. */
    readonly path: string,
    /** The parameter or header at fault. */
    readonly parameter: string,
    reason: string,
    kind: "path parameter" | "header" = "path parameter",
  ) {
    super(`${method} ${path} not sent: ${kind} ${parameter} ${reason}`);
  }
}

/** An answer longer than `maxResponseBytes`; the rest of it was not read, and it is not retried. */
export class ApiResponseTooLargeError extends ImpactError {
  override name = "ApiResponseTooLargeError";
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly limitBytes: number,
  ) {
    super(`${method} ${url} answered ${status} with a body larger than maxResponseBytes (${limitBytes} bytes); it was not read further`);
  }
}

/**
 * Paging stopped: the server named a next page outside the client's origin and
 * API (credentials are never sent there), sent the same next page twice, or
 * the list ran past `maxPages` pages.
 */
export class ApiPaginationError extends ImpactError {
  override name = "ApiPaginationError";
  constructor(
    /** The page whose `@nextpageuri` was refused. */
    readonly url: string,
    /** The `@nextpageuri` as the server sent it. */
    readonly nextPageUri: string,
    reason: string,
  ) {
    super(`paging stopped after ${url}: ${reason} (@nextpageuri ${JSON.stringify(nextPageUri.length > QUOTE_LENGTH ? `${nextPageUri.slice(0, QUOTE_LENGTH)}…` : nextPageUri)})`);
  }
}

/** The longest `Location` an ApiRedirectError keeps. */
export const MAX_LOCATION_LENGTH = 2_048;

/**
 * The server answered with a redirect (any 3xx). The client never follows one on
 * its own: a 307 or 308 would carry the body and the headers to the new
 * location, a 301 or 302 would turn a POST into a GET that looks like success,
 * and a same-origin one could lead out of the API's base path with the
 * credentials. Nothing was sent there, and the call is not retried; if the API
 * really moved, configure `baseUrl` to its new home.
 */
export class ApiRedirectError extends ImpactError {
  override name = "ApiRedirectError";
  /** The redirect's status; 0 for a browser's opaque redirect, which hides it. */
  readonly status: number;
  readonly headers: Headers;
  /**
   * Where the server pointed, resolved against the request's URL, without any
   * credentials it held, at most MAX_LOCATION_LENGTH characters; undefined when
   * the answer named no location or a browser hid it.
   */
  readonly location: string | undefined;

  constructor(
    readonly method: string,
    readonly url: string,
    response: Pick<Response, "status" | "type" | "headers" | "redirected" | "url">,
  ) {
    const opaque = response.type === "opaqueredirect";
    const location = opaque ? undefined : safeLocation(response.redirected ? response.url : response.headers.get("location"), url);
    const where = location === undefined ? (opaque ? "a location the browser does not reveal (an opaque redirect)" : "no location") : quoteStart(location);
    super(
      response.redirected
        ? `${method} ${url} was redirected to ${where} by the fetch in use, which ignored redirect: "manual"; the answer was not used`
        : `${method} ${url} answered ${opaque ? "a redirect" : response.status} to ${where}; the client does not follow redirects (if the API moved, set baseUrl to its new origin)`,
    );
    this.status = response.status;
    this.headers = response.headers;
    this.location = location;
  }
}

/** A redirect's target as an error may show it: absolute, with no user or password, bounded. */
function safeLocation(location: string | null, requestUrl: string): string | undefined {
  if (location === null || location === "") return undefined;
  let shown: string;
  try {
    const url = new URL(location, requestUrl);
    url.username = "";
    url.password = "";
    shown = url.href;
  } catch {
    // Not a URL: shown as sent, less anything that looks like `user:password@` after a scheme.
    shown = location.replace(/^([a-z][a-z0-9+.-]*:\/*)[^/?#]*@/i, "$1");
  }
  return shown.length > MAX_LOCATION_LENGTH ? `${shown.slice(0, MAX_LOCATION_LENGTH)}…` : shown;
}

/** Any answer outside 2xx. Subclasses name the common ones. */
export class ApiStatusError extends ImpactError {
  override name = "ApiStatusError";
  /** impact.com's `Message`, or undefined when the body is not its error body. */
  readonly apiMessage: string | undefined;
  /** Each field impact.com's `Errors` names. */
  readonly errors: FieldError[];
  readonly rateLimit: RateLimit;

  constructor(
    readonly status: number,
    readonly method: string,
    readonly url: string,
    readonly headers: Headers,
    body: unknown,
    rawBody: string,
  ) {
    const parsed = parseErrorBody(body);
    const detail = parsed
      ? [parsed.message, ...parsed.errors.map((error) => (error.field ? `${error.field}: ${error.message}` : error.message))].filter(Boolean).join("; ")
      : rawBody.trim() === ""
        ? "an empty body"
        : `a body that is not impact.com's JSON error: ${quoteStart(rawBody)}`;
    super(`${method} ${url} answered ${status}: ${detail.length > MAX_DETAIL_LENGTH ? `${detail.slice(0, MAX_DETAIL_LENGTH)}…` : detail}`);
    this.apiMessage = parsed?.message;
    this.errors = parsed?.errors ?? [];
    this.rateLimit = readRateLimit(headers);
    this.rawBody = keptBody(rawBody);
    this.body = rawBody.length > KEPT_BODY_LENGTH ? undefined : body;
  }

  /** The parsed body, when it was JSON and no longer than KEPT_BODY_LENGTH characters. */
  readonly body: unknown;
  /** The start of the body as it arrived (at most KEPT_BODY_LENGTH characters). */
  readonly rawBody: string;
}

export class BadRequestError extends ApiStatusError {
  override name = "BadRequestError";
}
export class AuthenticationError extends ApiStatusError {
  override name = "AuthenticationError";
}
export class PermissionDeniedError extends ApiStatusError {
  override name = "PermissionDeniedError";
}
export class NotFoundError extends ApiStatusError {
  override name = "NotFoundError";
}
export class RateLimitError extends ApiStatusError {
  override name = "RateLimitError";
}
export class InternalServerError extends ApiStatusError {
  override name = "InternalServerError";
}

export function statusError(status: number, method: string, url: string, headers: Headers, body: unknown, rawBody: string): ApiStatusError {
  const Class =
    status === 400
      ? BadRequestError
      : status === 401
        ? AuthenticationError
        : status === 403
          ? PermissionDeniedError
          : status === 404
            ? NotFoundError
            : status === 429
              ? RateLimitError
              : status >= 500
                ? InternalServerError
                : ApiStatusError;
  return new Class(status, method, url, headers, body, rawBody);
}

/** The longest message an ApiStatusError composes from impact.com's error body. */
const MAX_DETAIL_LENGTH = 2_000;

/** The most field errors an error keeps from impact.com's `Errors` list. */
const MAX_FIELD_ERRORS = 100;

function parseErrorBody(body: unknown): { message: string | undefined; errors: FieldError[] } | undefined {
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const message = typeof record.Message === "string" ? record.Message : undefined;
  const errors = Array.isArray(record.Errors)
    ? record.Errors.slice(0, MAX_FIELD_ERRORS).filter((entry): entry is Record<string, unknown> => !!entry && typeof entry === "object").map((entry) => ({
        field: typeof entry.Field === "string" ? entry.Field : undefined,
        message: typeof entry.Message === "string" ? entry.Message : quoteStart(JSON.stringify(entry)),
      }))
    : [];
  if (message === undefined && errors.length === 0) return undefined;
  return { message, errors };
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code ?? (cause.cause as { code?: unknown } | undefined)?.code;
    return typeof code === "string" ? `${code}: ${cause.message}` : cause.message;
  }
  return String(cause);
}
