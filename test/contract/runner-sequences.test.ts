// The stateful sequences: what they send, in what order, and what they make of
// lists that span pages or point elsewhere.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../runtime/contract/mock.js";
import { formatReport, runContract } from "../../runtime/contract/runner.js";
import { startProxy, type Proxy } from "./runner-proxy.js";

const BRAND = "/Advertisers/IRcontract";
const AUTH = `Basic ${Buffer.from("IRcontract:t").toString("base64")}`;
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

const route = (request: { method: string; url: string }) => `${request.method} ${request.url.replace(/\?.*/, "").replace(/\/\d+/g, "/:id")}`;

describe("brand sequences", () => {
  it("create → read → the filtered list → expire → read again; list → add an item → read → find by value → delete → gone", async () => {
    proxy = await startProxy(mock.url, {});
    const report = await runContract({ baseUrl: proxy.url, apis: ["brand"], runs: 1, seed: 5 });
    expect(report.ok, formatReport(report)).toBe(true);
    const sent = proxy.received.map(route);
    const code = sent.indexOf("POST /Advertisers/IRcontract/PromoCodes");
    expect(sent.slice(code, code + 5)).toEqual([
      "POST /Advertisers/IRcontract/PromoCodes",
      "GET /Advertisers/IRcontract/PromoCodes/:id",
      "GET /Advertisers/IRcontract/PromoCodes",
      "DELETE /Advertisers/IRcontract/PromoCodes/:id",
      "GET /Advertisers/IRcontract/PromoCodes/:id",
    ]);
    // The list read used the created code's own values as filters.
    const filtered = new URL(proxy.received[code + 2]!.url, "http://x").searchParams;
    expect([...filtered.keys()].sort()).toEqual(["CampaignId", "Code", "State"]);
    const item = sent.indexOf("POST /Advertisers/IRcontract/PromoCodeExceptionLists/:id/Items");
    expect(sent.slice(item, item + 5)).toEqual([
      "POST /Advertisers/IRcontract/PromoCodeExceptionLists/:id/Items",
      "GET /Advertisers/IRcontract/PromoCodeExceptionLists/:id/Items/:id",
      "GET /Advertisers/IRcontract/PromoCodeExceptionLists/:id/Items",
      "DELETE /Advertisers/IRcontract/PromoCodeExceptionLists/:id/Items/:id",
      "GET /Advertisers/IRcontract/PromoCodeExceptionLists/:id/Items/:id",
    ]);
    expect(new URL(proxy.received[item + 2]!.url, "http://x").searchParams.has("Value")).toBe(true);
    // Delete-all had an item to delete, and the list was empty after it.
    const deleteAll = sent.indexOf("DELETE /Advertisers/IRcontract/PromoCodeExceptionLists/:id/Items");
    expect(sent[deleteAll - 2]).toBe("POST /Advertisers/IRcontract/PromoCodeExceptionLists/:id/Items");
    expect(sent[deleteAll + 1]).toBe("GET /Advertisers/IRcontract/PromoCodeExceptionLists/:id/Items");
  });

  it("checks every item of every page: a defect on page 2 of a list of 60 codes is caught", async () => {
    for (let index = 0; index < 60; index += 1) {
      const body = new URLSearchParams({ Code: `BULK${index}`, Type: "RE", CreditPolicy: "ALWAYS", CampaignId: "1000", AssignedPartnerId: "10000" });
      const answer = await fetch(`${mock.url}${BRAND}/PromoCodes`, { method: "POST", headers: { authorization: AUTH, accept: "application/json", "content-type": "application/x-www-form-urlencoded" }, body });
      expect(answer.status).toBe(200);
    }
    proxy = await startProxy(mock.url, {
      after: (request, answer) => {
        if (request.pathname !== `${BRAND}/PromoCodes` || new URL(request.url, "http://x").searchParams.get("Page") !== "2" || answer.status !== 200) return undefined;
        const page = JSON.parse(answer.body);
        if (page.PromoCodes.length === 0) return undefined;
        page.PromoCodes.at(-1).Id = "not-an-id";
        return { ...answer, body: JSON.stringify(page) };
      },
    });
    const report = await runContract({ baseUrl: proxy.url, apis: ["brand"], operations: ["listPromoCodes"], runs: 1, seed: 5 });
    const failure = report.results[0]!.checks.response_schema_conformance.failure!;
    expect(failure.problem).toMatch(/^the 200 body does not match the spec \(\d+ issues?: \/PromoCodes\/\d+\/Id /);
    expect(failure.request.url).toMatch(/[?&]Page=2(&|$)/);
    expect(failure.request.url).toMatch(/[?&]PageSize=50(&|$)/);
  });

  it("does not follow a next page that leaves the API, and says so", async () => {
    const elsewhere: string[] = [];
    const trap = createServer((request, response) => {
      elsewhere.push(request.url!);
      response.end("{}");
    });
    await new Promise<void>((resolve) => trap.listen(0, "127.0.0.1", resolve));
    try {
      const trapOrigin = `http://127.0.0.1:${(trap.address() as AddressInfo).port}`;
      proxy = await startProxy(mock.url, {
        after: (request, answer) => (request.method === "GET" && request.pathname === "/Mediapartners/IRcontract/PromoCodes" && answer.status === 200 ? { ...answer, body: JSON.stringify({ ...JSON.parse(answer.body), "@nextpageuri": `${trapOrigin}/Mediapartners/IRcontract/PromoCodes?Page=2` }) } : undefined),
      });
      const report = await runContract({ baseUrl: proxy.url, apis: ["partner"], runs: 1, seed: 5 });
      expect(elsewhere).toEqual([]);
      expect(report.notes).toContain(`partner listPromoCodes: @nextpageuri "${trapOrigin}/Mediapartners/IRcontract/PromoCodes?Page=2" leaves the API; not followed`);
      expect(formatReport(report)).toContain("note: partner listPromoCodes: @nextpageuri");
    } finally {
      trap.closeAllConnections();
      await new Promise((resolve) => trap.close(resolve));
    }
  });
});

describe("partner sequences", () => {
  it("reads the first code of the list on its own, then finds it with the list filters its values match", async () => {
    proxy = await startProxy(mock.url, {});
    const report = await runContract({ baseUrl: proxy.url, apis: ["partner"], runs: 1, seed: 5 });
    expect(report.ok, formatReport(report)).toBe(true);
    const [first, read, filtered] = proxy.received;
    expect(route(first!)).toBe("GET /Mediapartners/IRcontract/PromoCodes");
    expect(route(read!)).toBe("GET /Mediapartners/IRcontract/PromoCodes/:id");
    expect([...new URL(filtered!.url, "http://x").searchParams.keys()].sort()).toEqual(["AdvertiserId", "ProgramId", "SearchString"]);
    expect(report.results.find((result) => result.operationId === "listPromoCodes")!.checks.ensure_resource_availability.outcome).toBe("passed");
  });
});
