import { readFile } from "node:fs/promises";
import path from "node:path";
import assert from "node:assert/strict";
import { inspect, types } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ApiConnectionError,
  ApiPaginationError,
  ApiResponseFormatError,
  ApiStatusError,
  ApiTimeoutError,
  ApiUserAbortError,
  AuthenticationError,
  BadRequestError,
  createBrandClient,
  createBrandCore,
  getPromoCode,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "../../generated/brand/index.js";
import { createPartnerClient } from "../../generated/partner/index.js";
import { PROJECT_ROOT } from "../support/project.js";
import { startWireServer, type WireServer } from "./wire-server.js";

const SID = "IRtestAccount123";
const TOKEN = "tok_SECRET_never_show_me_42";
const BRAND = `/Advertisers/${SID}`;
const PARTNER = `/Mediapartners/${SID}`;

let server: WireServer;
beforeEach(async () => {
  server = await startWireServer();
});
afterEach(async () => {
  await server.close();
});

const brand = (options: Partial<Parameters<typeof createBrandClient>[0]> = {}) =>
  createBrandClient({ accountSid: SID, authToken: TOKEN, baseUrl: server.origin, ...options });

async function seed(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(PROJECT_ROOT, "spec/wire-examples", file), "utf8")) as Record<string, unknown>;
}

describe("requests", () => {
  it("send Basic auth, Accept: application/json, and the account SID in the path", async () => {
    server.on("GET", `${BRAND}/PromoCodes/7777777`, () => ({ status: 200, body: { Id: "7777777", Code: "A", Type: "LI", CreditPolicy: "ALWAYS", CampaignId: "1", AssignedPartnerId: "2", CreatedDate: "2026-01-01T00:00:00Z", State: "ACTIVE", Uri: "/x" } }));
    await brand().getPromoCode({ path: { PromoCodeId: 7777777 } });
    const [request] = server.received;
    expect(request!.headers.accept).toBe("application/json");
    expect(Buffer.from(request!.headers.authorization!.replace(/^Basic /, ""), "base64").toString()).toBe(`${SID}:${TOKEN}`);
  });

  it("send bodies form-encoded, as the spec documents them", async () => {
    server.on("POST", `${BRAND}/PromoCodes`, () => ({ status: 200, body: { Status: "OK", Uri: `${BRAND}/PromoCodes/1` } }));
    const result = await brand().createPromoCode({ body: { AssignedPartnerId: 10000, CampaignId: 1000, CreditPolicy: "ALWAYS", Code: "Acme 20%", Type: "LI" } });
    expect(result).toEqual({ Status: "OK", Uri: `${BRAND}/PromoCodes/1` });
    const [request] = server.received;
    expect(request!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(request!.body))).toEqual({
      AssignedPartnerId: "10000",
      CampaignId: "1000",
      CreditPolicy: "ALWAYS",
      Code: "Acme 20%",
      Type: "LI",
    });
  });

  it("encode array filters as the spec's one setting says (repeated keys)", async () => {
    server.on("GET", `${PARTNER}/PromoCodes`, () => ({ status: 200, body: { "@page": "1", "@numpages": "1", "@pagesize": "100", "@total": "0", "@start": "0", "@end": "0", "@uri": "/x", "@nextpageuri": "", PromoCodes: [] } }));
    const partner = createPartnerClient({ accountSid: SID, authToken: TOKEN, baseUrl: server.origin });
    await partner.listPromoCodes({ query: { ProgramId: [6554, 9786], CreditRule: ["ALWAYS"], PageSize: 50 } });
    expect(new URL(server.received[0]!.url, server.origin).search).toBe("?ProgramId=6554&ProgramId=9786&CreditRule=ALWAYS&PageSize=50");
  });
});

describe("operation functions", () => {
  it("call the same operations as the client's methods, one import each", async () => {
    server.on("GET", `${BRAND}/PromoCodes/7777777`, () => ({ status: 200, body: { Id: "7777777", Code: "A", Type: "li", CreditPolicy: "ALWAYS", CampaignId: "1", AssignedPartnerId: "2", CreatedDate: "2026-01-01T00:00:00Z", State: "ACTIVE", Uri: "/x" } }));
    const core = createBrandCore({ accountSid: SID, authToken: TOKEN, baseUrl: server.origin });
    const code = await getPromoCode(core, { path: { PromoCodeId: 7777777 } });
    expect(code).toMatchObject({ Id: 7777777, Type: "LI", CampaignId: 1 });
    expect(server.received[0]!.url).toBe(`${BRAND}/PromoCodes/7777777`);
  });
});

