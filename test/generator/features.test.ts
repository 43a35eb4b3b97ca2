import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { astToString } from "openapi-typescript";
import openapiTS from "openapi-typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { foreignSpecConfig, loadSpec } from "../../generator/load.js";
import { withRefPolicy } from "../../generator/resolver.js";
import { emitTypes, OPENAPI_TS_OPTIONS } from "../../generator/emit-types.js";
import { generateApi, GENERATOR, specCommand, type GenerateResult } from "../../generator/pipeline.js";
import { FIXTURE_LITERALS_FILE, writeFixtureLiterals } from "../support/fixture-literals.js";
import { asConsumerProject, typeCheck } from "../support/generator.js";
import { PROJECT_ROOT } from "../support/project.js";

// One small spec per feature (test/generator/specs); each one's whole output is a
// file snapshot, and the snapshots are TypeScript that `npm test` type-checks
// under the project's strict tsconfig.
const SPECS_DIR = path.join(PROJECT_ROOT, "test/generator/specs");
const SNAPSHOTS_DIR = path.join(PROJECT_ROOT, "test/generator/__snapshots__");

async function featureSpecs(): Promise<Array<{ name: string; root: string }>> {
  const entries = await readdir(SPECS_DIR, { withFileTypes: true });
  return entries
    .map((entry) =>
      entry.isDirectory()
        ? { name: entry.name, root: path.join(SPECS_DIR, entry.name, "openapi.yaml") }
        : { name: entry.name.replace(/\.(ya?ml|json)$/, ""), root: path.join(SPECS_DIR, entry.name) },
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

// The snapshots' headers name the generator as a --spec run's do, with its version left out, so that raising the
// package's version does not change every snapshot (the CLI tests check the real one).
const SNAPSHOT_GENERATOR = GENERATOR.replace(/@[^@]*$/, "@x.y.z");

const specs = await featureSpecs();
const results = new Map<string, GenerateResult>();

beforeAll(async () => {
  const config = await foreignSpecConfig();
  for (const spec of specs) {
    const outDir = path.join(SNAPSHOTS_DIR, spec.name);
    const runtimeImport = path.relative(outDir, path.join(PROJECT_ROOT, "runtime/client/index.js")).split(path.sep).join("/");
    const madeBy = { generator: SNAPSHOT_GENERATOR, args: specCommand({ spec: spec.root, out: outDir, runtimeImport }) };
    results.set(spec.name, await generateApi({ label: spec.name, apiName: spec.name, runtimeImport, packageImport: "./index.js", root: spec.root, config, outDir, madeBy, stage: "all", publishYaml: false, emitTypes: (document, header) => emitTypes(structuredClone(document), header) }));
  }
});

describe.each(specs)("$name", ({ name }) => {
  it("matches its snapshot, file by file", async () => {
    for (const file of results.get(name)!.files) {
      await expect(file.contents).toMatchFileSnapshot(path.join(SNAPSHOTS_DIR, name, file.path));
    }
  });

  it("covers every enum value in its fixtures", () => {
    const { covered, total, missing } = results.get(name)!.summary.enumValues;
    expect(missing).toEqual([]);
    expect(covered).toBe(total);
  });
});

describe("hostile-names", () => {
  it("escapes `__proto__` and path-like names, and reports what it could not use", () => {
    const result = results.get("hostile-names")!;
    const warnings = result.summary.warnings.map((warning) => `${warning.where.replace(/^.*#/, "#")} (${warning.kind})`);
    expect(warnings).toEqual(
      expect.arrayContaining([
        "#/x-query-array-encoding/style (x-query-array-encoding)",
        "#/x-query-array-encoding/explode (x-query-array-encoding)",
        "#/paths/~1things/get/operationId (name)",
      ]),
    );
    const sdk = result.files.find((file) => file.path === "sdk.js")!.contents;
    expect(sdk).toMatch(/queryArrays: \{\s*style: "form",\s*explode: true,?\s*\}/);
    expect(sdk).not.toMatch(/process\.exit/);
    const fixtures = result.files.find((file) => file.path === "fixtures.ts")!.contents;
    // fixtures.ts names schemas through `keyof components["schemas"]`, never by a literal key.
    expect(fixtures).toContain('export type Schemas = { [Name in keyof components["schemas"]]: components["schemas"][Name][] };');
    const schemas = JSON.parse(result.files.find((file) => file.path === "fixtures/schemas.json")!.contents) as Record<string, unknown[]>;
    expect(Object.keys(schemas).sort()).toEqual(["../../evil", "__proto__"]);
    expect(Object.getPrototypeOf(schemas["../../evil"]![0])).toBe(Object.prototype);
  });
});

describe("every fixture, written as a literal of its generated type", () => {
  it("type-checks, for every feature spec and our own two APIs", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "impact-literals-"));
    try {
      let values = 0;
      const copies: string[] = [];
      for (const [name, result] of results) {
        const copy = path.join(folder, name);
        for (const file of result.files.filter((candidate) => candidate.path === "schema.ts" || candidate.path === "fixtures.ts" || candidate.path.startsWith("fixtures/"))) {
          await mkdir(path.dirname(path.join(copy, file.path)), { recursive: true });
          await writeFile(path.join(copy, file.path), file.contents);
        }
        copies.push(copy);
      }
      for (const api of ["brand", "partner"]) {
        const copy = path.join(folder, api);
        await mkdir(copy);
        for (const file of ["schema.ts", "fixtures.ts", "fixtures"]) await cp(path.join(PROJECT_ROOT, "generated", api, file), path.join(copy, file), { recursive: true });
        copies.push(copy);
      }
      for (const copy of copies) values += await writeFixtureLiterals(copy);
      expect(values).toBeGreaterThan(300);
      const tsconfig = await asConsumerProject(folder, [`*/${FIXTURE_LITERALS_FILE}`]);
      expect(await typeCheck(tsconfig)).toBe("");
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe("the snapshot folder", () => {
  it("holds no file that no feature spec produces", async () => {
    const expected = new Set([...results].flatMap(([name, result]) => result.files.map((file) => path.join(name, file.path))));
    const entries = await readdir(SNAPSHOTS_DIR, { recursive: true, withFileTypes: true }).catch(() => []);
    const present = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(SNAPSHOTS_DIR, path.join(entry.parentPath, entry.name)));
    expect(present.filter((file) => !expected.has(file)), "orphaned snapshots: delete them").toEqual([]);
  });
});

describe("emitTypes", () => {
  const roots = [...specs.map((spec) => spec.root), path.join(PROJECT_ROOT, "spec/brand/openapi.yaml"), path.join(PROJECT_ROOT, "spec/partner/openapi.yaml")];
  it.each(roots.map((root) => [path.relative(PROJECT_ROOT, root), root]))("gives exactly what openapiTS() gives for %s, with our one option", async (_label, root) => {
    // Our own specs share spec/shared/: $refs may read the project's folder, as redocly.yaml's APIs may.
    const { document } = await loadSpec(root, withRefPolicy(await foreignSpecConfig(), { folder: PROJECT_ROOT }));
    const reference = astToString(await openapiTS(structuredClone(document) as never, { silent: true, ...OPENAPI_TS_OPTIONS }));
    expect(emitTypes(document, "")).toBe(`\n${reference}`);
  });
});
