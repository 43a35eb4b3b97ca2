// Compiles the generator to one ES module in dist/generator/, with its templates
// beside it. `npm run generate` runs this first: compiled, the generator starts in
// a fraction of the time tsx needs to transpile it on every run. The build goes to
// a fresh folder that then replaces dist/generator/ in one rename, so a run of the
// compiled generator never sees a half-built folder.
import { cp, mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const target = `${dist}generator`;
await mkdir(dist, { recursive: true });
const staging = await mkdtemp(`${dist}generator-`);
await build({
  // The CLI, and the worker thread it runs openapi-typescript in.
  entryPoints: {
    main: fileURLToPath(new URL("./main.ts", import.meta.url)),
    "types-worker": fileURLToPath(new URL("./types-worker.ts", import.meta.url)),
  },
  outdir: staging,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
await cp(fileURLToPath(new URL("./templates/", import.meta.url)), `${staging}/templates`, { recursive: true });
const old = `${staging}-old`;
await rename(target, old).catch(() => undefined);
await rename(staging, target);
await rm(old, { recursive: true, force: true });
