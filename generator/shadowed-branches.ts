// oneOf branches, and properties of inline branches, no fixture can show: every
// value of the branch (or every one that holds the property) matches another
// branch too, so none matches exactly one. Zoom's account settings update is a
// oneOf of the whole settings object (an open object that requires nothing) and
// of objects of one part of it (`meeting_security` alone): every value of the
// second matches the first too. ReadMe's polymorphism example lists seven
// regulators' listings, each an open object requiring the same two ids: a
// Denmark listing matches Andalucia's unless it holds another branch's
// `exemption` (then it matches that branch), and an Andalucia listing with a
// `registration` matches Chicago's, which requires only that. The enum values
// reached only through such a branch or property are named as unholdable
// (enum-coverage.ts) rather than left missing.
//
// The test is a sufficient one, never a guess. A value of branch i is an object
// whose type openapi-typescript closes (`type: object`, and nowhere in it an
// `additionalProperties` or `patternProperties` that would admit keys it does
// not declare), so it holds the properties i declares and, as TypeScript lets a
// union's member, properties other branches declare, each valid against one
// branch that declares it (type-fit.ts checks fixtures so). Branch i is
// shadowed when, for every set of those foreign properties a value may hold and
// every choice of the branch each one's value is valid against, some other
// branch j holds the value:
// - j is a plain open object, or an allOf of them: `type: object`, `properties`,
//   `required`, annotations; no `additionalProperties` but `true`, no other
//   keyword that could refuse an object;
// - j requires only what i requires, or the value holds;
// - every property j declares that the value holds, j declares with a schema
//   that holds every value of the one the value's property is valid against:
//   the same schema, no constraint at all, a bare type that includes its type,
//   an enum that lists every value of its enum, or (recursively) a plain open
//   object that requires only what it requires and holds each of its
//   properties so.
// A branch that names no type is taken for an object where the schema around
// the oneOf is one (Zoom's authentication settings).
// An inline branch's optional property is shadowed the same way, for the values
// that hold it; and so is one value of an enum inline below the branch, for the
// values that hold it (see valueShadowed).
import { hasType, holdsData, isSchemaObject, sameJson, typesOf, type Schema } from "./schema-reading.js";

/** Keywords a plain open object may carry beside `type`, `properties` and `required`: none refuses a value. */
const ANNOTATIONS = new Set(["title", "description", "default", "deprecated", "readOnly", "writeOnly", "externalDocs", "xml", "nullable", "$comment", "discriminator"]);
/** How deep `declaredProperties` follows allOf, oneOf, anyOf and `$ref`s before it gives up (and says "open"). */
const MAX_DEPTH = 32;
/** How deep one schema is compared with another (a property's object's property's…) before the answer is "no". */
const MAX_HOLDS_DEPTH = 8;
/**
 * The most branches a oneOf may have for the test to run: it compares every branch with every other, so a hostile
 * spec's 100,000 branches would cost 10^10 comparisons. Past it no branch is named (its values stay "missing").
 */
const MAX_BRANCHES = 256;
/** The most foreign properties whose every set is tried (2^6 sets); past it only a branch that holds them all counts. */
const MAX_FOREIGN_PROPERTIES = 6;
/**
 * The most comparisons (of a branch with a value's shape, or of one schema with another) one oneOf gets, however its
 * branches, properties and sets multiply; past it nothing more of that oneOf is named.
 */
const MAX_COMPARISONS = 50_000;
/** How many inline objects' properties deep below a branch its enums' values are each tried (see valueShadowed). */
const MAX_VALUE_PATH = 4;

/** What a closed object type holds: each property it declares with its schemas, and the names it requires. */
interface Shape {
  declared: ReadonlyMap<string, Schema[]>;
  required: ReadonlySet<string>;
}

/** The properties a value holds beyond its branch's own, each with the schemas of the branch its value is valid against. */
type Foreign = ReadonlyMap<string, readonly Schema[]>;

