// What a check is: a name (Schemathesis's), one sentence of what it demands,
// and a judge of one answer. A judge says pass, names the problem, or skips an
// answer it has nothing to say about (a 429 for the acceptance checks, an
// undocumented status for the schema check: another check owns that).
import type { Exchange } from "../http.js";
import type { OperationPlan } from "../plan.js";
import type { CheckName } from "../results.js";

export type Verdict = "pass" | "skip" | { problem: string };

export interface Check<Context = undefined> {
  name: CheckName;
  rule: string;
  judge(plan: OperationPlan, exchange: Exchange, context: Context): Verdict;
}

const BODY_EXCERPT = 300;

/** The status and the start of the body, for a problem's message. */
export function describeAnswer(exchange: Exchange): string {
  const text = exchange.text ?? "";
  const excerpt = text.length > BODY_EXCERPT ? `${text.slice(0, BODY_EXCERPT)}…` : text;
  return `status ${exchange.status}, body ${excerpt === "" ? "empty" : JSON.stringify(excerpt)}`;
}

export function problem(text: string): Verdict {
  return { problem: text };
}
