// Benchmark: our full generation (types + client + fixtures) against
// openapi-typescript alone on the same input. openapi-typescript is the floor
// we build on, so the ratio to it says what our extra work costs; the
// synthetic sizes say whether that cost stays linear as a spec grows.
//
// Run with `npx tsx bench/run.ts` after `node generator/compile.mjs`.
// Prints figures only; exits non-zero only when a run fails outright.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { buildSyntheticSpec } from "../test/support/synthetic-spec.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const OUR_GENERATOR = path.join(ROOT, "dist/generator/main.mjs");
const OPENAPI_TS_DIR = path.join(ROOT, "node_modules/openapi-typescript");
const OPENAPI_TS_CLI = path.join(OPENAPI_TS_DIR, "bin/cli.js");
const PEAK_RSS_MODULE = fileURLToPath(new URL("./peak-rss.mjs", import.meta.url));

const WARMUP_RUNS = 1;
const MEASURED_RUNS = 5;
const SYNTHETIC_SIZES = [250, 500, 1000, 2000] as const;
const TIME_TARGET = 1.5;
// Linear means a straight line through (operations, seconds) explains the times:
// R² of a least-squares fit at or above this. A superlinear algorithm bends the
// curve and drops R² well below it; timing noise on a quiet machine does not.
const LINEARITY_MIN_R2 = 0.97;
const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

interface Input {
  name: string;
  file: string;
  operations: number;
}

interface Sample {
  seconds: number;
  rssKiB: number;
}

interface Measurement {
  medianSeconds: number;
  medianRssKiB: number;
}

interface Row {
  input: Input;
  ours: Measurement;
  reference: Measurement;
}

/** One tool invocation; `outPath` is fresh for every run so no run sees a previous run's output. */
type Command = (specFile: string, outPath: string) => string[];

const ours: Command = (spec, out) => [OUR_GENERATOR, "--spec", spec, "--out", out];
const openapiTypescript: Command = (spec, out) => [OPENAPI_TS_CLI, spec, "-o", `${out}.ts`];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) throw new Error("median of no values");
  return sorted.length % 2 === 1 ? upper : (sorted[middle - 1]! + upper) / 2;
}

/**
 * Runs one child and times it from spawn to exit, so Node's start-up counts for
 * both tools alike. The cwd is a scratch directory because openapi-typescript
 * reads ./redocly.yaml when present, and the project's one would break it.
 */
async function runOnce(args: string[], cwd: string, rssFile: string): Promise<Sample> {
  await rm(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const { code, signal, stderr } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, ["--import", PEAK_RSS_MODULE, ...args], {
        cwd,
        env: { ...process.env, BENCH_RSS_FILE: rssFile },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderrText = "";
      child.stderr.setEncoding("utf8");
      child.stderr.on("data", (chunk: string) => (stderrText += chunk));
      child.on("error", reject);
      child.on("close", (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal, stderr: stderrText }));
    },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (code !== 0) {
    throw new Error(`\`node ${args.join(" ")}\` failed (${signal ?? `exit ${code}`}):\n${stderr.trim()}`);
  }
  const rssKiB = Number((await readFile(rssFile, "utf8").catch(() => "")).trim());
  if (!Number.isFinite(rssKiB) || rssKiB <= 0) throw new Error(`\`node ${args.join(" ")}\` did not report its peak RSS`);
  return { seconds, rssKiB };
}

/**
 * Measures both tools on one input with their runs interleaved (and the order
 * flipped every run), so background load or CPU throttling hits both alike and
 * the ratio stays fair even when the absolute figures drift.
 */
async function measurePair(specFile: string, scratch: string): Promise<{ ours: Measurement; reference: Measurement }> {
  const ourSamples: Sample[] = [];
  const referenceSamples: Sample[] = [];
  const tools: Array<[Command, Sample[]]> = [
    [ours, ourSamples],
    [openapiTypescript, referenceSamples],
  ];
  for (let run = 0; run < WARMUP_RUNS + MEASURED_RUNS; run += 1) {
    for (const [command, samples] of run % 2 === 0 ? tools : [...tools].reverse()) {
      const runDir = await mkdtemp(path.join(scratch, "run-"));
      const sample = await runOnce(command(specFile, path.join(runDir, "out")), scratch, path.join(runDir, "rss"));
      // Deleting each run's output keeps disk use flat and the page cache comparable.
      await rm(runDir, { recursive: true, force: true });
      if (run >= WARMUP_RUNS) samples.push(sample);
    }
  }
  return { ours: summarize(ourSamples), reference: summarize(referenceSamples) };
}

// Median RSS rather than max: peak RSS varies with GC timing, and the median
// is the figure a second run would most likely reproduce.
function summarize(samples: Sample[]): Measurement {
  return {
    medianSeconds: median(samples.map((sample) => sample.seconds)),
    medianRssKiB: median(samples.map((sample) => sample.rssKiB)),
  };
}

/** Counts operations independently of either tool, following path items that `$ref` another file. */
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
const ratio = (value: number) => `${value.toFixed(2)}×`;

/** Marginal seconds per 1000 operations between each pair of successive synthetic sizes. */
function marginals(rows: Row[], pick: (row: Row) => Measurement): Array<{ from: number; to: number; perThousand: number }> {
  return rows.slice(1).map((row, index) => {
    const previous = rows[index]!;
    const extraOperations = row.input.operations - previous.input.operations;
    const extraSeconds = pick(row).medianSeconds - pick(previous).medianSeconds;
    return { from: previous.input.operations, to: row.input.operations, perThousand: (extraSeconds / extraOperations) * 1000 };
  });
}

