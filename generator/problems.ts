import path from "node:path";
import { getLineColLocation, type NormalizedProblem } from "@redocly/openapi-core";

/** A spec problem that stops a run: it names the file, the line and what is wrong. */
export class SpecError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(problems.length ? `${message}\n${problems.map((p) => `  ${p}`).join("\n")}` : message);
    this.name = "SpecError";
  }
}

/** `file:line:column  message  (rule)`, with the file relative to the working directory. */
export function describeProblem(problem: NormalizedProblem): string {
  const where = problem.location[0];
  if (!where) return `${problem.message}  (${problem.ruleId})`;
  const { start } = getLineColLocation(where);
  const file = path.relative(process.cwd(), where.source.absoluteRef) || where.source.absoluteRef;
  return `${file}:${start.line}:${start.col}  ${problem.message}  (${problem.ruleId})`;
}
