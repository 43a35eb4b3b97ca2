// Synthesizes instances of JSON Schemas for fixtures: deterministic (the same
// schema and variant always give the same value), readable (fixed ids, dates and
// words rather than noise), and valid (formats, enums, bounds and patterns are
// honoured). `variant` walks through the choices a schema offers, so that a few
// variants cover every enum value and every oneOf branch.
import RandExpModule from "randexp";
import type { OpenApiDocument } from "./bundle.js";
import { resolveRef } from "./model.js";
import { setOwn } from "./names.js";
import { escapePointerSegment } from "./problems.js";
import { guardedPattern } from "../runtime/safe-regex.js";
import { discriminatorTags, type DiscriminatorTag } from "./type-fit.js";

type Schema = Record<string, any>;

// randexp is CommonJS (`module.exports = RandExp`) while its types declare a default export.
const RandExp = RandExpModule as unknown as typeof RandExpModule.default;

/** Which way a value travels: readOnly properties are left out of requests, writeOnly ones out of responses. */
export type Direction = "request" | "response";

/** The most variants a single schema asks for; enums wider than this are covered across several fixtures. */
export const MAX_VARIANTS = 12;
const MAX_DEPTH = 24;
/** The most items an array of enum values gets, to show its choices in one value. */
export const MAX_ENUM_ITEMS = 64;
/** Up to this many oneOf branches, an array of them holds one item of each. */
export const MAX_BRANCH_ITEMS = 8;

/**
 * How much of a schema a value shows: `full` every property; `minimal` only
 * required ones and minimal arrays (as past a cycle); `lean` (variants after the
 * first) the properties with something new to show at this variant, the other
 * required ones minimal; `repair` (a part that failed, see `minimalAt`) the
 * required properties and those that can show an enum value or a branch.
 */
type Mode = "full" | "lean" | "minimal" | "repair";
/**
 * The most items, characters and properties synthesis builds for one value,
 * whatever `minItems`, `minLength` or `minProperties` ask: a schema that demands
 * more gets a value this size and a warning (and its fixture is then left out,
 * as it does not validate). Fixtures are for reading and tests, not load.
 */
export const MAX_ITEMS = 256;
export const MAX_STRING_LENGTH = 4096;
export const MAX_PROPERTIES = 256;
const BASE_DATE = Date.UTC(2026, 0, 15, 10, 0, 0);

/** Where synthesis tells what it could not do: a hint naming the value, and the problem. */
export type SynthesisWarn = (hint: string, message: string) => void;

/** A part of a synthesized value that synthesis does not vouch for, and the schema it must be checked against. */
export interface Unvouched {
  schema: Schema;
  value: unknown;
}

/**
 * Keywords synthesis does not make values for exactly: a value built where one
 * of them applies is checked against that schema with ajv (see `vouchesFor`).
 */
const UNVOUCHED_KEYWORDS = new Set([
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
  "const",
  "pattern",
  "patternProperties",
  "propertyNames",
  "dependentRequired",
  "dependentSchemas",
  "dependencies",
  "maxProperties",
  "prefixItems",
  "additionalItems",
  "contains",
  "minContains",
  "maxContains",
  "unevaluatedProperties",
  "unevaluatedItems",
  "discriminator",
  "$dynamicRef",
  "$recursiveRef",
]);
/** Keywords that say nothing of which values are valid. */
const ANNOTATIONS = new Set([
  "$ref",
  "description",
  "title",
  "summary",
  "default",
  "example",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  "externalDocs",
  "xml",
  "$comment",
  "$schema",
  "$id",
  "$anchor",
  "$defs",
  "definitions",
  "contentMediaType",
  "contentEncoding",
  "contentSchema",
]);
const JSON_TYPES = new Set(["null", "boolean", "integer", "number", "string", "array", "object"]);
/** Formats ajv-formats checks that `formatted` does not produce, or only within bounds (`int32` and the like). */
const UNPRODUCED_FORMATS = new Set(["iso-time", "iso-date-time", "json-pointer-uri-fragment", "relative-json-pointer"]);
const NUMBER_FORMATS = new Set(["int32", "int64", "float", "double"]);

/** Records which values of which enum schemas the synthesized fixtures contain. */
export class EnumCoverage {
  /** Per enum schema, how many times each value was recorded (see `forget`). */
  private readonly seen = new Map<Schema, Map<unknown, number>>();

  record(schema: Schema, value: unknown, times = 1): void {
    let values = this.seen.get(schema);
    if (!values) this.seen.set(schema, (values = new Map()));
    values.set(value, (values.get(value) ?? 0) + times);
  }

  /** Takes back one record of `value`: a composition made it for a part whose value the merge replaced. */
  forget(schema: Schema, value: unknown): void {
    const values = this.seen.get(schema);
    const count = values?.get(value);
    if (!values || count === undefined) return;
    if (count > 1) values.set(value, count - 1);
    else values.delete(value);
  }

  /** Whether some value of the enum `schema` has not been seen. */
  lacks(schema: Schema): boolean {
    const seen = this.seen.get(schema);
    return !seen || (schema.enum as unknown[]).some((value) => !seen.has(value));
  }

  /** Whether `other` saw an enum value this one has not. */
  addsTo(other: EnumCoverage): boolean {
    for (const [schema, values] of this.seen) {
      const known = other.seen.get(schema);
      for (const value of values.keys()) if (!known?.has(value)) return true;
    }
    return false;
  }

  /** Records everything `other` saw. */
  absorb(other: EnumCoverage): void {
    for (const [schema, values] of other.seen) for (const [value, times] of values) this.record(schema, value, times);
  }

  /**
   * Covered and total enum values over every enum schema in `document`. The
   * values `refused` where they are written (see Synthesizer.refused) are
   * reported apart: no value valid against the schema can show them.
   */
  measure(document: OpenApiDocument, refused: ReadonlyMap<Schema, ReadonlySet<unknown>> = new Map()): EnumCoverageMeasure {
    let covered = 0;
    let total = 0;
    const missing: string[] = [];
    const cannot: string[] = [];
    for (const { schema, pointer } of enumSchemas(document)) {
      const seen = this.seen.get(schema);
      for (const value of schema.enum as unknown[]) {
        total += 1;
        if (seen?.has(value)) covered += 1;
        else (refused.get(schema)?.has(value) ? cannot : missing).push(`${pointer}: ${JSON.stringify(value)}`);
      }
    }
    return { covered, total, missing, unholdable: cannot };
  }
}

export interface EnumCoverageMeasure {
  covered: number;
  total: number;
  /** Enum values in no fixture, as `pointer: value`. */
  missing: string[];
  /** Enum values in no fixture that no value valid against the schema can show (not in `missing`). */
  unholdable: string[];
}

