import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import type { OutputFile } from "./write.js";

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Files under the APIs' output folders that this run did not produce (left by an
 * earlier spec, say). With `dryRun` they are only listed, for --check.
 */
export async function removeOrphans(
  outputRoot: string,
  apiFolders: readonly string[],
  produced: readonly OutputFile[],
  { dryRun }: { dryRun: boolean },
): Promise<string[]> {
  const keep = new Set(produced.map((file) => path.join(outputRoot, file.path)));
  const orphans: string[] = [];
  for (const folder of apiFolders) {
    for (const file of await listFiles(folder)) if (!keep.has(file)) orphans.push(file);
  }
  if (!dryRun) await Promise.all(orphans.map((file) => rm(file)));
  return orphans.sort();
}
