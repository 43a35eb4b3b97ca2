import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asConsumerProject, runGenerator, snapshotTree, typeCheck } from "../support/generator.js";
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
  // JSON that JSON.parse refuses is read as YAML again, so the message still names line and column.
  ["a JSON syntax error", `{\n  "openapi": "3.1.0",\n  "info": { "title": "Pets" "version": "1" },\n  "paths": {}\n}\n`, /spec\.yaml:3:\d+ .*\(YAML\)/],
];

// Input that is not a spec at all: one line naming the file and what is wrong, never a stack.
const NOT_A_SPEC: Array<[string, (folder: string) => Promise<string>, RegExp]> = [
  ["an empty file", async (folder) => write(folder, "spec.yaml", ""), /spec\.yaml: is empty/],
  ["a file of blanks", async (folder) => write(folder, "spec.yaml", "\n  \n"), /spec\.yaml: is empty/],
  ["a folder", async (folder) => { await mkdir(path.join(folder, "spec.yaml"), { recursive: true }); return path.join(folder, "spec.yaml"); }, /spec\.yaml: is a folder/],
  ["a binary file", async (folder) => write(folder, "spec.json", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /spec\.json: is a binary file/],
  ["a missing file", async (folder) => { await mkdir(folder, { recursive: true }); return path.join(folder, "nowhere.yaml"); }, /nowhere\.yaml: cannot read the spec: no such file/],
  ["JSON that is not OpenAPI", async (folder) => write(folder, "package.json", '{"name":"x","version":"1.0.0"}'), /package\.json: is not an OpenAPI document: it has no `openapi` version field/],
  ["YAML that is not OpenAPI", async (folder) => write(folder, "list.yaml", "- a\n- b\n"), /list\.yaml: is not an OpenAPI document: it holds a list/],
  ["a YAML scalar", async (folder) => write(folder, "word.yaml", "hello\n"), /word\.yaml: is not an OpenAPI document: it holds a string/],
];

async function write(folder: string, name: string, contents: string | Buffer): Promise<string> {
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, name), contents);
  return path.join(folder, name);
}

