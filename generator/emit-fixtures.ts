// Fixtures: for every operation a list of requests and, for every documented
// status, a list of response bodies; for every named schema a list of instances.
// The spec's own examples come first, synthesized values fill the rest. Data goes
// to JSON files with sorted keys (never templated) and to `fixtures.ts`, which
// holds the same data as literals that `satisfies` the generated types.
import type { OpenApiDocument } from "./bundle.js";
import type { ApiModel, MediaModel, OperationModel } from "./model.js";
import { literal, propertyKey as key, setOwn } from "./names.js";
import { sortKeys, toJson } from "./serialize.js";
import { EnumCoverage, Synthesizer, type Direction } from "./synthesize.js";
import { FixtureCheck } from "./fixture-check.js";
import { pointer, Warnings } from "./problems.js";
import { toWireValue } from "../runtime/wire-values.js";
import type { OutputFile } from "./write.js";
import type { WireFormat } from "../runtime/wire-format.js";

type Json = Record<string, any>;

export interface RequestFixture {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  header?: Record<string, unknown>;
  cookie?: Record<string, unknown>;
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

/**
 * Where values come from, each checked against its schema before it is used: a
 * spec example that is not valid is reported and replaced by a synthesized value;
 * a synthesized value that is not valid (no value satisfies the schema, or
 * synthesis could not find one) is reported and left out.
 */
class FixtureSource {
  readonly synth: Synthesizer;
  private readonly check: FixtureCheck;

  constructor(
    document: OpenApiDocument,
    private readonly warnings: Warnings,
  ) {
    this.check = new FixtureCheck(document);
    this.synth = new Synthesizer(document, new EnumCoverage(), (hint, message) => this.pendingSynthesis.push(hint ? `${hint}: ${message}` : message));
  }

  private pendingSynthesis: string[] = [];

  /**
   * The spec's example if it is valid against `schema`, else a synthesized value
   * (of `synthesized`, the same schema perhaps by reference); `undefined` when none is valid.
   */
  value(
    schema: Json | undefined,
    example: { value: unknown } | undefined,
    variant: number,
    direction: Direction,
    hint: string,
    where: string,
    synthesized: Json | undefined = schema,
  ): { value: unknown } | undefined {
    if (example) {
      const result = this.check.check(schema, example.value);
      if (result.valid === true) return example;
      if (result.valid === false) this.warnings.at("example", where, `the example is not valid against its schema (${result.problem}); a synthesized value replaces it`);
      else this.warnings.at("example", where, `the example cannot be checked (${result.problem}); a synthesized value replaces it`);
    }
    this.pendingSynthesis = [];
    let value = this.synth.synthesize(synthesized, variant, direction, hint);
    let result = this.check.check(schema, value);
    if (result.valid === false) {
      // Optional properties and extra items are where most misses come from: try without them.
      const minimal = this.synth.synthesize(synthesized, variant, direction, hint, { minimal: true });
      const second = this.check.check(schema, minimal);
      if (second.valid === true) [value, result] = [minimal, second];
    }
    const notes = this.pendingSynthesis.length ? ` (${[...new Set(this.pendingSynthesis)].join("; ")})` : "";
    if (result.valid === true && !this.pendingSynthesis.length) return { value };
    if (result.valid === true) {
      this.warnings.at("synthesis", where, `synthesis fell short${notes}, yet the value is valid`);
      return { value };
    }
    if (result.valid === "unknown") {
      this.warnings.at("synthesis", where, `a synthesized value cannot be checked (${result.problem})${notes}; it is left out`);
      return undefined;
    }
    this.warnings.at("synthesis", where, `no valid value could be synthesized (${result.problem})${notes}; this fixture is left out`);
    return undefined;
  }
}

/** A `$ref` to a named schema, escaped as a JSON pointer in a URI fragment (`~1`, `~0`, `%25`). */
export function componentRef(name: string): string {
  return pointer("components", "schemas", name).replace(/%/g, "%25");
}

function operationPointer(operation: OperationModel, ...rest: Array<string | number>): string {
  return pointer("paths", operation.path, operation.method, ...rest);
}

function requestFixtures(operation: OperationModel, source: FixtureSource): RequestFixture[] {
  const synth = source.synth;
  const body = operation.requestBody ? preferredMedia(operation.requestBody.content) : undefined;
  const widths = [
    ...operation.parameters.map((parameter) => synth.variantsNeeded(parameter.schema)),
    body ? Math.max(body.examples.length, synth.variantsNeeded(body.schema)) : 1,
  ];
  const count = Math.max(1, ...widths);
  const fixtures: RequestFixture[] = [];
  variants: for (let variant = 0; variant < count; variant += 1) {
    const fixture: RequestFixture = {};
    for (const parameter of operation.parameters) {
      const example = variant === 0 && parameter.hasExample ? { value: parameter.example } : undefined;
      const chosen = source.value(parameter.schema, example, variant, "request", parameter.name, operationPointer(operation, "parameters", `${parameter.in}:${parameter.name}`));
      if (!chosen) continue variants;
      // A parameter described by `content` is sent serialized; openapi-typescript types it as a string.
      const value = parameter.serialized && typeof chosen.value !== "string" ? JSON.stringify(chosen.value) : chosen.value;
      setOwn((fixture[parameter.in] ??= {}) as Record<string, unknown>, parameter.name, value);
    }
    if (body) {
      fixture.contentType = body.mediaType;
      const example = body.examples[variant];
      const chosen = source.value(body.schema, example, variant, "request", "", operationPointer(operation, "requestBody", "content", body.mediaType, ...(example ? exampleSegments(example.name) : ["schema"])));
      if (!chosen) continue;
      fixture.body = chosen.value;
    }
    fixtures.push(fixture);
  }
  return fixtures;
}

/** `example` or `examples/<name>`, as the model names them. */
function exampleSegments(name: string): string[] {
  return name === "example" ? ["example"] : ["examples", name, "value"];
}

function responseFixtures(operation: OperationModel, source: FixtureSource): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = {};
  for (const response of operation.responses) {
    const media = preferredMedia(response.content);
    if (!media) {
      result[response.status] = [null];
      continue;
    }
    const count = Math.max(1, media.examples.length, source.synth.variantsNeeded(media.schema));
    const bodies: unknown[] = [];
    for (let variant = 0; variant < count; variant += 1) {
      const example = media.examples[variant];
      const where = operationPointer(operation, "responses", response.status, "content", media.mediaType, ...(example ? exampleSegments(example.name) : ["schema"]));
      const chosen = source.value(media.schema, example, variant, "response", "", where);
      if (chosen) bodies.push(chosen.value);
    }
    result[response.status] = bodies;
  }
  return result;
}

