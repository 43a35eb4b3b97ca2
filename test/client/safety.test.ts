// The client against a hostile or broken server and careless options: credentials
// never leave the configured origin, a path parameter cannot widen an operation,
// answers and page sequences are bounded, odd keys stay data, and a wrong option
// fails at construction. Each test fails without the fix it guards.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ApiPaginationError,
  ApiRequestError,
  ApiResponseTooLargeError,
  ApiStatusError,
  CLIENT_DEFAULTS,
  createBrandClient,
  KEPT_BODY_LENGTH,
} from "../../generated/brand/index.js";
import { createPartnerClient } from "../../generated/partner/index.js";
import { startWireServer, type WireServer } from "./wire-server.js";

const SID = "IRtestAccount123";
const TOKEN = "tok_SECRET_never_show_me_42";
const BRAND = `/Advertisers/${SID}`;

let server: WireServer;
beforeEach(async () => {
  server = await startWireServer();
});
afterEach(async () => {
  await server.close();
});

const brand = (options: Partial<Parameters<typeof createBrandClient>[0]> = {}) =>
  createBrandClient({ accountSid: SID, authToken: TOKEN, baseUrl: server.origin, maxRetries: 0, ...options });

/** A second host that records every request it gets: where leaked credentials would land. */
async function startRecorder(): Promise<{ origin: string; host: string; received: IncomingMessage["headers"][]; close(): Promise<void> }> {
  const received: IncomingMessage["headers"][] = [];
  const recorder: Server = createServer((request, response) => {
    received.push(request.headers);
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ "@nextpageuri": "", ExceptionListItems: [] }));
  });
  await new Promise<void>((resolve) => recorder.listen(0, "127.0.0.1", resolve));
  const { port } = recorder.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => recorder.close(() => resolve())),
  };
}

const listPage = (next: string, ids: string[] = ["1"]) => ({
  "@page": "1",
  "@nextpageuri": next,
  ExceptionListItems: ids.map((id) => ({ Id: id, Value: `CODE${id}`, ListId: "1", Uri: `/i/${id}`, MatchMode: "EQ" })),
});

async function drain(iterable: AsyncIterable<unknown>): Promise<{ items: unknown[]; error: unknown }> {
  const items: unknown[] = [];
  try {
    for await (const item of iterable) items.push(item);
    return { items, error: undefined };
  } catch (error) {
    return { items, error };
  }
}

