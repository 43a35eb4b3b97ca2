// Every change between two bundles of one API, rated from the caller's side:
// operations are matched by method and path and named as the generated client
// names them (so a renamed client function is a removal); their parameters and
// request bodies are compared as what callers send, their responses as what
// callers read. A change inside a shared schema component is reported once for
// each direction it is used in, listing every operation and place it reaches.
import { isJsonObject } from "../runtime/json-object.js";
import { buildModel } from "../generator/model.js";
import type { OpenApiDocument } from "../generator/bundle.js";
import { capitalize, rate, sentence, type Direction, type Impact } from "./rating.js";
import { canonical, follow, SchemaComparer, showValue, type Effect, type Finding } from "./schema-compare.js";

export interface SpecChange {
  impact: Impact;
  /** Which way the data it is about flows, when it is about data. */
  direction?: Direction;
  /** One plain sentence: what changed, where, and what callers must do. */
  description: string;
  /** The client functions it reaches, sorted; empty for a change to the API as a whole. */
  operations: string[];
  /** The schema component it is in, when it is in one. */
  component?: string;
}

type Json = Record<string, any>;

const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"] as const;

interface Place {
  operation: string;
  /** "the request body", "the 200 response", "the `Page` query parameter". */
  container: string;
  /** Where the finding is, from the container's schema down. */
  path: string[];
}

interface Pending {
  effect: Effect;
  direction: Direction;
  detail: string;
  component?: { name: string; path: string[] } | undefined;
  places: Place[];
}

/** `Records[].Notes`, backticked; undefined for the container itself. */
function fieldName(path: string[]): string | undefined {
  if (path.length === 0) return undefined;
  const text = path.reduce((joined, segment) => (segment === "[]" ? `${joined}[]` : segment === "*" ? `${joined}[*]` : joined ? `${joined}.${segment}` : segment), "");
  return `\`${text}\``;
}

function list(items: string[], limit = 5): string {
  const shown = items.slice(0, limit);
  if (items.length > limit) shown.push(`${items.length - limit} more`);
  return shown.length <= 1 ? shown.join("") : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

/** "the request body of createPromoCode and updatePromoCode; the 200 response of getPromoCode". */
function placesText(places: Place[]): string {
  const byContainer = new Map<string, Set<string>>();
  for (const place of places) byContainer.set(place.container, (byContainer.get(place.container) ?? new Set()).add(place.operation));
  const groups = [...byContainer].map(([container, operations]) => `${container} of ${list([...operations].sort())}`);
  return groups.length > 4 ? `${groups.slice(0, 4).join("; ")}; and ${groups.length - 4} more places` : groups.join("; ");
}

/** Collects the changes of one API, merging a component's finding met through several operations. */
class Collector {
  private readonly pending = new Map<string, Pending>();
  readonly fixed: SpecChange[] = [];

  add(findings: Finding[], direction: Direction, place: Place): void {
    for (const finding of findings) {
      const at = { ...place, path: [...place.path, ...finding.path] };
      const where = finding.component ? `schema ${finding.component.name}/${finding.component.path.join("/")}` : `${place.operation}/${place.container}/${at.path.join("/")}`;
      // Documentation is read the same way from both sides: one change, not one per direction.
      const key = [finding.effect === "docs" ? "" : direction, finding.effect, finding.detail, where].join("\u0000");
      const entry: Pending = this.pending.get(key) ?? { effect: finding.effect, direction, detail: finding.detail, component: finding.component, places: [] };
      entry.places.push(at);
      this.pending.set(key, entry);
    }
  }

  say(impact: Impact, description: string, operations: string[], direction?: Direction): void {
    this.fixed.push({ impact, description, operations, ...(direction ? { direction } : {}) });
  }

  changes(): SpecChange[] {
    const merged = [...this.pending.values()].map((entry): SpecChange => {
      const operations = [...new Set(entry.places.map((place) => place.operation))].sort();
      const component = entry.component;
      // Name the container when the component is the container's own schema everywhere; else name the component.
      const asContainer = !component || entry.places.every((place) => place.path.length === component.path.length);
      const path = asContainer ? entry.places[0]!.path : component!.path;
      const where = asContainer ? placesText(entry.places) : `schema ${component!.name} (in ${placesText(entry.places)})`;
      const field = fieldName(path);
      const description = sentence(entry.effect, entry.direction, entry.detail, field ?? where, field ? where : undefined);
      return { impact: rate(entry.effect, entry.direction), direction: entry.direction, description, operations, ...(component ? { component: `schema ${component.name}` } : {}) };
    });
    return [...this.fixed, ...merged];
  }
}

interface Operation {
  name: string;
  method: string;
  path: string;
  item: Json;
  operation: Json;
}

function operationsOf(document: Json, apiName: string | undefined): Map<string, Operation> {
  const names = new Map(buildModel(document as OpenApiDocument, undefined, apiName).operations.map((operation) => [`${operation.method} ${operation.path}`, operation.name]));
  const found = new Map<string, Operation>();
  for (const [apiPath, rawItem] of Object.entries(isJsonObject(document.paths) ? document.paths : {})) {
    const item = follow(document, rawItem).node;
    if (!isJsonObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isJsonObject(operation)) continue;
      // Path parameters' names do not change what is called: /a/{Id} and /a/{PromoCodeId} are one path.
      found.set(`${method} ${apiPath.replace(/\{[^}]*\}/g, "{}")}`, { name: names.get(`${method} ${apiPath}`) ?? `${method} ${apiPath}`, method, path: apiPath, item, operation });
    }
  }
  return found;
}

