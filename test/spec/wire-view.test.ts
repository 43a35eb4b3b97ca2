// The published spec (generated/<api>/openapi.json, the package's brand/openapi.json)
// is the wire view: checked here with plain ajv, which knows nothing of
// x-wire-format, as any outside tool would read it.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { wireView } from "../../generator/wire-view.js";
import { readWireFormat } from "../../runtime/wire-format.js";
import { redocly } from "../support/project.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
type Json = Record<string, any>;
const ROOT = path.resolve(import.meta.dirname, "../..");
const APIS = ["brand", "partner"] as const;
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const published = (api: string) => JSON.parse(read(`generated/${api}/openapi.json`)) as Json;
const clean = (api: string) => JSON.parse(read(`generated/${api}/openapi.clean.json`)) as Json;
const METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"]);

/** Plain ajv, as the issue's outside check used it: no custom keyword, formats from ajv-formats, strict off. */
function plainAjv(document: Json, id: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, id);
  return (pointer: string) => ajv.compile({ $ref: `${id}#${pointer}` });
}

const escape = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

function operationPointer(document: Json, operationId: string): string {
  for (const [route, item] of Object.entries(document.paths as Json)) {
    for (const [method, operation] of Object.entries(item as Json)) {
      if (METHODS.has(method) && operation.operationId === operationId) return `/paths/${escape(route)}/${method}`;
    }
  }
  throw new Error(`no operation ${operationId}`);
}

function responsePointer(document: Json, operationId: string, status: string): string {
  const pointer = `${operationPointer(document, operationId)}/responses/${status}`;
  const response = pointer.slice(1).split("/").reduce((node: Json, key) => node[key.replace(/~1/g, "/").replace(/~0/g, "~")], document);
  const target = response.$ref ? (response.$ref as string).slice(1) : pointer;
  return `${target}/content/application~1json/schema`;
}

interface SeedExample {
  file: string;
  api: string;
  operationId: string;
  status: number;
}
const seeds = parse(read("spec/wire-examples/index.yaml")) as SeedExample[];

