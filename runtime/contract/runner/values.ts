// Valid values from JSON Schemas, as fast-check arbitraries: what the runner
// sends as "valid" input, driven by the seed. Bounded everywhere (depth, array
// length, string length), and never a filtered arbitrary, which retries without bound.
import fc from "fast-check";
import type { JsonSchema } from "../../wire-format.js";
import type { ApiRequest, OperationPlan } from "./plan.js";
import { resolve, type Json } from "./plan.js";

type SchemaObject = { [keyword: string]: unknown };

const MAX_DEPTH = 6;
const EXTRA_STRING_LENGTH = 24;
// The longest string made from a pattern: `a{100000000}` would otherwise be built in full (3,000,000 took fast-check 5 s).
// Made strings are only generated, never matched here: the validators (runtime/safe-regex.ts) match them.
const MAX_PATTERN_STRING_LENGTH = 4096;
const MAX_ARRAY_ITEMS = 4;
const EARLIEST_DATE = Date.UTC(2000, 0, 1);
const LATEST_DATE = Date.UTC(2099, 11, 31);
// Offsets in minutes; impact.com's own examples use -07:00 and -08:00.
const OFFSETS = [0, -420, -480, 60, 330, -210];

// Mostly printable ASCII, with a few non-ASCII characters (one code point each,
// including one outside the BMP) so encoding and length counting get exercised.
const CHARACTER = fc.oneof(
  { weight: 19, arbitrary: fc.string({ minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom("é", "ß", "中", "😀") },
);

/** Valid requests of one operation: every path parameter, required query parameters, optional ones sometimes, and a body. */
export function requestArbitrary(plan: OperationPlan): fc.Arbitrary<ApiRequest> {
  const { document, operation } = plan;
  const pathModel: Record<string, fc.Arbitrary<unknown>> = {};
  const queryModel: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredQuery: string[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in === "path") pathModel[parameter.name] = schemaArbitrary(document, parameter.schema);
    if (parameter.in !== "query") continue;
    queryModel[parameter.name] = schemaArbitrary(document, nonEmptyArray(document, parameter.schema));
    if (parameter.required) requiredQuery.push(parameter.name);
  }
  const parts = {
    path: fc.record(pathModel),
    query: fc.record(queryModel, { requiredKeys: requiredQuery }),
  };
  const requestBody = operation.requestBody;
  if (!requestBody) return fc.record(parts) as fc.Arbitrary<ApiRequest>;
  const body = schemaArbitrary(document, requestBody.schema);
  return fc.record({ ...parts, body }, { requiredKeys: requestBody.required ? ["path", "query", "body"] : ["path", "query"] }) as fc.Arbitrary<ApiRequest>;
}

// An empty array puts nothing in the query string, so it would be sent as the
// parameter being absent while the validators judged it present; absence is
// generated on its own, so query arrays hold at least one item.
function nonEmptyArray(document: Json, schema: JsonSchema | undefined): JsonSchema | undefined {
  if (schema === undefined || typeof schema === "boolean") return schema;
  const resolved = resolve(document, schema);
  return typeOf(resolved) === "array" ? { ...resolved, minItems: Math.max(1, Number(resolved.minItems ?? 0)) } : schema;
}

/** Values valid against `schema`, built from type, enum, bounds, lengths, pattern, required and `date-time`. */
export function schemaArbitrary(document: Json, schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (schema === undefined || schema === true) return fc.oneof(fc.string({ maxLength: 8 }), fc.integer());
  if (schema === false || depth > MAX_DEPTH) return fc.constant(undefined);
  const resolved = mergeAllOf(document, resolve(document, schema));
  if ("const" in resolved) return fc.constant(resolved.const);
  if (Array.isArray(resolved.enum) && resolved.enum.length > 0) return fc.constantFrom(...(resolved.enum as unknown[]));
  const branches = (resolved.oneOf ?? resolved.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(branches) && branches.length > 0) return fc.oneof(...branches.map((branch) => schemaArbitrary(document, branch, depth + 1)));
  switch (typeOf(resolved)) {
    case "integer":
      return integerArbitrary(resolved);
    case "number":
      return numberArbitrary(resolved);
    case "boolean":
      return fc.boolean();
    case "array":
      return arrayArbitrary(document, resolved, depth);
    case "object":
      return objectArbitrary(document, resolved, depth);
    case "null":
      return fc.constant(null);
    default:
      return stringArbitrary(resolved);
  }
}

export function typeOf(schema: SchemaObject): string | undefined {
  const type = schema.type;
  if (Array.isArray(type)) return (type as string[]).find((entry) => entry !== "null") ?? "null";
  if (typeof type === "string") return type;
  if (schema.properties) return "object";
  if (schema.items) return "array";
  return undefined;
}

/** Folds `allOf` parts into one schema: the paged-list pattern and any request composed the same way. */
export function mergeAllOf(document: Json, schema: Json): Json {
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...rest } = schema;
  const merged: Json = { ...rest, properties: { ...(rest.properties ?? {}) }, required: [...(rest.required ?? [])] };
  for (const part of allOf as unknown[]) {
    const resolved = mergeAllOf(document, resolve(document, part));
    Object.assign(merged.properties, resolved.properties ?? {});
    merged.required.push(...(resolved.required ?? []));
    merged.type ??= resolved.type;
  }
  return merged;
}

