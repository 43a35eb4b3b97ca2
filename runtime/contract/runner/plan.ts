// What the runner knows about one operation before it sends anything: the
// bundled spec, the validators, how to encode a request (form or JSON body,
// array query style, the server path with the account SID), the documented
// answers (statuses, content types, headers, links) and the spec's own request
// examples.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { resolveLocalRef } from "../../json-ref.js";
import type { JsonSchema } from "../../wire-format.js";
import type { OperationSpec } from "../operation-spec.js";
import { createValidators, type Validators } from "../validators.js";

export type Json = Record<string, any>;

// runtime/contract/runner/ in the repository, dist/package/runtime/contract/runner/ in the package.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** A request before encoding, in the shape `validateRequest` takes. */
export interface ApiRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body?: unknown;
}

/** An OpenAPI link from a documented answer to the next operation: parameter name → runtime expression. */
export interface Link {
  name: string;
  operationId: string;
  parameters: Record<string, string>;
}

export interface DocumentedAnswer {
  /** Media types of the body (empty when the answer has none). */
  contentTypes: string[];
  headers: Record<string, { required: boolean; schema: JsonSchema | undefined }>;
  links: Link[];
}

/** One operation of one API, with what the runner needs to generate, encode and judge its requests. */
export interface OperationPlan {
  api: string;
  document: Json;
  validators: Validators;
  operation: OperationSpec;
  serverPath: string;
  /** The `IR-Version` every request carries: the API's major version (`v14` → `14`). */
  irVersion: string | undefined;
  formBody: boolean;
  /** Array query parameters sent as `a,b` rather than repeated keys (`explode: false`). */
  commaSeparated: ReadonlySet<string>;
  answers: Record<string, DocumentedAnswer>;
  /** For a paged list: the property holding the page's items. */
  itemsKey: string | undefined;
  fixtures: ApiRequest[];
}

export function planApi(api: string, accountSid: string): OperationPlan[] {
  const specFile = path.join(ROOT, "generated", api, "openapi.clean.json"); // the clean view, with its x-wire-format
  let document: Json;
  try {
    document = JSON.parse(readFileSync(specFile, "utf8")) as Json;
  } catch {
    throw new Error(`no API "${api}" (looked for ${path.relative(process.cwd(), specFile)})`);
  }
  const validators = createValidators(document);
  const fixtures = readFixtures(path.join(ROOT, "generated", api, "fixtures", "requests.json"));
  const serverPath = serverPathOf(document, accountSid);
  const irVersion = /(\d+)/.exec(String(document.info?.version ?? ""))?.[1];
  return [...validators.operations.values()].map((operation) => {
    const rawItem = resolve(document, document.paths[operation.path]);
    const rawOperation = resolve(document, rawItem[operation.method.toLowerCase()]);
    const content = rawOperation.requestBody ? (resolve(document, rawOperation.requestBody).content as Json | undefined) ?? {} : {};
    const commaSeparated = new Set<string>();
    for (const raw of [...(rawItem.parameters ?? []), ...(rawOperation.parameters ?? [])]) {
      const parameter = resolve(document, raw);
      if (parameter.in === "query" && parameter.explode === false) commaSeparated.add(parameter.name as string);
    }
    const answers: Record<string, DocumentedAnswer> = {};
    for (const [status, raw] of Object.entries((rawOperation.responses ?? {}) as Json)) answers[status] = documentedAnswer(document, resolve(document, raw));
    const plan: OperationPlan = {
      api,
      document,
      validators,
      operation,
      serverPath,
      irVersion,
      formBody: "application/x-www-form-urlencoded" in content,
      commaSeparated,
      answers,
      itemsKey: itemsKeyOf(document, operation),
      // A fixture the validators reject would make a check blame the server for the runner's input.
      fixtures: (fixtures[operation.operationId] ?? []).filter((fixture) => validators.validateRequest(operation.operationId, fixture).length === 0),
    };
    return plan;
  });
}

function documentedAnswer(document: Json, response: Json): DocumentedAnswer {
  const headers: DocumentedAnswer["headers"] = {};
  for (const [name, raw] of Object.entries((response.headers ?? {}) as Json)) {
    const header = resolve(document, raw);
    headers[name] = { required: header.required === true, schema: header.schema as JsonSchema | undefined };
  }
  const links: Link[] = Object.entries((response.links ?? {}) as Json).flatMap(([name, raw]) => {
    const link = resolve(document, raw);
    return typeof link.operationId === "string" ? [{ name, operationId: link.operationId, parameters: (link.parameters ?? {}) as Record<string, string> }] : [];
  });
  return { contentTypes: Object.keys((response.content ?? {}) as Json), headers, links };
}

