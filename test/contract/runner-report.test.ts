// What the runner hands back: the text report (a line per operation, a table
// per check, each failure as a curl command with the token masked), the JUnit
// XML, the bounds on a run, the IR-Version it pins, and the CLI around them.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../runtime/contract/mock.js";
import { CHECK_NAMES, curlCommand, formatReport, junitXml, runContract, type ContractReport } from "../../runtime/contract/runner.js";
import { json, startProxy, type Proxy } from "./runner-proxy.js";
import { runContractCli } from "../support/contract-cli.js";

const TOKEN = "s3cret-token-never-printed";
let mock: MockServer;
let proxy: Proxy | undefined;
let scratch: string;
beforeAll(async () => {
  mock = await startMockServer();
  scratch = await mkdtemp(path.join(tmpdir(), "contract-report-"));
});
afterAll(async () => {
  await mock.close();
  await rm(scratch, { recursive: true, force: true });
});
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  mock.reset();
});

/** The mock with getPromoCode's answers labelled text/html: one failing check to report. */
async function mislabelled(): Promise<string> {
  proxy = await startProxy(mock.url, {
    after: (request, answer) => (request.method === "GET" && /\/PromoCodes\/[^/]+$/.test(request.pathname) ? { ...answer, headers: { ...answer.headers, "content-type": "text/html" } } : undefined),
  });
  return proxy.url;
}


