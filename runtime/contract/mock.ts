// A stateful mock of both APIs, for testing code against impact.com without
// calling it. Like Prism it validates every request against the spec and answers
// 400 with impact.com's error body naming each problem; unlike Prism it keeps
// state: a created promo code can be fetched, listed and expired, exception list
// items added, listed and deleted. It demands Basic auth, answers in the wire form
// the service really uses (string scalars, "" for absent), pages lists with a
// correct envelope, and can be told to rate-limit, fail or slow down, so a
// consumer can test its retry handling. Malformed input gets 400 or 413, never a crash.
import { readFileSync } from "node:fs";
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { resolveLocalRef } from "../json-ref.js";
import { readWireFormat, type WireFormat } from "../wire-format.js";
import { toWireValue } from "../wire-values.js";
import { coerceParameter, createValidators, type OperationSpec, type ValidationIssue, type Validators } from "./validators.js";

type Json = Record<string, any>;
/** Parsed parameters or form fields, by name. */
type Fields = Record<string, unknown>;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface MockOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Answer 429 once this many requests arrived within `windowSeconds` (per API). */
  rateLimit?: { limit: number; windowSeconds?: number };
  /**
   * A share (0 to 1) of requests answered 500 or 503, a delay before every
   * answer, and the Retry-After those failures carry (none unless given).
   */
  faults?: { errorRate?: number; delayMs?: number; seed?: number; retryAfterSeconds?: number };
  /** Bodies above this many bytes get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * How much of an oversized or refused body is read and thrown away before the
   * answer, so a client still sending sees the 413 rather than a reset. Past it
   * the mock answers and closes the connection. Default 16 MiB.
   */
  maxDrainBytes?: number;
  /** Where the bundled specs and fixtures are (generated/ of this repository by default). */
  generatedDir?: string;
}

export interface MockServer {
  url: string;
  port: number;
  /** Requests answered so far. */
  readonly requestCount: number;
  /** Back to the seeded state, counters cleared. */
  reset(): void;
  close(): Promise<void>;
}

interface Api {
  name: string;
  /** What `IR-Version` must say, if sent: `14` for the brand API's `v14`. */
  version: string;
  prefix: RegExp;
  document: Json;
  wire: WireFormat | undefined;
  validators: Validators;
  routes: Array<{ operation: OperationSpec; pattern: RegExp; names: string[] }>;
  rateHeaders: (limit: number, remaining: number, reset: number) => Record<string, string>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: Array<{ Field?: string; Message: string }> = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function loadJson(file: string): Json {
  return JSON.parse(readFileSync(file, "utf8")) as Json;
}


function loadApi(name: string, generatedDir: string): Api {
  const document = loadJson(path.join(generatedDir, name, "openapi.json"));
  const server = new URL((document.servers[0].url as string).replace("{AccountSID}", "SID"));
  const validators = createValidators(document);
  const routes = [...validators.operations.values()].map((operation) => {
    const names: string[] = [];
    const pattern = new RegExp(`^${operation.path.replace(/\{([^}]+)\}/g, (_match, parameter: string) => (names.push(parameter), "([^/]+)"))}/?$`);
    return { operation, pattern, names };
  });
  const brand = name === "brand";
  return {
    name,
    version: String(document.info?.version ?? "").replace(/^v/, ""),
    prefix: new RegExp(`^${server.pathname.replace("SID", "([^/]+)")}(/.*)$`),
    document,
    wire: readWireFormat(document),
    validators,
    routes,
    rateHeaders: brand
      ? (limit, remaining, reset) => ({ "X-RateLimit-Limit": String(limit), "X-RateLimit-Remaining": String(remaining), "X-RateLimit-Reset": String(reset) })
      : (limit, remaining, reset) => ({
          "X-RateLimit-Limit-hour": String(limit),
          "X-RateLimit-Remaining-hour": String(remaining),
          "RateLimit-Reset": String(reset),
          "Retry-After": String(reset),
        }),
  };
}

/** The in-memory data, seeded from the fixtures (the spec's own examples). */
class Store {
  brandCodes = new Map<number, Json>();
  lists = new Map<number, Json>();
  items = new Map<number, Map<number, Json>>();
  partnerCodes = new Map<number, Json>();
  partnerLists = new Map<number, Json>();
  partnerItems = new Map<number, Map<number, Json>>();
  private nextId = 9_000_000;