function parametersOf(document: Json, op: Operation): Map<string, Json> {
  const found = new Map<string, Json>();
  for (const raw of [...(Array.isArray(op.item.parameters) ? op.item.parameters : []), ...(Array.isArray(op.operation.parameters) ? op.operation.parameters : [])]) {
    const parameter = follow(document, raw).node;
    if (isJsonObject(parameter) && typeof parameter.name === "string" && typeof parameter.in === "string") found.set(`${parameter.in} ${parameter.name}`, parameter);
  }
  return found;
}

function parameterSchema(parameter: Json): unknown {
  if (parameter.schema !== undefined) return parameter.schema;
  const media = isJsonObject(parameter.content) ? Object.values(parameter.content)[0] : undefined;
  return isJsonObject(media) ? media.schema : undefined;
}

const DOC_FIELDS = ["summary", "description", "tags", "externalDocs", "example", "examples"];

function docsChanged(before: Json, after: Json, keys = DOC_FIELDS): string[] {
  return keys.filter((key) => canonical(before[key]) !== canonical(after[key]));
}

/** Keys of an object (operation, parameter, …) that changed and that the caller's code cannot ignore. */
function otherChanges(before: Json, after: Json, rated: string[]): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !rated.includes(key) && canonical(before[key]) !== canonical(after[key]));
}

export function compareApis(base: Json, revision: Json, apiName?: string): SpecChange[] {
  const schemas = new SchemaComparer(base, revision);
  const out = new Collector();
  const beforeOps = operationsOf(base, apiName);
  const afterOps = operationsOf(revision, apiName);

  for (const [key, before] of beforeOps) {
    const after = afterOps.get(key);
    if (!after) {
      const moved = [...afterOps.values()].find((candidate) => candidate.name === before.name && !beforeOps.has(`${candidate.method} ${candidate.path.replace(/\{[^}]*\}/g, "{}")}`));
      if (moved) out.say("major", `${before.name} moved from ${before.method.toUpperCase()} ${before.path} to ${moved.method.toUpperCase()} ${moved.path}: clients generated before call the old address`, [before.name]);
      else out.say("major", `${before.name} (${before.method.toUpperCase()} ${before.path}) was removed: callers must stop calling it`, [before.name]);
      continue;
    }
    compareOperation(before, after, base, revision, schemas, out);
  }
  for (const [key, after] of afterOps) {
    if (beforeOps.has(key) || [...beforeOps.values()].some((candidate) => candidate.name === after.name && !afterOps.has(`${candidate.method} ${candidate.path.replace(/\{[^}]*\}/g, "{}")}`))) continue;
    out.say("minor", `${after.name} (${after.method.toUpperCase()} ${after.path}) was added: callers may use it`, [after.name]);
  }

  compareRoot(base, revision, out);
  return out.changes();
}

