import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitTypes } from "../../generator/emit-types.js";
import { foreignSpecConfig } from "../../generator/load.js";
import { generateApi, type GenerateResult } from "../../generator/pipeline.js";
import { writeFixtureLiterals } from "../support/fixture-literals.js";
import { asConsumerProject, typeCheck } from "../support/generator.js";

// Microsoft Graph's discriminators, in small: the values fixtures and code
// samples hold must be values of openapi-typescript's types, which narrow a
// discriminator property to a mapping key (or a schema's name) in ways that
// depend on where the discriminator is written and on the order of the schemas.
// On graph.json these gave 379 errors in samples.ts (now samples.js) and 2,061 in the fixtures
// written as literals.
const ODATA = "@odata.type";
const stringType = { type: "string" };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const post = (operationId: string, schema: string) => ({
  post: {
    operationId,
    requestBody: { required: true, content: { "application/json": { schema: ref(schema) } } },
    responses: { "201": { description: "made", content: { "application/json": { schema: ref(schema) } } } },
  },
});

export function graphLikeSpec(): Record<string, unknown> {
  return {
    openapi: "3.0.3",
    info: { title: "Graph-like", version: "1" },
    paths: {
      "/issues": post("createIssue", "g.issue"),
      "/notes": post("createNote", "g.note"),
      "/offers": post("createOffer", "g.offer"),
    },
    components: {
      schemas: {
        // Graph's root: a discriminator on the object itself, its mapping naming the schemas beneath.
        "g.entity": {
          type: "object",
          discriminator: { propertyName: ODATA, mapping: { "#g.base": "#/components/schemas/g.base", "#g.request": "#/components/schemas/g.request" } },
          properties: { [ODATA]: stringType, id: stringType },
          required: [ODATA],
        },
        // The discriminator in an inline allOf part: the schemas its mapping names get the key as their type's value
        // (the made-up "odata type 1" was refused: the cause of most errors).
        "g.base": {
          allOf: [
            ref("g.entity"),
            {
              type: "object",
              discriminator: { propertyName: ODATA, mapping: { "#g.issue": "#/components/schemas/g.issue" } },
              properties: { [ODATA]: stringType, title: stringType },
              required: [ODATA],
            },
          ],
        },
        "g.issue": {
          allOf: [ref("g.base"), { type: "object", properties: { [ODATA]: { type: "string", default: "#g.issue" }, status: { type: "string", enum: ["open", "closed"] } }, required: [ODATA] }],
        },
        // Beneath a discriminated schema but in no mapping: the type's value is the schema's own name.
        "g.note": { allOf: [ref("g.entity"), { type: "object", properties: { text: stringType } }] },
        // Written before the schema it extends, which gets its discriminator only later in openapi-typescript's
        // walk: every member's type omits the property and nothing puts it back, so no value of the type holds the
        // `@odata.type` its JSON Schema requires (Graph's offerShiftRequest).
        "g.offer": {
          allOf: [
            ref("g.request"),
            {
              type: "object",
              discriminator: { propertyName: ODATA, mapping: {} },
              properties: { [ODATA]: { type: "string", default: "#g.offer" }, note: stringType },
              required: [ODATA],
            },
          ],
        },
        "g.request": {
          allOf: [
            ref("g.entity"),
            {
              type: "object",
              discriminator: { propertyName: ODATA, mapping: { "#g.offer": "#/components/schemas/g.offer" } },
              properties: { [ODATA]: stringType },
              required: [ODATA],
            },
          ],
        },
      },
    },
  };
}

let work: string;
let out: string;
let result: GenerateResult;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "impact-discriminator-types-"));
  const root = path.join(work, "spec", "graph-like.json");
  await mkdir(path.dirname(root), { recursive: true });
  await writeFile(root, JSON.stringify(graphLikeSpec(), null, 2));
  out = path.join(work, "project", "api");
  result = await generateApi({
    label: "graph-like",
    apiName: "graphLike",
    runtimeImport: "impact-promo-api/runtime",
    packageImport: "./index.js",
    root,
    config: await foreignSpecConfig(),
    outDir: out,
    stage: "all",
    publishYaml: false,
    // openapi-typescript adds its discriminator enums to the document it reads: a copy, as the CLI's worker has.
    emitTypes: (document, header) => emitTypes(structuredClone(document), header),
  });
  for (const file of result.files) {
    await mkdir(path.dirname(path.join(out, file.path)), { recursive: true });
    await writeFile(path.join(out, file.path), file.contents);
  }
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function fileOf(name: string): string {
  return result.files.find((file) => file.path === name)!.contents;
}

describe("discriminator values openapi-typescript narrows to", () => {
  it("are what the request fixtures hold: the mapping key, else the schema's name", () => {
    const requests = JSON.parse(fileOf("fixtures/requests.json")) as Record<string, Array<{ body: Record<string, unknown> }>>;
    expect(requests.createIssue!.map((request) => request.body[ODATA])).toEqual(requests.createIssue!.map(() => "#g.issue"));
    expect(requests.createNote!.map((request) => request.body[ODATA])).toEqual(["g.note"]);
  });

  it("leave out, with a warning, the request no value of the type can hold, and its sample", () => {
    const requests = JSON.parse(fileOf("fixtures/requests.json")) as Record<string, unknown[]>;
    expect(requests.createOffer).toEqual([]);
    expect(fileOf("samples.js")).not.toContain("createOffer");
    expect(result.summary.warnings.some((warning) => warning.where.includes("~1offers/post/requestBody") && /not a declared property/.test(warning.message))).toBe(true);
  });

  it("make samples.js and every fixture, written as a literal, type-check", async () => {
    expect(fileOf("samples.js")).toContain("createIssue");
    expect(await writeFixtureLiterals(out)).toBeGreaterThan(5);
    const tsconfig = await asConsumerProject(path.dirname(out));
    expect(await typeCheck(tsconfig)).toBe("");
  }, 120_000);
});
