// One bad field is one validation issue, worded from the spec (issue 24, item 6):
// wire mode used to give three or more (`type`, `pattern`, `anyOf`, …) per field,
// one of them quoting a pattern the wire rule generated, and strict mode two for
// a value of the wrong type beside an enum. Checked on the validators, the
// precompiled MSW request validators, the mock's 400 and the validate command.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBrandMockHandlers } from "../../generated/brand/msw.js";
import { requestValidators as brandCompiled } from "../../generated/brand/request-validators.js";
import { precompiledRequestValidator, type CompiledValidator } from "../../runtime/contract/mock/precompile.js";
import { startMockServer, type MockServer } from "../../runtime/contract/mock.js";
import { createValidators, type ValidationIssue } from "../../runtime/contract/validators.js";
import { SchemaValidator } from "../../runtime/schema-validator.js";
import { PROJECT_ROOT, runTsx } from "../support/project.js";

type Json = Record<string, any>;
const HANG = 20_000;

const read = async (file: string) => JSON.parse(await readFile(path.join(PROJECT_ROOT, "generated/brand", file), "utf8")) as Json;
let document: Json;
let brand: ReturnType<typeof createValidators>;
let wireAnswer: Json;
let cleanAnswer: Json;
let wireList: Json;
let states: string[];

beforeAll(async () => {
  document = await read("openapi.clean.json");
  brand = createValidators(document);
  wireAnswer = (await read("fixtures/wire-responses.json")).getPromoCode["200"][0];
  cleanAnswer = (await read("fixtures/responses.json")).getPromoCode["200"][0];
  wireList = (await read("fixtures/wire-responses.json")).listPromoCodes["200"][0];
  states = document.components.schemas.PromoCodeState.enum;
});