  constructor(generatedDir: string) {
    const brand = loadJson(path.join(generatedDir, "brand/fixtures/responses.json"));
    const partner = loadJson(path.join(generatedDir, "partner/fixtures/responses.json"));
    for (const body of [...brand.getPromoCode["200"], ...brand.listPromoCodes["200"].flatMap((page: Json) => page.PromoCodes)]) this.brandCodes.set(body.Id, structuredClone(body));
    for (const body of brand.getPromoCodeExceptionList["200"]) this.lists.set(body.Id, structuredClone(body));
    for (const item of [...brand.getPromoCodeExceptionListItem["200"], ...brand.listPromoCodeExceptionListItems["200"].flatMap((page: Json) => page.ExceptionListItems)]) {
      this.itemsOf(this.items, item.ListId).set(item.Id, structuredClone(item));
    }
    for (const body of [...partner.getPromoCode["200"], ...partner.listPromoCodes["200"].flatMap((page: Json) => page.PromoCodes)]) this.partnerCodes.set(body.Id, structuredClone(body));
    for (const body of partner.getPromoCodeExceptionList["200"]) this.partnerLists.set(body.Id, structuredClone(body));
    for (const item of partner.listPromoCodeExceptionListItems["200"].flatMap((page: Json) => page.PromoCodeExceptionListItems)) {
      this.itemsOf(this.partnerItems, item.ListId).set(item.Id, structuredClone(item));
    }
    for (const [listId, list] of this.lists) list.NumberOfItems = this.items.get(listId)?.size ?? 0;
  }

  itemsOf(map: Map<number, Map<number, Json>>, listId: number): Map<number, Json> {
    let items = map.get(listId);
    if (!items) map.set(listId, (items = new Map()));
    return items;
  }

  id(): number {
    this.nextId += 1;
    return this.nextId;
  }
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

/**
 * The body as text. Past `limit` it keeps reading and discarding up to `drainLimit`
 * bytes, so the client finishes sending and reads the 413; past that it gives up
 * and the connection is closed.
 */
function readBody(request: IncomingMessage, limit: number, drainLimit: number): Promise<string> {
  const tooLarge = (close: boolean) => new HttpError(413, `The request body is larger than ${limit} bytes`, [], close ? { connection: "close" } : {});
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > limit) {
    return discard(request, drainLimit).then((drained) => {
      throw tooLarge(!drained);
    });
  }
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stop();
      chunks.length = 0;
      void discard(request, drainLimit - size).then((drained) => reject(tooLarge(!drained)));
    };
    const onEnd = () => {
      stop();
      try {
        resolve(strictUtf8.decode(Buffer.concat(chunks)));
      } catch {
        reject(new HttpError(400, "The request body is not valid UTF-8", [{ Field: "body", Message: "not valid UTF-8" }]));
      }
    };
    const onAbort = () => {
      stop();
      reject(new HttpError(400, "The request body ended early"));
    };
    const stop = () => {
      request.off("data", onData).off("end", onEnd).off("aborted", onAbort).off("error", onAbort);
    };
    request.on("data", onData).on("end", onEnd).on("aborted", onAbort).on("error", onAbort);
  });
}

/** Reads and throws away the rest of a body; false when more than `limit` bytes were left. */
function discard(request: IncomingMessage, limit: number): Promise<boolean> {
  if (request.complete || request.readableEnded) return Promise.resolve(true);
  return new Promise<boolean>((resolve) => {
    let seen = 0;
    const finish = (drained: boolean) => {
      request.off("data", onData).off("end", onEnd).off("close", onClose).off("error", onClose);
      request.pause();
      resolve(drained);
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > limit) finish(false);
    };
    const onEnd = () => finish(true);
    const onClose = () => finish(false);
    request.on("data", onData).on("end", onEnd).on("close", onClose).on("error", onClose);
    request.resume();
  });
}

/** A percent-encoded URL component, decoded; a broken escape or invalid UTF-8 is the client's error. */
function decodeComponent(text: string, field: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new HttpError(400, `Malformed percent-encoding in ${field}: "${text.slice(0, 100)}" is not valid UTF-8 once decoded`, [{ Field: field, Message: "malformed percent-encoding" }]);
  }
}