export class ShadowedBranches {
  private readonly known = new WeakMap<Schema, ReadonlySet<unknown>>();
  private readonly skipped = new WeakMap<Schema, ReadonlySet<string>>();
  private comparisons = 0;

  constructor(private readonly resolve: (schema: Schema) => Schema) {}

  /** The branches of `schema`'s oneOf that other branches hold every value of (empty when it has no oneOf). */
  of(schema: Schema): ReadonlySet<unknown> {
    let found = this.known.get(schema);
    if (found) return found;
    const shadowed = new Set<unknown>();
    this.known.set(schema, shadowed);
    const branches = Array.isArray(schema.oneOf) ? (schema.oneOf as unknown[]) : [];
    if (branches.length < 2 || branches.length > MAX_BRANCHES) return shadowed;
    // What the schema around the oneOf declares is part of every branch's value; a schema that admits any key beside
    // them lets a value hold anything, and nothing is sure.
    const { oneOf: _oneOf, ...rest } = schema;
    const around = this.shapeOf(rest);
    if (around) {
      this.comparisons = 0;
      const resolved = branches.map((branch) => (isSchemaObject(branch) ? this.resolve(branch) : undefined));
      // A branch that names no type is an object where the schema around it is one (Zoom's authentication settings).
      const objects = isObjectType(rest);
      const shapes = resolved.map((branch) =>
        branch && (isObjectType(branch) || (objects && typesOf(branch).length === 0)) && !allowsNull(branch) ? this.shapeOf(branch) : undefined,
      );
      for (let i = 0; i < branches.length; i += 1) {
        if (!shapes[i]) continue;
        if (this.shadowedWith(i, new Set(), resolved, shapes, around)) {
          shadowed.add(branches[i]);
          continue;
        }
        // An inline branch's own optional properties, each for the values that hold it.
        const branch = branches[i];
        if (!isSchemaObject(branch) || "$ref" in branch || !isSchemaObject(branch.properties)) continue;
        // Only a property with an enum below it has values to name.
        const names = Object.keys(branch.properties).filter(
          (name) => !shapes[i]!.required.has(name) && this.reachesEnum(branch.properties[name]) && this.shadowedWith(i, new Set([name]), resolved, shapes, around),
        );
        if (names.length > 0) this.skipped.set(branch, new Set(names));
        this.noteInlineEnums(i, branch, new Set(names), resolved, shapes, around);
      }
    }
    return shadowed;
  }

  /**
   * Notes the inline enums reached from inline branch `i` through inline objects' properties alone, so that
   * `valueShadowed` can tell, when asked of one of their values, whether every value holding it matches another branch
   * too. Worked out only when asked: most values are in some fixture, and trying each value of every enum of every
   * branch cost Mailchimp's 41-branch conditions, written out twenty times, a fifth of a second.
   */
  private noteInlineEnums(
    i: number,
    branch: Schema,
    skippedNames: ReadonlySet<string>,
    resolved: ReadonlyArray<Schema | undefined>,
    shapes: ReadonlyArray<Shape | undefined>,
    around: Shape,
  ): void {
    const visit = (node: Schema, path: readonly string[]) => {
      if (path.length > 0 && Array.isArray(node.enum)) {
        this.inlineEnums.set(node, { i, branch, path, resolved, shapes, around, answers: new Map() });
        return;
      }
      if (path.length >= MAX_VALUE_PATH || !isSchemaObject(node.properties) || (path.length > 0 && !isObjectType(node))) return;
      for (const [name, property] of Object.entries(node.properties)) {
        if (path.length === 0 && skippedNames.has(name)) continue;
        if (isSchemaObject(property) && !("$ref" in property) && this.reachesEnum(property)) visit(property, [...path, name]);
      }
    };
    visit(branch, []);
  }