export function buildFixtures(
  document: OpenApiDocument,
  model: ApiModel,
  wire: WireFormat | undefined,
  warnings = new Warnings("spec"),
): { data: FixtureData; coverage: FixtureResult["coverage"] } {
  const source = new FixtureSource(document, warnings);
  const synth = source.synth;
  const requests: FixtureData["requests"] = {};
  const responses: FixtureData["responses"] = {};
  for (const operation of model.operations) {
    requests[operation.name] = requestFixtures(operation, source);
    responses[operation.name] = responseFixtures(operation, source);
  }
  const schemas: FixtureData["schemas"] = {};
  const components = (document.components?.schemas ?? {}) as Record<string, Json>;
  for (const name of model.schemaNames) {
    const schema = components[name]!;
    const count = synth.variantsNeeded(schema);
    const instances: unknown[] = [];
    for (let variant = 0; variant < count; variant += 1) {
      const example = variant === 0 && schema && typeof schema === "object" && schema.example !== undefined ? { value: schema.example } : undefined;
      const where = pointer("components", "schemas", name, ...(example ? ["example"] : []));
      const chosen = source.value(schema, example, variant, "response", name, where, { $ref: componentRef(name) });
      if (chosen) instances.push(chosen.value);
    }
    setOwn(schemas, name, instances);
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

export function emitFixtures(document: OpenApiDocument, model: ApiModel, wire: WireFormat | undefined, header: string, warnings?: Warnings): FixtureResult {
  const { data: unsorted, coverage } = buildFixtures(document, model, wire, warnings);
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
  const imported = [...(model.schemaNames.length ? ["components"] : []), ...(model.operations.length ? ["paths"] : [])];
  const lines: string[] = [
    header,
    ...(imported.length ? [`import type { ${imported.join(", ")} } from "./schema.js";`] : []),
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
    // Only used by the responses' `satisfies` clauses: an API without responses has none.
    ...(model.operations.some((operation) => operation.responses.length > 0)
      ? [
          "type ResponseBody<Op, Status> = Op extends { responses: infer R }",
          "  ? Status extends keyof R",
          "    ? R[Status] extends { content: infer C }",
          "      ? C[keyof C]",
          "      : null",
          "    : never",
          "  : never;",
        ]
      : []),
    "",
    "/** A request: path, query and header parameters, and the body with its media type. */",
    "export interface RequestFixture<Op> {",
    "  path?: ParametersIn<Op, \"path\">;",
    "  query?: ParametersIn<Op, \"query\">;",
    "  header?: ParametersIn<Op, \"header\">;",
    ...(model.operations.some((operation) => operation.parameters.some((parameter) => parameter.in === "cookie")) ? ["  cookie?: ParametersIn<Op, \"cookie\">;"] : []),
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

/** A value printed as a literal followed by a type assertion: `{ … } as Shape`. */
export class Asserted {
  constructor(
    readonly value: unknown,
    readonly type: string,
  ) {}
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
  if (value instanceof Asserted) return `${printLiteral(value.value, indent, prefixWidth, suffixWidth + value.type.length + 4)} as ${value.type}`;
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
    const scalar = item === null || typeof item !== "object" || item instanceof Code || (item instanceof Asserted && (item.value === null || typeof item.value !== "object"));
    if (scalar && head.length + printed.length + 1 > PRINT_WIDTH) return `${head.trimEnd()}\n${pad}    ${printed},`;
    return `${head}${printed},`;
  });
  return `{\n${lines.join("\n")}\n${pad}}`;
}
