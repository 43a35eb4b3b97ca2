// Every fixture of a generated folder written out as a literal of its generated
// type, for tsc to check. `fixtures.ts` types the JSON files without tsc reading
// their values (on GitHub's spec that would be most of a consumer's type-check),
// so the generator holds each value to openapi-typescript's type with its own
// model of it (generator/type-fit.ts). This is tsc's own verdict on that model,
// excess-property checks included.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** The file `writeFixtureLiterals` writes into a generated folder. */
export const FIXTURE_LITERALS_FILE = "fixture-literals.ts";

async function readLists(folder: string, file: string): Promise<Record<string, unknown> | undefined> {
  const text = await readFile(path.join(folder, "fixtures", file), "utf8").catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>);
}

/**
 * Writes `fixture-literals.ts` into `folder` (a copy of generated output, never
 * the committed one): one typed constant per request, response and schema
 * fixture. Returns how many values it declares.
 */
export async function writeFixtureLiterals(folder: string): Promise<number> {
  const key = (name: string) => JSON.stringify(name);
  const lines: string[] = [];
  const used = new Set<string>();
  let count = 0;
  const declare = (type: string, value: unknown) => {
    used.add(type.slice(0, type.indexOf("[")));
    lines.push(`export const fixture${count++}: ${type}[number] = ${JSON.stringify(value)};`);
  };
  const requests = (await readLists(folder, "requests.json")) as Record<string, unknown[]> | undefined;
  for (const [operation, list] of Object.entries(requests ?? {})) for (const value of list) declare(`Requests[${key(operation)}]`, value);
  const responses = (await readLists(folder, "responses.json")) as Record<string, Record<string, unknown[]>> | undefined;
  for (const [operation, byStatus] of Object.entries(responses ?? {})) {
    for (const [status, list] of Object.entries(byStatus)) for (const value of list) declare(`Responses[${key(operation)}][${key(status)}]`, value);
  }
  const schemas = (await readLists(folder, "schemas.json")) as Record<string, unknown[]> | undefined;
  for (const [name, list] of Object.entries(schemas ?? {})) for (const value of list) declare(`Schemas[${key(name)}]`, value);
  // Only the types in use: the project's tsconfig refuses an unused import.
  if (used.size > 0) lines.unshift(`import type { ${[...used].join(", ")} } from "./fixtures.js";`);
  await writeFile(path.join(folder, FIXTURE_LITERALS_FILE), `${lines.join("\n")}\n`);
  return count;
}
