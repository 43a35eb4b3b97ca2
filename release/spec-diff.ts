// What changed in the specs between a base commit and the working tree, rated
// from the caller's side (operation-compare.ts). The working tree side is
// bundled fresh from spec/, so an uncommitted or not-yet-generated edit is
// seen; the base side is the bundle committed there (generated/<api>/openapi.json).
import path from "node:path";
import { bundleApi } from "../generator/bundle.js";
import { loadProjectConfig } from "../generator/config.js";
import { gitShow, type Base } from "./base-ref.js";
import { compareApis, type SpecChange } from "./operation-compare.js";
import type { Impact } from "./rating.js";

export type { Impact } from "./rating.js";
export type { SpecChange } from "./operation-compare.js";

export const IMPACT_ORDER: ReadonlyArray<Impact | "none"> = ["none", "patch", "minor", "major"];

export function maxImpact(impacts: Iterable<Impact | "none">): Impact | "none" {
  let highest: Impact | "none" = "none";
  for (const impact of impacts) if (IMPACT_ORDER.indexOf(impact) > IMPACT_ORDER.indexOf(highest)) highest = impact;
  return highest;
}

export interface ApiDiff {
  api: string;
  bump: Impact | "none";
  changes: SpecChange[];
}

/** The changes of one API, the most severe first, then in a stable order. */
function ordered(changes: SpecChange[]): SpecChange[] {
  return [...changes].sort((a, b) => IMPACT_ORDER.indexOf(b.impact) - IMPACT_ORDER.indexOf(a.impact) || a.description.localeCompare(b.description));
}

/** Compares two bundles of one API; `apiName` (`brand`) names the generated client, as the generator does. */
export function diffDocuments(api: string, base: Record<string, unknown>, revision: Record<string, unknown>, apiName?: string): ApiDiff {
  const changes = ordered(compareApis(base, revision, apiName));
  return { api, bump: maxImpact(changes.map((change) => change.impact)), changes };
}

/** Diffs every API in redocly.yaml between `base` and the working tree of `projectRoot`. */
export async function diffSpecs(base: Base, projectRoot: string): Promise<ApiDiff[]> {
  const { config, apis } = await loadProjectConfig(path.join(projectRoot, "redocly.yaml"));
  const results: ApiDiff[] = [];
  for (const api of apis) {
    const revision = await bundleApi(api.root, config.forAlias(api.alias));
    const baseText = await gitShow(base.commit, `generated/${api.name}/openapi.json`, projectRoot);
    if (baseText === undefined) {
      results.push({ api: api.alias, bump: "minor", changes: [{ impact: "minor", operations: [], description: `${api.alias} is new: it has no bundle at ${base.short}` }] });
      continue;
    }
    let before: Record<string, unknown>;
    try {
      before = JSON.parse(baseText) as Record<string, unknown>;
    } catch {
      throw new Error(`generated/${api.name}/openapi.json at ${base.short} is not JSON`);
    }
    results.push(diffDocuments(api.alias, before, revision, api.name));
  }
  return results;
}
