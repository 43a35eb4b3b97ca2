// Fixtures: for every operation a list of requests and, for every documented
// status, a list of response bodies; for every named schema a list of instances.
// The spec's own examples come first, then synthesized values: one where there
// is no example, and more only to show enum values no other fixture shows. Data
// goes to JSON files with sorted keys (never templated), once; `fixtures.ts`
// imports those files and types them, holding no values of its own.
import type { OpenApiDocument } from "./bundle.js";
import { resolveRef, type ApiModel, type MediaModel, type OperationModel } from "./model.js";
import { literal, propertyKey as key } from "./names.js";
import { sortKeys } from "./serialize.js";
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

/**
 * Bounds on what one fixture list holds (per operation's requests, per operation
 * and status, per named schema), so a large spec's fixtures stay a size a person
 * can read and a tool can load.
 */
export const FIXTURE_LIMITS = {
  /** Spec examples kept per list (the first, in the spec's order). */
  examples: 1,
  /**
   * Synthesized values tried per list; only those that show an enum value no
   * other fixture shows are kept. Further variants are lean (see Synthesizer),
   * so this can exceed the 12 a full value may take without the size following.
   */
  variants: 48,
  /** `$ref`s followed with every property; deeper, only required properties (see Synthesizer). */
  refDepth: 1,
} as const;

/**
 * The synthesized values of one list: variant 0 when the list has nothing else,
 * then each further variant only if it shows an enum value that no fixture
 * written so far shows. Coverage is what variants are for; a variant that shows
 * nothing new would only repeat its neighbours.
 */
function coveringVariants<T>(synth: Synthesizer, width: number, alwaysFirst: boolean, make: (variant: number) => T): T[] {
  const kept: T[] = [];
  const covered = synth.coverage;
  synth.known = covered;
  for (let variant = 0; variant < Math.min(width, FIXTURE_LIMITS.variants); variant += 1) {
    const trial = new EnumCoverage();
    synth.coverage = trial;
    let value: T;
    try {
      value = make(variant);
    } finally {
      synth.coverage = covered;
    }
    if (!(alwaysFirst && kept.length === 0) && !trial.addsTo(covered)) continue;
    covered.absorb(trial);
    // Sorted as it is kept: the discarded trials are never copied, and no second copy of all the data is ever held.
    kept.push(sortKeys(value) as T);
  }
  return kept;
}

/**
 * Variant 0 of a whole named schema, made once: an operation whose body is just
 * `$ref` to a named schema (most bodies of a large spec) takes the instance the
 * schema's own list made, with the enum values it covers, instead of making it
 * again.
 */
class SharedFirstValues {
  private readonly made = new Map<string, { value: unknown; coverage: EnumCoverage }>();

  constructor(
    private readonly synth: Synthesizer,
    private readonly document: OpenApiDocument,
  ) {}

  synthesize(schema: Json | undefined, variant: number, direction: "request" | "response", hint = ""): unknown {
    const ref = schema && Object.keys(schema).length === 1 && typeof schema.$ref === "string" ? (schema.$ref as string) : undefined;
    if (variant !== 0 || !ref) return this.synth.synthesize(schema, variant, direction, hint);
    const target = resolveRef(this.document, schema);
    // The hint names strings and array items; an object's properties name their own.
    const key = `${direction} ${ref} ${target.type === "object" || target.properties ? "" : hint}`;
    let entry = this.made.get(key);
    if (!entry) {
      const outer = this.synth.coverage;
      const coverage = new EnumCoverage();
      this.synth.coverage = coverage;
      try {
        entry = { value: this.synth.synthesize(schema, variant, direction, hint), coverage };
      } finally {
        this.synth.coverage = outer;
      }
      this.made.set(key, entry);
    }
    this.synth.coverage.absorb(entry.coverage);
    return entry.value;
  }
}

