// package.json names only what ships (dist/package/), and this repository's own
// imports of the package by name map, through tsconfig.json's `paths` (which
// vitest.config.ts reads too), to the source each shipped file is compiled from.
// An export added without its `paths` line, or pointing at a file no source
// compiles to, fails here rather than in a consumer's project.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../support/project.js";

const manifest = JSON.parse(await readFile(path.join(PROJECT_ROOT, "package.json"), "utf8")) as {
  exports: Record<string, string | Record<string, string>>;
  bin: Record<string, string>;
  files: string[];
};
const tsconfig = ts.parseConfigFileTextToJson("tsconfig.json", await readFile(path.join(PROJECT_ROOT, "tsconfig.json"), "utf8")).config as { compilerOptions: { paths: Record<string, string[]> } };

/** The source file a shipped file is compiled or copied from: dist/package/X.js is X.ts. */
function sourceOf(shipped: string): string {
  return shipped.replace(/^\.\//, "").replace(/^dist\/package\//, "").replace(/\.d\.ts$/, ".ts").replace(/\.js$/, ".ts");
}

describe("package.json's exports and bins", () => {
  const codeExports = Object.entries(manifest.exports).filter((entry): entry is [string, Record<string, string>] => typeof entry[1] === "object");

  it.each(codeExports)("%s: types and default in dist/package/, compiled from a source that exists, mapped by tsconfig paths", (subpath, target) => {
    expect(Object.keys(target)).toEqual(["types", "default"]);
    expect(target.default).toMatch(/^\.\/dist\/package\/.+\.js$/);
    expect(target.types).toBe(target.default!.replace(/\.js$/, ".d.ts"));
    const source = sourceOf(target.default!);
    expect(existsSync(path.join(PROJECT_ROOT, source)), source).toBe(true);
    expect(tsconfig.compilerOptions.paths[`impact-promo-api${subpath.slice(1)}`]).toEqual([`./${source}`]);
  });

  it("tsconfig paths map nothing the package does not export", () => {
    const exported = new Set(codeExports.map(([subpath]) => `impact-promo-api${subpath.slice(1)}`));
    expect(Object.keys(tsconfig.compilerOptions.paths).filter((specifier) => !exported.has(specifier))).toEqual([]);
  });

  it("data exports point at the copies in dist/package/ of files generated/ holds", () => {
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (typeof target !== "string" || subpath === "./package.json") continue;
      expect(target, subpath).toMatch(/^\.\/dist\/package\/generated\//);
      const source = target.replace(/^\.\/dist\/package\//, "").replace(/\/\*$/, "");
      expect(existsSync(path.join(PROJECT_ROOT, source)), source).toBe(true);
    }
  });

  it.each(Object.entries(manifest.bin))("bin %s: a compiled CLI whose source exists, without a leading ./ (npm drops those)", (_name, target) => {
    expect(target).toMatch(/^dist\/package\/runtime\/contract\/[a-z-]+-cli\.js$/);
    expect(existsSync(path.join(PROJECT_ROOT, sourceOf(target)))).toBe(true);
  });

  it("ships dist/package/ and the changelog (npm adds package.json, README.md and LICENSE)", () => {
    expect(manifest.files).toEqual(["dist/package", "CHANGELOG.md", "SECURITY.md"]);
    expect(existsSync(path.join(PROJECT_ROOT, "LICENSE"))).toBe(true);
  });
});