/** What the wire rule generates: a case-insensitive alternation, a character class per letter, the digit patterns. */
const GENERATED_REGEX = /\(\?:|\[[A-Z][a-z]\]|\^-\?\[0-9\]/;

function only(issues: ValidationIssue[]): ValidationIssue {
  expect(issues, JSON.stringify(issues, null, 2)).toHaveLength(1);
  return issues[0]!;
}

describe("a response in wire mode", () => {
  it("starts from a valid fixture", () => {
    expect(brand.validateResponse("getPromoCode", 200, wireAnswer, { mode: "wire" })).toEqual([]);
  });

  it("with an enum value that is none of the allowed ones: one issue naming them, no generated regex", () => {
    const issue = only(brand.validateResponse("getPromoCode", 200, { ...wireAnswer, State: "BOGUS" }, { mode: "wire" }));
    expect(issue).toEqual({ pointer: "/State", rule: "enum", message: `State must be one of ${states.join(", ")} (any letter case on the wire)` });
    expect(issue.message).not.toMatch(GENERATED_REGEX);
  });

  it("with a non-numeric string for an integer: one issue saying what the wire allows", () => {
    const issue = only(brand.validateResponse("getPromoCode", 200, { ...wireAnswer, Id: "abc" }, { mode: "wire" }));
    expect(issue).toEqual({ pointer: "/Id", rule: "type", message: "Id must be an integer (on the wire: a string of digits)" });
  });

  it("with a bad optional date: one issue, saying that an absent one may be empty", () => {
    const issue = only(brand.validateResponse("getPromoCode", 200, { ...wireAnswer, StartDate: "yesterday" }, { mode: "wire" }));
    expect(issue).toMatchObject({ pointer: "/StartDate", rule: "format" });
    expect(issue.message).toMatch(/^StartDate must be an RFC 3339 date-time .*\(""? or null when absent\)$/);
  });

  it("with a bad field in an array item: one issue at that field, none echoed on the array", () => {
    const product = { ProductName: "Gray Anvil", ProductBeforePriceAmount: "fifty" };
    const issue = only(brand.validateResponse("getPromoCode", 200, { ...wireAnswer, DealProducts: [product] }, { mode: "wire" }));
    expect(issue).toMatchObject({ pointer: "/DealProducts/0/ProductBeforePriceAmount", rule: "type" });
    expect(issue.message).toMatch(/^ProductBeforePriceAmount must be a number \(on the wire: a decimal string/);
    expect(issue.message).not.toMatch(GENERATED_REGEX);
  });

  it("with a bad item in a list envelope: one issue per bad field, each at its own pointer", () => {
    const [first, ...rest] = wireList.PromoCodes as Json[];
    const issues = brand.validateResponse("listPromoCodes", 200, { ...wireList, PromoCodes: [{ ...first, State: "gone", CampaignId: "12a" }, ...rest] }, { mode: "wire" });
    expect(issues.map((issue) => [issue.pointer, issue.rule])).toEqual([
      ["/PromoCodes/0/CampaignId", "type"],
      ["/PromoCodes/0/State", "enum"],
    ]);
    for (const issue of issues) expect(issue.message).not.toMatch(GENERATED_REGEX);
  });

  it("with a missing required field: the issue it always was", () => {
    const { Code: _code, ...codeless } = wireAnswer;
    expect(brand.validateResponse("getPromoCode", 200, codeless, { mode: "wire" })).toEqual([{ pointer: "/", rule: "required", message: "must have required property 'Code'" }]);
  });
});

describe("a response in strict mode", () => {
  it("with an enum value of the wrong type: one issue (it was `type` and `enum`)", () => {
    const issue = only(brand.validateResponse("getPromoCode", 200, { ...cleanAnswer, State: 5 }, { mode: "strict" }));
    expect(issue).toEqual({ pointer: "/State", rule: "enum", message: `State must be one of ${states.join(", ")}` });
  });

  it("still refuses the wire form, saying only what the spec says", () => {
    const issues = brand.validateResponse("getPromoCode", 200, { ...cleanAnswer, Id: "7777777", State: "active" }, { mode: "strict" });
    expect(issues).toEqual([
      { pointer: "/Id", rule: "type", message: "Id must be an integer" },
      { pointer: "/State", rule: "enum", message: `State must be one of ${states.join(", ")}` },
    ]);
  });
});

describe("a request", () => {
  const body = { AssignedPartnerId: 10000, CampaignId: 1000, Code: "Acme20", Type: "LI", CreditPolicy: "ALWAYS" };
  const types = () => document.components.schemas.PromoCodeMatchType.enum as string[];

  it("with a number for an enum field: one issue naming the allowed values, from createValidators and the precompiled validators alike", () => {
    const input = { body: { ...body, Type: 5 } };
    const want = { pointer: "/body/Type", rule: "enum", message: `Type must be one of ${types().join(", ")}` };
    expect(brand.validateRequest("createPromoCode", input)).toEqual([want]);
    const precompiled = precompiledRequestValidator(brand.operations, brandCompiled as Record<string, CompiledValidator>);
    expect(precompiled("createPromoCode", input)).toEqual([want]);
  });

  it("with a query parameter of the wrong type: named by the parameter", () => {
    const issue = only(brand.validateRequest("listPromoCodes", { query: { PageSize: "many" } }));
    expect(issue).toMatchObject({ pointer: "/query/PageSize", rule: "type" });
    expect(issue.message).toMatch(/^PageSize must be an integer/);
  });

  it("with a spec pattern it breaks: the spec's own pattern is quoted", () => {
    const issue = only(brand.validateRequest("createPromoCodeExceptionList", { body: { Name: "List", CampaignId: 1000, ActionTrackerId: "1,x" } }));
    const pattern = document.components.schemas.PromoCodeExceptionListCreateRequest.properties.ActionTrackerId.pattern as string;
    expect(issue).toEqual({ pointer: "/body/ActionTrackerId", rule: "pattern", message: `ActionTrackerId must match the pattern ${pattern}` });
  });
});

describe("the wording", () => {
  const documentWith = (schemas: Json) => ({ "x-wire-format": { scalarsAsStrings: true, enumsIgnoreCase: true, emptyStringIsAbsent: true, arraysAsCommaSeparatedStrings: true }, components: { schemas } });

  it("says what a spec's own anyOf allows, as alternatives", () => {
    const validator = new SchemaValidator(documentWith({ Either: { anyOf: [{ type: "string", enum: ["A", "B"] }, { type: "boolean" }] } }), "strict");
    expect(validator.validate({ $ref: "#/components/schemas/Either" }, 3)).toEqual([{ pointer: "/", keyword: "enum", message: "the value must be one of A, B or true or false" }]);
  });

  it("lists at most 20 allowed values and cuts a long one, whatever the spec holds", () => {
    const values = Array.from({ length: 5_000 }, (_, index) => `V${index}${"x".repeat(index === 0 ? 500 : 0)}`);
    const validator = new SchemaValidator(documentWith({ Many: { type: "object", properties: { Kind: { type: "string", enum: values } } } }), "wire");
    const [issue, ...others] = validator.validate({ $ref: "#/components/schemas/Many" }, { Kind: "nope" });
    expect(others).toEqual([]);
    expect(issue!.message.length).toBeLessThan(600);
    expect(issue!.message).toMatch(/^Kind must be one of V0x+…, V1, .*, V19, … \(4980 more\) \(any letter case on the wire; "" or null when absent\)$/);
  });

  it("stays linear on a body with a bad value in each of many items", { timeout: HANG }, () => {
    const validator = new SchemaValidator(documentWith({ List: { type: "array", items: { type: "object", properties: { N: { type: "integer" } } } } }), "wire");
    const issues = validator.validate({ $ref: "#/components/schemas/List" }, Array.from({ length: 20_000 }, () => ({ N: "x" })));
    expect(issues).toHaveLength(20_000);
    expect(issues[19_999]).toEqual({ pointer: "/19999/N", keyword: "type", message: 'N must be an integer (on the wire: a string of digits; "" or null when absent)' });
  });
});

const SID = "IRcallerAccount";
const AUTH = `Basic ${Buffer.from(`${SID}:token`).toString("base64")}`;

describe("the mock's 400", () => {
  const brandMsw = createBrandMockHandlers();
  const msw = setupServer(...brandMsw.handlers);
  let mock: MockServer;
  beforeAll(async () => {
    msw.listen({ onUnhandledRequest: "bypass" } as Parameters<typeof msw.listen>[0]);
    mock = await startMockServer();
  });
  afterAll(async () => {
    msw.close();
    await mock.close();
  });

  it.each([
    ["the HTTP mock", () => mock.url],
    ["the MSW handlers", () => "https://api.impact.com"],
  ])("from %s names a bad enum field once, with the allowed values", { timeout: HANG }, async (_name, origin) => {
    const body = JSON.stringify({ AssignedPartnerId: 10000, CampaignId: 1000, Code: "Acme20", Type: 5, CreditPolicy: "ALWAYS" });
    const response = await fetch(`${origin()}/Advertisers/${SID}/PromoCodes`, { method: "POST", headers: { Authorization: AUTH, Accept: "application/json", "Content-Type": "application/json" }, body });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { Errors: Array<{ Field: string; Message: string }> };
    expect(answer.Errors).toEqual([{ Field: "Type", Message: `enum: Type must be one of ${(document.components.schemas.PromoCodeMatchType.enum as string[]).join(", ")}` }]);
  });
});

describe("impact-promo-validate", () => {
  it("prints one line for one bad field of a wire response", { timeout: HANG }, async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "validation-issues-"));
    try {
      const file = path.join(folder, "answer.json");
      await writeFile(file, JSON.stringify({ ...wireAnswer, State: "BOGUS" }));
      const { stdout } = await runTsx("runtime/contract/validate-cli.ts", ["--api", "brand", "--operation", "getPromoCode", "--status", "200", file], { timeout: HANG });
      expect(stdout.trim().split("\n")).toEqual([`${file}: 1 problem(s) as getPromoCode 200 (wire)`, `  /State  enum  State must be one of ${states.join(", ")} (any letter case on the wire)`]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
