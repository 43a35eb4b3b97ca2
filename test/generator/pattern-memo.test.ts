// Strings built from a pattern are reused where the same pattern, variant and
// bounds come again ($ref'ed schemas are synthesized wherever they are used),
// and a pattern nothing matches is given up after MAX_PATTERN_FAILED_VARIANTS
// variants, not tried 20 times at every variant (EC2's placement-group ARN, a
// `^` in its middle: 1.3 s of its fixtures).
import { beforeEach, describe, expect, it, vi } from "vitest";

const generated = vi.hoisted(() => ({ count: 0 }));
vi.mock("randexp", async (importOriginal) => {
  const RandExp = ((await importOriginal()) as { default: new (pattern: RegExp) => { gen(): string } }).default;
  class Counting extends RandExp {
    override gen(): string {
      generated.count += 1;
      return super.gen();
    }
  }
  return { default: Counting };
});

const { synthesizeString, MAX_PATTERN_FAILED_VARIANTS } = await import("../../generator/synthesize-strings.js");

describe("pattern strings", () => {
  beforeEach(() => {
    generated.count = 0;
  });

  it("builds a pattern's string once per variant and bounds, and gives the same string again", () => {
    const schema = { type: "string", pattern: "^ab-[0-9]{4}$" };
    const first = [0, 1, 2].map((variant) => synthesizeString(schema, variant, "id", () => undefined));
    const built = generated.count;
    expect(built).toBeGreaterThanOrEqual(3);
    const again = [0, 1, 2].map((variant) => synthesizeString({ ...schema }, variant, "id", () => undefined));
    expect(again).toEqual(first);
    expect(generated.count).toBe(built);
    for (const value of first) expect(value).toMatch(/^ab-[0-9]{4}$/);
  });

  it(`tries a pattern nothing matches at ${MAX_PATTERN_FAILED_VARIANTS} variants, then answers the others with the same problem`, () => {
    const schema = { type: "string", pattern: "^arn:x/^.{1,255}$" };
    const problems: string[] = [];
    for (let variant = 0; variant < 48; variant += 1) synthesizeString(schema, variant, "arn", (problem) => problems.push(problem));
    expect(problems).toHaveLength(48);
    expect(new Set(problems)).toEqual(new Set(["cannot produce a string of 0 to Infinity characters matching /^arn:x/^.{1,255}$/"]));
    // 20 attempts a variant, as fromPattern makes them.
    expect(generated.count).toBe(MAX_PATTERN_FAILED_VARIANTS * 20);
  });

  it("still tries each variant of a pattern that failed under other bounds", () => {
    const tight = { type: "string", pattern: "^[a-z]{3,5}$", maxLength: 2 };
    for (let variant = 0; variant < 4; variant += 1) synthesizeString(tight, variant, "code", () => undefined);
    const loose = { type: "string", pattern: "^[a-z]{3,5}$" };
    const values = [0, 1, 2, 3].map((variant) => synthesizeString(loose, variant, "code", () => undefined));
    for (const value of values) expect(value).toMatch(/^[a-z]{3,5}$/);
  });
});