function compareOperation(before: Operation, after: Operation, base: Json, revision: Json, schemas: SchemaComparer, out: Collector): void {
  const name = after.name;
  if (before.name !== name) out.say("major", `${before.name} was renamed ${name} (${after.method.toUpperCase()} ${after.path}): callers must use the new name`, [before.name, name].sort());
  if (before.name === name && canonical(before.operation.operationId) !== canonical(after.operation.operationId)) {
    out.say("patch", `The operation id of ${name} changed from ${showValue(before.operation.operationId ?? "none")} to ${showValue(after.operation.operationId ?? "none")}; the client still calls it ${name}`, [name]);
  }
  const docs = docsChanged(before.operation, after.operation);
  if (docs.length > 0) out.say("patch", `The ${docs.join(" and ")} of ${name} changed`, [name]);
  if (before.operation.deprecated !== true && after.operation.deprecated === true) out.say("minor", `${name} was marked deprecated: callers should move off it`, [name]);
  const others = otherChanges(before.operation, after.operation, [...DOC_FIELDS, "operationId", "deprecated", "parameters", "requestBody", "responses"]);
  for (const key of others) out.say("major", `\`${key}\` of ${name} changed: this check cannot rate that change, so it counts as breaking`, [name]);

  // Parameters: what callers send.
  const beforeParameters = parametersOf(base, before);
  const afterParameters = parametersOf(revision, after);
  const label = (parameter: Json) => `the \`${parameter.name}\` ${parameter.in} parameter`;
  for (const [key, parameter] of beforeParameters) {
    if (!afterParameters.has(key)) out.say("major", `${capitalize(label(parameter))} of ${name} was removed: callers that send it must stop`, [name], "request");
  }
  for (const [key, parameter] of afterParameters) {
    const old = beforeParameters.get(key);
    const required = parameter.required === true || parameter.in === "path";
    if (!old) {
      out.say(required ? "major" : "minor", `${capitalize(label(parameter))} was added to ${name}${required ? " as required: every caller must send it" : " as optional: callers may send it"}`, [name], "request");
      continue;
    }
    const wasRequired = old.required === true || old.in === "path";
    if (!wasRequired && required) out.say("major", `${capitalize(label(parameter))} of ${name} became required: every caller must send it`, [name], "request");
    if (wasRequired && !required) out.say("minor", `${capitalize(label(parameter))} of ${name} became optional: callers may leave it out`, [name], "request");
    const parameterDocs = docsChanged(old, parameter, ["description", "example", "examples"]);
    if (parameterDocs.length > 0) out.say("patch", `The ${parameterDocs.join(" and ")} of ${label(parameter)} of ${name} changed`, [name], "request");
    if (old.deprecated !== true && parameter.deprecated === true) out.say("minor", `${capitalize(label(parameter))} of ${name} was marked deprecated: callers should stop sending it`, [name], "request");
    for (const key of otherChanges(old, parameter, ["name", "in", "required", "description", "example", "examples", "deprecated", "schema", "content"])) {
      out.say("major", `\`${key}\` of ${label(parameter)} of ${name} changed: callers send it another way`, [name], "request");
    }
    out.add(schemas.compare(parameterSchema(old), parameterSchema(parameter)), "request", { operation: name, container: label(parameter), path: [] });
  }

  // The request body: what callers send.
  const beforeBody = follow(base, before.operation.requestBody).node;
  const afterBody = follow(revision, after.operation.requestBody).node;
  if (!isJsonObject(beforeBody) && isJsonObject(afterBody)) {
    const required = afterBody.required === true;
    out.say(required ? "major" : "minor", `${name} gained a${required ? " required" : "n optional"} request body${required ? ": every caller must send one" : ""}`, [name], "request");
  } else if (isJsonObject(beforeBody) && !isJsonObject(afterBody)) {
    out.say("major", `The request body of ${name} was removed: callers that send one must stop`, [name], "request");
  } else if (isJsonObject(beforeBody) && isJsonObject(afterBody)) {
    if (beforeBody.required !== true && afterBody.required === true) out.say("major", `The request body of ${name} became required: every caller must send one`, [name], "request");
    if (beforeBody.required === true && afterBody.required !== true) out.say("minor", `The request body of ${name} became optional: callers may leave it out`, [name], "request");
    if (canonical(beforeBody.description) !== canonical(afterBody.description)) out.say("patch", `The description of the request body of ${name} changed`, [name], "request");
    compareContent(beforeBody.content, afterBody.content, "request", "the request body", name, schemas, out);
  }

  // Responses: what callers read.
  const beforeResponses: Json = isJsonObject(before.operation.responses) ? before.operation.responses : {};
  const afterResponses: Json = isJsonObject(after.operation.responses) ? after.operation.responses : {};
  const success = (status: string) => /^2/.test(status);
  for (const status of Object.keys(beforeResponses)) {
    if (status in afterResponses) continue;
    // A success answer gone changes what the client returns; an error one only what it may throw.
    out.say(success(status) ? "major" : "minor", `The ${status} response of ${name} was removed${success(status) ? ": callers that read it must change" : ""}`, [name], "response");
  }
  for (const status of Object.keys(afterResponses)) {
    const afterResponse = follow(revision, afterResponses[status]).node;
    if (!(status in beforeResponses)) {
      out.say("minor", `${name} may now answer ${status}`, [name], "response");
      continue;
    }
    const beforeResponse = follow(base, beforeResponses[status]).node;
    if (!isJsonObject(beforeResponse) || !isJsonObject(afterResponse)) continue;
    const container = `the ${status} response`;
    if (canonical(beforeResponse.description) !== canonical(afterResponse.description)) out.say("patch", `The description of ${container} of ${name} changed`, [name], "response");
    compareHeaders(beforeResponse.headers, afterResponse.headers, container, name, base, revision, schemas, out);
    compareContent(beforeResponse.content, afterResponse.content, "response", container, name, schemas, out);
    for (const key of otherChanges(beforeResponse, afterResponse, ["description", "headers", "content"])) out.say(key === "links" ? "minor" : "major", key === "links" ? `The links (calls that follow) of ${container} of ${name} changed` : `\`${key}\` of ${container} of ${name} changed: this check cannot rate that change, so it counts as breaking`, [name], "response");
  }
}

