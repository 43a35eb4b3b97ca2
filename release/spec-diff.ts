// What changed in the specs between a base commit and the working tree, rated
// from the caller's side (operation-compare.ts). Both sides are bundled here by
// the same bundler: the working tree's spec/, so an edit not yet generated is
// seen, and the base's spec/ as committed (read with git archive). Comparing the
// base's committed generated/ bundle instead would show every change of the
// bundler itself as a change of the API.
import { execFile } from "node:child_process";
import { mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { bundleApi } from "../generator/bundle.js";
import { loadProjectConfig } from "../generator/config.js";
import type { Base } from "./base-ref.js";
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

const run = promisify(execFile);

/** The base's spec/ and redocly.yaml, written into `folder`. */
async function checkOut(base: Base, projectRoot: string, folder: string): Promise<boolean> {
  const tar = path.join(folder, "base.tar");
  try {
    await run("git", ["archive", "--format=tar", `--output=${tar}`, base.commit, "--", "spec", "redocly.yaml"], { cwd: projectRoot });
  } catch {
    return false;
  }
  await run("tar", ["-xf", tar, "-C", folder]);
  // The house lint plugin in spec/plugins may import packages.
  await symlink(path.join(projectRoot, "node_modules"), path.join(folder, "node_modules")).catch(() => undefined);
  return true;
}

/** Diffs every API in redocly.yaml between `base` and the working tree of `projectRoot`. */
export async function diffSpecs(base: Base, projectRoot: string): Promise<ApiDiff[]> {
  const { config, apis } = await loadProjectConfig(path.join(projectRoot, "redocly.yaml"));
  const scratch = await mkdtemp(path.join(tmpdir(), "impact-release-base-"));
  try {
    const baseProject = (await checkOut(base, projectRoot, scratch)) ? await loadProjectConfig(path.join(scratch, "redocly.yaml")).catch(() => undefined) : undefined;
    const results: ApiDiff[] = [];
    for (const api of apis) {
      const revision = await bundleApi(api.root, config.forAlias(api.alias));
      const baseApi = baseProject?.apis.find((candidate) => candidate.alias === api.alias);
      if (!baseProject || !baseApi) {
        results.push({ api: api.alias, bump: "minor", changes: [{ impact: "minor", operations: [], description: `${api.alias} is new: ${base.short} has no such API` }] });
        continue;
      }
      let before: Record<string, unknown>;
      try {
        before = await bundleApi(baseApi.root, baseProject.config.forAlias(baseApi.alias));
      } catch (error) {
        throw new Error(`the spec of ${api.alias} at ${base.short} does not bundle: ${(error as Error).message.split("\n")[0]}`);
      }
      results.push(diffDocuments(api.alias, before, revision, api.name));
    }
    return results;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
