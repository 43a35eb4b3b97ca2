import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitTypes } from "../../generator/emit-types.js";
import { foreignSpecConfig } from "../../generator/load.js";
import { generateApi } from "../../generator/pipeline.js";
import { SpecError } from "../../generator/problems.js";
import { PROJECT_ROOT } from "../support/project.js";

// Specs from the wild break their own structure in every way. Whatever a node of
// a valid spec is replaced with, generation either succeeds (with warnings) or
// refuses with a SpecError: never an internal error, never a crash.
const BASES = ["discriminator.yaml", "formats-and-bounds.yaml", "openapi-3.0.yaml", "circular.yaml"];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a node of `value`, `[]` being the root. */
function nodePaths(value: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  const here = [at];
  if (Array.isArray(value)) return here.concat(...value.map((item, index) => nodePaths(item, [...at, index])));
  if (value && typeof value === "object") return here.concat(...Object.entries(value).map(([key, item]) => nodePaths(item, [...at, key])));
  return here;
}

function replaced(value: Json, at: ReadonlyArray<string | number>, by: Json): Json {
  if (at.length === 0) return by;
  const [head, ...rest] = at;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, Json>;
  copy[head!] = replaced(copy[head!]!, rest, by);
  return copy as Json;
}

const junk: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1e308, "", "#/components/schemas/Nowhere", "x", [], {}, [null], { $ref: "#" }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

let work: string;
const bases: Json[] = [];
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "impact-robust-"));
  for (const name of BASES) bases.push(parseYaml(await readFile(path.join(PROJECT_ROOT, "test/generator/specs", name), "utf8")) as Json);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("generation from a spec with any one node broken", () => {
  it("succeeds or refuses with a SpecError, and never fails inside", async () => {
    const config = await foreignSpecConfig();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(BASES.length - 1), fc.nat(), junk, async (baseIndex, pick, by) => {
        const base = bases[baseIndex]!;
        // The version field stays: without it the document is refused before anything else runs.
        const paths = nodePaths(base).filter((at) => at.length > 0 && at[0] !== "openapi");
        const spec = replaced(base, paths[pick % paths.length]!, by);
        const root = path.join(work, `spec-${(run += 1)}.json`);
        await writeFile(root, JSON.stringify(spec));
        try {
          await generateApi({
            label: "robust",
            apiName: "robust",
            runtimeImport: "impact-promo-api/runtime",
            packageImport: "./index.js",
            root,
            config,
            outDir: work,
            stage: "all",
            publishYaml: false,
            emitTypes: (document, header) => emitTypes(structuredClone(document), header),
          });
        } catch (error) {
          if (!(error instanceof SpecError)) throw new Error(`${JSON.stringify(paths[pick % paths.length])} → ${JSON.stringify(by)}: ${(error as Error).stack}`);
        }
      }),
      { numRuns: 100, seed: 20_261_125 },
    );
    expect(run).toBe(100);
  }, 120_000);
});
