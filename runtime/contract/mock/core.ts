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
import { resolveLocalRef } from "../../json-ref.js";
import { readWireFormat, type WireFormat } from "../../wire-format.js";
import { toWireValue } from "../../wire-values.js";
import { coerceParameter, operationsOf, type OperationSpec, type RequestInput, type ValidationIssue } from "../operation-spec.js";
import { toXml, XmlNameError } from "./xml.js";

type Json = Record<string, any>;
/** Parsed parameters or form fields, by name. */
type Fields = Record<string, unknown>;

/** One API the mock serves: its bundled spec and its response fixtures (the seed data). */
export interface MockApi {
  /** `brand` or `partner`: the state each keeps is modelled per API. */
  name: string;
  /** The bundled spec, generated/<api>/openapi.json. */
  document: Json;
  /** Examples by operation and status, generated/<api>/fixtures/responses.json; lists and records found in the 200s seed the state. */
  fixtures: Json;
  /**
   * The request check: `createValidators(document).validateRequest` (ajv at run
   * time, for the HTTP server) or the same rules compiled ahead of time (the
   * MSW entry, see ./precompile.ts), so a browser bundle need not carry ajv.
   */
  validateRequest: (operationId: string, input: RequestInput) => ValidationIssue[];
}

/** What both adapters accept: the behaviour a consumer can ask of the mock. */
export interface MockBehaviour {
  /** Answer 429 once this many requests arrived within `windowSeconds` (per API; default window an hour). */
  rateLimit?: { limit: number; windowSeconds?: number };
  /**
   * A share (0 to 1) of requests answered 500 or 503, a delay before every
   * answer, the seed of the fault dice, and the Retry-After those failures carry (none unless given).
   */
  faults?: { errorRate?: number; delayMs?: number; seed?: number; retryAfterSeconds?: number };
  /** Bodies above this many bytes get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * The most fields a form body, and the most parameters a query string, may
   * have: past it a body gets 413 and a URL 414, before any further is decoded.
   * Default 1,000 (`MOCK_DEFAULT_MAX_FIELDS`); the specs' largest body has a few dozen.
   */
  maxFields?: number;
  /**
   * The wait, in seconds, an overridden 429 or 503 announces (`Retry-After`,
   * and on a 429 the API's rate-limit headers). Default 0, so a client under
   * test retries at once instead of backing off; an override's own headers win.
   */
  overrideRetryAfterSeconds?: number;
}

/** The default of `maxFields`: far above any body the specs describe, low enough that parsing and validating stays in milliseconds. */
export const MOCK_DEFAULT_MAX_FIELDS = 1_000;

/** The limit an overridden 429 announces when no `rateLimit` is set: impact.com's default for a brand account, per hour. */
export const MOCK_DEFAULT_HOURLY_LIMIT = 1_000;

/** A request as the core reads it: a Fetch API `Request` is one. */
export interface MockRequest {
  readonly method: string;
  /** Absolute URL; only its path and query are read. */
  readonly url: string;
  readonly headers: Headers;
  readonly body: ReadableStream<Uint8Array> | null;
}

/** The core's answer; each adapter turns it into its own kind of response. */
export interface MockAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

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

/** A refusal in impact.com's terms; the core turns it into the error body. */
export class MockHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: Array<{ Field?: string; Message: string }> = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
const HttpError = MockHttpError;

/** How an answer is written: impact.com answers XML unless the request accepts JSON. */
export type AnswerFormat = "json" | "xml";

/**
 * The format `Accept` asks for. impact.com answers XML by default and JSON only
 * when asked, so no header, `*\/*`, `application/*` and `application/xml` all
 * get XML; `application/json` with a weight above 0 gets JSON, unless an XML
 * type is listed with a higher weight. Bounded: a header past 4 KiB is read
 * only that far.
 */
export function answerFormat(headers: Headers): AnswerFormat {
  const accept = (headers.get("accept") ?? "").slice(0, 4096);
  let json = 0;
  let xml = 0;
  for (const range of accept.split(",")) {
    const [type = "", ...parameters] = range.split(";").map((part) => part.trim().toLowerCase());
    const weight = parameters.find((parameter) => /^q\s*=/.test(parameter));
    const q = weight === undefined ? 1 : Number(weight.replace(/^q\s*=\s*/, ""));
    if (!(q >= 0 && q <= 1)) continue;
    if (type === "application/json") json = Math.max(json, q);
    else if (type === "application/xml" || type === "text/xml") xml = Math.max(xml, q);
  }
  return json > 0 && json >= xml ? "json" : "xml";
}

/** `body` written as `format` says, with its Content-Type. */
export function formatAnswer(status: number, body: unknown, format: AnswerFormat, headers: Record<string, string> = {}): MockAnswer {
  if (format === "json") return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
  return { status, headers: { "content-type": "application/xml", ...headers }, body: toXml(body) };
}

/** impact.com's error body: `{ Status: "ERROR", Message, Errors? }`, as JSON or XML. */
export function errorAnswer(error: MockHttpError, format: AnswerFormat = "json"): MockAnswer {
  return formatAnswer(error.status, errorBody(error), format, error.headers);
}

function errorBody(error: MockHttpError): Json {
  return { Status: "ERROR", Message: error.message, ...(error.errors.length ? { Errors: error.errors } : {}) };
}

