import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
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
export async function runGenerator(args: string[], cwd = PROJECT_ROOT, env: Record<string, string> = {}): Promise<GeneratorRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [COMPILED, ...args], { cwd, maxBuffer: 64 << 20, env: { ...process.env, ...env } });
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

/**
 * Makes `folder` (generated output moved anywhere) a project that resolves what
 * generated code imports as a user's project would: `impact-promo-api` is this
 * checkout (its `source` export condition), every other package comes from this
 * checkout's node_modules. Returns the tsconfig path for `tsc -p`.
 */
export async function asConsumerProject(folder: string, include: readonly string[] = ["**/*.ts"]): Promise<string> {
  const modules = path.join(folder, "node_modules");
  await mkdir(modules, { recursive: true });
  for (const entry of await readdir(path.join(PROJECT_ROOT, "node_modules"))) {
    if (entry.startsWith(".")) continue;
    await symlink(path.join(PROJECT_ROOT, "node_modules", entry), path.join(modules, entry)).catch(() => undefined);
  }
  await symlink(PROJECT_ROOT, path.join(modules, "impact-promo-api")).catch(() => undefined);
  await writeFile(path.join(folder, "package.json"), JSON.stringify({ type: "module", private: true }));
  const tsconfig = path.join(folder, "tsconfig.json");
  await writeFile(
    tsconfig,
    JSON.stringify({
      extends: path.join(PROJECT_ROOT, "tsconfig.json"),
      include,
      files: await checkedJavaScript(folder),
      exclude: ["node_modules"],
      compilerOptions: SDK_CHECK_OPTIONS,
    }),
  );
  return tsconfig;
}

/**
 * What makes a project check the generated JavaScript as well as use it: the
 * sdk's declarations (sdk.d.ts, which skipLibCheck would pass over), its
 * JavaScript against them (sdk.js, whose JSDoc types name each declaration), and
 * the docs' samples (samples.js). A consumer's project needs none of this; ours
 * must check what it ships.
 */
export const SDK_CHECK_OPTIONS = { types: ["node"], skipLibCheck: false, allowJs: true, checkJs: true } as const;

/**
 * Every generated folder's sdk.js (beside its sdk.d.ts) and samples.js under
 * `folder`, node_modules aside, for a tsconfig's `files`: an `include` pattern
 * would not do, since tsc drops a .js file from its includes where the .d.ts of
 * the same name is there too.
 */
export async function checkedJavaScript(folder: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (directory: string, depth: number) => {
    const entries = await readdir(directory, { withFileTypes: true });
    const names = new Set(entries.filter((entry) => entry.isFile()).map((entry) => entry.name));
    if (names.has("sdk.js") && names.has("sdk.d.ts")) found.push(path.join(directory, "sdk.js"));
    if (names.has("samples.js") && names.has("index.ts")) found.push(path.join(directory, "samples.js"));
    // Generated folders sit a few levels down at most; node_modules is the packages', not ours.
    if (depth === 0) return;
    for (const entry of entries) if (entry.isDirectory() && entry.name !== "node_modules") await visit(path.join(directory, entry.name), depth - 1);
  };
  await visit(folder, 4);
  return found.sort();
}

/** `tsc -p tsconfig`: its diagnostics, empty when the project type-checks. */
export async function typeCheck(tsconfig: string): Promise<string> {
  const tsc = path.join(PROJECT_ROOT, "node_modules/typescript/bin/tsc");
  // Large specs' output (GitHub's) needs more than Node's default heap.
  return run(process.execPath, ["--max-old-space-size=8192", tsc, "-p", tsconfig], { maxBuffer: 256 << 20 }).then(
    () => "",
    (error: { stdout?: string; stderr?: string; message: string }) => error.stdout || error.stderr || error.message,
  );
}
