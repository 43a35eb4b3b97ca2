// Each of the runner's ten checks against a server that breaks only its rule
// (runner-defects.ts: the mock behind a proxy with one defect). Each run must
// fail exactly the checks the table names, on the operations named, and
// nothing else. The seed is fixed so a failure replays; bench/contract-defects.ts
// counts how many seeds catch each defect.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../runtime/contract/mock.js";
import { CHECK_NAMES, formatReport, runContract, type ContractReport } from "../../runtime/contract/runner.js";
import { DEFECTS, rateLimitOnce } from "./runner-defects.js";
import { json, startProxy, type Defect, type Proxy } from "./runner-proxy.js";

const BRAND = "/Advertisers/IRcontract";
let mock: MockServer;
let proxy: Proxy | undefined;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(async () => {
  await mock.close();
});
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  mock.reset();
});

async function runBehind(defect: Defect, apis = ["brand"]): Promise<ContractReport> {
  proxy = await startProxy(mock.url, defect);
  return runContract({ baseUrl: proxy.url, apis, runs: 5, seed: 13 });
}

/** `operationId:check` of every failed check. */
function failed(report: ContractReport): string[] {
  return report.results.flatMap((result) => Object.entries(result.checks).filter(([, check]) => check.outcome === "failed").map(([name]) => `${result.operationId}:${name}`)).sort();
}

function problem(report: ContractReport, operationId: string, check: (typeof CHECK_NAMES)[number]): string {
  return report.results.find((result) => result.operationId === operationId)!.checks[check].failure!.problem;
}

describe("the mock behind a proxy that changes nothing", () => {
  it("passes every check (the baseline the defects below depart from)", async () => {
    const report = await runBehind({}, ["brand", "partner"]);
    expect(failed(report), formatReport(report)).toEqual([]);
  }, 30_000);
});

it("every check has a defect server in the table", () => {
  expect([...new Set(DEFECTS.map((defect) => defect.check))].sort()).toEqual([...CHECK_NAMES].sort());
});

describe.each(CHECK_NAMES.map((check) => [check, DEFECTS.filter((defect) => defect.check === check)] as const))("%s", (_check, defects) => {
  it.each(defects.map((defect) => [defect.name, defect] as const))("catches a server that %s, and fails nothing else", async (_name, defect) => {
    const report = await runBehind(defect.make());
    expect(failed(report), formatReport(report)).toEqual([...defect.want].sort());
  });
});

describe("what the failures say", () => {
  it("response_headers_conformance names the header and its value", async () => {
    const report = await runBehind(rateLimitOnce("soon"));
    expect(problem(report, "getPromoCode", "response_headers_conformance")).toMatch(/X-RateLimit-Reset: "soon"/);
  });

  it("a 429 with the documented headers passes, and the runner goes on after it", async () => {
    const report = await runBehind(rateLimitOnce("0"));
    expect(failed(report), formatReport(report)).toEqual([]);
    expect(report.results.find((result) => result.operationId === "getPromoCode")!.checks.response_headers_conformance.outcome).toBe("passed");
  });

  it("response_schema_conformance names the list item and the missing property", async () => {
    const report = await runBehind(DEFECTS.find((defect) => defect.check === "response_schema_conformance")!.make());
    expect(problem(report, "listPromoCodes", "response_schema_conformance")).toMatch(/\/PromoCodes\/0 required: must have required property 'Code'/);
  });

  it("negative_data_rejection names the break and its kind", async () => {
    const report = await runBehind(DEFECTS.find((defect) => defect.check === "negative_data_rejection")!.make());
    expect(problem(report, "createPromoCode", "negative_data_rejection")).toMatch(/^body field CreditPolicy set to "NOT_A_VALUE", outside the enum \(outside the enum\) was not rejected/);
  });

  it.each([1, 2, 3, 4, 5])("negative_data_rejection catches an accepted bad enum under seed %i too: every kind of break is sent, not one random pick", async (seed) => {
    proxy = await startProxy(mock.url, {
      after: (request) => (request.method === "POST" && request.pathname === `${BRAND}/PromoCodes` && /CreditPolicy=NOT_A_VALUE/.test(request.body) ? json(200, { Status: "OK", Uri: `${BRAND}/PromoCodes/1` }) : undefined),
    });
    const report = await runContract({ baseUrl: proxy.url, apis: ["brand"], operations: ["createPromoCode"], runs: 1, seed });
    expect(failed(report)).toEqual(["createPromoCode:negative_data_rejection"]);
  });
});
