// An operation as the contract kit reads it from a bundled document: its
// method, path, parameters, body and documented responses, and the request and
// issue shapes every check speaks. Apart from the validators so that they and
// the request rules they share (./request-issues.ts) both import it rather
// than each other, and so that the mock, which a browser bundles, reaches no ajv.
import { resolveLocalRef as resolve } from "../json-ref.js";
import type { JsonSchema } from "../wire-format.js";

type Json = Record<string, any>;

export interface ValidationIssue {
  /** Where in the request or body: `/path/PromoCodeId`, `/query/PageSize`, `/body/Code`, `/Id`. */
  pointer: string;
  /** The JSON Schema keyword or check that failed: `type`, `required`, `enum`, `status`, … */
  rule: string;
  message: string;
}

export interface RequestInput {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

export interface OperationSpec {
  operationId: string;
  method: string;
  path: string;
  parameters: Array<{ name: string; in: string; required: boolean; schema: JsonSchema | undefined }>;
  requestBody: { required: boolean; schema: JsonSchema | undefined } | undefined;
  responses: Record<string, { schema: JsonSchema | undefined }>;
}

const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];

function jsonMedia(content: Json | undefined): Json | undefined {
  const entries = Object.entries(content ?? {});
  return (entries.find(([type]) => /json/.test(type)) ?? entries.find(([type]) => type === "application/x-www-form-urlencoded") ?? entries[0])?.[1];
}

/** The operations of a bundled document, by operationId. */
export function operationsOf(document: Json): Map<string, OperationSpec> {
  const operations = new Map<string, OperationSpec>();
  for (const [path, rawItem] of Object.entries((document.paths ?? {}) as Json)) {
    const item = resolve<Json>(document, rawItem);
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation?.operationId) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((raw: unknown) => {
        const parameter = resolve<Json>(document, raw);
        return { name: parameter.name as string, in: parameter.in as string, required: parameter.in === "path" || parameter.required === true, schema: parameter.schema as JsonSchema | undefined };
      });
      const body = operation.requestBody ? resolve<Json>(document, operation.requestBody) : undefined;
      const responses: OperationSpec["responses"] = {};
      for (const [status, rawResponse] of Object.entries((operation.responses ?? {}) as Json)) {
        responses[status] = { schema: jsonMedia(resolve<Json>(document, rawResponse).content)?.schema };
      }
      operations.set(operation.operationId, {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        parameters,
        requestBody: body ? { required: body.required === true, schema: jsonMedia(body.content)?.schema } : undefined,
        responses,
      });
    }
  }
  return operations;
}

/** The documented response for a status: exact, then its class (`4XX`), then `default`. */
export function documentedResponse(operation: OperationSpec, status: number): { status: string; schema: JsonSchema | undefined } | undefined {
  for (const key of [String(status), `${String(status)[0]}XX`, "default"]) {
    const response = operation.responses[key];
    if (response) return { status: key, schema: response.schema };
  }
  return undefined;
}

/** A parameter's value from its text form (a URL or form field), typed as its schema says; unparseable text stays text. */
export function coerceParameter(document: Json, schema: JsonSchema | undefined, raw: string | string[]): unknown {
  const resolved = schema && typeof schema === "object" ? resolve<Json>(document, schema) : undefined;
  const type = Array.isArray(resolved?.type) ? resolved.type.find((entry: string) => entry !== "null") : resolved?.type;
  if (type === "array") {
    const items = Array.isArray(raw) ? raw : [raw];
    return items.map((item) => coerceParameter(document, resolved?.items, item));
  }
  const text = Array.isArray(raw) ? raw[raw.length - 1]! : raw;
  if (type === "integer" && /^-?\d+$/.test(text)) return Number(text);
  if (type === "number" && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (type === "boolean" && /^(true|false)$/i.test(text)) return text.toLowerCase() === "true";
  return text;
}