/** Keys whose values are data, never schemas: examples and vendor extensions (GitHub's x-github-breaking-changes holds patches). */
export function holdsData(key: string): boolean {
  return key === "example" || key === "examples" || key.startsWith("x-");
}

/** Every schema object with an `enum` in the document (server variables are not schemas). */
export function enumSchemas(document: OpenApiDocument): Array<{ schema: Schema; pointer: string }> {
  const found: Array<{ schema: Schema; pointer: string }> = [];
  const visit = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) return node.forEach((entry, index) => visit(entry, `${pointer}/${index}`));
    if (!node || typeof node !== "object") return;
    const record = node as Schema;
    if (Array.isArray(record.enum) && !pointer.startsWith("#/servers")) found.push({ schema: record, pointer });
    for (const [key, value] of Object.entries(record)) {
      if (holdsData(key)) continue;
      visit(value, `${pointer}/${escapePointerSegment(key)}`);
    }
  };
  visit(document, "#");
  return found;
}

export class Synthesizer {
  private readonly widths = new Map<Schema, number>();
  private readonly resolved = new WeakMap<Schema, Schema>();
  /** Per schema and direction, whether synthesis makes its values exactly (see `vouchesFor`). */
  private readonly vouched = { request: new WeakMap<Schema, boolean>(), response: new WeakMap<Schema, boolean>() };
  /**
   * The parts of the last `synthesize` call's value that synthesis does not
   * vouch for, outermost only (a part inside one is checked with it). The rest
   * of the value is made exactly as its schema asks: types, properties,
   * required, enum values, bounds, formats it produces, array sizes.
   */
  unvouched: Unvouched[] = [];
  /**
   * Enum values no valid value shows where they are written: another allOf
   * part's enum refuses them (see mergeParts), or every oneOf/anyOf branch
   * beside them does (see refuseOutsideBranches).
   */
  readonly refused = new Map<Schema, Set<unknown>>();

  private refuse(schema: Schema, value: unknown): void {
    let values = this.refused.get(schema);
    if (!values) this.refused.set(schema, (values = new Set()));
    values.add(value);
  }
  /** How many unvouched parts enclose the value being made: inside one, nothing more is recorded. */
  private insideUnvouched = 0;

  /**
   * Options for fixtures of large specs. `maxRefDepth`: past this many `$ref`s on
   * the way down, only required properties and minimal arrays are produced (as
   * past a cycle), so one value of a deeply linked schema stays a readable size.
   * `leanVariants`: variant k > 0 leaves out the optional properties that have
   * nothing new to show at k (no enum or oneOf reachable below them with more
   * than k choices) and gives required ones their minimal form, so a further
   * variant holds what differs, not a copy of variant 0. `coverage` is where enum values are recorded; the fixture
   * emitter swaps it to try a variant before keeping it.
   */
  private readonly maxRefDepth: number;
  private readonly leanVariants: boolean;
  /** Enum values other fixtures show already: a lean variant leaves out what shows only these. */
  known: EnumCoverage | undefined;

  constructor(
    private readonly document: OpenApiDocument,
    public coverage = new EnumCoverage(),
    private readonly warn: SynthesisWarn = () => undefined,
    options: { maxRefDepth?: number; leanVariants?: boolean } = {},
  ) {
    this.maxRefDepth = options.maxRefDepth ?? Number.POSITIVE_INFINITY;
    this.leanVariants = options.leanVariants ?? false;
  }

  /** Runs `make` with the enum values it shows recorded in `coverage` (not in `this.coverage`, which is restored after). */
  recordingIn<T>(coverage: EnumCoverage, make: () => T): T {
    const outer = this.coverage;
    this.coverage = coverage;
    try {
      return make();
    } finally {
      this.coverage = outer;
    }
  }

  /**
   * Makes a value with its own record of enum values; keeps it (and the record)
   * only if it shows a value neither `known` nor this value's siblings show.
   */
  private ifShowsNew(make: () => unknown): { value: unknown } | undefined {
    const outer = this.coverage;
    const probe = new EnumCoverage();
    const recorded = this.unvouched.length;
    const value = this.recordingIn(probe, make);
    if (!probe.addsTo(outer) || (this.known && !probe.addsTo(this.known))) {
      // The value is dropped, and with it what it would have had checked.
      this.unvouched.length = recorded;
      return undefined;
    }
    outer.absorb(probe);
    return { value };
  }

  private readonly enumsBelow = new Map<Schema, Schema[]>();

  /**
   * Every enum schema a value of one of `roots` can reach (through properties,
   * items, compositions and references): what further variants of a list
   * could show.
   */
  reachableEnums(roots: ReadonlyArray<Schema | undefined>): Schema[] {
    const found = new Set<Schema>();
    for (const root of roots) if (isSchemaObject(root)) for (const schema of this.enumsOf(this.resolve(root))) found.add(schema);
    return [...found];
  }

  /** The enum values this synthesizer's fixtures show, with those no valid value can hold reported apart. */
  measureCoverage(document: OpenApiDocument): EnumCoverageMeasure {
    return this.coverage.measure(document, this.refused);
  }

