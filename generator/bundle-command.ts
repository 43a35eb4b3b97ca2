// `npm run bundle`: the bundled spec of every API in redocly.yaml, written to
// generated/<api>/openapi.json and openapi.yaml. Other repositories consume these.
import { bundleApi } from "./bundle.js";
import { loadProjectConfig } from "./config.js";
import { SpecError } from "./problems.js";
import { toJson, toYaml } from "./serialize.js";
import { staleFiles, writeFilesAtomically, type OutputFile } from "./write.js";

const OUTPUT_ROOT = "generated";

export async function bundledFiles(configPath?: string): Promise<OutputFile[]> {
  const { config, apis } = await loadProjectConfig(configPath);
  const files: OutputFile[] = [];
  for (const api of apis) {
    const document = await bundleApi(api.root, config.forAlias(api.alias));
    files.push({ path: `${api.name}/openapi.json`, contents: toJson(document) });
    files.push({ path: `${api.name}/openapi.yaml`, contents: toYaml(document) });
  }
  return files;
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes("--check");
  const files = await bundledFiles();
  if (check) {
    const stale = await staleFiles(OUTPUT_ROOT, files);
    if (stale.length > 0) {
      console.error(`Out of date (run \`npm run bundle\`):\n${stale.map((file) => `  ${file}`).join("\n")}`);
      return 1;
    }
    return 0;
  }
  await writeFilesAtomically(OUTPUT_ROOT, files);
  console.log(`Bundled ${files.length / 2} APIs into ${OUTPUT_ROOT}/.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof SpecError ? error.message : error);
    process.exit(1);
  },
);
