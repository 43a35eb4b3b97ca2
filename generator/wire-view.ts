// The wire view of a spec that declares `x-wire-format`: the document tools that
// talk to the real service need (Prism, Schemathesis, ajv, a contract test), in
// plain JSON Schema 2020-12. The clean view (the bundle as written) keeps the
// types a client user should see; this one says what impact.com really sends.
//
// - Every response body schema, and every component schema a response reaches,
//   goes through the same rule the runtime applies (`toWireSchema`), so no tool
//   needs to know `x-wire-format`.
// - Requests stay strict: a component schema that both a request and a response
//   reach gets a clean twin, `<Name>Input` (FastAPI's convention for one model
//   split in two), which the request side refers to instead.
// - A response with a JSON body is documented in XML too: impact.com answers XML
//   unless the request accepts JSON. The XML elements are not documented, so the
//   XML body is only a string.
// - The root's `x-wire-format` becomes `x-wire-format-applied`: an annotation,
//   so a tool that reads the flag does not apply it a second time.
import { toWireSchema, type JsonSchema, type WireFormat } from "../runtime/wire-format.js";
import type { OpenApiDocument } from "./bundle.js";
import { isJsonObject } from "../runtime/json-object.js";
import { unescapePointerSegment } from "../runtime/json-pointer.js";

type Json = { [key: string]: any };

const SCHEMA_REF = "#/components/schemas/";
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json(?:;|$)/i;

/** The file name (without extension) the clean view is published under, beside the wire view's `openapi.json`. */
export const CLEAN_VIEW_NAME = "openapi.clean";

export const XML_BODY_DESCRIPTION =
  "The same answer as XML, which impact.com sends when the request does not accept `application/json`. Its elements are not documented; send `Accept: application/json`.";

/**
 * Calls `visit` on every `$ref` object below `node` (not inside `skip` keys), with
 * an explicit stack: a spec's nesting is bounded by limits.ts, and a loop, unlike
 * recursion or `push(...array)`, has no limit of its own on a large array.
 */
function eachRef(node: unknown, visit: (holder: Json, ref: string) => void, skip: ReadonlySet<string> = new Set()): void {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
    } else if (isJsonObject(current)) {
      for (const [key, value] of Object.entries(current)) {
        if (key === "$ref" && typeof value === "string") visit(current, value);
        else if (!skip.has(key)) stack.push(value);
      }
    }
  }
}

/** The names of component schemas `node` refers to, directly. */
function schemaRefs(node: unknown, into: Set<string>): Set<string> {
  eachRef(node, (_holder, ref) => {
    if (ref.startsWith(SCHEMA_REF)) into.add(unescapePointerSegment(decodeURIComponent(ref.slice(SCHEMA_REF.length))));
  });
  return into;
}

function resolveLocal(document: Json, node: unknown): unknown {
  // Bundled documents refer to components only; a chain of local refs is followed a bounded number of times.
  let current = node;
  for (let hops = 0; hops < 32 && isJsonObject(current) && typeof current.$ref === "string" && current.$ref.startsWith("#/"); hops++) {
    current = current.$ref
      .slice(2)
      .split("/")
      .reduce<unknown>((parent, key) => (isJsonObject(parent) ? parent[unescapePointerSegment(decodeURIComponent(key))] : undefined), document);
  }
  return current;
}

/** Every component schema reachable from `roots` (through other component schemas). */
function closure(document: Json, roots: Set<string>): Set<string> {
  const schemas = isJsonObject(document.components?.schemas) ? document.components.schemas : {};
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name) || !(name in schemas)) continue;
    seen.add(name);
    for (const next of schemaRefs(schemas[name], new Set())) queue.push(next);
  }
  return seen;
}

interface Sides {
  /** Every response object, inline or a component, whose content describes a body. */
  responses: Json[];
  /** Every parameter list and request body, inline or components, that a request sends. */
  requestParts: Json[];
}

function sidesOf(document: Json): Sides {
  const responses = new Set<Json>();
  const requestParts = new Set<Json>();
  for (const rawItem of Object.values(isJsonObject(document.paths) ? document.paths : {})) {
    const item = resolveLocal(document, rawItem);
    if (!isJsonObject(item)) continue;
    if (Array.isArray(item.parameters)) requestParts.add(item.parameters as unknown as Json);
    for (const method of METHODS) {
      const operation = item[method];
      if (!isJsonObject(operation)) continue;
      if (Array.isArray(operation.parameters)) requestParts.add(operation.parameters as unknown as Json);
      if (isJsonObject(operation.requestBody)) requestParts.add(operation.requestBody);
      for (const response of Object.values(isJsonObject(operation.responses) ? operation.responses : {})) {
        const resolved = resolveLocal(document, response);
        if (isJsonObject(resolved)) responses.add(resolved);
      }
    }
  }
  const components = isJsonObject(document.components) ? document.components : {};
  for (const kind of ["parameters", "requestBodies"] as const) {
    for (const part of Object.values(isJsonObject(components[kind]) ? components[kind] : {})) if (isJsonObject(part)) requestParts.add(part);
  }
  for (const response of Object.values(isJsonObject(components.responses) ? components.responses : {})) if (isJsonObject(response)) responses.add(response);
  return { responses: [...responses], requestParts: [...requestParts] };
}

