import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { caseInsensitivePattern, readWireFormat, toWireSchema, type JsonSchema, type WireFormat } from "../../runtime/wire-format.js";

const ALL: WireFormat = {
  scalarsAsStrings: true,
  emptyStringIsAbsent: true,
  enumsIgnoreCase: true,
  arraysAsCommaSeparatedStrings: true,
  undocumentedProperties: true,
};
const NONE: WireFormat = {
  scalarsAsStrings: false,
  emptyStringIsAbsent: false,
  enumsIgnoreCase: false,
  arraysAsCommaSeparatedStrings: false,
  undocumentedProperties: false,
};

function accepts(schema: JsonSchema, format: WireFormat, value: unknown): boolean {
  return new Ajv2020({ strict: false }).validate(toWireSchema(schema, format) as object, value) as boolean;
}

const record = (properties: object, required: string[] = []) => ({ type: "object", properties, required });

describe("toWireSchema", () => {
  it.each<[string, JsonSchema, WireFormat, unknown, boolean]>([
    ["an integer as a string", { type: "integer" }, ALL, "7777777", true],
    ["an integer with leading zeros", { type: "integer" }, ALL, "00003", true],
    ["a real integer", { type: "integer" }, ALL, 3467, true],
    ["an integer string when the flag is off", { type: "integer" }, NONE, "7", false],
    ["a fractional string for an integer", { type: "integer" }, ALL, "7.5", false],
    ["a decimal as a string", { type: "number" }, ALL, "5.00", true],
    ["a decimal with a trailing dot", { type: "number" }, ALL, "5.", false],
    ["a boolean as a string", { type: "boolean" }, ALL, "false", true],
    ["a boolean in capitals", { type: "boolean" }, ALL, "TRUE", true],
    ["yes for a boolean", { type: "boolean" }, ALL, "yes", false],
    ["an enum value in another case", { type: "string", enum: ["PRODUCT"] }, ALL, "Product", true],
    ["an enum value that is not one", { type: "string", enum: ["PRODUCT"] }, ALL, "Products", false],
    ["an enum case change when the flag is off", { type: "string", enum: ["PRODUCT"] }, NONE, "Product", false],
    ["a const in another case", { const: "ERROR" }, ALL, "error", true],
    ["an array as a comma-separated string", { type: "array", items: { type: "string" } }, ALL, "1,2", true],
    ["an array as a real array", { type: "array", items: { type: "integer" } }, ALL, ["1", 2], true],
    ["an optional property as an empty string", record({ EndDate: { type: "string", format: "date-time" } }), ALL, { EndDate: "" }, true],
    ["an optional property as null", record({ DealId: { type: "integer" } }), ALL, { DealId: null }, true],
    ["a required property as an empty string", record({ Id: { type: "integer" } }, ["Id"]), ALL, { Id: "" }, false],
    ["an undocumented key", { ...record({}), additionalProperties: false }, ALL, { LI: "TRUE" }, true],
    ["an undocumented key when the flag is off", { ...record({}), additionalProperties: false }, NONE, { LI: "TRUE" }, false],
    ["a nested wire value inside allOf", { allOf: [record({ "@page": { type: "integer" } })] }, ALL, { "@page": "1" }, true],
  ])("%s", (_name, schema, format, value, expected) => {
    expect(accepts(schema, format, value)).toBe(expected);
  });

  it("keeps $refs, so the widened components they point to apply", () => {
    expect(toWireSchema({ $ref: "#/components/schemas/PromoCode" }, ALL)).toEqual({ $ref: "#/components/schemas/PromoCode" });
  });

  it("does not change the schema it is given", () => {
    const schema = record({ Id: { type: "integer" } });
    const before = JSON.stringify(schema);
    toWireSchema(schema, ALL);
    expect(JSON.stringify(schema)).toBe(before);
  });
});

describe("caseInsensitivePattern", () => {
  it.each([
    [["ENTIRE_STORE"], "entire_store", true],
    [["A.B"], "AxB", false],
    [["GET", "PUT"], "put", true],
    [["GET", "PUT"], "GETPUT", false],
  ] as const)("%j matches %s: %s", (values, input, expected) => {
    expect(new RegExp(caseInsensitivePattern(values)).test(input)).toBe(expected);
  });
});

describe("readWireFormat", () => {
  it("reads the flags and treats the missing ones as off", () => {
    expect(readWireFormat({ "x-wire-format": { scalarsAsStrings: true } })).toEqual({ ...NONE, scalarsAsStrings: true });
  });
  it("returns undefined for a document that declares no wire format", () => {
    expect(readWireFormat({})).toBeUndefined();
  });
  it("refuses a declaration that is not an object", () => {
    expect(() => readWireFormat({ "x-wire-format": true })).toThrow(/object of boolean flags/);
  });
});