describe("paging never sends credentials off-origin", () => {
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  beforeEach(async () => {
    recorder = await startRecorder();
  });
  afterEach(async () => {
    await recorder.close();
  });

  it.each([
    ["an absolute URL on another host", () => `${recorder.origin}${BRAND}/PromoCodeExceptionLists/1/Items?Page=2`],
    ["a scheme-relative URL", () => `//${recorder.host}${BRAND}/PromoCodeExceptionLists/1/Items?Page=2`],
    ["a backslash URL that browsers and fetch read as another host", () => `/\\${recorder.host}${BRAND}/PromoCodeExceptionLists/1/Items?Page=2`],
    ["a path that climbs out of the API", () => `${BRAND}/../../Mediapartners/other/PromoCodes`],
    ["a percent-encoded climb", () => `${BRAND}/%2e%2e/%2e%2e/elsewhere`],
    ["the same host with credentials in the URL", () => `${server.origin.replace("//", "//user:pass@")}${BRAND}/PromoCodeExceptionLists/1/Items?Page=2`],
    ["another API's path on the same host", () => `/Mediapartners/${SID}/PromoCodes?Page=2`],
  ])("refuses %s with a typed error naming it", async (_name, next) => {
    const uri = next();
    server.on("GET", `${BRAND}/PromoCodeExceptionLists/1/Items`, () => ({ status: 200, body: listPage(uri) }));
    const { items, error } = await drain(brand().paginate("listPromoCodeExceptionListItems", { path: { ListId: 1 } }));
    expect(items).toHaveLength(1);
    expect(error).toBeInstanceOf(ApiPaginationError);
    expect((error as ApiPaginationError).nextPageUri).toBe(uri);
    expect((error as Error).message).toContain("outside");
    expect(recorder.received).toEqual([]);
    expect(server.received).toHaveLength(1);
  });

  it("follows a next page on its own origin, given as a path or as an absolute URL", async () => {
    server.on("GET", `${BRAND}/PromoCodeExceptionLists/1/Items`, (request) => {
      const page = new URL(request.url, "http://x").searchParams.get("Page");
      if (page === null) return { status: 200, body: listPage(`${BRAND}/PromoCodeExceptionLists/1/Items?Page=2`, ["1"]) };
      if (page === "2") return { status: 200, body: listPage(`${server.origin}${BRAND}/PromoCodeExceptionLists/1/Items?Page=3`, ["2"]) };
      return { status: 200, body: listPage("", ["3"]) };
    });
    const { items, error } = await drain(brand().paginate("listPromoCodeExceptionListItems", { path: { ListId: 1 } }));
    expect(error).toBeUndefined();
    expect(items.map((item) => (item as { Id: number }).Id)).toEqual([1, 2, 3]);
  });

  it("keeps a proxy's path prefix for next pages given as paths", async () => {
    server.on("GET", `/proxy${BRAND}/PromoCodeExceptionLists/1/Items`, (request) => {
      const page = new URL(request.url, "http://x").searchParams.get("Page");
      return { status: 200, body: listPage(page === null ? `${BRAND}/PromoCodeExceptionLists/1/Items?Page=2` : "", [page ?? "1"]) };
    });
    const { items, error } = await drain(brand({ baseUrl: `${server.origin}/proxy` }).paginate("listPromoCodeExceptionListItems", { path: { ListId: 1 } }));
    expect(error).toBeUndefined();
    expect(items).toHaveLength(2);
    expect(server.received.map((request) => request.url)).toEqual([`/proxy${BRAND}/PromoCodeExceptionLists/1/Items`, `/proxy${BRAND}/PromoCodeExceptionLists/1/Items?Page=2`]);
  });

  it("stops past maxPages when every page names a new next page", async () => {
    server.on("GET", `${BRAND}/PromoCodeExceptionLists/1/Items`, (_request, count) => ({
      status: 200,
      body: listPage(`${BRAND}/PromoCodeExceptionLists/1/Items?Page=${count + 1}`, [String(count)]),
    }));
    const { items, error } = await drain(brand({ maxPages: 5 }).paginate("listPromoCodeExceptionListItems", { path: { ListId: 1 } }));
    expect(error).toBeInstanceOf(ApiPaginationError);
    expect((error as Error).message).toMatch(/more than maxPages \(5\) pages/);
    expect(items).toHaveLength(5);
    expect(server.received).toHaveLength(5);
  });

  it("has a documented default page limit", () => {
    expect(brand().options.maxPages).toBe(CLIENT_DEFAULTS.maxPages);
    expect(CLIENT_DEFAULTS.maxPages).toBe(1000);
  });
});

