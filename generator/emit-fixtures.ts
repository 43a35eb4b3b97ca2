// Fixtures: for every operation a list of requests and, for every documented
// status, a list of response bodies; for every named schema a list of instances.
// The spec's own examples come first, then synthesized values: one where there
// is no example, and more only to show enum values no other fixture shows. Data
// goes to JSON files with sorted keys (never templated), once; `fixtures.ts`
// imports those files and types them, holding no values of its own.
import type { OpenApiDocument } from "./bundle.js";
import { resolveRef, type ApiModel, type MediaModel, type OperationModel } from "./model.js";
import { literal, propertyKey as key, setOwn } from "./names.js";
import { sortKeys } from "./serialize.js";
import { EnumCoverage, type EnumCoverageMeasure, type FixtureRoots, type UncoveredEnums } from "./enum-coverage.js";
import type { Direction } from "./schema-reading.js";
import { Synthesizer } from "./synthesize.js";
import type { Unvouched } from "./synthesize-vouching.js";
import { FixtureCheck, type CheckResult } from "./fixture-check.js";
import { escapePointerSegment } from "../runtime/json-pointer.js";
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
  coverage: EnumCoverageMeasure;
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
   * Synthesized values tried in a row per list without one that shows an enum
   * value no other fixture shows (only those are kept). Further variants are lean
   * (see Synthesizer), so this can exceed the 12 a full value may take without
   * the size following.
   */
  variants: 48,
  /**
   * Variants a list may take in all, past `variants` only while one of the last
   * `variants` showed an enum value no fixture showed before: an enum wider than
   * 48 (Microsoft Graph's 826 printer states) is shown in full, one value per
   * variant, and so are the enums of 41 oneOf branches that take turns (Mailchimp's
   * segment conditions, where branch i shows its k-th value at variant i + 41k).
   */
  enumVariants: 1024,
  /** `$ref`s followed with every property; deeper, only required properties (see Synthesizer). */
  refDepth: 1,
  /**
   * Repairs tried on a synthesized value that is not valid, each making one more part minimal or taking a oneOf's next
   * branch (see synthesizeChecked). GitHub Enterprise's pull-request webhooks need 12: six timestamps, each an integer
   * or a date-time in one allOf part and a string in the other, take two rounds apiece.
   */
  repairs: 24,
} as const;

/**
 * The synthesized values of one list: variant 0 when the list has nothing else,
 * then each further variant only if it shows an enum value that no fixture
 * written so far shows. Coverage is what variants are for; a variant that shows
 * nothing new would only repeat its neighbours. A variant with no valid value
 * (`undefined`) is skipped.
 *
 * Whether a variant shows something new is asked first of an unchecked value
 * (synthesis is deterministic, so it is the value a checked run makes): most
 * variants show nothing new, and checking is what costs.
 */
function coveringVariants<T>(
  source: FixtureSource,
  roots: ReadonlyArray<Json | undefined>,
  width: number,
  alwaysFirst: boolean,
  make: (variant: number) => T | undefined,
): T[] {
  const synth = source.synth;
  const kept: T[] = [];
  const covered = synth.coverage;
  synth.known = covered;
  const tryVariant = (variant: number, unchecked: boolean): { value: T | undefined; trial: EnumCoverage } => {
    const trial = new EnumCoverage();
    source.unchecked = unchecked;
    try {
      return { value: synth.recordingIn(trial, () => make(variant)), trial };
    } finally {
      source.unchecked = false;
    }
  };
  let lacking: ReturnType<UncoveredEnums["below"]>;
  let idle = 0;
  for (let variant = 0; variant < Math.min(width, FIXTURE_LIMITS.enumVariants) && idle < FIXTURE_LIMITS.variants; variant += 1) {
    idle += 1;
    source.made.clear();
    const needed = alwaysFirst && kept.length === 0;
    if (!needed) {
      // Once every enum value this list can reach is shown (by it or by a list before it), no further variant can add
      // one: most lists are of named schemas whose own list showed them all, and end here without making a value.
      lacking = source.uncovered.below(roots, lacking);
      if (!lacking) break;
    }
    if (!needed && !tryVariant(variant, true).trial.addsTo(covered)) continue;
    const { value, trial } = tryVariant(variant, false);
    if (value === undefined) continue;
    if (!needed && !trial.addsTo(covered)) continue;
    covered.absorb(trial);
    idle = 0;
    // Sorted as it is kept: the discarded trials are never copied, and no second copy of all the data is ever held.
    kept.push(sortKeys(value) as T);
  }
  source.made.clear();
  return kept;
}

