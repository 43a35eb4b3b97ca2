import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../support/project.js";

// The generator lays out what it writes itself (client, index, fixtures module) as
// prettier would, without paying for prettier at generation time. schema.ts is
// openapi-typescript's own printer output and is left as its users know it.
const OWN_FILES = new Set(["client.ts", "sdk.js", "sdk.d.ts", "samples.js", "index.ts", "fixtures.ts", "data.js", "data.d.ts"]);

async function generatedTypeScript(): Promise<string[]> {
  const roots = [path.join(PROJECT_ROOT, "generated"), path.join(PROJECT_ROOT, "test/generator/__snapshots__")];
  const files: string[] = [];
  for (const root of roots) {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    for (const entry of entries) if (entry.isFile() && OWN_FILES.has(entry.name)) files.push(path.join(entry.parentPath, entry.name));
  }
  return files.sort();
}

describe("generated TypeScript", () => {
  it("is formatted as prettier formats it, with the project's .prettierrc", async () => {
    const files = await generatedTypeScript();
    expect(files.length).toBeGreaterThan(30);
    const options = (await prettier.resolveConfig(path.join(PROJECT_ROOT, "generated/brand/client.ts"))) ?? {};
    const unformatted: string[] = [];
    for (const file of files) {
      const text = await readFile(file, "utf8");
      // JavaScript as prettier reads it: babel keeps the parentheses a JSDoc cast needs (`/** @type {Shape} */ ("string")`).
      const parser = file.endsWith(".js") ? "babel" : "typescript";
      if (!(await prettier.check(text, { ...options, parser }))) unformatted.push(path.relative(PROJECT_ROOT, file));
    }
    expect(unformatted).toEqual([]);
  });
});
