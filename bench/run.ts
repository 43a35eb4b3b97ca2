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
import { buildSyntheticSpec } from "../test/support/synthetic-spec.js";
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
const FIXTURE_TARGET_BYTES = 10_000_000;

const USAGE = `Usage: npx tsx bench/run.ts [--runs N] [--only NAME,…] [--no-peers] [--no-tsc]

  --runs N     measured runs per tool and input after 1 warm-up (default 5; at most 50)
  --only LIST  only these inputs: brand, partner, synthetic-12 … synthetic-2000, github
               (github is @octokit/openapi's spec: the first run that needs it installs
               the corpora, 800 MB, into a cache folder; see test/corpus/README.md)
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
}

interface Sample {
  seconds: number;
  rssKiB: number;
}

interface Measurement {
  medianSeconds: number;
  medianRssKiB: number;
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
async function measure(input: Input, tools: Tool[], runs: number, scratch: string): Promise<{ samples: Map<string, Sample[]>; failures: Map<string, string>; kept: Map<string, string> }> {
  const samples = new Map(tools.map((tool) => [tool.name, [] as Sample[]]));
  const failures = new Map<string, string>();
  const kept = new Map<string, string>();
  for (let run = 0; run < WARMUP_RUNS + runs; run += 1) {
    const order = tools.map((_, index) => tools[(index + run) % tools.length]!);
    for (const tool of order) {
      if (failures.has(tool.name)) continue;
      const runDir = await mkdtemp(path.join(scratch, "run-"));
      const out = path.join(runDir, "out");
      const warmup = run < WARMUP_RUNS;
      const args = tool.command(input.file, out);
      // The warm-up run of ours also prints the stage breakdown, and its output is kept to be measured.
      if (warmup && tool.name === "ours") args.push("--timings");
      try {
        const sample = await runOnce(args, scratch, path.join(runDir, "rss"));
        if (!warmup) samples.get(tool.name)!.push(sample);
        if (warmup) kept.set(tool.name, sample.stdout);
      } catch (error) {
        if (tool.name === "ours" || tool.name === openapiTypescript.name) throw error;
        failures.set(tool.name, (error as Error).message);
      }
      if (warmup && (tool.name === "ours" || tool.name === openapiTypescript.name)) {
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
    if (!documents.has(file)) documents.set(file, parseYaml(await readFile(file, "utf8")));
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
async function typeCheck(folder: string, files: string[], scratch: string): Promise<Sample & { errors: number }> {
  const config = path.join(folder, `tsconfig.bench-${files.length}.json`);
  // Generated code is ES modules, as the project it lands in must be.
  if (!existsSync(path.join(folder, "package.json"))) await writeFile(path.join(folder, "package.json"), JSON.stringify({ type: "module" }));
  await writeFile(config, JSON.stringify({ extends: path.join(ROOT, "tsconfig.json"), files, compilerOptions: { types: ["node"], noEmit: true } }));
  const rssFile = path.join(scratch, "tsc-rss");
  await rm(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const { code, errors } = await new Promise<{ code: number | null; errors: number }>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", PEAK_RSS_MODULE, TSC, "-p", config], {
      cwd: scratch,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "ignore"],
    });
    let count = 0;
    let tail = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      // Counted as it streams: a spec's output can have thousands of errors.
      const text = tail + chunk;
      count += (text.match(/error TS\d+/g) ?? []).length - (tail.match(/error TS\d+/g) ?? []).length;
      tail = text.slice(-16);
    });
    child.on("error", reject);
    child.on("close", (exitCode) => resolve({ code: exitCode, errors: count }));
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // tsc exits 1 or 2 when it reports errors: still a measurement, with its error count.
  if (code !== 0 && errors === 0) throw new Error(`tsc -p ${config} failed (exit ${code}) without reporting an error`);
  const rssKiB = Number((await readFile(rssFile, "utf8").catch(() => "0")).trim());
  return { seconds, rssKiB, errors };
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
    const selected = wanted ? inputs.filter((input) => wanted.includes(input.name)) : inputs;
    for (const name of wanted ?? []) if (!inputs.some((input) => input.name === name)) throw new Error(`--only: no input called \`${name}\``);

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
    for (const input of selected) {
      process.stderr.write(`measuring ${input.name}…\n`);
      const ourTool = ours(runtimeImport);
      const peerTools: Tool[] = input.deep ? peers.map((peer) => ({ name: peer.name, command: peer.command })) : [];
      const { samples, failures, kept } = await measure(input, [ourTool, openapiTypescript, ...peerTools], runs, scratch);
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
      if (input.deep && !values["no-tsc"]) {
        process.stderr.write(`type-checking ${input.name}'s outputs…\n`);
        const referenceOut = kept.get(`${openapiTypescript.name}:out`)!;
        const ourFiles = (await readdir(ourOut)).filter((file) => file.endsWith(".ts"));
        const checks: Array<[string, string, string[]]> = [
          ["openapi-typescript schema.ts", referenceOut, ["schema.ts"]],
          ["ours, whole output", ourOut, ourFiles],
          ["ours, client entry (index.ts)", ourOut, ["index.ts"]],
        ];
        const results = new Map<string, Array<Sample & { errors: number }>>(checks.map(([name]) => [name, []]));
        // Alternated like the generators, 3 rounds: tsc runs are long and as noisy.
        for (let round = 0; round < 3; round += 1) {
          for (const [name, folder, files] of round % 2 === 0 ? checks : [...checks].reverse()) results.get(name)!.push(await typeCheck(folder, files, scratch));
        }
        const base = median(results.get(checks[0]![0])!.map((sample) => sample.seconds));
        for (const [name] of checks) {
          const list = results.get(name)!;
          const time = median(list.map((sample) => sample.seconds));
          const rss = median(list.map((sample) => sample.rssKiB));
          tscRows.push([`${input.name}: ${name}`, seconds(time), rss ? mebibytes(rss) : "n/a", String(list[0]!.errors), ratio(time / base)]);
        }
      }
      await rm(path.dirname(ourOut), { recursive: true, force: true });
      const referenceOut = kept.get(`${openapiTypescript.name}:out`);
      if (referenceOut) await rm(path.dirname(referenceOut), { recursive: true, force: true });
    }

    console.log(
      table(
        ["input", "ops", "ours s", "ours MiB", "oa-ts s", "oa-ts MiB", "time ratio", "mem ratio", "noise", "fixtures MB", "output MB"],
        rows.map(({ input, ours: o, reference: r, fixtureBytes, outputBytes }) => [
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
      console.log(`\nType-checking the output (tsc --noEmit, project's strict settings, median of 3 alternated; ratio to openapi-typescript's schema.ts alone)`);
      console.log(table(["what", "s", "MiB", "errors", "ratio"], tscRows));
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

    console.log(`\ntargets: time ≤ ${TIME_TARGET}× and peak memory ≤ ${MEMORY_TARGET}× openapi-typescript alone; on GitHub's spec fixtures < ${FIXTURE_TARGET_BYTES / 1e6} MB and tsc of our output ≤ ${TSC_TARGET}× its schema.ts`);
    for (const { input, ours: o, reference: r, fixtureBytes } of rows) {
      const timeRatio = o.medianSeconds / r.medianSeconds;
      const memoryRatio = o.medianRssKiB / r.medianRssKiB;
      const verdicts = [`time ${timeRatio <= TIME_TARGET ? "PASS" : "MISS"} ${ratio(timeRatio)}`, `memory ${memoryRatio <= MEMORY_TARGET ? "PASS" : "MISS"} ${ratio(memoryRatio)}`];
      if (input.deep) verdicts.push(`fixtures ${fixtureBytes < FIXTURE_TARGET_BYTES ? "PASS" : "MISS"} ${megabytes(fixtureBytes)} MB`);
      console.log(`  ${input.name.padEnd(16)} ${verdicts.join(" · ")}`);
    }
    for (const row of tscRows.filter((entry) => entry[0]!.includes("whole output"))) {
      const value = Number(row[4]!.replace("×", ""));
      console.log(`  ${row[0]!.padEnd(40)} tsc ${value <= TSC_TARGET ? "PASS" : "MISS"} ${row[4]} (${row[3]} errors)`);
    }
    for (const note of notes) console.log(`note: ${note}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
