// The client never follows a redirect: whatever the 3xx and wherever it points,
// the call fails with an ApiRedirectError naming the status and the location,
// and nothing (body, caller's headers, credentials) reaches the target. Two real
// servers on 127.0.0.1: the API, and a target that records what it is sent.
// Each test fails against a client that lets fetch follow redirects.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ApiRedirectError, ApiStatusError, createBrandClient, ImpactError, MAX_LOCATION_LENGTH } from "../../generated/brand/index.js";
import { startWireServer, type WireServer } from "./wire-server.js";

const SID = "IRredirectAccount";
const TOKEN = "tok_SECRET_redirect_77";
const BRAND = `/Advertisers/${SID}`;
const NEW_CODE = { AssignedPartnerId: 10000, CampaignId: 4242, CreditPolicy: "WINNER" as const, Code: "MOVED10", Type: "LI" as const };

interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** Where a followed redirect would land: records every request and answers as the API would, so a followed call would look like success. */
async function startTarget(): Promise<{ origin: string; received: Recorded[]; close(): Promise<void> }> {
  const received: Recorded[] = [];
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    received.push({ method: request.method!, url: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ Status: "OK", Uri: `${BRAND}/PromoCodes/1`, Id: "1", Code: "X", "@nextpageuri": "", ExceptionListItems: [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let api: WireServer;
let target: Awaited<ReturnType<typeof startTarget>>;
beforeEach(async () => {
  [api, target] = await Promise.all([startWireServer(), startTarget()]);
});
afterEach(async () => {
  await Promise.all([api.close(), target.close()]);
});

const brand = (options: Partial<Parameters<typeof createBrandClient>[0]> = {}) =>
  createBrandClient({ accountSid: SID, authToken: TOKEN, baseUrl: api.origin, maxRetries: 0, ...options });
const redirect = (status: number, location: string) => () => ({ status, headers: { Location: location }, body: { Status: "MOVED" } });
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);

describe("a redirect is an error, never followed", () => {
  it.each([307, 308])("POST answered %i to another port: the target receives nothing, no body and no headers", async (status) => {
    const location = `${target.origin}${BRAND}/PromoCodes`;
    api.on("POST", `${BRAND}/PromoCodes`, redirect(status, location));
    const error = await failure(brand({ headers: { "X-Caller-Secret": "mine" } }).createPromoCode({ body: NEW_CODE }));
    expect(error).toBeInstanceOf(ApiRedirectError);
    expect(error).toBeInstanceOf(ImpactError);
    expect(error).toMatchObject({ status, location, method: "POST", url: `${api.origin}${BRAND}/PromoCodes` });
    expect((error as Error).message).toBe(`POST ${api.origin}${BRAND}/PromoCodes answered ${status} to "${location}"; the client does not follow redirects (if the API moved, set baseUrl to its new origin)`);
    expect(target.received).toEqual([]);
    expect(api.received).toHaveLength(1);
  });

  it.each([301, 302, 303])("POST answered %i: no GET follows, and the create does not report success", async (status) => {
    api.on("POST", `${BRAND}/PromoCodes`, redirect(status, `${target.origin}${BRAND}/PromoCodes/1`));
    const error = await failure(brand().createPromoCode({ body: NEW_CODE }));
    expect(error).toBeInstanceOf(ApiRedirectError);
    expect((error as ApiRedirectError).status).toBe(status);
    expect(target.received).toEqual([]);
  });

  it("a same-origin redirect out of the API's base path gets no request, so no Authorization", async () => {
    api.on("GET", `${BRAND}/PromoCodes/5`, redirect(302, "/collect?from=api"));
    api.on("GET", "/collect", () => ({ status: 200, body: { Id: "5", Code: "LOOKS_FINE" } }));
    const error = await failure(brand().getPromoCode({ path: { PromoCodeId: 5 } }));
    expect(error).toBeInstanceOf(ApiRedirectError);
    expect((error as ApiRedirectError).location, "resolved against the request's URL").toBe(`${api.origin}/collect?from=api`);
    expect(api.received.map((request) => request.url)).toEqual([`${BRAND}/PromoCodes/5`]);
  });

  it("a GET answered 302 is refused too, and not retried", async () => {
    api.on("GET", `${BRAND}/PromoCodes/5`, redirect(302, `${target.origin}${BRAND}/PromoCodes/5`));
    const error = await failure(brand({ maxRetries: 2 }).getPromoCode({ path: { PromoCodeId: 5 } }));
    expect(error).toBeInstanceOf(ApiRedirectError);
    expect(error).not.toBeInstanceOf(ApiStatusError);
    expect(api.received).toHaveLength(1);
    expect(target.received).toEqual([]);
  });

  it("paging goes the same way: a next page answered 302 stops the paging, and the target receives nothing", async () => {
    api.on("GET", `${BRAND}/PromoCodeExceptionLists/1/Items`, (request) =>
      request.url.includes("Page=2")
        ? redirect(302, `${target.origin}${BRAND}/PromoCodeExceptionLists/1/Items?Page=2`)()
        : { status: 200, body: { "@nextpageuri": `${BRAND}/PromoCodeExceptionLists/1/Items?Page=2`, ExceptionListItems: [{ Id: "1", Value: "A", ListId: "1", MatchMode: "EQ" }] } },
    );
    const items: unknown[] = [];
    const error = await failure(
      (async () => {
        for await (const item of brand().paginate("listPromoCodeExceptionListItems", { path: { ListId: 1 } })) items.push(item);
      })(),
    );
    expect(items).toHaveLength(1);
    expect(error).toBeInstanceOf(ApiRedirectError);
    expect(target.received).toEqual([]);
  });
});

describe("what the error shows of the location", () => {
  it("drops credentials from the location, and cuts a long one", async () => {
    const port = new URL(target.origin).port;
    api.on("GET", `${BRAND}/PromoCodes/1`, redirect(302, `http://user:pa55word@127.0.0.1:${port}/x`));
    api.on("GET", `${BRAND}/PromoCodes/2`, redirect(302, `${target.origin}/${"a".repeat(10_000)}`));
    const withCredentials = (await failure(brand().getPromoCode({ path: { PromoCodeId: 1 } }))) as ApiRedirectError;
    expect(withCredentials.location).toBe(`http://127.0.0.1:${port}/x`);
    expect(JSON.stringify({ ...withCredentials, message: withCredentials.message, stack: withCredentials.stack })).not.toMatch(/pa55word|user:/);
    const long = (await failure(brand().getPromoCode({ path: { PromoCodeId: 2 } }))) as ApiRedirectError;
    expect(long.location).toHaveLength(MAX_LOCATION_LENGTH + 1);
    expect(long.message.length).toBeLessThan(500);
  });

  it("says so when there is no location", async () => {
    api.on("GET", `${BRAND}/PromoCodes/1`, () => ({ status: 300, body: { Status: "CHOOSE" } }));
    const error = (await failure(brand().getPromoCode({ path: { PromoCodeId: 1 } }))) as ApiRedirectError;
    expect(error).toBeInstanceOf(ApiRedirectError);
    expect(error.location).toBeUndefined();
    expect(error.message).toMatch(/answered 300 to no location/);
  });

  it("does not read the redirect's body: an endless one still fails at once", async () => {
    const endless: Server = createServer((_request, response) => {
      response.writeHead(302, { Location: `${target.origin}/x`, "content-type": "text/html" });
      const timer = setInterval(() => response.write("x".repeat(65_536)), 1);
      response.on("close", () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => endless.listen(0, "127.0.0.1", resolve));
    try {
      const origin = `http://127.0.0.1:${(endless.address() as AddressInfo).port}`;
      const error = await failure(brand({ baseUrl: origin, timeoutMs: 15_000 }).getPromoCode({ path: { PromoCodeId: 1 } }));
      expect(error).toBeInstanceOf(ApiRedirectError);
    } finally {
      endless.closeAllConnections();
      await new Promise<void>((resolve) => endless.close(() => resolve()));
    }
  }, 20_000);
});

describe("fetches other than Node's", () => {
  it("asks every fetch for redirect: manual, and refuses a browser's opaque redirect (status 0)", async () => {
    const asked: RequestInit[] = [];
    const opaque = new Response(null, { status: 200 });
    Object.defineProperties(opaque, { type: { value: "opaqueredirect" }, status: { value: 0 }, ok: { value: false } });
    const client = brand({ fetch: async (_url, init) => (asked.push(init!), opaque) });
    const error = (await failure(client.getPromoCode({ path: { PromoCodeId: 1 } }))) as ApiRedirectError;
    expect(asked.map((init) => init.redirect)).toEqual(["manual"]);
    expect(error).toBeInstanceOf(ApiRedirectError);
    expect(error).toMatchObject({ status: 0, location: undefined });
    expect(error.message).toMatch(/answered a redirect to a location the browser does not reveal \(an opaque redirect\)/);
  });

  it("refuses the answer of a fetch that followed a redirect anyway", async () => {
    const followed = new Response(JSON.stringify({ Id: "1", Code: "ELSEWHERE" }), { status: 200, headers: { "content-type": "application/json" } });
    Object.defineProperties(followed, { redirected: { value: true }, url: { value: `${target.origin}/elsewhere` } });
    const error = (await failure(brand({ fetch: async () => followed }).getPromoCode({ path: { PromoCodeId: 1 } }))) as ApiRedirectError;
    expect(error).toBeInstanceOf(ApiRedirectError);
    expect(error.location).toBe(`${target.origin}/elsewhere`);
    expect(error.message).toMatch(/was redirected to .* by the fetch in use, which ignored redirect: "manual"/);
  });
});
