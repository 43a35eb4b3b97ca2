// The generator's intermediate model: a small plain description of an API's
// operations and schemas, built once from the bundled document. Emitters read
// only this (and the document for schemas), never the raw YAML.
import type { OpenApiDocument } from "./bundle.js";
import { deriveOperationName, disambiguate, toIdentifier } from "./names.js";
import { pointer, type Warnings } from "./problems.js";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

type Json = Record<string, any>;

export interface ParameterModel {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: Json | undefined;
  example: unknown;
  hasExample: boolean;
  /** Described by `content` rather than `schema`: the value travels serialized, and openapi-typescript types it as a string. */
  serialized: boolean;
}

export interface MediaModel {
  mediaType: string;
  schema: Json | undefined;
  /** Named and single examples, resolved, in the spec's order. */
  examples: Array<{ name: string; value: unknown }>;
}

export interface ResponseModel {
  /** `200`, `4XX`, `default`. */
  status: string;
  description: string;
  content: MediaModel[];
}

export interface OperationModel {
  /** The name the client uses: the operation id made a valid identifier, or one derived from method and path. */
  name: string;
  /** The spec's operationId, if it has one. */
  operationId: string | undefined;
  method: HttpMethod;
  path: string;
  summary: string | undefined;
  description: string | undefined;
  deprecated: boolean;
  tags: string[];
  parameters: ParameterModel[];
  requestBody: { required: boolean; content: MediaModel[] } | undefined;
  responses: ResponseModel[];
}

export interface ApiModel {
  title: string;
  version: string;
  operations: OperationModel[];
  /** Names of `components.schemas`, sorted. */
  schemaNames: string[];
}

/** Follows local `$ref`s to the node they name; a cycle or a dangling ref is an error. */
export function resolveRef<T = Json>(document: OpenApiDocument, node: unknown): T {
  let current = node as Json;
  const seen = new Set<string>();
  while (current && typeof current === "object" && typeof current.$ref === "string") {
    const ref: string = current.$ref;
    if (!ref.startsWith("#/")) throw new Error(`Unsupported non-local $ref ${ref}`);
    if (seen.has(ref)) throw new Error(`$ref cycle at ${ref}`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split("/")
      .map((part) => safeDecode(part).replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<Json>((parent, key) => parent?.[key], document as Json);
    if (current === undefined) throw new Error(`$ref ${ref} points at nothing`);
  }
  return current as T;
}

/** A pointer segment's percent-escapes decoded; a segment that is not valid percent-encoding is taken as it is. */
function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function mediaModels(document: OpenApiDocument, content: Json | undefined): MediaModel[] {
  return Object.entries(content ?? {})
    .map(([mediaType, media]: [string, Json]) => {
      const examples: MediaModel["examples"] = [];
      if (media.example !== undefined) examples.push({ name: "example", value: media.example });
      for (const [name, example] of Object.entries(media.examples ?? {})) {
        const resolved = resolveRef(document, example);
        if (resolved.value !== undefined) examples.push({ name, value: resolved.value });
      }
      return { mediaType, schema: media.schema, examples };
    });
}

function parameterModels(document: OpenApiDocument, pathItem: Json, operation: Json): ParameterModel[] {
  const byKey = new Map<string, ParameterModel>();
  for (const raw of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolveRef(document, raw);
    const schema = parameter.schema ?? (Object.values(parameter.content ?? {}) as Json[])[0]?.schema;
    const example =
      parameter.example ?? (parameter.examples ? resolveRef(document, Object.values(parameter.examples)[0]).value : undefined);
    // An operation's parameter overrides a path item's parameter of the same name and place.
    byKey.set(`${parameter.in}:${parameter.name}`, {
      name: parameter.name,
      in: parameter.in,
      required: parameter.in === "path" || parameter.required === true,
      schema,
      example,
      hasExample: example !== undefined,
      serialized: parameter.schema === undefined && parameter.content !== undefined,
    });
  }
  return [...byKey.values()];
}

export function buildModel(document: OpenApiDocument, warnings?: Warnings): ApiModel {
  const info = (document.info ?? {}) as Json;
  const found: Array<Omit<OperationModel, "name">> = [];
  const paths = Object.keys(document.paths ?? {}).sort();
  for (const path of paths) {
    const pathItem = resolveRef(document, (document.paths as Json)[path]);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method] as Json | undefined;
      if (!operation) continue;
      const requestBody = operation.requestBody ? resolveRef(document, operation.requestBody) : undefined;
      found.push({
        operationId: typeof operation.operationId === "string" ? operation.operationId : undefined,
        method,
        path,
        summary: operation.summary,
        description: operation.description,
        deprecated: operation.deprecated === true,
        tags: operation.tags ?? [],
        parameters: parameterModels(document, pathItem, operation),
        requestBody: requestBody
          ? { required: requestBody.required === true, content: mediaModels(document, requestBody.content) }
          : undefined,
        responses: Object.entries(operation.responses ?? {})
          .map(([status, raw]) => {
            const response = resolveRef(document, raw);
            return { status, description: response.description ?? "", content: mediaModels(document, response.content) };
          })
          .sort((a, b) => a.status.localeCompare(b.status)),
      });
    }
  }
  // Names are claimed in order of how literally they come from the spec: ids that are
  // already identifiers, then ids that had to be escaped, then names derived from paths.
  const rank = (op: (typeof found)[number]) => (!op.operationId ? 2 : toIdentifier(op.operationId) === op.operationId ? 0 : 1);
  const ordered = [0, 1, 2].flatMap((wanted) => found.filter((op) => rank(op) === wanted));
  const names = disambiguate(ordered, (op) => (op.operationId ? toIdentifier(op.operationId) : deriveOperationName(op.method, op.path)));
  for (const op of found) {
    const name = names.get(op)!;
    if (op.operationId !== undefined && name !== op.operationId) {
      warnings?.at("name", pointer("paths", op.path, op.method, "operationId"), `operationId ${JSON.stringify(op.operationId)} is not a usable identifier; the client calls it \`${name}\``);
    }
  }
  return {
    title: String(info.title ?? "API"),
    version: String(info.version ?? ""),
    operations: found.map((op) => ({ ...op, name: names.get(op)! })),
    schemaNames: Object.keys(document.components?.schemas ?? {}).sort(),
  };
}
