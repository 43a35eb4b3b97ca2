import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { OpenApiDocument } from "../../generator/bundle.js";
import { SchemaValidator } from "../../runtime/schema-validator.js";
import { bundleAll, PROJECT_ROOT } from "../support/project.js";
import { examplesOf, responseSchema } from "../support/openapi.js";

let bundles: Record<string, OpenApiDocument>;
beforeAll(async () => {
  bundles = await bundleAll();
});

describe.each(["brand", "partner"] as const)("%s examples", (api) => {
  it("each validates against its schema under JSON Schema 2020-12", () => {
    const validator = new SchemaValidator(bundles[api]!, "strict");
    const examples = examplesOf(bundles[api]!);
    // The collector must find every kind, or this test would pass on nothing.
    const kinds = new Set(examples.map(({ where }) => where.match(/\/(responses|requestBodies|parameters|headers|schemas)\//)?.[1]));
    expect([...kinds].filter(Boolean).sort()).toEqual(
      api === "brand"
        ? ["headers", "parameters", "requestBodies", "responses", "schemas"]
        : ["headers", "parameters", "responses", "schemas"],
    );
    const failures = examples
      .map((example) => ({ where: example.where, problems: validator.validate(example.schema, example.value) }))
      .filter((result) => result.problems.length > 0);
    expect(failures).toEqual([]);
  });

  it("are not vacuous: a wrong value fails the strict validator", () => {
    const validator = new SchemaValidator(bundles[api]!, "strict");
    const schema = responseSchema(bundles[api]!, "getPromoCode", "200");
    expect(validator.validate(schema, { Id: "12", Code: "X", State: "NOPE", Uri: "/x" }).map((p) => `${p.pointer} ${p.keyword}`)).toEqual(
      expect.arrayContaining(["/Id type", "/State enum"]),
    );
  });
});

interface WireExample {
  file: string;
  api: "brand" | "partner";
  operationId: string;
  status: number;
  source: string;
}

async function wireExamples(): Promise<Array<WireExample & { value: unknown }>> {
  const folder = path.join(PROJECT_ROOT, "spec/wire-examples");
  const index = parse(await readFile(path.join(folder, "index.yaml"), "utf8")) as WireExample[];
  return Promise.all(
    index.map(async (entry) => ({ ...entry, value: JSON.parse(await readFile(path.join(folder, entry.file), "utf8")) })),
  );
}

describe("seed examples, exactly as impact.com documents them", () => {
  it("are all listed: three promo code objects from seed 004 and seed 002's list", async () => {
    const examples = await wireExamples();
    expect(examples.map((example) => `${example.api}.${example.operationId}`)).toEqual([
      "brand.getPromoCode",
      "brand.getPromoCode",
      "brand.getPromoCode",
      "partner.listPromoCodes",
    ]);
  });

  it("are accepted by the wire form of their response schema", async () => {
    for (const example of await wireExamples()) {
      const validator = new SchemaValidator(bundles[example.api]!, "wire");
      const schema = responseSchema(bundles[example.api]!, example.operationId, String(example.status));
      expect(validator.validate(schema, example.value), example.file).toEqual([]);
    }
  });

  it("are rejected by the clean schemas, which is why they live apart from the spec's own examples", async () => {
    for (const example of await wireExamples()) {
      const validator = new SchemaValidator(bundles[example.api]!, "strict");
      const schema = responseSchema(bundles[example.api]!, example.operationId, String(example.status));
      expect(validator.validate(schema, example.value).length, example.file).toBeGreaterThan(0);
    }
  });

  it("keep the quirks the wire rule exists for", async () => {
    const [products, , bogo, partner] = await wireExamples();
    expect(products!.value).toMatchObject({ Id: "7777777", EndDate: "", SynchAdsPromoCodes: "false", DealId: "00003" });
    expect((products!.value as { DealProducts: unknown[] }).DealProducts).toHaveLength(1);
    expect(bogo!.value).toMatchObject({ BogoBuyScope: "PRODUCT", BogoGetScope: "Product" });
    const second = (partner!.value as { PromoCodes: Array<Record<string, unknown>> }).PromoCodes[1];
    expect(second).toMatchObject({ Id: 3470, LI: "TRUE", WINNER: "FALSE" });
  });
});

describe("the wire form is still a contract", () => {
  const brandPromoCode = () => responseSchema(bundles.brand!, "getPromoCode", "200");
  const seed = {
    Id: "7777777",
    Code: "Acme20",
    Type: "LI",
    CreditPolicy: "ALWAYS",
    CampaignId: "1000",
    AssignedPartnerId: "10000",
    CreatedDate: "2020-09-10T10:51:23-07:00",
    State: "ACTIVE",
    Uri: "/Advertisers/X/PromoCodes/7777777",
  };

  it.each([
    ["a non-numeric id", { Id: "77x" }, "/Id"],
    ["an unknown enum value", { State: "PAUSED" }, "/State"],
    ["an empty required field", { Code: "" }, undefined],
    ["a malformed date", { CreatedDate: "yesterday" }, "/CreatedDate"],
    ["a boolean that is not one", { SynchAdsPromoCodes: "maybe" }, "/SynchAdsPromoCodes"],
    ["a decimal with a comma", { DiscountAmount: "5,00" }, "/DiscountAmount"],
  ])("rejects %s", (_label, change, pointer) => {
    const validator = new SchemaValidator(bundles.brand!, "wire");
    expect(validator.validate(brandPromoCode(), seed)).toEqual([]);
    const problems = validator.validate(brandPromoCode(), { ...seed, ...change });
    expect(problems.length).toBeGreaterThan(0);
    if (pointer) expect(problems.map((problem) => problem.pointer)).toContain(pointer);
  });

  it("rejects a missing required field", () => {
    const validator = new SchemaValidator(bundles.brand!, "wire");
    const { Uri: _uri, ...withoutUri } = seed;
    expect(validator.validate(brandPromoCode(), withoutUri).map((problem) => problem.keyword)).toContain("required");
  });
});
