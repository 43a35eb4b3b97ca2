// What changed in the specs between a git ref and the working tree, rated by
// `redocly diff` (a maintained tool: no diff engine of our own). The working tree
// side is bundled fresh from spec/, so an uncommitted or not-yet-generated edit
// is seen; the ref side is the bundle committed at the ref (generated/<api>/openapi.json).
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { bundleApi } from "../generator/bundle.js";
import { loadProjectConfig } from "../generator/config.js";

const run = promisify(execFile);

export type Impact = "major" | "minor" | "patch";
export const IMPACT_ORDER: ReadonlyArray<Impact | "none"> = ["none", "patch", "minor", "major"];

export function maxImpact(impacts: Iterable<Impact | "none">): Impact | "none" {
  let highest: Impact | "none" = "none";
  for (const impact of impacts) if (IMPACT_ORDER.indexOf(impact) > IMPACT_ORDER.indexOf(highest)) highest = impact;
  return highest;
}

/** One change as redocly diff reports it, reduced to what people read. */
export interface SpecChange {
  impact: Impact;
  /** `GET /PromoCodes (listPromoCodes)`, or `API-wide` for info, servers, tags. */
  operation: string;
  /** The rule's sentence where there is one, else what changed where. */
  description: string;
}

export interface ApiDiff {
  api: string;
  bump: Impact | "none";
  changes: SpecChange[];
}

interface RedoclyChange {
  path: string;
  kind: string;
  impact: Impact;
  property?: string;
  verdicts: Array<{ ruleId: string; message: string; impact: Impact }>;
}

interface RedoclyReport {
  bump: Impact | "none";
  changes: RedoclyChange[];
}

const REDOCLY = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../node_modules/@redocly/cli/bin/cli.js");

export async function gitShow(ref: string, file: string, cwd: string): Promise<string | undefined> {
  try {
    return (await run("git", ["show", `${ref}:${file}`], { cwd, maxBuffer: 64 << 20 })).stdout;
  } catch {
    return undefined;
  }
}

function operationLabel(pointer: string, document: Record<string, any>): string {
  const match = /^#\/paths\/([^/]+)\/(get|put|post|delete|patch|options|head|trace)(?:\/|$)/.exec(pointer);
  if (!match) return "API-wide";
  const apiPath = match[1]!.replace(/~1/g, "/").replace(/~0/g, "~");
  const operationId = document.paths?.[apiPath]?.[match[2]!]?.operationId;
  return `${match[2]!.toUpperCase()} ${apiPath}${operationId ? ` (${operationId})` : ""}`;
}

function describe(change: RedoclyChange): string {
  if (change.verdicts.length) return change.verdicts.map((verdict) => verdict.message).join(" ");
  const where = change.path.replace(/^#\/paths\/[^/]+\/[a-z]+\/?/, "").replace(/~1/g, "/") || "operation";
  return `${change.kind} ${where}${change.property ? ` · ${change.property}` : ""}`;
}

/** Diffs every API in redocly.yaml between `baseRef` and the working tree of `projectRoot`. */
export async function diffSpecs(baseRef: string, projectRoot: string): Promise<ApiDiff[]> {
  const { config, apis } = await loadProjectConfig(path.join(projectRoot, "redocly.yaml"));
  const scratch = await mkdtemp(path.join(tmpdir(), "impact-diff-"));
  try {
    const results: ApiDiff[] = [];
    for (const api of apis) {
      const revision = await bundleApi(api.root, config.forAlias(api.alias));
      const baseText = await gitShow(baseRef, `generated/${api.name}/openapi.json`, projectRoot);
      if (baseText === undefined) {
        results.push({ api: api.alias, bump: "minor", changes: [{ impact: "minor", operation: "API-wide", description: `${api.alias} is new since ${baseRef}` }] });
        continue;
      }
      const baseFile = path.join(scratch, `${api.name}.base.json`);
      const revisionFile = path.join(scratch, `${api.name}.revision.json`);
      await writeFile(baseFile, baseText);
      await writeFile(revisionFile, JSON.stringify(revision, null, 2));
      const { stdout } = await run(process.execPath, [REDOCLY, "diff", baseFile, revisionFile, "--format", "json", "--fail-on", "none"], {
        cwd: scratch,
        maxBuffer: 64 << 20,
        env: { ...process.env, REDOCLY_TELEMETRY: "off" },
      });
      const report = JSON.parse(stdout) as RedoclyReport;
      const base = JSON.parse(baseText) as Record<string, any>;
      results.push({
        api: api.alias,
        bump: report.bump ?? "none",
        changes: report.changes.map((change) => ({
          impact: change.impact,
          operation: operationLabel(change.path, change.kind === "removed" ? base : (revision as Record<string, any>)),
          description: describe(change),
        })),
      });
    }
    return results;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The changes of one API grouped by operation, operations in a stable order. */
export function byOperation(changes: readonly SpecChange[]): Array<[string, SpecChange[]]> {
  const groups = new Map<string, SpecChange[]>();
  for (const change of changes) groups.set(change.operation, [...(groups.get(change.operation) ?? []), change]);
  return [...groups].sort(([a], [b]) => (a === "API-wide" ? -1 : b === "API-wide" ? 1 : a.localeCompare(b)));
}
