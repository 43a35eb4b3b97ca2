// The commit a release command compares with. `--base REF` names it (a commit,
// branch or tag; one that does not exist is an error, never "everything is
// new"); without it, the base is the last release: the newest commit whose
// package.json has another version than the working tree's (HEAD when the bump
// is not committed yet, else the parent of the commit that made the bump).
// The repository has no release tags, and CI makes every spec change bump the
// version, so that commit holds the spec the previous version was published from.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** How many commits that touched package.json are looked at for the last release. */
export const RELEASE_SEARCH_LIMIT = 1000;

export class ReleaseError extends Error {}

export interface Base {
  /** The full commit id. */
  commit: string;
  /** The short id, as people read it. */
  short: string;
  /** package.json's version at the base, if it has one there. */
  version?: string | undefined;
  /** How the base was chosen, for the report: "--base HEAD~1" or "the last release". */
  chosen: string;
}

async function git(args: string[], cwd: string): Promise<string> {
  return (await run("git", args, { cwd, maxBuffer: 64 << 20 })).stdout;
}

export async function gitShow(ref: string, file: string, cwd: string): Promise<string | undefined> {
  try {
    return await git(["show", `${ref}:${file}`], cwd);
  } catch {
    return undefined;
  }
}

function versionIn(manifest: string | undefined): string | undefined {
  if (manifest === undefined) return undefined;
  try {
    const version = (JSON.parse(manifest) as { version?: unknown }).version;
    return typeof version === "string" ? version : undefined;
  } catch {
    return undefined;
  }
}

async function describe(commit: string, chosen: string, cwd: string): Promise<Base> {
  const short = (await git(["rev-parse", "--short", commit], cwd)).trim();
  return { commit, short, version: versionIn(await gitShow(commit, "package.json", cwd)), chosen };
}

/** The commit `ref` names, or a one-line error naming it. */
export async function resolveBase(ref: string | undefined, cwd: string): Promise<Base> {
  if (ref !== undefined) {
    // `--end-of-options` keeps a ref that starts with "-" from being read as an option.
    const commit = await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], cwd).then(
      (out) => out.trim(),
      () => undefined,
    );
    if (!commit) throw new ReleaseError(`--base ${JSON.stringify(ref)} is not a commit, branch or tag of this repository`);
    return describe(commit, `--base ${ref}`, cwd);
  }
  const current = versionIn(await readFile(path.join(cwd, "package.json"), "utf8").catch(() => undefined));
  if (current === undefined) throw new ReleaseError("package.json has no version to find the last release by; pass --base REF");
  // Bumped but not committed yet: the last release is what is committed.
  if (versionIn(await gitShow("HEAD", "package.json", cwd)) !== current) return describe((await git(["rev-parse", "HEAD"], cwd)).trim(), "the last release", cwd);
  // Else the commit that raised the version to the current one (along main's own line: merged branches bump on their own) has the last release as its parent.
  const commits = (await git(["log", "--first-parent", `--max-count=${RELEASE_SEARCH_LIMIT}`, "--format=%H", "HEAD", "--", "package.json"], cwd).catch(() => "")).split("\n").filter(Boolean);
  for (const commit of commits) {
    const parent = await git(["rev-parse", "--verify", "--quiet", `${commit}^`], cwd).then(
      (out) => out.trim(),
      () => undefined,
    );
    if (parent && versionIn(await gitShow(parent, "package.json", cwd)) !== current) return describe(parent, "the last release", cwd);
  }
  throw new ReleaseError(`no commit in this repository's history has a package.json version other than ${current}; pass --base REF`);
}

/** "0.1.0 (6409ed8)" or "6409ed8": the base as an entry names it. */
export function baseLabel(base: Base): string {
  return base.version ? `${base.version} (${base.short})` : base.short;
}
