import type { OpenApiDocument } from "../../generator/bundle.js";
import { resolveRef } from "../../generator/model.js";
import type { JsonSchema } from "../../runtime/wire-format.js";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** A document with named schemas and no paths: what the generator's schema-level parts take. */
export function documentWith(schemas: Record<string, unknown>, openapi = "3.1.0"): OpenApiDocument {
  return { openapi, info: { title: "T", version: "1" }, paths: {}, components: { schemas } };
}

type Node = Record<string, any>;

export interface OperationEntry {
  method: string;
  path: string;
  /** The path with the server URL's path in front: what goes on the wire. */
  fullPath: string;
  operation: Node;
  pathItem: Node;
}

/** Follows a local `$ref` (`#/components/...`) to the node it names: the generator's own resolver. */
export const resolve = resolveRef;

export function operations(document: OpenApiDocument): OperationEntry[] {
  const serverPath = new URL(((document.servers as Node[])[0]!.url as string).replace(/[{}]/g, "")).pathname.replace(
    /\/$/,
    "",
  );
  const serverTemplate = decodeURI(serverPath).replace("AccountSID", "{AccountSID}");
  const entries: OperationEntry[] = [];
  for (const [path, pathItem] of Object.entries((document.paths ?? {}) as Record<string, Node>)) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (operation) entries.push({ method, path, fullPath: serverTemplate + path, operation, pathItem });
    }
  }
  return entries;
}

/** Every parameter of an operation, path-level ones included, resolved. */
export function parametersOf(document: OpenApiDocument, entry: OperationEntry): Node[] {
  return [...(entry.pathItem.parameters ?? []), ...(entry.operation.parameters ?? [])].map((parameter) =>
    resolve(document, parameter),
  );
}

export function responseSchema(document: OpenApiDocument, operationId: string, status: string): JsonSchema {
  const entry = operations(document).find((candidate) => candidate.operation.operationId === operationId);
  if (!entry) throw new Error(`No operation ${operationId}`);
  const response = resolve(document, entry.operation.responses[status]);
  const schema = response?.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`${operationId} has no JSON schema for ${status}`);
  return schema as JsonSchema;
}

export interface ExampleEntry {
  /** Where the example sits, for messages. */
  where: string;
  schema: JsonSchema;
  value: unknown;
}

/**
 * Every example in a bundled document with the schema it illustrates: media type
 * examples (named and single), parameter and header examples, and `example`
 * keywords on schemas.
 */
export function examplesOf(document: OpenApiDocument): ExampleEntry[] {
  const found: ExampleEntry[] = [];
  const fromHolder = (where: string, holder: Node, schema: JsonSchema | undefined) => {
    if (!schema) return;
    if (holder.example !== undefined) found.push({ where: `${where} example`, schema, value: holder.example });
    for (const [name, example] of Object.entries((holder.examples ?? {}) as Record<string, unknown>)) {
      found.push({ where: `${where} examples.${name}`, schema, value: resolve(document, example).value });
    }
  };
  const visit = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) return node.forEach((entry, index) => visit(entry, `${pointer}/${index}`));
    if (!node || typeof node !== "object") return;
    const record = node as Node;
    const isMediaOrParameter = "schema" in record && ("examples" in record || "example" in record);
    if (isMediaOrParameter) fromHolder(pointer, record, record.schema);
    else if (record.example !== undefined && ("type" in record || "$ref" in record || "enum" in record)) {
      found.push({ where: `${pointer} example`, schema: stripExample(record), value: record.example });
    }
    for (const [key, value] of Object.entries(record)) {
      if (key !== "example" && key !== "examples") visit(value, `${pointer}/${key}`);
    }
  };
  visit(document, "#");
  return found;
}

function stripExample(schema: Node): JsonSchema {
  const { example: _example, ...rest } = schema;
  return rest;
}
