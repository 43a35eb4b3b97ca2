import { execFile } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { bundleApi, type OpenApiDocument } from "../../generator/bundle.js";
import { loadProjectConfig } from "../../generator/config.js";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const REDOCLY_CLI = path.join(PROJECT_ROOT, "node_modules/@redocly/cli/bin/cli.js");
const run = promisify(execFile);

/** Bundles every API in a project's redocly.yaml, in memory, keyed by API name. */
export async function bundleAll(projectRoot = PROJECT_ROOT): Promise<Record<string, OpenApiDocument>> {
  const { config, apis } = await loadProjectConfig(path.join(projectRoot, "redocly.yaml"));
  const bundles: Record<string, OpenApiDocument> = {};
  for (const api of apis) bundles[api.name] = await bundleApi(api.root, config.forAlias(api.alias));
  return bundles;
}

export interface CommandResult {
  code: number;
  stdout: string;
  /** stdout and stderr together, for messages. */
  output: string;
}

export interface ProcessResult {
  /** The exit code; -1 when the process never exited with one (not started, killed by a signal or the timeout). */
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `file` with `args` to its end, never rejecting: its exit code and output, whatever it did. */
export function runProcess(file: string, args: readonly string[], options: { cwd?: string; timeout?: number; env?: NodeJS.ProcessEnv } = {}): Promise<ProcessResult> {
  return new Promise((resolve) =>
    execFile(file, args, { cwd: options.cwd ?? PROJECT_ROOT, timeout: options.timeout ?? 60_000, env: options.env ?? process.env, maxBuffer: 32 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr }),
    ),
  );
}

const TSX_CLI = path.join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs");

/** Runs one of the project's TypeScript entry points under tsx, as its npm script does. */
export function runTsx(script: string, args: readonly string[], options: Parameters<typeof runProcess>[2] = {}): Promise<ProcessResult> {
  return runProcess(process.execPath, [TSX_CLI, path.join(PROJECT_ROOT, script), ...args], options);
}

/** Runs the Redocly CLI in `cwd`, capturing stdout and stderr together. */
export async function redocly(args: string[], cwd = PROJECT_ROOT): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [REDOCLY_CLI, ...args], { cwd, maxBuffer: 32 << 20 });
    return { code: 0, stdout, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    const stdout = failed.stdout ?? "";
    return { code: typeof failed.code === "number" ? failed.code : 1, stdout, output: `${stdout}${failed.stderr ?? ""}` };
  }
}

/** A throwaway copy of the spec and redocly.yaml, for tests that break things on purpose. */
export async function copyProject(): Promise<{ root: string; dispose: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), "impact-spec-"));
  await cp(path.join(PROJECT_ROOT, "spec"), path.join(root, "spec"), { recursive: true });
  await cp(path.join(PROJECT_ROOT, "redocly.yaml"), path.join(root, "redocly.yaml"));
  return { root, dispose: () => rm(root, { recursive: true, force: true }) };
}