  /** Where each inline enum `of` has seen sits (see noteInlineEnums), with the answers given so far for its values. */
  private readonly inlineEnums = new Map<
    Schema,
    {
      i: number;
      branch: Schema;
      path: readonly string[];
      resolved: ReadonlyArray<Schema | undefined>;
      shapes: ReadonlyArray<Shape | undefined>;
      around: Shape;
      answers: Map<unknown, boolean>;
    }
  >();

  /**
   * Whether every value that holds `value` in `schema`, an enum inline below an inline branch `of` has seen, matches
   * another branch too: the branch with the enum narrowed to that value (and the properties on the way required) is
   * shadowed. Zoom's authentication settings update lists `enforce_login` in both branches'
   * `authentication_option.type`: a value with it matches both, while `enforce_login_with_same_account`, only the
   * first branch's, tells that branch apart. Not through arrays: another item may hold a value that tells it apart.
   * Each enum's values share one budget of comparisons.
   */
  valueShadowed(schema: Schema, value: unknown): boolean {
    const at = this.inlineEnums.get(schema);
    if (!at || !hasType(value, typesOf(schema), schema.nullable === true)) return false;
    const known = at.answers.get(value);
    if (known !== undefined) return known;
    if (at.answers.size === 0) this.comparisons = 0;
    const narrowed = narrowedTo(at.branch, at.path, value);
    const shapes = at.shapes.map((shape, index) => (index === at.i ? this.shapeOf(narrowed) : shape));
    const answer = shapes[at.i] !== undefined && this.shadowedWith(at.i, new Set(), at.resolved, shapes, at.around);
    at.answers.set(value, answer);
    return answer;
  }

  private readonly enumBelow = new WeakMap<Schema, boolean>();

  /** Whether `schema` or anything below it (properties, items, compositions, `$ref`s) is an enum. */
  private reachesEnum(start: unknown): boolean {
    if (!isSchemaObject(start)) return false;
    const known = this.enumBelow.get(start);
    if (known !== undefined) return known;
    // One walk with its own stack, so a deep schema costs no call stack. A walk that finds no enum marks all it entered
    // as having none below, and no later walk enters them again.
    const seen = new Set<Schema>();
    const stack: unknown[] = [start];
    let found = false;
    while (stack.length > 0 && !found) {
      const node = stack.pop();
      if (!isSchemaObject(node) || seen.has(node) || this.enumBelow.get(node) === false) continue;
      seen.add(node);
      const schema = this.resolve(node);
      if (schema !== node) {
        stack.push(schema);
        continue;
      }
      if (this.enumBelow.get(schema) === true || Array.isArray(schema.enum)) found = true;
      for (const key of ["items", "additionalProperties", "not"]) stack.push(schema[key]);
      // One push at a time: a spread of 100,000 branches would overflow the call stack.
      for (const key of ["allOf", "oneOf", "anyOf", "prefixItems"]) if (Array.isArray(schema[key])) for (const part of schema[key] as unknown[]) stack.push(part);
      if (isSchemaObject(schema.properties)) for (const property of Object.values(schema.properties)) stack.push(property);
    }
    if (found) this.enumBelow.set(start, true);
    else for (const node of seen) this.enumBelow.set(node, false);
    return found;
  }

  /** The properties of `branch`, an inline oneOf branch `of` has seen, whose every value matches another branch too. */
  propertiesShadowed(branch: Schema): ReadonlySet<string> | undefined {
    return this.skipped.get(branch);
  }

  /** Whether no value matches `schema`'s oneOf: it has two branches or more, each shadowed by others. */
  holdsNone(schema: Schema): boolean {
    const branches = Array.isArray(schema.oneOf) ? (schema.oneOf as unknown[]) : [];
    return branches.length > 1 && this.of(schema).size === branches.length;
  }

