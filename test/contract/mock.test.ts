import { readFile } from "node:fs/promises";
import { connect } from "node:net";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BadRequestError, createBrandClient, InternalServerError, NotFoundError, RateLimitError } from "../../generated/brand/index.js";
import { createPartnerClient } from "../../generated/partner/index.js";
import { startMockServer, type MockOptions, type MockServer } from "../../runtime/contract/mock.js";
import { createValidators } from "../../runtime/contract/validators.js";
import { PROJECT_ROOT } from "../support/project.js";

const SID = "IRmockAccount";
const TOKEN = "mock-token";
let mock: MockServer;

async function start(options: MockOptions = {}): Promise<void> {
  await mock?.close();
  mock = await startMockServer(options);
}
beforeEach(async () => {
  mock = await startMockServer();
});
afterEach(async () => {
  await mock.close();
});

const brand = (options: { maxRetries?: number; authToken?: string } = {}) =>
  createBrandClient({ accountSid: SID, authToken: options.authToken ?? TOKEN, baseUrl: mock.url, maxRetries: options.maxRetries ?? 0 });
const raw = (pathAndQuery: string, init: RequestInit = {}) =>
  fetch(`${mock.url}/Advertisers/${SID}${pathAndQuery}`, {
    ...init,
    headers: { Authorization: `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString("base64")}`, Accept: "application/json", ...(init.headers as Record<string, string>) },
  });