describe("results", () => {
  it("are the documented types, whatever the wire spelled (seed 004 exactly as documented)", async () => {
    const wire = await seed("PromoCode.deal-products.json");
    server.on("GET", `${BRAND}/PromoCodes/7777777`, () => ({ status: 200, body: wire }));
    const code = await brand().getPromoCode({ path: { PromoCodeId: 7777777 } });
    expect(code.Id).toBe(7777777);
    expect(code.CampaignId).toBe(1000);
    expect(code.DealId).toBe(3);
    expect(code.SynchAdsPromoCodes).toBe(false);
    expect(code.DiscountAmount).toBe(5);
    expect(code.DealProducts?.[0]?.ProductBeforePriceAmount).toBe(50);
    expect(code).not.toHaveProperty("EndDate");
    expect(code).not.toHaveProperty("DiscountPercent");
    expect(code.StartDate).toBe("2020-12-11T10:10:07-08:00");
  });

  it("carry enum values in their documented spelling", async () => {
    const wire = await seed("PromoCode.bogo.json");
    server.on("GET", `${BRAND}/PromoCodes/7777777`, () => ({ status: 200, body: wire }));
    const code = await brand().getPromoCode({ path: { PromoCodeId: 7777777 } });
    expect(code.BogoGetScope).toBe("PRODUCT");
    expect(code.BogoGetDiscountType).toBe("AMOUNT");
    expect(code.PurchaseLimitQuantity).toBe(4);
  });

  it("keep the raw response and body reachable", async () => {
    const wire = await seed("PromoCode.deal-category.json");
    server.on("GET", `${BRAND}/PromoCodes/7777777`, () => ({ status: 200, body: wire, headers: { "x-request-id": "abc" } }));
    const { data, response, rawBody } = await brand().getPromoCode({ path: { PromoCodeId: 7777777 } }).withResponse();
    expect(data.Id).toBe(7777777);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("abc");
    expect(JSON.parse(rawBody)).toEqual(wire);
  });

  it("keep keys the spec does not document, as sent", async () => {
    const list = await seed("PromoCodeList.partner-seed.json");
    server.on("GET", `${PARTNER}/PromoCodes`, () => ({ status: 200, body: list }));
    const page = await createPartnerClient({ accountSid: SID, authToken: TOKEN, baseUrl: server.origin }).listPromoCodes();
    expect(page.PromoCodes[1]).toMatchObject({ Id: 3470, LI: "TRUE" });
    expect(page).not.toHaveProperty("@nextpageuri");
  });
});

describe("a call's promise", () => {
  it("is a real Promise: instanceof, assert.rejects, Promise.all, finally, and derived promises are plain", async () => {
    server.on("GET", `${BRAND}/PromoCodes/7777777`, () => ({ status: 200, body: { Id: "7777777", Code: "A", Type: "LI", CreditPolicy: "ALWAYS", CampaignId: "1", AssignedPartnerId: "2", CreatedDate: "2026-01-01T00:00:00Z", State: "ACTIVE", Uri: "/x" } }));
    server.on("GET", `${BRAND}/PromoCodes/1`, () => ({ status: 404, body: { Status: "ERROR", Message: "not found" } }));
    const found = brand().getPromoCode({ path: { PromoCodeId: 7777777 } });
    expect(found).toBeInstanceOf(Promise);
    expect(types.isPromise(found)).toBe(true);
    expect(Object.prototype.toString.call(found)).toBe("[object Promise]");
    await assert.rejects(brand({ maxRetries: 0 }).getPromoCode({ path: { PromoCodeId: 1 } }), NotFoundError);
    const [first, second] = await Promise.all([found, brand().getPromoCode({ path: { PromoCodeId: 7777777 } })]);
    expect([first.Id, second.Id]).toEqual([7777777, 7777777]);
    let settled = false;
    const derived = found.finally(() => (settled = true));
    expect(derived.constructor).toBe(Promise);
    expect((await derived).Code).toBe("A");
    expect(settled).toBe(true);
    expect(await Promise.resolve(found)).toBe(first);
  });

  it("reads the data only when awaited: a failed call used only through withResponse() leaves no second rejection unheard", async () => {
    server.on("GET", `${BRAND}/PromoCodes/1`, () => ({ status: 404, body: { Status: "ERROR", Message: "not found" } }));
    const unheard: unknown[] = [];
    const listen = (reason: unknown) => unheard.push(reason);
    process.on("unhandledRejection", listen);
    try {
      await expect(brand({ maxRetries: 0 }).getPromoCode({ path: { PromoCodeId: 1 } }).withResponse()).rejects.toBeInstanceOf(NotFoundError);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unheard).toEqual([]);
    } finally {
      process.off("unhandledRejection", listen);
    }
  });
});

