// `npm run generate [-- --spec FILE --out DIR] [--check] [--verbose] [--only bundle] [--timings]`
//
// Without --spec, generates every API that redocly.yaml lists into generated/<api>/.
// With --spec, generates that one document (any valid OpenAPI 3.0 or 3.1) into --out.
// Every API is generated in memory first; files are written only when all succeeded.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadProjectConfig } from "./config.js";
import { foreignSpecConfig } from "./load.js";
import { formatSummary, generateApi, type GenerateResult, type Stage } from "./pipeline.js";
import { SpecError } from "./problems.js";
import { staleFiles, writeFilesAtomically, type OutputFile } from "./write.js";
import { removeOrphans } from "./orphans.js";
import { TypesWorker } from "./types-pool.js";
import { formatTimings } from "./timings.js";

const GENERATED_README = `# generated/: do not edit

Everything in this folder is written by \`npm run generate\` from \`spec/\`. Edit the
spec or the generator and run \`npm run build\`; CI fails when these files are not
what the generator writes from the current spec.

Per API (\`brand/\`, \`partner/\`):

| file | what it is |
| --- | --- |
| \`openapi.json\`, \`openapi.yaml\` | the bundled spec (components kept, not dereferenced): the artefact other tools consume |
| \`schema.ts\` | \`paths\`, \`components\`, \`operations\` types from openapi-typescript |
| \`client.ts\` | \`createClient\`: thin typed wrappers over openapi-fetch, one per operation |
| \`sdk.ts\` | \`createBrandClient\` / \`createPartnerClient\` and one function per operation: auth, wire format, typed errors, retries, paging |
| \`fixtures/*.json\` | requests, response bodies per status, schema instances, and wire-form responses; sorted keys, one value per line |
| \`fixtures.ts\` | the fixtures' own entry: imports the JSON files and types each list (holds no values) |
| \`code-samples.json\`, \`samples.ts\` | a TypeScript and a curl sample per operation, for the reference docs; \`samples.ts\` is type-checked |
| \`index.ts\` | the client's entry point (types, client, SDK, runtime); not the fixtures |
`;

interface Target {
  label: string;
  apiName: string;
  /** The client runtime the generated code imports: the project's own runtime/, or this generator's for a foreign spec. */
  runtimeEntry: string;
  root: string;
  outDir: string;
  config: Awaited<ReturnType<typeof foreignSpecConfig>>;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      spec: { type: "string" },
      out: { type: "string" },
      check: { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
      only: { type: "string" },
      "runtime-import": { type: "string" },
      timings: { type: "boolean", default: false },
    },
    strict: true,
  });
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

// The client runtime generated clients import (runtime/client in this repository),
// found from this module's place: generator/ when run from source, dist/generator/ compiled.
const RUNTIME_ENTRY = findRuntimeEntry();

function findRuntimeEntry(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth += 1) {
    const candidate = path.join(folder, "runtime/client/index.ts");
    if (existsSync(candidate)) return candidate;
    folder = path.dirname(folder);
  }
  throw new Error("cannot find runtime/client/index.ts above the generator; pass --runtime-import");
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
    timings?: boolean | undefined;
    "runtime-import"?: string | undefined;
  },
  stage: Stage,
  types: TypesWorker | undefined,
): Promise<number> {
  if (Boolean(values.spec) !== Boolean(values.out)) throw new SpecError("--spec and --out go together");

  let targets: Target[];
  let outputRoot: string;
  const extraFiles: OutputFile[] = [];
  if (values.spec && values.out) {
    outputRoot = path.resolve(values.out);
    const label = path.basename(values.spec);
    targets = [
      {
        label,
        apiName: label.replace(/\.(ya?ml|json)$/i, ""),
        runtimeEntry: RUNTIME_ENTRY,
        root: path.resolve(values.spec),
        outDir: outputRoot,
        config: await foreignSpecConfig(),
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
      runtimeEntry: projectRuntime,
      root: api.root,
      outDir: path.join(outputRoot, api.name),
      config: config.forAlias(api.alias),
    }));
    if (stage === "all") extraFiles.push({ path: "README.md", contents: GENERATED_README });
  }

  const results: Array<GenerateResult & { outDir: string }> = [];
  for (const target of targets) {
    const runtimeImport = values["runtime-import"] ?? relativeImport(target.outDir, target.runtimeEntry);
    const packageImport = values.spec ? "./index.js" : `impact-promo-api/${target.apiName}`;
    const result = await generateApi({ ...target, runtimeImport, packageImport, stage, publishYaml: !values.spec, emitTypes: types?.emitTypes ?? typesNotEmitted });
    results.push({ ...result, outDir: target.outDir });
  }
  const files = [
    ...extraFiles,
    ...results.flatMap((result) =>
      result.files.map((file) => ({ ...file, path: path.relative(outputRoot, path.join(result.outDir, file.path)) })),
    ),
  ];

  if (values.check) {
    const stale = await staleFiles(outputRoot, files);
    const orphans = stage === "all" ? await removeOrphans(outputRoot, results.map((result) => result.outDir), files, { dryRun: true }) : [];
    if (stale.length + orphans.length > 0) {
      const list = [...stale.map((file) => `  out of date: ${path.relative(process.cwd(), file)}`), ...orphans.map((file) => `  not generated: ${path.relative(process.cwd(), file)}`)];
      console.error(`The generated files are not what the spec produces; run \`npm run generate\` and commit:\n${list.join("\n")}`);
      return 1;
    }
    console.log(`${path.relative(process.cwd(), outputRoot) || "."}/ is up to date (${files.length} files).`);
    return 0;
  }

  const writeStarted = performance.now();
  await writeFilesAtomically(outputRoot, files);
  if (stage === "all") await removeOrphans(outputRoot, results.map((result) => result.outDir), files, { dryRun: false });
  const writeMilliseconds = performance.now() - writeStarted;
  for (const { summary } of results) {
    console.log(formatSummary(summary));
    if (values.timings) {
      console.log(formatTimings(summary.label, summary.timings, summary.milliseconds));
      if (types?.lastMilliseconds !== undefined) console.log(`  ${"types (worker thread)".padEnd(24)} ${(types.lastMilliseconds / 1000).toFixed(2).padStart(7)} s`);
    }
    if (values.verbose) {
      for (const warning of summary.warnings) console.log(`  warning: ${warning}`);
      for (const missing of summary.enumValues.missing) console.log(`  enum value in no fixture: ${missing}`);
    }
  }
  if (values.timings) console.log(`  ${"write (all APIs)".padEnd(24)} ${(writeMilliseconds / 1000).toFixed(2).padStart(7)} s`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof SpecError || (error instanceof Error && error.name === "SynthesisError")) {
      console.error(`generate: ${error.message}`);
    } else if (error instanceof TypeError && /parseArgs|Unknown option|option/.test(error.message)) {
      console.error(`generate: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);