function compareContent(beforeContent: unknown, afterContent: unknown, direction: Direction, container: string, name: string, schemas: SchemaComparer, out: Collector): void {
  const before: Json = isJsonObject(beforeContent) ? beforeContent : {};
  const after: Json = isJsonObject(afterContent) ? afterContent : {};
  for (const mediaType of Object.keys(before)) {
    if (!(mediaType in after)) out.say("major", `${capitalize(container)} of ${name} no longer comes as ${mediaType}: callers that ${direction === "request" ? "send" : "read"} it must change`, [name], direction);
  }
  for (const [mediaType, media] of Object.entries(after)) {
    const old = before[mediaType];
    if (old === undefined) {
      out.say("minor", `${capitalize(container)} of ${name} may now come as ${mediaType}`, [name], direction);
      continue;
    }
    if (!isJsonObject(old) || !isJsonObject(media)) continue;
    // One body in several media types is one thing to callers: its findings merge.
    const here = container;
    const docs = docsChanged(old, media, ["example", "examples"]);
    if (docs.length > 0) out.say("patch", `The ${docs.join(" and ")} of ${here} of ${name} changed`, [name], direction);
    out.add(schemas.compare(old.schema, media.schema), direction, { operation: name, container: here, path: [] });
  }
}

function compareHeaders(beforeHeaders: unknown, afterHeaders: unknown, container: string, name: string, base: Json, revision: Json, schemas: SchemaComparer, out: Collector): void {
  const before: Json = isJsonObject(beforeHeaders) ? beforeHeaders : {};
  const after: Json = isJsonObject(afterHeaders) ? afterHeaders : {};
  for (const header of Object.keys(before)) {
    if (!(header in after)) out.say("major", `The \`${header}\` header was removed from ${container} of ${name}: callers that read it must stop`, [name], "response");
  }
  for (const [header, raw] of Object.entries(after)) {
    const now = follow(revision, raw).node;
    if (!(header in before)) {
      out.say("minor", `The \`${header}\` header was added to ${container} of ${name}: callers may read it`, [name], "response");
      continue;
    }
    const old = follow(base, before[header]).node;
    if (!isJsonObject(old) || !isJsonObject(now)) continue;
    if (old.required === true && now.required !== true) out.say("major", `The \`${header}\` header of ${container} of ${name} became optional: callers that read it must handle its absence`, [name], "response");
    if (canonical(old.description) !== canonical(now.description)) out.say("patch", `The description of the \`${header}\` header of ${container} of ${name} changed`, [name], "response");
    out.add(schemas.compare(old.schema, now.schema), "response", { operation: name, container: `the \`${header}\` header of ${container}`, path: [] });
  }
}

