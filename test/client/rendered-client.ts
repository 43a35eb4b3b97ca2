// The plain openapi-fetch client (`generated/<api>/client.ts`) rendered from the
// template for a test's own model and imported, so tests follow the generator
// and not the last regeneration.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { emitClient } from "../../generator/emit-client.js";
import type { ApiModel } from "../../generator/model.js";
import { PROJECT_ROOT } from "../support/project.js";

/** `createClient` of the client rendered for `model`, written as `<name>.mjs` in `folder`. */
export async function renderedCreateClient<T>(model: ApiModel, folder: string, name: string): Promise<T> {
  const javascript = ts
    .transpileModule(emitClient(model, "// rendered by a test"), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } })
    .outputText.replace(`from "openapi-fetch"`, `from ${JSON.stringify(pathToFileURL(path.join(PROJECT_ROOT, "node_modules/openapi-fetch/dist/index.mjs")).href)}`);
  const file = path.join(folder, `${name}.mjs`);
  await writeFile(file, javascript);
  return ((await import(pathToFileURL(file).href)) as { createClient: T }).createClient;
}
