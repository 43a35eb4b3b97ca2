// Benchmark of the generated client: what a call costs on top of plain
// openapi-fetch and raw fetch, and what importing it adds to a bundle.
//
// Per-call overhead: all three call the same stub `fetch`, which answers every
// request with the same wire-form promo code (seed 004, as impact.com documents
// it), so the network is out of the picture and what remains is each client's
// own work: building the request, parsing, and for ours retrying logic, the
// timeout timer and normalizing the wire form.
//
// Bundle cost: a consumer that imports one operation (`getPromoCode` and the core
// it takes), bundled and minified with esbuild for the browser, gzipped; against
// the same consumer on openapi-fetch. The client object (`createBrandClient`)
// holds every operation and is reported too.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import createClient from "openapi-fetch";
import { createBrandClient } from "../generated/brand/index.js";
import type { paths } from "../generated/brand/schema.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const CALLS = 20_000;
const ROUNDS = 7;
const CALL_TARGET = 1.25;
const BUNDLE_TARGET_BYTES = 3 * 1024;

const body = await readFile(path.join(ROOT, "spec/wire-examples/PromoCode.deal-products.json"), "utf8");
const stubFetch = async (): Promise<Response> => new Response(body, { status: 200, headers: { "content-type": "application/json" } });

const raw = async () => {
  const response = await stubFetch();
  return (await response.json()) as unknown;
};
const plain = createClient<paths>({ baseUrl: "https://api.impact.com/Advertisers/SID", fetch: stubFetch });
const ours = createBrandClient({ accountSid: "SID", authToken: "token", fetch: stubFetch as typeof fetch });

const contenders: Array<[string, () => PromiseLike<unknown>]> = [
  ["raw fetch + JSON.parse", raw],
  ["openapi-fetch", () => plain.GET("/PromoCodes/{PromoCodeId}", { params: { path: { PromoCodeId: 7777777 } } })],
  ["generated client", () => ours.getPromoCode({ path: { PromoCodeId: 7777777 } })],
];

async function timeCalls(call: () => PromiseLike<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  for (let index = 0; index < CALLS; index += 1) await call();
  return Number(process.hrtime.bigint() - started) / CALLS;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function perCall(): Promise<Map<string, number>> {
  for (const [, call] of contenders) await timeCalls(call); // warm-up: JIT and caches
  const samples = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
  // Rounds interleave the contenders, so drift in machine load falls on all of them.
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, call] of contenders) samples.get(name)!.push(await timeCalls(call));
  }
  return new Map([...samples].map(([name, values]) => [name, median(values)]));
}

async function gzippedBundle(entry: string): Promise<number> {
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;

const timings = await perCall();
const rawNs = timings.get("raw fetch + JSON.parse")!;
const plainNs = timings.get("openapi-fetch")!;
const oursNs = timings.get("generated client")!;
console.log(`Per-call cost with a stub fetch (median of ${ROUNDS} rounds of ${CALLS} calls, Node ${process.version})`);
for (const [name, nanoseconds] of timings) {
  console.log(`  ${name.padEnd(24)} ${(nanoseconds / 1000).toFixed(2).padStart(7)} µs/call   ${(nanoseconds / rawNs).toFixed(2)}× raw fetch`);
}
console.log(`  generated client ÷ openapi-fetch: ${(oursNs / plainNs).toFixed(2)}×  (target ≤ ${CALL_TARGET}×: ${oursNs / plainNs <= CALL_TARGET ? "PASS" : "MISS"})`);
console.log(`  openapi-fetch ÷ raw fetch:        ${(plainNs / rawNs).toFixed(2)}×`);

const reference = await gzippedBundle(
  `import createClient from "openapi-fetch"; const client = createClient({ baseUrl: "https://api.impact.com" }); client.GET("/PromoCodes/{id}", { params: { path: { id: 1 } } }).then(console.log);`,
);
const generated = await gzippedBundle(
  `import { createBrandCore, getPromoCode } from "./generated/brand/sdk.js"; const core = createBrandCore({ accountSid: "SID", authToken: "token" }); getPromoCode(core, { path: { PromoCodeId: 1 } }).then(console.log);`,
);
const wholeClient = await gzippedBundle(
  `import { createBrandClient } from "./generated/brand/sdk.js"; const client = createBrandClient({ accountSid: "SID", authToken: "token" }); client.getPromoCode({ path: { PromoCodeId: 1 } }).then(console.log);`,
);
console.log(`\nBundle cost of a consumer calling one operation (esbuild, minified, browser, gzip -9)`);
console.log(`  openapi-fetch alone:            ${kib(reference)}`);
console.log(
  `  one operation (getPromoCode):   ${kib(generated)}  (${kib(generated - reference)} above openapi-fetch; target ≤ ${kib(BUNDLE_TARGET_BYTES)}: ${generated - reference <= BUNDLE_TARGET_BYTES ? "PASS" : "MISS"})`,
);
console.log(`  the whole client object:        ${kib(wholeClient)}  (${kib(wholeClient - reference)} above; all 12 operations)`);
