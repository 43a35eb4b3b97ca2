// Each of the runner's ten checks against a server that breaks only its rule:
// the mock behind a proxy with one defect. Each test asserts that the run
// fails that check, on the operations named, and nothing else: one defect, one
// check. The seed is fixed so a failure replays; each defect is caught by
// requests every seed sends (sequences, every kind of invalid input).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../runtime/contract/mock.js";
import { formatReport, runContract, type ContractReport } from "../../runtime/contract/runner.js";
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

const isGetCode = (method: string, pathname: string) => method === "GET" && /^\/Advertisers\/IRcontract\/PromoCodes\/[^/]+$/.test(pathname);

describe("the mock behind a proxy that changes nothing", () => {
  it("passes every check (the baseline the defects below depart from)", async () => {
    const report = await runBehind({}, ["brand", "partner"]);
    expect(failed(report), formatReport(report)).toEqual([]);
  }, 30_000);
});

describe("not_a_server_error", () => {
  it("catches a server that crashes on a page size over 500", async () => {
    const report = await runBehind({
      before: (request) => (request.method === "GET" && request.pathname === `${BRAND}/PromoCodes` && Number(new URL(request.url, "http://x").searchParams.get("PageSize")) > 500 ? json(500, { Status: "ERROR", Message: "page too large" }) : undefined),
    });
    expect(failed(report), formatReport(report)).toEqual(["listPromoCodes:not_a_server_error"]);
  });
});

describe("status_code_conformance", () => {
  it("catches creates answered 201, which the spec does not document", async () => {
    const report = await runBehind({ after: (request, answer) => (request.method === "POST" && answer.status === 200 ? { ...answer, status: 201 } : undefined) });
    expect(failed(report), formatReport(report)).toEqual(["createPromoCode:status_code_conformance", "createPromoCodeExceptionList:status_code_conformance", "createPromoCodeExceptionListItem:status_code_conformance"]);
  });
});

describe("content_type_conformance", () => {
  it("catches a correct JSON body labelled text/html", async () => {
    const report = await runBehind({ after: (request, answer) => (isGetCode(request.method, request.pathname) ? { ...answer, headers: { ...answer.headers, "content-type": "text/html" } } : undefined) });
    expect(failed(report), formatReport(report)).toEqual(["getPromoCode:content_type_conformance"]);
  });
});

describe("response_headers_conformance", () => {
  const rateLimitOnce = (reset: string): Defect => {
    let sent = false;
    return {
      before: (request) => {
        if (sent || !isGetCode(request.method, request.pathname)) return undefined;
        sent = true;
        return json(429, { Status: "ERROR", Message: "Rate limit exceeded" }, { "X-RateLimit-Limit": "1000", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset });
      },
    };
  };

  it("catches a 429 whose X-RateLimit-Reset is not a number of seconds", async () => {
    const report = await runBehind(rateLimitOnce("soon"));
    expect(failed(report), formatReport(report)).toEqual(["getPromoCode:response_headers_conformance"]);
    expect(report.results.find((result) => result.operationId === "getPromoCode")!.checks.response_headers_conformance.failure!.problem).toMatch(/X-RateLimit-Reset: "soon"/);
  });

  it("passes a 429 with the documented headers, and the runner goes on after it", async () => {
    const report = await runBehind(rateLimitOnce("0"));
    expect(failed(report), formatReport(report)).toEqual([]);
    expect(report.results.find((result) => result.operationId === "getPromoCode")!.checks.response_headers_conformance.outcome).toBe("passed");
  });
});

describe("response_schema_conformance", () => {
  it("catches list items that lack a required property (seen because lists are walked non-empty)", async () => {
    const report = await runBehind({
      after: (request, answer) => {
        if (request.method !== "GET" || request.pathname !== `${BRAND}/PromoCodes` || answer.status !== 200) return undefined;
        const page = JSON.parse(answer.body);
        for (const code of page.PromoCodes) delete code.Code;
        return { ...answer, body: JSON.stringify(page) };
      },
    });
    expect(failed(report), formatReport(report)).toEqual(["listPromoCodes:response_schema_conformance"]);
    expect(report.results[0]!.checks.response_schema_conformance.failure!.problem).toMatch(/\/PromoCodes\/0 required: must have required property 'Code'/);
  });
});

