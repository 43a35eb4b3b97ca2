// No false green: an operation no answer vouched for is "not tested", never a
// pass, and the run fails; rate limits are waited out as asked (or the run
// gives up on that API and says so), never burned; operations take turns;
// --read-only sends GETs only. Each test here fails on a runner that passed
// whatever it did not reach.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../runtime/contract/mock.js";
import { formatReport, junitXml, runContract, type ContractReport } from "../../runtime/contract/runner.js";
import { requestedWait } from "../../runtime/contract/runner/rate-limit.js";
import { json, startProxy, type Proxy } from "./runner-proxy.js";
import { runContractCli } from "../support/contract-cli.js";

let mock: MockServer;
let limited: MockServer;
let proxy: Proxy | undefined;
let scratch: string;
beforeAll(async () => {
  mock = await startMockServer();
  // 8 requests per API per hour: the README's `--rate-limit 100`, small enough to run out in a second.
  limited = await startMockServer({ rateLimit: { limit: 8 } });
  scratch = await mkdtemp(path.join(tmpdir(), "contract-budget-"));
});
afterAll(async () => {
  await Promise.all([mock.close(), limited.close()]);
  await rm(scratch, { recursive: true, force: true });
});
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  mock.reset();
  limited.reset();
});


const notTested = (report: ContractReport) => report.results.filter((result) => result.verdict === "not tested").map((result) => `${result.api} ${result.operationId}`);
const reachedSuccess = (report: ContractReport) => report.results.filter((result) => Object.keys(result.statuses).some((status) => status.startsWith("2"))).map((result) => `${result.api} ${result.operationId}`);