interface Api {
  name: string;
  /** The version header (the spec's `x-api-version`, `IR-Version` by default) and what it must say if sent: `14` for the brand API. */
  version: { header: string; value: string };
  /** `/Advertisers/{AccountSID}`, for messages. */
  base: string;
  /** `/Advertisers/`: a URI in an answer that starts so names an account, which the mock makes the caller's. */
  accountPrefix: string;
  prefix: RegExp;
  document: Json;
  fixtures: Json;
  wire: WireFormat | undefined;
  operations: ReadonlyMap<string, OperationSpec>;
  validateRequest: MockApi["validateRequest"];
  routes: Array<{ operation: OperationSpec; pattern: RegExp; names: string[] }>;
  rateHeaders: (limit: number, remaining: number, reset: number) => Record<string, string>;
}

function prepareApi({ name, document, fixtures, validateRequest }: MockApi): Api {
  const server = new URL((document.servers[0].url as string).replace("{AccountSID}", "SID"));
  const operations = operationsOf(document);
  const routes = [...operations.values()].map((operation) => {
    const names: string[] = [];
    // Exactly the spec's path: `/PromoCodes/7777777/` is no path impact.com documents, so it is a 404 like any other.
    const pattern = new RegExp(`^${operation.path.replace(/\{([^}]+)\}/g, (_match, parameter: string) => (names.push(parameter), "([^/]+)"))}$`);
    return { operation, pattern, names };
  });
  return {
    name,
    version: {
      header: String(document["x-api-version"]?.header ?? "IR-Version"),
      value: String(document["x-api-version"]?.value ?? String(document.info?.version ?? "").replace(/^v/, "")),
    },
    base: server.pathname.replace("SID", "{AccountSID}"),
    accountPrefix: server.pathname.slice(0, server.pathname.indexOf("SID")),
    prefix: new RegExp(`^${server.pathname.replace("SID", "([^/]+)")}(/.*)$`),
    document,
    fixtures,
    wire: readWireFormat(document),
    operations,
    validateRequest,
    routes,
    rateHeaders:
      name === "brand"
        ? (limit, remaining, reset) => ({ "X-RateLimit-Limit": String(limit), "X-RateLimit-Remaining": String(remaining), "X-RateLimit-Reset": String(reset) })
        : (limit, remaining, reset) => ({
            "X-RateLimit-Limit-hour": String(limit),
            "X-RateLimit-Remaining-hour": String(remaining),
            "RateLimit-Reset": String(reset),
            "Retry-After": String(reset),
          }),
  };
}

/**
 * The in-memory data, keyed by each record's id as exact decimal text: an id
 * is looked up as the path spelled it, never through a Number, which would
 * make 9007199254740993 find 9007199254740992.
 */
class Store {
  brandCodes = new Map<string, Json>();
  lists = new Map<string, Json>();
  items = new Map<string, Map<string, Json>>();
  partnerCodes = new Map<string, Json>();
  partnerLists = new Map<string, Json>();
  partnerItems = new Map<string, Map<string, Json>>();
  private nextId = 9_000_000;

  itemsOf(map: Map<string, Map<string, Json>>, listId: string): Map<string, Json> {
    let items = map.get(listId);
    if (!items) map.set(listId, (items = new Map()));
    return items;
  }

  id(): number {
    this.nextId += 1;
    return this.nextId;
  }
}

/** Seeds the store from one API's response fixtures: every record found in its operations' 200 examples. */
function seed(store: Store, api: string, fixtures: Json): void {
  // Seed data may come from a consumer: anything not shaped like a record is skipped, never a crash.
  const records = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((entry): entry is Json => entry !== null && typeof entry === "object" && !Array.isArray(entry)) : []);
  const examples = (operationId: string): Json[] => records(fixtures?.[operationId]?.["200"]);
  const listed = (operationId: string, key: string): Json[] => examples(operationId).flatMap((page) => records(page[key]));
  if (api === "brand") {
    for (const code of [...examples("getPromoCode"), ...listed("listPromoCodes", "PromoCodes")]) store.brandCodes.set(idKey(code.Id), structuredClone(code));
    for (const list of examples("getPromoCodeExceptionList")) store.lists.set(idKey(list.Id), structuredClone(list));
    for (const item of [...examples("getPromoCodeExceptionListItem"), ...listed("listPromoCodeExceptionListItems", "ExceptionListItems")]) {
      store.itemsOf(store.items, idKey(item.ListId)).set(idKey(item.Id), structuredClone(item));
    }
    for (const [listId, list] of store.lists) list.NumberOfItems = store.items.get(listId)?.size ?? 0;
  } else if (api === "partner") {
    for (const code of [...examples("getPromoCode"), ...listed("listPromoCodes", "PromoCodes")]) store.partnerCodes.set(idKey(code.Id), structuredClone(code));
    for (const list of examples("getPromoCodeExceptionList")) store.partnerLists.set(idKey(list.Id), structuredClone(list));
    for (const item of listed("listPromoCodeExceptionListItems", "PromoCodeExceptionListItems")) store.itemsOf(store.partnerItems, idKey(item.ListId)).set(idKey(item.Id), structuredClone(item));
  }
}