  /** Whether every value of branch `i` that holds `present` matches another branch too. */
  private shadowedWith(i: number, present: ReadonlySet<string>, branches: ReadonlyArray<Schema | undefined>, shapes: ReadonlyArray<Shape | undefined>, around: Shape): boolean {
    const own = withAround(shapes[i]!, around);
    // The properties other branches declare that i does not, each with the schemas of every branch that declares it.
    const foreign = new Map<string, Schema[][]>();
    for (let k = 0; k < branches.length; k += 1) {
      const branch = branches[k];
      if (k === i || !branch || (typesOf(branch).length > 0 && !typesOf(branch).includes("object"))) continue;
      const theirs = shapes[k] ?? this.shapeOf(branch);
      if (++this.comparisons > MAX_COMPARISONS) return false;
      // A branch whose type admits any key lets a value of i hold any key: nothing is sure.
      if (!theirs) return false;
      for (const [name, schemas] of theirs.declared) {
        if (own.declared.has(name)) continue;
        foreign.set(name, [...(foreign.get(name) ?? []), schemas]);
      }
    }
    const holders = branches.map((branch, j) => (j === i || !branch ? undefined : this.holderShapeOf(branch)));
    const heldBySome = (held: Foreign, unchosen: (name: string) => readonly Schema[][] | undefined) =>
      holders.some((holder) => holder !== undefined && this.holds(holder, own, present, held, unchosen));
    // One branch that holds every value, whatever foreign properties it has.
    if (heldBySome(new Map(), (name) => foreign.get(name))) return true;
    if (foreign.size > MAX_FOREIGN_PROPERTIES) return false;
    // Else every set of foreign properties, and every choice of the branch each one's value is valid against.
    const names = [...foreign.keys()];
    for (let mask = 0; mask < 1 << names.length; mask += 1) {
      const chosen = names.filter((_, bit) => mask & (1 << bit));
      const choices = chosen.map((name) => foreign.get(name)!);
      const counters = choices.map(() => 0);
      for (;;) {
        this.comparisons += 1;
        if (this.comparisons > MAX_COMPARISONS) return false;
        const held = new Map(chosen.map((name, at) => [name, choices[at]![counters[at]!]!]));
        if (!heldBySome(held, () => undefined)) return false;
        let at = 0;
        while (at < counters.length && ++counters[at]! === choices[at]!.length) counters[at++] = 0;
        if (at === counters.length) break;
      }
    }
    return true;
  }

  /**
   * Whether `holder` holds every value of a branch shaped `own` that holds `present` and the foreign properties
   * `held` (each valid against the schemas given). A foreign property `held` leaves out is absent, unless
   * `unchosen` gives the schemas of the branches declaring it: then it may be there, valid against any of them.
   */
  private holds(holder: Shape, own: Shape, present: ReadonlySet<string>, held: Foreign, unchosen: (name: string) => readonly Schema[][] | undefined): boolean {
    if (++this.comparisons > MAX_COMPARISONS) return false;
    for (const name of holder.required) if (!own.required.has(name) && !present.has(name) && !held.has(name)) return false;
    for (const [name, schemas] of holder.declared) {
      const values = own.declared.get(name) ?? held.get(name);
      const holdsEach = (candidates: readonly Schema[]) => schemas.every((outer) => candidates.some((inner) => this.holdsAll(outer, inner, 0)));
      if (values) {
        if (!holdsEach(values)) return false;
      } else if (!(unchosen(name) ?? []).every(holdsEach)) {
        return false;
      }
    }
    return true;
  }

  /** What `holdsAll` answered for a pair (a "no" past the budget or the depth stays a "no": it was not sure). */
  private readonly heldPairs = new WeakMap<Schema, WeakMap<Schema, boolean>>();

  /** Whether every valid value of `inner` is a valid value of `outer` (a sufficient test: no means "not sure"). */
  private holdsAll(outerRaw: Schema, innerRaw: Schema, depth: number): boolean {
    if (!isSchemaObject(outerRaw) || !isSchemaObject(innerRaw)) return false;
    let answers = this.heldPairs.get(outerRaw);
    const known = answers?.get(innerRaw);
    if (known !== undefined) return known;
    const answer = this.compareSchemas(outerRaw, innerRaw, depth);
    if (!answers) this.heldPairs.set(outerRaw, (answers = new WeakMap()));
    answers.set(innerRaw, answer);
    return answer;
  }

