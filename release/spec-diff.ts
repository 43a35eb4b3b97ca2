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
  /**
   * Every operation the change reaches, as `GET /PromoCodes (listPromoCodes)`:
   * a change inside a component is listed under each operation that uses the
   * component, directly or through other components. `API-wide` for info,
   * servers, tags, or a component no operation uses.
   */
  operations: string[];
  /** The component the change is inside, as `schema PromoCode`, if it is inside one. */
  component?: string;
  /** The rule's sentence where there is one, else what changed where. */
  description: string;
}

export interface ApiDiff {
  api: string;
  bump: Impact | "none";
  changes: SpecChange[];
}

interface RedoclyChange {
  /** Where redocly met the change first, walking from the paths with $refs resolved: one operation of possibly many. */
  path: string;
  kind: string;
  impact: Impact;
  property?: string;
  verdicts: Array<{ ruleId: string; message: string; impact: Impact }>;
  /** Where the change really is in each document: inside a component when it is one. */
  base?: { pointer?: string };
  revision?: { pointer?: string };
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

type Document = Record<string, any>;

const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"] as const;

function unescape(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

function label(document: Document, apiPath: string, method: string): string {
  const operationId = document.paths?.[apiPath]?.[method]?.operationId;
  return `${method.toUpperCase()} ${apiPath}${operationId ? ` (${operationId})` : ""}`;
}

/** `#/components/schemas/PromoCode` for any pointer inside that component. */
function componentOf(pointer: string): string | undefined {
  return /^#\/components\/[^/]+\/[^/]+/.exec(pointer)?.[0];
}

/** `schema PromoCode` for `#/components/schemas/PromoCode`. */
function componentName(component: string): string {
  const [, kind, name] = component.slice(2).split("/") as [string, string, string];
  return `${kind.replace(/s$/, "").replace(/ie$/, "y")} ${unescape(name)}`;
}

/** The components `node` refers to (local $refs only: the bundles have no others), bounded by the node's own size. */
function referencedComponents(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) referencedComponents(item, found);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        const component = componentOf(value);
        if (component) found.add(component);
      } else referencedComponents(value, found);
    }
  }
  return found;
}

/**
 * For each component, the operations that reach it: those that refer to it,
 * and those that refer to a component that reaches it. Path-level parameters
 * count for every operation of their path.
 */
export function operationsByComponent(document: Document): Map<string, string[]> {
  const direct = new Map<string, Set<string>>();
  for (const [kind, group] of Object.entries((document.components ?? {}) as Record<string, Record<string, unknown>>)) {
    for (const [name, value] of Object.entries(group ?? {})) direct.set(`#/components/${kind}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`, referencedComponents(value));
  }
  const reached = new Map<string, Set<string>>();
  for (const [apiPath, item] of Object.entries((document.paths ?? {}) as Record<string, Document>)) {
    for (const method of METHODS) {
      if (!item?.[method]) continue;
      const operation = label(document, apiPath, method);
      // Breadth-first over the component graph; each component is visited once, so cycles end.
      const queue = [...referencedComponents(item[method]), ...referencedComponents(item.parameters)];
      const seen = new Set<string>();
      while (queue.length > 0) {
        const component = queue.shift()!;
        if (seen.has(component)) continue;
        seen.add(component);
        reached.set(component, (reached.get(component) ?? new Set()).add(operation));
        queue.push(...(direct.get(component) ?? []));
      }
    }
  }
  return new Map([...reached].map(([component, operations]) => [component, [...operations].sort()]));
}

/** The operations a change at `pointer` of `document` reaches, and the component it is inside, if any. */
function reach(pointer: string, document: Document, byComponent: Map<string, string[]>): { operations: string[]; component?: string } {
  const component = componentOf(pointer);
  if (component) return { operations: byComponent.get(component) ?? [], component };
  const match = /^#\/paths\/([^/]+)(?:\/([^/]+))?/.exec(pointer);
  if (!match) return { operations: [] };
  const apiPath = unescape(match[1]!);
  const method = match[2];
  if (method && (METHODS as readonly string[]).includes(method)) return { operations: [label(document, apiPath, method)] };
  // A change to the path item itself (its parameters, summary) reaches each of its operations.
  return { operations: METHODS.filter((each) => document.paths?.[apiPath]?.[each]).map((each) => label(document, apiPath, each)) };
}

function describe(change: RedoclyChange, component: string | undefined, pointer: string | undefined): string {
  const inside = component && pointer ? pointer.slice(component.length + 1) : undefined;
  const where = component ? `${componentName(component)}${inside ? ` ${unescape(inside)}` : ""}` : undefined;
  if (change.verdicts.length) return `${change.verdicts.map((verdict) => verdict.message).join(" ")}${where ? ` (in ${where})` : ""}`;
  if (where) return `${change.kind} ${where}${change.property ? ` · ${change.property}` : ""}`;
  const local = change.path.replace(/^#\/paths\/[^/]+\/[a-z]+\/?/, "").replace(/~1/g, "/") || "operation";
  return `${change.kind} ${local}${change.property ? ` · ${change.property}` : ""}`;
}

/** One redocly change, placed under every operation it reaches in either document. */
function toSpecChange(change: RedoclyChange, base: { document: Document; byComponent: Map<string, string[]> }, revision: { document: Document; byComponent: Map<string, string[]> }): SpecChange {
  const sides = [
    { pointer: change.revision?.pointer, ...revision },
    { pointer: change.base?.pointer, ...base },
  ];
  // Redocly's own path names one operation; it reaches the component too, but say so even if the pointer were missing.
  const reported = change.kind === "removed" ? base : revision;
  const operations = new Set(reach(change.path, reported.document, reported.byComponent).operations);
  let component: string | undefined;
  let pointer: string | undefined;
  for (const side of sides) {
    if (!side.pointer) continue;
    const found = reach(side.pointer, side.document, side.byComponent);
    for (const operation of found.operations) operations.add(operation);
    if (!component && found.component) [component, pointer] = [found.component, side.pointer];
  }
  return {
    impact: change.impact,
    operations: operations.size > 0 ? [...operations].sort() : ["API-wide"],
    ...(component ? { component: componentName(component) } : {}),
    description: describe(change, component, pointer),
  };
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
        results.push({ api: api.alias, bump: "minor", changes: [{ impact: "minor", operations: ["API-wide"], description: `${api.alias} is new since ${baseRef}` }] });
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
      const base = JSON.parse(baseText) as Document;
      const sides = {
        base: { document: base, byComponent: operationsByComponent(base) },
        revision: { document: revision as Document, byComponent: operationsByComponent(revision as Document) },
      };
      results.push({ api: api.alias, bump: report.bump ?? "none", changes: report.changes.map((change) => toSpecChange(change, sides.base, sides.revision)) });
    }
    return results;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The changes of one API grouped by operation (a change under each operation it reaches), operations in a stable order. */
export function byOperation(changes: readonly SpecChange[]): Array<[string, SpecChange[]]> {
  const groups = new Map<string, SpecChange[]>();
  for (const change of changes) for (const operation of change.operations) groups.set(operation, [...(groups.get(operation) ?? []), change]);
  return [...groups].sort(([a], [b]) => (a === "API-wide" ? -1 : b === "API-wide" ? 1 : a.localeCompare(b)));
}
