// Compiles the generator to one ES module in dist/generator/, with its templates
// beside it. `npm run generate` runs this first: compiled, the generator starts in
// a fraction of the time tsx needs to transpile it on every run.
import { cp, rm } from "node:fs/promises";
import { build } from "esbuild";

const outdir = new URL("../dist/generator/", import.meta.url);
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: [new URL("./main.ts", import.meta.url).pathname],
  outfile: new URL("main.mjs", outdir).pathname,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
await cp(new URL("./templates/", import.meta.url), new URL("templates/", outdir), { recursive: true });