  private compareSchemas(outerRaw: Schema, innerRaw: Schema, depth: number): boolean {
    if (++this.comparisons > MAX_COMPARISONS || depth > MAX_HOLDS_DEPTH || !isSchemaObject(outerRaw) || !isSchemaObject(innerRaw)) return false;
    if (outerRaw === innerRaw) return true;
    const outer = this.resolve(outerRaw);
    const inner = this.resolve(innerRaw);
    if (!isSchemaObject(outer) || !isSchemaObject(inner)) return false;
    if (outer === inner || sameJson(outer, inner)) return true;
    const keys = Object.keys(outer).filter((key) => !ANNOTATIONS.has(key) && !holdsData(key));
    if (keys.length === 0) return true;
    if (allowsNull(inner) && !allowsNull(outer)) return false;
    const innerTypes = typesOf(inner);
    if (keys.length === 1 && keys[0] === "type") {
      const outerTypes = typesOf(outer);
      return innerTypes.length > 0 && innerTypes.every((type) => outerTypes.includes(type) || (type === "integer" && outerTypes.includes("number")));
    }
    // An enum (with its type) holds an enum whose every value it lists.
    if (Array.isArray(outer.enum) && Array.isArray(inner.enum) && keys.every((key) => key === "type" || key === "enum")) {
      const outerTypes = typesOf(outer);
      return (inner.enum as unknown[]).every(
        (value) => (outer.enum as unknown[]).some((option) => sameJson(option, value)) && hasType(value, outerTypes, outer.nullable === true),
      );
    }
    const holder = this.holderShapeOf(outer);
    const shape = isObjectType(inner) ? this.shapeOf(inner) : undefined;
    if (!holder || !shape) return false;
    for (const name of holder.required) if (!shape.required.has(name)) return false;
    for (const [name, schemas] of holder.declared) {
      const values = shape.declared.get(name);
      if (values && !schemas.every((outerProperty) => values.some((innerProperty) => this.holdsAll(outerProperty, innerProperty, depth + 1)))) return false;
    }
    return true;
  }

  /** The closed object type of `schema`: what it declares and requires; undefined when open, or too deep to tell. */
  private shapeOf(schema: Schema): Shape | undefined {
    if (this.shapes.has(schema)) return this.shapes.get(schema);
    const declared = this.declaredProperties(schema);
    const shape = declared && { declared, required: this.requiredNames(schema) };
    this.shapes.set(schema, shape);
    return shape;
  }

  private readonly shapes = new WeakMap<Schema, Shape | undefined>();
  private readonly holderShapes = new WeakMap<Schema, Shape | undefined>();

  private holderShapeOf(schema: Schema): Shape | undefined {
    if (this.holderShapes.has(schema)) return this.holderShapes.get(schema);
    const shape = this.holderShape(schema);
    this.holderShapes.set(schema, shape);
    return shape;
  }

  /** What a plain open object (or an allOf of them) declares and requires; undefined when it is not one. */
  private holderShape(schema: Schema): Shape | undefined {
    const declared = new Map<string, Schema[]>();
    const required = new Set<string>();
    const visit = (node: Schema, depth: number): boolean => {
      const resolved = this.resolve(node);
      if (depth > MAX_DEPTH || !isSchemaObject(resolved)) return false;
      if (resolved.type !== undefined && !typesOf(resolved).includes("object")) return false;
      if (resolved.additionalProperties !== undefined && resolved.additionalProperties !== true) return false;
      for (const key of Object.keys(resolved)) {
        if (key === "type" || key === "properties" || key === "required" || key === "additionalProperties" || key === "allOf" || ANNOTATIONS.has(key) || holdsData(key)) continue;
        return false;
      }
      if (resolved.properties !== undefined && !isSchemaObject(resolved.properties)) return false;
      for (const [name, property] of Object.entries(resolved.properties ?? {})) {
        if (!isSchemaObject(property)) return false;
        declared.set(name, [...(declared.get(name) ?? []), property]);
      }
      for (const name of Array.isArray(resolved.required) ? resolved.required : []) if (typeof name === "string") required.add(name);
      return (Array.isArray(resolved.allOf) ? (resolved.allOf as unknown[]) : []).every((part) => isSchemaObject(part) && visit(part, depth + 1));
    };
    return visit(schema, 0) ? { declared, required } : undefined;
  }

