// The generator's one pipeline, per API: load and bundle → model → emitters →
// files. Nothing is written here; the caller writes all APIs' files at once.
import path from "node:path";
import type { Config } from "@redocly/openapi-core";
import { emitClient, emitIndex } from "./emit-client.js";
import { emitFixtures } from "./emit-fixtures.js";
import { emitMsw } from "./emit-msw.js";
import { emitSamples } from "./emit-samples.js";
import { emitSdk } from "./emit-sdk.js";
import type { OpenApiDocument } from "./bundle.js";
import { loadSpec } from "./load.js";
import { sanitizeSchemas } from "./sanitize.js";
import { HEADER_PREFIX } from "./orphans.js";
import { countWarnings, during, SpecError, Warnings, type Warning } from "./problems.js";
import { buildModel } from "./model.js";
import { toJson, toSortedJson, toYaml } from "./serialize.js";
import type { EnumCoverageMeasure } from "./synthesize.js";
import { Timings } from "./timings.js";
import type { OutputFile } from "./write.js";
import { readWireFormat } from "../runtime/wire-format.js";
import { shellQuote } from "../runtime/shell-words.js";
import { CLEAN_VIEW_NAME, wireView } from "./wire-view.js";
import packageJson from "../package.json" with { type: "json" };

export type Stage = "bundle" | "all";

export interface GenerateRequest {
  /** A label for messages: `brand@v14`, or the spec's file name. */
  label: string;
  /** The API's name, for the client factory: `brand` gives `createBrandClient`. */
  apiName: string;
  /** The module specifier sdk.js (and sdk.d.ts) import the client runtime from. */
  runtimeImport: string;
  /** What the docs' TypeScript samples import the client from: `impact-promo-api/brand`. */
  packageImport: string;
  root: string;
  config: Config;
  /** The folder the files will be written to (for the header's relative source path). */
  outDir: string;
  /**
   * How the output is made, for its header: `"project"` for this project's own
   * APIs (`npm run generate`), else the generator and the arguments it was run
   * with, from `specCommand`. Default `"project"`.
   */
  madeBy?: MadeBy | undefined;
  stage: Stage;
  /** Also write the bundle as openapi.yaml (this project's APIs do; foreign specs need not). */
  publishYaml: boolean;
  /**
   * Makes schema.ts: the CLI's worker thread, or `emitTypes` from emit-types.ts
   * on a copy. Passed in, so the CLI's main thread never loads openapi-typescript.
   * It must leave the document it is given as it was: the pipeline starts it
   * first and builds everything else from the same document meanwhile.
   */
  emitTypes: (document: OpenApiDocument, header: string) => string | Promise<string>;
}

/** How an output is made, for its header (see GenerateRequest.madeBy). */
export type MadeBy = "project" | { generator: string; args: readonly string[] };

export interface GenerateSummary {
  label: string;
  stage: Stage;
  operations: number;
  schemas: number;
  fixtures: number;
  enumValues: EnumCoverageMeasure;
  warnings: Warning[];
  milliseconds: number;
  /** Wall time per stage (`generate --timings` prints it). */
  timings: Timings;
}

export interface GenerateResult {
  /** Paths relative to `outDir`. */
  files: OutputFile[];
  summary: GenerateSummary;
}

/** This generator, as its header names it: the package's name and version (`impact-promo-api@0.3.0`). */
export const GENERATOR = `${packageJson.name}@${packageJson.version}`;

/**
 * The first line of every generated TypeScript file: the spec it comes from and
 * how it was made. This project's own output tells its maintainers to run `npm
 * run generate`; any other names the generator, its version and the arguments
 * that make it again. Spec paths and arguments come from the file system and the
 * command line, so anything that could end the comment or the line (a line
 * break, U+2028, a control character, `*\/`) is escaped. Nothing in it depends
 * on the day or on where the generator ran from.
 */
