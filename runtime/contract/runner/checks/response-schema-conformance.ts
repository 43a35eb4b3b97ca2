import { documentedResponse } from "../../operation-spec.js";
import { describeAnswer, problem, type Check } from "./check.js";

const SHOWN_ISSUES = 3;

/**
 * Judged in the wire form (see spec/README.md) whatever the Content-Type says:
 * a mislabelled body belongs to content_type_conformance, so one defect fails one check.
 */
export const responseSchemaConformance: Check = {
  name: "response_schema_conformance",
  rule: "a documented answer's body is valid against its schema in the wire form",
  judge(plan, exchange) {
    const documented = exchange.status === undefined ? undefined : documentedResponse(plan.operation, exchange.status);
    if (!documented || documented.schema === undefined) return "skip";
    let body: unknown;
    try {
      body = JSON.parse(exchange.text ?? "");
    } catch {
      return problem(`the ${exchange.status} body is not JSON; ${describeAnswer(exchange)}`);
    }
    const issues = plan.validators.validateResponse(plan.operation.operationId, exchange.status!, body, { mode: "wire" });
    if (issues.length === 0) return "pass";
    const first = issues.slice(0, SHOWN_ISSUES).map((issue) => `${issue.pointer} ${issue.rule}: ${issue.message}`).join("; ");
    return problem(`the ${exchange.status} body does not match the spec (${issues.length} issue${issues.length === 1 ? "" : "s"}: ${first}${issues.length > SHOWN_ISSUES ? "; …" : ""}); ${describeAnswer(exchange)}`);
  },
};
