import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "./project.js";

const run = promisify(execFile);
const COMPILED = path.join(PROJECT_ROOT, "dist/generator/main.mjs");

export interface GeneratorRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the compiled generator CLI (as `npm run generate` does) in `cwd`. */
export async function runGenerator(args: string[], cwd = PROJECT_ROOT): Promise<GeneratorRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [COMPILED, ...args], { cwd, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === "number" ? failed.code : 1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

/** Every file under `folder` with a hash of its contents, keyed by relative path. */
export async function snapshotTree(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const result: Record<string, string> = {};
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    result[path.relative(folder, file)] = createHash("sha256").update(await readFile(file)).digest("hex");
  }
  return result;
}
