// Fixtures: for every operation a list of requests and, for every documented
// status, a list of response bodies; for every named schema a list of instances.
// The spec's own examples come first, synthesized values fill the rest. Data goes
// to JSON files with sorted keys (never templated) and to `fixtures.ts`, which
// holds the same data as literals that `satisfies` the generated types.
import type { OpenApiDocument } from "./bundle.js";
import type { ApiModel, MediaModel, OperationModel } from "./model.js";
import { literal, propertyKey as key } from "./names.js";
import { sortKeys, toJson } from "./serialize.js";
import { EnumCoverage, Synthesizer } from "./synthesize.js";
import { toWireValue } from "../runtime/wire-values.js";
import type { OutputFile } from "./write.js";
import type { WireFormat } from "../runtime/wire-format.js";

type Json = Record<string, any>;

export interface RequestFixture {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  header?: Record<string, unknown>;
  body?: unknown;
  contentType?: string;
}

export interface FixtureData {
  requests: Record<string, RequestFixture[]>;
  /** operation → status → bodies; `null` is a response without a body. */
  responses: Record<string, Record<string, unknown[]>>;
  schemas: Record<string, unknown[]>;
  /** The responses as the service sends them, when the document declares `x-wire-format`. */
  wireResponses: Record<string, Record<string, unknown[]>> | undefined;
}

export interface FixtureResult {
  files: OutputFile[];
  data: FixtureData;
  /** How many fixture values were written (requests, response bodies, schema instances, wire bodies). */
  count: number;
  coverage: { covered: number; total: number; missing: string[] };
}

/** The media type a fixture uses: JSON first, then form data, then whatever is first. */
export function preferredMedia(content: readonly MediaModel[]): MediaModel | undefined {
  return (
    content.find((media) => /^application\/(.+\+)?json$/.test(media.mediaType)) ??
    content.find((media) => media.mediaType === "application/x-www-form-urlencoded") ??
    content[0]
  );
}

function requestFixtures(operation: OperationModel, synth: Synthesizer): RequestFixture[] {
  const body = operation.requestBody ? preferredMedia(operation.requestBody.content) : undefined;
  const widths = [
    ...operation.parameters.map((parameter) => synth.variantsNeeded(parameter.schema)),
    body ? Math.max(body.examples.length, synth.variantsNeeded(body.schema)) : 1,
  ];
  const count = Math.max(1, ...widths);
  const fixtures: RequestFixture[] = [];
  for (let variant = 0; variant < count; variant += 1) {
    const fixture: RequestFixture = {};
    for (const parameter of operation.parameters) {
      const value =
        variant === 0 && parameter.hasExample ? parameter.example : synth.synthesize(parameter.schema, variant, "request", parameter.name);
      ((fixture[parameter.in === "cookie" ? "header" : parameter.in] ??= {}) as Record<string, unknown>)[parameter.name] = value;
    }
    if (body) {
      fixture.contentType = body.mediaType;
      fixture.body = body.examples[variant]?.value ?? synth.synthesize(body.schema, variant, "request");
    }
    fixtures.push(fixture);
  }
  return fixtures;
}

function responseFixtures(operation: OperationModel, synth: Synthesizer): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = {};
  for (const response of operation.responses) {
    const media = preferredMedia(response.content);
    if (!media) {
      result[response.status] = [null];
      continue;
    }
    const count = Math.max(1, media.examples.length, synth.variantsNeeded(media.schema));
    const bodies: unknown[] = [];
    for (let variant = 0; variant < count; variant += 1) {
      bodies.push(media.examples[variant]?.value ?? synth.synthesize(media.schema, variant, "response"));
    }
    result[response.status] = bodies;
  }
  return result;
}

