import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../../generator/bundle.js";
import { FixtureCheck } from "../../generator/fixture-check.js";

// The checker interprets schemas (@cfworker/json-schema) and hands ajv what the interpreter cannot take; both must
// give the same verdicts on what real specs hold.
const document = {
  openapi: "3.0.3",
  info: { title: "Checks", version: "1" },
  paths: {},
  components: {
    schemas: {
      // GitHub's spec: an example whose `id` the interpreter would read as a base URI, were examples not left out.
      Pet: {
        type: "object",
        required: ["id", "name"],
        properties: { id: { type: "integer" }, name: { type: "string", nullable: true }, tag: { nullable: true }, example: { type: "string" } },
        example: { id: "a1b2c3d4-e5f6-7890-abcd-ef1234567890", name: "Rex" },
      },
      // A pattern JavaScript compiles only without the `u` flag (`\-` and `\.` inside a class).
      Slug: { type: "string", pattern: "^[\\w\\-\\.]+$" },
      Blob: { type: "string", format: "byte" },
      Bounded: { type: "integer", minimum: 1, exclusiveMinimum: true },
      // A schema named like an annotation the interpreter's copy leaves out of schemas.
      example: { type: "object", required: ["x"], properties: { x: { type: "string" } } },
      UsesExample: { $ref: "#/components/schemas/example" },
    },
  },
} as unknown as OpenApiDocument;

const schemas = document.components!.schemas as Record<string, unknown>;

describe.each([
  ["the interpreter, ajv where it cannot", {}],
  ["ajv alone", { ajvOnly: true }],
])("FixtureCheck with %s", (_name, options) => {
  const check = new FixtureCheck(document, options);
  const verdict = (name: string, value: unknown) => check.check(schemas[name], value).valid;

  it("reads 3.0's nullable and boolean exclusive bounds", () => {
    expect(verdict("Pet", { id: 1, name: null, tag: 5 })).toBe(true);
    expect(verdict("Pet", { id: 1 })).toBe(false);
    expect(verdict("Pet", { id: "1", name: "Rex" })).toBe(false);
    expect(verdict("Bounded", 2)).toBe(true);
    expect(verdict("Bounded", 1)).toBe(false);
  });

  it("checks a pattern written for another regex dialect", () => {
    expect(verdict("Slug", "a-b.c_d")).toBe(true);
    expect(verdict("Slug", "a b")).toBe(false);
  });

  it("checks OpenAPI's byte format as ajv-formats does", () => {
    expect(verdict("Blob", "Zml4dHVyZQ==")).toBe(true);
    expect(verdict("Blob", "not base64!")).toBe(false);
  });

  it("keeps a property and a schema named `example`", () => {
    expect(verdict("Pet", { id: 1, name: "Rex", example: 3 })).toBe(false);
    expect(verdict("UsesExample", { x: "y" })).toBe(true);
    expect(verdict("UsesExample", {})).toBe(false);
  });

  it("says where a value fails", () => {
    expect(check.check(schemas.Pet, { id: 1, name: 7 })).toEqual(expect.objectContaining({ valid: false, at: "/name" }));
  });
});