export function bound(schema: SchemaObject, inclusive: string, exclusive: string, step: number): number | undefined {
  if (typeof schema[inclusive] === "number") return schema[inclusive] as number;
  if (typeof schema[exclusive] === "number") return (schema[exclusive] as number) + step;
  return undefined;
}

function integerArbitrary(schema: SchemaObject): fc.Arbitrary<number> {
  const wide = schema.format === "int64";
  const min = Math.ceil(bound(schema, "minimum", "exclusiveMinimum", 1) ?? (wide ? Number.MIN_SAFE_INTEGER : -(2 ** 31)));
  const max = Math.floor(bound(schema, "maximum", "exclusiveMaximum", -1) ?? (wide ? Number.MAX_SAFE_INTEGER : 2 ** 31 - 1));
  return fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) });
}

// Hundredths, not arbitrary doubles: a double like 1e-300 would travel as text
// no server (nor the validators' own coercion) reads as a plain decimal.
function numberArbitrary(schema: SchemaObject): fc.Arbitrary<number> {
  const min = bound(schema, "minimum", "exclusiveMinimum", 0.01) ?? -1e9;
  const max = bound(schema, "maximum", "exclusiveMaximum", -0.01) ?? 1e9;
  return fc.integer({ min: Math.ceil(min * 100), max: Math.floor(max * 100) }).map((hundredths) => hundredths / 100);
}

function stringArbitrary(schema: SchemaObject): fc.Arbitrary<string> {
  if (schema.format === "date-time") return dateTimeArbitrary();
  const minLength = typeof schema.minLength === "number" ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === "number" ? schema.maxLength : undefined;
  if (typeof schema.pattern === "string") {
    try {
      // No .filter for minLength: a filtered arbitrary retries without bound; the
      // property's precondition drops a string that comes out too short.
      // A pattern that needs more than that throws here, and plain strings stand in.
      return fc.stringMatching(new RegExp(schema.pattern), { maxLength: Math.min(maxLength ?? MAX_PATTERN_STRING_LENGTH, MAX_PATTERN_STRING_LENGTH) });
    } catch {
      // A pattern fast-check cannot invert falls through to plain strings; the
      // property's precondition drops any that do not match.
    }
  }
  const short = fc.string({ minLength, maxLength: Math.min(maxLength ?? Infinity, minLength + EXTRA_STRING_LENGTH), unit: CHARACTER });
  if (maxLength === undefined || maxLength <= minLength + EXTRA_STRING_LENGTH) return short;
  // The longest allowed value is where servers with a smaller column truncate or fail.
  return fc.oneof({ weight: 5, arbitrary: short }, { weight: 1, arbitrary: fc.string({ minLength: maxLength, maxLength, unit: CHARACTER }) });
}

function dateTimeArbitrary(): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: EARLIEST_DATE / 1000, max: LATEST_DATE / 1000 }), fc.constantFrom(...OFFSETS)).map(([seconds, offset]) => {
    const local = new Date((seconds + offset * 60) * 1000).toISOString().slice(0, 19);
    if (offset === 0) return `${local}Z`;
    const magnitude = Math.abs(offset);
    return `${local}${offset < 0 ? "-" : "+"}${String(Math.floor(magnitude / 60)).padStart(2, "0")}:${String(magnitude % 60).padStart(2, "0")}`;
  });
}

function arrayArbitrary(document: Json, schema: SchemaObject, depth: number): fc.Arbitrary<unknown[]> {
  const items = schemaArbitrary(document, schema.items as JsonSchema | undefined, depth + 1);
  const minLength = typeof schema.minItems === "number" ? schema.minItems : 0;
  const maxLength = Math.max(minLength, Math.min(typeof schema.maxItems === "number" ? schema.maxItems : MAX_ARRAY_ITEMS, MAX_ARRAY_ITEMS));
  return schema.uniqueItems === true
    ? fc.uniqueArray(items, { minLength, maxLength, selector: (item) => JSON.stringify(item) })
    : fc.array(items, { minLength, maxLength });
}

function objectArbitrary(document: Json, schema: SchemaObject, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const model = Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, schemaArbitrary(document, property, depth + 1)]));
  const required = ((schema.required ?? []) as string[]).filter((name) => name in model);
  const partial = fc.record(model, { requiredKeys: required });
  const minProperties = typeof schema.minProperties === "number" ? schema.minProperties : 0;
  if (minProperties <= required.length) return partial;
  // Top up from a complete record rather than filtering, so generation never
  // spins on a predicate (a filtered arbitrary retries without bound).
  return fc.tuple(partial, fc.record(model)).map(([some, all]) => {
    const value: Record<string, unknown> = { ...some };
    for (const [name, entry] of Object.entries(all)) {
      if (Object.keys(value).length >= minProperties) break;
      if (!(name in value)) value[name] = entry;
    }
    return value;
  });
}