describe("a rate-limited server", () => {
  it("is not burned: one 429 per API, the hour-long wait refused at once, and every operation it left untested named", async () => {
    proxy = await startProxy(limited.url, {});
    const report = await runContract({ baseUrl: proxy.url, runs: 3, seed: 1, timeLimitMs: 15_000 });
    const text = formatReport(report);
    expect(report.ok, text).toBe(false);
    // Not tested: exactly the operations no answer to which was a success.
    const all = report.results.map((result) => `${result.api} ${result.operationId}`);
    const untested = notTested(report);
    expect(untested.length).toBeGreaterThan(0);
    expect(untested.sort()).toEqual(all.filter((name) => !reachedSuccess(report).includes(name)).sort());
    expect(text).toContain(`not tested: ${untested.length} of 16 operations`);
    for (const result of report.results.filter((candidate) => candidate.verdict === "not tested")) {
      expect(result.notTested).toMatch(new RegExp(`the ${result.api} API's rate limit: the server asks to wait \\d+ s \\(429, (X-RateLimit-Reset|Retry-After): \\d+\\), more than --max-wait 60 s$`));
      expect(text).toContain(`  ${result.api} ${result.operationId}: ${result.notTested}`);
      expect(text).toMatch(new RegExp(`^${result.api}\\s+${result.operationId}\\s+\\S+ \\S+\\s+○ not tested: `, "m"));
    }
    // The wait the 429 asks for (the rest of the hour) is past --max-wait: no second 429 per API, no 429 retried into the ground.
    const brand429 = report.results.filter((result) => result.api === "brand").reduce((sum, result) => sum + (result.statuses["429"] ?? 0), 0);
    const partner429 = report.results.filter((result) => result.api === "partner").reduce((sum, result) => sum + (result.statuses["429"] ?? 0), 0);
    expect([brand429, partner429]).toEqual([1, 1]);
    // The mock counts what passes its auth check: 8 per API answered, one 429 each, and the probes without valid credentials.
    expect(proxy.received).toHaveLength(8 + 8 + 2 + report.results.reduce((sum, result) => sum + (result.statuses["401"] ?? 0), 0));
    expect(text).toMatch(/^16 operations against http:\/\/127\.0\.0\.1:\d+: \d+ pass( \(\d+ cut short\))?, 0 fail, \d+ not tested \(/m);
  }, 30_000);

  it("the CLI exits 1, and its JUnit report shows each operation not tested as an error; --allow-not-tested exits 0 and skips them", async () => {
    const file = path.join(scratch, "limited.xml");
    const failing = await runContractCli(["--base-url", limited.url, "--runs", "2", "--seed", "1", "--junit", file]);
    expect(failing.code, failing.stderr).toBe(1);
    expect(failing.stdout).toMatch(/^not tested: \d+ of 16 operations .*; the run fails unless --allow-not-tested$/m);
    const xml = await readFile(file, "utf8");
    const untested = (failing.stdout.match(/○ not tested/g) ?? []).length;
    expect(untested).toBeGreaterThan(0);
    expect(xml.match(/<testcase classname="[^"]+" name="operation tested">\n {6}<error message="not tested: no request was sent: the \w+ API&apos;s rate limit/g)?.length ?? 0).toBeGreaterThan(0);
    expect(xml.match(/type="not_tested"/g)).toHaveLength(untested);
    expect(xml).toMatch(new RegExp(`^<testsuites [^>]* errors="${untested}"`, "m"));

    limited.reset();
    const allowed = await runContractCli(["--base-url", limited.url, "--runs", "2", "--seed", "1", "--junit", file, "--allow-not-tested"]);
    expect(allowed.code, allowed.stdout).toBe(0);
    expect(allowed.stdout).toMatch(/; accepted by --allow-not-tested \(/);
    const accepted = await readFile(file, "utf8");
    expect(accepted).not.toContain(`type="not_tested"`);
    expect(accepted.match(/<skipped message="not tested: [^"]*\(allowed by --allow-not-tested\)"\/>/g)).toHaveLength(untested);
  }, 60_000);

  it("waits as long as a 429's Retry-After asks before sending to that API again, then tests it", async () => {
    let refused = 0;
    proxy = await startProxy(mock.url, {
      before: (request) => (request.pathname.startsWith("/Mediapartners/") && refused++ === 0 ? json(429, { Status: "ERROR", Message: "slow down" }, { "Retry-After": "1", "X-RateLimit-Limit-hour": "1000", "X-RateLimit-Remaining-hour": "0", "RateLimit-Reset": "1" }) : undefined),
    });
    const times: number[] = [];
    const report = await runContract({ baseUrl: proxy.url, apis: ["partner"], operations: ["listPromoCodes"], runs: 1, seed: 1, fetch: (input, init) => (times.push(Date.now()), fetch(input, init)) });
    expect(report.ok, formatReport(report)).toBe(true);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
  }, 20_000);

  it("holds back when an answer says nothing remains, instead of sending into a 429", async () => {
    let answered = 0;
    proxy = await startProxy(mock.url, {
      after: (_, answer) => (answered++ === 0 ? { ...answer, headers: { ...answer.headers, "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1" } } : undefined),
    });
    const times: number[] = [];
    await runContract({ baseUrl: proxy.url, apis: ["brand"], operations: ["listPromoCodes"], runs: 1, seed: 1, fetch: (input, init) => (times.push(Date.now()), fetch(input, init)) });
    expect(times.length).toBeGreaterThan(1);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
  }, 20_000);

  it("gives up on an API whose wait would pass --time-limit, and says so", async () => {
    proxy = await startProxy(mock.url, { before: () => json(503, { Status: "ERROR", Message: "maintenance" }, { "Retry-After": "30" }) });
    const started = Date.now();
    const report = await runContract({ baseUrl: proxy.url, apis: ["partner"], runs: 1, seed: 1, timeLimitMs: 5_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(proxy.received).toHaveLength(1);
    expect(report.ok).toBe(false);
    expect(report.stopped).toBe("not run: the partner API's rate limit: the server asks to wait 30 s (503, Retry-After: 30), past the end of --time-limit 5 s");
  }, 20_000);

  it("reads Retry-After as seconds or an HTTP date, and a reset as seconds or a Unix time", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(requestedWait({ "retry-after": "7" }, now)).toEqual({ ms: 7000, source: "Retry-After: 7" });
    expect(requestedWait({ "retry-after": "Wed, 01 Jan 2025 00:00:30 GMT" }, now)?.ms).toBe(30_000);
    expect(requestedWait({ "x-ratelimit-reset": "12" }, now)).toEqual({ ms: 12_000, source: "X-RateLimit-Reset: 12" });
    expect(requestedWait({ "ratelimit-reset": String(now / 1000 + 45) }, now)?.ms).toBe(45_000);
    expect(requestedWait({ "retry-after": "soon" }, now)).toBeUndefined();
    expect(requestedWait({ "retry-after": "9".repeat(400) }, now)).toBeUndefined();
  });
});

describe("a server that does not serve the API", () => {
  it("answering only the brand API (partner paths 404) fails the run and says the partner API was never served", async () => {
    proxy = await startProxy(mock.url, { before: (request) => (request.pathname.startsWith("/Mediapartners/") ? json(404, { Status: "ERROR", Message: "Not Found" }) : undefined) });
    const report = await runContract({ baseUrl: proxy.url, runs: 2, seed: 1 });
    expect(report.ok).toBe(false);
    for (const result of report.results) expect(result.verdict, `${result.api} ${result.operationId}`).toBe(result.api === "brand" ? "passed" : "failed");
    expect(report.notes).toContain(`partner: every one of the ${proxy.received.filter((request) => request.pathname.startsWith("/Mediapartners/")).length} answers was 404: is ${proxy.url} the API's origin? Its paths start /Mediapartners/IRcontract/`);
    expect(formatReport(report)).toMatch(/^16 operations against http:\/\/127\.0\.0\.1:\d+: 12 pass, 4 fail \d+ checks, 0 not tested/m);
  }, 30_000);

  it("answering 404 to every path fails every operation and says the base URL serves neither API", async () => {
    proxy = await startProxy(mock.url, { before: () => json(404, { Status: "ERROR", Message: "Not Found" }) });
    const { code, stdout } = await runContractCli(["--base-url", proxy.url, "--runs", "1", "--seed", "1"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^note: brand: every one of the \d+ answers was 404: is http:\/\/127\.0\.0\.1:\d+ the API's origin\? Its paths start \/Advertisers\/IRcontract\/$/m);
    expect(stdout).toMatch(/^note: partner: every one of the \d+ answers was 404: .* Its paths start \/Mediapartners\/IRcontract\/$/m);
    expect(stdout).toMatch(/^16 operations against http:\/\/127\.0\.0\.1:\d+: 0 pass, 16 fail \d+ checks, 0 not tested/m);
  }, 30_000);

  it("that answers every valid request 404 and refuses the rest as it should leaves every operation not tested", async () => {
    // 401 without the right credentials, 400 for what is invalid, 404 for every valid request: nothing to blame, nothing vouched for.
    proxy = await startProxy(mock.url, { after: (_, answer) => (answer.status >= 200 && answer.status < 300 ? json(404, { Status: "ERROR", Message: "Not Found" }) : undefined) });
    // Reads by id: a 404 to a generated or example id is allowed, so no check fails.
    const report = await runContract({ baseUrl: proxy.url, apis: ["partner"], operations: ["getPromoCode", "getPromoCodeExceptionList"], runs: 2, seed: 1 });
    expect(report.results.filter((result) => result.verdict === "failed")).toEqual([]);
    expect(notTested(report).sort()).toEqual(["partner getPromoCode", "partner getPromoCodeExceptionList"]);
    for (const result of report.results) expect(result.notTested).toMatch(/^no answer was a success \((\d{3}×\d+ ?)+\)$/);
    expect(report.ok).toBe(false);
    expect(junitXml(report).match(/type="not_tested"/g)).toHaveLength(2);
  }, 30_000);
});

describe("--read-only", () => {
  it("sends GETs only, reads records by the ids the lists hold, and lists the writes it left out", async () => {
    proxy = await startProxy(mock.url, {});
    const report = await runContract({ baseUrl: proxy.url, runs: 2, seed: 1, readOnly: true });
    expect(report.ok, formatReport(report)).toBe(true);
    expect(new Set(proxy.received.map((request) => request.method))).toEqual(new Set(["GET"]));
    expect(report.results).toHaveLength(9);
    expect(report.leftOut!.map((row) => `${row.method} ${row.operationId}`).sort()).toEqual(
      ["POST createPromoCode", "DELETE expirePromoCode", "POST createPromoCodeExceptionList", "PUT updatePromoCodeExceptionList", "POST createPromoCodeExceptionListItem", "DELETE deleteAllPromoCodeExceptionListItems", "DELETE deletePromoCodeExceptionListItem"].sort(),
    );
    // The brand list has no link to its records: the first one is read at the Uri the list gives.
    const brand = proxy.received.filter((request) => request.pathname.startsWith("/Advertisers/"));
    const list = brand.findIndex((request) => request.pathname === "/Advertisers/IRcontract/PromoCodes");
    expect(brand[list + 1]!.pathname).toMatch(/^\/Advertisers\/IRcontract\/PromoCodes\/\d+$/);
    const text = formatReport(report);
    expect(text).toMatch(/^brand\s+createPromoCode\s+POST \/PromoCodes\s+– left out: --read-only sends GETs only$/m);
    expect(text).toMatch(/^all 9 operations pass against http:\/\/127\.0\.0\.1:\d+; 7 left out by --read-only \(/m);
    expect(junitXml(report)).toContain(`<testcase classname="brand.createPromoCode" name="operation tested">\n      <skipped message="left out: --read-only sends GETs only"/>`);
  }, 30_000);

  it("is described in --help with what each mode sends", async () => {
    const { code, stdout } = await runContractCli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--read-only  GET requests only");
    expect(stdout).toContain("--allow-not-tested");
    expect(stdout).toContain("--max-wait");
  }, 20_000);
});
