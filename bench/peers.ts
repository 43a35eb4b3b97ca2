// The other generators the benchmark compares with on the same input:
// @hey-api/openapi-ts (types and SDK) and orval (types and a fetch client).
// They are not dependencies of this project (orval alone brings a bundler and
// a hundred packages to every `npm ci`): the benchmark installs them, at the
// pinned versions below, into node_modules/.cache/ the first time it runs,
// with npm as any install does, and reuses them afterwards.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Exact versions, so two runs of the benchmark compare the same peers. */
export const PEER_PACKAGES = {
  "@hey-api/openapi-ts": "0.99.0",
  orval: "8.38.0",
  // Both load the TypeScript compiler API; 7.x no longer ships it as JavaScript.
  typescript: "5.9.3",
} as const;

export interface Peer {
  name: string;
  version: string;
  /** Node arguments for one generation of `spec` into a fresh `out` folder. */
  command: (spec: string, out: string) => string[];
}

/** Installs the peers into `folder` unless they are there; returns them, or why not. */
export async function loadPeers(folder: string): Promise<{ peers: Peer[]; skipped: string[] }> {
  const installed = async (name: string) =>
    (JSON.parse(await readFile(path.join(folder, "node_modules", name, "package.json"), "utf8").catch(() => "{}")) as { version?: string }).version;
  const missing = [];
  for (const [name, version] of Object.entries(PEER_PACKAGES)) if ((await installed(name)) !== version) missing.push(`${name}@${version}`);
  if (missing.length > 0) {
    await mkdir(folder, { recursive: true });
    if (!existsSync(path.join(folder, "package.json"))) await writeFile(path.join(folder, "package.json"), JSON.stringify({ name: "bench-peers", private: true }));
    process.stderr.write(`installing the peers for the benchmark into ${folder}: ${missing.join(" ")}…\n`);
    try {
      const npm = process.platform === "win32" ? "npm.cmd" : "npm";
      await run(npm, ["install", "--no-audit", "--no-fund", "--save-exact", ...missing], { cwd: folder, maxBuffer: 16 << 20 });
    } catch (error) {
      return { peers: [], skipped: [`peers not installed (${(error as Error).message.split("\n")[0]}); run with --no-peers to silence`] };
    }
  }
  const bin = (name: string, file: string) => path.join(folder, "node_modules", name, file);
  const peers: Peer[] = [
    {
      name: "@hey-api/openapi-ts",
      version: (await installed("@hey-api/openapi-ts")) ?? "?",
      // Its defaults: types, the SDK and its fetch client. Its bin/run.js only spawns dist/run.mjs in a
      // second process, whose memory the parent's peak RSS would not show: run that directly.
      command: (spec, out) => [bin("@hey-api/openapi-ts", "dist/run.mjs"), "-i", spec, "-o", out],
    },
    {
      name: "orval",
      version: (await installed("orval")) ?? "?",
      command: (spec, out) => [bin("orval", "dist/bin/orval.mjs"), "--input", spec, "--output", path.join(out, "api.ts")],
    },
  ];
  const skipped: string[] = [];
  const present: Peer[] = [];
  for (const peer of peers) {
    if (existsSync(peer.command("x", "y")[0]!)) present.push(peer);
    else skipped.push(`${peer.name}: its command is not where this benchmark expects it (${peer.command("x", "y")[0]})`);
  }
  return { peers: present, skipped };
}
