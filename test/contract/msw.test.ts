// The generated MSW handlers in Node (msw/node), used as a consumer would: a
// client created with no baseUrl, intercepted on impact.com's own origin.
import { http, HttpResponse, passthrough } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BadRequestError, createBrandClient, InternalServerError, NotFoundError, RateLimitError, type components } from "../../generated/brand/index.js";
import { createBrandMockHandlers } from "../../generated/brand/msw.js";
import { createPartnerClient } from "../../generated/partner/index.js";
import { createPartnerMockHandlers } from "../../generated/partner/msw.js";
import { retryDelayMs } from "../../runtime/client/retry.js";
import { startMockServer } from "../../runtime/contract/mock.js";

const SID = "IRmswAccount";
const TOKEN = "msw-token";
const AUTH = `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString("base64")}`;
const brandMock = createBrandMockHandlers();
const partnerMock = createPartnerMockHandlers();
const server = setupServer(...brandMock.handlers, ...partnerMock.handlers);

// An unhandled request fails the test: msw 2 calls the option onUnhandledRequest, msw 3 onUnhandledFrame; each ignores the other's.
const FAIL_UNHANDLED = { onUnhandledRequest: "error", onUnhandledFrame: "error" } as Record<string, unknown> as Parameters<typeof server.listen>[0];
beforeAll(() => server.listen(FAIL_UNHANDLED));
afterEach(() => {
  brandMock.reset();
  partnerMock.reset();
  server.resetHandlers();
});
afterAll(() => server.close());

const brand = (options: { maxRetries?: number } = {}) => createBrandClient({ accountSid: SID, authToken: TOKEN, maxRetries: options.maxRetries ?? 0 });

