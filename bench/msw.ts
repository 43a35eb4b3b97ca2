// Benchmark of the generated MSW handlers: what one API's entry
// (`impact-promo-api/brand/msw`) adds to a browser bundle beyond msw itself.
// Two consumers are bundled with esbuild (minified, browser, ESM) and gzipped:
// one starting msw's worker with a single trivial handler, and one starting it
// with the API's generated handlers; the difference is the entry's cost (the
// mock core, its validators, the bundled spec and the seed fixtures). The build
// also fails if anything in that path imports a Node module.
// Target: at most 30 KiB gzipped per API.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const TARGET_BYTES = 30 * 1024;

async function gzippedBundle(entry: string): Promise<{ bytes: number; inputs: Record<string, number> }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const inputs: Record<string, number> = {};
  for (const [file, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)) {
    const owner = file.includes("node_modules/") ? file.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, "$1") : path.relative(ROOT, path.resolve(ROOT, file));
    inputs[owner] = (inputs[owner] ?? 0) + bytesInOutput;
  }
  return { bytes: gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length, inputs };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const baseline = await gzippedBundle(`import { http } from "msw"; import { setupWorker } from "msw/browser"; setupWorker(http.all(() => true, () => new Response("{}"))).start();`);
console.log(`\nBundle cost of the MSW handlers of one API, beyond msw itself (esbuild, minified, browser, gzip -9)`);
console.log(`  msw's worker with one trivial handler: ${kib(baseline.bytes)}`);
let missed = false;
for (const api of ["brand", "partner"]) {
  const name = `create${api[0]!.toUpperCase()}${api.slice(1)}MockHandlers`;
  const ours = await gzippedBundle(`import { setupWorker } from "msw/browser"; import { ${name} } from "./generated/${api}/msw.ts"; setupWorker(...${name}().handlers).start();`);
  const added = ours.bytes - baseline.bytes;
  missed ||= added > TARGET_BYTES;
  const largest = Object.entries(ours.inputs)
    .filter(([owner]) => !(owner in baseline.inputs))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([owner, bytes]) => `${owner} ${kib(bytes)}`)
    .join(", ");
  console.log(`  + ${api}/msw: ${kib(ours.bytes)}, ${kib(added)} added  (target ≤ ${kib(TARGET_BYTES)}: ${added <= TARGET_BYTES ? "PASS" : "MISS"})`);
  console.log(`      largest additions, minified before gzip: ${largest}`);
}
if (missed) console.log(`  MISS: see bench/README.md for what the entry carries`);