describe("errors", () => {
  const statusCases: Array<[number, new (...args: never[]) => ApiStatusError]> = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [402, ApiStatusError],
  ];
  it.each(statusCases.map(([status, Class]) => ({ status, Class, name: Class.name })))("a $status is a $name carrying status, impact.com's body, method and URL", async ({ status, Class }) => {
    server.on("GET", `${BRAND}/PromoCodeExceptionLists/99999`, () => ({
      status,
      body: { Status: "ERROR", Message: "Validation Failed", Errors: [{ Field: "ListId", Message: "Not a numeric value" }] },
    }));
    const error = await brand({ maxRetries: 0 }).getPromoCodeExceptionList({ path: { ListId: 99999 } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Class);
    const statusError = error as ApiStatusError;
    expect(statusError.status).toBe(status);
    expect(statusError.method).toBe("GET");
    expect(statusError.url).toBe(`${server.origin}${BRAND}/PromoCodeExceptionLists/99999`);
    expect(statusError.apiMessage).toBe("Validation Failed");
    expect(statusError.errors).toEqual([{ field: "ListId", message: "Not a numeric value" }]);
    expect(statusError.message).toBe(`GET ${statusError.url} answered ${status}: Validation Failed; ListId: Not a numeric value`);
  });

  it("a 429 carries the rate-limit figures of either API's headers", async () => {
    server.on("GET", `${PARTNER}/PromoCodes/1`, () => ({
      status: 429,
      headers: { "X-RateLimit-Limit-hour": "1000", "X-RateLimit-Remaining-hour": "0", "RateLimit-Reset": "1800", "Retry-After": "1800" },
      body: { Status: "ERROR", Message: "Rate limit exceeded" },
    }));
    const partner = createPartnerClient({ accountSid: SID, authToken: TOKEN, baseUrl: server.origin, maxRetries: 0 });
    const error = (await partner.getPromoCode({ path: { Id: 1 } }).catch((caught: unknown) => caught)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.rateLimit).toEqual({ limit: 1000, remaining: 0, resetSeconds: 1800, retryAfterSeconds: 1800 });
    expect(error.headers.get("retry-after")).toBe("1800");
  });

  it.each([
    ["an XML body", `<?xml version="1.0"?><PromoCode><Id>7</Id></PromoCode>`, "text/xml", /answered 200 with a body that is not JSON \(text\/xml.*the body starts "<\?xml version/],
    ["an HTML page", "<html><body>Bad gateway</body></html>", "text/html", /not JSON \(text\/html.*starts "<html><body>Bad gateway/],
    ["an empty body", "", "application/json", /an empty body where JSON was expected/],
    ["a truncated body", '{"Id": "7777777", "Code": "Acm', "application/json", /not valid JSON .*starts "{\\"Id\\": \\"7777777\\", \\"Code\\": \\"Acm"/],
  ])("%s on success is a clear error quoting its start, not a JSON parse exception", async (_name, raw, type, message) => {
    server.on("GET", `${BRAND}/PromoCodes/7`, () => ({ status: 200, raw, headers: { "content-type": type } }));
    const error = await brand().getPromoCode({ path: { PromoCodeId: 7 } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiResponseFormatError);
    expect((error as Error).message).toMatch(message);
    expect(error).not.toBeInstanceOf(SyntaxError);
  });

  it("an HTML error page keeps its status class and quotes the page", async () => {
    server.on("GET", `${BRAND}/PromoCodes/7`, () => ({ status: 502, raw: "<html>502 Bad Gateway</html>", headers: { "content-type": "text/html" } }));
    const error = (await brand({ maxRetries: 0 }).getPromoCode({ path: { PromoCodeId: 7 } }).catch((caught: unknown) => caught)) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toMatch(/answered 502: a body that is not impact\.com's JSON error: "<html>502 Bad Gateway<\/html>"/);
  });

  it("a refused connection is an ApiConnectionError", async () => {
    const origin = server.origin;
    await server.close();
    const error = await createBrandClient({ accountSid: SID, authToken: TOKEN, baseUrl: origin, maxRetries: 0 }).listPromoCodes().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect((error as Error).message).toMatch(new RegExp(`GET ${origin}/Advertisers/${SID}/PromoCodes failed: could not connect`));
    server = await startWireServer(); // for afterEach
  });
});

describe("retries", () => {
  it("a 429 with Retry-After is waited out, then retried to success", async () => {
    server.on("GET", `${BRAND}/PromoCodeExceptionLists/1/Items/2`, (_request, count) =>
      count === 1
        ? { status: 429, headers: { "Retry-After": "1" }, body: { Status: "ERROR", Message: "Rate limit exceeded" } }
        : { status: 200, body: { Id: "2", Value: "SUMMER", ListId: "1", Uri: "/x", MatchMode: "eq" } },
    );
    const started = performance.now();
    const item = await brand().getPromoCodeExceptionListItem({ path: { ListId: 1, ItemId: 2 } });
    expect(item).toEqual({ Id: 2, Value: "SUMMER", ListId: 1, Uri: "/x", MatchMode: "EQ" });
    expect(server.received).toHaveLength(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("a 503 twice, then success: three attempts for an idempotent method", async () => {
    server.on("DELETE", `${BRAND}/PromoCodes/5`, (_request, count) =>
      count < 3 ? { status: 503, body: { Status: "ERROR", Message: "Unavailable" } } : { status: 200, body: { Status: "OK" } },
    );
    expect(await brand().expirePromoCode({ path: { PromoCodeId: 5 } })).toEqual({ Status: "OK" });
    expect(server.received.map((request) => request.method)).toEqual(["DELETE", "DELETE", "DELETE"]);
  });

  it("gives up after maxRetries and throws the last error", async () => {
    server.on("GET", `${BRAND}/PromoCodes/5`, () => ({ status: 503, headers: { "Retry-After": "0" }, body: { Status: "ERROR", Message: "Unavailable" } }));
    const error = await brand({ maxRetries: 1 }).getPromoCode({ path: { PromoCodeId: 5 } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.received).toHaveLength(2);
  });

  it("a POST that gets a 503 is not retried", async () => {
    server.on("POST", `${BRAND}/PromoCodeExceptionLists`, () => ({ status: 503, body: { Status: "ERROR", Message: "Unavailable" } }));
    const error = await brand().createPromoCodeExceptionList({ body: { ActionTrackerId: "18500", CampaignId: 1000, Name: "L" } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.received).toHaveLength(1);
  });

  it("a 400 is not retried", async () => {
    server.on("GET", `${BRAND}/PromoCodes`, () => ({ status: 400, body: { Status: "ERROR", Message: "Bad" } }));
    await expect(brand().listPromoCodes()).rejects.toBeInstanceOf(BadRequestError);
    expect(server.received).toHaveLength(1);
  });

  it("caps what the server asks to wait at maxRetryDelayMs", async () => {
    server.on("GET", `${BRAND}/PromoCodes/9`, (_request, count) =>
      count === 1 ? { status: 429, headers: { "X-RateLimit-Reset": "3600" }, body: { Status: "ERROR", Message: "Slow down" } } : { status: 200, raw: '{"Status":"OK"}' },
    );
    const started = performance.now();
    await brand({ maxRetryDelayMs: 100 }).getPromoCode({ path: { PromoCodeId: 9 } });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(server.received).toHaveLength(2);
  });
});

describe("timeouts and aborts", () => {
  it("a hung response times out per attempt, and each attempt is retried", async () => {
    server.on("GET", `${BRAND}/PromoCodes`, () => ({ hang: true }));
    const started = performance.now();
    const error = await brand({ timeoutMs: 150, maxRetries: 1 }).listPromoCodes().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect((error as Error).message).toBe(`GET ${server.origin}${BRAND}/PromoCodes timed out after 150 ms`);
    expect(server.received).toHaveLength(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
  });

  it("the caller's AbortSignal stops a call in flight", async () => {
    server.on("GET", `${BRAND}/PromoCodes`, () => ({ hang: true }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await brand().listPromoCodes({ signal: controller.signal }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiUserAbortError);
    expect(server.received).toHaveLength(1);
  });

  it("the caller's AbortSignal stops the wait between retries", async () => {
    server.on("GET", `${BRAND}/PromoCodes`, () => ({ status: 429, headers: { "Retry-After": "30" }, body: { Status: "ERROR", Message: "Wait" } }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    await expect(brand().listPromoCodes({ signal: controller.signal })).rejects.toBeInstanceOf(ApiUserAbortError);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe("paging", () => {
  const page = (number: number, items: string[], next: string) => ({
    "@page": String(number),
    "@numpages": "3",
    "@pagesize": "2",
    "@total": "5",
    "@start": String((number - 1) * 2),
    "@end": String((number - 1) * 2 + items.length - 1),
    "@uri": `${BRAND}/PromoCodeExceptionLists/1/Items?Page=${number}`,
    "@nextpageuri": next,
    ExceptionListItems: items.map((id) => ({ Id: id, Value: `CODE${id}`, ListId: "1", Uri: `/i/${id}`, MatchMode: "EQ", Name: "" })),
  });

  it("follows @nextpageuri through three pages, one page at a time", async () => {
    server.on("GET", `${BRAND}/PromoCodeExceptionLists/1/Items`, (request) => {
      const number = Number(new URL(request.url, "http://x").searchParams.get("Page") ?? "1");
      const next = number < 3 ? `${BRAND}/PromoCodeExceptionLists/1/Items?Page=${number + 1}&PageSize=2` : "";
      return { status: 200, body: page(number, number < 3 ? [String(number * 2 - 1), String(number * 2)] : ["5"], next) };
    });
    const seen: Array<{ Id: number; requestsSoFar: number }> = [];
    for await (const item of brand().paginate("listPromoCodeExceptionListItems", { path: { ListId: 1 }, query: { PageSize: 50 } })) {
      seen.push({ Id: item.Id, requestsSoFar: server.received.length });
      expect(item).not.toHaveProperty("Name");
    }
    expect(seen.map((entry) => entry.Id)).toEqual([1, 2, 3, 4, 5]);
    expect(seen.map((entry) => entry.requestsSoFar)).toEqual([1, 1, 2, 2, 3]);
    expect(server.received.map((request) => request.url)).toEqual([
      `${BRAND}/PromoCodeExceptionLists/1/Items?PageSize=50`,
      `${BRAND}/PromoCodeExceptionLists/1/Items?Page=2&PageSize=2`,
      `${BRAND}/PromoCodeExceptionLists/1/Items?Page=3&PageSize=2`,
    ]);
  });

  it("stops instead of looping when a server repeats a next page", async () => {
    server.on("GET", `${BRAND}/PromoCodeExceptionLists/1/Items`, () => ({ status: 200, body: page(1, ["1"], `${BRAND}/PromoCodeExceptionLists/1/Items?Page=2`) }));
    const items: unknown[] = [];
    const error = await (async () => {
      for await (const item of brand().paginate("listPromoCodeExceptionListItems", { path: { ListId: 1 } })) items.push(item);
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiPaginationError);
    expect((error as Error).message).toMatch(/the server sent a next page it had already sent/);
    expect(items).toHaveLength(2);
  });
});

describe("the auth token", () => {
  it("appears in no error message, inspection or serialization", async () => {
    server.on("GET", `${BRAND}/PromoCodes/1`, () => ({ status: 401, body: { Status: "ERROR", Message: "Authentication failed" } }));
    const options = { accountSid: SID, authToken: TOKEN, baseUrl: server.origin, maxRetries: 0 };
    const client = createBrandClient(options);
    const error = await client.getPromoCode({ path: { PromoCodeId: 1 } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    const views = [
      JSON.stringify(client),
      inspect(client, { depth: 10, showHidden: true }),
      JSON.stringify(client.options),
      inspect(client.options, { depth: 10, showHidden: true }),
      String(error),
      (error as Error).stack ?? "",
      inspect(error, { depth: 10, showHidden: true }),
      JSON.stringify(error),
    ];
    for (const view of views) {
      expect(view).not.toContain(TOKEN);
      expect(view).not.toContain(Buffer.from(`${SID}:${TOKEN}`).toString("base64"));
    }
    expect(client.options).toMatchObject({ accountSid: SID, baseUrl: server.origin, maxRetries: 0 });
  });

  it("is required, with a clear message", () => {
    expect(() => createBrandClient({ accountSid: SID, authToken: "" })).toThrow("`authToken` is required");
  });
});