describe("the mock", () => {
  it("demands Basic auth with the path's account SID", async () => {
    const anonymous = await fetch(`${mock.url}/Advertisers/${SID}/PromoCodes`, { headers: { Accept: "application/json" } });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ Status: "ERROR", Message: expect.stringMatching(/Authentication failed/) });
    const otherAccount = await fetch(`${mock.url}/Advertisers/${SID}/PromoCodes`, { headers: { Authorization: `Basic ${Buffer.from("IRsomeoneElse:x").toString("base64")}` } });
    expect(otherAccount.status).toBe(401);
    const noToken = await fetch(`${mock.url}/Advertisers/${SID}/PromoCodes`, { headers: { Authorization: `Basic ${Buffer.from(`${SID}:`).toString("base64")}` } });
    expect(noToken.status).toBe(401);

  });

  it("keeps state: a created promo code can be fetched, listed and expired", async () => {
    const client = brand();
    const created = await client.createPromoCode({ body: { AssignedPartnerId: 10000, CampaignId: 4242, CreditPolicy: "WINNER", Code: "MOCK10", Type: "LI" } });
    expect(created.Status).toBe("OK");
    const id = Number(created.Uri!.split("/").pop());
    const code = await client.getPromoCode({ path: { PromoCodeId: id } });
    expect(code).toMatchObject({ Id: id, Code: "MOCK10", CreditPolicy: "WINNER", CampaignId: 4242, State: "ACTIVE" });
    const listed = await client.listPromoCodes({ query: { CampaignId: 4242 } });
    expect(listed.PromoCodes.map((entry) => entry.Id)).toEqual([id]);
    await client.expirePromoCode({ path: { PromoCodeId: id } });
    expect((await client.getPromoCode({ path: { PromoCodeId: id } })).State).toBe("INACTIVE");
    expect((await client.listPromoCodes({ query: { CampaignId: 4242, State: "ACTIVE" } })).PromoCodes).toEqual([]);
    await expect(client.getPromoCode({ path: { PromoCodeId: 1 } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps state: exception list items can be added, listed, fetched and deleted", async () => {
    const client = brand();
    const created = await client.createPromoCodeExceptionList({ body: { ActionTrackerId: "18500,18501", CampaignId: 1000, Name: "Mock list" } });
    const listId = Number(created.Uri!.split("/").pop());
    for (const value of ["ALPHA", "BETA", "GAMMA"]) await client.createPromoCodeExceptionListItem({ path: { ListId: listId }, body: { Value: value } });
    const list = await client.getPromoCodeExceptionList({ path: { ListId: listId } });
    expect(list).toMatchObject({ Name: "Mock list", NumberOfItems: 3, ActionTrackers: [{ Id: 18500 }, { Id: 18501 }] });
    const page = await client.listPromoCodeExceptionListItems({ path: { ListId: listId } });
    expect(page.ExceptionListItems.map((item) => item.Value)).toEqual(["ALPHA", "BETA", "GAMMA"]);
    const beta = page.ExceptionListItems[1]!;
    expect(await client.getPromoCodeExceptionListItem({ path: { ListId: listId, ItemId: beta.Id } })).toEqual(beta);
    expect(await client.deletePromoCodeExceptionListItem({ path: { ListId: listId, ItemId: beta.Id } })).toEqual({ Status: "DELETED" });
    expect((await client.listPromoCodeExceptionListItems({ path: { ListId: listId }, query: { Value: "BETA" } })).ExceptionListItems).toEqual([]);
    await client.updatePromoCodeExceptionList({ path: { ListId: listId }, body: { Name: "Renamed" } });
    expect((await client.getPromoCodeExceptionList({ path: { ListId: listId } })).Name).toBe("Renamed");
    await client.deleteAllPromoCodeExceptionListItems({ path: { ListId: listId } });
    expect((await client.getPromoCodeExceptionList({ path: { ListId: listId } })).NumberOfItems).toBe(0);
  });

  it("serves the seeded fixtures to both APIs", async () => {
    expect((await brand().getPromoCode({ path: { PromoCodeId: 7777777 } })).Code).toBe("Acme20");
    const partner = createPartnerClient({ accountSid: SID, authToken: TOKEN, baseUrl: mock.url });
    const codes = await partner.listPromoCodes({ query: { CreditRule: ["INVOLVED"] } });
    expect(codes.PromoCodes.length).toBeGreaterThan(0);
    expect(codes.PromoCodes.every((code) => code.CreditRule === "INVOLVED")).toBe(true);
  });

  it("answers in the wire form, which the spec's wire schema accepts", async () => {
    const response = await raw("/PromoCodes/7777777");
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.Id).toBe("7777777");
    expect(body.EndDate).not.toBe(undefined);
    const document = JSON.parse(await readFile(path.join(PROJECT_ROOT, "generated/brand/openapi.clean.json"), "utf8")) as Record<string, unknown>;
    const validators = createValidators(document);
    expect(validators.validateResponse("getPromoCode", 200, body, { mode: "wire" })).toEqual([]);
    expect(validators.validateResponse("getPromoCode", 200, body, { mode: "strict" }).length).toBeGreaterThan(0);
  });

  it("pages lists with a correct envelope", async () => {
    const client = brand();
    const created = await client.createPromoCodeExceptionList({ body: { ActionTrackerId: "1", CampaignId: 1, Name: "Big" } });
    const listId = Number(created.Uri!.split("/").pop());
    for (let index = 0; index < 120; index += 1) await client.createPromoCodeExceptionListItem({ path: { ListId: listId }, body: { Value: `V${index}` } });
    const first = await client.listPromoCodeExceptionListItems({ path: { ListId: listId }, query: { PageSize: 50 } });
    expect(first).toMatchObject({ "@page": 1, "@numpages": 3, "@pagesize": 50, "@total": 120, "@start": 0, "@end": 49 });
    expect(first["@nextpageuri"]).toBe(`/Advertisers/${SID}/PromoCodeExceptionLists/${listId}/Items?PageSize=50&Page=2`);
    expect(first).not.toHaveProperty("@previouspageuri");
    const values: string[] = [];
    for await (const item of client.paginate("listPromoCodeExceptionListItems", { path: { ListId: listId }, query: { PageSize: 50 } })) values.push(item.Value);
    expect(values).toEqual(Array.from({ length: 120 }, (_, index) => `V${index}`));
  });

  it("rejects invalid requests with 400 and impact.com's error body naming each problem", async () => {
    const error = (await brand().listPromoCodes({ query: { PageSize: 10, State: "PAUSED" as "ACTIVE" } }).catch((caught: unknown) => caught)) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.apiMessage).toBe("Validation Failed");
    expect(error.errors.map((entry) => entry.field).sort()).toEqual(["PageSize", "State"]);
    const missing = await raw("/PromoCodes", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "Type=LI&CreditPolicy=ALWAYS&CampaignId=1&AssignedPartnerId=2" });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(await missing.json())).toMatch(/required.*Code/);
    const notANumber = await raw("/PromoCodes/abc");
    expect(notANumber.status).toBe(400);
    expect(((await notANumber.json()) as { Errors: Array<{ Field: string }> }).Errors[0]!.Field).toBe("PromoCodeId");
  });

  it.each([
    ["broken JSON", { "Content-Type": "application/json" }, '{"Value": "A', 400],
    ["broken form encoding", { "Content-Type": "application/x-www-form-urlencoded" }, "Value=%E0%A4%A&&=%%", 400],
    ["an unsupported content type", { "Content-Type": "text/csv" }, "Value\nA", 400],
    ["a body too large", { "Content-Type": "application/json" }, JSON.stringify({ Value: "x".repeat(2 << 20) }), 413],
  ] as const)("answers %s with %s, and keeps serving", async (_name, headers, body, status) => {
    const response = await raw("/PromoCodeExceptionLists/99999/Items", { method: "POST", headers, body });
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ Status: "ERROR" });
    expect((await raw("/PromoCodes/7777777")).status).toBe(200);
  });

  /** Writes a whole request on a raw socket before reading anything, as a simple client does; resolves with the status line or the socket error. */
  const sendWhole = (head: string, body: Buffer) =>
    new Promise<string>((resolve) => {
      const socket = connect(mock.port, "127.0.0.1");
      let text = "";
      socket.on("data", (chunk) => (text += chunk));
      socket.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      socket.on("close", () => resolve(text.split("\r\n")[0]!));
      socket.write(head);
      socket.write(body, () => socket.end());
    });
  const uploadHead = (length: number) =>
    `POST /Advertisers/${SID}/PromoCodeExceptionLists/99999/Items HTTP/1.1\r\nHost: mock\r\nAuthorization: Basic ${Buffer.from(`${SID}:${TOKEN}`).toString("base64")}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

  it("answers an oversized upload with 413, not a connection reset, when the client sends it all before reading", async () => {
    const body = Buffer.alloc(5_000_000, "x"); // 5 MB against the 1 MiB limit
    const answers: string[] = [];
    for (let attempt = 0; attempt < 10; attempt += 1) answers.push(await sendWhole(uploadHead(body.length), body));
    expect(answers).toEqual(Array(10).fill("HTTP/1.1 413 Payload Too Large"));
  });

  it("stops reading an oversized upload past maxDrainBytes", async () => {
    await start({ maxBodyBytes: 1_000, maxDrainBytes: 100_000 });
    const body = Buffer.alloc(20_000_000, "x");
    const started = performance.now();
    const answer = await sendWhole(uploadHead(body.length), body);
    expect(answer, "the mock closes rather than reading 20 MB it will throw away").toMatch(/^(EPIPE|ECONNRESET|HTTP\/1\.1 413 )/);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect((await raw("/PromoCodes/7777777")).status, "and keeps serving").toBe(200);
  });

  it.each([
    ["a broken escape in the path", "/PromoCodes/%E0%A4%A"],
    ["an escape of invalid UTF-8 in the path", "/PromoCodes/%ff"],
    ["an escape of invalid UTF-8 in the account SID", "/Advertisers/%ff/PromoCodes"],
    ["an escape of invalid UTF-8 in the query", "/PromoCodes?Code=%ff"],
    ["a broken escape in the query", "/PromoCodes?Code=%E0%A"],
  ])("answers %s with 400 and impact.com's error body", async (_name, pathAndQuery) => {
    const response = pathAndQuery.startsWith("/Advertisers/") ? await fetch(`${mock.url}${pathAndQuery}`, { headers: { Accept: "application/json" } }) : await raw(pathAndQuery);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ Status: "ERROR", Message: expect.stringMatching(/percent-encoding|UTF-8/) });
  });

  it.each([
    ["a request target with an empty first segment", "//", 404],
    ["an absolute-form request target", "http://elsewhere/Nope", 404],
    ["a request target that is not a path", "Advertisers", 400],
    ["a bad request line", "/Advertisers/IRx/Promo Codes", 400],
    ["a control character in the target", "/Advertisers/IRx/PromoCodes/\x01", 400],
  ] as const)("answers %s (%j) with %i and impact.com's error body, never a bare close", async (_name, target, status) => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(mock.port, "127.0.0.1", () => socket.write(`GET ${target} HTTP/1.1\r\nHost: mock\r\nAccept: application/json\r\nConnection: close\r\n\r\n`));
      let text = "";
      socket.on("data", (chunk) => (text += chunk));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(answer.split("\r\n")[0]).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4))).toMatchObject({ Status: "ERROR", Message: expect.any(String) });
  });

  it("refuses invalid UTF-8 in a body, raw or escaped, with 400", async () => {
    const post = (body: Buffer | string, type: string) => raw("/PromoCodeExceptionLists/99999/Items", { method: "POST", headers: { "Content-Type": type }, body });
    const rawJson = await post(Buffer.concat([Buffer.from('{"Value": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]), "application/json");
    expect(rawJson.status).toBe(400);
    expect(await rawJson.json()).toMatchObject({ Status: "ERROR", Message: expect.stringMatching(/UTF-8/) });
    const rawForm = await post(Buffer.concat([Buffer.from("Value="), Buffer.from([0xc3, 0x28])]), "application/x-www-form-urlencoded");
    expect(rawForm.status).toBe(400);
    const escapedForm = await post("Value=%ff", "application/x-www-form-urlencoded");
    expect(escapedForm.status).toBe(400);
    const valid = await post("Value=%C3%A9t%C3%A9", "application/x-www-form-urlencoded");
    expect(valid.status, "valid UTF-8 is served").toBe(200);
  });

  it("honours IR-Version: the API's own version or none is served, any other gets 400", async () => {
    expect((await raw("/PromoCodes/7777777", { headers: { "IR-Version": "14" } })).status).toBe(200);
    expect((await raw("/PromoCodes/7777777")).status).toBe(200);
    const other = await raw("/PromoCodes/7777777", { headers: { "IR-Version": "13" } });
    expect(other.status).toBe(400);
    expect(await other.json()).toMatchObject({ Status: "ERROR", Message: expect.stringMatching(/IR-Version 13.*14/), Errors: [{ Field: "IR-Version" }] });
    expect((await raw("/PromoCodes/7777777?IR-Version=12")).status, "the query parameter form too").toBe(400);
    const auth = `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString("base64")}`;
    const partner = (version: string) => fetch(`${mock.url}/Mediapartners/${SID}/PromoCodes`, { headers: { Authorization: auth, "IR-Version": version } });
    expect((await partner("16")).status).toBe(200);
    expect((await partner("14")).status, "brand's version is not partner's").toBe(400);
  });

  it("reads the version to demand from the spec's x-api-version", async () => {
    const document = JSON.parse(await readFile(path.join(PROJECT_ROOT, "generated/brand/openapi.clean.json"), "utf8")) as Record<string, unknown>;
    expect(document["x-api-version"]).toEqual({ header: "IR-Version", value: "14" });
    const { createMockCore } = await import("../../runtime/contract/mock/core.js");
    const core = createMockCore([{ name: "brand", document: { ...document, "x-api-version": { header: "IR-Version", value: "15" } }, fixtures: {}, validateRequest: () => [] }]);
    const ask = (version: string) =>
      core.handle({ method: "GET", url: `https://api.impact.com/Advertisers/${SID}/PromoCodes/1`, headers: new Headers({ "IR-Version": version, Authorization: `Basic ${btoa(`${SID}:${TOKEN}`)}` }), body: null });
    expect((await ask("14")).status).toBe(400);
    expect((await ask("15")).status, "found nothing, but served").toBe(404);
  });

  it.each([
    [{ rateLimit: { limit: -1 } }, /rateLimit.limit/],
    [{ rateLimit: { limit: 2, windowSeconds: 0 } }, /rateLimit.windowSeconds/],
    [{ faults: { errorRate: 1.5 } }, /faults.errorRate/],
    [{ faults: { delayMs: Infinity } }, /faults.delayMs/],
    [{ faults: { delayMs: Number.NaN } }, /faults.delayMs/],
    [{ maxBodyBytes: -5 }, /maxBodyBytes/],
    [{ maxDrainBytes: 1.5 }, /maxDrainBytes/],
  ] as Array<[MockOptions, RegExp]>)("refuses the option %j with a clear error", async (options, message) => {
    await expect(startMockServer(options)).rejects.toThrow(message);
  });

  it("skips seed data that is not shaped like records, and serves the rest", async () => {
    await start({ fixtures: { brand: { getPromoCode: { "200": [null, "x", { Id: 42, Code: "KEPT" }] }, listPromoCodes: { "200": "nope" } } } });
    expect((await brand().getPromoCode({ path: { PromoCodeId: 42 } })).Code).toBe("KEPT");
    await expect(brand().getPromoCode({ path: { PromoCodeId: 7777777 } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("rate-limits when asked, with the API's headers", async () => {
    await start({ rateLimit: { limit: 2, windowSeconds: 60 } });
    const client = brand();
    await client.listPromoCodes();
    await client.listPromoCodes();
    const error = (await client.listPromoCodes().catch((caught: unknown) => caught)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.rateLimit).toMatchObject({ limit: 2, remaining: 0 });
    expect(error.rateLimit.resetSeconds).toBeGreaterThan(0);
    const partner = await fetch(`${mock.url}/Mediapartners/${SID}/PromoCodes`, { headers: { Authorization: `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString("base64")}` } });
    expect(partner.status, "each API has its own allowance").toBe(200);
  });

  it("injects faults when asked, and a client's retries ride them out", async () => {
    await start({ faults: { errorRate: 1 } });
    await expect(brand().getPromoCode({ path: { PromoCodeId: 7777777 } })).rejects.toBeInstanceOf(InternalServerError);
    await start({ faults: { errorRate: 0.5, seed: 7, retryAfterSeconds: 0 } });
    const client = createBrandClient({ accountSid: SID, authToken: TOKEN, baseUrl: mock.url, maxRetries: 6 });
    for (let index = 0; index < 10; index += 1) expect((await client.getPromoCode({ path: { PromoCodeId: 7777777 } })).Id).toBe(7777777);
    expect(mock.requestCount).toBeGreaterThan(10);
  });

  it("rejects unknown paths and methods", async () => {
    expect((await raw("/Nope")).status).toBe(404);
    const wrongMethod = await raw("/PromoCodes/7777777", { method: "PATCH" });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, DELETE");
    await expect(brand().getPromoCode({ path: { PromoCodeId: 5 } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("holds load: 10,000 requests at concurrency 50, no error, no growth beyond the data created", async () => {
    const client = brand();
    // A real collection before each reading, so the figure is what is kept, not garbage.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const burst = async (count: number) => {
      let next = 0;
      const worker = async () => {
        while (next < count) {
          const index = next++;
          if (index % 2 === 0) await client.getPromoCode({ path: { PromoCodeId: 7777777 } });
          else await client.listPromoCodes({ query: { State: "ACTIVE", PageSize: 50 } });
        }
      };
      await Promise.all(Array.from({ length: 50 }, worker));
    };
    await burst(1_000); // warm-up: JIT, sockets, caches
    const before = heap();
    const started = performance.now();
    await burst(10_000);
    const grown = heap() - before;
    expect(mock.requestCount).toBe(11_000);
    // Reads create no data, so the heap must not keep what 10,000 requests passed through.
    expect(grown).toBeLessThan(8 << 20);
    console.log(`mock under load: 10,000 requests at concurrency 50 in ${((performance.now() - started) / 1000).toFixed(1)} s, heap grew ${(grown / 1048576).toFixed(1)} MiB`);
  }, 120_000);
});
