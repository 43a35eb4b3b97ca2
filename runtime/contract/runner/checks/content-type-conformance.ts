import { documentedResponse } from "../../operation-spec.js";
import { problem, type Check } from "./check.js";

export const contentTypeConformance: Check = {
  name: "content_type_conformance",
  rule: "a documented answer with a body is labelled with one of its documented media types",
  judge(plan, exchange) {
    const documented = exchange.status === undefined ? undefined : documentedResponse(plan.operation, exchange.status);
    if (!documented) return "skip";
    const types = plan.answers[documented.status]?.contentTypes ?? [];
    if (types.length === 0) return "skip";
    const label = exchange.headers["content-type"];
    if (label === undefined) return (exchange.text ?? "") === "" ? problem(`the ${exchange.status} answer has no body and no Content-Type; documented: ${types.join(", ")}`) : problem(`the ${exchange.status} answer has no Content-Type; documented: ${types.join(", ")}`);
    const media = label.split(";")[0]!.trim().toLowerCase();
    if (types.some((type) => mediaMatches(type.toLowerCase(), media))) return "pass";
    return problem(`the ${exchange.status} answer is labelled ${JSON.stringify(label)}; documented: ${types.join(", ")}`);
  },
};

function mediaMatches(documented: string, actual: string): boolean {
  if (documented === actual || documented === "*/*") return true;
  const [type, subtype] = documented.split("/");
  return subtype === "*" && actual.startsWith(`${type}/`);
}