/** What of a server a client uses: its URL and each variable's default and allowed values; descriptions are documentation. */
function serverAddresses(servers: unknown): string[] {
  if (!Array.isArray(servers)) return [];
  return servers.filter(isJsonObject).map((server) => {
    const variables: Json = isJsonObject(server.variables) ? server.variables : {};
    const used = Object.keys(variables)
      .sort()
      .map((name) => {
        const variable: Json = isJsonObject(variables[name]) ? variables[name] : {};
        return `${name}=${canonical(variable.default)}${variable.enum === undefined ? "" : ` of ${canonical(variable.enum)}`}`;
      });
    return `${String(server.url)}${used.length ? ` (${used.join(", ")})` : ""}`;
  });
}

/**
 * A server's URL or variables changed: where every call goes, so major. A change
 * in their descriptions only is documentation, patch.
 */
function compareServers(before: unknown, after: unknown, out: Collector): void {
  const [from, to] = [serverAddresses(before), serverAddresses(after)];
  if (canonical(from) !== canonical(to)) {
    const list = (addresses: string[]) => (addresses.length ? addresses.map((address) => `\`${address}\``).join(", ") : "none");
    out.say("major", `The API's servers changed from ${list(from)} to ${list(to)}: callers that rely on the old address or its defaults must change`, []);
  } else if (canonical(before) !== canonical(after)) {
    out.say("patch", "The descriptions of the API's servers changed", []);
  }
}

/** The root's own fields: documentation, servers, and the extensions that change how the client talks to the API. */
function compareRoot(base: Json, revision: Json, out: Collector): void {
  const beforeInfo: Json = isJsonObject(base.info) ? base.info : {};
  const afterInfo: Json = isJsonObject(revision.info) ? revision.info : {};
  const info = Object.keys({ ...beforeInfo, ...afterInfo }).filter((key) => canonical(beforeInfo[key]) !== canonical(afterInfo[key]));
  if (info.length > 0) out.say("patch", `The API's ${info.map((key) => (key === "x-logo" ? "logo" : key)).join(" and ")} changed`, []);
  for (const key of ["tags", "externalDocs"]) if (canonical(base[key]) !== canonical(revision[key])) out.say("patch", `The API's ${key === "tags" ? "tag descriptions" : "external docs"} changed`, []);

  const beforeSchemas: Json = isJsonObject(base.components?.schemas) ? base.components.schemas : {};
  const afterSchemas: Json = isJsonObject(revision.components?.schemas) ? revision.components.schemas : {};
  // The generated types name every schema component: code that names a removed one stops compiling.
  for (const schema of Object.keys(beforeSchemas)) if (!(schema in afterSchemas)) out.say("major", `The type of schema ${schema} was removed from the generated types: code that names it must change`, []);
  for (const schema of Object.keys(afterSchemas)) if (!(schema in beforeSchemas)) out.say("minor", `Schema ${schema} was added to the generated types`, []);

  compareServers(base.servers, revision.servers, out);
  const rated = ["openapi", "info", "tags", "externalDocs", "paths", "components", "servers"];
  for (const key of otherChanges(base, revision, rated)) {
    const from = base[key] === undefined ? "none" : showValue(base[key]);
    const to = revision[key] === undefined ? "none" : showValue(revision[key]);
    out.say("major", `The API's \`${key}\` changed from ${from} to ${to}: it changes how every client talks to the API, so it counts as breaking`, []);
  }
  const beforeComponents: Json = isJsonObject(base.components) ? base.components : {};
  const afterComponents: Json = isJsonObject(revision.components) ? revision.components : {};
  if (canonical(beforeComponents.securitySchemes) !== canonical(afterComponents.securitySchemes)) out.say("major", "The API's authentication schemes changed: callers must check how they sign in", []);
  if (canonical(base.openapi) !== canonical(revision.openapi)) out.say("patch", `The OpenAPI version of the description went from ${String(base.openapi)} to ${String(revision.openapi)}`, []);
}
