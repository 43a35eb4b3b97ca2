import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addWireNotes, wireNote } from "../../generator/docs/wire-notes.js";
import type { OpenApiDocument } from "../../generator/bundle.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ALL = { scalarsAsStrings: true, emptyStringIsAbsent: true, enumsIgnoreCase: true, arraysAsCommaSeparatedStrings: true, undocumentedProperties: true };
const clean = () => JSON.parse(readFileSync(path.join(ROOT, "generated/brand/openapi.clean.json"), "utf8")) as OpenApiDocument & { components: { schemas: Record<string, any> } };

describe("the docs' wire notes", () => {
  it.each([
    ["an integer", { type: "integer" }, true, 'On the wire also a string of digits (`"7777777"`).'],
    ["an optional number", { type: "number" }, false, 'On the wire also a decimal string (`"5.00"`), or `""` or `null` when there is no value.'],
    ["a boolean", { type: "boolean" }, true, 'On the wire also `"true"` or `"false"` in any case.'],
    ["an enum", { type: "string", enum: ["PRODUCT"] }, true, "On the wire also the value in another letter case."],
    ["an array", { type: "array" }, true, "On the wire also a comma-separated string."],
    ["a required string", { type: "string" }, true, undefined],
  ])("say what the wire carries for %s", (_name, schema, required, want) => {
    expect(wireNote(schema, required, ALL)).toBe(want);
  });

  it("annotate the properties of what responses carry, and leave request bodies with their documented types", () => {
    const document = clean();
    addWireNotes(document);
    const { PromoCode, PromoCodeCreateRequest } = document.components.schemas;
    expect(PromoCode.properties.Id.description).toBe("The promo code's unique id.\n\nOn the wire also a string of digits (`\"7777777\"`).");
    expect(PromoCode.properties.State.description).toMatch(/On the wire also the value in another letter case\.$/);
    expect(JSON.stringify(PromoCodeCreateRequest)).not.toContain("On the wire");
  });

  it("leave a document without x-wire-format as it is", () => {
    const document = clean();
    delete (document as Record<string, unknown>)["x-wire-format"];
    const before = JSON.stringify(document);
    addWireNotes(document);
    expect(JSON.stringify(document)).toBe(before);
  });
});