describe("path parameters cannot change the operation", () => {
  it.each([
    ["an empty string", ""],
    ["a dot", "."],
    ["two dots", ".."],
    ["a non-integer id", "7 OR 1=1"],
    ["a fraction", 1.5],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["an object", { id: 1 }],
    ["nothing", undefined],
  ])("refuses %s before any request", async (_name, value) => {
    const error = await brand()
      .deletePromoCodeExceptionListItem({ path: { ListId: 1, ItemId: value as number } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as ApiRequestError).parameter).toBe("ItemId");
    expect((error as Error).message).toMatch(/^DELETE \/PromoCodeExceptionLists\/\{ListId\}\/Items\/\{ItemId\} not sent: path parameter ItemId /);
    expect(server.received).toEqual([]);
  });

  it("encodes what it sends: a slash in a string id stays inside its segment", async () => {
    const partner = createPartnerClient({ accountSid: SID, authToken: TOKEN, baseUrl: server.origin, maxRetries: 0 });
    server.on("GET", `/Mediapartners/${SID}/PromoCodes/7`, () => ({ status: 404, body: { Status: "ERROR", Message: "nope" } }));
    await partner.getPromoCode({ path: { Id: 7 } }).catch(() => undefined);
    await brand().getPromoCode({ path: { PromoCodeId: "12" as unknown as number } }).catch(() => undefined);
    expect(server.received.map((request) => request.url)).toEqual([`/Mediapartners/${SID}/PromoCodes/7`, `${BRAND}/PromoCodes/12`]);
  });

  it("refuses a per-call header that fetch could not send, without sending or retrying", async () => {
    const error = await brand({ maxRetries: 2 })
      .getPromoCode({ path: { PromoCodeId: 1 }, headers: { "X-Trace": "a\r\nX-Injected: 1" } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as Error).message).toMatch(/not sent: header X-Trace must not contain CR, LF or NUL/);
    expect(server.received).toEqual([]);
    expect(() => createBrandClient({ accountSid: SID, authToken: TOKEN, headers: { "Bad Name": "x" } })).toThrow(/header "Bad Name" is not a valid header name/);
  });

  it.each([".", ".."])("refuses an account SID of %j", (accountSid) => {
    expect(() => createBrandClient({ accountSid, authToken: TOKEN })).toThrow(/`accountSid` must be an account SID, not "\.{1,2}"/);
  });
});