/** An id as exact decimal text without leading zeros (`"007"` and `7` are one record); anything else as it is. */
function idKey(id: unknown): string {
  const text = String(id);
  return /^\d+$/.test(text) ? text.replace(/^0+(?=\d)/, "") : text;
}

/** impact.com's documented bound on an integer input: 16 digits. */
export const MAX_INTEGER_DIGITS = 16;

/** A 400 naming `field` when `text` is an integer of more than 16 digits; checked on the text, before any Number could round it. */
function checkIntegerDigits(text: string, field: string): void {
  const digits = /^[-+]?(\d+)$/.exec(text)?.[1]?.replace(/^0+(?=\d)/, "");
  if (digits !== undefined && digits.length > MAX_INTEGER_DIGITS) {
    throw new HttpError(400, "Validation Failed", [{ Field: field, Message: `${text.slice(0, 40)} has ${digits.length} digits; integers have at most ${MAX_INTEGER_DIGITS}` }]);
  }
}

/**
 * JSON numbers of a body are checked on the text (see checkBodyInteger), since
 * JSON.parse has rounded them by the time the mock sees the value. One left-to-right pass over string and number tokens, so digits
 * inside a string are never taken for a number.
 */
function checkJsonIntegers(text: string): void {
  const tokens = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
  let key = "body";
  let keyEnd = -1;
  for (let match = tokens.exec(text); match; match = tokens.exec(text)) {
    const token = match[0];
    if (token.startsWith('"')) {
      key = token;
      keyEnd = match.index + token.length;
      continue;
    }
    if (!/^-?\d+$/.test(token)) continue;
    let field = "body";
    if (keyEnd >= 0 && /^\s*:\s*$/.test(text.slice(keyEnd, match.index))) {
      try {
        field = String(JSON.parse(key));
      } catch {
        // a broken key: JSON.parse reports the body below
      }
    }
    checkBodyInteger(token, field);
  }
}

/**
 * An integer of a body: at most 16 digits (impact.com's 400), and at most
 * 2^53 - 1, since the mock keeps a body's fields as Numbers: past it, a 400
 * rather than a record stored rounded. (Ids in a path have no such limit: they
 * are looked up as text.)
 */
function checkBodyInteger(text: string, field: string): void {
  checkIntegerDigits(text, field);
  if (/^[-+]?\d+$/.test(text) && !Number.isSafeInteger(Number(text))) {
    throw new HttpError(400, "Validation Failed", [{ Field: field, Message: `${text} is past 2^53 - 1, which the mock cannot keep exactly in a body field` }]);
  }
}

/** Whether a parameter's or field's schema is an integer, or a list of them. */
function isIntegerSchema(document: Json, schema: unknown): boolean {
  const resolved = schema && typeof schema === "object" ? resolveLocalRef<Json>(document, schema as Json) : undefined;
  const types = ([] as unknown[]).concat(resolved?.type ?? []);
  if (types.includes("array")) return isIntegerSchema(document, resolved?.items);
  return types.includes("integer");
}

/**
 * Copies `value` with every URI that names an account (`/Advertisers/<SID>/…`
 * under a key ending in `Uri`, `@uri` and the paging URIs alike) naming the
 * caller's, so following one with the caller's credentials works: the seed
 * data was written for some other account.
 */
function withCallerAccount(value: unknown, accountPrefix: string, sid: string, key = "", depth = 0): unknown {
  if (typeof value === "string") {
    if (!/uri$/i.test(key) || !value.startsWith(accountPrefix)) return value;
    const rest = value.slice(accountPrefix.length);
    const end = rest.search(/[/?#]|$/);
    return `${accountPrefix}${encodeURIComponent(sid)}${rest.slice(end)}`;
  }
  if (depth > 64 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((entry) => withCallerAccount(entry, accountPrefix, sid, key, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([name, entry]) => [name, withCallerAccount(entry, accountPrefix, sid, name, depth + 1)]));
}

/**
 * The fields of a body its schema does not name. Every request schema of the
 * specs is closed in intent (impact.com refuses unknown fields) but none says
 * `additionalProperties: false`; where a schema does say what extra fields may
 * be (additionalProperties, patternProperties, unevaluatedProperties or a
 * combinator), ajv decides and this adds nothing.
 */
function unknownFieldIssues(document: Json, operation: OperationSpec, body: unknown): ValidationIssue[] {
  const raw = operation.requestBody?.schema;
  if (!raw || body === null || typeof body !== "object" || Array.isArray(body)) return [];
  const schema = resolveLocalRef<Json>(document, raw as Json);
  if (!schema.properties || ["additionalProperties", "patternProperties", "unevaluatedProperties", "allOf", "anyOf", "oneOf"].some((keyword) => keyword in schema)) return [];
  return Object.keys(body)
    .filter((name) => !Object.hasOwn(schema.properties, name))
    .map((name) => ({ pointer: `/body/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`, rule: "additionalProperties", message: `must NOT have additional properties: ${JSON.stringify(name)}` }));
}

/** A seeded pseudo-random generator, so fault injection is reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The body as text, read up to `limit` bytes; the adapter deals with what is left unread. */
async function readBody(request: MockRequest, limit: number): Promise<string> {
  const tooLarge = () => new HttpError(413, `The request body is larger than ${limit} bytes`);
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) bytes.set(chunk, (offset += chunk.byteLength) - chunk.byteLength);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new HttpError(400, "The request body is not valid UTF-8", [{ Field: "body", Message: "not valid UTF-8" }]);
  }
}

/** A percent-encoded URL component, decoded; a broken escape or invalid UTF-8 is the client's error. */
function decodeComponent(text: string, field: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new HttpError(400, `Malformed percent-encoding in ${field}: "${text.slice(0, 100)}" is not valid UTF-8 once decoded`, [{ Field: field, Message: "malformed percent-encoding" }]);
  }
}