/** A query string decoded strictly: URLSearchParams would turn `%ff` into U+FFFD without a word. */
function parseQuery(search: string): Map<string, string[]> {
  const query = new Map<string, string[]>();
  for (const pair of search.replace(/^\?/, "").split("&")) {
    if (pair === "") continue;
    const separator = pair.indexOf("=");
    const rawName = separator < 0 ? pair : pair.slice(0, separator);
    const name = decodeComponent(rawName.replace(/\+/g, " "), "query");
    const value = decodeComponent((separator < 0 ? "" : pair.slice(separator + 1)).replace(/\+/g, " "), name);
    query.set(name, [...(query.get(name) ?? []), value]);
  }
  return query;
}

/** The request target as a URL: origin-form (`/path?query`) or absolute-form; anything else is malformed. */
function requestUrl(target: string): URL {
  try {
    if (target.startsWith("/")) return new URL(`http://mock${target}`);
    if (/^https?:\/\//i.test(target)) return new URL(target);
  } catch {
    // falls through to the 400 below
  }
  throw new HttpError(400, `Malformed request target "${target.slice(0, 100)}": send a path such as /Advertisers/{AccountSID}/PromoCodes`);
}

/** Form encoding parsed strictly: URLSearchParams would quietly accept a broken `%` escape. */
function parseForm(text: string): URLSearchParams {
  for (const [index, pair] of text.split("&").entries()) {
    if (pair === "") continue;
    const bad = /%(?![0-9A-Fa-f]{2})/.exec(pair);
    if (bad) throw new HttpError(400, `Malformed form encoding: a "%" not followed by two hex digits in field ${index + 1}`, [{ Field: "body", Message: "malformed form encoding" }]);
    try {
      for (const part of pair.split("=")) decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      throw new HttpError(400, `Malformed form encoding: field ${index + 1} is not valid UTF-8 once decoded`, [{ Field: "body", Message: "malformed form encoding" }]);
    }
    if (pair.startsWith("=")) throw new HttpError(400, `Malformed form encoding: field ${index + 1} has no name`, [{ Field: "body", Message: "malformed form encoding" }]);
  }
  return new URLSearchParams(text);
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

function matches(value: unknown, wanted: unknown): boolean {
  return wanted === undefined || (Array.isArray(wanted) ? wanted.includes(value) : value === wanted);
}

/** `IR-Version` (header or query parameter) may be left out or name the API's own version; any other is refused, not ignored. */
function checkVersion(api: Api, header: string | string[] | undefined, query: string[] | undefined): void {
  for (const asked of [...(Array.isArray(header) ? header : header === undefined ? [] : [header]), ...(query ?? [])]) {
    if (asked.trim() === api.version) continue;
    throw new HttpError(400, `IR-Version ${asked.slice(0, 20)} is not served here: this is the ${api.name} API version ${api.version}; send IR-Version: ${api.version} or leave it out`, [
      { Field: "IR-Version", Message: `must be ${api.version}` },
    ]);
  }
}

export async function startMockServer(options: MockOptions = {}): Promise<MockServer> {
  const generatedDir = options.generatedDir ?? path.join(ROOT, "generated");
  const apis = ["brand", "partner"].map((name) => loadApi(name, generatedDir));
  const maxBodyBytes = options.maxBodyBytes ?? 1 << 20;
  const maxDrainBytes = options.maxDrainBytes ?? 16 << 20;
  let store = new Store(generatedDir);
  let requestCount = 0;
  let windows = new Map<string, { started: number; count: number }>();
  let roll = random(options.faults?.seed ?? 1);

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

  function authenticate(request: IncomingMessage, sid: string): void {
    const header = request.headers.authorization ?? "";
    const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header);
    const decoded = match ? Buffer.from(match[1]!, "base64").toString("utf8") : "";
    const separator = decoded.indexOf(":");
    const user = decoded.slice(0, separator);
    const token = decoded.slice(separator + 1);
    if (separator < 0 || user !== sid || token === "") {
      throw new HttpError(401, "Authentication failed: send HTTP Basic auth with the account SID of the path and an auth token");
    }
  }

  async function parseRequest(request: IncomingMessage, search: Map<string, string[]>, api: Api, operation: OperationSpec, pathValues: Record<string, string>) {
    const path_: Fields = {};
    const query: Fields = {};
    for (const parameter of operation.parameters) {
      if (parameter.in === "path" && pathValues[parameter.name] !== undefined) {
        path_[parameter.name] = coerceParameter(api.document, parameter.schema, decodeComponent(pathValues[parameter.name]!, parameter.name));
      }
      if (parameter.in === "query") {
        const values = search.get(parameter.name) ?? [];
        if (values.length) query[parameter.name] = coerceParameter(api.document, parameter.schema, values.length === 1 ? values[0]! : values);
      }
    }
    const text = await readBody(request, maxBodyBytes, maxDrainBytes);
    let body: unknown;
    if (text !== "") {
      const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim();
      if (type === "application/json") {
        try {
          body = JSON.parse(text);
        } catch (error) {
          throw new HttpError(400, `Malformed JSON body: ${(error as Error).message}`, [{ Field: "body", Message: "not valid JSON" }]);
        }
      } else if (type === "application/x-www-form-urlencoded") {
        const form = parseForm(text);
        const schema = operation.requestBody?.schema ? resolveLocalRef<Json>(api.document, operation.requestBody.schema) : undefined;
        const fields: Fields = {};
        for (const name of new Set(form.keys())) {
          const values = form.getAll(name);
          fields[name] = coerceParameter(api.document, schema?.properties?.[name], values.length === 1 ? values[0]! : values);
        }
        body = fields;
      } else {
        throw new HttpError(400, `Unsupported Content-Type "${type || "(none)"}": send application/x-www-form-urlencoded or application/json`, [{ Field: "Content-Type", Message: "unsupported" }]);
      }
    }
    return { path: path_, query, body };
  }

  /** The operation's answer, in clean types; the caller turns it into the wire form. */
  function handle(api: Api, operation: OperationSpec, sid: string, requestPath: string, input: { path: Fields; query: Fields; body: unknown }): { status: number; body: unknown } {
    const base = api.name === "brand" ? `/Advertisers/${sid}` : `/Mediapartners/${sid}`;
    const body = (input.body ?? {}) as Json;
    const q = input.query;
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
        store.brandCodes.set(id, {
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
        const code = store.brandCodes.get(input.path.PromoCodeId as number);
        if (!code) throw notFound(`Promo code ${String(input.path.PromoCodeId)}`);
        return { status: 200, body: code };
      }
      case "brand.expirePromoCode": {
        const code = store.brandCodes.get(input.path.PromoCodeId as number);
        if (!code) throw notFound(`Promo code ${String(input.path.PromoCodeId)}`);
        code.State = "INACTIVE";
        code.EndDate = now();
        return { status: 200, body: { Status: "OK", Uri: code.Uri } };
      }
      case "brand.createPromoCodeExceptionList": {
        const id = store.id();
        const uri = `${base}/PromoCodeExceptionLists/${id}`;
        store.lists.set(id, {
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
        const list = store.lists.get(input.path.ListId as number);
        if (!list) throw notFound(`Exception list ${String(input.path.ListId)}`);
        if (operation.method === "GET") return { status: 200, body: list };
        if (body.Name !== undefined) list.Name = body.Name;
        if (body.ActionTrackerId !== undefined) list.ActionTrackers = String(body.ActionTrackerId).split(",").map((tracker) => ({ Id: Number(tracker) }));
        return { status: 200, body: { Status: "OK", Uri: list.Uri } };
      }
      case "brand.listPromoCodeExceptionListItems":
      case "brand.createPromoCodeExceptionListItem":
      case "brand.deleteAllPromoCodeExceptionListItems": {
        const listId = input.path.ListId as number;
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
        items.set(id, { Id: id, Value: body.Value, MatchMode: "EQ", ListId: listId, CreatedDate: now(), Uri: uri });
        list.NumberOfItems = items.size;
        return { status: 200, body: { Status: "OK", Uri: uri } };
      }
      case "brand.getPromoCodeExceptionListItem":
      case "brand.deletePromoCodeExceptionListItem": {
        const listId = input.path.ListId as number;
        const items = store.items.get(listId);
        const item = items?.get(input.path.ItemId as number);
        if (!store.lists.has(listId) || !item) throw notFound(`Item ${String(input.path.ItemId)} of exception list ${listId}`);
        if (operation.method === "GET") return { status: 200, body: item };
        items!.delete(item.Id);
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
        const code = store.partnerCodes.get(input.path.Id as number);
        if (!code) throw notFound(`Promo code ${String(input.path.Id)}`);
        return { status: 200, body: code };
      }
      case "partner.getPromoCodeExceptionList": {
        const list = store.partnerLists.get(input.path.PromoCodeExceptionListId as number);
        if (!list) throw notFound(`Exception list ${String(input.path.PromoCodeExceptionListId)}`);
        return { status: 200, body: list };
      }
      case "partner.listPromoCodeExceptionListItems": {
        const listId = input.path.PromoCodeExceptionListId as number;
        if (!store.partnerLists.has(listId)) throw notFound(`Exception list ${listId}`);
        return { status: 200, body: page(requestPath, q, "PromoCodeExceptionListItems", [...(store.partnerItems.get(listId)?.values() ?? [])]) };
      }
      default:
        throw new HttpError(500, `The mock does not implement ${operation.operationId}`);
    }
  }

  function send(response: ServerResponse, api: Api | undefined, operation: OperationSpec | undefined, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const schema = operation?.responses[String(status)]?.schema;
    const wire = api?.wire && schema ? toWireValue(body, schema as Json, api.document, api.wire) : body;
    const text = JSON.stringify(wire);
    response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
    response.end(text);
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    requestCount += 1;
    let api: Api | undefined;
    let operation: OperationSpec | undefined;
    try {
      const url = requestUrl(request.url ?? "/");
      let sid = "";
      let rest = "";
      api = apis.find((candidate) => {
        const match = candidate.prefix.exec(url.pathname);
        if (match) [, sid = "", rest = ""] = match;
        return match !== null;
      });
      if (!api) throw new HttpError(404, `No API at ${url.pathname}: paths start with /Advertisers/{AccountSID} or /Mediapartners/{AccountSID}`);
      sid = decodeComponent(sid, "AccountSID");
      const search = parseQuery(url.search);
      checkVersion(api, request.headers["ir-version"], search.get("IR-Version"));
      const candidates = api.routes.map((route) => ({ route, match: route.pattern.exec(rest) })).filter((entry) => entry.match);
      if (candidates.length === 0) throw new HttpError(404, `No resource at ${url.pathname}`);
      const found = candidates.find((entry) => entry.route.operation.method === request.method);
      if (!found) throw new HttpError(405, `${request.method} is not allowed on ${url.pathname}`, [], { Allow: candidates.map((entry) => entry.route.operation.method).join(", ") });
      operation = found.route.operation;
      authenticate(request, sid);
      rateLimit(api);
      const faults = options.faults;
      if (faults?.delayMs) await new Promise((resolve) => setTimeout(resolve, faults.delayMs));
      if (faults?.errorRate && roll() < faults.errorRate) {
        const retryAfter: Record<string, string> = faults.retryAfterSeconds === undefined ? {} : { "Retry-After": String(faults.retryAfterSeconds) };
        throw new HttpError(roll() < 0.5 ? 500 : 503, "Injected fault", [], retryAfter);
      }
      const pathValues = Object.fromEntries(found.route.names.map((name, index) => [name, found.match![index + 1]!]));
      const input = await parseRequest(request, search, api, operation, pathValues);
      const issues = api.validators.validateRequest(operation.operationId, input);
      if (issues.length) {
        throw new HttpError(400, "Validation Failed", issues.map((issue) => ({ Field: fieldName(issue), Message: `${issue.rule}: ${issue.message}` })));
      }
      const answer = handle(api, operation, sid, url.pathname, input);
      send(response, api, operation, answer.status, answer.body);
    } catch (error) {
      const failure = error instanceof HttpError ? error : new HttpError(500, `Mock failure: ${(error as Error).message}`);
      // Drain what the client is still sending (bounded), so it reads our answer rather than a reset.
      const drained = await discard(request, maxDrainBytes);
      const errorBody = { Status: "ERROR", Message: failure.message, ...(failure.errors.length ? { Errors: failure.errors } : {}) };
      if (response.headersSent) return void response.destroy();
      const known = operation?.responses[String(failure.status)] ? operation : undefined;
      send(response, known ? api : undefined, known, failure.status, errorBody, drained ? failure.headers : { ...failure.headers, connection: "close" });
      if (!drained) response.once("finish", () => request.socket.destroy());
    }
  }

  const server: Server = createServer((request, response) => {
    serve(request, response).catch(() => response.destroy());
  });
  // A request Node's parser refuses (a bad request line, a bad header) gets impact.com's error body too, not a bare close.
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === "ECONNRESET") return void socket.destroy();
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    const text = JSON.stringify({ Status: "ERROR", Message: `Malformed HTTP request: ${error.code ?? "unparseable"} (${(error as { reason?: string }).reason ?? error.message})` });
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    port,
    get requestCount() {
      return requestCount;
    },
    reset() {
      store = new Store(generatedDir);
      requestCount = 0;
      windows = new Map();
      roll = random(options.faults?.seed ?? 1);
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
