// A spec that breaks its own structure is generated from (lint has warned), so
// every schema keyword whose value has the wrong JSON type is dropped before
// types, client and fixtures are made: `required: 0`, `oneOf: {}`, `properties:
// "x"` say nothing usable. What is dropped, everything downstream reads as
// absent; the published openapi.json keeps the spec as it was written.
import type { OpenApiDocument } from "./bundle.js";
import { isJsonObject } from "../runtime/json-object.js";

type Json = Record<string, unknown>;

const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
const SCHEMA_LISTS = ["allOf", "oneOf", "anyOf", "prefixItems"];
const SCHEMA_SINGLES = ["items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedProperties", "unevaluatedItems", "additionalItems"];
const NUMBERS = ["minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "minContains", "maxContains"];
const BOOLEANS = ["readOnly", "writeOnly", "nullable", "uniqueItems", "deprecated"];
const TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);

function isSchema(value: unknown): boolean {
  return isJsonObject(value) || typeof value === "boolean";
}

/** Cleans one schema and everything below it; `seen` ends cycles (a document may share nodes). */
function cleanSchema(schema: unknown, seen: Set<object>): void {
  if (!isJsonObject(schema) || seen.has(schema)) return;
  seen.add(schema);
  if ("$ref" in schema && typeof schema.$ref !== "string") delete schema.$ref;
  if ("required" in schema) {
    if (Array.isArray(schema.required)) schema.required = schema.required.filter((name) => typeof name === "string");
    else delete schema.required;
  }
  if ("enum" in schema && (!Array.isArray(schema.enum) || schema.enum.length === 0)) delete schema.enum;
  if ("type" in schema) {
    const type = schema.type;
    if (Array.isArray(type)) {
      const known = type.filter((entry) => typeof entry === "string" && TYPES.has(entry));
      if (known.length) schema.type = known;
      else delete schema.type;
    } else if (typeof type !== "string" || !TYPES.has(type)) delete schema.type;
  }
  for (const key of NUMBERS) if (key in schema && (typeof schema[key] !== "number" || !Number.isFinite(schema[key]))) delete schema[key];
  if ("multipleOf" in schema && !(typeof schema.multipleOf === "number" && schema.multipleOf > 0 && Number.isFinite(schema.multipleOf))) delete schema.multipleOf;
  for (const key of ["exclusiveMinimum", "exclusiveMaximum"]) if (key in schema && typeof schema[key] !== "number" && typeof schema[key] !== "boolean") delete schema[key];
  for (const key of BOOLEANS) if (key in schema && typeof schema[key] !== "boolean") delete schema[key];
  if ("pattern" in schema && typeof schema.pattern !== "string") delete schema.pattern;
  if ("format" in schema && typeof schema.format !== "string") delete schema.format;
  if ("discriminator" in schema && !(isJsonObject(schema.discriminator) && typeof schema.discriminator.propertyName === "string")) delete schema.discriminator;
  if (isJsonObject(schema.discriminator) && "mapping" in schema.discriminator && !isJsonObject(schema.discriminator.mapping)) delete schema.discriminator.mapping;
  for (const key of SCHEMA_MAPS) {
    if (!(key in schema)) continue;
    const map = schema[key];
    if (!isJsonObject(map)) {
      delete schema[key];
      continue;
    }
    for (const [name, entry] of Object.entries(map)) {
      if (!isSchema(entry)) map[name] = {};
      else cleanSchema(entry, seen);
    }
  }
  for (const key of SCHEMA_LISTS) {
    if (!(key in schema)) continue;
    const list = schema[key];
    if (!Array.isArray(list) || list.length === 0) {
      delete schema[key];
      continue;
    }
    schema[key] = list.map((entry) => (isSchema(entry) ? entry : {}));
    for (const entry of schema[key] as unknown[]) cleanSchema(entry, seen);
  }
  for (const key of SCHEMA_SINGLES) {
    if (!(key in schema)) continue;
    if (!isSchema(schema[key])) delete schema[key];
    else cleanSchema(schema[key], seen);
  }
}

/**
 * Cleans, in place, every schema of `document`: the component schemas and each
 * `schema` of a parameter, header or media type, wherever it is.
 */
export function sanitizeSchemas(document: OpenApiDocument): void {
  const seen = new Set<object>();
  const components = document.components;
  if (isJsonObject(components) && isJsonObject(components.schemas)) {
    for (const [name, schema] of Object.entries(components.schemas)) {
      if (!isSchema(schema)) (components.schemas as Json)[name] = {};
      else cleanSchema(schema, seen);
    }
  }
  // Every `schema` key outside the schemas themselves: parameters, headers, media types.
  const visited = new Set<object>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== "object" || visited.has(node)) return;
    visited.add(node);
    if (Array.isArray(node)) return node.forEach(visit);
    const record = node as Json;
    for (const [key, value] of Object.entries(record)) {
      if (key === "example" || key === "examples" || key === "schemas") continue;
      if (key === "schema") {
        if (!isSchema(value)) delete record[key];
        else cleanSchema(value, seen);
      } else visit(value);
    }
  };
  visit(document.paths);
  visit(document.webhooks);
  visit(components);
}