function requestFixtures(operation: OperationModel, synth: Synthesizer, shared: SharedFirstValues): RequestFixture[] {
  const body = operation.requestBody ? preferredMedia(operation.requestBody.content) : undefined;
  const widths = [...operation.parameters.map((parameter) => synth.variantsNeeded(parameter.schema, FIXTURE_LIMITS.variants)), body ? synth.variantsNeeded(body.schema, FIXTURE_LIMITS.variants) : 1];
  const make = (variant: number, useExamples: boolean): RequestFixture => {
    const fixture: RequestFixture = {};
    for (const parameter of operation.parameters) {
      const value = useExamples && parameter.hasExample ? parameter.example : synth.synthesize(parameter.schema, variant, "request", parameter.name);
      ((fixture[parameter.in === "cookie" ? "header" : parameter.in] ??= {}) as Record<string, unknown>)[parameter.name] = value;
    }
    if (body) {
      fixture.contentType = body.mediaType;
      const example = useExamples ? body.examples[0] : undefined;
      fixture.body = example ? example.value : shared.synthesize(body.schema, variant, "request");
    }
    return fixture;
  };
  // The spec's examples (parameters' and the body's) make the first request; synthesized ones follow.
  const hasExamples = operation.parameters.some((parameter) => parameter.hasExample) || (body?.examples.length ?? 0) > 0;
  const fromExamples = hasExamples ? [sortKeys(make(0, true)) as RequestFixture] : [];
  return [...fromExamples, ...coveringVariants(synth, Math.max(1, ...widths), !hasExamples, (variant) => make(variant, false))];
}

function responseFixtures(operation: OperationModel, synth: Synthesizer, shared: SharedFirstValues): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = {};
  for (const response of operation.responses) {
    const media = preferredMedia(response.content);
    if (!media) {
      result[response.status] = [null];
      continue;
    }
    const examples = media.examples.slice(0, FIXTURE_LIMITS.examples).map((example) => sortKeys(example.value));
    const synthesized = coveringVariants(synth, synth.variantsNeeded(media.schema, FIXTURE_LIMITS.variants), examples.length === 0, (variant) =>
      shared.synthesize(media.schema, variant, "response"),
    );
    result[response.status] = [...examples, ...synthesized];
  }
  return result;
}

