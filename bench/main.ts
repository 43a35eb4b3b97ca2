// `npm run bench`: the four benchmarks in turn, in one process tree, so that
// `npm run bench -- OPTIONS` reaches the generation benchmark (the only one with
// options) and `npm run bench -- --help` answers instead of running them all.
import { spawnSync } from "node:child_process";
import path from "node:path";

const PARTS = [
  { file: "run.ts", what: "generation: ours against openapi-typescript alone and the peers (takes the options below)" },
  { file: "client.ts", what: "the generated client's per-call cost and bundle size against openapi-fetch" },
  { file: "contract.ts", what: "the validators' throughput and the mock's requests per second" },
  { file: "msw.ts", what: "what the MSW entry adds to a browser bundle" },
] as const;

const tsx = path.join(import.meta.dirname, "../node_modules/tsx/dist/cli.mjs");
const run = (file: string, args: string[]) => spawnSync(process.execPath, [tsx, path.join(import.meta.dirname, file), ...args], { stdio: "inherit" }).status ?? 1;

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(`usage: npm run bench [-- OPTIONS]
runs, in turn:
${PARTS.map((part) => `  bench/${part.file.padEnd(12)} ${part.what}`).join("\n")}
OPTIONS go to bench/run.ts, whose own help follows.
`);
  process.exit(run("run.ts", ["--help"]));
}
let failed = 0;
for (const part of PARTS) {
  const status = run(part.file, part.file === "run.ts" ? args : []);
  if (status !== 0) {
    console.error(`bench: bench/${part.file} failed (exit ${status})`);
    failed = status;
  }
}
process.exit(failed);