describe("the published wire view, read by plain ajv", () => {
  it.each(seeds.map((seed) => [seed.file, seed] as const))("accepts impact.com's own example %s, which the clean view refuses", (_file, seed) => {
    const value = JSON.parse(read(`spec/wire-examples/${seed.file}`));
    const wire = plainAjv(published(seed.api), "wire.json")(responsePointer(published(seed.api), seed.operationId, String(seed.status)));
    expect(wire(value), JSON.stringify(wire.errors)).toBe(true);
    const strict = plainAjv(clean(seed.api), "clean.json")(responsePointer(clean(seed.api), seed.operationId, String(seed.status)));
    expect(strict(value)).toBe(false);
  });

  it.each(APIS)("accepts every wire-form response fixture of %s (what the mock sends)", (api) => {
    const document = published(api);
    const compile = plainAjv(document, "wire.json");
    const fixtures = JSON.parse(read(`generated/${api}/fixtures/wire-responses.json`)) as Record<string, Record<string, unknown[]>>;
    let checked = 0;
    for (const [operationId, byStatus] of Object.entries(fixtures)) {
      for (const [status, values] of Object.entries(byStatus)) {
        const validate = compile(responsePointer(document, operationId, status));
        for (const value of values) {
          expect(validate(value), `${operationId} ${status}: ${JSON.stringify(validate.errors)}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("keeps requests strict: a body field sent as a string is refused, the documented one accepted", () => {
    const document = published("brand");
    const requestBody = operationPointer(document, "createPromoCode").slice(1).split("/").reduce((node: Json, key) => node[key.replace(/~1/g, "/").replace(/~0/g, "~")], document).requestBody as Json;
    const pointer = `${requestBody.$ref ? (requestBody.$ref as string).slice(1) : `${operationPointer(document, "createPromoCode")}/requestBody`}/content/application~1json/schema`;
    const validate = plainAjv(document, "wire.json")(pointer);
    const body = { AssignedPartnerId: 10000, CampaignId: 1000, Code: "Acme20", CreditPolicy: "ALWAYS", Type: "LI" };
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...body, CampaignId: "1000" })).toBe(false);
    expect(validate({ ...body, Type: "li" })).toBe(false);
  });

  it.each(APIS)("%s: uses JSON Schema 2020-12 keywords only, besides annotations", (api) => {
    const document = published(api);
    const keywords = new Set<string>();
    const formats = new Set<string>();
    const visit = (schema: unknown): void => {
      if (!schema || typeof schema !== "object") return;
      if (Array.isArray(schema)) return schema.forEach(visit);
      for (const [keyword, value] of Object.entries(schema)) {
        keywords.add(keyword);
        if (keyword === "format") formats.add(String(value));
        if (["properties", "patternProperties", "$defs"].includes(keyword)) Object.values(value as Json).forEach(visit);
        else if (!["enum", "const", "example", "examples", "default", "required"].includes(keyword) && !keyword.startsWith("x-")) visit(value);
      }
    };
    Object.values(document.components.schemas).forEach(visit);
    const walkContent = (node: unknown): void => {
      if (!node || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node)) {
        if (key === "schema") visit(value);
        else walkContent(value);
      }
    };
    walkContent(document.paths);
    walkContent(document.components);
    const jsonSchema = new Set(["$ref", "type", "enum", "const", "anyOf", "allOf", "oneOf", "not", "properties", "required", "additionalProperties", "items", "minItems", "maxItems", "minimum", "maximum", "minLength", "maxLength", "pattern", "format", "minProperties", "maxProperties", "uniqueItems", "default", "description", "title", "examples"]);
    const annotations = new Set(["example", "readOnly", "writeOnly", "deprecated"]);
    const unknown = [...keywords].filter((keyword) => !jsonSchema.has(keyword) && !annotations.has(keyword) && !keyword.startsWith("x-"));
    expect(unknown).toEqual([]);
    // ajv-formats knows date-time; int64 is OpenAPI's own, which JSON Schema validators ignore as an annotation.
    expect([...formats].sort()).toEqual(["date-time", "int64"]);
  });

  it.each(APIS)("%s: documents every JSON answer in XML too, and the IR-Version header on every operation", (api) => {
    const document = published(api);
    const version = (document["x-api-version"] as { value: string }).value;
    const parameter = document.components.parameters.IRVersion;
    expect(parameter).toMatchObject({ name: "IR-Version", in: "header", required: false, schema: { type: "string", enum: [version], default: version } });
    for (const item of Object.values(document.paths as Json)) {
      expect(item.parameters).toContainEqual({ $ref: "#/components/parameters/IRVersion" });
      for (const [method, operation] of Object.entries(item as Json)) {
        if (!METHODS.has(method)) continue;
        for (const raw of Object.values(operation.responses as Json)) {
          const response = raw.$ref ? document.components.responses[(raw.$ref as string).split("/").pop()!] : raw;
          if (response.content?.["application/json"]) expect(Object.keys(response.content)).toEqual(["application/json", "application/xml"]);
        }
      }
    }
  });

  it.each(APIS)("%s: is the wire view of the published clean view, and the clean view keeps x-wire-format", (api) => {
    const source = clean(api);
    expect(source["x-wire-format"]).toBeDefined();
    const document = published(api);
    expect(document["x-wire-format"]).toBeUndefined();
    expect(document["x-wire-format-applied"]).toEqual(source["x-wire-format"]);
    expect(document).toEqual(wireView(source as never, readWireFormat(source)!));
  });

  it.each(APIS)("%s: is valid OpenAPI 3.1 with its examples valid, by Redocly's recommended rules", async (api) => {
    const folder = await mkdtemp(path.join(tmpdir(), "wire-lint-"));
    try {
      await writeFile(path.join(folder, "redocly.yaml"), "extends:\n  - recommended\ntelemetry: off\n");
      const { code, stdout, output } = await redocly(["lint", path.join(ROOT, "generated", api, "openapi.json"), "--config", path.join(folder, "redocly.yaml"), "--format", "json"], folder);
      expect(code, output).toBe(0);
      expect((JSON.parse(stdout) as { totals: Record<string, number> }).totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
