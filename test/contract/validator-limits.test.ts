// Validators on hostile values: nothing a request or body holds makes them throw.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createValidators } from "../../runtime/contract/validators.js";
import { PROJECT_ROOT } from "../support/project.js";

const brand = createValidators(JSON.parse(readFileSync(path.join(PROJECT_ROOT, "generated/brand/openapi.clean.json"), "utf8")));

describe("a value too long for the regex engine", () => {
  it("is an issue of its field, not a RangeError", () => {
    // 10 MB of "1,": past what V8's backtracking can hold for ^[0-9]+(,[0-9]+)*$.
    const huge = `${"1,".repeat(5_000_000)}1`;
    let issues: ReturnType<typeof brand.validateRequest> = [];
    expect(() => {
      issues = brand.validateRequest("createPromoCodeExceptionList", { body: { Name: "List", CampaignId: 1000, ActionTrackerId: huge } });
    }).not.toThrow();
    expect(issues).toContainEqual(expect.objectContaining({ pointer: "/body/ActionTrackerId", rule: "pattern" }));
  });

  it("an ordinary comma list within maxLength still passes", () => {
    const issues = brand.validateRequest("createPromoCodeExceptionList", { body: { Name: "List", CampaignId: 1000, ActionTrackerId: Array.from({ length: 60 }, (_, index) => index + 1).join(",") } });
    expect(issues).toEqual([]);
  });
});
