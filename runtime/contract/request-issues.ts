// The rules of a request, apart from how a value is checked against its schema:
// which parameters and body are required, which are allowed, where each issue
// points. Shared by `createValidators` (ajv at run time) and the MSW entry's
// precompiled validators, so both judge a request the same way. Type imports
// only: the browser path reaches it.
import type { JsonSchema } from "../wire-format.js";
import type { OperationSpec, RequestInput, ValidationIssue } from "./operation-spec.js";

/** Where a value sits in a request: a path or query parameter by name, or the body. */
export type RequestPlace = { in: "path" | "query"; name: string; schema: JsonSchema | undefined } | { in: "body"; name?: undefined; schema: JsonSchema | undefined };

/** Checks one present value against its schema; `pointer` is where issues point. */
export type CheckValue = (value: unknown, pointer: string, place: RequestPlace) => ValidationIssue[];

/** Every issue of `input` as a request of `operation`: missing required parts, a body where none is taken, and what `check` finds. */
export function requestIssues(operation: OperationSpec, input: RequestInput, check: CheckValue): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in !== "path" && parameter.in !== "query") continue;
    const value = (input[parameter.in] as Record<string, unknown> | undefined)?.[parameter.name];
    const pointer = `/${parameter.in}/${parameter.name}`;
    if (value === undefined) {
      if (parameter.required) issues.push({ pointer, rule: "required", message: `${parameter.in} parameter ${parameter.name} is required` });
      continue;
    }
    issues.push(...check(value, pointer, { in: parameter.in, name: parameter.name, schema: parameter.schema }));
  }
  if (operation.requestBody) {
    if (input.body === undefined) {
      if (operation.requestBody.required) issues.push({ pointer: "/body", rule: "required", message: "a request body is required" });
    } else {
      issues.push(...check(input.body, "/body", { in: "body", schema: operation.requestBody.schema }));
    }
  } else if (input.body !== undefined) {
    issues.push({ pointer: "/body", rule: "body", message: `${operation.method} ${operation.path} takes no body` });
  }
  return issues;
}
