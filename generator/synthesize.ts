// Synthesizes instances of JSON Schemas for fixtures: deterministic (the same
// schema and variant always give the same value), readable (fixed ids, dates and
// words rather than noise), and valid (formats, enums, bounds and patterns are
// honoured). `variant` walks through the choices a schema offers, so that a few
// variants cover every enum value and every oneOf branch.
import type { OpenApiDocument } from "./bundle.js";
import { EnumCoverage, leftOutOf, reachableEnums, UncoveredEnums, untypable, type EnumCoverageMeasure, type FixtureRoots, type Reached } from "./enum-coverage.js";
import { resolveRef } from "./model.js";
import { setOwn } from "./names.js";
import { escapePointerSegment } from "../runtime/json-pointer.js";
import { arrayOf, bound, enumHoldsNoValue, hasType, isSchemaObject, pickType, sameJson, typesOf, type Direction, type Schema } from "./schema-reading.js";
import { Compositions, discriminatorValue } from "./synthesize-compositions.js";
import { synthesizeNumber } from "./synthesize-numbers.js";
import { readableText, synthesizeString } from "./synthesize-strings.js";
import { Vouching, type Unvouched } from "./synthesize-vouching.js";
import { discriminatorTags, type DiscriminatorTag } from "./type-fit.js";
import { ShadowedBranches } from "./shadowed-branches.js";

// pipeline.ts reads the coverage measure's type from here, beside measureCoverage that answers it.
export type { EnumCoverageMeasure };

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
 * The most items and properties synthesis builds for one value, whatever
 * `minItems` or `minProperties` ask (characters: MAX_STRING_LENGTH in
 * synthesize-strings.ts): a schema that demands more gets a value this size and
 * a warning (and its fixture is then left out, as it does not validate).
 * Fixtures are for reading and tests, not load.
 */
export const MAX_ITEMS = 256;
export const MAX_PROPERTIES = 256;

/** Where synthesis tells what it could not do: a hint naming the value, and the problem. */
export type SynthesisWarn = (hint: string, message: string) => void;

export class Synthesizer {
  private readonly widths = new Map<Schema, number>();
  private readonly resolved = new WeakMap<Schema, Schema>();
  /**
   * The parts of the last `synthesize` call's value that synthesis does not
   * vouch for, outermost only (a part inside one is checked with it). The rest
   * of the value is made exactly as its schema asks: types, properties,
   * required, enum values, bounds, formats it produces, array sizes.
   */
  unvouched: Unvouched[] = [];
  /**
   * Enum values no valid value shows where they are written: another allOf
   * part's enum refuses them (see Compositions.merge), or every oneOf/anyOf branch
   * beside them does (see Compositions.refuseOutsideBranches).
   */
  readonly refused = new Map<Schema, Map<unknown, string>>();

