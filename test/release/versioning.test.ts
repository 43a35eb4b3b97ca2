import { describe, expect, it } from "vitest";
import { changelogEntry, withEntry } from "../../release/main.js";
import { maxImpact } from "../../release/spec-diff.js";
import { bumpBetween, checkVersion, nextVersion, parseVersion } from "../../release/versioning.js";

describe("checkVersion", () => {
  it.each<[string, { base: string; current: string; required: "major" | "minor" | "patch" | "none"; ok: boolean; says?: RegExp }]>([
    ["no changes, no bump", { base: "1.2.3", current: "1.2.3", required: "none", ok: true }],
    ["a major change with a major bump", { base: "1.2.3", current: "2.0.0", required: "major", ok: true }],
    ["a major change with a minor bump", { base: "1.2.3", current: "1.3.0", required: "major", ok: false, says: /set "version" in package\.json to 2\.0\.0/ }],
    ["a major change with no bump", { base: "1.2.3", current: "1.2.3", required: "major", ok: false, says: /is no bump: set .* to 2\.0\.0/ }],
    ["a minor change with a patch bump", { base: "1.2.3", current: "1.2.4", required: "minor", ok: false, says: /only a patch bump: set .* to 1\.3\.0/ }],
    ["a minor change with a major bump", { base: "1.2.3", current: "2.0.0", required: "minor", ok: true }],
    ["a patch change with a patch bump", { base: "1.2.3", current: "1.2.4", required: "patch", ok: true }],
    ["a patch change with no bump", { base: "1.2.3", current: "1.2.3", required: "patch", ok: false, says: /set .* to 1\.2\.4/ }],
    ["a version going backwards", { base: "1.2.3", current: "1.1.9", required: "none", ok: false, says: /went backwards/ }],
  ])("%s", (_name, { base, current, required, ok, says }) => {
    const verdict = checkVersion(base, current, required);
    expect(verdict.ok).toBe(ok);
    if (says) expect(verdict.message).toMatch(says);
  });

  it("refuses versions that are not major.minor.patch", () => {
    expect(() => parseVersion("1.2")).toThrow(/not a major\.minor\.patch/);
  });

  it.each([
    ["major", "2.0.0"],
    ["minor", "1.3.0"],
    ["patch", "1.2.4"],
  ] as const)("the next version after a %s change of 1.2.3 is %s", (impact, want) => {
    const next = nextVersion(parseVersion("1.2.3"), impact);
    expect(`${next.major}.${next.minor}.${next.patch}`).toBe(want);
    expect(bumpBetween(parseVersion("1.2.3"), next)).toBe(impact);
  });

  it("takes the highest impact", () => {
    expect(maxImpact(["patch", "none", "minor", "patch"])).toBe("minor");
    expect(maxImpact([])).toBe("none");
  });
});

describe("the changelog", () => {
  const diffs = [{ api: "brand@v14", bump: "major" as const, changes: [{ impact: "major" as const, operations: ["GET /x (getX)"], description: "`id` became required" }] }];

  it("gets one entry per version, the newest first, replaced when written again", () => {
    const first = withEntry(undefined, "1.0.0", changelogEntry("1.0.0", "abc", diffs));
    const second = withEntry(first, "2.0.0", changelogEntry("2.0.0", "def", diffs));
    const again = withEntry(second, "2.0.0", changelogEntry("2.0.0", "ghi", diffs));
    expect(withEntry(again, "2.0.0", changelogEntry("2.0.0", "ghi", diffs)), "writing the same entry again changes nothing").toBe(again);
    expect(again.match(/^## /gm)).toHaveLength(2);
    expect(again.indexOf("## 2.0.0")).toBeLessThan(again.indexOf("## 1.0.0"));
    expect(again).toContain("API changes since ghi, rated major.");
    expect(again).not.toContain("since def");
    expect(again).toMatch(/^# Changelog\n/);
    expect(again).toContain("### brand@v14\n- `id` became required (major).");
  });
});
