// `npm run generate [-- --spec FILE --out DIR] [--check] [--verbose | --quiet] [--only bundle]`
//
// Without --spec, generates every API that redocly.yaml lists into generated/<api>/.
// With --spec, generates that one document (any valid OpenAPI 3.0 or 3.1) into --out.
// Every API is generated in memory first; files are written only when all succeeded.
import path from "node:path";
import { parseArgs } from "node:util";
import { loadProjectConfig } from "./config.js";
import { foreignSpecConfig } from "./load.js";
import { withRefPolicy } from "./resolver.js";
import { formatSummary, generateApi, GENERATOR, specCommand, type GenerateResult, type MadeBy, type Stage } from "./pipeline.js";
import { formatWarning, InternalError, SpecError } from "./problems.js";
import { staleFiles, writeFilesAtomically, type OutputFile } from "./write.js";
import { manifestFile, MANIFEST, planOutput, removeOrphans } from "./orphans.js";
import { TypesWorker } from "./types-pool.js";
import { formatTimings } from "./timings.js";

/** How many warnings of each spec a run prints without --verbose: what is wrong, not a screenful of it. */
export const WARNINGS_SHOWN = 5;

const USAGE = `Usage: npm run generate [-- OPTIONS]

Generates types, a typed client, fixtures and code samples from OpenAPI 3.0/3.1.

  (no --spec)              every API in redocly.yaml, into generated/<api>/
  --spec FILE --out DIR    one spec (YAML or JSON, any author) into DIR
  --runtime-import SPEC    the module the output imports the client runtime from
                           (default for --spec: ${"`impact-promo-api/runtime`"})
  --check                  write nothing; exit 1 naming stale or orphaned files
  --only bundle            only the bundled openapi.json (and .yaml)
  --ref-root DIR           the folder $refs may read files from (default: the spec's
                           own folder; for redocly.yaml's APIs, the folder of redocly.yaml)
  --allow-remote-refs      fetch http(s) $refs (default: refused); a redirect to
                           another host is still refused, a fetch is cut off at
                           32 MiB and 30 s
  --verbose                list every warning (not only the first ${WARNINGS_SHOWN}) and every
                           enum value no fixture shows
  --quiet                  print no warnings, only each spec's summary line
  --timings                print the wall time of each stage
  --debug                  print the stack of an internal error
  --help                   this text

Each spec ends in one summary line (stdout) counting its warnings of each kind;
the first ${WARNINGS_SHOWN} warnings follow on stderr, one a line, as
\`warning: file:line:col  what is wrong  (kind)\` (\`file#/json/pointer\` where no
line can be told), then how many more --verbose would show.

The output is TypeScript but for sdk.js and fixtures/data.js, JavaScript beside
their .d.ts (so that a project's skipLibCheck does not check them again), and
samples.js, the docs' samples, which nothing imports: a bundler, tsx or vitest
takes the folder as it is, while a project compiled by tsc into an outDir must
copy sdk.js, fixtures/data.js and fixtures/*.json beside what tsc writes (tsc
copies only what it compiles).

Only files this generator wrote (listed in DIR/${".generated-files.json"}) are ever
removed or overwritten; other files in DIR are left as they are. A $ref that
leaves the spec's folder (an absolute path, .., a file: URL, a symlink out of
it) is refused, as is a spec nested deeper than 256 levels, a chain of more
than 32 $refs, or YAML aliases that add more than 100,000 values.`;

/** What a foreign spec's output imports the runtime from: this package's own export, so the output can live anywhere. */
export const DEFAULT_RUNTIME_IMPORT = "impact-promo-api/runtime";

