// The wire form of a clean value: what impact.com would send for it, following
// the document's x-wire-format flags. The inverse of the client's normalizer;
// the generator's wire fixtures and the mock's answers both come from here.
import { resolveLocalRef as resolveRef } from "./json-ref.js";
import type { WireFormat } from "./wire-format.js";

type Schema = Record<string, any>;
type OpenApiDocument = Record<string, any>;


/** Properties and required names of an object schema, allOf members included. */
function objectShape(schema: Schema, document: OpenApiDocument): { properties: Record<string, Schema>; required: Set<string> } {
  const properties: Record<string, Schema> = {};
  const required = new Set<string>();
  const visit = (node: Schema | undefined) => {
    if (!node || typeof node !== "object") return;
    const resolved = resolveRef<Schema>(document, node);
    Object.assign(properties, resolved.properties ?? {});
    for (const name of resolved.required ?? []) required.add(name);
    for (const member of resolved.allOf ?? []) visit(member);
  };
  visit(schema);
  return { properties, required };
}

function typeOf(schema: Schema | undefined): string | undefined {
  const type = schema?.type;
  return Array.isArray(type) ? type.find((entry: string) => entry !== "null") : type;
}

export function toWireValue(value: unknown, rawSchema: Schema | undefined, document: OpenApiDocument, format: WireFormat): unknown {
  const schema = rawSchema ? resolveRef<Schema>(document, rawSchema) : undefined;
  if (value === null || value === undefined) return value;
  if (typeof value === "number") {
    if (!format.scalarsAsStrings) return value;
    // Decimals travel with two places ("5.00"), as impact.com's examples show.
    return typeOf(schema) === "number" && Number.isInteger(value * 100) ? value.toFixed(2) : String(value);
  }
  if (typeof value === "boolean") return format.scalarsAsStrings ? String(value) : value;
  if (Array.isArray(value)) return value.map((item) => toWireValue(item, schema?.items, document, format));
  if (typeof value === "object") {
    const { properties, required } = schema ? objectShape(schema, document) : { properties: {}, required: new Set<string>() };
    const result: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) result[name] = toWireValue(item, properties[name], document, format);
    if (format.emptyStringIsAbsent) {
      for (const [name, property] of Object.entries(properties)) {
        if (name in result || required.has(name)) continue;
        // impact.com sends an absent scalar as "" and an absent list as [] (where a list may be empty).
        const resolved = resolveRef<Schema>(document, property);
        result[name] = typeOf(resolved) === "array" && !(resolved.minItems > 0) ? [] : "";
      }
    }
    return result;
  }
  return value;
}