  /** The names `schema` requires, in it and in its allOf parts (a oneOf's or anyOf's may not apply). */
  private requiredNames(schema: Schema): Set<string> {
    const names = new Set<string>();
    const visit = (node: Schema, depth: number) => {
      const resolved = this.resolve(node);
      if (depth > MAX_DEPTH || !isSchemaObject(resolved)) return;
      for (const name of Array.isArray(resolved.required) ? resolved.required : []) if (typeof name === "string") names.add(name);
      for (const part of Array.isArray(resolved.allOf) ? (resolved.allOf as unknown[]) : []) if (isSchemaObject(part)) visit(part, depth + 1);
    };
    visit(schema, 0);
    return names;
  }

  /** Every property a closed object type declares, with its schemas; undefined when the type is open, or too deep to tell. */
  private declaredProperties(schema: Schema): Map<string, Schema[]> | undefined {
    const found = new Map<string, Schema[]>();
    const visit = (node: Schema, depth: number, seen: Set<Schema>): boolean => {
      if (depth > MAX_DEPTH) return false;
      const resolved = this.resolve(node);
      if (!isSchemaObject(resolved)) return false;
      if (seen.has(resolved)) return true;
      seen.add(resolved);
      const additional = resolved.additionalProperties;
      if ((additional !== undefined && additional !== false) || resolved.patternProperties !== undefined || resolved.unevaluatedProperties !== undefined) return false;
      if (isSchemaObject(resolved.properties)) {
        for (const [name, property] of Object.entries(resolved.properties)) {
          if (!isSchemaObject(property)) return false;
          found.set(name, [...(found.get(name) ?? []), property]);
        }
      }
      for (const key of ["allOf", "oneOf", "anyOf"]) {
        for (const part of Array.isArray(resolved[key]) ? (resolved[key] as unknown[]) : []) {
          if (!isSchemaObject(part) || !visit(part, depth + 1, seen)) return false;
        }
      }
      return true;
    };
    return visit(schema, 0, new Set()) ? found : undefined;
  }
}

/** `schema` with the enum at `path` (property names) narrowed to `value`, and each property on the way required. */
function narrowedTo(schema: Schema, path: readonly string[], value: unknown): Schema {
  if (path.length === 0) return { ...schema, enum: [value] };
  const [name, ...rest] = path as [string, ...string[]];
  const properties = schema.properties as Record<string, Schema>;
  const required = Array.isArray(schema.required) ? (schema.required as unknown[]) : [];
  return {
    ...schema,
    required: required.includes(name) ? required : [...required, name],
    properties: { ...properties, [name]: narrowedTo(properties[name]!, rest, value) },
  };
}

/** A branch's shape with what the schema around its oneOf declares and requires. */
function withAround(own: Shape, around: Shape): Shape {
  if (around.declared.size === 0 && around.required.size === 0) return own;
  const declared = new Map(own.declared);
  for (const [name, schemas] of around.declared) declared.set(name, [...(declared.get(name) ?? []), ...schemas]);
  return { declared, required: new Set([...own.required, ...around.required]) };
}

/** Whether every value of `schema` is an object: `type: object`, and no other type beside it. */
function isObjectType(schema: Schema): boolean {
  const types = typesOf(schema);
  return types.length === 1 && types[0] === "object";
}

/** Whether `schema` lets null through (3.0's `nullable`, or a `null` type). */
function allowsNull(schema: Schema): boolean {
  return schema.nullable === true || typesOf(schema).includes("null");
}
