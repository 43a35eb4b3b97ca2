// @apidevtools/swagger-parser, the most used OpenAPI validator, on both published
// views. Its 3.1 schema refuses a `description` on a server variable, so the spec
// gives none there (spec/brand/openapi.yaml says why).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { outsideTool } from "./install.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("@apidevtools/swagger-parser", () => {
  it.each(["brand/openapi.json", "partner/openapi.json", "brand/openapi.clean.json", "partner/openapi.clean.json"])("calls %s valid", async (file) => {
    const { default: SwaggerParser } = (await import(path.join(outsideTool("@apidevtools/swagger-parser"), "lib/index.js"))) as { default: { validate(file: string): Promise<unknown> } };
    await expect(SwaggerParser.validate(path.join(ROOT, "generated", file))).resolves.toBeDefined();
  }, 60_000);
});
