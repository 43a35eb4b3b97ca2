// oneOf branches no fixture can be an instance of: another branch of the same
// oneOf holds every value the branch holds, so none matches exactly one. Zoom's
// account settings update is a oneOf of the whole settings object (an open
// object that requires nothing) and of objects of one part of it
// (`meeting_security` alone): every value of the second matches the first too.
// The enum values reached only through such a branch are named as unholdable
// (enum-coverage.ts) rather than left missing.
//
// The test is a sufficient one, never a guess: branch j holds every value of
// branch i when
// - j is a plain open object: `type: object` and `properties` (annotations
//   aside), nothing `required`, no `additionalProperties: false`, no other
//   keyword that could refuse an object;
// - i's values are objects whose type openapi-typescript closes: `type:
//   object`, and nowhere in it (allOf, oneOf, anyOf, `$ref`s) an
//   `additionalProperties` or `patternProperties` that would admit keys it does
//   not declare;
// - every property j declares, i declares with the same schema or not at all;
//   and where i does not, every other branch that declares it declares the
//   same schema as j. A value of i holds such a property only as TypeScript
//   lets it, valid against a branch that declares it (type-fit.ts), and so
//   valid against j's.
import { holdsData, isSchemaObject, sameJson, typesOf, type Schema } from "./schema-reading.js";

/** Keywords a plain open object may carry beside `type` and `properties`: none refuses a value. */
const ANNOTATIONS = new Set(["title", "description", "default", "deprecated", "readOnly", "writeOnly", "externalDocs", "xml", "nullable", "$comment"]);
/** How deep `declaredProperties` follows allOf, oneOf, anyOf and `$ref`s before it gives up (and says "open"). */
const MAX_DEPTH = 32;
/**
 * The most branches a oneOf may have for the test to run: it compares every branch with every other, so a hostile
 * spec's 100,000 branches would cost 10^10 comparisons. Past it no branch is named (its values stay "missing").
 */
const MAX_BRANCHES = 256;

export class ShadowedBranches {
  private readonly known = new WeakMap<Schema, ReadonlySet<unknown>>();

  constructor(private readonly resolve: (schema: Schema) => Schema) {}

  /** The branches of `schema`'s oneOf that another branch holds every value of (empty when it has no oneOf). */
  of(schema: Schema): ReadonlySet<unknown> {
    let found = this.known.get(schema);
    if (found) return found;
    found = new Set();
    const branches = Array.isArray(schema.oneOf) ? (schema.oneOf as unknown[]) : [];
    if (branches.length > 1 && branches.length <= MAX_BRANCHES) {
      const resolved = branches.map((branch) => (isSchemaObject(branch) ? this.resolve(branch) : undefined));
      const declared = resolved.map((branch) => (branch ? this.declaredProperties(branch) : undefined));
      for (let i = 0; i < branches.length; i += 1) {
        const own = declared[i];
        if (!own || !isObjectType(resolved[i]!)) continue;
        const shadowed = resolved.some((holder, j) => j !== i && holder !== undefined && this.holdsAll(holder, own, j, resolved, declared));
        if (shadowed) (found as Set<unknown>).add(branches[i]);
      }
    }
    this.known.set(schema, found);
    return found;
  }

  /** Whether no value matches `schema`'s oneOf: it has two branches or more, each shadowed by another. */
  holdsNone(schema: Schema): boolean {
    const branches = Array.isArray(schema.oneOf) ? (schema.oneOf as unknown[]) : [];
    return branches.length > 1 && this.of(schema).size === branches.length;
  }

  /** Whether branch `j` (`holder`) holds every value of a closed object type declaring `own`. */
  private holdsAll(
    holder: Schema,
    own: ReadonlyMap<string, Schema[]>,
    j: number,
    branches: ReadonlyArray<Schema | undefined>,
    declared: ReadonlyArray<ReadonlyMap<string, Schema[]> | undefined>,
  ): boolean {
    if (!isPlainOpenObject(holder)) return false;
    for (const [name, schema] of Object.entries(holder.properties as Record<string, unknown>)) {
      const mine = own.get(name);
      if (mine) {
        if (!mine.every((other) => this.same(other, schema))) return false;
        continue;
      }
      // Held only as TypeScript checks it: against the branches that declare it, which must all agree with j.
      for (let k = 0; k < branches.length; k += 1) {
        const branch = branches[k];
        if (k === j || branch === undefined) continue;
        // An open branch other than a plain object may declare it anywhere: nothing is sure.
        const closed = declared[k];
        const theirs = closed ? (closed.get(name) ?? []) : isPlainOpenObject(branch) ? [branch.properties[name]].filter(isSchemaObject) : undefined;
        if (!theirs || !theirs.every((other) => this.same(other, schema))) return false;
      }
    }
    return true;
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

  private same(a: Schema, b: unknown): boolean {
    return isSchemaObject(b) && (a === b || this.resolve(a) === this.resolve(b) || sameJson(a, b));
  }
}

/** `type: object` and properties, nothing required, open, and no keyword that could refuse an object. */
function isPlainOpenObject(schema: Schema): boolean {
  if (!typesOf(schema).includes("object") || !isSchemaObject(schema.properties)) return false;
  if (Array.isArray(schema.required) && schema.required.length > 0) return false;
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) return false;
  return Object.keys(schema).every((key) => key === "type" || key === "properties" || key === "required" || key === "additionalProperties" || ANNOTATIONS.has(key) || holdsData(key));
}

/** Whether every value of `schema` is an object: `type: object`, and no other type beside it. */
function isObjectType(schema: Schema): boolean {
  const types = typesOf(schema);
  return types.length === 1 && types[0] === "object";
}