  /** Notes an enum value no valid value shows, and why; the first reason found stands. */
  private refuse(schema: Schema, value: unknown, reason: string): void {
    let values = this.refused.get(schema);
    if (!values) this.refused.set(schema, (values = new Map()));
    if (!values.has(value)) values.set(value, reason);
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

  private readonly vouching: Vouching;
  /** The properties a value travelling each way goes without (see leftOutOf). */
  private readonly leftOut: Record<Direction, (property: unknown) => boolean>;
  private readonly compositions: Compositions;

  constructor(
    private readonly document: OpenApiDocument,
    public coverage = new EnumCoverage(),
    private readonly warn: SynthesisWarn = () => undefined,
    options: { maxRefDepth?: number; leanVariants?: boolean } = {},
  ) {
    this.maxRefDepth = options.maxRefDepth ?? Number.POSITIVE_INFINITY;
    this.leanVariants = options.leanVariants ?? false;
    const resolve = (schema: Schema) => this.resolve(schema);
    this.leftOut = { request: leftOutOf("request", resolve), response: leftOutOf("response", resolve) };
    this.vouching = new Vouching(document, resolve, () => this.tags);
    this.compositions = new Compositions(resolve, () => this.coverage, (schema, value, reason) => this.refuse(schema, value, reason));
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

  /** Asks which enum values `coverage` still lacks below a fixture list's schemas (see UncoveredEnums). */
  uncoveredIn(coverage: EnumCoverage): UncoveredEnums {
    return new UncoveredEnums(coverage, (schema) => this.resolve(schema));
  }

  /**
   * The enum values this synthesizer's fixtures show, with those no valid value
   * can hold reported apart, and those no schema of `roots` (the fixture lists')
   * reaches, if given.
   */
  measureCoverage(document: OpenApiDocument, roots?: () => ReadonlyArray<FixtureRoots>): EnumCoverageMeasure {
    // Each set is walked for when a value first asks of it, in the order the reasons are asked: most values in no
    // fixture have a reason synthesis gave (GitHub's four all do), and ask of none.
    const reached = (): Reached => {
      const resolve = (schema: Schema) => this.resolve(schema);
      let untypableSchemas: ((schema: Schema) => boolean) | undefined;
      const stop = (schema: Schema) => (untypableSchemas ??= untypable(document, resolve))(schema);
      const shadowed = new ShadowedBranches(resolve);
      const lists = roots!();
      const all = lists.flatMap((list) => list.schemas);
      // A request needs a value of each required parameter: one that has none (an enum none of whose values has its
      // type) leaves the operation's requests out, and all they would show with them.
      const requestable = lists.filter((list) => !(list.requiredParameters ?? []).some((schema) => isSchemaObject(schema) && enumHoldsNoValue(this.resolve(schema))));
      // A list whose every fixture needs a value of a schema that has none shows nothing at all.
      let holdable: FixtureRoots[] | undefined;
      const holdableLists = () => (holdable ??= requestable.filter((list) => !isSchemaObject(list.required) || !shadowed.holdsNone(this.resolve(list.required))));
      const sentOneWay = (direction: Direction) =>
        reachableEnums(
          holdableLists().filter((list) => list.direction === direction).flatMap((list) => list.schemas),
          resolve,
          stop,
          shadowed,
          leftOutOf(direction, resolve),
        );
      const walked = new Map<string, ReadonlySet<Schema>>();
      const once = (name: string, walk: () => ReadonlySet<Schema>) => {
        let found = walked.get(name);
        if (!found) walked.set(name, (found = walk()));
        return found;
      };
      return {
        get all() {
          return once("all", () => reachableEnums(all, resolve));
        },
        get typed() {
          return once("typed", () => reachableEnums(all, resolve, stop));
        },
        // Where every request can be made, what they reach is what every list reaches: no second walk.
        get requested() {
          return requestable.length === lists.length ? this.typed : once("requested", () => reachableEnums(requestable.flatMap((list) => list.schemas), resolve, stop));
        },
        get held() {
          return once("held", () => reachableEnums(holdableLists().flatMap((list) => list.schemas), resolve, stop, shadowed));
        },
        get sent() {
          return once("sent", () => new Set([...sentOneWay("request"), ...sentOneWay("response")]));
        },
        shadowedValue: (schema: Schema, value: unknown) => shadowed.valueShadowed(schema, value),
      };
    };
    return this.coverage.measure(document, this.refused, roots && reached);
  }

  /** `rest` without the properties other branches than `index` require, where neither it nor the branch does (`required`). */
  private withoutOthersRequired(rest: Schema, branches: readonly Schema[], index: number, required: ReadonlySet<string>): Schema {
    if (!isSchemaObject(rest.properties)) return rest;
    const others = new Set<unknown>();
    branches.forEach((branch, at) => {
      const resolved = at === index || !isSchemaObject(branch) ? undefined : this.resolve(branch);
      for (const name of arrayOf(resolved?.required)) if (typeof name === "string" && !required.has(name)) others.add(name);
    });
    if (others.size === 0) return rest;
    return { ...rest, properties: Object.fromEntries(Object.entries(rest.properties).filter(([name]) => !others.has(name))) };
  }

  /** Whether `schema` is an enum none of whose values has the type beside it; each value is noted as refused. */
  private admitsNoValue(schema: Schema | undefined): boolean {
    if (!enumHoldsNoValue(schema)) return false;
    for (const option of schema!.enum as unknown[]) this.refuse(schema!, option, "it is not of the type beside it");
    return true;
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
    // An array of enum values shows every value in one instance (see the array case of value()); a wider enum, or one
    // beyond maxItems, as many at a time, so it takes as many variants as it has instances' worth of values.
    const enumCount = Array.isArray(itemSchema?.enum) ? itemSchema!.enum.length : 0;
    const itemsInOne = enumCount > 0;
    if (enumCount > 0) width = Math.max(width, Math.ceil(enumCount / Math.max(1, Math.min(MAX_ENUM_ITEMS, bound(schema.maxItems, MAX_ENUM_ITEMS)))));
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
      apart = false,
      exclusive = false,
    }: {
      minimal?: boolean;
      minimalAt?: ReadonlySet<string> | undefined;
      nextBranchAt?: ReadonlySet<string> | undefined;
      apart?: boolean;
      exclusive?: boolean;
    } = {},
  ): unknown {
    this.unvouched = [];
    this.insideUnvouched = 0;
    this.minimalAt = minimalAt?.size ? minimalAt : undefined;
    this.nextBranchAt = nextBranchAt;
    this.apart = apart || exclusive;
    this.exclusive = exclusive;
    this.othersHere = undefined;
    this.branchedAt.clear();
    this.pointer = "/";
    this.pointerDepth = 0;
    // With `minimal`, only required properties and the fewest items: the fallback when a full value is not valid.
    // With `minimalAt`, only the parts at those JSON pointers of the value: the repair of one that failed there.
    // With `nextBranchAt` (pointers also in `minimalAt`), the oneOf or anyOf there takes the branch after the one
    // the variant picks: where a repair in place did not help, the branch itself fails beside the rest of the value
    // (GitHub's webhook-fork gives created_at oneOf [integer, date-time] in one allOf part and a string in the next).
    try {
      // Told apart, a value is made whole: a later variant's lean value leaves out what showed nothing new, which may be
      // what told its branch from the others (Zoom's room events: a `method` only one branch lists).
      return this.value(schema, variant, direction, hint, [], 0, minimal ? "minimal" : this.leanVariants && !apart ? "lean" : "full");
    } finally {
      this.minimalAt = undefined;
      this.nextBranchAt = undefined;
      this.apart = false;
      this.exclusive = false;
      this.othersHere = undefined;
    }
  }

  /**
   * With `apart`, each oneOf branch's value goes without the optional properties other branches require: the
   * fallback for a value that matched several branches. ReadMe's Andalucia listing holds a `registration`, which is
   * all Chicago's requires, so it matched both; without it, it matches Andalucia's alone.
   */
  private apart = false;

  /**
   * With `exclusive` (told apart, the further fallback), an enum in a oneOf branch whose choice the other branches
   * list at the same place takes a value they do not, and an array there gets one more item made so: the value then
   * matches its branch alone, and the rest of it keeps the variant's choices. Zoom's authentication settings update
   * lists the same actions in both branches, and `enforce_login` in both: an `update` shows beside the type only the
   * first branch lists.
   */
  private exclusive = false;
  /** The other branches' schemas at the place in the value being made, while `exclusive` makes a branch's value. */
  private othersHere: readonly Schema[] | undefined;

  /** Runs `make` with `othersHere` set to `others`. */
  private withOthers<T>(others: readonly Schema[] | undefined, make: () => T): T {
    // Outside `exclusive` both are undefined: every oneOf and made-up key passes here, and needs no swap.
    if (others === this.othersHere) return make();
    const outer = this.othersHere;
    this.othersHere = others;
    try {
      return make();
    } finally {
      this.othersHere = outer;
    }
  }

  /** The other branches' schemas of property `name` (or, with `undefined`, of an array's items) here; none when one lacks it. */
  private othersBelow(name: string | undefined): Schema[] | undefined {
    const below: Schema[] = [];
    for (const other of this.othersHere ?? []) {
      const resolved = isSchemaObject(other) ? this.resolve(other) : undefined;
      const child = name === undefined ? resolved?.items : isSchemaObject(resolved?.properties) && Object.hasOwn(resolved.properties, name) ? resolved.properties[name] : undefined;
      // A branch that says nothing of this place refuses no value in it.
      if (!isSchemaObject(child)) return undefined;
      below.push(child);
    }
    return below.length ? below : undefined;
  }

  /** Whether `schema` refuses `value` by its enum, const or type alone. */
  private refusesValue(raw: Schema, value: unknown): boolean {
    const schema = this.resolve(raw);
    if (!isSchemaObject(schema)) return false;
    if ("const" in schema && !sameJson(schema.const, value)) return true;
    if (Array.isArray(schema.enum) && !(schema.enum as unknown[]).some((option) => sameJson(option, value))) return true;
    const types = typesOf(schema);
    return types.length > 0 && !hasType(value, types, schema.nullable === true);
  }

  /** What the branches of a oneOf but `index` require, that this value need not hold (`required`), and `also`. */
  private requiredByOthers(branches: readonly Schema[], index: number, required: ReadonlySet<string>, also: ReadonlySet<string> | undefined): ReadonlySet<string> {
    const names = new Set<string>(also ?? []);
    branches.forEach((branch, at) => {
      const resolved = at === index || !isSchemaObject(branch) ? undefined : this.resolve(branch);
      const parts = resolved ? [resolved, ...arrayOf(resolved.allOf).filter(isSchemaObject).map((part) => this.resolve(part))] : [];
      for (const part of parts) for (const name of arrayOf(part?.required)) if (typeof name === "string" && !required.has(name)) names.add(name);
    });
    return names;
  }

  private nextBranchAt: ReadonlySet<string> | undefined;
  /** Where the last `synthesize` call with `minimalAt` picked a oneOf or anyOf branch, as JSON pointers. */
  readonly branchedAt = new Set<string>();

  private minimalAt: ReadonlySet<string> | undefined;
  /**
   * Where in the value synthesis is, kept only while `minimalAt` asks for it: the JSON pointer (`/a/b`, and `/` at
   * the top) and how many segments deep. Kept whole rather than as segments to join: it is asked of every value made.
   */
  private pointer = "/";
  private pointerDepth = 0;

  /** The pointer of `segment` below where synthesis is. */
  private pointerTo(segment: string): string {
    return this.pointerDepth === 0 ? `/${escapePointerSegment(segment)}` : `${this.pointer}/${escapePointerSegment(segment)}`;
  }

  private at<T>(segment: string, make: () => T): T {
    if (!this.minimalAt) return make();
    const outer = this.pointer;
    this.pointer = this.pointerTo(segment);
    this.pointerDepth += 1;
    try {
      return make();
    } finally {
      this.pointer = outer;
      this.pointerDepth -= 1;
    }
  }

  private tagsCache: Map<Schema, DiscriminatorTag> | undefined;

  /** Which schemas openapi-typescript gives a fixed discriminator value (computed on first use). */
  private get tags(): Map<Schema, DiscriminatorTag> {
    return (this.tagsCache ??= discriminatorTags(this.document));
  }

  /**
   * `value` with the discriminator value openapi-typescript gives `schema`'s type, if it gives one: Microsoft Graph's
   * entities are allOf compositions whose merged parts say `"@odata.type": string`, while the type says which string.
   */
  private tagged(schema: Schema, value: unknown): unknown {
    const tag = this.tags.get(schema);
    if (!tag || !value || typeof value !== "object" || Array.isArray(value)) return value;
    const copy = { ...(value as Record<string, unknown>) };
    setOwn(copy, tag.property, tag.values[0]);
    return copy;
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

  private value(
    raw: Schema | boolean | undefined,
    variant: number,
    direction: Direction,
    hint: string,
    refs: readonly string[],
    depth: number,
    mode: Mode,
    alsoRequired?: ReadonlySet<string>,
    leaveOut?: ReadonlySet<string>,
  ): unknown {
    if (this.minimalAt?.has(this.pointer)) mode = "repair";
    if (this.insideUnvouched > 0 || !raw || typeof raw !== "object" || Array.isArray(raw)) return this.build(raw, variant, direction, hint, refs, depth, mode, alsoRequired, leaveOut);
    const schema = this.resolve(raw);
    if (!isSchemaObject(schema) || this.vouching.vouchesFor(raw, schema, direction)) return this.build(raw, variant, direction, hint, refs, depth, mode, alsoRequired, leaveOut);
    this.insideUnvouched += 1;
    let value: unknown;
    try {
      value = this.build(raw, variant, direction, hint, refs, depth, mode, alsoRequired, leaveOut);
    } finally {
      this.insideUnvouched -= 1;
    }
    // Checked against the reference itself where its siblings count, else against what it names.
    this.unvouched.push({ schema: raw !== schema && this.vouching.siblingsConstrain(raw) ? raw : schema, value });
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
    /** Optional properties this object goes without, where it may (see `apart`). */
    leaveOut?: ReadonlySet<string>,
  ): unknown {
    if (raw === undefined || raw === true) return readableText(hint, variant);
    if (raw === false) {
      this.warn(hint, "no value satisfies the schema `false`");
      return null;
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return readableText(hint, variant);
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
      if (!isSchemaObject(schema)) return readableText(hint, variant);
    }
    const childMode: Mode = recursing ? "minimal" : mode;
    const next = (sub: Schema | boolean | undefined, subVariant: number, subHint: string, subMode = childMode, required?: ReadonlySet<string>, without?: ReadonlySet<string>) =>
      this.value(sub, subVariant, direction, subHint, nextRefs, depth + 1, recursing ? "minimal" : subMode, required, without);
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
      let chosen = schema.enum[variant % schema.enum.length];
      const types = typesOf(schema);
      const fits = (option: unknown) => hasType(option, types, schema.nullable === true);
      if (!fits(chosen)) {
        // A value of another type than the `type` beside it is valid nowhere (ReadMe's `type: number` with `""`):
        // named as such, and a value that fits is shown instead, so the rest of the instance stays valid.
        for (const option of schema.enum as unknown[]) if (!fits(option)) this.refuse(schema, option, "it is not of the type beside it");
        const holdable = (schema.enum as unknown[]).filter(fits);
        if (holdable.length > 0) chosen = holdable[variant % holdable.length];
      }
      const others = this.othersHere;
      if (others && !others.every((other) => this.refusesValue(other, chosen))) {
        const exclusive = (schema.enum as unknown[]).filter((option) => fits(option) && others.every((other) => this.refusesValue(other, option)));
        if (exclusive.length > 0) chosen = exclusive[variant % exclusive.length];
      }
      this.coverage.record(schema, chosen);
      return chosen;
    }
    if (Array.isArray(schema.allOf)) {
      const { allOf, ...rest } = schema;
      // Members that only annotate (`{ description }`) say nothing of the value; a string made up for them would win the merge.
      const shaping = [rest, ...allOf].filter((part) => part === false || (part && typeof part === "object" && Object.keys(part).some(isShapeKeyword)));
      const required = requiredOf([rest, ...allOf]);
      const partSchemas = shaping.length ? shaping : [rest];
      this.compositions.refuseAcrossIndexes(schema, [rest, ...allOf]);
      const parts = partSchemas.map((part) => next(part, variant, hint, childMode, required, leaveOut));
      return this.tagged(schema, this.compositions.merge(parts, partSchemas, "parts"));
    }
    const branches: Schema[] | undefined = schema.oneOf ?? schema.anyOf;
    if (Array.isArray(branches) && branches.length > 0) {
      let index = variant % branches.length;
      if (this.minimalAt) {
        this.branchedAt.add(this.pointer);
        if (this.nextBranchAt?.has(this.pointer)) index = (index + 1) % branches.length;
      }
      const { oneOf: _oneOf, anyOf: _anyOf, discriminator, ...rest } = schema;
      const branch = branches[index];
      let required = requiredOf([rest, branch]);
      const resolvedBranch = branch && typeof branch === "object" ? this.resolve(branch) : branch;
      const tagProperty = discriminator?.propertyName ? String(discriminator.propertyName) : undefined;
      // The value openapi-typescript types the branch with, where it gives one (a bare-name mapping it does not follow).
      const own = tagProperty !== undefined && isSchemaObject(resolvedBranch) ? this.tags.get(resolvedBranch) : undefined;
      const tagValue = tagProperty === undefined ? undefined : own?.property === tagProperty ? own.values[0]! : discriminatorValue(discriminator, branch!);
      // An inline branch has no name (OpenAPI's discriminator reads only `$ref`s): its own schema says what the property
      // holds, as each of Mailchimp's 41 segment conditions gives `condition_type` an enum of one. It is made even where
      // optional, or a lean variant would leave it out and the rest of the value match several branches, or none.
      if (tagProperty !== undefined && tagValue === undefined) required = new Set([...required, tagProperty]);
      this.compositions.refuseOutsideBranches(rest, branches);
      const restShapes = Object.keys(rest).some(isTypeKeyword);
      // A branch that only adds `required` (`anyOf: [{required: [a]}, {required: [b]}]`) is the object around it with those properties.
      const branchShapes = !restShapes || !isSchemaObject(resolvedBranch) || Object.keys(resolvedBranch).some(isShapeKeyword);
      // Such a branch of a oneOf is told from the others by what it requires: the object leaves out the optional
      // properties another branch requires, or it matches that one too (ReadMe's page, with `category` or `categorySlug`).
      const around = !branchShapes && Array.isArray(schema.oneOf) ? this.withoutOthersRequired(rest, branches, index, required) : rest;
      // Told apart (see `apart`): the value goes without the optional properties other branches require.
      const without = this.apart && Array.isArray(schema.oneOf) ? this.requiredByOthers(branches, index, required, leaveOut) : leaveOut;
      const others = this.exclusive && Array.isArray(schema.oneOf) ? branches.filter((_, at) => at !== index) : undefined;
      let value = this.compositions.merge(
        [
          restShapes ? this.withOthers(undefined, () => next(around, variant, hint, childMode, required, without)) : undefined,
          branchShapes ? this.withOthers(others, () => next(branch, Math.floor(variant / branches.length), hint, childMode, required, without)) : undefined,
        ],
        [around, branch],
      );
      if (tagProperty !== undefined && tagValue !== undefined && value && typeof value === "object" && !Array.isArray(value)) {
        value = { ...(value as object) };
        setOwn(value as Record<string, unknown>, tagProperty, tagValue);
      }
      return this.tagged(schema, value);
    }

    const type = pickType(schema);
    switch (type) {
      case "null":
        return null;
      case "boolean":
        return variant % 2 === 0;
      case "integer":
      case "number":
        return synthesizeNumber(schema, type, variant, hint, (message) => this.warn(hint, message));
      case "string":
        return synthesizeString(schema, variant, hint, (message) => this.warn(hint, message));
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
        // Told apart with `exclusive`, one more item takes values the other branches' items do not (see `exclusive`).
        const othersItems = this.othersHere && !recursing ? this.othersBelow(undefined) : undefined;
        const pinnedItem = othersItems && count + 1 <= maxItems && count < MAX_ITEMS ? count : undefined;
        if (pinnedItem !== undefined) count += 1;
        if (count > MAX_ITEMS) {
          this.warn(hint, `asks for ${count} items; synthesis builds at most ${MAX_ITEMS}`);
          count = MAX_ITEMS;
        }
        const items: unknown[] = [];
        // A set of the items' JSON keeps the uniqueness check linear in the item count.
        const seen = new Set<string>();
        const itemSchema = Array.isArray(schema.prefixItems) && schema.prefixItems.length ? undefined : schema.items;
        // More enum values than one instance holds: variant k shows the k-th run of `count`, so every value is in some variant.
        const enumLength = !recursing && resolvedItems && Array.isArray(resolvedItems.enum) ? resolvedItems.enum.length : 0;
        const stride = enumLength > count && count > 0 ? count : 0;
        for (let index = 0; items.length < count && index < count + 16; index += 1) {
          const itemVariant = stride ? variant * stride + index : branchItems > 1 ? variant * branchItems + index : variant + index;
          const recorded = this.unvouched.length;
          const makeItem = () =>
            this.at(String(items.length), () => next(Array.isArray(schema.prefixItems) ? (schema.prefixItems[index] ?? schema.items) : itemSchema, itemVariant, singular(hint)));
          const item = this.othersHere ? this.withOthers(items.length === pinnedItem ? othersItems : undefined, makeItem) : makeItem();
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
        const additional = schema.additionalProperties;
        const indexTypes = isSchemaObject(additional) ? typesOf(this.resolve(additional)) : [];
        for (const [name, property] of Object.entries((isSchemaObject(schema.properties) ? schema.properties : {}) as Record<string, Schema>)) {
          const resolved = this.resolve(property);
          // openapi-typescript makes a property with a default required, whichever way it travels.
          const defaulted = property && typeof property === "object" && "default" in property;
          // An optional enum none of whose values has its type (Zoom's `ring_type`, the numbers 0 and 1 typed string) is
          // left out: any value there would make the whole instance invalid.
          if (!required.has(name) && !defaulted && this.admitsNoValue(resolved)) continue;
          // readOnly in a request, writeOnly in a response: the rule the coverage measure names such values by.
          if (this.leftOut[direction](property)) continue;
          if (!required.has(name) && !defaulted && leaveOut?.has(name)) continue;
          // openapi-typescript intersects the properties with the index signature: an optional property of a type the
          // index refuses has no valid value (Mist's junos_dhcpd: `enabled` is a boolean, every other key a network).
          if (!required.has(name) && !defaulted && resolved && indexTypes.length > 0 && !sharesType(typesOf(resolved), indexTypes)) continue;
          if (recursing && !required.has(name) && !defaulted) continue;
          // A repaired part keeps, of its optional properties, those that can show an enum value or a branch.
          if (mode === "repair" && !required.has(name) && !defaulted && this.width(property, new Set()) <= 1) continue;
          // A repair (see `minimalAt`) leaves out an optional property that failed.
          if (this.minimalAt && !required.has(name) && !defaulted && this.minimalAt.has(this.pointerTo(name))) continue;
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
          setOwn(
            result,
            name,
            this.othersHere ? this.withOthers(this.othersBelow(name), () => this.at(name, () => next(property, variant, name, propertyMode))) : this.at(name, () => next(property, variant, name, propertyMode)),
          );
        }
        const tag = this.tags.get(schema);
        if (tag) setOwn(result, tag.property, tag.values[0]);
        let minProperties = bound(schema.minProperties, 0);
        if (minProperties > MAX_PROPERTIES) {
          this.warn(hint, `asks for ${minProperties} properties; synthesis builds at most ${MAX_PROPERTIES}`);
          minProperties = MAX_PROPERTIES;
        }
        // A free-form object shows one made-up key where it says so (`additionalProperties`). A bare `type: object`
        // stays `{}`: as one part of a composition it only adds constraints, and the other parts' types are closed.
        const open = additional === true || isSchemaObject(additional);
        // A property the object itself requires but does not declare, where it admits others, is made as one of those
        // (Britbox's ItvVoucherDisplay requires `type`): openapi-typescript's index signature holds it.
        if (open) {
          for (const name of arrayOf(schema.required)) {
            if (typeof name !== "string" || Object.hasOwn(result, name) || (isSchemaObject(schema.properties) && Object.hasOwn(schema.properties, name))) continue;
            // A made-up key's value is at no place the other branches speak of.
            setOwn(result, name, this.withOthers(undefined, () => this.at(name, () => next(typeof additional === "object" ? additional : undefined, variant, name))));
          }
        }
        // A repaired part keeps none: the made-up key's value may be what failed (stream-io's App, whose call_types
        // map holds CallTypes that require a property they do not declare), and `{}` is valid.
        // Beside declared properties, a made-up key shows only what the index's schema can show (an enum, a branch).
        const showsKey = !schema.properties || (isSchemaObject(additional) && this.width(additional, new Set()) > 1);
        const wanted = Math.max(minProperties, open && showsKey && mode !== "repair" ? 1 : 0);
        if (Object.keys(result).length < wanted) {
          if (additional === false || schema.unevaluatedProperties === false) {
            if (minProperties > Object.keys(result).length) this.warn(hint, `needs ${minProperties} properties but allows no others`);
          } else {
            for (let index = 1; Object.keys(result).length < wanted; index += 1) {
              result[`key${index}`] = this.withOthers(undefined, () => this.at(`key${index}`, () => next(typeof additional === "object" ? additional : undefined, variant, "value")));
            }
          }
        }
        return result;
      }
    }
  }


}

/** Whether a value can have one of `types` and one of `others` (an integer is a number). */
function sharesType(types: readonly unknown[], others: readonly unknown[]): boolean {
  if (types.length === 0 || others.length === 0) return true;
  return types.some((type) => others.includes(type) || (type === "integer" && others.includes("number")) || (type === "number" && others.includes("integer")));
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

function singular(hint: string): string {
  return hint.endsWith("s") ? hint.slice(0, -1) : hint;
}
