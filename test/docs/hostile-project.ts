// A throwaway project holding one API whose spec is given: its redocly.yaml, its
// generated/ output (made in memory by the generator's pipeline, as `npm run
// generate` would) and a package.json, so `buildDocs(site, root)` builds its site.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { foreignSpecConfig } from "../../generator/load.js";
import { generateApi } from "../../generator/pipeline.js";

export async function projectWithSpec(spec: Record<string, unknown>, apiName = "hostile"): Promise<{ root: string; dispose: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), "impact-hostile-project-"));
  const specFile = path.join(root, "spec", "openapi.json");
  await mkdir(path.dirname(specFile), { recursive: true });
  await writeFile(specFile, JSON.stringify(spec, null, 2));
  await writeFile(path.join(root, "redocly.yaml"), `apis:\n  ${apiName}@v1:\n    root: spec/openapi.json\ntelemetry: off\n`);
  await writeFile(path.join(root, "package.json"), JSON.stringify({ name: "hostile", version: "0.0.1" }));
  const outDir = path.join(root, "generated", apiName);
  const result = await generateApi({ label: apiName, apiName, runtimeImport: "./r.js", packageImport: "./index.js", root: specFile, config: await foreignSpecConfig(), outDir, stage: "all", publishYaml: true, emitTypes: () => "" });
  for (const file of result.files) {
    await mkdir(path.dirname(path.join(outDir, file.path)), { recursive: true });
    await writeFile(path.join(outDir, file.path), file.contents);
  }
  return { root, dispose: () => rm(root, { recursive: true, force: true }) };
}