  private enumsOf(root: Schema): Schema[] {
    const known = this.enumsBelow.get(root);
    if (known) return known;
    // One walk per root, memoized: a list's schema is usually a named schema other lists share.
    const found = new Set<Schema>();
    const seen = new Set<unknown>();
    const stack: unknown[] = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (!isSchemaObject(node) || seen.has(node)) continue;
      seen.add(node);
      const schema = this.resolve(node);
      if (schema !== node) {
        stack.push(schema);
        continue;
      }
      if (Array.isArray(schema.enum) && schema.enum.length > 0) found.add(schema);
      for (const [key, value] of Object.entries(schema)) {
        if (holdsData(key) || key === "enum" || key === "const" || key === "default") continue;
        if (key === "properties" || key === "patternProperties" || key === "$defs" || key === "dependentSchemas") {
          if (isSchemaObject(value)) stack.push(...Object.values(value));
        } else if (Array.isArray(value)) stack.push(...value);
        else stack.push(value);
      }
    }
    const list = [...found];
    this.enumsBelow.set(root, list);
    return list;
  }

  /** How many variants it takes to show every enum value and oneOf branch reachable from `schema`. */
  variantsNeeded(schema: Schema | undefined, cap = MAX_VARIANTS): number {
    if (!schema) return 1;
    return Math.min(cap, Math.max(1, this.width(schema, new Set())));
  }

  private width(raw: Schema, visiting: Set<Schema>): number {
    const schema = this.resolve(raw);
    if (!isSchemaObject(schema)) return 1;
    const known = this.widths.get(schema);
    if (known !== undefined) return known;
    if (visiting.has(schema)) return 1;
    visiting.add(schema);
    let width = 1;
    if (Array.isArray(schema.enum)) width = schema.enum.length;
    const branches: Schema[] = [...arrayOf(schema.oneOf), ...arrayOf(schema.anyOf)];
    // Branch i is picked at variants i, i + n, i + 2n…, and sees them as its own variants 0, 1, 2…
    if (branches.length) width = Math.max(width, branches.length * Math.max(...branches.map((branch) => this.width(branch, visiting))));
    const items = schema.items && typeof schema.items === "object" ? (schema.items as Schema) : undefined;
    const itemSchema = items ? this.resolve(items) : undefined;
    // An array of enum values shows every value in one instance (see the array case of value()).
    const itemsInOne = Array.isArray(itemSchema?.enum) && itemSchema!.enum.length <= MAX_ENUM_ITEMS;
    const branchItems = itemBranches(itemSchema);
    // Every branch has an item in each instance, so the array needs as many variants as its widest branch.
    if (items && !itemsInOne && branchItems > 1 && branchItems <= MAX_BRANCH_ITEMS) {
      width = Math.max(width, Math.ceil(this.width(items, visiting) / branchItems));
    }
    const children: Schema[] = [
      ...arrayOf(schema.allOf),
      ...Object.values(isSchemaObject(schema.properties) ? schema.properties : {}),
      ...(items && !itemsInOne && !(branchItems > 1 && branchItems <= MAX_BRANCH_ITEMS) ? [items] : []),
      ...(schema.additionalProperties && typeof schema.additionalProperties === "object" ? [schema.additionalProperties] : []),
    ];
    for (const child of children) width = Math.max(width, this.width(child, visiting));
    visiting.delete(schema);
    this.widths.set(schema, width);
    return width;
  }

  /** One instance of `schema`; `hint` (a property name) makes strings and ids readable. */
  synthesize(
    schema: Schema | boolean | undefined,
    variant: number,
    direction: Direction,
    hint = "",
    {
      minimal = false,
      minimalAt,
      nextBranchAt,
    }: { minimal?: boolean; minimalAt?: ReadonlySet<string> | undefined; nextBranchAt?: ReadonlySet<string> | undefined } = {},
  ): unknown {
    this.unvouched = [];
    this.insideUnvouched = 0;
    this.minimalAt = minimalAt?.size ? minimalAt : undefined;
    this.nextBranchAt = nextBranchAt;
    this.branchedAt.clear();
    this.path = [];
    // With `minimal`, only required properties and the fewest items: the fallback when a full value is not valid.
    // With `minimalAt`, only the parts at those JSON pointers of the value: the repair of one that failed there.
    // With `nextBranchAt` (pointers also in `minimalAt`), the oneOf or anyOf there takes the branch after the one
    // the variant picks: where a repair in place did not help, the branch itself fails beside the rest of the value
    // (GitHub's webhook-fork gives created_at oneOf [integer, date-time] in one allOf part and a string in the next).
    try {
      return this.value(schema, variant, direction, hint, [], 0, minimal ? "minimal" : this.leanVariants ? "lean" : "full");
    } finally {
      this.minimalAt = undefined;
      this.nextBranchAt = undefined;
    }
  }

  private nextBranchAt: ReadonlySet<string> | undefined;
  /** Where the last `synthesize` call with `minimalAt` picked a oneOf or anyOf branch, as JSON pointers. */
  readonly branchedAt = new Set<string>();

  /** Where in the value synthesis is, as JSON pointer segments; kept only while `minimalAt` asks for it. */
  private minimalAt: ReadonlySet<string> | undefined;
  private path: string[] = [];

  private at<T>(segment: string, make: () => T): T {
    if (!this.minimalAt) return make();
    this.path.push(escapePointerSegment(segment));
    try {
      return make();
    } finally {
      this.path.pop();
    }
  }

  private tagsCache: Map<Schema, DiscriminatorTag> | undefined;

  /** Which schemas openapi-typescript gives a fixed discriminator value (computed on first use). */
  private get tags(): Map<Schema, DiscriminatorTag> {
    return (this.tagsCache ??= discriminatorTags(this.document));
  }

  /** The schema a `$ref` names; one that names nothing (or loops) reads as `{}`, which any value satisfies. */
  private resolve(schema: Schema): Schema {
    if (!schema || typeof schema !== "object" || !("$ref" in schema)) return schema;
    const known = this.resolved.get(schema);
    if (known) return known;
    try {
      const target = resolveRef<Schema>(this.document, schema) ?? {};
      if (target && typeof target === "object") this.resolved.set(schema, target);
      return target;
    } catch (error) {
      this.warn(String(schema.$ref), (error as Error).message);
      return {};
    }
  }

  /**
   * One value of several parts of a composition, each made from its schema:
   * objects are merged key by key; where parts disagree on a value, the part
   * whose schema says most of it wins (an enum or const, then a format or
   * pattern, then a structure, then a bare type), the later one on a tie;
   * arrays are merged item by item. Real specs restate an
   * object in a second allOf part with bare types (GitHub's webhooks give
   * `active_lock_reason` an enum in one part and `type: string` in the next):
   * a made-up string must not replace the enum value.
   */
  private mergeParts(values: readonly unknown[], schemas: ReadonlyArray<Schema | boolean | undefined>, allOf: "no" | "parts" | "properties" = "no"): unknown {
    const present = values.map((value, index) => ({ value, schema: schemas[index] })).filter((part) => part.value !== undefined);
    if (present.length <= 1) return present[0]?.value;
    if (present.every((part) => isSchemaObject(part.value))) {
      const merged: Record<string, unknown> = {};
      const keys = new Set(present.flatMap((part) => Object.keys(part.value as object)));
      for (const key of keys) {
        const holders = present.filter((part) => Object.hasOwn(part.value as object, key));
        setOwn(
          merged,
          key,
          this.mergeParts(
            holders.map((part) => (part.value as Record<string, unknown>)[key]),
            holders.map((part) => this.propertySchema(part.schema, key)),
            allOf === "no" ? "no" : "properties",
          ),
        );
      }
      return merged;
    }
    if (present.every((part) => Array.isArray(part.value))) {
      // Item by item, each part's items schema saying what its item is (a bare `items: {type: object}` beside a full one).
      const length = Math.max(...present.map((part) => (part.value as unknown[]).length));
      return Array.from({ length }, (_, index) => {
        const holders = present.filter((part) => index < (part.value as unknown[]).length);
        return this.mergeParts(
          holders.map((part) => (part.value as unknown[])[index]),
          holders.map((part) => this.itemSchema(part.schema)),
          allOf === "no" ? "no" : "properties",
        );
      });
    }
    // The most specific value wins (the later on a tie), unless another part's enum or type refuses it and a value
    // further down the order suits every part: allOf parts that each list their own enum meet in their intersection.
    const enums = present.map((part) => {
      const resolved = isSchemaObject(part.schema) ? this.resolve(part.schema) : undefined;
      return resolved && Array.isArray(resolved.enum) ? resolved : undefined;
    });
    const order = present.map((_, index) => index).sort((a, b) => this.specificity(present[b]!.schema) - this.specificity(present[a]!.schema) || b - a);
    const suitsAll = (value: unknown) =>
      present.every((part, index) => {
        const resolved = isSchemaObject(part.schema) ? this.resolve(part.schema) : undefined;
        if (!resolved) return true;
        const types = typesOf(resolved);
        return hasType(value, types, resolved.nullable === true) && (!enums[index] || enums[index]!.enum.some((option: unknown) => sameJson(option, value)));
      });
    const chosen = order.find((index) => suitsAll(present[index]!.value)) ?? order[0]!;
    const value = present[chosen]!.value;
    present.forEach((part, index) => {
      const schema = enums[index];
      if (!schema || index === chosen) return;
      // The value this part's enum gave was replaced: its record goes; the value shown counts for this enum too, if it is one of its values.
      if (!sameJson(part.value, value)) {
        this.coverage.forget(schema, part.value);
        if (schema.enum.some((option: unknown) => sameJson(option, value))) this.coverage.record(schema, value);
      }
      // Values of an enum written here that another part's enum refuses: no valid value shows them.
      if (allOf !== "no" && isSchemaObject(part.schema) && !("$ref" in part.schema)) {
        for (const option of schema.enum as unknown[]) {
          if (enums.some((other, at) => other && at !== index && !other.enum.some((candidate: unknown) => sameJson(candidate, option)))) this.refuse(schema, option);
        }
      }
    });
    return value;
  }

  private readonly refusalsChecked = new WeakSet<Schema>();

  /**
   * Values of an enum property written beside a oneOf or anyOf that every
   * branch refuses (each gives that property an enum without them): no valid
   * value shows them (GitHub's check-run `status`, which its branches limit to
   * completed, queued and in_progress).
   */
  private refuseOutsideBranches(rest: Schema, branches: readonly unknown[]): void {
    const properties = isSchemaObject(rest.properties) ? rest.properties : undefined;
    if (!properties || this.refusalsChecked.has(properties)) return;
    this.refusalsChecked.add(properties);
    for (const [name, property] of Object.entries(properties)) {
      if (!isSchemaObject(property) || "$ref" in property || !Array.isArray(property.enum)) continue;
      const allowed: unknown[] = [];
      const limited = branches.every((branch) => {
        const own = isSchemaObject(branch) ? this.propertySchema(this.resolve(branch), name) : undefined;
        const resolved = isSchemaObject(own) ? this.resolve(own) : undefined;
        if (!resolved || !Array.isArray(resolved.enum)) return false;
        allowed.push(...resolved.enum);
        return true;
      });
      if (!limited) continue;
      for (const option of property.enum as unknown[]) if (!allowed.some((value) => sameJson(value, option))) this.refuse(property, option);
    }
  }

  private itemSchema(schema: Schema | boolean | undefined): Schema | undefined {
    const resolved = isSchemaObject(schema) ? this.resolve(schema) : undefined;
    return resolved && isSchemaObject(resolved.items) ? resolved.items : undefined;
  }

  private propertySchema(schema: Schema | boolean | undefined, key: string): Schema | undefined {
    const resolved = isSchemaObject(schema) ? this.resolve(schema) : undefined;
    const properties = resolved && isSchemaObject(resolved.properties) ? resolved.properties : undefined;
    return properties && Object.hasOwn(properties, key) ? properties[key] : undefined;
  }

  private specificity(schema: Schema | boolean | undefined): number {
    const resolved = isSchemaObject(schema) ? this.resolve(schema) : undefined;
    if (!resolved) return 0;
    if (Array.isArray(resolved.enum) || "const" in resolved) return 4;
    if (resolved.format !== undefined || resolved.pattern !== undefined) return 3;
    // A structure (properties, required ones, compositions) says more than a bare type.
    if (["properties", "required", "allOf", "oneOf", "anyOf", "$ref"].some((key) => key in resolved) || (schema as Schema).$ref !== undefined) return 2;
    // An integer is a number too, not the other way round.
    return typesOf(resolved).includes("integer") ? 1.5 : 1;
  }

  /**
   * Whether a value synthesis makes for `schema` (resolved; `raw` is the
   * reference to it, if any) is valid by construction, and fits
   * openapi-typescript's type of it, so that only its unvouched parts are
   * checked: every keyword is one synthesis honours exactly, enum values fit
   * the type beside them, every required property is one it makes in this
   * direction, and no discriminator value is added. Synthesis makes only
   * declared properties (a made-up key only where additionalProperties opens
   * the object), every property with a default, and no property beside an
   * additionalProperties schema: what type-fit.ts asks besides.
   */
  private vouchesFor(raw: Schema, schema: Schema, direction: Direction): boolean {
    if (raw !== schema && this.siblingsConstrain(raw)) return false;
    const memo = this.vouched[direction];
    const known = memo.get(schema);
    if (known !== undefined) return known;
    const verdict = this.judge(schema, direction);
    memo.set(schema, verdict);
    return verdict;
  }

  /**
   * Whether every value synthesis makes for one branch of a oneOf is refused by
   * each other branch, so that the value, valid for its own branch, matches
   * exactly one. (An anyOf needs only the one.) GitHub's oneOfs are mostly of
   * this kind: an integer or a date-time string, a user or a team (a team has no
   * `login`, which a user requires).
   */
  private branchesExclusive(branches: unknown[]): boolean {
    const resolved = branches.map((branch) => (isSchemaObject(branch) ? this.resolve(branch) : undefined));
    if (resolved.some((branch) => !isSchemaObject(branch))) return false;
    return resolved.every((made, index) => resolved.every((other, at) => at === index || this.refusesMade(other!, made!)));
  }

  /** Whether `other` refuses every value synthesis makes for `made` (false where that is not plain). */
  private refusesMade(other: Schema, made: Schema): boolean {
    let types: string[];
    if ("const" in made) types = [jsonTypeOf(made.const)];
    else if (Array.isArray(made.enum) && made.enum.length > 0) types = made.enum.map(jsonTypeOf);
    else if (["allOf", "oneOf", "anyOf", "not", "if", "patternProperties"].some((key) => key in made)) return false;
    else types = [pickType(made)];
    const accepted = "const" in other ? [jsonTypeOf(other.const)] : Array.isArray(other.enum) ? other.enum.map(jsonTypeOf) : typesOf(other);
    if (accepted.length > 0 && other.nullable === true) accepted.push("null");
    const declared = isSchemaObject(made.properties) ? made.properties : {};
    const tag = this.tags.get(made)?.property;
    // Made-up keys are key1, key2…; a tagged schema also gets its discriminator property.
    const makes = (name: string) => Object.hasOwn(declared, name) || name === tag || (made.additionalProperties !== undefined && made.additionalProperties !== false && /^key\d+$/.test(name));
    return types.every((type) => {
      const overlaps = accepted.length === 0 || accepted.includes(type) || (type === "integer" && accepted.includes("number")) || (type === "number" && accepted.includes("integer"));
      if (!overlaps) return true;
      return type === "object" && arrayOf(other.required).some((name) => typeof name === "string" && !makes(name));
    });
  }

  /** In 3.1 a `$ref`'s siblings apply too (in 3.0 they are ignored), and synthesis follows the reference only. */
  private siblingsConstrain(reference: Schema): boolean {
    return !/^3\.0\./.test(this.document.openapi) && Object.keys(reference).some((key) => !ANNOTATIONS.has(key) && !key.startsWith("x-"));
  }

  private judge(schema: Schema, direction: Direction): boolean {
    if (isPureUnion(schema)) return Array.isArray(schema.anyOf) || this.branchesExclusive(schema.oneOf as unknown[]);
    for (const key of Object.keys(schema)) if (UNVOUCHED_KEYWORDS.has(key)) return false;
    const types = typesOf(schema);
    if (types.some((type) => typeof type !== "string" || !JSON_TYPES.has(type))) return false;
    if (Array.isArray(schema.items) || typeof schema.exclusiveMinimum === "boolean" || typeof schema.exclusiveMaximum === "boolean") return false;
    if (Array.isArray(schema.enum)) {
      // The value is one of the enum's: valid if it has the type beside it and nothing else constrains it.
      if (Object.keys(schema).some((key) => key !== "enum" && key !== "type" && key !== "nullable" && !ANNOTATIONS.has(key) && !key.startsWith("x-"))) return false;
      return schema.enum.length > 0 && schema.enum.every((value: unknown) => hasType(value, types, schema.nullable === true));
    }
    const format = typeof schema.format === "string" ? schema.format : undefined;
    if (format && UNPRODUCED_FORMATS.has(format)) return false;
    // A formatted value cut or padded to a length is no longer of its format.
    if (format && !NUMBER_FORMATS.has(format) && (schema.minLength !== undefined || schema.maxLength !== undefined)) return false;
    const bounds = [schema.minimum, schema.maximum, schema.exclusiveMinimum, schema.exclusiveMaximum].filter((bound) => bound !== undefined);
    // Synthesis makes small numbers (integers for int32 and int64): only bounds can take them out of a format's range.
    if (format && NUMBER_FORMATS.has(format) && bounds.length > 0) return false;
    if (types.includes("integer") && bounds.some((bound) => !Number.isInteger(bound))) return false;
    if (schema.multipleOf !== undefined && !Number.isInteger(schema.multipleOf)) return false;
    if (this.tags.has(schema)) return false;
    // openapi-typescript intersects declared properties with the additionalProperties type; synthesis does not make them fit it.
    if (isSchemaObject(schema.properties) && isSchemaObject(schema.additionalProperties) && Object.keys(schema.additionalProperties).length > 0) return false;
    const required = arrayOf(schema.required);
    if (required.length > 0) {
      const properties: Schema = isSchemaObject(schema.properties) ? schema.properties : {};
      for (const name of required) {
        if (typeof name !== "string" || !Object.hasOwn(properties, name)) return false;
        const property = properties[name];
        const resolved = property && typeof property === "object" ? this.resolve(property) : undefined;
        const defaulted = property && typeof property === "object" && "default" in property;
        if (!defaulted && resolved && (direction === "request" ? resolved.readOnly : resolved.writeOnly)) return false;
      }
    }
    return true;
  }

  private value(
    raw: Schema | boolean | undefined,
    variant: number,
    direction: Direction,
    hint: string,
    refs: readonly string[],
    depth: number,
    mode: Mode,
    alsoRequired?: ReadonlySet<string>,
  ): unknown {
    if (this.minimalAt?.has(`/${this.path.join("/")}`)) mode = "repair";
    if (this.insideUnvouched > 0 || !raw || typeof raw !== "object" || Array.isArray(raw)) return this.build(raw, variant, direction, hint, refs, depth, mode, alsoRequired);
    const schema = this.resolve(raw);
    if (!isSchemaObject(schema) || this.vouchesFor(raw, schema, direction)) return this.build(raw, variant, direction, hint, refs, depth, mode, alsoRequired);
    this.insideUnvouched += 1;
    let value: unknown;
    try {
      value = this.build(raw, variant, direction, hint, refs, depth, mode, alsoRequired);
    } finally {
      this.insideUnvouched -= 1;
    }
    // Checked against the reference itself where its siblings count, else against what it names.
    this.unvouched.push({ schema: raw !== schema && this.siblingsConstrain(raw) ? raw : schema, value });
    return value;
  }

  private build(
    raw: Schema | boolean | undefined,
    variant: number,
    direction: Direction,
    hint: string,
    refs: readonly string[],
    depth: number,
    mode: Mode,
    /** Properties another part of an allOf (or the schema around a oneOf) requires of this object. */
    alsoRequired?: ReadonlySet<string>,
  ): unknown {
    if (raw === undefined || raw === true) return text(hint, variant);
    if (raw === false) {
      this.warn(hint, "no value satisfies the schema `false`");
      return null;
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return text(hint, variant);
    if (depth > MAX_DEPTH) {
      this.warn(hint, `the schema nests deeper than ${MAX_DEPTH} levels through required properties`);
      return null;
    }
    let schema: Schema = raw;
    let nextRefs = refs;
    let recursing = mode === "minimal";
    if (typeof schema.$ref === "string") {
      const ref: string = schema.$ref;
      // Past a second visit to the same $ref (or maxRefDepth refs), only required properties and minimal arrays are produced, so cycles end.
      if (refs.includes(ref) || refs.length + 1 > this.maxRefDepth) recursing = true;
      nextRefs = [...refs, ref];
      schema = this.resolve(schema);
      if (!isSchemaObject(schema)) return text(hint, variant);
    }
    const childMode: Mode = recursing ? "minimal" : mode;
    const next = (sub: Schema | boolean | undefined, subVariant: number, subHint: string, subMode = childMode, required?: ReadonlySet<string>) =>
      this.value(sub, subVariant, direction, subHint, nextRefs, depth + 1, recursing ? "minimal" : subMode, required);
    // Every part of a composition must produce what any part requires, even where (minimal, lean) it would leave it out.
    const requiredOf = (parts: Array<Schema | boolean | undefined>): ReadonlySet<string> => {
      const names = new Set<string>(alsoRequired ?? []);
      for (const part of parts) {
        const resolved = part && typeof part === "object" ? this.resolve(part) : undefined;
        for (const name of Array.isArray(resolved?.required) ? (resolved!.required as string[]) : []) names.add(name);
      }
      return names;
    };

    if ("const" in schema) return schema.const;
    if (Array.isArray(schema.enum) && schema.enum.length > 0) {
      const chosen = schema.enum[variant % schema.enum.length];
      this.coverage.record(schema, chosen);
      return chosen;
    }
    if (Array.isArray(schema.allOf)) {
      const { allOf, ...rest } = schema;
      // Members that only annotate (`{ description }`) say nothing of the value; a string made up for them would win the merge.
      const shaping = [rest, ...allOf].filter((part) => part === false || (part && typeof part === "object" && Object.keys(part).some(isShapeKeyword)));
      const required = requiredOf([rest, ...allOf]);
      const partSchemas = shaping.length ? shaping : [rest];
      const parts = partSchemas.map((part) => next(part, variant, hint, childMode, required));
      return this.mergeParts(parts, partSchemas, "parts");
    }
    const branches: Schema[] | undefined = schema.oneOf ?? schema.anyOf;
    if (Array.isArray(branches) && branches.length > 0) {
      let index = variant % branches.length;
      if (this.minimalAt) {
        const pointer = `/${this.path.join("/")}`;
        this.branchedAt.add(pointer);
        if (this.nextBranchAt?.has(pointer)) index = (index + 1) % branches.length;
      }
      const { oneOf: _oneOf, anyOf: _anyOf, discriminator, ...rest } = schema;
      const branch = branches[index];
      const required = requiredOf([rest, branch]);
      const resolvedBranch = branch && typeof branch === "object" ? this.resolve(branch) : branch;
      this.refuseOutsideBranches(rest, branches);
      const restShapes = Object.keys(rest).some(isTypeKeyword);
      // A branch that only adds `required` (`anyOf: [{required: [a]}, {required: [b]}]`) is the object around it with those properties.
      const branchShapes = !restShapes || !isSchemaObject(resolvedBranch) || Object.keys(resolvedBranch).some(isShapeKeyword);
      let value = this.mergeParts(
        [
          restShapes ? next(rest, variant, hint, childMode, required) : undefined,
          branchShapes ? next(branch, Math.floor(variant / branches.length), hint, childMode, required) : undefined,
        ],
        [rest, branch],
      );
      if (discriminator?.propertyName && value && typeof value === "object") {
        value = { ...(value as object) };
        setOwn(value as Record<string, unknown>, String(discriminator.propertyName), discriminatorValue(discriminator, branches[index]!));
      }
      return value;
    }

    const type = pickType(schema);
    switch (type) {
      case "null":
        return null;
      case "boolean":
        return variant % 2 === 0;
      case "integer":
      case "number":
        return this.number(schema, type, variant, hint);
      case "string":
        return this.string(schema, variant, hint);
      case "array": {
        const minItems = bound(schema.minItems, 0);
        const maxItems = bound(schema.maxItems, Number.POSITIVE_INFINITY);
        // An array of enum values shows them all at once (up to MAX_ENUM_ITEMS): one value, every choice.
        const resolvedItems: Schema | undefined =
          !Array.isArray(schema.prefixItems) && schema.items && typeof schema.items === "object" ? this.resolve(schema.items) : undefined;
        const enumItems = !recursing && resolvedItems && Array.isArray(resolvedItems.enum) ? Math.min(resolvedItems.enum.length, MAX_ENUM_ITEMS) : 1;
        // An array of oneOf/anyOf items holds one item of each branch: variant k gives branch i its own variant k.
        const branchCount = itemBranches(resolvedItems);
        const branchItems = !recursing && branchCount <= MAX_BRANCH_ITEMS ? branchCount : 1;
        let count = Math.min(maxItems, recursing ? minItems : Math.max(minItems, enumItems, branchItems));
        if (count > MAX_ITEMS) {
          this.warn(hint, `asks for ${count} items; synthesis builds at most ${MAX_ITEMS}`);
          count = MAX_ITEMS;
        }
        const items: unknown[] = [];
        // A set of the items' JSON keeps the uniqueness check linear in the item count.
        const seen = new Set<string>();
        const itemSchema = Array.isArray(schema.prefixItems) && schema.prefixItems.length ? undefined : schema.items;
        for (let index = 0; items.length < count && index < count + 16; index += 1) {
          const itemVariant = branchItems > 1 ? variant * branchItems + index : variant + index;
          const recorded = this.unvouched.length;
          const item = this.at(String(items.length), () =>
            next(Array.isArray(schema.prefixItems) ? (schema.prefixItems[index] ?? schema.items) : itemSchema, itemVariant, singular(hint)),
          );
          if (schema.uniqueItems) {
            const json = JSON.stringify(item) ?? "undefined";
            if (seen.has(json)) {
              this.unvouched.length = recorded;
              continue;
            }
            seen.add(json);
          }
          items.push(item);
        }
        if (items.length < count) this.warn(hint, `cannot find ${count} different items`);
        return items;
      }
      default: {
        const result: Record<string, unknown> = {};
        const required = new Set<string>([...arrayOf(schema.required), ...(alsoRequired ?? [])]);
        for (const [name, property] of Object.entries((isSchemaObject(schema.properties) ? schema.properties : {}) as Record<string, Schema>)) {
          const resolved = this.resolve(property);
          // openapi-typescript makes a property with a default required, whichever way it travels.
          const defaulted = property && typeof property === "object" && "default" in property;
          if (!defaulted && direction === "request" && resolved?.readOnly) continue;
          if (!defaulted && direction === "response" && resolved?.writeOnly) continue;
          if (recursing && !required.has(name) && !defaulted) continue;
          // A repaired part keeps, of its optional properties, those that can show an enum value or a branch.
          if (mode === "repair" && !required.has(name) && !defaulted && this.width(property, new Set()) <= 1) continue;
          // A repair (see `minimalAt`) leaves out an optional property that failed.
          if (this.minimalAt && !required.has(name) && !defaulted && this.minimalAt.has(`/${[...this.path, escapePointerSegment(name)].join("/")}`)) continue;
          let propertyMode = mode;
          if (mode === "lean" && variant > 0) {
            // Nothing new below it at this variant: left out if it may be, else its smallest valid form.
            const value = this.width(property, new Set()) > variant ? this.ifShowsNew(() => this.at(name, () => next(property, variant, name, propertyMode))) : undefined;
            if (value !== undefined) {
              setOwn(result, name, value.value);
              continue;
            }
            if (!required.has(name) && !defaulted) continue;
            propertyMode = "minimal";
          }
          setOwn(result, name, this.at(name, () => next(property, variant, name, propertyMode)));
        }
        const tag = this.tags.get(schema);
        if (tag) setOwn(result, tag.property, tag.values[0]);
        const additional = schema.additionalProperties;
        let minProperties = bound(schema.minProperties, 0);
        if (minProperties > MAX_PROPERTIES) {
          this.warn(hint, `asks for ${minProperties} properties; synthesis builds at most ${MAX_PROPERTIES}`);
          minProperties = MAX_PROPERTIES;
        }
        // A free-form object shows one made-up key where it says so (`additionalProperties`). A bare `type: object`
        // stays `{}`: as one part of a composition it only adds constraints, and the other parts' types are closed.
        const open = additional === true || isSchemaObject(additional);
        const wanted = Math.max(minProperties, open && !schema.properties ? 1 : 0);
        if (Object.keys(result).length < wanted) {
          if (additional === false || schema.unevaluatedProperties === false) {
            if (minProperties > Object.keys(result).length) this.warn(hint, `needs ${minProperties} properties but allows no others`);
          } else {
            for (let index = 1; Object.keys(result).length < wanted; index += 1) {
              result[`key${index}`] = this.at(`key${index}`, () => next(typeof additional === "object" ? additional : undefined, variant, "value"));
            }
          }
        }
        return result;
      }
    }
  }

  private number(schema: Schema, declared: "integer" | "number", variant: number, hint: string): number {
    // OpenAPI's int32 and int64 formats make a `number` an integer too.
    const type = declared === "integer" || schema.format === "int32" || schema.format === "int64" ? "integer" : "number";
    const isId = /id$/i.test(hint);
    let value = type === "integer" ? (isId ? 1001 : 100) + variant : 12.5 + variant;
    let minimum = schema.minimum ?? Number.NEGATIVE_INFINITY;
    let maximum = schema.maximum ?? Number.POSITIVE_INFINITY;
    const step = type === "integer" ? 1 : 0.5;
    if (typeof schema.exclusiveMinimum === "number") minimum = Math.max(minimum, schema.exclusiveMinimum + step);
    if (typeof schema.exclusiveMaximum === "number") maximum = Math.min(maximum, schema.exclusiveMaximum - step);
    if (minimum > maximum) {
      this.warn(hint, `no ${type} lies between ${minimum} and ${maximum}`);
      return Number.isFinite(minimum) ? minimum : value;
    }
    if (value < minimum || value > maximum) {
      const span = maximum - minimum;
      value = Number.isFinite(span) ? minimum + (variant % (Math.floor(span / step) + 1)) * step : value < minimum ? minimum + variant * step : maximum - variant * step;
    }
    if (typeof schema.multipleOf === "number" && schema.multipleOf > 0) {
      value = Math.ceil(value / schema.multipleOf) * schema.multipleOf;
      if (value > maximum) value -= schema.multipleOf;
      if (value < minimum) this.warn(hint, `no multiple of ${schema.multipleOf} lies between ${minimum} and ${maximum}`);
      value = Number(value.toPrecision(12));
    }
    return type === "integer" ? Math.round(value) : value;
  }

  private string(schema: Schema, variant: number, hint: string): string {
    let minLength = bound(schema.minLength, 0);
    const maxLength = bound(schema.maxLength, Number.POSITIVE_INFINITY);
    if (minLength > MAX_STRING_LENGTH) {
      this.warn(hint, `asks for ${minLength} characters; synthesis builds at most ${MAX_STRING_LENGTH}`);
      minLength = MAX_STRING_LENGTH;
    }
    let value = formatted(schema.format, variant) ?? text(hint, variant);
    if (typeof schema.pattern === "string") {
      const matched = fromPattern(schema.pattern, variant, minLength, maxLength);
      if (typeof matched === "string") return matched;
      this.warn(hint, matched.problem);
    }
    if (value.length > maxLength) value = value.slice(0, maxLength);
    if (value.length < minLength) value += "x".repeat(minLength - value.length);
    return value;
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === "object" && a !== null && typeof b === "object" && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

/** The types a schema's `type` names: none when it has no `type`. */
function typesOf(schema: Schema): unknown[] {
  return schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
}

/** Whether `value` has one of `types` (any, when there are none); `nullable` (OpenAPI 3.0) adds null. */
function hasType(value: unknown, types: unknown[], nullable: boolean): boolean {
  if (types.length === 0) return true;
  if (value === null) return nullable || types.includes("null");
  if (Array.isArray(value)) return types.includes("array");
  switch (typeof value) {
    case "string":
      return types.includes("string");
    case "boolean":
      return types.includes("boolean");
    case "number":
      return types.includes("number") || (types.includes("integer") && Number.isInteger(value));
    case "object":
      return types.includes("object");
    default:
      return false;
  }
}

function isSchemaObject(value: unknown): value is Schema {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A oneOf or anyOf with nothing beside it that constrains a value (annotations, `nullable`): the value is one branch's. */
function isPureUnion(schema: Schema): boolean {
  if (Array.isArray(schema.oneOf) === Array.isArray(schema.anyOf)) return false;
  return Object.keys(schema).every((key) => key === "oneOf" || key === "anyOf" || key === "nullable" || ANNOTATIONS.has(key) || key.startsWith("x-"));
}

/** The JSON Schema type of a JSON value ("integer" for whole numbers). */
function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function arrayOf(value: unknown): any[] {
  return Array.isArray(value) ? value : [];
}

/** How many oneOf (or anyOf) branches an array's item schema has; 1 when it has none. */
function itemBranches(itemSchema: Schema | undefined): number {
  const branches = itemSchema?.oneOf ?? itemSchema?.anyOf;
  return Array.isArray(branches) && branches.length > 0 ? branches.length : 1;
}

const SHAPE_KEYWORDS = new Set(["$ref", "type", "properties", "items", "prefixItems", "allOf", "oneOf", "anyOf", "enum", "const", "additionalProperties", "format", "pattern"]);

function isShapeKeyword(key: string): boolean {
  return SHAPE_KEYWORDS.has(key);
}

function isTypeKeyword(key: string): boolean {
  return key === "type" || key === "properties" || key === "items" || key === "allOf";
}

function pickType(schema: Schema): string {
  const type = schema.type;
  if (typeof type === "string") return type;
  if (Array.isArray(type)) return type.find((entry) => entry !== "null") ?? "null";
  if (schema.properties || schema.additionalProperties) return "object";
  if (schema.items) return "array";
  return "string";
}

function discriminatorValue(discriminator: Schema, branch: Schema): string {
  const ref = branch.$ref as string | undefined;
  for (const [key, target] of Object.entries((discriminator.mapping ?? {}) as Record<string, string>)) {
    // A mapping value is a reference or, as OpenAPI also allows, a bare schema name.
    if (target === ref || (ref !== undefined && !String(target).includes("/") && ref === `#/components/schemas/${target}`)) return key;
  }
  return ref ? ref.slice(ref.lastIndexOf("/") + 1) : "unknown";
}


function singular(hint: string): string {
  return hint.endsWith("s") ? hint.slice(0, -1) : hint;
}

function text(hint: string, variant: number): string {
  const base = hint.replace(/[^A-Za-z0-9]+/g, " ").trim() || "text";
  return `${base} ${variant + 1}`;
}

function formatted(format: string | undefined, variant: number): string | undefined {
  const date = new Date(BASE_DATE + variant * 86_400_000);
  const n = variant + 1;
  switch (format) {
    case "date-time":
      return date.toISOString().replace(".000Z", "Z");
    case "date":
      return date.toISOString().slice(0, 10);
    case "time":
      return "10:00:00Z";
    case "duration":
      return `P${n}D`;
    case "email":
    case "idn-email":
      return `user${n}@example.com`;
    case "hostname":
    case "idn-hostname":
      return `host${n}.example.com`;
    case "ipv4":
      return `192.0.2.${n % 255}`;
    case "ipv6":
      return `2001:db8::${n.toString(16)}`;
    case "uri":
    case "url":
    case "iri":
      return `https://example.com/${n}`;
    case "uri-reference":
    case "iri-reference":
      return `/resources/${n}`;
    case "uri-template":
      return "https://example.com/{id}";
    case "uuid":
      return `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
    case "byte":
      return Buffer.from(`fixture ${n}`).toString("base64");
    case "json-pointer":
      return `/items/${n}`;
    case "regex":
      return "^[a-z]+$";
    default:
      return undefined;
  }
}

/** A non-negative integer bound from a schema; anything else (a string, a negative number) reads as `fallback`. */
function bound(value: unknown, fallback: number): number {
  return typeof value === "number" && value >= 0 ? Math.ceil(value) : fallback;
}

/**
 * `pattern` compiled as JSON Schema means it (Unicode), or, for patterns written
 * for other regex dialects (a bare `{`, `\_`), without the `u` flag; undefined if neither compiles.
 */
export function compilePattern(pattern: string): RegExp | undefined {
  for (const flags of ["u", ""]) {
    try {
      return new RegExp(pattern, flags);
    } catch {
      // try the next dialect
    }
  }
  return undefined;
}

/**
 * The most characters randexp may build for a pattern: `a{20000000}` took it
 * 6.5 s, and synthesis never keeps a string longer than MAX_STRING_LENGTH.
 */
export const MAX_PATTERN_GENERATION = 100_000;

/**
 * A string matching `pattern`, from a pseudo-random generator seeded by the
 * pattern and variant, or why there is none. randexp only builds strings from
 * the pattern's parts; whether one matches is asked of the guarded pattern
 * (runtime/safe-regex.ts), never of JavaScript's backtracking engine directly.
 */
function fromPattern(pattern: string, variant: number, minLength: number, maxLength: number): string | { problem: string } {
  const regex = compilePattern(pattern);
  if (!regex) return { problem: `the pattern /${pattern}/ does not compile as a JavaScript regular expression` };
  const guarded = guardedPattern(pattern, { unicode: regex.unicode });
  for (let attempt = 0; attempt < 20; attempt += 1) {
    let generator: InstanceType<typeof RandExp>;
    try {
      generator = new RandExp(regex);
    } catch (error) {
      return { problem: `cannot generate a string for /${pattern}/: ${(error as Error).message}` };
    }
    generator.max = Math.min(8, Math.max(1, maxLength));
    if (attempt === 0 && longestGenerated((generator as unknown as { tokens: PatternToken }).tokens, generator.max) > MAX_PATTERN_GENERATION) {
      return { problem: `cannot generate a string for /${pattern}/: it may build more than ${MAX_PATTERN_GENERATION} characters` };
    }
    let state = hash(`${pattern}#${variant}#${attempt}`);
    generator.randInt = (from: number, to: number) => {
      // mulberry32: small, fast and reproducible on every platform
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      return from + Math.floor(unit * (to - from + 1));
    };
    let value: string;
    try {
      value = generator.gen();
    } catch (error) {
      return { problem: `cannot generate a string for /${pattern}/: ${(error as Error).message}` };
    }
    if (value.length < minLength || value.length > maxLength) continue;
    const matched = guarded.test(value);
    if (matched === true) return value;
    if (matched !== false) return { problem: `cannot check a string generated for /${pattern}/: ${matched.undecided}` };
  }
  return { problem: `cannot produce a string of ${minLength} to ${maxLength} characters matching /${pattern}/` };
}

/** randexp's parse of a pattern (the `ret` library's tokens), as far as lengths go. */
interface PatternToken {
  type: number;
  stack?: PatternToken[];
  options?: PatternToken[][];
  min?: number;
  max?: number | null;
  value?: PatternToken | number;
}

// ret's token types
const ROOT = 0;
const GROUP = 1;
const POSITION = 2;
const REPETITION = 5;
const REFERENCE = 6;

/**
 * An upper bound on the characters randexp builds from `token`, where an open
 * repetition adds at most `openMax` more. A backreference repeats a group: it
 * counts as the longest the whole pattern builds without backreferences.
 */
function longestGenerated(token: PatternToken, openMax: number, referenced?: number): number {
  const reference = referenced ?? longestGenerated(token, openMax, 0);
  const visit = (node: PatternToken): number => {
    switch (node.type) {
      case ROOT:
      case GROUP: {
        const sequences = node.options ?? [node.stack ?? []];
        return Math.max(0, ...sequences.map((sequence) => sequence.reduce((sum, part) => sum + visit(part), 0)));
      }
      case POSITION:
        return 0;
      case REPETITION: {
        const times = node.max === null || node.max === undefined || node.max === Infinity ? (node.min ?? 0) + openMax : node.max;
        return times * (typeof node.value === "object" ? visit(node.value) : 1);
      }
      case REFERENCE:
        return reference;
      default:
        return 1;
    }
  };
  return visit(token);
}

function hash(text: string): number {
  let value = 2166136261;
  for (let index = 0; index < text.length; index += 1) value = Math.imul(value ^ text.charCodeAt(index), 16777619);
  return value >>> 0;
}
