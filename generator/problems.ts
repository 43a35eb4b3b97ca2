import path from "node:path";
import { getLineColLocation, unescapePointerFragment, type NormalizedProblem } from "@redocly/openapi-core";
import { escapePointerSegment } from "../runtime/json-pointer.js";
import { jsonValuePosition, looksLikeJson, type LineCol } from "./json-position.js";

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

/**
 * A failure of the generator itself (a bug, not the spec's fault): it names the
 * stage and the file, and keeps the original error for `--debug`.
 */
export class InternalError extends Error {
  constructor(
    readonly stage: string,
    readonly file: string,
    readonly original: unknown,
  ) {
    super(`internal error while ${stage} of ${file}: ${original instanceof Error ? original.message : String(original)}`);
    this.name = "InternalError";
  }
}

/** Runs one stage of the pipeline; anything but a SpecError becomes an InternalError naming the stage. */
export async function during<T>(stage: string, file: string, work: () => T | Promise<T>): Promise<T> {
  try {
    // A fault the CLI tests inject, to prove an internal failure is reported as one and writes nothing.
    if (process.env.IMPACT_GENERATOR_FAULT === stage) throw new Error(`fault injected into ${stage}`);
    return await work();
  } catch (error) {
    if (error instanceof SpecError || error instanceof InternalError) throw error;
    throw new InternalError(stage, file, error);
  }
}

/** A problem the run goes on past: where (`file:line:col` or `file#/pointer`), what, and its kind for the summary. */
export interface Warning {
  kind: string;
  readonly where: string;
  message: string;
  /**
   * Where a warning located by a pointer (`where` is `file#/pointer`) was
   * written, as `file:line:col`, when that can be told; worked out when first
   * read, as only the warnings printed need it.
   */
  readonly position?: string | undefined;
}

/** `file:line:col  what is wrong  (kind)`; `file#/pointer` where no line can be told. */
export function formatWarning(warning: Warning): string {
  return `${warning.position ?? warning.where}  ${warning.message}  (${warning.kind})`;
}

/** `3 example, 1 struct`: how many warnings of each kind, most frequent first. */
export function countWarnings(warnings: readonly Warning[]): string {
  const counts = new Map<string, number>();
  for (const warning of warnings) counts.set(warning.kind, (counts.get(warning.kind) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([kind, count]) => `${count} ${kind}`)
    .join(", ");
}

/** Collects warnings, each said once. */
export class Warnings {
  readonly list: Warning[] = [];
  private readonly seen = new Set<string>();

  /** `locate` turns a pointer into the bundle into `file:line:col` in the spec's files (locate.ts). */
  constructor(
    readonly file: string,
    private readonly locate?: (pointer: string) => string | undefined,
  ) {}

  add(kind: string, where: string, message: string): void {
    this.addWarning({ kind, where, message });
  }

  /** `identity` stands for `where` in telling one warning from another, where `where` costs to compute (see lintWarning). */
  addWarning(warning: Warning, identity = warning.where): void {
    const key = `${warning.kind}\0${identity}\0${warning.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(warning);
  }

  /** A warning located by a JSON pointer into the bundled document. */
  at(kind: string, pointer: string, message: string): void {
    const at = `${pointer.startsWith("#") ? "" : "#"}${pointer}`;
    const locate = this.locate;
    let position: string | undefined | null = locate ? null : undefined;
    this.addWarning({
      kind,
      where: `${this.file}${at}`,
      message,
      get position() {
        if (position === null) position = locate!(at);
        return position;
      },
    });
  }
}

/** A JSON pointer of `segments`, escaped (`~0`, `~1`). */
export function pointer(...segments: Array<string | number>): string {
  return `#/${segments.map(escapePointerSegment).join("/")}`;
}


/** Where a problem is: `file:line:column`, the file relative to the working directory. */
export function problemWhere(problem: NormalizedProblem): string {
  const where = problem.location[0];
  if (!where) return "";
  const start = locationStart(where);
  const file = path.relative(process.cwd(), where.source.absoluteRef) || where.source.absoluteRef;
  return `${file}:${start.line}:${start.col}`;
}

/**
 * Redocly's line and column of a problem's location. In a JSON file it is scanned to (json-position.ts): Redocly's
 * lookup parses the whole file into a syntax tree first, 0.5 s of GitHub Enterprise's spec for the first warning shown.
 * Its pointer is read as Redocly reads it (empty segments dropped); a path the file lacks goes to Redocly's lookup,
 * which answers the deepest node it finds.
 */
function locationStart(where: NormalizedProblem["location"][number]): LineCol {
  if (where.pointer !== undefined && looksLikeJson(where.source.body)) {
    const segments = where.pointer.slice(2).split("/").map(unescapePointerFragment).filter(Boolean);
    const found = jsonValuePosition(where.source.body, segments, { key: Boolean(where.reportOnKey) });
    if (found) return found;
  }
  return getLineColLocation(where).start;
}

/**
 * A lint problem as a warning, and what tells it from another (its file and
 * pointer). Its `file:line:column` is worked out when first read, as only the
 * warnings printed need it (the first few, or all under `--verbose`; none under
 * `--quiet`): Redocly finds a line by parsing the whole file again, which took
 * 0.34 s of GitHub's spec.
 */
export function lintWarning(problem: NormalizedProblem): { warning: Warning; identity: string } {
  let where: string | undefined;
  const location = problem.location[0];
  const warning: Warning = {
    kind: problem.ruleId,
    message: problem.message,
    get where() {
      return (where ??= problemWhere(problem));
    },
  };
  return { warning, identity: location ? `${location.source.absoluteRef}#${location.pointer}${location.reportOnKey ? " key" : ""}` : "" };
}

/** `file:line:column  message  (rule)`, with the file relative to the working directory. */
export function describeProblem(problem: NormalizedProblem): string {
  const where = problemWhere(problem);
  return where ? `${where}  ${problem.message}  (${problem.ruleId})` : `${problem.message}  (${problem.ruleId})`;
}

/** How many problems a refusal lists: a spec with thousands of broken $refs says so in a screenful, not in thousands of lines. */
export const MAX_LISTED_PROBLEMS = 20;

/** `problems` described one a line, the first MAX_LISTED_PROBLEMS of them and how many more there are. */
export function describeProblems(problems: readonly NormalizedProblem[]): string[] {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map(describeProblem);
  return problems.length > MAX_LISTED_PROBLEMS ? [...listed, `… and ${problems.length - MAX_LISTED_PROBLEMS} more`] : listed;
}

/**
 * The first `$ref` the resolver refused, as one line naming where it is written
 * and why; undefined when none was. Redocly reports a refused ref as an
 * unresolved one ("Can't resolve $ref: <why>"), which the resolver recognises.
 */
export function refusedRef(
  problems: readonly NormalizedProblem[],
  resolver: { refusalIn(message: string): { message: string; located: boolean } | undefined },
): SpecError | undefined {
  let first: string | undefined;
  let count = 0;
  for (const problem of problems) {
    const refusal = resolver.refusalIn(problem.message);
    if (!refusal) continue;
    count++;
    first ??= refusal.located ? refusal.message : `${problemWhere(problem) || "the spec"}  ${refusal.message}`;
  }
  if (first === undefined) return undefined;
  return new SpecError(count > 1 ? `${first} (and ${count - 1} more refused)` : first);
}

/** Whether `error` is V8's stack overflow, which Redocly's recursive walkers end in on a deep enough spec. */
export function stackRanOut(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
