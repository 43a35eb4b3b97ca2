import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { installOutsideTools } from "../outside-tools/install.js";

// The CLI tests run the compiled generator, as `npm run generate` does; compile it once per test run.
// The outside tools are installed here, once, rather than by whichever of their test files starts first
// (several at once would run npm ci into one folder). Each vitest project runs its global setup, all in
// vitest's one main process: the mark on that process makes the second a no-op.
const DONE = Symbol.for("impact-promo-api.test-global-setup");

export default function setup(): void {
  const main = globalThis as { [DONE]?: true };
  if (main[DONE]) return;
  main[DONE] = true;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  execFileSync(process.execPath, [path.join(root, "generator/compile.mjs")], { stdio: "inherit" });
  installOutsideTools();
}
