// What a JSON Schema's keywords say, read as synthesis and the fixture check
// need them; shared by the synthesizer's parts so that none imports another
// for a helper.

export type Schema = Record<string, any>;

/** Which way a value travels: readOnly properties are left out of requests, writeOnly ones out of responses. */
export type Direction = "request" | "response";

/** Keys whose values are data, never schemas: examples and vendor extensions (GitHub's x-github-breaking-changes holds patches). */
export function holdsData(key: string): boolean {
  return key === "example" || key === "examples" || key.startsWith("x-");
}

export function isSchemaObject(value: unknown): value is Schema {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === "object" && a !== null && typeof b === "object" && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

/** The types a schema's `type` names: none when it has no `type`. */
export function typesOf(schema: Schema): unknown[] {
  return schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
}

/** Whether `schema` is an enum none of whose values has the type beside it (Zoom's `tspId`: the numbers 1 and 2, typed string). */
export function enumHoldsNoValue(schema: unknown): boolean {
  if (!isSchemaObject(schema) || !Array.isArray(schema.enum) || schema.enum.length === 0) return false;
  const types = typesOf(schema);
  return types.length > 0 && !(schema.enum as unknown[]).some((option) => hasType(option, types, schema.nullable === true));
}

/** Whether `value` has one of `types` (any, when there are none); `nullable` (OpenAPI 3.0) adds null. */
export function hasType(value: unknown, types: unknown[], nullable: boolean): boolean {
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

/** The JSON Schema type of a JSON value ("integer" for whole numbers). */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

export function arrayOf(value: unknown): any[] {
  return Array.isArray(value) ? value : [];
}

/** The one type synthesis makes for a schema: a union's first that is not null, else what its keywords imply, else a string. */
export function pickType(schema: Schema): string {
  const type = schema.type;
  if (typeof type === "string") return type;
  if (Array.isArray(type)) return type.find((entry) => entry !== "null") ?? "null";
  if (schema.properties || schema.additionalProperties) return "object";
  if (schema.items) return "array";
  return "string";
}

/** A non-negative integer bound from a schema; anything else (a string, a negative number) reads as `fallback`. */
export function bound(value: unknown, fallback: number): number {
  return typeof value === "number" && value >= 0 ? Math.ceil(value) : fallback;
}