const GENERATED_README = `# generated/: do not edit

Written by \`npm run generate\` from \`spec/\`: edit the spec or the generator and
run \`npm run build\`.

Per API (\`brand/\`, \`partner/\`):

| file | what it is |
| --- | --- |
| \`openapi.json\`, \`openapi.yaml\` | the bundled spec (components kept, not dereferenced): the artefact other tools consume; for a spec with \`x-wire-format\`, its wire view (every response schema accepts what the service sends, in plain JSON Schema; XML answers documented; requests as written) |
| \`openapi.clean.json\`, \`openapi.clean.yaml\` | (specs with \`x-wire-format\` only) the bundle as written: the clean types that \`schema.ts\`, the mock and the validators read, and the one to give a client generator |
| \`schema.ts\` | \`paths\`, \`components\`, \`operations\` types from openapi-typescript |
| \`client.ts\` | \`createClient\`: thin typed wrappers over openapi-fetch, one per operation |
| \`sdk.js\`, \`sdk.d.ts\` | \`createBrandClient\` / \`createPartnerClient\` and one function per operation: auth, wire format, typed errors, retries, paging (JavaScript and its declarations: a consumer's skipLibCheck does not check them again) |
| \`fixtures/*.json\` | requests, response bodies per status, schema instances, and wire-form responses; sorted keys, one value per line |
| \`fixtures/data.js\`, \`fixtures/data.d.ts\` | the JSON files as one module, and its declaration, which exports each as \`unknown\`: TypeScript reads that in place of the JSON, so a type-check never parses the fixtures |
| \`fixtures.ts\` | the fixtures' own entry: imports \`fixtures/data.js\` and types each list (holds no values) |
| \`code-samples.json\`, \`samples.js\` | a TypeScript program, the same program as JavaScript, and a curl command per operation, for the reference docs; \`samples.js\` holds the program for this project's checks (checkJs) to type-check, and is nothing a consumer's tsc reads |
| \`index.ts\` | the client's entry point (types, client, SDK, runtime); not the fixtures |
| \`msw.ts\` | \`createBrandMockHandlers\` / \`createPartnerMockHandlers\`: Mock Service Worker handlers over the runtime's mock, given this API's bundle and fixtures as data (this project's APIs only: the mock models their state) |
| \`request-validators.ts\` | ajv's standalone code for the API's parameter and body schemas, so \`msw.ts\` validates requests without bundling ajv; held to \`createValidators\` by a test |

Beside them, \`.generated-files.json\` lists every file the generator wrote here:
a later run removes or overwrites only those.

**Committed, and checked.** CI fails when these files are not what the generator
writes from the current spec (\`npm run generate -- --check\`).

**From a spec edit to a release** (REF: the last release's tag), as the top-level
README says: edit \`spec/\` → \`npm run build\` → \`npm run diff -- --base REF\` →
\`npm run version:check -- --base REF\` (set the version it names) →
\`npm run changelog -- --base REF\` → commit, tag \`v<version>\`, push the tag: the
release workflow publishes.
`;

interface Target {
  label: string;
  apiName: string;
  /** The module generated code imports the client runtime from. */
  runtimeImport: string;
  root: string;
  outDir: string;
  config: Awaited<ReturnType<typeof foreignSpecConfig>>;
  madeBy: MadeBy;
}

const OPTIONS = {
  spec: { type: "string" },
  out: { type: "string" },
  check: { type: "boolean", default: false },
  verbose: { type: "boolean", default: false },
  quiet: { type: "boolean", default: false },
  debug: { type: "boolean", default: false },
  help: { type: "boolean", default: false },
  only: { type: "string" },
  "runtime-import": { type: "string" },
  timings: { type: "boolean", default: false },
  "allow-remote-refs": { type: "boolean", default: false },
  "ref-root": { type: "string" },
} as const;

async function main(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; strict: true }>>["values"];
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true }));
  } catch (error) {
    throw new SpecError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values["runtime-import"] !== undefined && !/^[^\s"'`\\]+$/.test(values["runtime-import"])) {
    throw new SpecError(`--runtime-import takes a module specifier without spaces, quotes or backslashes, not ${JSON.stringify(values["runtime-import"])}`);
  }
  if (values.quiet && values.verbose) throw new SpecError("--quiet and --verbose go against each other; pass one");
  if (values.only !== undefined && values.only !== "bundle") throw new SpecError(`--only takes \`bundle\`, not \`${values.only}\``);
  const stage: Stage = values.only === "bundle" ? "bundle" : "all";
  // Started before anything else, so openapi-typescript loads on the other core meanwhile.
  const types = stage === "all" ? new TypesWorker(new URL("./types-worker.mjs", import.meta.url)) : undefined;
  try {
    return await generate(values, stage, types);
  } finally {
    await types?.close();
  }
}