/** A paged list answers an object with `@nextpageuri` and one array: that array's name. */
function itemsKeyOf(document: Json, operation: OperationSpec): string | undefined {
  if (operation.method !== "GET") return undefined;
  const schema = mergedObject(document, operation.responses["200"]?.schema);
  const properties = (schema.properties ?? {}) as Json;
  if (!("@nextpageuri" in properties)) return undefined;
  return Object.keys(properties).find((name) => resolve(document, properties[name]).type === "array");
}

/** An object schema with its `allOf` parts folded in (the paged-list pattern). */
export function mergedObject(document: Json, schema: unknown): Json {
  const resolved = resolve(document, schema);
  if (!Array.isArray(resolved.allOf)) return resolved;
  const properties: Json = { ...(resolved.properties ?? {}) };
  for (const part of resolved.allOf as unknown[]) Object.assign(properties, mergedObject(document, part).properties ?? {});
  return { ...resolved, properties };
}

function readFixtures(file: string): Record<string, ApiRequest[]> {
  let raw: Record<string, Array<{ path?: Json; query?: Json; body?: unknown }>>;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return {};
  }
  return Object.fromEntries(
    Object.entries(raw).map(([operationId, entries]) => [
      operationId,
      entries.map((entry) => ({ path: entry.path ?? {}, query: entry.query ?? {}, ...(entry.body === undefined ? {} : { body: entry.body }) })),
    ]),
  );
}

/** The path part of the first server URL with its variables filled in: `/Advertisers/IRcontract`. */
function serverPathOf(document: Json, accountSid: string): string {
  const server = (document.servers as Json[] | undefined)?.[0];
  if (!server) return "";
  const variables = (server.variables ?? {}) as Record<string, { default?: string }>;
  const filled = (server.url as string).replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(name === "AccountSID" ? accountSid : variables[name]?.default ?? ""),
  );
  const pathname = /^[a-z][a-z0-9+.-]*:\/\//i.test(filled) ? new URL(filled).pathname : filled;
  return pathname.replace(/\/+$/, "");
}

/** The node a `$ref` names, or an empty schema where it names nothing. */
export function resolve(document: Json, node: unknown): Json {
  return resolveLocalRef<Json | undefined>(document, node) ?? {};
}

export interface EncodedRequest {
  url: string;
  body?: string;
  contentType?: string;
}

/** The URL and body of a request, encoded as the spec documents. */
export function encodeRequest(baseUrl: string, plan: OperationPlan, request: ApiRequest): EncodedRequest {
  const pathname = plan.operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(scalarText(request.path[name])));
  const query = new URLSearchParams();
  for (const parameter of plan.operation.parameters) {
    if (parameter.in !== "query") continue;
    const value = request.query[parameter.name];
    if (value === undefined) continue;
    if (Array.isArray(value) && plan.commaSeparated.has(parameter.name)) query.append(parameter.name, value.map(scalarText).join(","));
    else if (Array.isArray(value)) for (const item of value) query.append(parameter.name, scalarText(item));
    else query.append(parameter.name, scalarText(value));
  }
  const search = query.toString();
  const url = `${baseUrl}${plan.serverPath}${pathname}${search ? `?${search}` : ""}`;
  if (request.body === undefined) return { url };
  if (!plan.formBody) return { url, body: JSON.stringify(request.body), contentType: "application/json" };
  const form = new URLSearchParams();
  const fields = request.body && typeof request.body === "object" && !Array.isArray(request.body) ? Object.entries(request.body) : [];
  for (const [name, value] of fields) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) form.append(name, scalarText(item));
    else form.append(name, scalarText(value));
  }
  return { url, body: form.toString(), contentType: "application/x-www-form-urlencoded" };
}

// Form fields and URLs carry text only; an object has no form encoding in the
// spec, so it travels as JSON rather than as "[object Object]".
function scalarText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** 32-bit FNV-1a: each check gets its own seed, so selecting fewer APIs or operations replays the same requests. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
