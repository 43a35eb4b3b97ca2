// A parsed request judged against the spec: the API's request validator (ajv,
// or the same rules precompiled) plus closed bodies, refused as impact.com
// refuses, a 400 "Validation Failed" naming each field.
import { resolveLocalRef } from "../../json-ref.js";
import type { OperationSpec, ValidationIssue } from "../operation-spec.js";
import type { Api } from "./api.js";
import { MockHttpError } from "./http-error.js";
import type { ParsedRequest } from "./request.js";
import { escapePointerSegment } from "../../json-pointer.js";

type Json = Record<string, any>;

/** A 400 naming every problem of `input` as a request of `operation`; nothing when there is none. */
export function refuseInvalid(api: Api, operation: OperationSpec, input: ParsedRequest): void {
  const issues = [...api.validateRequest(operation.operationId, { path: input.path, query: input.query, body: input.body }), ...unknownFieldIssues(api.document, operation, input.body)];
  if (issues.length) {
    throw new MockHttpError(400, "Validation Failed", issues.map((issue) => ({ Field: fieldName(issue), Message: `${issue.rule}: ${issue.message}` })));
  }
}

/**
 * The fields of a body its schema does not name. Every request schema of the
 * specs is closed in intent (impact.com refuses unknown fields) but none says
 * `additionalProperties: false`; where a schema does say what extra fields may
 * be (additionalProperties, patternProperties, unevaluatedProperties or a
 * combinator), ajv decides and this adds nothing.
 */
function unknownFieldIssues(document: Json, operation: OperationSpec, body: unknown): ValidationIssue[] {
  const raw = operation.requestBody?.schema;
  if (!raw || body === null || typeof body !== "object" || Array.isArray(body)) return [];
  const schema = resolveLocalRef<Json>(document, raw as Json);
  if (!schema.properties || ["additionalProperties", "patternProperties", "unevaluatedProperties", "allOf", "anyOf", "oneOf"].some((keyword) => keyword in schema)) return [];
  return Object.keys(body)
    .filter((name) => !Object.hasOwn(schema.properties, name))
    .map((name) => ({ pointer: `/body/${escapePointerSegment(name)}`, rule: "additionalProperties", message: `must NOT have additional properties: ${JSON.stringify(name)}` }));
}

function fieldName(issue: ValidationIssue): string {
  return issue.pointer.split("/").filter(Boolean).slice(1).join(".") || issue.pointer.split("/").filter(Boolean)[0] || "request";
}
