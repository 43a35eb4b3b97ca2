// Which parts of a synthesized value synthesis vouches for: those it makes
// exactly as their schema asks, and that fit openapi-typescript's type of it.
// The other parts (`Unvouched`) are checked against their own schemas
// (fixture-check.ts). Checking only those is what makes checking affordable:
// on GitHub's spec it took checking from 4.5 s to 2.5 s (generator/DESIGN.md).
import type { OpenApiDocument } from "./bundle.js";
import { arrayOf, hasType, isSchemaObject, jsonTypeOf, pickType, typesOf, type Direction, type Schema } from "./schema-reading.js";
import type { DiscriminatorTag } from "./type-fit.js";

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

export class Vouching {
  /** Per schema and direction, whether synthesis makes its values exactly (see `vouchesFor`). */
  private readonly vouched = { request: new WeakMap<Schema, boolean>(), response: new WeakMap<Schema, boolean>() };

  /** `tags`: the synthesizer's discriminator tags, which it adds to the objects it makes. */
  constructor(
    private readonly document: OpenApiDocument,
    private readonly resolve: (schema: Schema) => Schema,
    private readonly tags: () => Map<Schema, DiscriminatorTag>,
  ) {}

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
  vouchesFor(raw: Schema, schema: Schema, direction: Direction): boolean {
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
    const tag = this.tags().get(made)?.property;
    // Made-up keys are key1, key2…; a tagged schema also gets its discriminator property.
    const makes = (name: string) => Object.hasOwn(declared, name) || name === tag || (made.additionalProperties !== undefined && made.additionalProperties !== false && /^key\d+$/.test(name));
    return types.every((type) => {
      const overlaps = accepted.length === 0 || accepted.includes(type) || (type === "integer" && accepted.includes("number")) || (type === "number" && accepted.includes("integer"));
      if (!overlaps) return true;
      return type === "object" && arrayOf(other.required).some((name) => typeof name === "string" && !makes(name));
    });
  }

  /** In 3.1 a `$ref`'s siblings apply too (in 3.0 they are ignored), and synthesis follows the reference only. */
  siblingsConstrain(reference: Schema): boolean {
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
    if (this.tags().has(schema)) return false;
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

}

/** A oneOf or anyOf with nothing beside it that constrains a value (annotations, `nullable`): the value is one branch's. */
function isPureUnion(schema: Schema): boolean {
  if (Array.isArray(schema.oneOf) === Array.isArray(schema.anyOf)) return false;
  return Object.keys(schema).every((key) => key === "oneOf" || key === "anyOf" || key === "nullable" || ANNOTATIONS.has(key) || key.startsWith("x-"));
}