export function buildFixtures(
  document: OpenApiDocument,
  model: ApiModel,
  wire: WireFormat | undefined,
): { data: FixtureData; coverage: FixtureResult["coverage"] } {
  const synth = new Synthesizer(document, new EnumCoverage());
  const requests: FixtureData["requests"] = {};
  const responses: FixtureData["responses"] = {};
  for (const operation of model.operations) {
    requests[operation.name] = requestFixtures(operation, synth);
    responses[operation.name] = responseFixtures(operation, synth);
  }
  const schemas: FixtureData["schemas"] = {};
  const components = (document.components?.schemas ?? {}) as Record<string, Json>;
  for (const name of model.schemaNames) {
    const schema = components[name]!;
    const count = synth.variantsNeeded(schema);
    const instances: unknown[] = [];
    for (let variant = 0; variant < count; variant += 1) {
      instances.push(variant === 0 && schema.example !== undefined ? schema.example : synth.synthesize({ $ref: `#/components/schemas/${name}` }, variant, "response", name));
    }
    schemas[name] = instances;
  }
  let wireResponses: FixtureData["wireResponses"];
  if (wire) {
    wireResponses = {};
    for (const operation of model.operations) {
      const byStatus: Record<string, unknown[]> = {};
      for (const response of operation.responses) {
        const media = preferredMedia(response.content);
        byStatus[response.status] = responses[operation.name]![response.status]!.map((body) =>
          media ? toWireValue(body, media.schema, document, wire) : body,
        );
      }
      wireResponses[operation.name] = byStatus;
    }
  }
  return { data: { requests, responses, schemas, wireResponses }, coverage: synth.coverage.measure(document) };
}

function countValues(data: FixtureData): number {
  const inner = (byStatus: Record<string, unknown[]>) => Object.values(byStatus).reduce((sum, list) => sum + list.length, 0);
  return (
    Object.values(data.requests).reduce((sum, list) => sum + list.length, 0) +
    Object.values(data.responses).reduce((sum, byStatus) => sum + inner(byStatus), 0) +
    Object.values(data.schemas).reduce((sum, list) => sum + list.length, 0) +
    Object.values(data.wireResponses ?? {}).reduce((sum, byStatus) => sum + inner(byStatus), 0)
  );
}

export function emitFixtures(document: OpenApiDocument, model: ApiModel, wire: WireFormat | undefined, header: string): FixtureResult {
  const { data: unsorted, coverage } = buildFixtures(document, model, wire);
  // Sorted once: the JSON files and the typed module show the same data in the same order.
  const data = sortKeys(unsorted) as FixtureData;
  const files: OutputFile[] = [
    { path: "fixtures/requests.json", contents: toJson(data.requests) },
    { path: "fixtures/responses.json", contents: toJson(data.responses) },
    { path: "fixtures/schemas.json", contents: toJson(data.schemas) },
  ];
  if (data.wireResponses) files.push({ path: "fixtures/wire-responses.json", contents: toJson(data.wireResponses) });
  files.push({ path: "fixtures.ts", contents: typedModule(model, data, header) });
  return { files, data, count: countValues(data), coverage };
}

/** `name: <literal><suffix>` at `indent`, the literal laid out knowing what follows it on the line. */
function entry(indent: number, name: string, value: unknown, suffix: string): string {
  const head = `${" ".repeat(indent)}${name}: `;
  return `${head}${printLiteral(value, indent, head.length, suffix.length)}${suffix}`;
}

function operationType(operation: OperationModel): string {
  return `paths[${literal(operation.path)}][${literal(operation.method)}]`;
}

function statusKey(status: string): string {
  return /^[1-5][0-9][0-9]$/.test(status) ? status : literal(status);
}

