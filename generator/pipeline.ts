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
import { buildModel } from "./model.js";
import { toJson, toSortedJson, toYaml } from "./serialize.js";
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
}

export interface GenerateResult {
  /** Paths relative to `outDir`. */
  files: OutputFile[];
  summary: GenerateSummary;
}

export async function generateApi(request: GenerateRequest): Promise<GenerateResult> {
  const started = performance.now();
  const { document, warnings } = await loadSpec(request.root, request.config);
  const files: OutputFile[] = [{ path: "openapi.json", contents: toJson(document) }];
  // The YAML twin is a published artefact of this project's APIs; a foreign spec's owner has its source already.
  if (request.publishYaml) files.push({ path: "openapi.yaml", contents: toYaml(document) });
  const model = buildModel(document);
  let fixtures = 0;
  let enumValues: GenerateSummary["enumValues"] = { covered: 0, total: 0, missing: [] };
  if (request.stage === "all") {
    const source = path.relative(request.outDir, request.root).split(path.sep).join("/");
    const header = `// Generated from ${source} by this project's generator. Do not edit: change the spec and run \`npm run generate\`.\n`;
    // Started first: in the CLI it runs on the other core while the rest is built here.
    const types = Promise.resolve(request.emitTypes(document, header));
    const fixtureResult = emitFixtures(document, model, readWireFormat(document), header);
    fixtures = fixtureResult.count;
    enumValues = fixtureResult.coverage;
    files.push(
      { path: "client.ts", contents: emitClient(model, header) },
      { path: "sdk.ts", contents: emitSdk(document, model, request.apiName, request.runtimeImport, header) },
      ...sampleFiles(emitSamples(document, model, fixtureResult.data.requests, request.apiName, request.packageImport, header)),
      ...fixtureResult.files,
      { path: "index.ts", contents: emitIndex(header, request.runtimeImport) },
      ...(request.publishYaml ? emitMsw(document, request.apiName, request.runtimeImport, header) : []), // this project's APIs: the mock models their state
      { path: "schema.ts", contents: await types },
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
