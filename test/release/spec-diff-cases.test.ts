// The table beside the diff's code (release/spec-diff.cases.ts): each single edit
// of spec/, made in a copy, must get its rating and say why in plain words.
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleApi } from "../../generator/bundle.js";
import { loadProjectConfig } from "../../generator/config.js";
import { SPEC_EDIT_CASES } from "../../release/spec-diff.cases.js";
import { diffDocuments, maxImpact, type ApiDiff } from "../../release/spec-diff.js";
import { PROJECT_ROOT } from "../support/project.js";

let copy: string;
let originals: Array<{ alias: string; name: string; document: Record<string, unknown> }>;

async function bundleAll(): Promise<Array<{ alias: string; name: string; document: Record<string, unknown> }>> {
  const { config, apis } = await loadProjectConfig(path.join(copy, "redocly.yaml"));
  return Promise.all(apis.map(async (api) => ({ alias: api.alias, name: api.name, document: (await bundleApi(api.root, config.forAlias(api.alias))) as Record<string, unknown> })));
}

beforeAll(async () => {
  copy = await mkdtemp(path.join(tmpdir(), "impact-spec-cases-"));
  for (const entry of ["spec", "redocly.yaml"]) await cp(path.join(PROJECT_ROOT, entry), path.join(copy, entry), { recursive: true });
  await symlink(path.join(PROJECT_ROOT, "node_modules"), path.join(copy, "node_modules"));
  originals = await bundleAll();
}, 60_000);

afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

describe("each single spec edit is rated from the caller's side", () => {
  it("has at least 40 cases, with majors, minors and patches", () => {
    expect(SPEC_EDIT_CASES.length).toBeGreaterThanOrEqual(40);
    for (const impact of ["major", "minor", "patch"] as const) expect(SPEC_EDIT_CASES.filter((row) => row.impact === impact).length).toBeGreaterThanOrEqual(8);
  });

  it.each(SPEC_EDIT_CASES.map((row) => [row.name, row] as const))("%s", async (_name, row) => {
    const saved = new Map<string, string>();
    try {
      for (const [file, from, to] of row.edits) {
        const target = path.join(copy, file);
        const before = saved.get(file) ?? (await readFile(target, "utf8"));
        if (!saved.has(file)) saved.set(file, before);
        const current = await readFile(target, "utf8");
        const after = current.replace(from, () => to);
        expect(after, `the edit of ${file} must change it`).not.toBe(current);
        await writeFile(target, after);
      }
      const revised = await bundleAll();
      const diffs: ApiDiff[] = revised.map((api, index) => diffDocuments(api.alias, originals[index]!.document, api.document, api.name));
      const report = diffs.map((diff) => diff.changes.map((change) => `${diff.api} ${change.impact}: ${change.description}`).join("\n")).join("\n");
      expect(maxImpact(diffs.map((diff) => diff.bump)), `${row.reason}\n${report}`).toBe(row.impact);
      const sentences = diffs.flatMap((diff) => diff.changes.filter((change) => change.impact === row.impact).map((change) => change.description));
      expect(sentences.some((text) => row.says.test(text)), `no ${row.impact} change says ${row.says}:\n${report}`).toBe(true);
      // Plain words: no JSON pointers.
      expect(report).not.toMatch(/#\/|properties\//);
    } finally {
      for (const [file, text] of saved) await writeFile(path.join(copy, file), text);
    }
  }, 30_000);
});
