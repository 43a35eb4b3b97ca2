// The generator's intermediate model: a small plain description of an API's
// operations and schemas, built once from the bundled document. Emitters read
// only this (and the document for schemas), never the raw YAML.
import type { OpenApiDocument } from "./bundle.js";
import { generatorNames } from "./generated-names.js";
import { collisionKey, deriveOperationName, disambiguate, isIdentifier, isIdentifierName, toIdentifier } from "./names.js";
import { pointer, type Warnings } from "./problems.js";
import { unescapePointerSegment } from "../runtime/json-pointer.js";

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
    // `#` (or nothing) names the whole document: nonsense as a schema, but not a crash.
    if (ref === "#" || ref === "") return document as T;
    if (!ref.startsWith("#/")) throw new Error(`Unsupported non-local $ref ${ref}`);
    if (seen.has(ref)) throw new Error(`$ref cycle at ${ref}`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split("/")
      .map((part) => unescapePointerSegment(safeDecode(part)))
      .reduce<Json>((parent, key) => parent?.[key], document as Json);
    if (current === undefined) throw new Error(`$ref ${ref} points at nothing`);
  }
  return current as T;
}

/** A pointer segment's percent-escapes decoded; a segment that is not valid percent-encoding is taken as it is. */
export function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

// The spec may break its structure (that is a warning, not a refusal), so every
// node is read as what it should be, and anything else is taken as absent.
function record(value: unknown): Json {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** A `$ref` followed, or `{}` where it leads nowhere usable (lint has reported it). */
function follow(document: OpenApiDocument, node: unknown): Json {
  try {
    return record(resolveRef(document, node));
  } catch {
    return {};
  }
}

function mediaModels(document: OpenApiDocument, content: unknown): MediaModel[] {
  return Object.entries(record(content)).map(([mediaType, raw]) => {
    const media = record(raw);
    const examples: MediaModel["examples"] = [];
    if (media.example !== undefined) examples.push({ name: "example", value: media.example });
    for (const [name, example] of Object.entries(record(media.examples))) {
      const resolved = follow(document, example);
      if (resolved.value !== undefined) examples.push({ name, value: resolved.value });
    }
    return { mediaType, schema: schemaOf(media.schema), examples };
  });
}

function schemaOf(value: unknown): Json | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : undefined;
}

const PLACES = new Set(["path", "query", "header", "cookie"]);

function parameterModels(document: OpenApiDocument, pathItem: Json, operation: Json): ParameterModel[] {
  const byKey = new Map<string, ParameterModel>();
  for (const raw of [...list(pathItem.parameters), ...list(operation.parameters)]) {
    const parameter = follow(document, raw);
    const name = text(parameter.name);
    if (name === undefined || !PLACES.has(parameter.in)) continue;
    const content = record(parameter.content);
    const schema = schemaOf(parameter.schema) ?? schemaOf(record(Object.values(content)[0]).schema);
    const example = parameter.example ?? (parameter.examples ? follow(document, Object.values(record(parameter.examples))[0]).value : undefined);
    // An operation's parameter overrides a path item's parameter of the same name and place.
    byKey.set(`${parameter.in}:${name}`, {
      name,
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

/**
 * `apiName` (`brand`) names the generated client (`createBrandClient`), whose names no
 * operation may take; without it, only the names every API's code declares are kept from operations.
 */
export function buildModel(document: OpenApiDocument, warnings?: Warnings, apiName?: string): ApiModel {
  const info = record(document.info);
  const found: FoundOperation[] = [];
  // Only `paths`: callbacks and webhooks are requests the API makes, not ones a
  // client sends, so they get types (schema.ts) but no client functions.
  const pathItems = record(document.paths);
  const paths = Object.keys(pathItems).sort();
  for (const path of paths) {
    const pathItem = follow(document, pathItems[path]);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation || typeof operation !== "object" || Array.isArray(operation)) continue;
      const requestBody = operation.requestBody ? follow(document, operation.requestBody) : undefined;
      found.push({
        operationId: typeof operation.operationId === "string" ? operation.operationId : undefined,
        method,
        path,
        summary: text(operation.summary),
        description: text(operation.description),
        deprecated: operation.deprecated === true,
        tags: list(operation.tags).filter((tag): tag is string => typeof tag === "string"),
        parameters: parameterModels(document, pathItem, operation),
        requestBody: requestBody
          ? { required: requestBody.required === true, content: mediaModels(document, requestBody.content) }
          : undefined,
        responses: Object.entries(record(operation.responses))
          .map(([status, raw]) => {
            const response = follow(document, raw);
            return { status, description: text(response.description) ?? "", content: mediaModels(document, response.content) };
          })
          .sort((a, b) => a.status.localeCompare(b.status)),
      });
    }
  }
  const names = operationNames(found, new Set(generatorNames(apiName)), warnings);
  return {
    title: String(info.title ?? "API"),
    version: String(info.version ?? ""),
    operations: found.map((op) => ({ ...op, name: names.get(op)! })),
    schemaNames: Object.keys(record(record(document.components).schemas)).sort(),
  };
}

type FoundOperation = Omit<OperationModel, "name">;

/**
 * The client's name for each operation: its id where that is an identifier the generated code
 * does not declare itself, else its id escaped, else one derived from method and path; `2`, `3`, …
 * after a name already taken. Each renamed id is a warning that names the new name.
 */
function operationNames(found: FoundOperation[], reserved: ReadonlySet<string>, warnings: Warnings | undefined): Map<FoundOperation, string> {
  // Names are claimed in order of how literally they come from the spec: ids that are
  // already identifiers, then ids that had to be escaped, then names derived from paths.
  const rank = (op: FoundOperation) => (!op.operationId ? 2 : toIdentifier(op.operationId) === op.operationId ? 0 : 1);
  const ordered = [0, 1, 2].flatMap((wanted) => found.filter((op) => rank(op) === wanted));
  const names = disambiguate(ordered, (op) => (op.operationId ? toIdentifier(op.operationId) : deriveOperationName(op.method, op.path)), reserved);
  const holders = new Map([...names.values()].map((name) => [collisionKey(name), name]));
  for (const op of found) {
    const name = names.get(op)!;
    const id = op.operationId;
    if (id === undefined || name === id) continue;
    const why = !isIdentifierName(id)
      ? "is not a TypeScript identifier"
      : !isIdentifier(id)
        ? "is a name JavaScript or TypeScript reserves"
        : reserved.has(id)
          ? "is a name the generated code declares itself"
          : `differs only in case or width from another operation's name, \`${holders.get(collisionKey(id)) ?? id}\``;
    warnings?.at("name", pointer("paths", op.path, op.method, "operationId"), `operationId ${JSON.stringify(id)} ${why}; the client calls it \`${name}\``);
  }
  return names;
}
