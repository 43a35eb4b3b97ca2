import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The CLI tests run the compiled generator, as `npm run generate` does; compile it once per test run.
export default function setup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  execFileSync(process.execPath, [path.join(root, "generator/compile.mjs")], { stdio: "inherit" });
}
