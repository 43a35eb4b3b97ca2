// A project shaped like a consumer's, to measure what our output costs in their
// type-check: strict, nodenext, skipLibCheck, and no @types/node (a browser or
// edge project has none; with it both sides pay Node's 2 MB of declarations,
// which hides the difference). The runtime is imported as the package
// publishes it (`impact-promo-api/runtime`, its .d.ts files), not as sources.
import { cp, mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";

export const CONSUMER_COMPILER_OPTIONS = {
  strict: true,
  module: "nodenext",
  moduleResolution: "nodenext",
  target: "es2022",
  skipLibCheck: true,
  noEmit: true,
  types: [] as string[],
};

/** What the consumer's node_modules holds: the package itself and what its types import. */
const CONSUMER_PACKAGES = ["openapi-fetch", "openapi-typescript-helpers"];

/**
 * Copies `output` into a new consumer project at `folder`, with
 * `runtimeSpecifier` (the import our output was generated with) rewritten to the
 * package's `impact-promo-api/runtime`. Returns the names of its `.ts` files
 * (declaration files among them: a consumer's `include` takes those too).
 */
export async function consumerProject(projectRoot: string, output: string, folder: string, runtimeSpecifier?: string): Promise<string[]> {
  const published = path.join(projectRoot, "dist/package/runtime/client/index.d.ts");
  if (!(await readFile(published, "utf8").catch(() => undefined))) {
    throw new Error(`${path.relative(projectRoot, published)} is missing: run \`npm run package\` (npm ci runs it) before the consumer type-check`);
  }
  await mkdir(path.join(folder, "node_modules"), { recursive: true });
  for (const name of CONSUMER_PACKAGES) await symlink(path.join(projectRoot, "node_modules", name), path.join(folder, "node_modules", name));
  await symlink(projectRoot, path.join(folder, "node_modules", "impact-promo-api"));
  await writeFile(path.join(folder, "package.json"), JSON.stringify({ type: "module", private: true }));
  // The whole output, fixtures' JSON included: fixtures.ts imports it.
  await cp(output, folder, { recursive: true });
  const names = await readdir(output);
  const files = names.filter((file) => file.endsWith(".ts"));
  if (runtimeSpecifier !== undefined) {
    // The .js files too (sdk.js, samples.js): tsc reads sdk.d.ts, but the project must also run as the consumer's would.
    for (const file of names.filter((name) => name.endsWith(".ts") || name.endsWith(".js"))) {
      const text = await readFile(path.join(folder, file), "utf8");
      await writeFile(path.join(folder, file), text.replaceAll(`from "${runtimeSpecifier}"`, `from "impact-promo-api/runtime"`));
    }
  }
  return files;
}
