// Builds what `npm pack` ships: runtime/ and generated/ compiled to JavaScript
// with declarations in dist/package/, and beside them the JSON the validators,
// the mock and the consumers read (bundled specs, fixtures, code samples).
// package.json's `exports` and `bin` point there.
//
// It runs as `prepack` (so a tarball, and so a publish, is never stale) and as
// `prepare` (so an install from a git URL, which runs `npm install` and then
// `prepare` in its clone, gets dist/). A git install runs `prepare` twice, and
// `npm ci` runs it too: when dist/package/ was built from exactly the current
// inputs (a hash of them, kept in dist/package.inputs) it is not rebuilt.
// `--force` rebuilds anyway. It reports on stderr, so `npm pack --json` stays JSON.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { parseArgs } from "node:util";

const USAGE = `usage: node release/package.mjs [--force]
  compiles runtime/ and generated/ into dist/package/ for npm pack, unless it is up to date
  --force  rebuild even when dist/package/ was built from the current inputs`;

let values;
try {
  ({ values } = parseArgs({ options: { force: { type: "boolean" }, help: { type: "boolean", short: "h" } }, strict: true }));
} catch (error) {
  console.error(`package: ${error.message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "dist/package");
const stampFile = path.join(root, "dist/package.inputs");

/** Every file the build reads, sorted, so the hash names exactly what was built. */
async function inputs() {
  const files = ["package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json", "release/package.mjs"];
  for (const folder of ["runtime", "generated"]) {
    for (const entry of await readdir(path.join(root, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(path.relative(root, path.join(entry.parentPath, entry.name)));
    }
  }
  return files.sort();
}

async function inputsHash() {
  const hash = createHash("sha256");
  for (const file of await inputs()) {
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(root, file)).catch(() => Buffer.from("(missing)")));
    hash.update("\0");
  }
  return hash.digest("hex");
}

const wanted = await inputsHash();
const built = await readFile(stampFile, "utf8").catch(() => undefined);
if (!values.force && built === wanted) {
  console.error(`package: ${path.relative(process.cwd(), out) || "."}/ is up to date`);
  process.exit(0);
}

// The stamp goes first, so a build that fails half-way is never taken for a finished one.
await rm(stampFile, { force: true });
await rm(out, { recursive: true, force: true });
try {
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(root, "tsconfig.build.json")], { stdio: "inherit" });
} catch {
  console.error("package: tsc failed (its errors are above); dist/package/ is incomplete");
  process.exit(1);
}
for (const api of await readdir(path.join(root, "generated"), { withFileTypes: true })) {
  if (!api.isDirectory()) continue;
  const from = path.join(root, "generated", api.name);
  const to = path.join(out, "generated", api.name);
  // openapi.json/.yaml: the wire view, for tools that meet the service; openapi.clean.*: the types the client has, which the mock and validators read.
  for (const file of ["openapi.json", "openapi.yaml", "openapi.clean.json", "openapi.clean.yaml", "code-samples.json"]) await cp(path.join(from, file), path.join(to, file));
  await cp(path.join(from, "fixtures"), path.join(to, "fixtures"), { recursive: true });
}
await writeFile(stampFile, wanted);
console.error(`package: ${path.relative(process.cwd(), out)}/ built`);
