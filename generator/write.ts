import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** A file the generator means to write: a path relative to the output root, and its text. */
export interface OutputFile {
  path: string;
  contents: string;
}

/**
 * Writes every file next to its target under a temporary name, then renames them
 * all into place. Nothing is touched until all contents exist, so a failed run
 * leaves the previous output as it was; a crash mid-way leaves only `.tmp` files.
 */
export async function writeFilesAtomically(outputRoot: string, files: readonly OutputFile[]): Promise<void> {
  const staged: Array<{ temporary: string; target: string }> = [];
  try {
    for (const file of files) {
      const target = path.join(outputRoot, file.path);
      const temporary = `${target}.${process.pid}.tmp`;
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(temporary, file.contents);
      staged.push({ temporary, target });
    }
  } catch (error) {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  }
  for (const { temporary, target } of staged) await rename(temporary, target);
}

/** The files whose contents on disk differ from what the generator would write. */
export async function staleFiles(outputRoot: string, files: readonly OutputFile[]): Promise<string[]> {
  const stale: string[] = [];
  for (const file of files) {
    const current = await readFile(path.join(outputRoot, file.path), "utf8").catch(() => undefined);
    if (current !== file.contents) stale.push(path.join(outputRoot, file.path));
  }
  return stale;
}
