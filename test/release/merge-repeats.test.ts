// A change repeated in every operation (a shared parameter added to each) reads
// as one sentence naming them all, not one line per operation.
import { describe, expect, it } from "vitest";
import { changelogEntry, mergeRepeats, withEntry } from "../../release/main.js";
import type { SpecChange } from "../../release/operation-compare.js";

const added = (operation: string): SpecChange => ({ impact: "minor", description: `The \`IR-Version\` header parameter was added to ${operation} as optional: callers may send it`, operations: [operation] });

describe("repeated changes", () => {
  it("become one sentence naming every operation, where the first stood", () => {
    const removed: SpecChange = { impact: "major", description: "`DealName` was removed from the request body of createPromoCode: callers that send it must stop", operations: ["createPromoCode"] };
    const merged = mergeRepeats([added("listPromoCodes"), removed, added("getPromoCode"), added("createPromoCode")]);
    expect(merged.map((change) => change.description)).toEqual([
      "The `IR-Version` header parameter was added to listPromoCodes, getPromoCode and createPromoCode as optional: callers may send it",
      removed.description,
    ]);
    expect(merged[0]!.operations).toEqual(["createPromoCode", "getPromoCode", "listPromoCodes"]);
  });

  it("stay apart when their ratings differ, or an operation's name is only part of a word", () => {
    const patch = { ...added("getPromoCode"), impact: "patch" as const };
    expect(mergeRepeats([added("listPromoCodes"), patch])).toHaveLength(2);
    const prefix: SpecChange = { impact: "minor", description: "getPromoCodeExceptionList gained a link", operations: ["getPromoCode"] };
    expect(mergeRepeats([prefix, { ...prefix, operations: ["listPromoCodes"], description: "getPromoCodeExceptionList gained a link" }])).toHaveLength(2);
  });

  it("read as one line in the changelog, under a header the tool brings up to date", () => {
    const entry = changelogEntry("9.9.9", "1.0.0 (abc1234)", [{ api: "brand@v14", bump: "minor", changes: [added("a"), added("b")] } as never]);
    expect(entry).toContain("- The `IR-Version` header parameter was added to a and b as optional: callers may send it (minor).");
    const changelog = withEntry("# Changelog\n\nAn old header from redocly diff.\n\n## 1.0.0\n\nold entry\n", "9.9.9", entry);
    expect(changelog).not.toContain("redocly diff");
    expect(changelog).toMatch(/^# Changelog\n\n.*from the spec diff.*\n\n## 9\.9\.9\n[\s\S]*## 1\.0\.0\n\nold entry\n$/);
  });
});
