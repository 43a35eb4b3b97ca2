// Request and response validators for one API, compiled once from its bundled
// spec with ajv. What other repositories use to check their code against
// impact.com without calling it: every problem names a JSON pointer and a rule.
import { SchemaValidator, type ValidationMode } from "../schema-validator.js";
import type { JsonSchema } from "../wire-format.js";
import { documentedResponse, operationsOf, type OperationSpec, type RequestInput, type ValidationIssue } from "./operation-spec.js";
import { requestIssues } from "./request-issues.js";

// The package's `impact-promo-api/validators` entry: what it has always exported stays importable from it.
export { coerceParameter, documentedResponse, operationsOf, type OperationSpec, type RequestInput, type ValidationIssue } from "./operation-spec.js";

type Json = Record<string, any>;

export interface Validators {
  readonly operations: ReadonlyMap<string, OperationSpec>;
  validateRequest(operationId: string, input: RequestInput): ValidationIssue[];
  validateResponse(operationId: string, status: number, body: unknown, options?: { mode?: ValidationMode }): ValidationIssue[];
}

/** Compiles the validators of one API from its bundled document (generated/<api>/openapi.json). */
export function createValidators(document: Json): Validators {
  const operations = operationsOf(document);
  const strict = new SchemaValidator(document, "strict");
  const wire = document["x-wire-format"] ? new SchemaValidator(document, "wire") : strict;
  const find = (operationId: string) => {
    const operation = operations.get(operationId);
    if (!operation) throw new Error(`Unknown operation ${operationId}; known: ${[...operations.keys()].join(", ")}`);
    return operation;
  };
  const check = (validator: SchemaValidator, schema: JsonSchema | undefined, value: unknown, prefix: string, rootName: string): ValidationIssue[] =>
    schema === undefined ? [] : validator.validate(schema, value, rootName).map((problem) => ({ pointer: `${prefix}${problem.pointer === "/" ? "" : problem.pointer}` || "/", rule: problem.keyword, message: problem.message }));

  return {
    operations,
    validateRequest(operationId, input) {
      return requestIssues(find(operationId), input, (value, pointer, place) => check(strict, place.schema, value, pointer, place.name ?? "the body"));
    },
    validateResponse(operationId, status, body, options = {}) {
      const operation = find(operationId);
      const response = documentedResponse(operation, status);
      if (!response) {
        return [{ pointer: "/", rule: "status", message: `status ${status} is not documented for ${operationId} (documented: ${Object.keys(operation.responses).join(", ")})` }];
      }
      return check(options.mode === "strict" ? strict : wire, response.schema, body, "", "the body");
    },
  };
}