describe("the text report", () => {
  it("names each check per operation, counts them per check, and gives each failure as curl without the token", async () => {
    const report = await runContract({ baseUrl: await mislabelled(), apis: ["brand"], runs: 3, seed: 4, authToken: TOKEN });
    const text = formatReport(report);
    expect(text).toMatch(/^brand\s+getPromoCode\s+GET \/PromoCodes\/\{PromoCodeId\}\s+✗ content_type_conformance\s+\(\d+ requests: 200×\d+/m);
    expect(text).toMatch(/^brand\s+listPromoCodes\s+GET \/PromoCodes\s+✓ \d+ checks passed/m);
    for (const name of CHECK_NAMES) expect(text).toMatch(new RegExp(`^${name}\\s+\\d+\\s+\\d+\\s+\\d+$`, "m"));
    expect(text).toMatch(/^content_type_conformance\s+\d+\s+1\s+\d+$/m);
    expect(text).toMatch(/^✗ brand getPromoCode \[content_type_conformance\] the \d{3} answer is labelled "text\/html"; documented: application\/json$/m);
    expect(text).toMatch(/^ {4}curl -X GET 'http:\/\/127\.0\.0\.1:\d+\/Advertisers\/IRcontract\/PromoCodes\/\d+' -H 'Accept: application\/json' -H 'IR-Version: 14' -u 'IRcontract':"\$IMPACT_AUTH_TOKEN"$/m);
    expect(text).toMatch(/replay with --seed 4$/);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(Buffer.from(`IRcontract:${TOKEN}`).toString("base64"));
  });

  it("writes curl commands a shell reads back exactly, bodies and quotes included", () => {
    const command = curlCommand({ method: "POST", url: "http://h/x?a=1&b=2", body: "Code=it's+20%25", contentType: "application/x-www-form-urlencoded", auth: "none", irVersion: "14" }, "IRx");
    expect(command).toBe(`curl -X POST 'http://h/x?a=1&b=2' -H 'Accept: application/json' -H 'IR-Version: 14' -H 'Content-Type: application/x-www-form-urlencoded' --data-raw 'Code=it'\\''s+20%25'`);
    expect(curlCommand({ method: "GET", url: "http://h/x", auth: "wrong-account" }, "IRx")).toContain(`-u 'IRx-not-this-account':"$IMPACT_AUTH_TOKEN"`);
  });
});

describe("the JUnit report", () => {
  it("has a test case per operation and check: failed with the curl command, skipped with the reason, else passed", async () => {
    const report = await runContract({ baseUrl: await mislabelled(), apis: ["brand"], runs: 3, seed: 4, authToken: TOKEN });
    const xml = junitXml(report);
    // 12 operations × 10 checks, and a cleanup case per record the run created.
    const tests = 120 + report.cleanup!.records.length;
    expect(xml).toMatch(new RegExp(`^<\\?xml version="1.0" encoding="UTF-8"\\?>\\n<testsuites name="contract http://127\\.0\\.0\\.1:\\d+ seed 4" tests="${tests}" failures="1" errors="0" skipped="\\d+" time="[\\d.]+">`));
    expect(xml.match(/<testsuite /g)).toHaveLength(12 + (report.cleanup!.records.length > 0 ? 1 : 0));
    expect(xml.match(/<testcase /g)).toHaveLength(tests);
    expect(xml).toMatch(/<testcase classname="brand.getPromoCode" name="content_type_conformance">\n {6}<failure message="the \d{3} answer is labelled &quot;text\/html&quot;; documented: application\/json" type="content_type_conformance">/);
    expect(xml).toMatch(/-u &apos;IRcontract&apos;:&quot;\$IMPACT_AUTH_TOKEN&quot;<\/failure>/);
    expect(xml).toMatch(/<testcase classname="brand.createPromoCode" name="use_after_free">\n {6}<skipped message="judged on the reads that follow this operation"\/>/);
    expect(xml).toContain(`<testcase classname="brand.createPromoCode" name="positive_data_acceptance"></testcase>`);
    expect(xml).not.toContain(TOKEN);
  });

  it("escapes what a server puts in its answers", () => {
    const report: ContractReport = { ok: false, baseUrl: "http://h", seed: 1, accountSid: "IRx", requests: 1, durationMs: 5, notes: [], results: [] };
    const failing = { api: "brand", operationId: "op", method: "GET", path: "/x", requests: 1, statuses: {}, checks: Object.fromEntries(CHECK_NAMES.map((name) => [name, { outcome: "passed", runs: 1 }])) } as ContractReport["results"][number];
    failing.checks.response_schema_conformance = { outcome: "failed", runs: 1, failure: { request: { method: "GET", url: "http://h/x", auth: "valid" }, problem: `body "<![CDATA[ ]]></failure>\u0001 & more` } };
    const xml = junitXml({ ...report, results: [failing] });
    expect(xml).toContain("&lt;![CDATA[ ]]&gt;&lt;/failure&gt; &amp; more");
    expect(xml).not.toContain("\u0001");
    expect(xml.match(/<\/failure>/g)).toHaveLength(1);
  });
});

describe("bounds", () => {
  it("sends no more than --max-requests and says where it stopped", async () => {
    proxy = await startProxy(mock.url, {});
    const report = await runContract({ baseUrl: proxy.url, runs: 5, seed: 1, maxRequests: 40 });
    // Past the bound only cleanup: a DELETE per record the run created and left live.
    const cleanup = report.cleanup!.requests;
    expect(proxy.received).toHaveLength(40 + cleanup);
    expect(proxy.received.slice(40).every((request) => request.method === "DELETE")).toBe(true);
    expect(report.requests).toBe(40 + cleanup);
    expect(report.stopped).toBe("not run: --max-requests 40 reached");
    expect(report.results.some((result) => Object.values(result.checks).some((check) => check.note === "not run: --max-requests 40 reached"))).toBe(true);
    expect(formatReport(report)).toContain("stopped early: --max-requests 40 reached; checks after that point are not exercised");
    // Operations take turns: the 40 requests reach every operation of both APIs, rather than the first few fully.
    for (const result of report.results) expect(result.requests, `${result.api} ${result.operationId}`).toBeGreaterThan(0);
    // A run cut short is not a pass, though every operation it reached passed what it checked.
    expect(report.ok).toBe(false);
    expect(formatReport(report)).toMatch(/^16 operations against http:\/\/127\.0\.0\.1:\d+: 16 pass \(\d+ cut short\), 0 fail, 0 not tested \(\d+ requests in [\d.]+ s\); replay with --seed 1$/m);
    // What the stop cut short says so.
    const partnerList = report.results.find((result) => result.api === "partner" && result.operationId === "listPromoCodes")!;
    expect(partnerList.checks.negative_data_rejection).toMatchObject({ outcome: "not exercised", note: "not run: --max-requests 40 reached" });
  });

  it("with a budget too small to reach every operation, names those not tested and why", async () => {
    proxy = await startProxy(mock.url, {});
    const report = await runContract({ baseUrl: proxy.url, runs: 5, seed: 1, maxRequests: 10 });
    const notTested = report.results.filter((result) => result.verdict === "not tested");
    expect(notTested.length).toBeGreaterThan(0);
    for (const result of notTested) expect(Object.keys(result.statuses).some((status) => status.startsWith("2"))).toBe(false);
    expect(report.ok).toBe(false);
    const text = formatReport(report);
    expect(text).toContain(`not tested: ${notTested.length} of 16 operations`);
    for (const result of notTested) expect(text).toContain(`  ${result.api} ${result.operationId}: ${result.notTested}`);
    expect(notTested.map((result) => result.notTested)).toContain("no request was sent: --max-requests 10 reached");
  });

  it("sends nothing after --time-limit", async () => {
    // Every answer takes 20 ms, so the whole run (hundreds of requests) cannot end within the limit however fast the machine.
    const slow = await startMockServer({ faults: { delayMs: 20 } });
    try {
      proxy = await startProxy(slow.url, {});
      const started = Date.now();
      const report = await runContract({ baseUrl: proxy.url, runs: 5, seed: 1, timeLimitMs: 300 });
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(report.stopped).toBe("not run: --time-limit 0.3 s reached");
      // 0.3 s of 20 ms answers: a few dozen requests at most, not the run's hundreds.
      expect(proxy.received.length).toBeLessThan(100);
    } finally {
      await slow.close();
    }
  });
});

describe("IR-Version", () => {
  it("is sent on every request, so a server that answers other versions in another shape is judged in this one", async () => {
    const wanted = (pathname: string) => (pathname.startsWith("/Advertisers/") ? "14" : "16");
    proxy = await startProxy(mock.url, {
      // Another version answers every read in a shape of its own.
      before: (request) => (request.headers["ir-version"] !== wanted(request.pathname) ? json(200, { Version: "13", Items: [] }) : undefined),
    });
    const report = await runContract({ baseUrl: proxy.url, runs: 3, seed: 2 });
    expect(report.ok, formatReport(report)).toBe(true);
    expect(proxy.received.every((request) => request.headers["ir-version"] === wanted(request.pathname))).toBe(true);
  });
});

describe("the CLI", () => {
  it("writes --junit FILE, takes the token from IMPACT_AUTH_TOKEN, prints it nowhere, and exits 1 on a failure", async () => {
    const file = path.join(scratch, "contract.xml");
    const { code, stdout, stderr } = await runContractCli(["--base-url", await mislabelled(), "--api", "brand", "--runs", "2", "--junit", file], { IMPACT_AUTH_TOKEN: TOKEN });
    expect(code, stderr).toBe(1);
    expect(stdout).toMatch(/^✗ brand getPromoCode \[content_type_conformance\]/m);
    const xml = await readFile(file, "utf8");
    expect(xml).toMatch(/^<\?xml[^>]*>\n<testsuites /);
    expect(xml).toContain(`type="content_type_conformance"`);
    expect(`${stdout}${stderr}${xml}`).not.toContain(TOKEN);
    // A second run replaces its own earlier report.
    expect((await runContractCli(["--base-url", mock.url, "--api", "partner", "--runs", "2", "--junit", file])).code).toBe(0);
    expect(await readFile(file, "utf8")).toContain(`classname="partner.getPromoCode"`);
  }, 30_000);

  it("does not overwrite a file that is not a JUnit report, and sends nothing", async () => {
    const file = path.join(scratch, "notes.txt");
    await writeFile(file, "mine");
    proxy = await startProxy(mock.url, {});
    const { code, stderr } = await runContractCli(["--base-url", proxy.url, "--junit", file]);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe(`impact-promo-contract: ${file} exists and is not a JUnit report; not overwriting it`);
    expect(await readFile(file, "utf8")).toBe("mine");
    expect(proxy.received).toEqual([]);
  });

  it("refuses bounds past what a timer can hold, in one line", async () => {
    for (const args of [["--time-limit", "99999999"], ["--max-requests", "0"], ["--timeout-ms", "abc"]]) {
      const { code, stderr } = await runContractCli(["--base-url", "http://127.0.0.1:1", ...args]);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr.split("\n")[0]).toMatch(new RegExp(`^impact-promo-contract: ${args[0]} must be an integer`));
    }
  });
});