describe("the generated MSW handlers in Node", () => {
  it("intercept a client created with no baseUrl, and keep state: create, get, list, expire", async () => {
    const client = brand();
    const created = await client.createPromoCode({ body: { AssignedPartnerId: 10000, CampaignId: 4242, CreditPolicy: "WINNER", Code: "MSW10", Type: "LI" } });
    const id = Number(created.Uri!.split("/").pop());
    expect(await client.getPromoCode({ path: { PromoCodeId: id } })).toMatchObject({ Id: id, Code: "MSW10", State: "ACTIVE" });
    expect((await client.listPromoCodes({ query: { CampaignId: 4242 } })).PromoCodes.map((code) => code.Id)).toEqual([id]);
    await client.expirePromoCode({ path: { PromoCodeId: id } });
    expect((await client.getPromoCode({ path: { PromoCodeId: id } })).State).toBe("INACTIVE");
    expect(brandMock.requestCount).toBe(5);
  });

  it("reset() returns to the seeded state", async () => {
    const client = brand();
    const created = await client.createPromoCode({ body: { AssignedPartnerId: 1, CampaignId: 77, CreditPolicy: "WINNER", Code: "GONE", Type: "LI" } });
    const id = Number(created.Uri!.split("/").pop());
    brandMock.reset();
    await expect(client.getPromoCode({ path: { PromoCodeId: id } })).rejects.toBeInstanceOf(NotFoundError);
    expect((await client.getPromoCode({ path: { PromoCodeId: 7777777 } })).Code).toBe("Acme20");
  });

  it("validate requests with impact.com's error body, demand Basic auth, answer in wire form", async () => {
    const error = (await brand().listPromoCodes({ query: { PageSize: 10, State: "PAUSED" as "ACTIVE" } }).catch((caught: unknown) => caught)) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.errors.map((entry) => entry.field).sort()).toEqual(["PageSize", "State"]);
    const anonymous = await fetch(`https://api.impact.com/Advertisers/${SID}/PromoCodes`, { headers: { Accept: "application/json" } });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ Status: "ERROR", Message: expect.stringMatching(/Authentication failed/) });
    const wire = (await (await fetch(`https://api.impact.com/Advertisers/${SID}/PromoCodes/7777777`, { headers: { Authorization: AUTH, Accept: "application/json" } })).json()) as Record<string, unknown>;
    expect(wire.Id).toBe("7777777");
    const otherVersion = await fetch(`https://api.impact.com/Advertisers/${SID}/PromoCodes/7777777`, { headers: { Authorization: AUTH, "IR-Version": "13" } });
    expect(otherVersion.status).toBe(400);
  });

  it("page lists with a correct envelope that paginate() follows", async () => {
    const client = brand();
    const created = await client.createPromoCodeExceptionList({ body: { ActionTrackerId: "1", CampaignId: 1, Name: "Paged" } });
    const listId = Number(created.Uri!.split("/").pop());
    for (let index = 0; index < 51; index += 1) await client.createPromoCodeExceptionListItem({ path: { ListId: listId }, body: { Value: `V${index}` } });
    const first = await client.listPromoCodeExceptionListItems({ path: { ListId: listId }, query: { PageSize: 50 } });
    expect(first).toMatchObject({ "@page": 1, "@numpages": 2, "@total": 51, "@nextpageuri": `/Advertisers/${SID}/PromoCodeExceptionLists/${listId}/Items?PageSize=50&Page=2` });
    const values: string[] = [];
    for await (const item of client.paginate("listPromoCodeExceptionListItems", { path: { ListId: listId }, query: { PageSize: 50 } })) values.push(item.Value);
    expect(values).toEqual(Array.from({ length: 51 }, (_, index) => `V${index}`));
  });

  it("override one operation with a status (the spec's example body) until reset", async () => {
    brandMock.override("getPromoCode", 404);
    const error = (await brand().getPromoCode({ path: { PromoCodeId: 7777777 } }).catch((caught: unknown) => caught)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.apiMessage).toBe("Resource not found");
    expect((await brand().listPromoCodes()).PromoCodes.length, "other operations answer as before").toBeGreaterThan(0);
    brandMock.reset();
    expect((await brand().getPromoCode({ path: { PromoCodeId: 7777777 } })).Id).toBe(7777777);
  });

  it("override one operation with a typed resolver", async () => {
    const seen: string[] = [];
    brandMock.override("getPromoCode", (request) => {
      seen.push(new URL(request.url).pathname);
      const code: components["schemas"]["PromoCode"] = { ...FALLBACK_CODE, Code: "FROM-RESOLVER" };
      return { status: 200, body: code };
    });
    expect((await brand().getPromoCode({ path: { PromoCodeId: 5 } })).Code).toBe("FROM-RESOLVER");
    expect(seen).toEqual([`/Advertisers/${SID}/PromoCodes/5`]);
    brandMock.override("getPromoCode", () => ({ status: 503, headers: { "Retry-After": "0" } }));
    await expect(brand().getPromoCode({ path: { PromoCodeId: 5 } })).rejects.toBeInstanceOf(InternalServerError);
    brandMock.override("listPromoCodes", () => new Response("not json", { status: 200, headers: { "content-type": "application/json" } }));
    await expect(brand().listPromoCodes()).rejects.toThrow();
    // @ts-expect-error: no such operation in the brand API
    expect(() => brandMock.override("getNothing", 404)).toThrow(/no operation "getNothing"/);
    // @ts-expect-error: 418 is not a documented status of getPromoCode
    brandMock.override("getPromoCode", 418);
    // @ts-expect-error: the body must be a PromoCode
    brandMock.override("getPromoCode", { status: 200, body: { Nope: true } });
  });

  it("take the mock's options: seed data, rate limit, faults, delay, origin", async () => {
    const seeded = createBrandMockHandlers({
      origin: "http://localhost:4010",
      fixtures: { getPromoCode: { "200": [{ ...FALLBACK_CODE, Id: 123, Code: "SEEDED" }] } },
      rateLimit: { limit: 2, windowSeconds: 60 },
      faults: { delayMs: 30 },
    });
    server.use(...seeded.handlers);
    const client = createBrandClient({ accountSid: SID, authToken: TOKEN, baseUrl: "http://localhost:4010", maxRetries: 0 });
    const started = performance.now();
    expect((await client.getPromoCode({ path: { PromoCodeId: 123 } })).Code).toBe("SEEDED");
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    await expect(client.getPromoCode({ path: { PromoCodeId: 7777777 } }), "only the given seed").rejects.toBeInstanceOf(NotFoundError);
    await expect(client.getPromoCode({ path: { PromoCodeId: 123 } })).rejects.toBeInstanceOf(RateLimitError);
    const failing = createBrandMockHandlers({ origin: "http://localhost:4011", faults: { errorRate: 1 } });
    server.use(...failing.handlers);
    await expect(createBrandClient({ accountSid: SID, authToken: TOKEN, baseUrl: "http://localhost:4011", maxRetries: 0 }).listPromoCodes()).rejects.toBeInstanceOf(InternalServerError);
    expect(() => createBrandMockHandlers({ origin: "http://localhost:4010/api" })).toThrow(/origin must be an http\(s\) origin/);
  });

  it("serve the partner API on its own handlers", async () => {
    const partner = createPartnerClient({ accountSid: SID, authToken: TOKEN });
    const codes = await partner.listPromoCodes({ query: { CreditRule: ["INVOLVED"] } });
    expect(codes.PromoCodes.length).toBeGreaterThan(0);
    partnerMock.override("getPromoCode", 404);
    await expect(partner.getPromoCode({ path: { Id: codes.PromoCodes[0]!.Id } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("leave msw's own overrides working: server.use() wins until resetHandlers()", async () => {
    server.use(http.get(`https://api.impact.com/Advertisers/${SID}/PromoCodes/:id`, () => HttpResponse.json({ Status: "ERROR", Message: "from server.use" }, { status: 404 })));
    await expect(brand().getPromoCode({ path: { PromoCodeId: 7777777 } })).rejects.toMatchObject({ apiMessage: "from server.use" });
  });

  it("answer exactly as the HTTP mock does (one core, two adapters)", async () => {
    const mock = await startMockServer();
    // A predicate: a path pattern would make msw decode `%ff` below and throw.
    server.use(http.all(({ request }) => request.url.startsWith(mock.url), () => passthrough()));
    try {
      const steps: Array<[string, string, RequestInit?]> = [
        ["GET", "/PromoCodes/7777777"],
        ["GET", "/PromoCodes?State=PAUSED&PageSize=0"],
        ["POST", "/PromoCodes", { headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "Code=SAME&Type=LI&CreditPolicy=WINNER&CampaignId=9&AssignedPartnerId=9" }],
        ["GET", "/PromoCodes?CampaignId=9"],
        ["PATCH", "/PromoCodes/7777777"],
        ["GET", "/PromoCodes/%ff"],
        ["POST", "/PromoCodeExceptionLists/1/Items", { headers: { "Content-Type": "application/json" }, body: '{"Value": ' }],
        ["GET", "/Nope"],
      ];
      const run = async (origin: string) => {
        const answers: unknown[] = [];
        for (const [method, path, init] of steps) {
          const response = await fetch(`${origin}/Advertisers/${SID}${path}`, { ...init, method, headers: { Authorization: AUTH, Accept: "application/json", ...(init?.headers as Record<string, string>) } });
          const body = (await response.json()) as Record<string, unknown>;
          answers.push({ status: response.status, body: JSON.stringify(body).replace(/"(CreatedDate|StartDate)":"[^"]*"/g, '"$1":"…"') });
        }
        return answers;
      };
      expect(await run("https://api.impact.com")).toEqual(await run(mock.url));
    } finally {
      await mock.close();
    }
  });
});

// impact.com announces how long to wait on a 429 (each API its own rate-limit
// headers) and a 503 (Retry-After); an override sends the same, waiting 0 s by
// default, so a client under test retries at once rather than backing off.
describe("an overridden 429 or 503", () => {
  const POLICY = { maxRetries: 2, maxRetryDelayMs: 60_000 };

  it("brand 429: X-RateLimit-Limit, -Remaining and -Reset, read into error.rateLimit, and a retry that waits 0 ms", async () => {
    brandMock.override("getPromoCode", 429);
    const before = brandMock.requestCount;
    const error = (await brand({ maxRetries: 2 }).getPromoCode({ path: { PromoCodeId: 5 } }).catch((caught: unknown) => caught)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.rateLimit).toEqual({ limit: 1000, remaining: 0, resetSeconds: 0, retryAfterSeconds: undefined });
    expect(brandMock.requestCount - before).toBe(3);
    expect(retryDelayMs(1, error.rateLimit, POLICY)).toBe(0);
  });

  it("partner 429: the partner API's headers, Retry-After among them; the limit from the rateLimit option", async () => {
    const limited = createPartnerMockHandlers({ rateLimit: { limit: 250 } });
    server.use(...limited.handlers);
    limited.override("listPromoCodes", 429);
    const response = await fetch(`https://api.impact.com/Mediapartners/${SID}/PromoCodes`, { headers: { Authorization: AUTH, Accept: "application/json" } });
    expect(response.status).toBe(429);
    expect(Object.fromEntries([...response.headers].filter(([name]) => /rate|retry/i.test(name)))).toEqual({
      "x-ratelimit-limit-hour": "250",
      "x-ratelimit-remaining-hour": "0",
      "ratelimit-reset": "0",
      "retry-after": "0",
    });
  });

  it("503: Retry-After, with the wait overrideRetryAfterSeconds sets", async () => {
    const slow = createBrandMockHandlers({ overrideRetryAfterSeconds: 7 });
    server.use(...slow.handlers);
    slow.override("getPromoCode", { status: 503 });
    const error = (await brand().getPromoCode({ path: { PromoCodeId: 5 } }).catch((caught: unknown) => caught)) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(503);
    expect(error.rateLimit.retryAfterSeconds).toBe(7);
  });

  it("an override's own header wins, whatever its letter case, and is sent once", async () => {
    brandMock.override("getPromoCode", { status: 429, headers: { "x-ratelimit-reset": "30" } });
    const response = await fetch(`https://api.impact.com/Advertisers/${SID}/PromoCodes/5`, { headers: { Authorization: AUTH, Accept: "application/json" } });
    expect(response.headers.get("X-RateLimit-Reset")).toBe("30");
    expect(response.headers.get("X-RateLimit-Limit")).toBe("1000");
  });

  it("a status without a wait gets no wait headers", async () => {
    brandMock.override("getPromoCode", 404);
    const response = await fetch(`https://api.impact.com/Advertisers/${SID}/PromoCodes/5`, { headers: { Authorization: AUTH, Accept: "application/json" } });
    expect([...response.headers.keys()].filter((name) => /rate|retry/i.test(name))).toEqual([]);
  });

  it("refuses a wait that is not a whole number of seconds", () => {
    expect(() => createBrandMockHandlers({ overrideRetryAfterSeconds: -1 })).toThrow("mock option overrideRetryAfterSeconds must be a whole number, 0 or more; got -1");
  });
});

const FALLBACK_CODE: components["schemas"]["PromoCode"] = {
  Id: 1,
  Code: "X",
  Type: "LI",
  CreditPolicy: "WINNER",
  CampaignId: 1,
  AssignedPartnerId: 1,
  CreatedDate: "2026-01-01T00:00:00Z",
  State: "ACTIVE",
  DealProducts: [],
  SynchAdsPromoCodes: false,
  Uri: "/Advertisers/x/PromoCodes/1",
};
