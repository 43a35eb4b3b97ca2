// Builds what `npm pack` ships: runtime/ and generated/ compiled to JavaScript
// with declarations in dist/package/, and beside them the JSON the validators,
// the mock and the consumers read (bundled specs, fixtures, code samples).
// package.json's `exports` and `bin` point there.
//
// Then it stages the package as npm publishes it in dist/npm/: package.json
// without what is this repository's own (`scripts`, whose files do not ship and
// whose `prepare` npm would ask every tarball consumer to allow;
// `devDependencies`; `allowScripts`), the README, the license and the `files`.
// The package is packed and published from there (`npm pack ./dist/npm`,
// `npm publish ./dist/npm`), so the tarball, the registry's metadata and the
// package.json on disk are one file; the repository's package.json is never
// rewritten. `npm pack` or `npm publish` at the root is refused (`prepack` runs
// this with --refuse-root-pack): it would ship the repository's package.json.
//
// Why a staged folder rather than a prepack/postpack swap of package.json (as
// clean-package does): npm publishes only the package.json on disk
// (`publishConfig` cannot override fields, npm/cli#7586); `npm publish` reads
// package.json again after `postpack` for the registry's metadata (npm 11's
// lib/commands/publish.js), so a swap sends metadata that disagrees with its
// tarball; and a pack that fails between the two scripts leaves the cleaned
// package.json, without scripts or devDependencies, in the working tree.
//
// It runs as `prepare` (so an install from a git URL, which runs `npm install`
// and then `prepare` in its clone, gets dist/package/). A git install runs
// `prepare` twice, and `npm ci` runs it too: when dist/package/ was built from
// exactly the current inputs (a hash of them, kept in dist/package.inputs) it
// is not rebuilt; dist/npm/ is always staged again (a copy, under a second).
// `--force` rebuilds anyway. It reports on stderr, so `npm pack --json` stays JSON.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { parseArgs } from "node:util";

const USAGE = `usage: node release/package.mjs [--force]
  compiles runtime/ and generated/ into dist/package/, unless it is up to date,
  and stages the package as npm publishes it in dist/npm/
  --force             rebuild even when dist/package/ was built from the current inputs
  --refuse-root-pack  (prepack) refuse to pack the repository root, naming dist/npm/`;

let values;
try {
  ({ values } = parseArgs({ options: { force: { type: "boolean" }, "refuse-root-pack": { type: "boolean" }, help: { type: "boolean", short: "h" } }, strict: true }));
} catch (error) {
  console.error(`package: ${error.message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

if (values["refuse-root-pack"]) {
  console.error(`package: npm packs and publishes this package from dist/npm/, not from the repository root,
whose package.json has the repository's scripts and dev dependencies. Run:
  npm run package && npm pack ./dist/npm      (or: npm publish ./dist/npm)`);
  process.exit(1);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "dist/package");
const stampFile = path.join(root, "dist/package.inputs");
const stage = path.join(root, "dist/npm");
/** Fields of package.json that are this repository's own, not the published package's. */
const REPOSITORY_ONLY = ["scripts", "devDependencies", "allowScripts"];

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

/**
 * dist/npm/: package.json without REPOSITORY_ONLY, the README, the license and
 * what `files` names, copied. Written beside it and renamed into place, so a
 * stage that failed half-way is never taken for a finished one.
 */
async function writeStage() {
  const manifest = JSON.parse(await readFile(path.join(root, "package.json"), "utf8"));
  for (const field of REPOSITORY_ONLY) delete manifest[field];
  const partial = `${stage}.partial-${process.pid}`;
  await mkdir(partial, { recursive: true });
  await writeFile(path.join(partial, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of ["README.md", "LICENSE", ...manifest.files]) {
    if (/[*?[\]{}!]/.test(file)) throw new Error(`package.json's files names ${JSON.stringify(file)}: a pattern; this stage copies paths only`);
    await cp(path.join(root, file), path.join(partial, file), { recursive: true });
  }
  await rm(stage, { recursive: true, force: true });
  await rename(partial, stage);
}

// The old stage goes first: a failed build must not leave one to publish.
await rm(stage, { recursive: true, force: true });
const wanted = await inputsHash();
const built = await readFile(stampFile, "utf8").catch(() => undefined);
if (!values.force && built === wanted) {
  console.error(`package: ${path.relative(process.cwd(), out) || "."}/ is up to date`);
} else {
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
    // sdk.js and sdk.d.ts are generated as JavaScript with its declarations already: tsc (no allowJs) leaves them to this copy.
    for (const file of ["openapi.json", "openapi.yaml", "openapi.clean.json", "openapi.clean.yaml", "code-samples.json", "sdk.js", "sdk.d.ts"]) await cp(path.join(from, file), path.join(to, file));
    await cp(path.join(from, "fixtures"), path.join(to, "fixtures"), { recursive: true });
  }
  await writeFile(stampFile, wanted);
  console.error(`package: ${path.relative(process.cwd(), out)}/ built`);
}
await writeStage();
console.error(`package: ${path.relative(process.cwd(), stage)}/ staged (at the repository root: npm pack ./dist/npm, npm publish ./dist/npm)`);