export function buildFixtures(
  document: OpenApiDocument,
  model: ApiModel,
  wire: WireFormat | undefined,
): { data: FixtureData; coverage: FixtureResult["coverage"] } {
  const synth = new Synthesizer(document, new EnumCoverage(), { maxRefDepth: FIXTURE_LIMITS.refDepth, leanVariants: true });
  const shared = new SharedFirstValues(synth, document);
  // Named schemas first: their instances show the enum values of the shared
  // schemas once, so an operation's list needs extra variants only for what is
  // its own (inline enums of its parameters and bodies).
  const schemas: FixtureData["schemas"] = {};
  const components = (document.components?.schemas ?? {}) as Record<string, Json>;
  for (const name of model.schemaNames) {
    const schema = components[name]!;
    const example = schema.example !== undefined ? [sortKeys(schema.example)] : [];
    const synthesized = coveringVariants(synth, synth.variantsNeeded(schema, FIXTURE_LIMITS.variants), example.length === 0, (variant) =>
      shared.synthesize({ $ref: `#/components/schemas/${name}` }, variant, "response", name),
    );
    schemas[name] = [...example, ...synthesized];
  }
  const requests: FixtureData["requests"] = {};
  const responses: FixtureData["responses"] = {};
  for (const operation of model.operations) {
    requests[operation.name] = requestFixtures(operation, synth, shared);
    responses[operation.name] = responseFixtures(operation, synth, shared);
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
  // Every value is sorted already (as it was kept); the maps around them are sorted here.
  const byKey = <T>(map: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const data: FixtureData = {
    requests: byKey(unsorted.requests),
    responses: byKey(Object.fromEntries(Object.entries(unsorted.responses).map(([name, byStatus]) => [name, byKey(byStatus)]))),
    schemas: byKey(unsorted.schemas),
    wireResponses: unsorted.wireResponses && (sortKeys(unsorted.wireResponses) as FixtureData["wireResponses"]),
  };
  const files: OutputFile[] = [
    { path: "fixtures/requests.json", contents: fixtureJson(data.requests, 1) },
    { path: "fixtures/responses.json", contents: fixtureJson(data.responses, 2) },
    { path: "fixtures/schemas.json", contents: fixtureJson(data.schemas, 1) },
  ];
  if (data.wireResponses) files.push({ path: "fixtures/wire-responses.json", contents: fixtureJson(data.wireResponses, 2) });
  files.push({ path: "fixtures.ts", contents: typedModule(model, data, header) });
  return { files, data, count: countValues(data), coverage };
}

/** The operation's type: by its id in `operations` when it has one (shorter), else by path and method. */
function operationType(operation: OperationModel): string {
  if (operation.operationId !== undefined) return `operations[${literal(operation.operationId)}]`;
  return `paths[${literal(operation.path)}][${literal(operation.method)}]`;
}


/**
 * A fixture file: the outer maps (`levels` deep: operation, then status) and
 * their lists indented, each fixture value on one line of its own. One line per
 * value keeps a large spec's fixtures a third smaller than indenting every level,
 * lets `grep` find a fixture and a diff name the one that changed; `jq` shows
 * one indented.
 */
export function fixtureJson(data: unknown, levels: number): string {
  const print = (value: unknown, level: number, indent: string): string => {
    if (level === 0 && Array.isArray(value)) {
      if (value.length === 0) return "[]";
      return `[\n${value.map((item) => `${indent}  ${JSON.stringify(item)}`).join(",\n")}\n${indent}]`;
    }
    if (level > 0 && value && typeof value === "object" && !Array.isArray(value)) {
      const entries = Object.entries(value);
      if (entries.length === 0) return "{}";
      return `{\n${entries.map(([name, item]) => `${indent}  ${JSON.stringify(name)}: ${print(item, level - 1, `${indent}  `)}`).join(",\n")}\n${indent}}`;
    }
    return JSON.stringify(value);
  };
  return `${print(data, levels, "")}\n`;
}

/**
 * `fixtures.ts`: the JSON files, typed. It holds no values of its own (the JSON
 * files do, once): it imports them and gives each list the type the generated
 * schema says it has. The values are checked against their JSON Schemas when
 * they are made, not by tsc, so type-checking this module costs next to nothing
 * however many fixtures there are.
 */
function typedModule(model: ApiModel, data: FixtureData, header: string): string {
  const lines: string[] = [
    header,
    `import type { ${[
      ...(model.schemaNames.length > 0 ? ["components"] : []),
      ...(model.operations.some((operation) => operation.operationId !== undefined) ? ["operations"] : []),
      ...(model.operations.some((operation) => operation.operationId === undefined) ? ["paths"] : []),
    ].join(", ")} } from "./schema.js";`,
    `import requestData from "./fixtures/requests.json" with { type: "json" };`,
    `import responseData from "./fixtures/responses.json" with { type: "json" };`,
    `import schemaData from "./fixtures/schemas.json" with { type: "json" };`,
    ...(data.wireResponses ? [`import wireResponseData from "./fixtures/wire-responses.json" with { type: "json" };`] : []),
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
    "/** Each operation's type in `schema.ts`, by the name the fixtures use. */",
    "export interface Operations {",
  ];
  for (const operation of model.operations) lines.push(`  ${key(operation.name)}: ${operationType(operation)};`);
  lines.push(
    "}",
    "",
    "type StatusesOf<Op> = Op extends { responses: infer R } ? keyof R : never;",
    "",
    "/** Requests per operation (`fixtures/requests.json`); the spec's examples come first. */",
    "export type Requests = { [Name in keyof Operations]: RequestFixture<Operations[Name]>[] };",
    "/** Response bodies per operation and documented status (`fixtures/responses.json`); the spec's examples come first. */",
    "export type Responses = {",
    "  [Name in keyof Operations]: { [Status in StatusesOf<Operations[Name]>]: ResponseBody<Operations[Name], Status>[] };",
    "};",
    "/** Instances of every named schema (`fixtures/schemas.json`). */",
    model.schemaNames.length > 0
      ? `export type Schemas = { [Name in keyof components["schemas"]]: components["schemas"][Name][] };`
      : "export type Schemas = Record<string, never>;",
    "",
    "export const requests = requestData as unknown as Requests;",
    "export const responses = responseData as unknown as Responses;",
    "export const schemas = schemaData as unknown as Schemas;",
  );
  if (data.wireResponses) {
    lines.push(
      "/** The response bodies as the service sends them on the wire (see the spec's x-wire-format). Not typed: they are the raw form. */",
      "export const wireResponses = wireResponseData as Record<string, Record<string, unknown[]>>;",
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
