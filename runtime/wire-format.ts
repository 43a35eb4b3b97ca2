/**
 * The wire rule. The spec's schemas give the clean types a client should see; the
 * root extension `x-wire-format` declares how impact.com's responses depart from
 * them on the wire. This module turns a clean schema into one that accepts the
 * wire form, flag by flag, so validators, fixtures and the client's normalizer all
 * apply one rule instead of per-field exceptions. spec/README.md documents it.
 */

export interface WireFormat {
  /** Integers, numbers and booleans may arrive as strings: `"7777777"`, `"5.00"`, `"false"`. */
  scalarsAsStrings: boolean;
  /** An optional property may arrive as `""` or `null`, meaning it is absent. */
  emptyStringIsAbsent: boolean;
  /** An enum value may arrive in another letter case: `"Product"` for `PRODUCT`. */
  enumsIgnoreCase: boolean;
  /** An array of scalars may arrive as a comma-separated string (`""` being empty). */
  arraysAsCommaSeparatedStrings: boolean;
  /** Objects may carry keys the spec does not document. */
  undocumentedProperties: boolean;
}

export const WIRE_FORMAT_FLAGS = [
  "scalarsAsStrings",
  "emptyStringIsAbsent",
  "enumsIgnoreCase",
  "arraysAsCommaSeparatedStrings",
  "undocumentedProperties",
] as const satisfies ReadonlyArray<keyof WireFormat>;

export type JsonSchema = boolean | { [keyword: string]: unknown };

export const INTEGER_STRING = "^-?[0-9]+$";
export const NUMBER_STRING = "^-?[0-9]+(?:\\.[0-9]+)?$";
export const BOOLEAN_STRING = caseInsensitivePattern(["true", "false"]);

/** The document's declared wire format, or undefined when it declares none (the spec is taken literally). */
export function readWireFormat(document: { [key: string]: unknown }): WireFormat | undefined {
  const declared = document["x-wire-format"];
  if (declared === undefined) return undefined;
  if (!declared || typeof declared !== "object") {
    throw new TypeError("x-wire-format must be an object of boolean flags");
  }
  const flags = declared as Record<string, unknown>;
  const format = {} as WireFormat;
  for (const flag of WIRE_FORMAT_FLAGS) format[flag] = flags[flag] === true;
  return format;
}

/** A pattern matching exactly one of `values`, ignoring letter case. */
export function caseInsensitivePattern(values: readonly string[]): string {
  const alternatives = values.map((value) =>
    [...value]
      .map((char) => {
        const lower = char.toLowerCase();
        const upper = char.toUpperCase();
        if (lower !== upper) return `[${upper}${lower}]`;
        return char.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
      })
      .join(""),
  );
  return `^(?:${alternatives.join("|")})$`;
}

function typesOf(schema: { [keyword: string]: unknown }): string[] {
  const type = schema.type;
  if (typeof type === "string") return [type];
  if (Array.isArray(type)) return type.filter((entry): entry is string => typeof entry === "string");
  return [];
}

const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;
const SUBSCHEMAS = ["items", "not", "if", "then", "else", "contains", "additionalProperties"] as const;

/**
 * The keyword `toWireSchema(…, { notes: true })` marks the subschemas it adds
 * with: on an alternative, what it lets through in words (so a validator can say
 * "on the wire: a string of digits" instead of quoting the pattern below); on
 * the `anyOf` around them, `true`. An annotation: it never changes what is valid.
 */
export const WIRE_NOTE = "x-wire-note";

/** What each wire alternative lets through, in words (the text of its WIRE_NOTE). */
export const WIRE_NOTES = {
  integer: "on the wire: a string of digits",
  number: "on the wire: a decimal string",
  boolean: 'on the wire: "true" or "false" in any letter case',
  enum: "any letter case on the wire",
  array: "on the wire: a comma-separated string",
  absent: '"" or null when absent',
} as const;

export interface WireSchemaOptions {
  /** Mark the added subschemas with WIRE_NOTE (the validators do; the published wire view does not). */
  notes?: boolean;
}

/** The schema that accepts what the service really sends for `schema`. `$ref`s are kept as they are. */
export function toWireSchema(schema: JsonSchema, format: WireFormat, options: WireSchemaOptions = {}): JsonSchema {
  if (typeof schema !== "object" || schema === null) return schema;
  const result: { [keyword: string]: unknown } = { ...schema };
  const noted = (added: { [keyword: string]: unknown }, note: string | true) => (options.notes ? { ...added, [WIRE_NOTE]: note } : added);

  for (const keyword of SUBSCHEMA_LISTS) {
    const list = result[keyword];
    if (Array.isArray(list)) result[keyword] = list.map((entry) => toWireSchema(entry as JsonSchema, format, options));
  }
  for (const keyword of SUBSCHEMAS) {
    const sub = result[keyword];
    if (sub !== undefined && typeof sub === "object") result[keyword] = toWireSchema(sub as JsonSchema, format, options);
  }

  const properties = result.properties;
  if (properties && typeof properties === "object") {
    const required = new Set(Array.isArray(result.required) ? (result.required as string[]) : []);
    result.properties = Object.fromEntries(
      Object.entries(properties as Record<string, JsonSchema>).map(([name, property]) => {
        const wire = toWireSchema(property, format, options);
        return [name, format.emptyStringIsAbsent && !required.has(name) ? noted({ anyOf: [wire, noted({ const: "" }, WIRE_NOTES.absent), noted({ type: "null" }, WIRE_NOTES.absent)] }, true) : wire];
      }),
    );
  }

  if (format.undocumentedProperties) {
    if (result.additionalProperties === false) delete result.additionalProperties;
    if (result.unevaluatedProperties === false) delete result.unevaluatedProperties;
  }

  const alternatives: JsonSchema[] = [];
  const types = typesOf(result);
  if (format.scalarsAsStrings) {
    if (types.includes("integer")) alternatives.push(noted({ type: "string", pattern: INTEGER_STRING }, WIRE_NOTES.integer));
    else if (types.includes("number")) alternatives.push(noted({ type: "string", pattern: NUMBER_STRING }, WIRE_NOTES.number));
    if (types.includes("boolean")) alternatives.push(noted({ type: "string", pattern: BOOLEAN_STRING }, WIRE_NOTES.boolean));
  }
  if (format.enumsIgnoreCase) {
    const values = Array.isArray(result.enum) ? result.enum : "const" in result ? [result.const] : [];
    const strings = values.filter((value): value is string => typeof value === "string");
    if (strings.length > 0) alternatives.push(noted({ type: "string", pattern: caseInsensitivePattern(strings) }, WIRE_NOTES.enum));
  }
  if (format.arraysAsCommaSeparatedStrings && types.includes("array")) {
    alternatives.push(noted({ type: "string" }, WIRE_NOTES.array));
  }
  return alternatives.length > 0 ? noted({ anyOf: [result, ...alternatives] }, true) : result;
}
