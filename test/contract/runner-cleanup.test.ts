// The default (writing) mode against a real account: what the run creates is
// marked (not the spec's example values), its follow-up requests go only to
// records it created, and at the end, or after an early stop, it expires or
// deletes them; a record it could not remove is named and fails the run.
// Records the server held before the run are left byte for byte as they were.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../runtime/contract/mock.js";
import { formatReport, junitXml, runContract } from "../../runtime/contract/runner.js";
import { PROJECT_ROOT } from "../support/project.js";
import { json, startProxy, type ProxiedAnswer, type ProxiedRequest, type Proxy } from "./runner-proxy.js";
import { runContractCli } from "../support/contract-cli.js";

const BRAND = "/Advertisers/IRcontract";
const AUTH = `Basic ${Buffer.from("IRcontract:contract-token").toString("base64")}`;
const requestFixtures = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "generated/brand/fixtures/requests.json"), "utf8")) as Record<string, Array<{ body?: Record<string, unknown> }>>;
const responseFixtures = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "generated/brand/fixtures/responses.json"), "utf8")) as Record<string, Record<string, Array<{ Id: number }>>>;

let mock: MockServer;
let proxy: Proxy | undefined;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  mock.reset();
});

async function get(url: string): Promise<{ status: number; body: any; text: string }> {
  const response = await fetch(url, { headers: { accept: "application/json", authorization: AUTH, "ir-version": "14" } });
  const text = await response.text();
  return { status: response.status, text, body: text ? JSON.parse(text) : undefined };
}

/** Every record the brand API shows: codes (all pages), the seeded exception lists and their items, each as its JSON text. */
async function brandRecords(base: string): Promise<Map<string, string>> {
  const records = new Map<string, string>();
  for (let page = 1; page <= 50; page += 1) {
    const answer = await get(`${base}${BRAND}/PromoCodes?PageSize=100&Page=${page}`);
    for (const code of answer.body.PromoCodes) records.set(`code ${code.Id}`, JSON.stringify(code));
    if (!answer.body["@nextpageuri"]) break;
  }
  for (const list of responseFixtures.getPromoCodeExceptionList!["200"]!) {
    records.set(`list ${list.Id}`, (await get(`${base}${BRAND}/PromoCodeExceptionLists/${list.Id}`)).text);
    const items = await get(`${base}${BRAND}/PromoCodeExceptionLists/${list.Id}/Items?PageSize=1000`);
    for (const item of items.body.ExceptionListItems) records.set(`item ${list.Id}/${item.Id}`, JSON.stringify(item));
  }
  return records;
}

/** A proxy that keeps every create's request and answer: what the run made, as the server said. */
async function recordingProxy(refuse?: (request: ProxiedRequest, created: Created[]) => ProxiedAnswer | void): Promise<{ proxy: Proxy; created: Created[] }> {
  const created: Created[] = [];
  const proxy = await startProxy(mock.url, {
    before: (request) => refuse?.(request, created),
    after: (request, answer) => {
      if (request.method !== "POST" || answer.status !== 200) return;
      const uri = JSON.parse(answer.body).Uri;
      if (typeof uri === "string" && uri !== "") created.push({ path: request.pathname, body: request.body, uri });
    },
  });
  return { proxy, created };
}

interface Created {
  path: string;
  body: string;
  uri: string;
}

/** Each created record as the server shows it after the run: a code's state, or whether it is still there. */
async function afterRun(base: string, created: Created[]): Promise<string[]> {
  const live: string[] = [];
  for (const record of created) {
    const answer = await get(`${base}${record.uri}`);
    if (record.path.endsWith("/PromoCodes")) {
      if (answer.body?.State !== "INACTIVE") live.push(`${record.uri} is ${answer.body?.State ?? answer.status}`);
    } else if (record.path.endsWith("/Items")) {
      if (answer.status !== 404) live.push(`${record.uri} answers ${answer.status}`);
    } else if (Number(answer.body?.NumberOfItems) !== 0) {
      live.push(`${record.uri} still holds ${answer.body?.NumberOfItems} items`);
    }
  }
  return live;
}

/** A sent body's fields, JSON or form-encoded alike. */
function fields(body: string): Record<string, string> {
  return body.startsWith("{") ? (JSON.parse(body) as Record<string, string>) : Object.fromEntries(new URLSearchParams(body));
}


