import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runGenerator, snapshotTree } from "../support/generator.js";
import { PROJECT_ROOT } from "../support/project.js";

const VALID = `openapi: 3.1.0
info:
  title: Pets
  version: '1'
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Pet'
components:
  schemas:
    Pet:
      type: object
      properties:
        name:
          type: string
`;

// Each broken spec, the line the message must name, and what it must say.
const BROKEN: Array<[string, string, RegExp]> = [
  ["a YAML syntax error", VALID.replace("    get:\n", "    get: [\n"), /spec\.yaml:9:16 +missed comma between flow collection entries +\(YAML\)/],
  ["a broken $ref", VALID.replace("schemas/Pet'", "schemas/Pets'"), /spec\.yaml:15:\d+ .*Can't resolve \$ref/],
  [
    "a duplicate operation id",
    VALID.replace("components:", "  /dogs:\n    get:\n      operationId: listPets\n      responses:\n        '200':\n          description: ok\ncomponents:"),
    /spec\.yaml:18:\d+ .*unique `operationId`/,
  ],
  ["Swagger 2.0", `swagger: "2.0"\ninfo:\n  title: Old\n  version: "1"\npaths: {}\n`, /spec\.yaml:1:1 .*Swagger 2\.0 is not supported/],
  ["an unsupported OpenAPI version", VALID.replace("openapi: 3.1.0", "openapi: 4.0.0"), /spec\.yaml:1:1 .*OpenAPI 4\.0\.0 is not supported/],
  ["an invalid schema", VALID.replace("          type: string", "          type: strnig"), /spec\.yaml:22:\d+ .*`type` can be one of/],
];

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "impact-generator-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function projectCopy(name: string): Promise<string> {
  const root = path.join(work, name);
  for (const entry of ["spec", "generated", "redocly.yaml"]) await cp(path.join(PROJECT_ROOT, entry), path.join(root, entry), { recursive: true });
  return root;
}

describe("npm run generate on this project", () => {
  it("reproduces the committed generated/ byte for byte, twice", async () => {
    const root = await projectCopy("determinism");
    const committed = await snapshotTree(path.join(PROJECT_ROOT, "generated"));
    for (let run = 0; run < 2; run += 1) {
      const result = await runGenerator([], root);
      expect(result.code, result.stderr).toBe(0);
      expect(await snapshotTree(path.join(root, "generated"))).toEqual(committed);
    }
  });

  it("prints one summary line per API and nothing more", async () => {
    const result = await runGenerator([], await projectCopy("summary"));
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^brand@v14 +12 operations · \d+ schemas · \d+ fixtures · enum values (\d+)\/\1 \(100%\) · \d+\.\d s$/);
    expect(lines[1]).toMatch(/^partner@v16 +4 operations · /);
  });

  it("--check passes when generated/ is current, and names stale and orphaned files when not", async () => {
    const root = await projectCopy("check");
    expect((await runGenerator(["--check"], root)).code).toBe(0);
    const description = path.join(root, "spec/partner/paths/PromoCodes_{Id}.yaml");
    await writeFile(description, (await readFile(description, "utf8")).replace("Returns one promo code", "Returns a single promo code"));
    await writeFile(path.join(root, "generated/brand/leftover.ts"), "export {};\n");
    const before = await snapshotTree(path.join(root, "generated"));
    const result = await runGenerator(["--check"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/out of date: generated\/partner\/openapi\.json/);
    expect(result.stderr).toMatch(/out of date: generated\/partner\/client\.ts/);
    expect(result.stderr).toMatch(/not generated: generated\/brand\/leftover\.ts/);
    expect(result.stderr).not.toMatch(/brand\/client\.ts/);
    expect(await snapshotTree(path.join(root, "generated")), "--check writes nothing").toEqual(before);
  });

  it("removes files it no longer generates", async () => {
    const root = await projectCopy("orphans");
    await writeFile(path.join(root, "generated/partner/old.json"), "{}\n");
    expect((await runGenerator([], root)).code).toBe(0);
    expect(Object.keys(await snapshotTree(path.join(root, "generated/partner")))).not.toContain("old.json");
  });

  it("touches no API's output when one API's spec is broken", async () => {
    const root = await projectCopy("one-broken");
    const before = await snapshotTree(path.join(root, "generated"));
    const file = path.join(root, "spec/partner/components/schemas/SortOrder.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace("  - DESC\n", "  - DESC\n  - RANDOM\n"));
    const result = await runGenerator([], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/spec\/partner\/components\/schemas\/SortOrder\.yaml:\d+:\d+ .*RANDOM.*house\/enum-descriptions/);
    expect(await snapshotTree(path.join(root, "generated"))).toEqual(before);
  });
});

describe("npm run generate -- --spec FILE --out DIR", () => {
  it.each(BROKEN)("stops on %s, naming file and line, and leaves the previous output untouched", async (name, text, message) => {
    const folder = path.join(work, name.replace(/\W+/g, "-"));
    const spec = path.join(folder, "spec.yaml");
    const out = path.join(folder, "out");
    await cp(path.join(PROJECT_ROOT, "redocly.yaml"), path.join(folder, "unrelated-redocly.yaml")).catch(() => undefined);
    await writeFile(spec, VALID);
    expect((await runGenerator(["--spec", spec, "--out", out], folder)).code).toBe(0);
    const before = await snapshotTree(out);
    expect(Object.keys(before)).toContain("schema.ts");

    await writeFile(spec, text);
    const result = await runGenerator(["--spec", spec, "--out", out], folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await snapshotTree(out)).toEqual(before);
  });

  it("rejects --spec without --out, and unknown options", async () => {
    expect((await runGenerator(["--spec", "x.yaml"])).stderr).toMatch(/--spec and --out go together/);
    const unknown = await runGenerator(["--frobnicate"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/frobnicate/);
  });
});
