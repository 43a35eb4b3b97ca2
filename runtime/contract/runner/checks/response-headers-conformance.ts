import { SchemaValidator } from "../../../schema-validator.js";
import { coerceParameter, documentedResponse } from "../../operation-spec.js";
import type { Json } from "../plan.js";
import { problem, type Check } from "./check.js";

const validators = new WeakMap<Json, SchemaValidator>();

export const responseHeadersConformance: Check = {
  name: "response_headers_conformance",
  rule: "headers documented for an answer are present when required and valid against their schemas",
  judge(plan, exchange) {
    const documented = exchange.status === undefined ? undefined : documentedResponse(plan.operation, exchange.status);
    const headers = documented ? plan.answers[documented.status]?.headers ?? {} : {};
    if (Object.keys(headers).length === 0) return "skip";
    let validator = validators.get(plan.document);
    if (!validator) validators.set(plan.document, (validator = new SchemaValidator(plan.document, "strict")));
    const problems: string[] = [];
    for (const [name, header] of Object.entries(headers)) {
      const text = exchange.headers[name.toLowerCase()];
      if (text === undefined) {
        if (header.required) problems.push(`${name} is missing`);
        continue;
      }
      if (header.schema === undefined) continue;
      const issues = validator.validate(header.schema, coerceParameter(plan.document, header.schema, text));
      if (issues.length > 0) problems.push(`${name}: ${JSON.stringify(text)} ${issues[0]!.message}`);
    }
    return problems.length === 0 ? "pass" : problem(`the ${exchange.status} answer's headers: ${problems.join("; ")}`);
  },
};
