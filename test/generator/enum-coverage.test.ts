import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../../generator/bundle.js";
import { buildFixtures } from "../../generator/emit-fixtures.js";
import { buildModel } from "../../generator/model.js";
import { Warnings } from "../../generator/problems.js";

// Every enum value of a spec is in some fixture, or named as one no valid value
// can hold, with the reason: the two causes of Microsoft Graph's 1,098 values in
// neither (an 826-value enum beyond the 48 variants a list took, arrays of
// 103-value enums beyond the 64 items one value shows).
function coverageOf(document: OpenApiDocument) {
  const warnings = new Warnings("spec.json");
  return buildFixtures(document, buildModel(document), undefined, warnings).coverage;
}

const values = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

describe("enum coverage", () => {
  it("shows every value of an enum wider than the variants a list takes, and of an array of one wider than an instance holds", () => {
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/things": {
          get: {
            operationId: "listThings",
            parameters: [
              { name: "$orderby", in: "query", explode: false, schema: { type: "array", uniqueItems: true, items: { type: "string", enum: values("order", 150) } } },
              { name: "two", in: "query", schema: { type: "array", maxItems: 2, items: { type: "string", enum: values("two", 5) } } },
            ],
            responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/State" } } } } },
          },
        },
      },
      components: { schemas: { State: { type: "string", enum: values("state", 300) } } },
    };
    const coverage = coverageOf(document);
    expect(coverage.missing).toEqual([]);
    expect(coverage.unholdable).toEqual([]);
    expect(coverage.covered).toBe(455);
    expect(coverage.total).toBe(455);
  });
});
