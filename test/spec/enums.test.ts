import { beforeAll, describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../../generator/bundle.js";
import { bundleAll } from "../support/project.js";

// Every enum of impact-api-facts.md, by the named schema that carries it.
const EXPECTED_ENUMS = {
  brand: {
    PromoCodeMatchType: ["LI", "RE"],
    PromoCodeCreditPolicy: ["ALWAYS", "INVOLVED", "WINNER"],
    PromoCodeState: ["ACTIVE", "INACTIVE"],
    DealState: ["ACTIVE", "EXPIRED", "PENDING"],
    DealType: ["GENERAL_SALE", "FREE_SHIPPING", "GIFT_WITH_PURCHASE", "REBATE", "BOGO"],
    DealScope: ["CATEGORY", "ENTIRE_STORE", "PRODUCT"],
    DiscountType: ["FIXED", "PERCENT", "PERCENT_RANGE", "PERCENT_MAXIMUM"],
    BogoGetDiscountType: ["FREE", "AMOUNT", "PERCENT"],
    PromoCodeExceptionListState: ["ACTIVE", "CLOSED", "DEACTIVATED"],
    PromoCodeExceptionListItemMatchMode: ["EQ", "REGEX"],
  },
  partner: {
    PromoCodeState: ["ACTIVE", "FUTUREDATE", "EXPIRED"],
    PromoCodeMatchType: ["LI", "RE"],
    PromoCodeCreditPolicy: ["ALWAYS", "INVOLVED", "WINNER"],
    SortOrder: ["ASC", "DESC"],
    PromoCodeExceptionListState: ["ACTIVE", "CLOSED", "DEACTIVATED"],
    PromoCodeExceptionListItemMatchMode: ["EQ", "REGEX"],
  },
} as const;

// Where each enum is used: field → named schema. BogoBuyScope and BogoGetScope share DealScope.
const ENUM_FIELDS = {
  brand: {
    "PromoCode.Type": "PromoCodeMatchType",
    "PromoCode.CreditPolicy": "PromoCodeCreditPolicy",
    "PromoCode.State": "PromoCodeState",
    "PromoCode.DealState": "DealState",
    "PromoCode.DealType": "DealType",
    "PromoCode.DealScope": "DealScope",
    "PromoCode.BogoBuyScope": "DealScope",
    "PromoCode.BogoGetScope": "DealScope",
    "PromoCode.DiscountType": "DiscountType",
    "PromoCode.BogoGetDiscountType": "BogoGetDiscountType",
    "PromoCodeCreateRequest.Type": "PromoCodeMatchType",
    "PromoCodeCreateRequest.CreditPolicy": "PromoCodeCreditPolicy",
    "PromoCodeExceptionList.State": "PromoCodeExceptionListState",
    "PromoCodeExceptionListItem.MatchMode": "PromoCodeExceptionListItemMatchMode",
  },
  partner: {
    "PromoCode.State": "PromoCodeState",
    "PromoCode.MatchMode": "PromoCodeMatchType",
    "PromoCode.CreditRule": "PromoCodeCreditPolicy",
  },
} as const;

let bundles: Record<string, OpenApiDocument>;
beforeAll(async () => {
  bundles = await bundleAll();
});

type Schemas = Record<string, { enum?: string[]; "x-enumDescriptions"?: Record<string, string>; properties?: Record<string, { $ref?: string }> }>;

describe.each(["brand", "partner"] as const)("%s enums", (api) => {
  const schemas = () => bundles[api]!.components!.schemas as Schemas;

  it("are exactly the documented ones, each a named schema", () => {
    const named = Object.fromEntries(
      Object.entries(schemas())
        .filter(([, schema]) => Array.isArray(schema.enum))
        .map(([name, schema]) => [name, schema.enum]),
    );
    expect(named).toEqual(EXPECTED_ENUMS[api]);
  });

  it("describe each value, and only their values", () => {
    for (const [name, schema] of Object.entries(schemas()).filter(([, candidate]) => candidate.enum)) {
      expect(Object.keys(schema["x-enumDescriptions"] ?? {}), name).toEqual(schema.enum);
      for (const text of Object.values(schema["x-enumDescriptions"]!)) expect(text.length, name).toBeGreaterThan(10);
    }
  });

  it("are referenced by name wherever a field takes one, never written inline", () => {
    for (const [field, enumName] of Object.entries(ENUM_FIELDS[api])) {
      const [schemaName, property] = field.split(".") as [string, string];
      expect(schemas()[schemaName]?.properties?.[property], field).toEqual({ $ref: `#/components/schemas/${enumName}` });
    }
  });
});

describe("shared components", () => {
  it("are the same in both bundles", () => {
    const shared = ["ErrorResponse", "ErrorDetail", "PageEnvelope", "ResourceUri", "PromoCodeMatchType", "PromoCodeCreditPolicy", "PromoCodeExceptionList", "PromoCodeExceptionListItem"];
    for (const name of shared) {
      expect(bundles.partner!.components!.schemas![name], name).toEqual(bundles.brand!.components!.schemas![name]);
    }
    expect(bundles.partner!.components!.securitySchemes).toEqual(bundles.brand!.components!.securitySchemes);
    expect(bundles.partner!["x-wire-format"]).toEqual(bundles.brand!["x-wire-format"]);
  });
});