/**
 * `name=value` pairs of a query string or form body, grouped by name in one pass
 * (a name's values in order). Decoded strictly: URLSearchParams would turn `%ff`
 * into U+FFFD without a word and quietly accept a broken `%` escape. Refused at
 * the first pair past `limit`, so the work is bounded whatever the body or URL holds.
 */
function parsePairs(text: string, limit: number, refuseTooMany: () => MockHttpError, decode: (part: string, index: number, what: "name" | "value", name: string) => string): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  let count = 0;
  for (let start = 0, index = 0; start <= text.length; index += 1) {
    const ampersand = text.indexOf("&", start);
    const end = ampersand < 0 ? text.length : ampersand;
    const pair = text.slice(start, end);
    start = end + 1;
    if (pair === "") continue;
    if ((count += 1) > limit) throw refuseTooMany();
    const separator = pair.indexOf("=");
    const name = decode(separator < 0 ? pair : pair.slice(0, separator), index, "name", "");
    const value = decode(separator < 0 ? "" : pair.slice(separator + 1), index, "value", name);
    const values = grouped.get(name);
    if (values) values.push(value);
    else grouped.set(name, [value]);
  }
  return grouped;
}

/** A query string decoded strictly, at most `limit` parameters (414 past it). */
function parseQuery(search: string, limit: number): Map<string, string[]> {
  const tooMany = () => new HttpError(414, `The query string has more than ${limit} parameters (the mock's maxFields)`, [{ Field: "query", Message: `more than ${limit} parameters` }]);
  return parsePairs(search.replace(/^\?/, ""), limit, tooMany, (part, _index, what, name) => decodeComponent(part.replace(/\+/g, " "), what === "name" ? "query" : name));
}

/** Form encoding parsed strictly, at most `limit` fields (413 past it). */
function parseForm(text: string, limit: number): Map<string, string[]> {
  const malformed = (index: number, reason: string) => new HttpError(400, `Malformed form encoding: field ${index + 1} ${reason}`, [{ Field: "body", Message: "malformed form encoding" }]);
  const tooMany = () => new HttpError(413, `The form body has more than ${limit} fields (the mock's maxFields)`, [{ Field: "body", Message: `more than ${limit} fields` }]);
  return parsePairs(text, limit, tooMany, (part, index, what) => {
    if (what === "name" && part === "") throw malformed(index, "has no name");
    if (/%(?![0-9A-Fa-f]{2})/.test(part)) throw malformed(index, 'has a "%" not followed by two hex digits');
    try {
      return decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      throw malformed(index, "is not valid UTF-8 once decoded");
    }
  });
}

function fieldName(issue: ValidationIssue): string {
  return issue.pointer.split("/").filter(Boolean).slice(1).join(".") || issue.pointer.split("/").filter(Boolean)[0] || "request";
}

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");

function page(requestPath: string, query: Fields, key: string, all: Json[]): Json {
  const size = Number(query.PageSize ?? 100);
  const number = Number(query.Page ?? 1);
  const total = all.length;
  const pages = Math.max(1, Math.ceil(total / size));
  const start = (number - 1) * size;
  const slice = all.slice(start, start + size);
  const uri = (pageNumber: number) => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (name === "Page") continue;
      for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
    }
    search.set("Page", String(pageNumber));
    return `${requestPath}?${search.toString()}`;
  };
  const envelope: Json = {
    "@page": number,
    "@numpages": pages,
    "@pagesize": size,
    "@total": total,
    "@start": Math.min(start, Math.max(0, total - 1)),
    "@end": Math.max(0, Math.min(start + slice.length, total) - 1),
    "@uri": uri(number),
    "@firstpageuri": uri(1),
    "@lastpageuri": uri(pages),
    [key]: slice,
  };
  if (number > 1) envelope["@previouspageuri"] = uri(number - 1);
  if (number < pages) envelope["@nextpageuri"] = uri(number + 1);
  return envelope;
}

/** Whether a record's value is the filter's (or one of them); ids compare as exact decimal text, as the request spelled them. */
function matches(value: unknown, wanted: unknown): boolean {
  if (wanted === undefined) return true;
  const key = typeof value === "number" ? String(value) : value;
  return Array.isArray(wanted) ? wanted.some((entry) => entry === key) : wanted === key;
}

/** `IR-Version` (header or query parameter) may be left out or name the API's own version; any other is refused, not ignored. */
function checkVersion(api: Api, request: MockRequest, query: Map<string, string[]>): void {
  const { header, value } = api.version;
  const sent = request.headers.get(header);
  for (const asked of [...(sent === null ? [] : [sent]), ...(query.get(header) ?? [])]) {
    if (asked.trim() === value) continue;
    throw new HttpError(400, `${header} ${asked.slice(0, 20)} is not served here: this is the ${api.name} API version ${value}; send ${header}: ${value} or leave it out`, [
      { Field: header, Message: `must be ${value}` },
    ]);
  }
}

