// The mock against bodies and URLs with very many fields: a form body or a query
// string is parsed in one pass, and past `maxFields` (default 1,000) it is refused
// before anything is decoded, so one client cannot hold the mock for everyone.
// The 20 s timeouts are hang detectors: each answer comes in milliseconds, and the
// unfixed parser took 40 s and more on these inputs.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMockCore, MOCK_DEFAULT_MAX_FIELDS } from "../../runtime/contract/mock/core.js";
import { startMockServer, type MockServer } from "../../runtime/contract/mock.js";
import { createValidators } from "../../runtime/contract/validators.js";
import { PROJECT_ROOT } from "../support/project.js";

const SID = "IRfieldsAccount";
const AUTH = `Basic ${Buffer.from(`${SID}:token`).toString("base64")}`;
const FORM = "application/x-www-form-urlencoded";
const HANG = 20_000;

let mock: MockServer;
beforeEach(async () => {
  mock = await startMockServer();
});
afterEach(async () => {
  await mock.close();
});

const post = (body: string, pathAndQuery = "/PromoCodes") =>
  fetch(`${mock.url}/Advertisers/${SID}${pathAndQuery}`, { method: "POST", headers: { Authorization: AUTH, Accept: "application/json", "Content-Type": FORM }, body });
const get = (pathAndQuery: string) => fetch(`${mock.url}/Advertisers/${SID}${pathAndQuery}`, { headers: { Authorization: AUTH, Accept: "application/json" } });
const fields = (count: number, field = (index: number) => `f${index}=v`) => Array.from({ length: count }, (_, index) => field(index)).join("&");

describe("form bodies with many fields", () => {
  it(
    "refuses 100,000 fields (889 KB, under the body limit) with 413 naming the limit, and serves a request sent meanwhile",
    async () => {
      const body = fields(100_000);
      expect(body.length).toBeLessThan(1 << 20);
      const [refused, served] = await Promise.all([post(body), get("/PromoCodes/7777777")]);
      expect(refused.status).toBe(413);
      expect(await refused.json()).toMatchObject({ Status: "ERROR", Message: `The form body has more than ${MOCK_DEFAULT_MAX_FIELDS} fields (the mock's maxFields)` });
      expect(served.status).toBe(200);
    },
    HANG,
  );

  it(
    "parses up to the limit: 1,000 fields reach validation, 1,001 are refused",
    async () => {
      expect(MOCK_DEFAULT_MAX_FIELDS).toBe(1_000);
      const atLimit = await post(fields(1_000));
      expect(atLimit.status, "validated, not refused for its size").toBe(400);
      expect(((await atLimit.json()) as { Message: string }).Message).toBe("Validation Failed");
      expect((await post(fields(1_001))).status).toBe(413);
      expect((await post(`${fields(1_000)}&&&&`)).status, "empty pairs are not fields").toBe(400);
    },
    HANG,
  );

  it(
    "parses in one pass when the limit is raised: 100,000 distinct fields are answered, not refused",
    async () => {
      await mock.close();
      mock = await startMockServer({ maxFields: 1_000_000 });
      const [answer, served] = await Promise.all([post(fields(100_000)), get("/PromoCodes/7777777")]);
      expect(answer.status, "validated: the required fields are missing").toBe(400);
      expect(((await answer.json()) as { Message: string }).Message).toBe("Validation Failed");
      expect(served.status).toBe(200);
    },
    HANG,
  );

  it("still takes a normal form body: escapes, `+` as a space, a field named like an Object method", async () => {
    const created = await post("AssignedPartnerId=10000&CampaignId=4242&CreditPolicy=WINNER&Type=LI&Code=SUMMER%2B10&DealName=Big+sale+%E2%82%AC");
    expect(created.status).toBe(200);
    const uri = ((await created.json()) as { Uri: string }).Uri;
    const code = (await (await get(uri.replace(`/Advertisers/${SID}`, ""))).json()) as Record<string, unknown>;
    expect(code).toMatchObject({ Code: "SUMMER+10", CampaignId: "4242", CreditPolicy: "WINNER" });
    const odd = await post("AssignedPartnerId=1&CampaignId=2&CreditPolicy=WINNER&Type=LI&Code=X&constructor=1&__proto__=2&toString=3");
    expect(odd.status, "a field named constructor is an unknown field, never a crash").toBeLessThan(500);
  });

  it("still refuses malformed form encoding, naming the field", async () => {
    for (const [body, reason] of [
      ["Code=%zz", 'field 1 has a "%" not followed by two hex digits'],
      ["Code=A&%ff=1", "field 2 is not valid UTF-8 once decoded"],
      ["Code=A&=1", "field 2 has no name"],
    ]) {
      const answer = await post(body!);
      expect(answer.status).toBe(400);
      expect(((await answer.json()) as { Message: string }).Message).toBe(`Malformed form encoding: ${reason}`);
    }
  });

  it.each([[0], [-1], [1.5], [Number.NaN]])("refuses maxFields %s with a clear error", async (maxFields) => {
    await expect(startMockServer({ maxFields })).rejects.toThrow(/maxFields must be a whole number, 1 or more/);
  });
});

describe("query strings with many parameters", () => {
  // Through Node's HTTP server a URL is cut at 16 KiB of headers; the MSW
  // handlers in a page or a test have no such limit, so the core is asked directly.
  const document = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "generated/brand/openapi.clean.json"), "utf8"));
  const fixtures = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "generated/brand/fixtures/responses.json"), "utf8"));
  const core = createMockCore([{ name: "brand", document, fixtures, validateRequest: createValidators(document).validateRequest }]);
  const ask = (query: string) => core.handle(new Request(`https://api.impact.com/Advertisers/${SID}/PromoCodes?${query}`, { headers: { Authorization: AUTH, Accept: "application/json" } }));

  it(
    "refuses 30,000 repeats of one parameter with 414 naming the limit",
    async () => {
      const answer = await ask(fields(30_000, () => "CampaignId=1"));
      expect(answer.status).toBe(414);
      expect(JSON.parse(answer.body)).toMatchObject({ Message: `The query string has more than ${MOCK_DEFAULT_MAX_FIELDS} parameters (the mock's maxFields)` });
    },
    HANG,
  );

  it("still reads repeated parameters in order (a scalar takes the last), and a query at the limit", async () => {
    const answer = await ask("CampaignId=4242&Code=A+B%2B&CampaignId=77&PageSize=50");
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)["@uri"]).toBe(`/Advertisers/${SID}/PromoCodes?CampaignId=77&Code=A+B%2B&PageSize=50&Page=1`);
    expect((await ask(fields(1_000, () => "CampaignId=1"))).status).toBe(200);
  });
});