/**
 * Where values come from, each checked against its schema before it is used: a
 * spec example that is not valid is reported and replaced by a synthesized value;
 * a synthesized value that is not valid (no value satisfies the schema, or
 * synthesis could not find one) is reported and left out.
 *
 * Variant 0 of a whole named schema is made once: an operation whose body is
 * just `$ref` to a named schema (most bodies of a large spec) takes the value the
 * schema's own list made, with the enum values it covers, instead of making and
 * checking it again.
 */
class FixtureSource {
  readonly synth: Synthesizer;
  /** What the fixtures made so far (`synth.coverage`) lack below a list's schemas. */
  readonly uncovered: UncoveredEnums;
  private readonly check: FixtureCheck;
  private pendingSynthesis: string[] = [];
  private readonly shared = new Map<string, { chosen: { value: unknown } | undefined; coverage: EnumCoverage }>();
  /** While set, values are synthesized and not checked, to see which enum values they would show (see coveringVariants). */
  unchecked = false;
  /** The values the unchecked run of the current variant made, by where they go. */
  readonly made = new Map<string, { value: unknown; coverage: EnumCoverage; unvouched: Unvouched[]; warnings: string[] }>();

  constructor(
    private readonly document: OpenApiDocument,
    private readonly warnings: Warnings,
  ) {
    this.check = new FixtureCheck(document);
    this.synth = new Synthesizer(document, new EnumCoverage(), (hint, message) => this.pendingSynthesis.push(hint ? `${hint}: ${message}` : message), {
      maxRefDepth: FIXTURE_LIMITS.refDepth,
      leanVariants: true,
    });
    this.uncovered = this.synth.uncoveredIn(this.synth.coverage);
  }

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
    leftOut = "this fixture is left out",
  ): { value: unknown } | undefined {
    if (this.unchecked) {
      if (example) return example;
      this.pendingSynthesis = [];
      const coverage = new EnumCoverage();
      const value = this.synth.recordingIn(coverage, () => this.synth.synthesize(synthesized, variant, direction, hint));
      this.synth.coverage.absorb(coverage);
      // Kept for the checked run of this variant, which would make the same value again (see coveringVariants).
      this.made.set(madeKey(direction, hint, where), { value, coverage, unvouched: this.synth.unvouched, warnings: this.pendingSynthesis });
      return { value };
    }
    if (example && this.exampleHolds(schema, example.value, where, "a synthesized value replaces it")) return example;
    const ref = variant === 0 && synthesized && Object.keys(synthesized).length === 1 && typeof synthesized.$ref === "string" ? (synthesized.$ref as string) : undefined;
    if (!ref) return this.synthesizeChecked(schema, variant, direction, hint, where, synthesized, leftOut);
    const target = resolveRef(this.document, synthesized) as Json | undefined;
    // The hint names strings and array items; an object's properties name their own. What happens to a value that has
    // none (`leftOut`) is part of the key: a required body's warning must not say an optional one's "goes without it".
    const key = `${direction} ${ref} ${target && (target.type === "object" || target.properties) ? "" : hint}\0${leftOut}`;
    let entry = this.shared.get(key);
    if (!entry) {
      const coverage = new EnumCoverage();
      entry = { chosen: this.synth.recordingIn(coverage, () => this.synthesizeChecked(schema, variant, direction, hint, where, synthesized, leftOut)), coverage };
      this.shared.set(key, entry);
    }
    this.synth.coverage.absorb(entry.coverage);
    return entry.chosen;
  }

  /** Whether the spec's example is valid against `schema`; an invalid one is reported. */
  exampleIsValid(schema: Json | undefined, example: unknown, where: string): boolean {
    return this.exampleHolds(schema, example, where, "synthesized values stand in");
  }

  /** Checks an example; one that is not valid (or cannot be checked) is reported, saying what `instead` takes its place. */
  private exampleHolds(schema: Json | undefined, example: unknown, where: string, instead: string): boolean {
    const result = this.check.check(schema, example);
    if (result.valid === true) return true;
    if (result.valid === false) this.warnings.at("example", where, `the example is not valid against its schema (${result.problem}); ${instead}`);
    else this.warnings.at("example", where, `the example cannot be checked (${result.problem}); ${instead}`);
    return false;
  }

  /** Synthesizes and checks; only the value kept records the enum values it shows. */
  private synthesizeChecked(
    schema: Json | undefined,
    variant: number,
    direction: Direction,
    hint: string,
    where: string,
    synthesized: Json | undefined,
    leftOut: string,
  ): { value: unknown } | undefined {
    this.pendingSynthesis = [];
    const outer = this.synth.coverage;
    const made = this.made.get(madeKey(direction, hint, where));
    const attempt = (minimal: boolean, minimalAt?: ReadonlySet<string>, nextBranchAt?: ReadonlySet<string>, apart: Apart = false) => {
      const warned = this.pendingSynthesis.length;
      let value: unknown;
      let coverage: EnumCoverage;
      let unvouched: readonly Unvouched[];
      if (made && !minimal && !minimalAt && !apart) {
        ({ value, coverage, unvouched } = made);
        this.pendingSynthesis.push(...made.warnings);
      } else {
        coverage = new EnumCoverage();
        value = this.synth.recordingIn(coverage, () =>
          this.synth.synthesize(synthesized, variant, direction, hint, { minimal, minimalAt, nextBranchAt, apart: apart !== false, exclusive: apart === "exclusive" }),
        );
        unvouched = this.synth.unvouched;
      }
      // Where synthesis fell short it vouches for nothing: the whole value is checked.
      let result = this.pendingSynthesis.length > warned ? this.check.check(schema, value) : this.check.checkSynthesized(unvouched);
      // A failed part the value cannot say the place of (a string, which no identity finds; an object merged into
      // another since) is checked again as the whole value, which says where: repaired there, not made minimal.
      // Zuora's DataQueryJobCommon asks for a uuid 64 characters long, and kept only `{}`.
      if (result.valid === false && failingPointer(value, result) === undefined) result = this.check.check(schema, value);
      return { value, coverage, result };
    };
    let chosen = attempt(false);
    // Repair where it failed: that part left out if it may be, else in its smallest form, then its container, and so
    // on up. Left to the whole value's minimal form, every enum value elsewhere in it would be lost with it.
    // A oneOf or anyOf that fails again where it was repaired takes its next branch before its container is repaired.
    const repairs = new Set<string>();
    const nextBranch = new Set<string>();
    for (let round = 0; round < FIXTURE_LIMITS.repairs && chosen.result.valid === false; round += 1) {
      let at = failingPointer(chosen.value, chosen.result);
      if (at !== undefined && repairs.has(at) && !nextBranch.has(at) && this.synth.branchedAt.has(at)) {
        nextBranch.add(at);
      } else {
        while (at !== undefined && at !== "" && repairs.has(at)) at = at.slice(0, at.lastIndexOf("/"));
        if (at === undefined || at === "") break;
        repairs.add(at);
      }
      chosen = attempt(false, repairs, nextBranch);
    }
    if (chosen.result.valid === false) {
      // A value that matched several oneOf branches may match one without the optional properties the others require.
      const apart = attempt(false, undefined, undefined, "apart");
      if (apart.result.valid === true) chosen = apart;
    }
    if (chosen.result.valid === false) {
      // Or where its enums take values the other branches do not list there (see Synthesizer's `exclusive`).
      const exclusive = attempt(false, undefined, undefined, "exclusive");
      if (exclusive.result.valid === true) chosen = exclusive;
    }
    if (chosen.result.valid === false) {
      // Optional properties and extra items are where most misses come from: try without them.
      const minimal = attempt(true);
      if (minimal.result.valid === true) chosen = minimal;
    }
    const { value, result } = chosen;
    const notes = this.pendingSynthesis.length ? ` (${[...new Set(this.pendingSynthesis)].join("; ")})` : "";
    if (result.valid === true) {
      outer.absorb(chosen.coverage);
      if (this.pendingSynthesis.length) this.warnings.at("synthesis", where, `synthesis fell short${notes}, yet the value is valid`);
      return { value };
    }
    if (result.valid === "unknown") {
      this.warnings.at("synthesis", where, `a synthesized value cannot be checked (${result.problem})${notes}; it is left out`);
      return undefined;
    }
    this.warnings.at("synthesis", where, `no valid value could be synthesized (${result.problem})${notes}; ${leftOut}`);
    return undefined;
  }
}