async function addToManifest(folder: string, ...files: string[]): Promise<void> {
  const manifest = path.join(folder, ".generated-files.json");
  const parsed = JSON.parse(await readFile(manifest, "utf8")) as { files: string[] };
  parsed.files.push(...files);
  await writeFile(manifest, JSON.stringify(parsed));
}

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
    // As if an earlier run had written it: the manifest lists it.
    await writeFile(path.join(root, "generated/brand/leftover.ts"), "export {};\n");
    await addToManifest(path.join(root, "generated"), "brand/leftover.ts");
    await writeFile(path.join(root, "generated/brand/mine.ts"), "export {};\n");
    const before = await snapshotTree(path.join(root, "generated"));
    const result = await runGenerator(["--check"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/out of date: generated\/partner\/openapi\.json/);
    expect(result.stderr).toMatch(/out of date: generated\/partner\/client\.ts/);
    expect(result.stderr).toMatch(/not generated: generated\/brand\/leftover\.ts/);
    expect(result.stderr).not.toMatch(/brand\/client\.ts/);
    expect(result.stderr, "a file the generator did not write is not its business").not.toMatch(/mine\.ts/);
    expect(await snapshotTree(path.join(root, "generated")), "--check writes nothing").toEqual(before);
  });

  it("removes files it wrote and no longer generates, and nothing else", async () => {
    const root = await projectCopy("orphans");
    await mkdir(path.join(root, "generated/partner/old"), { recursive: true });
    await writeFile(path.join(root, "generated/partner/old/gone.json"), "{}\n");
    await writeFile(path.join(root, "generated/partner/notes.md"), "mine\n");
    await writeFile(path.join(root, "outside.txt"), "mine\n");
    await addToManifest(path.join(root, "generated"), "partner/old/gone.json", "../outside.txt", "/etc/hostname");
    const result = await runGenerator([], root);
    expect(result.code, result.stderr).toBe(0);
    const left = Object.keys(await snapshotTree(path.join(root, "generated/partner")));
    expect(left).not.toContain("old/gone.json");
    expect(left).toContain("notes.md");
    expect(await readFile(path.join(root, "outside.txt"), "utf8")).toBe("mine\n");
    expect(result.stdout).toMatch(/^generated\/ also holds 1 entries this generator did not write .*left as they are\.$/m);
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

  it.each(NOT_A_SPEC)("refuses %s in one line naming the file, and writes nothing", async (name, make, message) => {
    const folder = path.join(work, `not-a-spec-${name.replace(/\W+/g, "-")}`);
    const spec = await make(folder);
    const out = path.join(folder, "out");
    const result = await runGenerator(["--spec", spec, "--out", out], folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n"), result.stderr).toHaveLength(1);
    expect(await snapshotTree(out)).toEqual({});
  });

  it("generates past what openapi-typescript tolerates (structure, trailing slash, undeclared path parameter), warning with file:line:col", async () => {
    const folder = path.join(work, "tolerated");
    const text = VALID.replace("          type: string", "          type: strnig")
      .replace("paths:", "servers:\n  - url: https://api.example.com/\npaths:")
      .replace("  /pets:\n", "  /pets/{petId}:\n");
    const spec = await write(folder, "spec.yaml", text);
    const result = await runGenerator(["--spec", spec, "--out", path.join(folder, "out"), "--verbose"], folder);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^spec\.yaml +1 operation · .* · \d+ warnings? \(.*1 struct.*\) · /m);
    expect(result.stderr).toMatch(/warning: spec\.yaml:\d+:\d+ .*`type` can be one of.*\(struct\)/);
    expect(result.stderr).toMatch(/warning: spec\.yaml:\d+:\d+ .*\(no-server-trailing-slash\)/);
    expect(result.stderr).toMatch(/warning: spec\.yaml:\d+:\d+ .*petId.*\(path-parameters-defined\)/);
  });

  it("prints what is wrong and where by default, on stderr: a mistyped `type` at its file:line:col, an invalid example at its own", async () => {
    const folder = path.join(work, "warnings-default");
    const text = VALID.replace("          type: string\n", "          type: string\n        tag:\n          type: strng\n      example:\n        name: 7\n");
    const spec = await write(folder, "spec.yaml", text);
    const result = await runGenerator(["--spec", spec, "--out", path.join(folder, "out")], folder);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split("\n")).toEqual([expect.stringMatching(/^spec\.yaml +1 operation · .* · 2 warnings \(1 example, 1 struct\) · /)]);
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      '  warning: spec.yaml:24:17  `type` can be one of the following only: "object", "array", "string", "number", "integer", "boolean", "null".  (struct)',
      expect.stringMatching(/^ {2}warning: spec\.yaml:26:9 {2}the example is not valid against its schema \(.*\); .* {2}\(example\)$/),
    ]);
    const quiet = await runGenerator(["--spec", spec, "--out", path.join(folder, "out"), "--quiet"], folder);
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).toBe("");
    expect(quiet.stdout).toMatch(/2 warnings \(1 example, 1 struct\)/);
  });

  it("locates a warning in another file through the $refs the bundle followed, and a component bundling made of a file", async () => {
    const folder = path.join(work, "warnings-multi-file");
    const spec = await write(folder, "api.yaml", "openapi: 3.1.0\ninfo:\n  title: Pets\n  version: '1'\npaths:\n  /pets:\n    $ref: ./paths/pets.yaml\ncomponents:\n  schemas:\n    Pet:\n      $ref: ./pet.yaml\n");
    await write(folder, "pet.yaml", "type: object\nproperties:\n  name:\n    type: string\nexample:\n  name: 5\n");
    await write(path.join(folder, "paths"), "pets.yaml", "get:\n  operationId: listPets\n  responses:\n    '200':\n      description: ok\n      content:\n        application/json:\n          schema:\n            $ref: ../pet.yaml\n          example:\n            name: 7\n");
    const result = await runGenerator(["--spec", spec, "--out", path.join(folder, "out")], folder);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^ {2}warning: pet\.yaml:6:3 {2}the example is not valid/m);
    expect(result.stderr).toMatch(/^ {2}warning: paths\/pets\.yaml:11:13 {2}the example is not valid/m);
    expect(result.stderr).not.toMatch(/#\//);
  });

  it("prints the first 5 warnings and says how many more --verbose shows", async () => {
    const folder = path.join(work, "warnings-capped");
    const properties = Array.from({ length: 8 }, (_, index) => `        p${index}:\n          type: strng\n`).join("");
    const spec = await write(folder, "spec.yaml", VALID.replace("        name:\n          type: string\n", properties));
    const result = await runGenerator(["--spec", spec, "--out", path.join(folder, "out")], folder);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/ 8 warnings \(8 struct\) /);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(6);
    lines.slice(0, 5).forEach((line, index) => expect(line).toMatch(new RegExp(`^  warning: spec\\.yaml:${22 + 2 * index}:17  \`type\` can be one of .*\\(struct\\)$`)));
    expect(lines[5]).toBe("  … and 3 more: --verbose shows all");
    const verbose = await runGenerator(["--spec", spec, "--out", path.join(folder, "out"), "--verbose"], folder);
    expect(verbose.stderr.trimEnd().split("\n")).toHaveLength(8);
    expect(verbose.stderr).not.toMatch(/more: --verbose/);
  });

  it("reads JSON as JSON (a repeated key takes its last value) and YAML's flow style, which also starts with a brace, as YAML", async () => {
    const folder = path.join(work, "json-and-flow");
    const json = await write(folder, "spec.json", '{"openapi": "3.1.0", "info": {"title": "Old", "title": "Pets", "version": "1"}, "paths": {}}\n');
    const flow = await write(folder, "flow.yaml", "{openapi: 3.1.0, info: {title: Pets, version: '1'}, paths: {}}\n");
    for (const [spec, out] of [[json, "json-out"], [flow, "flow-out"]] as const) {
      const result = await runGenerator(["--spec", spec, "--out", path.join(folder, out)], folder);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(await readFile(path.join(folder, out, "openapi.json"), "utf8")).info).toEqual({ title: "Pets", version: "1" });
    }
  });

  it("never removes or overwrites what it did not write: user files, the spec and .git/ survive --out .", async () => {
    const folder = path.join(work, "project-root");
    const spec = await write(folder, "openapi.yaml", VALID);
    await write(path.join(folder, ".git"), "HEAD", "ref: refs/heads/main\n");
    await write(path.join(folder, "src"), "app.ts", "export const app = 1;\n");
    await write(folder, "fixtures.md", "notes\n");
    const first = await runGenerator(["--spec", "openapi.yaml", "--out", "."], folder);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^\.\/ also holds \d+ entries this generator did not write/m);
    // A second run, with an earlier run's file listed that is produced no more: only that one goes.
    await write(folder, "old-output.ts", "// Generated from openapi.yaml\n");
    await addToManifest(folder, "old-output.ts");
    const second = await runGenerator(["--spec", "openapi.yaml", "--out", "."], folder);
    expect(second.code, second.stderr).toBe(0);
    const tree = await snapshotTree(folder);
    expect(Object.keys(tree)).toEqual(expect.arrayContaining([".git/HEAD", "src/app.ts", "fixtures.md", "openapi.yaml", "schema.ts", ".generated-files.json"]));
    expect(Object.keys(tree)).not.toContain("old-output.ts");
    expect(await readFile(spec, "utf8")).toBe(VALID);
    expect((await runGenerator(["--spec", "openapi.yaml", "--out", ".", "--check"], folder)).code).toBe(0);
  });

  it("refuses to overwrite a file it did not write, and writes nothing", async () => {
    const folder = path.join(work, "clobber");
    const spec = await write(folder, "spec.yaml", VALID);
    const out = path.join(folder, "out");
    await write(out, "index.ts", "export const mine = 1;\n");
    await write(out, "openapi.json", "{\"mine\": true}\n");
    const result = await runGenerator(["--spec", spec, "--out", out], folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/holds 2 file\(s\) this generator did not write that it would overwrite \(out\/index\.ts, out\/openapi\.json\).*Nothing was written/);
    expect(Object.keys(await snapshotTree(out)).sort()).toEqual(["index.ts", "openapi.json"]);
    expect(await readFile(path.join(out, "index.ts"), "utf8")).toBe("export const mine = 1;\n");
  });

  it("keeps the spec's path and the command in the header a comment, whatever the folder is called", async () => {
    const folder = path.join(work, "evil\n*/ process.exit(42); /*\u2028x");
    const spec = await write(folder, "spec.yaml", VALID);
    const out = path.join(work, "evil-out");
    expect((await runGenerator(["--spec", spec, "--out", out], work)).code).toBe(0);
    const evil = String.raw`$'../evil\n*/ process.exit(42); /*\xe2\x80\xa8x/spec.yaml'`.replace("*/", String.raw`*\/`);
    for (const file of ["index.ts", "sdk.js", "sdk.d.ts", "fixtures.ts", "schema.ts", "client.ts", "samples.js"]) {
      const [first, second] = (await readFile(path.join(out, file), "utf8")).split(/\r\n|[\n\r\u2028\u2029]/);
      expect(first, file).toMatch(/^\/\/ Generated from .*evil\\u\{a\}\*\\\/ process\.exit\(42\); \/\*\\u\{2028\}x\/spec\.yaml by impact-promo-api@/);
      // In the command the path is one shell word ($'…' with its line break and U+2028 as escapes), and `*/` is escaped there too.
      expect(first, file).toContain(`run with \`--spec ${evil} --out .\``);
      expect(first, file).not.toContain("*/");
      expect(second, file).not.toMatch(/process\.exit/);
    }
    // What the header says is a comment to TypeScript, too: the file's first statement is the code after it.
    const source = ts.createSourceFile("index.ts", await readFile(path.join(out, "index.ts"), "utf8"), ts.ScriptTarget.ES2022);
    expect(source.statements[0]!.getFullText(source).trimStart()).toMatch(/^\/\/ Generated from [^\n]*\n\s*export /);
  });

  it("names in the header the generator, its version and the arguments that make the output again, the same from any working folder", async () => {
    const folder = path.join(work, "header");
    const spec = await write(path.join(folder, "specs"), "pet's api.yaml", VALID);
    const pkg = JSON.parse(await readFile(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { name: string; version: string };
    const out = path.join(folder, "out", "api");
    const result = await runGenerator(["--spec", spec, "--out", out, "--runtime-import", "@acme/runtime"], folder);
    expect(result.code, result.stderr).toBe(0);
    const header = (await readFile(path.join(out, "sdk.js"), "utf8")).split("\n")[0];
    expect(header).toBe(
      `// Generated from ../../specs/pet's api.yaml by ${pkg.name}@${pkg.version}'s generator, run with \`--spec '../../specs/pet'\\''s api.yaml' --out . --runtime-import @acme/runtime\` (paths relative to this folder). Do not edit: change the spec and run it again.`,
    );
    expect(header).not.toMatch(/npm run generate|\/tmp\/|impact-generator-/);
    // Run from the output folder with relative paths, --check finds the same headers: nothing depends on where it ran.
    const check = await runGenerator(["--spec", "../../specs/pet's api.yaml", "--out", ".", "--runtime-import", "@acme/runtime", "--check", "--verbose"], out);
    expect(check.code, check.stderr).toBe(0);
  });

  it("imports the runtime by the package's name, so the output type-checks wherever it is moved", async () => {
    const folder = path.join(work, "portable");
    const spec = await write(folder, "spec.yaml", VALID);
    const result = await runGenerator(["--spec", spec, "--out", path.join(folder, "out")], folder);
    expect(result.code, result.stderr).toBe(0);
    expect(await readFile(path.join(folder, "out/index.ts"), "utf8")).toMatch(/export \* from "impact-promo-api\/runtime";/);
    const moved = await mkdtemp(path.join(tmpdir(), "impact-moved-"));
    try {
      await cp(path.join(folder, "out"), path.join(moved, "api"), { recursive: true });
      expect(await typeCheck(await asConsumerProject(moved))).toBe("");
    } finally {
      await rm(moved, { recursive: true, force: true });
    }
    const custom = await runGenerator(["--spec", spec, "--out", path.join(folder, "custom"), "--runtime-import", "@acme/runtime"], folder);
    expect(custom.code, custom.stderr).toBe(0);
    for (const file of ["sdk.js", "sdk.d.ts"]) expect(await readFile(path.join(folder, "custom", file), "utf8"), file).toMatch(/from "@acme\/runtime";/);
  });

  it("reports an internal failure by stage and file, with the stack only under --debug, and writes nothing", async () => {
    const folder = path.join(work, "internal");
    const spec = await write(folder, "spec.yaml", VALID);
    const out = path.join(folder, "out");
    expect((await runGenerator(["--spec", spec, "--out", out], folder)).code).toBe(0);
    const before = await snapshotTree(out);
    await writeFile(spec, VALID.replace("name:", "nickname:"));
    const fault = { IMPACT_GENERATOR_FAULT: "synthesizing fixtures" };
    const plain = await runGenerator(["--spec", spec, "--out", out], folder, fault);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^generate: internal error while synthesizing fixtures of spec\.yaml: fault injected into synthesizing fixtures\n.*--debug/);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await runGenerator(["--spec", spec, "--out", out, "--debug"], folder, fault);
    expect(debug.stderr).toMatch(/\n\s+at /);
    expect(await snapshotTree(out)).toEqual(before);
  });

  it("answers --help", async () => {
    const result = await runGenerator(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run generate/);
    expect(result.stdout).toMatch(/--runtime-import/);
    expect(result.stdout).toMatch(/--quiet/);
    expect(result.stdout).toMatch(/the first 5 warnings follow on stderr/);
  });

  it("rejects --spec without --out, and unknown options", async () => {
    expect((await runGenerator(["--spec", "x.yaml"])).stderr).toMatch(/--spec and --out go together/);
    expect((await runGenerator(["--quiet", "--verbose"])).stderr).toMatch(/--quiet and --verbose go against each other/);
    const unknown = await runGenerator(["--frobnicate"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/frobnicate/);
  });
});
