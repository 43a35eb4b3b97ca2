// Every way to break exactly one thing of a valid request: a required value
// removed, or one value replaced by a wrong one (wrong type, outside the enum,
// past a bound, not matching a pattern or format). The negative check sends
// each of them, so its verdict does not depend on the seed.
import type { JsonSchema } from "../../wire-format.js";
import { resolve, type ApiRequest, type Json, type OperationPlan } from "./plan.js";
import { bound, mergeAllOf, typeOf } from "./values.js";

/** What kind of break: the report groups by it, and every kind the schemas allow is sent. */
export type MutationKind = "missing required" | "wrong type" | "outside the enum" | "out of bounds" | "bad format";

export interface Mutation {
  kind: MutationKind;
  description: string;
  request: ApiRequest;
  /** Whether the broken value is a path parameter (see negative_data_rejection). */
  inPath: boolean;
}

export function hasMutableInput(plan: OperationPlan): boolean {
  return plan.operation.requestBody !== undefined || plan.operation.parameters.some((parameter) => parameter.in === "path" || parameter.in === "query");
}

/**
 * Every way to break exactly one thing of `request`: a required value removed,
 * or one value replaced by a wrong one. The caller keeps only those the
 * validators confirm are invalid.
 */
export function mutationsOf(plan: OperationPlan, request: ApiRequest): Mutation[] {
  const { document, operation } = plan;
  const mutations: Mutation[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in !== "path" && parameter.in !== "query") continue;
    const where = parameter.in;
    if (where === "query" && parameter.required && parameter.name in request.query) {
      const { [parameter.name]: _removed, ...rest } = request.query;
      mutations.push({ kind: "missing required", description: `query parameter ${parameter.name} removed`, request: { ...request, query: rest }, inPath: false });
    }
    for (const wrong of wrongValues(document, parameter.schema)) {
      mutations.push({
        kind: wrong.kind,
        description: `${where} parameter ${parameter.name} set to ${wrong.label}`,
        request: { ...request, [where]: { ...request[where], [parameter.name]: wrong.value } },
        inPath: where === "path",
      });
    }
  }
  const requestBody = operation.requestBody;
  if (!requestBody) return mutations;
  if (requestBody.required && request.body !== undefined) {
    const { body: _removed, ...rest } = request;
    mutations.push({ kind: "missing required", description: "body removed", request: rest, inPath: false });
  }
  const schema = mergeAllOf(document, resolve(document, requestBody.schema));
  const body = request.body && typeof request.body === "object" && !Array.isArray(request.body) ? (request.body as Record<string, unknown>) : {};
  if (typeof schema.minProperties === "number" && schema.minProperties > 0) {
    mutations.push({ kind: "missing required", description: "body sent with no fields", request: { ...request, body: {} }, inPath: false });
  }
  for (const name of (schema.required ?? []) as string[]) {
    if (!(name in body)) continue;
    const { [name]: _removed, ...rest } = body;
    mutations.push({ kind: "missing required", description: `body field ${name} removed`, request: { ...request, body: rest }, inPath: false });
  }
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
    for (const wrong of wrongValues(document, property)) {
      mutations.push({ kind: wrong.kind, description: `body field ${name} set to ${wrong.label}`, request: { ...request, body: { ...body, [name]: wrong.value } }, inPath: false });
    }
  }
  return mutations;
}

/** Values that break `schema` in one way each, all of which survive text encoding as something still wrong. */
function wrongValues(document: Json, schema: JsonSchema | undefined): Array<{ kind: MutationKind; label: string; value: unknown }> {
  if (schema === undefined || typeof schema === "boolean") return [];
  const resolved = mergeAllOf(document, resolve(document, schema));
  const wrong: Array<{ kind: MutationKind; label: string; value: unknown }> = [];
  const type = typeOf(resolved);
  if (Array.isArray(resolved.enum)) {
    // Not a case variant of a member: impact.com may well ignore case, which the spec only allows in responses.
    const members = new Set((resolved.enum as unknown[]).map((member) => String(member).toUpperCase()));
    const outsider = ["NOT_A_VALUE", "NOT_A_VALUE_2"].find((candidate) => !members.has(candidate))!;
    wrong.push({ kind: "outside the enum", label: `"${outsider}", outside the enum`, value: outsider });
  }
  if (type === "integer" || type === "number") {
    wrong.push({ kind: "wrong type", label: `"abc", not a number`, value: "abc" });
    const min = bound(resolved, "minimum", "exclusiveMinimum", 0);
    const max = bound(resolved, "maximum", "exclusiveMaximum", 0);
    if (min !== undefined) wrong.push({ kind: "out of bounds", label: `${min - 1}, below the minimum ${min}`, value: min - 1 });
    if (max !== undefined) wrong.push({ kind: "out of bounds", label: `${max + 1}, above the maximum ${max}`, value: max + 1 });
  }
  if (type === "boolean") wrong.push({ kind: "wrong type", label: `"maybe", not a boolean`, value: "maybe" });
  if (type === "string" || type === undefined) {
    if (typeof resolved.minLength === "number" && resolved.minLength > 0) wrong.push({ kind: "out of bounds", label: `"", under minLength ${resolved.minLength}`, value: "" });
    if (typeof resolved.maxLength === "number") wrong.push({ kind: "out of bounds", label: `${resolved.maxLength + 1} characters, over maxLength ${resolved.maxLength}`, value: "x".repeat(resolved.maxLength + 1) });
    if (resolved.format === "date-time") wrong.push({ kind: "bad format", label: `"not-a-date", not a date-time`, value: "not-a-date" });
    if (typeof resolved.pattern === "string") wrong.push({ kind: "bad format", label: `"@@", not matching ${resolved.pattern}`, value: "@@" });
  }
  if (type === "array") {
    for (const item of wrongValues(document, resolved.items as JsonSchema | undefined)) wrong.push({ kind: item.kind, label: `[${item.label}]`, value: [item.value] });
  }
  return wrong;
}