function typedModule(model: ApiModel, data: FixtureData, header: string): string {
  const lines: string[] = [
    header,
    `import type { components, paths } from "./schema.js";`,
    "",
    "type ParametersIn<Op, In extends string> = Op extends { parameters: infer P }",
    "  ? P extends { [K in In]?: infer T }",
    "    ? T",
    "    : never",
    "  : never;",
    "type Body<Op> = Op extends { requestBody?: infer B }",
    "  ? NonNullable<B> extends { content: infer C }",
    "    ? C[keyof C]",
    "    : never",
    "  : never;",
    "type ResponseBody<Op, Status> = Op extends { responses: infer R }",
    "  ? Status extends keyof R",
    "    ? R[Status] extends { content: infer C }",
    "      ? C[keyof C]",
    "      : null",
    "    : never",
    "  : never;",
    "",
    "/** A request: path, query and header parameters, and the body with its media type. */",
    "export interface RequestFixture<Op> {",
    "  path?: ParametersIn<Op, \"path\">;",
    "  query?: ParametersIn<Op, \"query\">;",
    "  header?: ParametersIn<Op, \"header\">;",
    "  body?: Body<Op>;",
    "  contentType?: string;",
    "}",
    "",
    "/** Requests per operation; the spec's examples come first. */",
    "export const requests = {",
  ];
  for (const operation of model.operations) {
    lines.push(entry(2, key(operation.name), data.requests[operation.name], ` satisfies RequestFixture<${operationType(operation)}>[],`));
  }
  lines.push("};", "", "/** Response bodies per operation and status; the spec's examples come first. */", "export const responses = {");
  for (const operation of model.operations) {
    lines.push(`  ${key(operation.name)}: {`);
    for (const [status, bodies] of Object.entries(data.responses[operation.name]!).sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(entry(4, statusKey(status), bodies, ` satisfies ResponseBody<${operationType(operation)}, ${statusKey(status)}>[],`));
    }
    lines.push("  },");
  }
  lines.push("};", "", "/** Instances of every named schema. */", "export const schemas = {");
  for (const name of model.schemaNames) {
    lines.push(entry(2, key(name), data.schemas[name], ` satisfies components["schemas"][${literal(name)}][],`));
  }
  lines.push("};");
  if (data.wireResponses) {
    lines.push(
      "",
      "/** The response bodies as the service sends them on the wire (see the spec's x-wire-format). Not typed: they are the raw form. */",
      `export const wireResponses: Record<string, Record<string, unknown[]>> = ${printLiteral(data.wireResponses, 0)};`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Source code to print as it is inside a literal (a function, a reference). */
export class Code {
  constructor(readonly text: string) {}
}

/** The line width the emitted TypeScript keeps to (prettier's, with printWidth 120). */
const PRINT_WIDTH = 120;

/**
 * A TypeScript literal of JSON data starting at column `indent`, laid out as
 * prettier (printWidth 120) lays it out: objects one key per line, arrays of
 * scalars on one line when they fit, a long value moved below its key.
 */
export function printLiteral(value: unknown, indent: number, prefixWidth = indent, suffixWidth = 1): string {
  const pad = " ".repeat(indent);
  if (value instanceof Code) return value.text;
  if (typeof value === "string") return literal(value);
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    // Scalars and empty objects or arrays are "flat": prettier keeps a list of them on one line if it fits.
    const flat = (item: unknown) => item === null || typeof item !== "object" || (!(item instanceof Code) && Object.keys(item).length === 0);
    if (value.every(flat)) {
      const inline = `[${value.map((item) => printLiteral(item, indent)).join(", ")}]`;
      // The array starts at `prefixWidth`; what follows it on the line (`,`, `;`, a `satisfies` clause) takes `suffixWidth`.
      if (prefixWidth + inline.length + suffixWidth <= PRINT_WIDTH) return inline;
    }
    return `[\n${value.map((item) => `${pad}  ${printLiteral(item, indent + 2)},`).join("\n")}\n${pad}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  const lines = entries.map(([name, item]) => {
    const head = `${pad}  ${key(name)}: `;
    const printed = printLiteral(item, indent + 2, head.length);
    const scalar = item === null || typeof item !== "object" || item instanceof Code;
    if (scalar && head.length + printed.length + 1 > PRINT_WIDTH) return `${head.trimEnd()}\n${pad}    ${printed},`;
    return `${head}${printed},`;
  });
  return `{\n${lines.join("\n")}\n${pad}}`;
}
