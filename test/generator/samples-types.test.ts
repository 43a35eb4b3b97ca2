import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitTypes } from "../../generator/emit-types.js";
import { foreignSpecConfig } from "../../generator/load.js";
import { generateApi, type GenerateResult } from "../../generator/pipeline.js";
import { typeCheck } from "../support/generator.js";
import { PROJECT_ROOT } from "../support/project.js";

// The code samples in samples.js are values of the types beside them wherever
// the output lands: a property openapi-typescript types as required because it
// has a default (defaultNonNullable) stays in a sample cut to required fields,
// and the file compiles in a project without @types/node, where `process` is
// not declared (what `npm run bench` calls a consumer's project). ReadMe's
// petstore has both: Pet.id is readOnly with a default, so its type requires it.
const spec = {
  openapi: "3.0.3",
  info: { title: "Pets", version: "1" },
  servers: [{ url: "https://pets.example.com" }],
  paths: {
    "/pets": {
      post: {
        operationId: "addPet",
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } },
        responses: { "200": { description: "added", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } } },
      },
    },
  },
  components: {
    schemas: {
      Pet: {
        type: "object",
        required: ["name"],
        properties: {
          id: { type: "integer", readOnly: true, default: 40 },
          name: { type: "string" },
          nickname: { type: "string" },
        },
      },
    },
  },
};

let work: string;
let out: string;
let result: GenerateResult;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "impact-samples-types-"));
  const root = path.join(work, "spec", "pets.json");
  await mkdir(path.dirname(root), { recursive: true });
  await writeFile(root, JSON.stringify(spec));
  out = path.join(work, "consumer");
  result = await generateApi({
    label: "pets",
    apiName: "pets",
    runtimeImport: "impact-promo-api/runtime",
    packageImport: "./index.js",
    root,
    config: await foreignSpecConfig(),
    outDir: out,
    stage: "all",
    publishYaml: false,
    emitTypes: (document, header) => emitTypes(structuredClone(document), header),
  });
  for (const file of result.files) {
    await mkdir(path.dirname(path.join(out, file.path)), { recursive: true });
    await writeFile(path.join(out, file.path), file.contents);
  }
  // A consumer's project: the package as published (its .d.ts), openapi-fetch, and no @types/node.
  await mkdir(path.join(out, "node_modules"));
  for (const name of ["openapi-fetch", "openapi-typescript-helpers"]) await symlink(path.join(PROJECT_ROOT, "node_modules", name), path.join(out, "node_modules", name));
  await symlink(PROJECT_ROOT, path.join(out, "node_modules", "impact-promo-api"));
  await writeFile(path.join(out, "package.json"), JSON.stringify({ type: "module", private: true }));
  await writeFile(
    path.join(out, "tsconfig.json"),
    JSON.stringify({
      include: ["*.ts"],
      // samples.js by name, and checked: our check of the samples, in a consumer's settings otherwise.
      files: ["samples.js"],
      compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", skipLibCheck: true, noEmit: true, types: [], allowJs: true, checkJs: true },
    }),
  );
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("samples.js", () => {
  it("keeps a property with a default, which the type requires, in a sample cut to required fields", () => {
    const samples = result.files.find((file) => file.path === "samples.js")!.contents;
    expect(samples).toMatch(/body: \{\n\s+id: \d+,\n\s+name: /);
    expect(samples).not.toContain("nickname");
  });

  it("type-checks with the rest of the output in a project without @types/node", async () => {
    expect(await typeCheck(path.join(out, "tsconfig.json"))).toBe("");
  }, 120_000);
});
