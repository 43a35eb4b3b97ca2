// Against a real account the spec's example campaign and partner ids are
// refused, so the runner's writes name the account's own: the ones the user
// gave, else the first its answers showed, and the report says when neither
// was known and a write fell back to the example.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../runtime/contract/mock.js";
import { formatReport, runContract } from "../../runtime/contract/runner.js";
import type { Exchange } from "../../runtime/contract/runner/http.js";
import { Marker } from "../../runtime/contract/runner/marking.js";
import { planApi } from "../../runtime/contract/runner/plan.js";
import { AccountReferences } from "../../runtime/contract/runner/references.js";
import { startProxy, type Proxy } from "./runner-proxy.js";

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

function answer(text: string, method = "GET", status = 200): Exchange {
  return { sent: { method, url: "http://x/", auth: "valid" } as Exchange["sent"], status, headers: {}, text };
}

describe("the account's ids", () => {
  it("are learned from the first successful read that shows them, as wire strings or numbers", () => {
    const references = new AccountReferences();
    references.learn(answer('{"PromoCodes":[{"CampaignId":"","AssignedPartnerId":"abc"}]}'));
    expect(references.value("CampaignId")).toBeUndefined();
    references.learn(answer('{"PromoCodes":[{"CampaignId":"5150","AssignedPartnerId":31337}]}', "POST"));
    expect(references.value("CampaignId")).toBeUndefined();
    references.learn(answer('{"PromoCodes":[{"CampaignId":"5150","AssignedPartnerId":31337}]}', "GET", 404));
    expect(references.value("CampaignId")).toBeUndefined();
    references.learn(answer('{"@page":"1","PromoCodes":[{"Id":"1","CampaignId":"5150","AssignedPartnerId":31337},{"CampaignId":"6"}]}'));
    expect([references.value("CampaignId"), references.value("AssignedPartnerId")]).toEqual([5150, 31337]);
    references.learn(answer('{"CampaignId":"7","AssignedPartnerId":"8"}'));
    expect([references.value("CampaignId"), references.value("AssignedPartnerId")]).toEqual([5150, 31337]);
  });

  it("given by the user win over what answers show; ids past 16 digits or unsafe are never taken", () => {
    const references = new AccountReferences({ CampaignId: 42 });
    references.learn(answer('{"CampaignId":"5150","AssignedPartnerId":"99999999999999999"}'));
    expect(references.value("CampaignId")).toBe(42);
    expect(references.value("AssignedPartnerId")).toBeUndefined();
  });

  it("replace the example in a valid write, and leave a deliberately broken one broken", () => {
    const create = planApi("brand", "IRcontract").find((plan) => plan.operation.operationId === "createPromoCode")!;
    const marker = new Marker(1, 0, new AccountReferences({ CampaignId: 4242, AssignedPartnerId: 777 }));
    const valid = { path: {}, query: {}, body: { Code: "Acme20", CampaignId: 1000, AssignedPartnerId: 10000, DealName: "x" } };
    const marked = marker.mark(create, valid).body as Record<string, unknown>;
    expect([marked.CampaignId, marked.AssignedPartnerId]).toEqual([4242, 777]);
    const broken = { path: {}, query: {}, body: { Code: "Acme20", CampaignId: -1, AssignedPartnerId: 10000 } };
    expect((marker.mark(create, broken).body as Record<string, unknown>).CampaignId).toBe(-1);
  });
});

describe("a run's writes", () => {
  /** Every accepted create's fields (JSON or form alike); `hideIds` blanks the account's ids in every read, as if no record showed them. */
  async function creates(options: { campaignId?: number; partnerId?: number }, hideIds = false) {
    const bodies: Array<Record<string, unknown>> = [];
    proxy = await startProxy(mock.url, {
      after: (request, reply) => {
        if (request.method === "POST" && reply.status === 200) {
          bodies.push(request.body.startsWith("{") ? (JSON.parse(request.body) as Record<string, unknown>) : Object.fromEntries(new URLSearchParams(request.body)));
        }
        if (hideIds && request.method === "GET") return { ...reply, body: reply.body.replace(/"(CampaignId|AssignedPartnerId)":"[0-9]+"/g, '"$1":""') };
      },
    });
    const report = await runContract({ baseUrl: proxy.url, apis: ["brand"], runs: 2, seed: 3, ...options });
    return { bodies, report, text: formatReport(report) };
  }

  it("name the campaign and partner the user gave, and no note says they fell back", async () => {
    const { bodies, text } = await creates({ campaignId: 4242, partnerId: 777 });
    const codes = bodies.filter((body) => "AssignedPartnerId" in body);
    expect(codes.length, text).toBeGreaterThan(0);
    const campaigns = bodies.filter((body) => "CampaignId" in body);
    expect(campaigns.length, text).toBeGreaterThan(codes.length);
    expect(new Set(campaigns.map((body) => String(body.CampaignId))), text).toEqual(new Set(["4242"]));
    expect(new Set(codes.map((body) => String(body.AssignedPartnerId))), text).toEqual(new Set(["777"]));
    expect(text).not.toMatch(/spec's example CampaignId/);
  }, 60_000);

  it("without them, say in the report which writes sent the spec's example and which flag to pass", async () => {
    const { text } = await creates({}, true);
    expect(text).toMatch(/writes sent the spec's example CampaignId: .*--campaign-id was not given/);
  }, 60_000);
});
