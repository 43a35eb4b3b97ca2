// What the generator may remove or overwrite in an output folder: only files it
// wrote itself. It lists them in a manifest inside the folder; a later run removes
// the listed files it no longer produces and nothing else. Anything else in the
// folder (the user's sources, the spec, `.git/`) is never removed, and a file the
// generator would write over is refused unless it is listed, already identical, or
// carries the generator's own header.
import { readdir, readFile, rm, rmdir, stat } from "node:fs/promises";
import path from "node:path";
import type { OutputFile } from "./write.js";

/** The manifest's file name, in the output folder's root. */
export const MANIFEST = ".generated-files.json";
const MANIFEST_KIND = "impact-promo-api generator output";
/** How a generated TypeScript file starts (see `generatedHeader` in pipeline.ts). */
export const HEADER_PREFIX = "// Generated from ";

/** The manifest listing `files` (paths relative to the output root), deterministic. */
export function manifestFile(files: readonly OutputFile[]): OutputFile {
  const listed = files.map((file) => toPosix(file.path)).filter((file) => file !== MANIFEST);
  const manifest = { kind: MANIFEST_KIND, files: [...new Set(listed)].sort() };
  return { path: MANIFEST, contents: `${JSON.stringify(manifest, null, 2)}\n` };
}

function toPosix(file: string): string {
  return file.split(path.sep).join("/");
}

/** A listed path that stays inside the output folder: relative, no `..`, no empty segment. */
function isSafeRelative(file: unknown): file is string {
  if (typeof file !== "string" || file === "" || file.includes("\0") || file.includes("\\")) return false;
  if (path.posix.isAbsolute(file) || path.win32.isAbsolute(file)) return false;
  return file.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}

/**
 * The files an earlier run listed as its own, the manifest among them; an absent
 * manifest lists none, and a file of that name that is not ours is not one.
 */
export async function previouslyGenerated(outputRoot: string): Promise<Set<string>> {
  const text = await readFile(path.join(outputRoot, MANIFEST), "utf8").catch(() => undefined);
  if (text === undefined) return new Set();
  try {
    const parsed = JSON.parse(text) as { kind?: unknown; files?: unknown };
    if (parsed.kind !== MANIFEST_KIND || !Array.isArray(parsed.files)) return new Set();
    return new Set([MANIFEST, ...parsed.files.filter(isSafeRelative)]);
  } catch {
    return new Set();
  }
}

export interface OutputPlan {
  /** Absolute paths of listed files no longer produced: removed (or, with --check, named). */
  orphans: string[];
  /** Absolute paths of files the run would overwrite that it did not write: the run refuses. */
  clobbered: string[];
  /** How many files in the folder this generator did not write (left as they are). */
  foreign: number;
}

/**
 * Compares what is in `outputRoot` with what this run produces and what the last
 * run listed. Only listed files can be orphans; a file in the way that is not
 * listed is ours only when it is identical or starts with our header.
 */
export async function planOutput(outputRoot: string, produced: readonly OutputFile[]): Promise<OutputPlan> {
  const listed = await previouslyGenerated(outputRoot);
  const producing = new Map(produced.map((file) => [toPosix(file.path), file.contents]));
  const orphans: string[] = [];
  for (const relative of listed) {
    if (relative === MANIFEST) continue;
    const absolute = path.join(outputRoot, relative);
    if (!producing.has(relative) && (await isFile(absolute))) orphans.push(absolute);
  }
  const clobbered: string[] = [];
  for (const [relative, wanted] of producing) {
    if (listed.has(relative)) continue;
    const current = await readFile(path.join(outputRoot, relative), "utf8").catch(() => undefined);
    if (current !== undefined && current !== wanted && !current.startsWith(HEADER_PREFIX)) clobbered.push(path.join(outputRoot, relative));
  }
  return { orphans: orphans.sort(), clobbered: clobbered.sort(), foreign: await countForeign(outputRoot, producing, listed) };
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/**
 * Entries that are neither produced nor listed, in the output root and the folders
 * the generator writes to. Not recursive: `--out .` must not walk node_modules/.
 */
async function countForeign(outputRoot: string, producing: ReadonlyMap<string, string>, listed: ReadonlySet<string>): Promise<number> {
  const ours = new Set([MANIFEST, ...producing.keys(), ...listed]);
  const folders = new Set([""]);
  for (const file of ours) {
    const segments = file.split("/");
    for (let depth = 1; depth < segments.length; depth += 1) folders.add(segments.slice(0, depth).join("/"));
  }
  let foreign = 0;
  for (const folder of folders) {
    const entries = await readdir(path.join(outputRoot, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory() ? !folders.has(relative) : !ours.has(relative)) foreign += 1;
    }
  }
  return foreign;
}

/** Removes the orphans, then any folder they leave empty (never a folder that still holds something). */
export async function removeOrphans(outputRoot: string, orphans: readonly string[]): Promise<void> {
  const root = path.resolve(outputRoot);
  const folders = new Set<string>();
  for (const file of orphans) {
    await rm(file, { force: true });
    for (let folder = path.dirname(file); folder.startsWith(`${root}${path.sep}`); folder = path.dirname(folder)) folders.add(folder);
  }
  // Deepest first; rmdir refuses a folder that is not empty, which is what is wanted.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) await rmdir(folder).catch(() => undefined);
}
