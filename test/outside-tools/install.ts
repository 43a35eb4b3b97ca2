// The outside tools (Prism, @hey-api/openapi-ts, orval, swagger-parser) live in their own folder with an
// exact lock file, apart from the package's dependencies, so that installing the
// package stays light. Under CI, .ci/run installs them (`npm ci --prefix
// test/outside-tools`) and a missing tool fails the test that needs it; on a
// developer's machine the first test that needs them installs them.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const OUTSIDE_TOOLS = path.resolve(import.meta.dirname);
const manifest = JSON.parse(readFileSync(path.join(OUTSIDE_TOOLS, "package.json"), "utf8")) as { dependencies: Record<string, string> };

function installedVersion(name: string): string | undefined {
  const file = path.join(OUTSIDE_TOOLS, "node_modules", name, "package.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version : undefined;
}

/** Installs the folder's lock file when any tool is missing or at another version (never under CI, where .ci/run does it). */
export function installOutsideTools(): void {
  if (process.env.CI === "true" || Object.entries(manifest.dependencies).every(([name, version]) => installedVersion(name) === version)) return;
  execFileSync("npm", ["ci", "--prefix", OUTSIDE_TOOLS, "--no-audit", "--no-fund", "--loglevel=error"], { stdio: "inherit" });
}

/** The folder of `name` in test/outside-tools/node_modules, at the pinned version, installing the folder's lock file first when needed outside CI. */
export function outsideTool(name: string): string {
  const wanted = manifest.dependencies[name];
  if (wanted === undefined) throw new Error(`${name} is not one of test/outside-tools/package.json's dependencies`);
  if (installedVersion(name) !== wanted) {
    if (process.env.CI === "true") {
      throw new Error(`${name}@${wanted} is not installed in test/outside-tools (found ${installedVersion(name) ?? "nothing"}): run npm ci --prefix test/outside-tools`);
    }
    execFileSync("npm", ["ci", "--prefix", OUTSIDE_TOOLS, "--no-audit", "--no-fund", "--loglevel=error"], { stdio: "inherit" });
    if (installedVersion(name) !== wanted) throw new Error(`npm ci --prefix test/outside-tools did not install ${name}@${wanted}`);
  }
  return path.join(OUTSIDE_TOOLS, "node_modules", name);
}

export function outsideBin(name: string, bin: string): string {
  outsideTool(name);
  return path.join(OUTSIDE_TOOLS, "node_modules", ".bin", bin);
}