describe("negative_data_rejection", () => {
  it("catches a server that quietly replaces a CreditPolicy outside the enum", async () => {
    const report = await runBehind({
      before: (request) => {
        if (request.method !== "POST" || request.pathname !== `${BRAND}/PromoCodes`) return undefined;
        const form = new URLSearchParams(request.body);
        if (form.has("CreditPolicy") && !["ALWAYS", "INVOLVED", "WINNER"].includes(form.get("CreditPolicy")!)) form.set("CreditPolicy", "ALWAYS");
        request.body = form.toString();
        return undefined;
      },
    });
    expect(failed(report), formatReport(report)).toEqual(["createPromoCode:negative_data_rejection"]);
    expect(report.results[1]!.checks.negative_data_rejection.failure!.problem).toMatch(/^body field CreditPolicy set to "NOT_A_VALUE", outside the enum \(outside the enum\) was not rejected/);
  });

  it.each([1, 2, 3, 4, 5])("catches it under seed %i too: every kind of break is sent, not one random pick", async (seed) => {
    proxy = await startProxy(mock.url, {
      after: (request) => (request.method === "POST" && request.pathname === `${BRAND}/PromoCodes` && /CreditPolicy=NOT_A_VALUE/.test(request.body) ? json(200, { Status: "OK", Uri: `${BRAND}/PromoCodes/1` }) : undefined),
    });
    const report = await runContract({ baseUrl: proxy.url, apis: ["brand"], operations: ["createPromoCode"], runs: 1, seed });
    expect(failed(report)).toEqual(["createPromoCode:negative_data_rejection"]);
  });
});

describe("positive_data_acceptance", () => {
  it("catches a server that refuses every valid create with a well-formed 400", async () => {
    const report = await runBehind({
      after: (request, answer) => (request.method === "POST" && request.pathname === `${BRAND}/PromoCodes` && answer.status === 200 ? json(400, { Status: "ERROR", Message: "Validation Failed", Errors: [{ Field: "Code", Message: "invalid" }] }) : undefined),
    });
    expect(failed(report), formatReport(report)).toEqual(["createPromoCode:positive_data_acceptance"]);
  });
});

describe("ignored_auth", () => {
  it("catches a server that serves a promo code without credentials", async () => {
    const report = await runBehind({
      before: (request) => {
        if (isGetCode(request.method, request.pathname) && !request.headers.authorization) request.headers.authorization = `Basic ${Buffer.from("IRcontract:anything").toString("base64")}`;
      },
    });
    expect(failed(report), formatReport(report)).toEqual(["getPromoCode:ignored_auth"]);
  });
});

describe("use_after_free", () => {
  it("catches a deleted exception list item that can still be read", async () => {
    const seen = new Map<string, string>();
    const deleted = new Set<string>();
    const report = await runBehind({
      before: (request) => {
        if (request.method === "GET" && deleted.has(request.pathname)) return json(200, JSON.parse(seen.get(request.pathname)!));
      },
      after: (request, answer) => {
        if (!/\/Items\/[^/]+$/.test(request.pathname) || answer.status !== 200) return undefined;
        if (request.method === "GET") seen.set(request.pathname, answer.body);
        if (request.method === "DELETE" && seen.has(request.pathname)) deleted.add(request.pathname);
        return undefined;
      },
    });
    expect(failed(report), formatReport(report)).toEqual(["getPromoCodeExceptionListItem:use_after_free"]);
  });

  it("catches an expired code whose State stays ACTIVE", async () => {
    const expired = new Set<string>();
    const report = await runBehind({
      after: (request, answer) => {
        if (request.method === "DELETE" && answer.status === 200) expired.add(request.pathname);
        if (request.method !== "GET" || !expired.has(request.pathname) || answer.status !== 200) return undefined;
        return { ...answer, body: JSON.stringify({ ...JSON.parse(answer.body), State: "ACTIVE" }) };
      },
    });
    expect(failed(report), formatReport(report)).toEqual(["getPromoCode:use_after_free"]);
  });
});

describe("ensure_resource_availability", () => {
  it("catches a list that does not show codes created since the server started (a stale index)", async () => {
    const report = await runBehind({
      after: (request, answer) => {
        if (request.method !== "GET" || request.pathname !== `${BRAND}/PromoCodes` || answer.status !== 200) return undefined;
        const page = JSON.parse(answer.body);
        page.PromoCodes = page.PromoCodes.filter((code: { Id: string }) => Number(code.Id) < 9_000_000);
        return { ...answer, body: JSON.stringify(page) };
      },
    });
    expect(failed(report), formatReport(report)).toEqual(["listPromoCodes:ensure_resource_availability"]);
  });

  it("catches a created code that cannot be read at its Uri", async () => {
    const report = await runBehind({ before: (request) => (isGetCode(request.method, request.pathname) && Number(request.pathname.split("/").pop()) >= 9_000_000 ? json(404, { Status: "ERROR", Message: "not found" }) : undefined) });
    expect(failed(report), formatReport(report)).toContain("getPromoCode:ensure_resource_availability");
  });
});
