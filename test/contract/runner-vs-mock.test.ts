import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../runtime/contract/mock.js";
import { formatReport, runContract } from "../../runtime/contract/runner.js";

// The contract kit checked against itself: the property-based runner finds
// nothing wrong with the mock, across both APIs and all 16 operations.
let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(async () => {
  await mock.close();
});

describe("the contract runner against the mock", () => {
  it("passes with zero failures, every operation answered as documented", async () => {
    const report = await runContract({ baseUrl: mock.url, runs: 20, seed: 20261124 });
    expect(report.ok, formatReport(report)).toBe(true);
    expect(report.results.map((operation) => `${operation.api}.${operation.operationId}`)).toHaveLength(16);
    for (const operation of report.results) {
      expect(operation.failures, `${operation.api}.${operation.operationId}`).toEqual([]);
      expect(operation.checks, `${operation.api}.${operation.operationId}`).toBeGreaterThan(20);
    }
  }, 120_000);
});
