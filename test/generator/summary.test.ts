// The one line a generation ends with: counted nouns agree with their numbers.
import { describe, expect, it } from "vitest";
import { formatSummary, type GenerateSummary } from "../../generator/pipeline.js";
import { Timings } from "../../generator/timings.js";

const summary = (counts: { operations: number; schemas: number; fixtures: number; warnings: number }): GenerateSummary => ({
  label: "spec.yaml",
  stage: "all",
  operations: counts.operations,
  schemas: counts.schemas,
  fixtures: counts.fixtures,
  enumValues: { covered: 0, total: 0, missing: [], unholdable: [] },
  warnings: Array.from({ length: counts.warnings }, () => ({ kind: "struct", where: "spec.yaml#/paths", message: "bad type" })),
  milliseconds: 1500,
  timings: new Timings(),
});

describe("the summary line", () => {
  it("says 1 operation, 1 schema, 1 fixture, 1 warning", () => {
    expect(formatSummary(summary({ operations: 1, schemas: 1, fixtures: 1, warnings: 1 }))).toBe("spec.yaml    1 operation · 1 schema · 1 fixture · no enums · 1 warning (1 struct) · 1.5 s");
  });

  it("counts more than one, and none, in the plural", () => {
    expect(formatSummary(summary({ operations: 12, schemas: 0, fixtures: 2, warnings: 3 }))).toBe("spec.yaml    12 operations · 0 schemas · 2 fixtures · no enums · 3 warnings (3 struct) · 1.5 s");
  });
});
