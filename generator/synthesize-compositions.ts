// Compositions: one value from the values made for the parts of an allOf, or
// for a oneOf or anyOf branch and the schema around it, by which part's schema
// says most; the enum values a composition refuses (no valid value shows
// them); and the discriminator value that names the branch picked.
import type { EnumCoverage } from "./enum-coverage.js";
import { setOwn } from "./names.js";
import { hasType, isSchemaObject, sameJson, typesOf, type Schema } from "./schema-reading.js";

/** How deep `refuseAcrossIndexes` compares a property's schema with the `additionalProperties` beside it. */
const MAX_INDEX_DEPTH = 8;

export class Compositions {
  private readonly refusalsChecked = new WeakSet<Schema>();

  /**
   * `coverage` gives where enum values are being recorded now (the synthesizer
   * swaps it to try a value); `refuse` notes an enum value, where it is
   * written, that no valid value can show, and why.
   */
  constructor(
    private readonly resolve: (schema: Schema) => Schema,
    private readonly coverage: () => EnumCoverage,
    private readonly refuse: (schema: Schema, value: unknown, reason: string) => void,
  ) {}

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
  merge(values: readonly unknown[], schemas: ReadonlyArray<Schema | boolean | undefined>, allOf: "no" | "parts" | "properties" = "no"): unknown {
    const present = values.map((value, index) => ({ value, schema: schemas[index] })).filter((part) => part.value !== undefined);
    if (present.length <= 1) return present[0]?.value;
    if (present.every((part) => isSchemaObject(part.value))) {
      const merged: Record<string, unknown> = {};
      const keys = new Set(present.flatMap((part) => Object.keys(part.value as object)));
      for (const key of keys) {
        const holders = present.filter((part) => Object.hasOwn(part.value as object, key));
        const value = this.merge(
          holders.map((part) => (part.value as Record<string, unknown>)[key]),
          holders.map((part) => this.propertySchema(part.schema, key)),
          allOf === "no" ? "no" : "properties",
        );
        setOwn(merged, key, value);
        // A part that left the property out (a lean variant's) still has its enum shown by the value another part gave
        // it: GitHub's check-run update says `status` is queued, in_progress or completed, and its branches which.
        for (const part of present) {
          if (holders.includes(part)) continue;
          const declared = this.propertySchema(part.schema, key);
          const resolved = isSchemaObject(declared) ? this.resolve(declared) : undefined;
          if (resolved && Array.isArray(resolved.enum) && resolved.enum.some((option: unknown) => sameJson(option, value))) this.coverage().record(resolved, value);
        }
      }
      return merged;
    }
    if (present.every((part) => Array.isArray(part.value))) {
      // Item by item, each part's items schema saying what its item is (a bare `items: {type: object}` beside a full one).
      const length = Math.max(...present.map((part) => (part.value as unknown[]).length));
      return Array.from({ length }, (_, index) => {
        const holders = present.filter((part) => index < (part.value as unknown[]).length);
        return this.merge(
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
        this.coverage().forget(schema, part.value);
        if (schema.enum.some((option: unknown) => sameJson(option, value))) this.coverage().record(schema, value);
      }
      // Values of an enum written here that another part's enum refuses: no valid value shows them.
      if (allOf !== "no" && isSchemaObject(part.schema) && !("$ref" in part.schema)) {
        for (const option of schema.enum as unknown[]) {
          if (enums.some((other, at) => other && at !== index && !other.enum.some((candidate: unknown) => sameJson(candidate, option)))) this.refuse(schema, option, "another allOf part's enum does not list it");
        }
      }
    });
    return value;
  }



  /**
   * Values of an enum property written beside a oneOf or anyOf that every
   * branch refuses (each gives that property an enum without them): no valid
   * value shows them (GitHub's check-run `status`, which its branches limit to
   * completed, queued and in_progress).
   */
  refuseOutsideBranches(rest: Schema, branches: readonly unknown[]): void {
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
      for (const option of property.enum as unknown[]) if (!allowed.some((value) => sameJson(value, option))) this.refuse(property, option, "no oneOf or anyOf branch beside it lists it");
    }
  }

  /**
   * Values of an enum below a property one allOf part declares that another part's `additionalProperties` gives an
   * enum without them: JSON Schema checks every property that part does not declare against its
   * `additionalProperties`, so the value must be in both enums (Zuora's custom object definition: its system fields
   * say `origin` is "system", and the map part beside them says every field's `origin` is "custom").
   */
  refuseAcrossIndexes(allOf: Schema, parts: ReadonlyArray<Schema | boolean | undefined>): void {
    if (this.indexesChecked.has(allOf)) return;
    this.indexesChecked.add(allOf);
    const resolved = parts.map((part) => (isSchemaObject(part) ? this.resolve(part) : undefined));
    for (const declaring of resolved) {
      const properties = declaring && isSchemaObject(declaring.properties) ? declaring.properties : undefined;
      if (!properties) continue;
      for (const other of resolved) {
        if (!other || other === declaring || other.patternProperties !== undefined || !isSchemaObject(other.additionalProperties)) continue;
        const index = this.resolve(other.additionalProperties);
        const theirs = isSchemaObject(other.properties) ? other.properties : {};
        for (const [name, property] of Object.entries(properties)) {
          if (!Object.hasOwn(theirs, name) && isSchemaObject(property)) this.refuseOutside(this.resolve(property), index, 0);
        }
      }
    }
  }

  private readonly indexesChecked = new WeakSet<Schema>();

  /** Refuses the values of enums in `schema` (and its properties') that `limit`'s enum at the same place leaves out. */
  private refuseOutside(schema: Schema, limit: Schema, depth: number): void {
    if (depth > MAX_INDEX_DEPTH || !isSchemaObject(schema) || !isSchemaObject(limit)) return;
    if (Array.isArray(schema.enum) && Array.isArray(limit.enum)) {
      for (const option of schema.enum as unknown[]) {
        if (!(limit.enum as unknown[]).some((allowed) => sameJson(allowed, option))) this.refuse(schema, option, "another allOf part's additionalProperties gives it an enum without it");
      }
    }
    if (!isSchemaObject(schema.properties) || !isSchemaObject(limit.properties)) return;
    for (const [name, property] of Object.entries(schema.properties)) {
      const limiting = limit.properties[name];
      if (isSchemaObject(property) && isSchemaObject(limiting)) this.refuseOutside(this.resolve(property), this.resolve(limiting), depth + 1);
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
}

/** The discriminator value that names `branch`: its mapping key, else the name its `$ref` ends in; none for an inline branch. */
export function discriminatorValue(discriminator: Schema, branch: Schema): string | undefined {
  const ref = branch.$ref as string | undefined;
  for (const [key, target] of Object.entries((discriminator.mapping ?? {}) as Record<string, string>)) {
    // A mapping value is a reference or, as OpenAPI also allows, a bare schema name.
    if (target === ref || (ref !== undefined && !String(target).includes("/") && ref === `#/components/schemas/${target}`)) return key;
  }
  return ref ? ref.slice(ref.lastIndexOf("/") + 1) : undefined;
}