/** Basic auth with the path's account SID as the user and any non-empty token. */
function authenticate(header: string | null, sid: string): void {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? "");
  let decoded = "";
  try {
    decoded = match ? strictUtf8.decode(Uint8Array.from(atob(match[1]!), (char) => char.charCodeAt(0))) : "";
  } catch {
    // not base64 of UTF-8: refused below like any other wrong credentials
  }
  const separator = decoded.indexOf(":");
  if (separator < 0 || decoded.slice(0, separator) !== sid || decoded.slice(separator + 1) === "") {
    throw new HttpError(401, "Authentication failed: send HTTP Basic auth with the account SID of the path and an auth token");
  }
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Options are checked once, up front: a typo must not turn into a mock that quietly never fails, or waits 1 ms instead of forever. */
function checkBehaviour(options: MockBehaviour): void {
  const problem = (name: string, value: unknown, rule: string) => new TypeError(`mock option ${name} must be ${rule}; got ${JSON.stringify(value)}`);
  const { rateLimit, faults, maxBodyBytes, maxFields, overrideRetryAfterSeconds } = options;
  if (rateLimit !== undefined) {
    if (!Number.isSafeInteger(rateLimit.limit) || rateLimit.limit < 0) throw problem("rateLimit.limit", rateLimit.limit, "a whole number, 0 or more");
    if (rateLimit.windowSeconds !== undefined && !(rateLimit.windowSeconds > 0 && rateLimit.windowSeconds <= 86_400 * 366)) throw problem("rateLimit.windowSeconds", rateLimit.windowSeconds, "above 0 and at most a year");
  }
  if (faults?.errorRate !== undefined && !(faults.errorRate >= 0 && faults.errorRate <= 1)) throw problem("faults.errorRate", faults.errorRate, "between 0 and 1");
  // setTimeout turns anything past 2^31 - 1 ms into 1 ms.
  if (faults?.delayMs !== undefined && !(faults.delayMs >= 0 && faults.delayMs <= 2_147_483_647)) throw problem("faults.delayMs", faults.delayMs, "between 0 and 2147483647");
  if (faults?.retryAfterSeconds !== undefined && !(Number.isSafeInteger(faults.retryAfterSeconds) && faults.retryAfterSeconds >= 0)) throw problem("faults.retryAfterSeconds", faults.retryAfterSeconds, "a whole number, 0 or more");
  if (faults?.seed !== undefined && !Number.isFinite(faults.seed)) throw problem("faults.seed", faults.seed, "a finite number");
  if (maxBodyBytes !== undefined && !(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes >= 0)) throw problem("maxBodyBytes", maxBodyBytes, "a whole number of bytes, 0 or more");
  if (maxFields !== undefined && !(Number.isSafeInteger(maxFields) && maxFields >= 1)) throw problem("maxFields", maxFields, "a whole number, 1 or more");
  if (overrideRetryAfterSeconds !== undefined && !(Number.isSafeInteger(overrideRetryAfterSeconds) && overrideRetryAfterSeconds >= 0)) throw problem("overrideRetryAfterSeconds", overrideRetryAfterSeconds, "a whole number, 0 or more");
}

/** `defaults` under `given`, header names compared without case, so a consumer's `retry-after` replaces our `Retry-After`. */
function withDefaults(defaults: Record<string, string>, given: Record<string, string>): Record<string, string> {
  const named = new Set(Object.keys(given).map((name) => name.toLowerCase()));
  return { ...Object.fromEntries(Object.entries(defaults).filter(([name]) => !named.has(name.toLowerCase()))), ...given };
}

