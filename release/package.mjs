// Builds what `npm pack` ships: runtime/ and generated/ compiled to JavaScript
// with declarations in dist/package/, and beside them the JSON the validators,
// the mock and the consumers read (bundled specs, fixtures, code samples).
// package.json's `exports` point there; its `source` condition points this
// repository's own tests and type-checks at the TypeScript instead.
import { execFileSync } from "node:child_process";
import { cp, readdir, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "dist/package");
await rm(out, { recursive: true, force: true });
execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(root, "tsconfig.build.json")], { stdio: "inherit" });
for (const api of await readdir(path.join(root, "generated"), { withFileTypes: true })) {
  if (!api.isDirectory()) continue;
  const from = path.join(root, "generated", api.name);
  const to = path.join(out, "generated", api.name);
  for (const file of ["openapi.json", "openapi.yaml", "code-samples.json"]) await cp(path.join(from, file), path.join(to, file));
  await cp(path.join(from, "fixtures"), path.join(to, "fixtures"), { recursive: true });
}
console.log(`package: ${path.relative(process.cwd(), out)}/`);
