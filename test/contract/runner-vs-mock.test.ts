import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../runtime/contract/mock.js";
import { CHECK_NAMES, formatReport, runContract } from "../../runtime/contract/runner.js";

// The contract kit checked against itself: the runner finds nothing wrong with
// the mock, across both APIs and all 16 operations, and exercises every check
// the mock can show (response headers are documented on 429 only, which a mock
// without a rate limit never sends).
let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(async () => {
  await mock.close();
});

describe("the contract runner against the mock", () => {
  it("passes with zero failures, every operation answered as documented, in under 10 s", async () => {
    const report = await runContract({ baseUrl: mock.url, seed: 20261124 });
    expect(report.ok, formatReport(report)).toBe(true);
    expect(report.results).toHaveLength(16);
    expect(report.durationMs).toBeLessThan(10_000);
    for (const check of CHECK_NAMES.filter((name) => name !== "response_headers_conformance")) {
      expect(report.results.filter((result) => result.checks[check].outcome === "passed").length, check).toBeGreaterThan(0);
    }
    for (const operation of report.results) {
      const name = `${operation.api}.${operation.operationId}`;
      for (const check of ["not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance", "negative_data_rejection", "positive_data_acceptance", "ignored_auth"] as const) {
        expect(operation.checks[check].outcome, `${name} ${check}`).toBe("passed");
      }
      // Every operation got at least one 2xx: its success path was reached, not only 404s.
      expect(Object.keys(operation.statuses).some((status) => status.startsWith("2")), name).toBe(true);
    }
    // Sequences: a created code is read, found by the list filters, expired and read as INACTIVE;
    // an item is found by its value, deleted and gone; a partner code read from the list is found by its filters.
    const check = (api: string, operationId: string, name: (typeof CHECK_NAMES)[number]) => report.results.find((result) => result.api === api && result.operationId === operationId)!.checks[name].outcome;
    expect(check("brand", "getPromoCode", "ensure_resource_availability")).toBe("passed");
    expect(check("brand", "listPromoCodes", "ensure_resource_availability")).toBe("passed");
    expect(check("brand", "getPromoCode", "use_after_free")).toBe("passed");
    expect(check("brand", "getPromoCodeExceptionListItem", "use_after_free")).toBe("passed");
    expect(check("brand", "listPromoCodeExceptionListItems", "use_after_free")).toBe("passed");
    expect(check("partner", "listPromoCodes", "ensure_resource_availability")).toBe("passed");
  }, 60_000);
});