describe("a full run", () => {
  it("leaves nothing it created live, and every record it did not create byte for byte as it was", async () => {
    const before = await brandRecords(mock.url);
    const recording = await recordingProxy();
    proxy = recording.proxy;
    const report = await runContract({ baseUrl: proxy.url, apis: ["brand"], runs: 3, seed: 1 });
    const text = formatReport(report);
    expect(report.ok, text).toBe(true);
    expect(recording.created.length).toBeGreaterThan(3);
    expect(await afterRun(mock.url, recording.created)).toEqual([]);
    const after = await brandRecords(mock.url);
    const touched = [...before].filter(([key, json]) => after.get(key) !== json).map(([key]) => key);
    expect(touched, text).toEqual([]);
    // Writes went only to records the run created (an id of 0, below the spec's minimum, is an invalid request that names nothing).
    const createdPaths = recording.created.map((record) => new URL(record.uri, "http://x").pathname);
    const foreignWrites = recording.proxy.received.filter((request) => request.method !== "GET" && request.headers.authorization === AUTH && /\/(PromoCodes|PromoCodeExceptionLists)\/\d+/.test(request.pathname) && !/\/0(\/|$)/.test(request.pathname) && !createdPaths.some((created) => request.pathname.startsWith(created)));
    expect(foreignWrites.map((request) => `${request.method} ${request.pathname}`)).toEqual([]);
    // The report accounts for each record; the exception lists, which the API cannot delete, are kept and named.
    expect(report.cleanup!.records).toHaveLength(recording.created.length);
    expect(report.cleanup!.failed).toBe(0);
    expect(report.cleanup!.records.filter((record) => record.outcome === "kept").every((record) => record.kind === "getPromoCodeExceptionList")).toBe(true);
    expect(text).toMatch(/created: \d+ records, codes starting CT/);
  }, 60_000);

  it("creates codes, names and values that carry the run's mark, never the spec's example values", async () => {
    const recording = await recordingProxy();
    proxy = recording.proxy;
    const report = await runContract({ baseUrl: proxy.url, apis: ["brand"], runs: 3, seed: 1 });
    const bodies = recording.created.map((record) => ({ path: record.path, body: fields(record.body) }));
    const examples = Object.values(requestFixtures).flatMap((entries) => entries.map((entry) => entry.body ?? {}));
    const exampleValues = new Set(examples.flatMap((body) => [body.Code, body.Value, body.Name, body.DealName]).filter((value) => value !== undefined));
    const prefix = report.cleanup!.codePrefix;
    expect(prefix).toMatch(/^CT[0-9A-Z]+$/);
    const codes = bodies.filter((entry) => entry.path.endsWith("/PromoCodes")).map((entry) => entry.body.Code!);
    const values = bodies.filter((entry) => entry.path.endsWith("/Items")).map((entry) => entry.body.Value!);
    const names = bodies.filter((entry) => entry.path.endsWith("/PromoCodeExceptionLists")).map((entry) => entry.body.Name!);
    expect(codes.length * values.length * names.length).toBeGreaterThan(0);
    for (const value of [...codes, ...values]) expect(value.startsWith(prefix), value).toBe(true);
    for (const name of names) expect(name).toContain("impact-promo-contract run 1 ");
    expect(new Set([...codes, ...values]).size).toBe(codes.length + values.length);
    expect([...codes, ...values, ...names].filter((value) => exampleValues.has(value))).toEqual([]);
  }, 60_000);
});

describe("cleanup that fails", () => {
  it("names the record the server would not expire, and the run (and the CLI) fails", async () => {
    let refused: string | undefined;
    const refuse = (request: ProxiedRequest, created: Created[]): ProxiedAnswer | void => {
      if (request.method !== "DELETE" || !/\/PromoCodes\/\d+$/.test(request.pathname)) return;
      // The first code the run created cannot be expired, whoever asks.
      refused ??= created.find((record) => record.path.endsWith("/PromoCodes"))?.uri.split("/").pop();
      if (refused && request.pathname.endsWith(`/PromoCodes/${refused}`)) return json(403, { Status: "ERROR", Message: "expiry refused" });
    };
    const recording = await recordingProxy(refuse);
    proxy = recording.proxy;
    const report = await runContract({ baseUrl: proxy.url, apis: ["brand"], runs: 2, seed: 1 });
    const text = formatReport(report);
    expect(refused).toBeDefined();
    expect(report.ok).toBe(false);
    const failed = report.cleanup!.records.filter((record) => record.outcome === "failed");
    expect(failed.map((record) => record.id)).toEqual([refused]);
    expect(failed[0]!.reason).toContain("403");
    expect(text).toContain(`✗ not removed: brand getPromoCode ${refused}`);
    expect(text).toMatch(/cleanup failed: 1 record/);
    expect(junitXml(report)).toMatch(new RegExp(`<testcase classname="cleanup" name="brand getPromoCode ${refused}">\\s*<failure`));
    // Every other code was expired.
    expect(await afterRun(mock.url, recording.created)).toEqual([`${BRAND}/PromoCodes/${refused} is ACTIVE`]);
    mock.reset();

    refused = undefined;
    const cli = await runContractCli(["--base-url", proxy.url, "--api", "brand", "--runs", "2", "--seed", "1"]);
    expect(cli.code, cli.stderr).toBe(1);
    expect(cli.stdout).toContain(`✗ not removed: brand getPromoCode ${refused}`);
  }, 60_000);
});

describe("an early stop", () => {
  for (const [label, bound] of [
    ["--max-requests", { maxRequests: 12 }],
    ["--time-limit", { timeLimitMs: 1_000 }],
  ] as const) {
    it(`(${label}) still removes what the run created`, async () => {
      const recording = await recordingProxy();
      proxy = recording.proxy;
      // Slow answers: the time limit runs out a few requests after the first create.
      const slow: typeof fetch = async (input, init) => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        return fetch(input, init);
      };
      const report = await runContract({ baseUrl: proxy.url, apis: ["brand"], runs: 2, seed: 1, operations: ["createPromoCode", "getPromoCode", "expirePromoCode"], ...bound, ...(label === "--time-limit" ? { fetch: slow } : {}) });
      expect(report.ok).toBe(false);
      expect(report.stopped).toContain(label);
      expect(recording.created.length, formatReport(report)).toBeGreaterThan(0);
      expect(await afterRun(mock.url, recording.created)).toEqual([]);
      expect(report.cleanup!.failed).toBe(0);
    }, 60_000);
  }
});