/** Least-squares line through (operations, seconds): seconds per 1000 operations, fixed seconds, and R². */
function fitLine(rows: Row[], pick: (row: Row) => Measurement): { perThousand: number; fixed: number; r2: number } {
  const xs = rows.map((row) => row.input.operations);
  const ys = rows.map((row) => pick(row).medianSeconds);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mx = mean(xs);
  const my = mean(ys);
  const sxy = xs.reduce((sum, x, index) => sum + (x - mx) * (ys[index]! - my), 0);
  const sxx = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  const slope = sxy / sxx;
  const fixed = my - slope * mx;
  const residual = ys.reduce((sum, y, index) => sum + (y - (fixed + slope * xs[index]!)) ** 2, 0);
  const total = ys.reduce((sum, y) => sum + (y - my) ** 2, 0);
  return { perThousand: slope * 1000, fixed, r2: total === 0 ? 1 : 1 - residual / total };
}

async function main(): Promise<void> {
  if (!existsSync(OUR_GENERATOR)) throw new Error(`${OUR_GENERATOR} is missing; run \`node generator/compile.mjs\` first`);
  const referenceVersion = (JSON.parse(await readFile(path.join(OPENAPI_TS_DIR, "package.json"), "utf8")) as { version: string }).version;

  const scratch = await mkdtemp(path.join(os.tmpdir(), "bench-"));
  try {
    if (existsSync(path.join(scratch, "redocly.yaml"))) throw new Error(`${scratch} must not hold a redocly.yaml`);
    const specDir = path.join(scratch, "specs");
    await mkdir(specDir);

    const real: Input[] = [];
    for (const api of ["brand", "partner"]) {
      const file = path.join(ROOT, "spec", api, "openapi.yaml");
      real.push({ name: api, file, operations: await countOperations(file) });
    }
    const synthetic: Input[] = [];
    for (const size of SYNTHETIC_SIZES) {
      const file = path.join(specDir, `synthetic-${size}.json`);
      await writeFile(file, JSON.stringify(buildSyntheticSpec(size)));
      synthetic.push({ name: `synthetic-${size}`, file, operations: size });
    }

    console.log("Benchmark: full generation (ours) vs openapi-typescript alone");
    console.log(
      `reference: openapi-typescript ${referenceVersion} · Node ${process.version} · ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? "unknown"})`,
    );
    // Load average is printed because wall times on a busy machine say more about the machine than the tools.
    console.log(`load average (1 min) at start: ${os.loadavg()[0]?.toFixed(2) ?? "n/a"}`);
    console.log(`runs: ${WARMUP_RUNS} warm-up + ${MEASURED_RUNS} measured per tool and input; median wall time and median peak RSS\n`);

    const rows: Row[] = [];
    for (const input of [...real, ...synthetic]) {
      process.stderr.write(`measuring ${input.name}…\n`);
      rows.push({ input, ...(await measurePair(input.file, scratch)) });
    }

    console.log(
      table(
        ["input", "ops", "ours s", "ours MiB", "oa-ts s", "oa-ts MiB", "time ratio", "mem ratio"],
        rows.map(({ input, ours: o, reference: r }) => [
          input.name,
          String(input.operations),
          seconds(o.medianSeconds),
          mebibytes(o.medianRssKiB),
          seconds(r.medianSeconds),
          mebibytes(r.medianRssKiB),
          ratio(o.medianSeconds / r.medianSeconds),
          ratio(o.medianRssKiB / r.medianRssKiB),
        ]),
      ),
    );

    console.log("\nLinearity (synthetic): marginal seconds per 1000 operations between successive sizes");
    const syntheticRows = rows.filter((row) => synthetic.includes(row.input));
    const ourSteps = marginals(syntheticRows, (row) => row.ours);
    const referenceSteps = marginals(syntheticRows, (row) => row.reference);
    console.log(
      table(
        ["step", "ours s/1000 ops", "oa-ts s/1000 ops"],
        ourSteps.map((step, index) => [
          `${step.from}→${step.to}`,
          seconds(step.perThousand),
          seconds(referenceSteps[index]?.perThousand ?? Number.NaN),
        ]),
      ),
    );
    const ourFit = fitLine(syntheticRows, (row) => row.ours);
    const referenceFit = fitLine(syntheticRows, (row) => row.reference);
    const describe = (fit: ReturnType<typeof fitLine>) =>
      `${seconds(fit.perThousand)} s per 1000 ops + ${seconds(fit.fixed)} s fixed, R² ${fit.r2.toFixed(3)}`;
    console.log(`least-squares fit, ours:  ${describe(ourFit)}`);
    console.log(`least-squares fit, oa-ts: ${describe(referenceFit)}`);
    console.log(
      `verdict, ours: ${ourFit.r2 >= LINEARITY_MIN_R2 ? "LINEAR" : "NOT LINEAR"} (R² ${ourFit.r2.toFixed(3)}; linear means R² ≥ ${LINEARITY_MIN_R2})`,
    );

    console.log(`\ntarget: full generation ≤ ${TIME_TARGET}× openapi-typescript alone (wall time)`);
    for (const { input, ours: o, reference: r } of rows) {
      const timeRatio = o.medianSeconds / r.medianSeconds;
      console.log(`  ${timeRatio <= TIME_TARGET ? "PASS" : "MISS"}  ${input.name.padEnd(16)} ${ratio(timeRatio)}`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