describe("answers are bounded", () => {
  it("a body larger than maxResponseBytes is refused, not retried, and not read on", async () => {
    let sentBytes = 0;
    let attempts = 0;
    const endless: Server = createServer((_request, response) => {
      attempts += 1;
      response.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!response.destroyed && sentBytes < 64 * 1024 * 1024) {
          sentBytes += chunk.length;
          if (!response.write(chunk)) return void response.once("drain", pump);
        }
        response.end();
      };
      pump();
    });
    await new Promise<void>((resolve) => endless.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(endless.address() as AddressInfo).port}`;
    try {
      const error = await createBrandClient({ accountSid: SID, authToken: TOKEN, baseUrl: origin, maxRetries: 2, maxResponseBytes: 1024 * 1024 })
        .getPromoCode({ path: { PromoCodeId: 1 } })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ApiResponseTooLargeError);
      expect((error as ApiResponseTooLargeError).limitBytes).toBe(1024 * 1024);
      expect(attempts).toBe(1);
      // It stopped reading: the server could not push the whole 64 MiB through.
      expect(sentBytes).toBeLessThan(32 * 1024 * 1024);
    } finally {
      endless.closeAllConnections();
      await new Promise<void>((resolve) => endless.close(() => resolve()));
    }
  });

  it("a declared Content-Length over the limit is refused before reading", async () => {
    server.on("GET", `${BRAND}/PromoCodes/1`, () => ({ status: 200, raw: JSON.stringify({ pad: "x".repeat(5000) }) }));
    const error = await brand({ maxResponseBytes: 1000 }).getPromoCode({ path: { PromoCodeId: 1 } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiResponseTooLargeError);
  });

  it("an error keeps only the start of a large body", async () => {
    const big = JSON.stringify({ Status: "ERROR", Message: "Broken", Detail: "y".repeat(200_000) });
    server.on("GET", `${BRAND}/PromoCodes/1`, () => ({ status: 400, raw: big }));
    const error = (await brand().getPromoCode({ path: { PromoCodeId: 1 } }).catch((caught: unknown) => caught)) as ApiStatusError;
    expect(error).toBeInstanceOf(ApiStatusError);
    expect(error.apiMessage).toBe("Broken");
    expect(error.rawBody).toHaveLength(KEPT_BODY_LENGTH);
    expect(error.body).toBeUndefined();
    expect(error.message.length).toBeLessThan(2_200);
  });

  it("has a documented default response limit", () => {
    expect(brand().options.maxResponseBytes).toBe(16 * 1024 * 1024);
  });
});

describe("odd keys in an answer stay data", () => {
  it("keys named __proto__, constructor and toString neither throw nor touch the prototype", async () => {
    const raw = `{"Id":"5","Code":"A","Type":"LI","CreditPolicy":"ALWAYS","CampaignId":"1","AssignedPartnerId":"2","CreatedDate":"2026-01-01T00:00:00Z","State":"ACTIVE","Uri":"/x","__proto__":{"polluted":"yes"},"constructor":{"prototype":{}},"toString":{"a":1}}`;
    server.on("GET", `${BRAND}/PromoCodes/5`, () => ({ status: 200, raw }));
    const code = (await brand().getPromoCode({ path: { PromoCodeId: 5 } })) as unknown as Record<string, unknown>;
    expect(code.Id).toBe(5);
    expect(Object.getPrototypeOf(code)).toBe(Object.prototype);
    expect(Object.hasOwn(code, "__proto__")).toBe(true);
    expect(code.constructor).toEqual({ prototype: {} });
    expect((code as { polluted?: string }).polluted).toBeUndefined();
    expect(({} as { polluted?: string }).polluted).toBeUndefined();
  });
});

describe("options are checked when the client is made", () => {
  it.each([
    ["timeoutMs", Number.POSITIVE_INFINITY, /`timeoutMs` must be an integer from 1 to 2147483647, not Infinity/],
    ["timeoutMs", 2 ** 31, /`timeoutMs` must be an integer/],
    ["timeoutMs", 0, /`timeoutMs` must be an integer/],
    ["maxRetryDelayMs", Number.POSITIVE_INFINITY, /`maxRetryDelayMs` must be an integer from 0 to 2147483647, not Infinity/],
    ["maxRetries", -1, /`maxRetries` must be an integer from 0 to 100/],
    ["maxRetries", 1.5, /`maxRetries`/],
    ["maxResponseBytes", 0, /`maxResponseBytes`/],
    ["maxPages", Number.NaN, /`maxPages` must be an integer/],
    ["baseUrl", "ftp://example.com", /`baseUrl` must be an http\(s\) URL without credentials, query or fragment, not "ftp:/],
    ["baseUrl", "not a url", /`baseUrl` must be an http\(s\) URL/],
    ["baseUrl", "https://user:pw@example.com", /without credentials/],
    ["apiVersion", "14\r\nX-Evil: 1", /`apiVersion` must be a version/],
  ])("%s = %s is refused with a clear message", (name, value, message) => {
    expect(() => createBrandClient({ accountSid: SID, authToken: TOKEN, [name]: value })).toThrow(message);
  });
});

describe("the API version is pinned", () => {
  it("each API sends its own IR-Version on every request; an option overrides it", async () => {
    server.on("GET", `${BRAND}/PromoCodes/1`, () => ({ status: 404, body: { Status: "ERROR", Message: "nope" } }));
    server.on("GET", `/Mediapartners/${SID}/PromoCodes/1`, () => ({ status: 404, body: { Status: "ERROR", Message: "nope" } }));
    await brand().getPromoCode({ path: { PromoCodeId: 1 } }).catch(() => undefined);
    await createPartnerClient({ accountSid: SID, authToken: TOKEN, baseUrl: server.origin, maxRetries: 0 }).getPromoCode({ path: { Id: 1 } }).catch(() => undefined);
    await brand({ apiVersion: "15" }).getPromoCode({ path: { PromoCodeId: 1 } }).catch(() => undefined);
    expect(server.received.map((request) => request.headers["ir-version"])).toEqual(["14", "16", "15"]);
    expect(brand().options.apiVersion).toBe("14");
  });
});
