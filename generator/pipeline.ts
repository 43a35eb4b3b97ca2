// The generator's one pipeline, per API: load and bundle → model → emitters →
// files. Nothing is written here; the caller writes all APIs' files at once.
import path from "node:path";
import type { Config } from "@redocly/openapi-core";
import { emitClient, emitIndex } from "./emit-client.js";
import { emitFixtures } from "./emit-fixtures.js";
import { emitSamples } from "./emit-samples.js";
import { emitSdk } from "./emit-sdk.js";
import type { OpenApiDocument } from "./bundle.js";
import { loadSpec } from "./load.js";
import { buildModel } from "./model.js";
import { toJson, toSortedJson, toYaml } from "./serialize.js";
import { Timings } from "./timings.js";
import type { OutputFile } from "./write.js";
import { readWireFormat } from "../runtime/wire-format.js";

export type Stage = "bundle" | "all";

export interface GenerateRequest {
  /** A label for messages: `brand@v14`, or the spec's file name. */
  label: string;
  /** The API's name, for the client factory: `brand` gives `createBrandClient`. */
  apiName: string;
  /** The module specifier sdk.ts imports the client runtime from. */
  runtimeImport: string;
  /** What the docs' TypeScript samples import the client from: `impact-promo-api/brand`. */
  packageImport: string;
  root: string;
  config: Config;
  /** The folder the files will be written to (for the header's relative source path). */
  outDir: string;
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

export interface GenerateSummary {
  label: string;
  stage: Stage;
  operations: number;
  schemas: number;
  fixtures: number;
  enumValues: { covered: number; total: number; missing: string[] };
  warnings: string[];
  milliseconds: number;
  /** Wall time per stage (`generate --timings` prints it). */
  timings: Timings;
}

export interface GenerateResult {
  /** Paths relative to `outDir`. */
  files: OutputFile[];
  summary: GenerateSummary;
}

export async function generateApi(request: GenerateRequest): Promise<GenerateResult> {
  const started = performance.now();
  const timings = new Timings();
  const source = path.relative(request.outDir, request.root).split(path.sep).join("/");
  const header = `// Generated from ${source} by this project's generator. Do not edit: change the spec and run \`npm run generate\`.\n`;
  // Started as soon as the bundle exists: in the CLI it runs on the other core while this thread lints and builds the rest.
  let types: Promise<string> | undefined;
  const startTypes = (bundled: OpenApiDocument) => {
    if (request.stage !== "all") return;
    types = Promise.resolve(request.emitTypes(bundled, header));
    // Awaited below; until then (lint may fail first) a failure must not count as unhandled.
    types.catch(() => undefined);
  };
  const { document, warnings } = await timings.timeAsync("bundle + lint", () => loadSpec(request.root, request.config, startTypes));
  const files: OutputFile[] = [{ path: "openapi.json", contents: timings.time("openapi.json", () => toJson(document)) }];
  // The YAML twin is a published artefact of this project's APIs; a foreign spec's owner has its source already.
  if (request.publishYaml) files.push({ path: "openapi.yaml", contents: timings.time("openapi.yaml", () => toYaml(document)) });
  const model = timings.time("model", () => buildModel(document));
  let fixtures = 0;
  let enumValues: GenerateSummary["enumValues"] = { covered: 0, total: 0, missing: [] };
  if (request.stage === "all") {
    const fixtureResult = timings.time("fixtures", () => emitFixtures(document, model, readWireFormat(document), header));
    fixtures = fixtureResult.count;
    enumValues = fixtureResult.coverage;
    files.push(
      { path: "client.ts", contents: timings.time("client.ts", () => emitClient(model, header)) },
      { path: "sdk.ts", contents: timings.time("sdk.ts", () => emitSdk(document, model, request.apiName, request.runtimeImport, header)) },
      ...timings.time("samples", () =>
        sampleFiles(emitSamples(document, model, fixtureResult.data.requests, request.apiName, request.packageImport, header)),
      ),
      ...fixtureResult.files,
      { path: "index.ts", contents: emitIndex(header, request.runtimeImport) },
      { path: "schema.ts", contents: await timings.timeAsync("waiting for types", () => types ?? Promise.resolve(request.emitTypes(document, header))) },
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
      warnings,
      milliseconds: performance.now() - started,
      timings,
    },
  };
}

function sampleFiles({ samples, module }: ReturnType<typeof emitSamples>): OutputFile[] {
  return [
    { path: "code-samples.json", contents: toSortedJson(samples) },
    { path: "samples.ts", contents: module },
  ];
}

export function formatSummary(summary: GenerateSummary): string {
  const { covered, total } = summary.enumValues;
  const coverage = total === 0 ? "no enums" : `enum values ${covered}/${total} (${Math.floor((covered / total) * 100)}%)`;
  const work = summary.stage === "bundle" ? ["bundled"] : [`${summary.fixtures} fixtures`, coverage];
  return `${summary.label.padEnd(12)} ${[
    `${summary.operations} operations`,
    `${summary.schemas} schemas`,
    ...work,
    `${(summary.milliseconds / 1000).toFixed(1)} s`,
  ].join(" · ")}`;
}