export function createMockCore(apiData: MockApi[], options: MockBehaviour = {}): MockCore {
  checkBehaviour(options);
  const apis = apiData.map(prepareApi);
  const maxBodyBytes = options.maxBodyBytes ?? 1 << 20;
  const maxFields = options.maxFields ?? MOCK_DEFAULT_MAX_FIELDS;
  const fresh = () => {
    const store = new Store();
    for (const api of apis) seed(store, api.name, api.fixtures);
    return store;
  };
  let store = fresh();
  let requestCount = 0;
  let windows = new Map<string, { started: number; count: number }>();
  let roll = random(options.faults?.seed ?? 1);
  let overrides = new Map<string, MockOverride>();

  function rateLimit(api: Api): void {
    if (!options.rateLimit) return;
    const windowMs = (options.rateLimit.windowSeconds ?? 3600) * 1000;
    const current = Date.now();
    let window = windows.get(api.name);
    if (!window || current - window.started >= windowMs) windows.set(api.name, (window = { started: current, count: 0 }));
    window.count += 1;
    const reset = Math.ceil((window.started + windowMs - current) / 1000);
    if (window.count > options.rateLimit.limit) {
      throw new HttpError(429, "Rate limit exceeded", [], api.rateHeaders(options.rateLimit.limit, 0, reset));
    }
  }

  async function parseRequest(request: MockRequest, search: Map<string, string[]>, api: Api, operation: OperationSpec, pathValues: Record<string, string>) {
    const path: Fields = {};
    const query: Fields = {};
    // Path ids as exact text for lookups, and integer query values as exact text for filters: the Numbers above are for validation only.
    const ids: Record<string, string> = {};
    const exactQuery: Fields = {};
    for (const parameter of operation.parameters) {
      const integer = isIntegerSchema(api.document, parameter.schema);
      if (parameter.in === "path" && pathValues[parameter.name] !== undefined) {
        const text = decodeComponent(pathValues[parameter.name]!, parameter.name);
        if (integer) checkIntegerDigits(text, parameter.name);
        ids[parameter.name] = idKey(text);
        path[parameter.name] = coerceParameter(api.document, parameter.schema, text);
      }
      if (parameter.in === "query") {
        const values = search.get(parameter.name) ?? [];
        if (integer) for (const value of values) checkIntegerDigits(value, parameter.name);
        if (values.length) {
          query[parameter.name] = coerceParameter(api.document, parameter.schema, values.length === 1 ? values[0]! : values);
          exactQuery[parameter.name] = integer ? (Array.isArray(query[parameter.name]) ? values.map(idKey) : idKey(values[values.length - 1])) : query[parameter.name];
        }
      }
    }
    const text = await readBody(request, maxBodyBytes);
    let body: unknown;
    if (text !== "") {
      const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim();
      if (type === "application/json") {
        try {
          body = JSON.parse(text);
        } catch (error) {
          throw new HttpError(400, `Malformed JSON body: ${(error as Error).message}`, [{ Field: "body", Message: "not valid JSON" }]);
        }
        checkJsonIntegers(text);
      } else if (type === "application/x-www-form-urlencoded") {
        const form = parseForm(text, maxFields);
        const schema = operation.requestBody?.schema ? resolveLocalRef<Json>(api.document, operation.requestBody.schema) : undefined;
        const properties: Json = schema?.properties ?? {};
        // Own properties only: a field named `constructor` or `__proto__` is data, neither a schema from Object.prototype nor a prototype.
        body = Object.fromEntries(
          [...form].map(([name, values]) => {
            const schema = Object.hasOwn(properties, name) ? properties[name] : undefined;
            if (isIntegerSchema(api.document, schema)) for (const value of values) checkBodyInteger(value, name);
            return [name, coerceParameter(api.document, schema, values.length === 1 ? values[0]! : values)];
          }),
        );
      } else {
        throw new HttpError(400, `Unsupported Content-Type "${type || "(none)"}": send application/x-www-form-urlencoded or application/json`, [{ Field: "Content-Type", Message: "unsupported" }]);
      }
    }
    return { path, query, body, ids, exactQuery };
  }

  /** The operation's answer, in clean types; the caller turns it into the wire form. */
  function answer(api: Api, operation: OperationSpec, sid: string, requestPath: string, input: { path: Fields; query: Fields; body: unknown; ids: Record<string, string>; exactQuery: Fields }): { status: number; body: unknown } {
    const base = `${api.accountPrefix}${encodeURIComponent(sid)}`;
    const body = (input.body ?? {}) as Json;
    const q = input.exactQuery;
    const ids = input.ids;
    const notFound = (what: string) => new HttpError(404, `${what} not found`);
    switch (`${api.name}.${operation.operationId}`) {
      case "brand.listPromoCodes": {
        const all = [...store.brandCodes.values()].filter(
          (code) =>
            matches(code.CampaignId, q.CampaignId) &&
            matches(code.Code, q.Code) &&
            matches(code.State, q.State) &&
            (q.StartDate === undefined || (code.StartDate ?? code.CreatedDate) >= (q.StartDate as string)) &&
            (q.EndDate === undefined || (code.EndDate !== undefined && code.EndDate <= (q.EndDate as string))),
        );
        return { status: 200, body: page(requestPath, q, "PromoCodes", all) };
      }
      case "brand.createPromoCode": {
        const id = store.id();
        const uri = `${base}/PromoCodes/${id}`;
        const started = body.StartDate === undefined || body.StartDate <= now();
        store.brandCodes.set(String(id), {
          Id: id,
          Code: body.Code,
          Type: body.Type,
          CreditPolicy: body.CreditPolicy,
          CampaignId: body.CampaignId,
          AssignedPartnerId: body.AssignedPartnerId,
          CreatedDate: now(),
          ...(body.StartDate ? { StartDate: body.StartDate } : {}),
          ...(body.EndDate ? { EndDate: body.EndDate } : {}),
          State: started ? "ACTIVE" : "INACTIVE",
          ...(body.DealId ? { DealId: body.DealId } : {}),
          ...(body.DealName ? { DealName: body.DealName } : {}),
          DealProducts: [],
          SynchAdsPromoCodes: false,
          Uri: uri,
        });
        return { status: 200, body: { Status: "OK", Uri: uri } };
      }
      case "brand.getPromoCode": {
        const code = store.brandCodes.get(ids.PromoCodeId!);
        if (!code) throw notFound(`Promo code ${ids.PromoCodeId}`);
        return { status: 200, body: code };
      }
      case "brand.expirePromoCode": {
        const code = store.brandCodes.get(ids.PromoCodeId!);
        if (!code) throw notFound(`Promo code ${ids.PromoCodeId}`);
        code.State = "INACTIVE";
        code.EndDate = now();
        return { status: 200, body: { Status: "OK", Uri: code.Uri } };
      }
      case "brand.createPromoCodeExceptionList": {
        const id = store.id();
        const uri = `${base}/PromoCodeExceptionLists/${id}`;
        store.lists.set(String(id), {
          Id: id,
          Name: body.Name,
          State: "ACTIVE",
          CampaignId: body.CampaignId,
          CreatedDate: now(),
          ActionTrackers: String(body.ActionTrackerId).split(",").map((tracker) => ({ Id: Number(tracker) })),
          NumberOfItems: 0,
          ItemsUri: `${uri}/Items`,
          Uri: uri,
        });
        return { status: 200, body: { Status: "OK", Uri: uri } };
      }
      case "brand.getPromoCodeExceptionList":
      case "brand.updatePromoCodeExceptionList": {
        const list = store.lists.get(ids.ListId!);
        if (!list) throw notFound(`Exception list ${ids.ListId}`);
        if (operation.method === "GET") return { status: 200, body: list };
        if (body.Name !== undefined) list.Name = body.Name;
        if (body.ActionTrackerId !== undefined) list.ActionTrackers = String(body.ActionTrackerId).split(",").map((tracker) => ({ Id: Number(tracker) }));
        return { status: 200, body: { Status: "OK", Uri: list.Uri } };
      }
      case "brand.listPromoCodeExceptionListItems":
      case "brand.createPromoCodeExceptionListItem":
      case "brand.deleteAllPromoCodeExceptionListItems": {
        const listId = ids.ListId!;
        const list = store.lists.get(listId);
        if (!list) throw notFound(`Exception list ${listId}`);
        const items = store.itemsOf(store.items, listId);
        if (operation.method === "GET") {
          return { status: 200, body: page(requestPath, q, "ExceptionListItems", [...items.values()].filter((item) => matches(item.Value, q.Value))) };
        }
        if (operation.method === "DELETE") {
          items.clear();
          list.NumberOfItems = 0;
          return { status: 200, body: { Status: "DELETED" } };
        }
        const id = store.id();
        const uri = `${list.Uri}/Items/${id}`;
        items.set(String(id), { Id: id, Value: body.Value, MatchMode: "EQ", ListId: list.Id, CreatedDate: now(), Uri: uri });
        list.NumberOfItems = items.size;
        return { status: 200, body: { Status: "OK", Uri: uri } };
      }
      case "brand.getPromoCodeExceptionListItem":
      case "brand.deletePromoCodeExceptionListItem": {
        const listId = ids.ListId!;
        const items = store.items.get(listId);
        const item = items?.get(ids.ItemId!);
        if (!store.lists.has(listId) || !item) throw notFound(`Item ${ids.ItemId} of exception list ${listId}`);
        if (operation.method === "GET") return { status: 200, body: item };
        items!.delete(ids.ItemId!);
        store.lists.get(listId)!.NumberOfItems = items!.size;
        return { status: 200, body: { Status: "DELETED" } };
      }
      case "partner.listPromoCodes": {
        const within = (value: string | undefined, from: unknown, to: unknown) =>
          (from === undefined || (value !== undefined && value >= (from as string))) && (to === undefined || (value !== undefined && value <= (to as string)));
        let all = [...store.partnerCodes.values()].filter(
          (code) =>
            matches(code.Program?.Id, q.ProgramId) &&
            matches(code.Advertiser?.Id, q.AdvertiserId) &&
            matches(code.Deal?.Id, q.DealId) &&
            matches(code.CreditRule, q.CreditRule) &&
            matches(code.MatchMode, q.MatchMode) &&
            (q.SearchString === undefined || String(code.Code).toLowerCase().includes(String(q.SearchString).toLowerCase())) &&
            within(code.CreatedDate, q.CreatedDateStart, q.CreatedDateEnd) &&
            within(code.StartDate, q.StartDateStart, q.StartDateEnd) &&
            within(code.EndDate, q.EndDateStart, q.EndDateEnd),
        );
        if (typeof q.SortBy === "string") {
          const key = q.SortBy.replace(/Id$/, "");
          const value = (code: Json) => String(code[q.SortBy as string] ?? code[key]?.Id ?? "");
          all = all.sort((a, b) => value(a).localeCompare(value(b), undefined, { numeric: true }) * (q.SortOrder === "DESC" ? -1 : 1));
        }
        return { status: 200, body: page(requestPath, q, "PromoCodes", all) };
      }
      case "partner.getPromoCode": {
        const code = store.partnerCodes.get(ids.Id!);
        if (!code) throw notFound(`Promo code ${ids.Id}`);
        return { status: 200, body: code };
      }
      case "partner.getPromoCodeExceptionList": {
        const list = store.partnerLists.get(ids.PromoCodeExceptionListId!);
        if (!list) throw notFound(`Exception list ${ids.PromoCodeExceptionListId}`);
        return { status: 200, body: list };
      }
      case "partner.listPromoCodeExceptionListItems": {
        const listId = ids.PromoCodeExceptionListId!;
        if (!store.partnerLists.has(listId)) throw notFound(`Exception list ${listId}`);
        return { status: 200, body: page(requestPath, q, "PromoCodeExceptionListItems", [...(store.partnerItems.get(listId)?.values() ?? [])]) };
      }
      default:
        throw new HttpError(500, `The mock does not implement ${operation.operationId}`);
    }
  }

  /** A clean body in the wire form of the operation's documented response for `status`, as JSON or XML. */
  function wireAnswer(api: Api | undefined, operation: OperationSpec | undefined, status: number, body: unknown, format: AnswerFormat, headers: Record<string, string> = {}): MockAnswer {
    const schema = operation?.responses[String(status)]?.schema ?? operation?.responses[`${String(status)[0]}XX`]?.schema;
    const wire = api?.wire && schema ? toWireValue(body, schema as Json, api.document, api.wire) : body;
    return formatAnswer(status, wire, format, headers);
  }

  async function overridden(api: Api, operation: OperationSpec, request: MockRequest, override: MockOverride, sid: string, format: AnswerFormat): Promise<MockAnswer> {
    const result = typeof override === "function" ? await override(request) : override;
    if (typeof Response !== "undefined" && result instanceof Response) {
      return { status: result.status, headers: Object.fromEntries(result.headers), body: await result.text() };
    }
    const { status, body, headers } = typeof result === "number" ? { status: result, body: undefined, headers: {} } : (result as Exclude<MockOverrideResult, number | Response>);
    const example = (api.fixtures[operation.operationId]?.[String(status)] ?? api.fixtures[operation.operationId]?.[`${String(status)[0]}XX`])?.[0];
    // The spec's example was written for some account; a body the consumer gave is sent as given.
    const chosen = body !== undefined ? body : example !== undefined ? withCallerAccount(example, api.accountPrefix, sid) : status >= 400 ? { Status: "ERROR", Message: `Overridden: ${operation.operationId} answers ${status}` } : {};
    return wireAnswer(api, operation, status, chosen, format, withDefaults(waitHeaders(api, status), headers ?? {}));
  }

  /** What impact.com sends with a 429 (the API's rate-limit headers) or a 503 (`Retry-After`), announcing `overrideRetryAfterSeconds`. */
  function waitHeaders(api: Api, status: number): Record<string, string> {
    const wait = options.overrideRetryAfterSeconds ?? 0;
    if (status === 429) return api.rateHeaders(options.rateLimit?.limit ?? MOCK_DEFAULT_HOURLY_LIMIT, 0, wait);
    if (status === 503) return { "Retry-After": String(wait) };
    return {};
  }

  async function serve(request: MockRequest): Promise<MockAnswer> {
    requestCount += 1;
    let api: Api | undefined;
    let operation: OperationSpec | undefined;
    const format = answerFormat(request.headers);
    try {
      const url = new URL(request.url);
      let sid = "";
      let rest = "";
      api = apis.find((candidate) => {
        const match = candidate.prefix.exec(url.pathname);
        if (match) [, sid = "", rest = ""] = match;
        return match !== null;
      });
      if (!api) throw new HttpError(404, `No API at ${url.pathname}: paths start with ${apis.map((entry) => entry.base).join(" or ")}`);
      sid = decodeComponent(sid, "AccountSID");
      const search = parseQuery(url.search, maxFields);
      checkVersion(api, request, search);
      const candidates = api.routes.map((route) => ({ route, match: route.pattern.exec(rest) })).filter((entry) => entry.match);
      if (candidates.length === 0) throw new HttpError(404, `No resource at ${url.pathname}`);
      const found = candidates.find((entry) => entry.route.operation.method === request.method);
      if (!found) throw new HttpError(405, `${request.method} is not allowed on ${url.pathname}`, [], { Allow: candidates.map((entry) => entry.route.operation.method).join(", ") });
      operation = found.route.operation;
      const override = overrides.get(`${api.name}.${operation.operationId}`);
      if (override !== undefined) return await overridden(api, operation, request, override, sid, format);
      authenticate(request.headers.get("authorization"), sid);
      rateLimit(api);
      const faults = options.faults;
      if (faults?.delayMs) await sleep(faults.delayMs);
      if (faults?.errorRate && roll() < faults.errorRate) {
        const retryAfter: Record<string, string> = faults.retryAfterSeconds === undefined ? {} : { "Retry-After": String(faults.retryAfterSeconds) };
        throw new HttpError(roll() < 0.5 ? 500 : 503, "Injected fault", [], retryAfter);
      }
      const pathValues = Object.fromEntries(found.route.names.map((name, index) => [name, found.match![index + 1]!]));
      const input = await parseRequest(request, search, api, operation, pathValues);
      const issues = [...api.validateRequest(operation.operationId, { path: input.path, query: input.query, body: input.body }), ...unknownFieldIssues(api.document, operation, input.body)];
      if (issues.length) {
        throw new HttpError(400, "Validation Failed", issues.map((issue) => ({ Field: fieldName(issue), Message: `${issue.rule}: ${issue.message}` })));
      }
      const result = answer(api, operation, sid, url.pathname, input);
      return wireAnswer(api, operation, result.status, withCallerAccount(result.body, api.accountPrefix, sid), format);
    } catch (error) {
      const failure = error instanceof HttpError ? error : new HttpError(500, error instanceof XmlNameError ? error.message : `Mock failure: ${(error as Error).message}`);
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
      store = fresh();
      requestCount = 0;
      windows = new Map();
      roll = random(options.faults?.seed ?? 1);
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
