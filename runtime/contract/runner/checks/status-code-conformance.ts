import { documentedResponse } from "../../operation-spec.js";
import { describeAnswer, problem, type Check } from "./check.js";

export const statusCodeConformance: Check = {
  name: "status_code_conformance",
  rule: "every status is documented for its operation (exactly, by class such as 5XX, or as default)",
  judge(plan, exchange) {
    if (exchange.status === undefined) return "skip";
    if (documentedResponse(plan.operation, exchange.status)) return "pass";
    return problem(`status ${exchange.status} is not documented for ${plan.operation.operationId} (documented: ${Object.keys(plan.operation.responses).join(", ")}); ${describeAnswer(exchange)}`);
  },
};
