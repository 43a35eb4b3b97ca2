// How reliably the contract runner catches servers with one realistic defect
// each (test/contract/runner-defects.ts: the mock behind a proxy that breaks
// one rule), over many seeds, and how long a run of all 16 operations against
// the mock takes. `npx tsx bench/contract-defects.ts [SEEDS] [--runner FILE]`:
// SEEDS defaults to 10; --runner names another runner module exporting
// runContract (an older checkout's runtime/contract/runner.ts) to compare.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startMockServer } from "../runtime/contract/mock.js";
import { runContract } from "../runtime/contract/runner.js";
import { DEFECTS } from "../test/contract/runner-defects.js";
import { startProxy } from "../test/contract/runner-proxy.js";

type Run = (options: { baseUrl: string; apis: string[]; seed: number }) => Promise<{ ok: boolean }>;

const args = process.argv.slice(2);
const seeds = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 10);
const other = args.includes("--runner") ? args[args.indexOf("--runner") + 1] : undefined;
const otherRun = other ? ((await import(pathToFileURL(path.resolve(other)).href)) as { runContract: Run }).runContract : undefined;

const mock = await startMockServer();
try {
  const durations: number[] = [];
  for (let seed = 1; seed <= 5; seed += 1) {
    mock.reset();
    const started = performance.now();
    const report = await runContract({ baseUrl: mock.url, seed });
    durations.push(performance.now() - started);
    if (!report.ok) throw new Error(`the runner fails the mock under seed ${seed}`);
  }
  durations.sort((a, b) => a - b);
  console.log(`All 16 operations against the mock, 5 seeds: median ${(durations[2]! / 1000).toFixed(2)} s (min ${(durations[0]! / 1000).toFixed(2)}, max ${(durations[4]! / 1000).toFixed(2)})\n`);

  console.log(`| check | defect server | seeds caught${otherRun ? " | other runner" : ""} | checks failed (all seeds) |`);
  console.log(`| --- | --- | --- |${otherRun ? " --- |" : ""} --- |`);
  for (const defect of DEFECTS) {
    let caught = 0;
    let otherCaught = 0;
    const failed = new Set<string>();
    for (let seed = 1; seed <= seeds; seed += 1) {
      for (const [run, count] of [[runContract, true], ...(otherRun ? [[otherRun, false] as const] : [])] as const) {
        mock.reset();
        const proxy = await startProxy(mock.url, defect.make());
        try {
          const report = await (run as Run)({ baseUrl: proxy.url, apis: ["brand"], seed });
          if (report.ok) continue;
          if (!count) {
            otherCaught += 1;
            continue;
          }
          caught += 1;
          for (const result of (report as Awaited<ReturnType<typeof runContract>>).results) {
            for (const [name, check] of Object.entries(result.checks)) if (check.outcome === "failed") failed.add(`${result.operationId}:${name}`);
          }
        } finally {
          await proxy.close();
        }
      }
    }
    console.log(`| ${defect.check} | ${defect.name} | ${caught}/${seeds}${otherRun ? ` | ${otherCaught}/${seeds}` : ""} | ${[...failed].sort().join(", ")} |`);
  }
} finally {
  await mock.close();
}