/** How a value that matched several oneOf branches is told apart: without what others require, and also by exclusive values. */
type Apart = false | "apart" | "exclusive";

/** What the unchecked run of a variant made is found by: the same synthesis call, where it goes. */
function madeKey(direction: Direction, hint: string, where: string): string {
  return `${direction}\0${hint}\0${where}`;
}

/** Where in `value` a check failed, as a JSON pointer ("" is the whole value); undefined when that cannot be told. */
function failingPointer(value: unknown, result: CheckResult): string | undefined {
  if (result.valid !== false || result.at === undefined) return undefined;
  if (result.within === undefined) return result.at;
  // A part checked on its own: found in the value by identity (a scalar part cannot be told from an equal one).
  if (!result.within || typeof result.within !== "object") return undefined;
  const base = locate(value, result.within, "", 0);
  return base === undefined ? undefined : base + result.at;
}

function locate(node: unknown, target: object, pointer: string, depth: number): string | undefined {
  if (node === target) return pointer;
  if (!node || typeof node !== "object" || depth > 64) return undefined;
  for (const [key, child] of Object.entries(node)) {
    if (!child || typeof child !== "object") continue;
    const found = locate(child, target, `${pointer}/${escapePointerSegment(key)}`, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A `$ref` to a named schema, escaped as a JSON pointer in a URI fragment (`~1`, `~0`, `%25`). */
export function componentRef(name: string): string {
  return pointer("components", "schemas", name).replace(/%/g, "%25");
}

function operationPointer(operation: OperationModel, ...rest: Array<string | number>): string {
  return pointer("paths", operation.path, operation.method, ...rest);
}

/** `example` or `examples/<name>`, as the model names them. */
function exampleSegments(name: string): string[] {
  return name === "example" ? ["example"] : ["examples", name, "value"];
}

/** What follows when an optional parameter or body has no valid value. */
const GOES_WITHOUT = "the request goes without it (it is optional)";

function requestFixtures(operation: OperationModel, source: FixtureSource): RequestFixture[] {
  const synth = source.synth;
  const body = operation.requestBody ? preferredMedia(operation.requestBody.content) : undefined;
  const widths = [...operation.parameters.map((parameter) => synth.variantsNeeded(parameter.schema, FIXTURE_LIMITS.enumVariants)), body ? synth.variantsNeeded(body.schema, FIXTURE_LIMITS.enumVariants) : 1];
  /** A request, or `undefined` when some part of it has no valid value. */
  const make = (variant: number, useExamples: boolean): RequestFixture | undefined => {
    const fixture: RequestFixture = {};
    for (const parameter of operation.parameters) {
      const example = useExamples && parameter.hasExample ? { value: parameter.example } : undefined;
      const where = operationPointer(operation, "parameters", `${parameter.in}:${parameter.name}`);
      const optional = !parameter.required;
      const chosen = source.value(parameter.schema, example, variant, "request", parameter.name, where, parameter.schema, optional ? GOES_WITHOUT : undefined);
      // An optional parameter with no valid value is left out, as an optional body is (EC2's PlacementGroupArn, whose
      // pattern has a `^` in its middle, left CreateCapacityReservation without a request and its 25 enum values unshown).
      if (!chosen) {
        if (optional) continue;
        return undefined;
      }
      // A parameter described by `content` is sent serialized; openapi-typescript types it as a string.
      const value = parameter.serialized && typeof chosen.value !== "string" ? JSON.stringify(chosen.value) : chosen.value;
      setOwn((fixture[parameter.in] ??= {}) as Record<string, unknown>, parameter.name, value);
    }
    if (body) {
      const example = useExamples ? body.examples[0] : undefined;
      const optional = !operation.requestBody!.required;
      const where = operationPointer(operation, "requestBody", "content", body.mediaType, ...(example ? exampleSegments(example.name) : ["schema"]));
      const chosen = source.value(body.schema, example, variant, "request", "", where, body.schema, optional ? GOES_WITHOUT : undefined);
      // An optional body with no valid value is left out, and the request still shows its parameters (Zoom's group settings).
      if (!chosen) return optional ? fixture : undefined;
      fixture.contentType = body.mediaType;
      fixture.body = chosen.value;
    }
    return fixture;
  };
  // The spec's examples (parameters' and the body's) make the first request; synthesized ones follow.
  const hasExamples = operation.parameters.some((parameter) => parameter.hasExample) || (body?.examples.length ?? 0) > 0;
  const fromExamples = hasExamples ? [make(0, true)].filter((fixture) => fixture !== undefined).map((fixture) => sortKeys(fixture) as RequestFixture) : [];
  const roots = [...operation.parameters.map((parameter) => parameter.schema), body?.schema];
  return [...fromExamples, ...coveringVariants(source, roots, Math.max(1, ...widths), fromExamples.length === 0, (variant) => make(variant, false))];
}

function responseFixtures(operation: OperationModel, source: FixtureSource): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = {};
  for (const response of operation.responses) {
    const media = preferredMedia(response.content);
    if (!media) {
      result[response.status] = [null];
      continue;
    }
    const examples: unknown[] = [];
    for (const example of media.examples.slice(0, FIXTURE_LIMITS.examples)) {
      const where = operationPointer(operation, "responses", response.status, "content", media.mediaType, ...exampleSegments(example.name));
      if (source.exampleIsValid(media.schema, example.value, where)) examples.push(sortKeys(example.value));
    }
    const where = operationPointer(operation, "responses", response.status, "content", media.mediaType, "schema");
    const synthesized = coveringVariants(source, [media.schema], source.synth.variantsNeeded(media.schema, FIXTURE_LIMITS.enumVariants), examples.length === 0, (variant) =>
      source.value(media.schema, undefined, variant, "response", "", where)?.value,
    );
    result[response.status] = [...examples, ...synthesized];
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
  // Named schemas first: their instances show the enum values of the shared
  // schemas once, so an operation's list needs extra variants only for what is
  // its own (inline enums of its parameters and bodies).
  const schemas: FixtureData["schemas"] = {};
  const components = (document.components?.schemas ?? {}) as Record<string, Json>;
  for (const name of model.schemaNames) {
    const schema = components[name]!;
    const hasExample = schema && typeof schema === "object" && schema.example !== undefined;
    const example: unknown[] = [];
    if (hasExample) {
      if (source.exampleIsValid(schema, schema.example, pointer("components", "schemas", name, "example"))) example.push(sortKeys(schema.example));
    }
    const where = pointer("components", "schemas", name);
    const synthesized = coveringVariants(source, [schema], synth.variantsNeeded(schema, FIXTURE_LIMITS.enumVariants), example.length === 0, (variant) =>
      source.value(schema, undefined, variant, "response", name, where, { $ref: componentRef(name) })?.value,
    );
    setOwn(schemas, name, [...example, ...synthesized]);
  }
  const requests: FixtureData["requests"] = {};
  const responses: FixtureData["responses"] = {};
  for (const operation of model.operations) {
    requests[operation.name] = requestFixtures(operation, source);
    responses[operation.name] = responseFixtures(operation, source);
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
  // Every list's schema: an enum none of them reaches is in no fixture because no fixture is of its schema.
  const roots = (): FixtureRoots[] => [
    ...model.schemaNames.map((name) => ({ schemas: [components[name]], direction: "response" as const })),
    ...model.operations.flatMap((operation) => {
      const body = operation.requestBody ? preferredMedia(operation.requestBody.content)?.schema : undefined;
      return [
        {
          schemas: [...operation.parameters.map((parameter) => parameter.schema), body],
          required: operation.requestBody?.required ? body : undefined,
          requiredParameters: operation.parameters.filter((parameter) => parameter.required).map((parameter) => parameter.schema),
          direction: "request" as const,
        },
        ...operation.responses.map((response) => ({ schemas: [preferredMedia(response.content)?.schema], direction: "response" as const })),
      ];
    }),
  ];
  return { data: { requests, responses, schemas, wireResponses }, coverage: synth.measureCoverage(document, roots) };
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
  // Every value is sorted already (as it was kept); the maps around them are sorted here.
  const byKey = <T>(map: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const data: FixtureData = {
    requests: byKey(unsorted.requests),
    responses: byKey(Object.fromEntries(Object.entries(unsorted.responses).map(([name, byStatus]) => [name, byKey(byStatus)]))),
    schemas: byKey(unsorted.schemas),
    wireResponses: unsorted.wireResponses && (sortKeys(unsorted.wireResponses) as FixtureData["wireResponses"]),
  };
  const files: OutputFile[] = fixtureFiles(data).map(({ name, file, levels }) => ({ path: `fixtures/${file}`, contents: fixtureJson(data[name], levels) }));
  files.push(...dataModule(data), { path: "fixtures.ts", contents: typedModule(model, data, header) });
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
 * The fixture files: the list each holds (also the name `fixtures/data.js`
 * exports it as), its file name, and how many levels of maps `fixtureJson` lays out.
 */
function fixtureFiles(data: FixtureData): { name: keyof FixtureData; file: string; levels: number }[] {
  return [
    { name: "requests", file: "requests.json", levels: 1 },
    { name: "responses", file: "responses.json", levels: 2 },
    { name: "schemas", file: "schemas.json", levels: 1 },
    ...(data.wireResponses ? [{ name: "wireResponses" as const, file: "wire-responses.json", levels: 2 }] : []),
  ];
}

/**
 * `fixtures/data.js` imports the JSON files, and `fixtures/data.d.ts` declares
 * what it exports as `unknown`. fixtures.ts imports `./fixtures/data.js`, which
 * TypeScript resolves to the declaration, so a type-check never parses or types
 * the JSON: imported from fixtures.ts directly, GitHub's 9.6 MB of fixtures took
 * 485 MB and 5 s of a consumer's tsc, more than the rest of the output but
 * schema.ts. Runtimes and bundlers load data.js and its JSON as before, and the
 * consumer's tsconfig needs no `resolveJsonModule`.
 */
function dataModule(data: FixtureData): OutputFile[] {
  const exported = fixtureFiles(data);
  // The header's paths are relative to the output folder, not to fixtures/.
  const header = "// Written with ../fixtures.ts by the generator its first line names. Do not edit: generate again.\n";
  const script = [
    header,
    ...exported.map(({ name, file }) => `import ${name} from "./${file}" with { type: "json" };`),
    "",
    `export { ${exported.map(({ name }) => name).join(", ")} };`,
  ];
  const declaration = [
    header,
    "// What data.js exports, left untyped: fixtures.ts gives each its type.",
    ...exported.map(({ name }) => `export declare const ${name}: unknown;`),
  ];
  return [
    { path: "fixtures/data.js", contents: `${script.join("\n")}\n` },
    { path: "fixtures/data.d.ts", contents: `${declaration.join("\n")}\n` },
  ];
}

/**
 * `fixtures.ts`: the JSON files, typed. It holds no values of its own (the JSON
 * files do, once): it imports them and gives each list the type the generated
 * schema says it has. The values are checked against their JSON Schemas when
 * they are made, not by tsc, so type-checking this module costs next to nothing
 * however many fixtures there are (on GitHub's spec, tsc checking each literal
 * was 90% of a consumer's tsc time). Nor does tsc read the JSON: see dataModule.
 */
function typedModule(model: ApiModel, data: FixtureData, header: string): string {
  const lines: string[] = [
    header,
    `import type { ${[
      ...(model.schemaNames.length > 0 ? ["components"] : []),
      ...(model.operations.some((operation) => operation.operationId !== undefined) ? ["operations"] : []),
      ...(model.operations.some((operation) => operation.operationId === undefined) ? ["paths"] : []),
    ].join(", ")} } from "./schema.js";`,
    `import * as data from "./fixtures/data.js";`,
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
    ...(model.operations.some((operation) => operation.parameters.some((parameter) => parameter.in === "cookie")) ? ["  cookie?: ParametersIn<Op, \"cookie\">;"] : []),
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
    "export const requests = data.requests as unknown as Requests;",
    "export const responses = data.responses as unknown as Responses;",
    "export const schemas = data.schemas as unknown as Schemas;",
  );
  if (data.wireResponses) {
    lines.push(
      "/** The response bodies as the service sends them on the wire (see the spec's x-wire-format). Not typed: they are the raw form. */",
      "export const wireResponses = data.wireResponses as Record<string, Record<string, unknown[]>>;",
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Source code to print as it is inside a literal (a function, a reference). */
export class Code {
  constructor(readonly text: string) {}
}

/** A value printed with a type assertion: `{ … } as Shape` in TypeScript, `/** @type {Shape} *\/ ({ … })` in JavaScript checked by JSDoc. */
export class Asserted {
  constructor(
    readonly value: unknown,
    readonly type: string,
    readonly syntax: "as" | "jsdoc" = "as",
  ) {}
}

/** The line width the emitted TypeScript keeps to (prettier's, with printWidth 120). */
const PRINT_WIDTH = 120;

/**
 * A TypeScript (or JavaScript) literal of JSON data starting at column `indent`,
 * laid out as prettier (printWidth 120) lays it out: objects one key per line,
 * arrays of scalars on one line when they fit, a long value moved below its key.
 */
export function printLiteral(value: unknown, indent: number, prefixWidth = indent, suffixWidth = 1, language: "typescript" | "javascript" = "typescript"): string {
  const pad = " ".repeat(indent);
  if (value instanceof Code) return value.text;
  if (value instanceof Asserted) {
    if (value.syntax === "as") return `${printLiteral(value.value, indent, prefixWidth, suffixWidth + value.type.length + 4, language)} as ${value.type}`;
    const cast = `/** @type {${value.type}} */ (`;
    return `${cast}${printLiteral(value.value, indent, prefixWidth + cast.length, suffixWidth + 1, language)})`;
  }
  if (typeof value === "string") return literal(value);
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    // Scalars and empty objects or arrays are "flat": prettier keeps a list of them on one line if it fits.
    const flat = (item: unknown) => item === null || typeof item !== "object" || (!(item instanceof Code) && Object.keys(item).length === 0);
    if (value.every(flat)) {
      const inline = `[${value.map((item) => printLiteral(item, indent, indent, 1, language)).join(", ")}]`;
      // The array starts at `prefixWidth`; what follows it on the line (`,`, `;`, a `satisfies` clause) takes `suffixWidth`.
      if (prefixWidth + inline.length + suffixWidth <= PRINT_WIDTH) return inline;
    }
    return `[\n${value.map((item) => `${pad}  ${printLiteral(item, indent + 2, indent + 2, 1, language)},`).join("\n")}\n${pad}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  const lines = entries.map(([name, item]) => {
    const head = `${pad}  ${language === "javascript" && isSimpleNumber(name) ? name : key(name)}: `;
    const printed = printLiteral(item, indent + 2, head.length, 1, language);
    const scalar = item === null || typeof item !== "object" || item instanceof Code || (item instanceof Asserted && (item.value === null || typeof item.value !== "object"));
    if (scalar && head.length + printed.length + 1 > PRINT_WIDTH) return `${head.trimEnd()}\n${pad}    ${printed},`;
    return `${head}${printed},`;
  });
  return `{\n${lines.join("\n")}\n${pad}}`;
}

/** A key prettier prints unquoted in JavaScript (not in TypeScript): `200`, `1.5`, but not `01` or `1e3`. */
function isSimpleNumber(name: string): boolean {
  return /^(?:\d+|\d+\.\d+)$/.test(name) && String(Number(name)) === name;
}