export function generatedHeader(source: string, madeBy: MadeBy): string {
  const how =
    madeBy === "project"
      ? "by this project's generator. Do not edit: change the spec and run `npm run generate`."
      : `by ${commentSafe(madeBy.generator)}'s generator, run with \`${commentSafe(madeBy.args.map(shellArgument).join(" "))}\` (paths relative to this folder). Do not edit: change the spec and run it again.`;
  return `${HEADER_PREFIX}${commentSafe(source)} ${how}\n`;
}

/** `text` with nothing that can end a comment or its line: every character outside printable ASCII as `\u{…}`, `*\/` as `*\\/`. */
function commentSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`).replace(/\*\//g, "*\\/");
}

/** One argument as a shell reads it back: plain words as they are, anything else quoted (runtime/shell-words.ts). */
function shellArgument(argument: string): string {
  return /^[\w@%+=:,./-]+$/.test(argument) ? argument : shellQuote(argument);
}

/**
 * The arguments that make a `--spec` run's output again, for its header: those
 * that change what is written (not --verbose, --check and the like, so that
 * `--check` compares what a plain run writes), with paths relative to the output
 * folder, so the header is the same from wherever the generator ran and stays
 * true where spec and output move together.
 */
export function specCommand(options: { spec: string; out: string; runtimeImport?: string | undefined; refRoot?: string | undefined; allowRemoteRefs?: boolean | undefined }): string[] {
  const fromOut = (file: string) => path.relative(options.out, file).split(path.sep).join("/") || ".";
  return [
    "--spec",
    fromOut(options.spec),
    "--out",
    ".",
    ...(options.runtimeImport === undefined ? [] : ["--runtime-import", options.runtimeImport]),
    ...(options.refRoot === undefined ? [] : ["--ref-root", fromOut(options.refRoot)]),
    ...(options.allowRemoteRefs ? ["--allow-remote-refs"] : []),
  ];
}

export async function generateApi(request: GenerateRequest): Promise<GenerateResult> {
  const started = performance.now();
  const timings = new Timings();
  const file = path.relative(process.cwd(), request.root) || request.root;
  const header = generatedHeader(path.relative(request.outDir, request.root).split(path.sep).join("/"), request.madeBy ?? "project");
  const files: OutputFile[] = [];
  // Started as soon as the bundle exists: in the CLI it runs on the other core while this thread builds the rest.
  let types: Promise<string> | undefined;
  const onBundled = (document: OpenApiDocument) => {
    files.push(...publishedBundle(document, request.publishYaml, file, timings));
    // Past this point the document is read, never written to the output again: what lint warns of is made harmless.
    sanitizeSchemas(document);
    if (request.stage !== "all") return;
    types = during("emitting types", file, () => typesOf(document));
    types.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  };
  const typesOf = async (document: OpenApiDocument) => {
    try {
      return await request.emitTypes(document, header);
    } catch (error) {
      // What openapi-typescript cannot type, nothing here can generate from: a refusal naming its reason.
      throw new SpecError(`${file}: openapi-typescript cannot turn this spec into types: ${(error as Error).message?.split("\n")[0] ?? String(error)}`);
    }
  };
  const { document, warnings: lintWarnings, locate } = await during("loading", file, () => loadSpec(request.root, request.config, onBundled, timings));
  const warnings = new Warnings(file, locate);
  for (const { warning, identity } of lintWarnings) warnings.addWarning(warning, identity);
  const model = await timings.timeAsync("model", () => during("modelling", file, () => buildModel(document, warnings, request.apiName)));
  let fixtures = 0;
  let enumValues: GenerateSummary["enumValues"] = { covered: 0, total: 0, missing: [], unholdable: [] };
  if (request.stage === "all") {
    const fixtureResult = await timings.timeAsync("fixtures", () => during("synthesizing fixtures", file, () => emitFixtures(document, model, readWireFormat(document), header, warnings)));
    fixtures = fixtureResult.count;
    enumValues = fixtureResult.coverage;
    const client = await timings.timeAsync("client.ts", () => during("emitting the client", file, () => emitClient(model, header)));
    const sdk = await timings.timeAsync("sdk", () => during("emitting the client", file, () => emitSdk(document, model, request.apiName, request.runtimeImport, header, warnings)));
    const samples = await timings.timeAsync("samples", () =>
      during("emitting code samples", file, () => emitSamples(document, model, fixtureResult.data.requests, request.apiName, request.packageImport, header)),
    );
    files.push(
      { path: "client.ts", contents: client },
      { path: "sdk.js", contents: sdk.module },
      { path: "sdk.d.ts", contents: sdk.declarations },
      ...sampleFiles(samples),
      ...fixtureResult.files,
      { path: "index.ts", contents: emitIndex(header, request.runtimeImport) },
      ...(request.publishYaml ? emitMsw(document, request.apiName, request.runtimeImport, header) : []), // this project's APIs: the mock models their state
      { path: "schema.ts", contents: await timings.timeAsync("waiting for types", () => types ?? during("emitting types", file, () => typesOf(document))) },
    );
  }
  return {
    files,
    summary: {
      label: request.label,
      stage: request.stage,
      operations: model.operations.length,
      schemas: model.schemaNames.length,
      fixtures,
      enumValues,
      warnings: warnings.list,
      milliseconds: performance.now() - started,
      timings,
    },
  };
}

/**
 * The bundle as published, made before anything cleans the document. A spec that
 * declares `x-wire-format` is published twice: `openapi.json` is its wire view
 * (wire-view.ts), what tools that meet the real service need, and
 * `openapi.clean.json` the bundle as written, which the types and this project's
 * runtime read. Any other spec is published once, as written. `openapi.yaml`
 * twins are written for this project's APIs.
 */
function publishedBundle(document: OpenApiDocument, publishYaml: boolean, file: string, timings: Timings): OutputFile[] {
  let json: string;
  try {
    json = timings.time("openapi.json", () => toJson(document));
  } catch (error) {
    // Redocly inlines a `$ref` that points at the document itself or at one of its own ancestors.
    throw new SpecError(`${file}: a $ref makes the document contain itself (a $ref to "#" or to an enclosing node): ${(error as Error).message.split("\n")[0]}`);
  }
  // The YAML twin is a published artefact of this project's APIs; a foreign spec's owner has its source already.
  const yaml = (view: OpenApiDocument) => (publishYaml ? timings.time("openapi.yaml", () => toYaml(view)) : undefined);
  const format = readWireFormat(document);
  // Only once the document serialized (so it holds no cycle) is it walked for its wire view.
  const views = format
    ? [
        { name: "openapi", document: timings.time("wire view", () => wireView(document, format)) },
        { name: CLEAN_VIEW_NAME, document, json },
      ]
    : [{ name: "openapi", document, json }];
  return views.flatMap((view) => {
    const text = yaml(view.document);
    return [{ path: `${view.name}.json`, contents: view.json ?? toJson(view.document) }, ...(text === undefined ? [] : [{ path: `${view.name}.yaml`, contents: text }])];
  });
}

function sampleFiles({ samples, module }: ReturnType<typeof emitSamples>): OutputFile[] {
  return [
    { path: "code-samples.json", contents: toSortedJson(samples) },
    { path: "samples.js", contents: module },
  ];
}

/** "1 operation", "12 operations". */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

export function formatSummary(summary: GenerateSummary): string {
  const { covered, total, unholdable } = summary.enumValues;
  const held = unholdable.length ? `; ${unholdable.length} no valid value can hold` : "";
  const coverage = total === 0 ? "no enums" : `enum values ${covered}/${total} (${Math.floor((covered / total) * 100)}%${held})`;
  const work = summary.stage === "bundle" ? ["bundled"] : [count(summary.fixtures, "fixture"), coverage];
  return `${summary.label.padEnd(12)} ${[
    count(summary.operations, "operation"),
    count(summary.schemas, "schema"),
    ...work,
    ...(summary.warnings.length ? [`${count(summary.warnings.length, "warning")} (${countWarnings(summary.warnings)})`] : []),
    `${(summary.milliseconds / 1000).toFixed(1)} s`,
  ].join(" · ")}`;
}