function responseBodies(response: Json): Json {
  return isJsonObject(response.content) ? response.content : {};
}

function freeName(taken: Record<string, unknown>, wanted: string): string {
  if (!(wanted in taken)) return wanted;
  for (let suffix = 2; ; suffix++) if (!(`${wanted}${suffix}` in taken)) return `${wanted}${suffix}`;
}

function rewriteRefs(node: unknown, renamed: Map<string, string>): void {
  const examples = new Set(["examples", "example"]);
  eachRef(
    node,
    (holder, ref) => {
      const target = ref.startsWith(SCHEMA_REF) ? renamed.get(ref.slice(SCHEMA_REF.length)) : undefined;
      if (target !== undefined) holder.$ref = `${SCHEMA_REF}${target}`;
    },
    examples,
  );
}

/** The names of the component schemas that some response body reaches: the ones the wire rule widens. */
export function schemasOnResponses(document: OpenApiDocument): Set<string> {
  const view = document as Json;
  const roots = new Set<string>();
  for (const response of sidesOf(view).responses) for (const body of Object.values(responseBodies(response))) schemaRefs(isJsonObject(body) ? body.schema : undefined, roots);
  return closure(view, roots);
}

/** The wire view of a bundled document whose root declares `format`; `document` is left as it was. */
export function wireView(document: OpenApiDocument, format: WireFormat): OpenApiDocument {
  const view = structuredClone(document) as Json;
  const { responses, requestParts } = sidesOf(view);
  const schemas: Json = isJsonObject(view.components?.schemas) ? view.components.schemas : {};

  const responseRoots = new Set<string>();
  for (const response of responses) for (const body of Object.values(responseBodies(response))) schemaRefs(isJsonObject(body) ? body.schema : undefined, responseRoots);
  const requestRoots = new Set<string>();
  for (const part of requestParts) schemaRefs(part, requestRoots);
  const onResponses = closure(view, responseRoots);
  const onRequests = closure(view, requestRoots);

  // Requests keep the documented types: what both sides reach gets a clean twin for the request side.
  const renamed = new Map<string, string>();
  for (const name of [...onRequests].filter((name) => onResponses.has(name)).sort()) renamed.set(name, freeName(schemas, `${name}Input`));
  for (const [name, twin] of renamed) schemas[twin] = structuredClone(schemas[name]);
  for (const twin of renamed.values()) rewriteRefs(schemas[twin], renamed);
  for (const name of onRequests) if (!onResponses.has(name)) rewriteRefs(schemas[name], renamed);
  for (const part of requestParts) rewriteRefs(part, renamed);

  for (const name of onResponses) schemas[name] = toWireSchema(schemas[name] as JsonSchema, format);
  for (const response of responses) {
    const content = responseBodies(response);
    for (const body of Object.values(content)) {
      if (isJsonObject(body) && body.schema !== undefined) body.schema = toWireSchema(body.schema as JsonSchema, format);
    }
    const jsonType = Object.keys(content).find((type) => JSON_MEDIA_TYPE.test(type));
    if (jsonType !== undefined && !("application/xml" in content)) {
      content["application/xml"] = { schema: { type: "string", description: XML_BODY_DESCRIPTION } };
    }
  }

  const ordered: Json = {};
  for (const [key, value] of Object.entries(view)) {
    if (key === "x-wire-format") ordered["x-wire-format-applied"] = value;
    else ordered[key] = value;
  }
  if (isJsonObject(ordered.info)) {
    const note = `\n\n## This is the wire view\nEvery response schema here accepts what the service really sends (the rule \`x-wire-format-applied\` names, already applied), and every JSON answer is documented in XML too. Requests keep the documented types. The clean view, \`${CLEAN_VIEW_NAME}.json\`, gives the types a client should see.\n`;
    ordered.info = { ...ordered.info, description: `${String(ordered.info.description ?? "").trimEnd()}${note}` };
  }
  return ordered as OpenApiDocument;
}