/** A relative import of `file` (a .ts source) from `fromDir`, written the NodeNext way with `.js`. */
function relativeImport(fromDir: string, file: string): string {
  const relative = path.relative(fromDir, file).split(path.sep).join("/").replace(/\.ts$/, ".js");
  return relative.startsWith(".") ? relative : `./${relative}`;
}

function typesNotEmitted(): never {
  throw new Error("the bundle stage emits no types");
}

async function generate(
  values: {
    spec?: string | undefined;
    out?: string | undefined;
    check?: boolean | undefined;
    verbose?: boolean | undefined;
    quiet?: boolean | undefined;
    timings?: boolean | undefined;
    "runtime-import"?: string | undefined;
    "allow-remote-refs"?: boolean | undefined;
    "ref-root"?: string | undefined;
  },
  stage: Stage,
  types: TypesWorker | undefined,
): Promise<number> {
  if (Boolean(values.spec) !== Boolean(values.out)) throw new SpecError("--spec and --out go together");
  const refRoot = values["ref-root"] === undefined ? undefined : path.resolve(values["ref-root"]);
  const refPolicy = (root: string) => {
    if (refRoot !== undefined && path.relative(refRoot, root).startsWith("..")) throw new SpecError(`--ref-root ${values["ref-root"]} does not hold the spec ${path.relative(process.cwd(), root)}`);
    return { allowRemote: values["allow-remote-refs"] ?? false, ...(refRoot === undefined ? {} : { folder: refRoot }) };
  };

  let targets: Target[];
  let outputRoot: string;
  const extraFiles: OutputFile[] = [];
  if (values.spec && values.out) {
    outputRoot = path.resolve(values.out);
    const label = path.basename(values.spec);
    const root = path.resolve(values.spec);
    targets = [
      {
        label,
        apiName: label.replace(/\.(ya?ml|json)$/i, ""),
        runtimeImport: values["runtime-import"] ?? DEFAULT_RUNTIME_IMPORT,
        root,
        outDir: outputRoot,
        config: withRefPolicy(await foreignSpecConfig(), refPolicy(root)),
        madeBy: {
          generator: GENERATOR,
          args: specCommand({ spec: root, out: outputRoot, runtimeImport: values["runtime-import"], refRoot, allowRemoteRefs: values["allow-remote-refs"] }),
        },
      },
    ];
  } else {
    outputRoot = path.resolve("generated");
    const { config, apis } = await loadProjectConfig();
    // The project's own runtime, so the import does not depend on where the generator runs from.
    const projectRuntime = path.resolve("runtime/client/index.ts");
    targets = apis.map((api) => ({
      label: api.alias,
      apiName: api.name,
      runtimeImport: values["runtime-import"] ?? relativeImport(path.join(outputRoot, api.name), projectRuntime),
      root: api.root,
      outDir: path.join(outputRoot, api.name),
      config: withRefPolicy(config.forAlias(api.alias), refPolicy(api.root)),
      madeBy: "project" as const,
    }));
    if (stage === "all") extraFiles.push({ path: "README.md", contents: GENERATED_README });
  }

  const results: Array<GenerateResult & { outDir: string }> = [];
  for (const target of targets) {
    const packageImport = values.spec ? "./index.js" : `impact-promo-api/${target.apiName}`;
    const result = await generateApi({ ...target, packageImport, stage, publishYaml: !values.spec, emitTypes: types?.emitTypes ?? typesNotEmitted });
    results.push({ ...result, outDir: target.outDir });
  }
  // Every schema.ts is in: the worker's heap (openapi-typescript's syntax tree, the size of its whole run) goes
  // before the files are written, not after, or both peak together.
  await types?.close();
  const files = [
    ...extraFiles,
    ...results.flatMap((result) =>
      result.files.map((file) => ({ ...file, path: path.relative(outputRoot, path.join(result.outDir, file.path)) })),
    ),
  ];

  // The manifest lists what this run wrote, so that a later run removes only its own files.
  if (stage === "all") files.push(manifestFile(files));
  const plan = await planOutput(outputRoot, files);
  const where = path.relative(process.cwd(), outputRoot) || ".";
  const shown = (list: readonly string[]) => list.map((file) => path.relative(process.cwd(), file) || file);

  if (values.check) {
    const stale = await staleFiles(outputRoot, files);
    const orphans = stage === "all" ? plan.orphans : [];
    if (stale.length + orphans.length > 0) {
      const list = [...shown(stale).map((file) => `  out of date: ${file}`), ...shown(orphans).map((file) => `  not generated: ${file}`)];
      console.error(`The generated files are not what the spec produces; run \`npm run generate\` and commit:\n${list.join("\n")}`);
      return 1;
    }
    console.log(`${where}/ is up to date (${files.length} files).`);
    return 0;
  }

  if (plan.clobbered.length > 0) {
    const named = shown(plan.clobbered.slice(0, 5)).join(", ") + (plan.clobbered.length > 5 ? `, and ${plan.clobbered.length - 5} more` : "");
    throw new SpecError(`${where}/ holds ${plan.clobbered.length} file(s) this generator did not write that it would overwrite (${named}); move them or choose another --out. Nothing was written.`);
  }
  const writeStarted = performance.now();
  await writeFilesAtomically(outputRoot, files);
  if (stage === "all") await removeOrphans(outputRoot, plan.orphans);
  const writeMilliseconds = performance.now() - writeStarted;
  for (const { summary } of results) {
    console.log(formatSummary(summary));
    if (values.timings) {
      console.log(formatTimings(summary.label, summary.timings, summary.milliseconds));
      if (types?.lastMilliseconds !== undefined) console.log(`  ${"types (worker thread)".padEnd(24)} ${(types.lastMilliseconds / 1000).toFixed(2).padStart(7)} s`);
    }
    // Warnings go to stderr, after the summary that counts them: the first few, all under --verbose, none under --quiet.
    const shownWarnings = values.quiet ? [] : values.verbose ? summary.warnings : summary.warnings.slice(0, WARNINGS_SHOWN);
    for (const warning of shownWarnings) console.error(`  warning: ${formatWarning(warning)}`);
    const more = values.quiet ? 0 : summary.warnings.length - shownWarnings.length;
    if (more > 0) console.error(`  … and ${more} more: --verbose shows all`);
    if (values.verbose) {
      for (const missing of summary.enumValues.missing) console.log(`  enum value in no fixture: ${missing}`);
      for (const value of summary.enumValues.unholdable) console.log(`  enum value no valid value can hold: ${value}`);
    }
  }
  if (values.timings) console.log(`  ${"write (all APIs)".padEnd(24)} ${(writeMilliseconds / 1000).toFixed(2).padStart(7)} s`);
  if (plan.foreign > 0) console.log(`${where}/ also holds ${plan.foreign} entries this generator did not write (not in ${MANIFEST}); they were left as they are.`);
  return 0;
}

const debug = process.argv.includes("--debug");
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof SpecError) {
      console.error(`generate: ${error.message}`);
    } else if (error instanceof InternalError) {
      console.error(`generate: ${error.message}`);
      if (debug) console.error(error.original);
      else console.error("This is a bug in the generator, not in the spec; run again with --debug for the stack, and report it.");
    } else {
      console.error(`generate: internal error: ${error instanceof Error ? error.message : String(error)}`);
      if (debug) console.error(error);
      else console.error("This is a bug in the generator; run again with --debug for the stack, and report it.");
    }
    process.exit(1);
  },
);
