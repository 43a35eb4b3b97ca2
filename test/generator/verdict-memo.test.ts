// A verdict is kept per schema (read without its annotations) and value, so a
// schema written inline in many places is interpreted once per value (Mailchimp's
// segment conditions: some twenty copies differing only in examples), and a
// one-of-many enum, as type-fit.ts asks of every branch's copy of a property in
// turn, is decided without the interpreter at all.
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeEach, describe, expect, it, vi } from "vitest";

const interpreted = vi.hoisted(() => ({ count: 0 }));
vi.mock("@cfworker/json-schema", async (importOriginal) => {
  const original = (await importOriginal()) as typeof import("@cfworker/json-schema");
  return {
    ...original,
    validate: (...args: Parameters<typeof original.validate>) => {
      interpreted.count += 1;
      return original.validate(...args);
    },
  };
});

const { FixtureCheck, plainEnumVerdict } = await import("../../generator/fixture-check.js");
const { VerdictMemo, MAX_VERDICT_MEMO_CHARACTERS } = await import("../../generator/verdict-memo.js");
const { documentWith } = await import("../support/openapi.js");

/** A memo whose decisions are counted. */
function counting() {
  const memo = new VerdictMemo<boolean>();
  let decided = 0;
  const verdict = (schema: object, value: unknown, answer = true) =>
    memo.verdict(
      schema,
      value,
      () => {
        decided += 1;
        return answer;
      },
      () => true,
    );
  return { verdict, decided: () => decided };
}

describe("VerdictMemo", () => {
  it("shares a verdict between copies of a schema that differ only in annotations", () => {
    const { verdict, decided } = counting();
    const copy = (n: number) => ({ type: "object", description: `copy ${n}`, example: { at: `2025-10-15T13:53:57.${n}Z` }, "x-note": n, properties: { id: { type: "string", title: `id ${n}` } } });
    for (let n = 0; n < 20; n += 1) verdict(copy(n), { id: "a" });
    expect(decided()).toBe(1);
    verdict(copy(0), { id: "b" });
    expect(decided()).toBe(2);
  });

  it("keeps apart what only looks like an annotation: a property, an enum value, an unknown keyword's content", () => {
    const { verdict, decided } = counting();
    verdict({ properties: { description: { type: "string" } } }, {});
    verdict({ properties: { description: { type: "integer" } } }, {});
    verdict({ enum: [{ description: "a" }] }, {});
    verdict({ enum: [{ description: "b" }] }, {});
    verdict({ dependencies: { title: ["a"] } }, {});
    verdict({ dependencies: { title: ["b"] } }, {});
    expect(decided()).toBe(6);
  });

  it("keeps nothing for a schema with another base, nor for a value JSON cannot spell exactly", () => {
    const { verdict, decided } = counting();
    const schemas = [{ $id: "https://example.com/a", type: "string" }, { $ref: "other.yaml#/A" }, { $dynamicRef: "#node" }, { maximum: Number.POSITIVE_INFINITY }];
    for (const schema of schemas) {
      verdict(schema, "a");
      verdict(schema, "a");
    }
    for (const value of [-0, Number.NaN, [undefined], { a: undefined }, new Date(0), 10n]) {
      verdict({ type: "number" }, value);
      verdict({ type: "number" }, value);
    }
    expect(decided()).toBe(2 * schemas.length + 2 * 6);
    // A `$ref` into the document itself is kept.
    verdict({ $ref: "#/components/schemas/A" }, "a");
    verdict({ $ref: "#/components/schemas/A" }, "a");
    expect(decided()).toBe(2 * schemas.length + 2 * 6 + 1);
  });

  it("reads a value anew once its check is over, so a value changed between checks is not taken for its old self", () => {
    const memo = new VerdictMemo<boolean>();
    const schema = { type: "object" };
    const value: Record<string, unknown> = { a: 1 };
    memo.holding(() => memo.verdict(schema, value, () => true, () => true));
    value.a = 2;
    let decided = false;
    memo.holding(() =>
      memo.verdict(
        schema,
        value,
        () => {
          decided = true;
          return false;
        },
        () => true,
      ),
    );
    expect(decided).toBe(true);
  });

  it(`keeps no value longer than ${MAX_VERDICT_MEMO_CHARACTERS} characters, and starts anew past that many in all`, () => {
    const { verdict, decided } = counting();
    const long = "x".repeat(MAX_VERDICT_MEMO_CHARACTERS);
    verdict({ type: "string" }, long);
    verdict({ type: "string" }, long);
    expect(decided()).toBe(2);
    const half = "y".repeat(MAX_VERDICT_MEMO_CHARACTERS / 2);
    verdict({ type: "string" }, half);
    verdict({ type: "string" }, `${half}z`); // past the bound in all: the memo starts anew with this one
    verdict({ type: "string" }, `${half}z`);
    expect(decided()).toBe(4);
    verdict({ type: "string" }, half);
    expect(decided()).toBe(5);
  });

  it("leaves what decide said unkept when keep says so", () => {
    const memo = new VerdictMemo<string>();
    let decided = 0;
    const ask = () => memo.verdict({ type: "string" }, "a", () => `verdict ${++decided}`, (verdict) => verdict !== "verdict 1");
    expect([ask(), ask(), ask()]).toEqual(["verdict 1", "verdict 2", "verdict 2"]);
  });
});

describe("FixtureCheck with the memo", () => {
  beforeEach(() => {
    interpreted.count = 0;
  });

  it("interprets ten copies of an inline schema as often as one", () => {
    const condition = (stamp: string) => ({
      oneOf: ["aim", "date", "vip"].map((field) => ({
        type: "object",
        properties: { field: { type: "string", enum: [field] }, value: { type: "string", example: stamp } },
        required: ["field"],
      })),
    });
    const checkAll = (count: number) => {
      const document = documentWith(Object.fromEntries(Array.from({ length: count }, (_, n) => [`Copy${n}`, condition(`2025-10-15T13:53:57.${n}Z`)])), "3.1.0");
      const check = new FixtureCheck(document);
      const schemas = Object.values(document.components!.schemas as Record<string, object>);
      interpreted.count = 0;
      const verdicts = schemas.flatMap((schema) => [check.check(schema, { field: "date", value: "x" }).valid, check.check(schema, { field: "nope" }).valid]);
      return { verdicts, interpretations: interpreted.count };
    };
    const one = checkAll(1);
    const ten = checkAll(10);
    expect(one.verdicts).toEqual([true, false]);
    expect(ten.verdicts).toEqual(Array.from({ length: 10 }, () => [true, false]).flat());
    expect(one.interpretations).toBeGreaterThan(0);
    expect(ten.interpretations).toBe(one.interpretations);
  });
});

describe("plainEnumVerdict", () => {
  // What plain ajv says of the schema as OpenAPI means it: `nullable` adds null to the type and the enum.
  const ajv = new Ajv2020({ strict: false, allowUnionTypes: true });
  const asJsonSchema = (schema: Record<string, any>) => {
    const { nullable, description: _d, example: _e, "x-note": _x, ...rest } = schema;
    if (!nullable) return rest;
    return {
      ...rest,
      enum: rest.enum.includes(null) ? rest.enum : [...rest.enum, null],
      ...(rest.type === undefined ? {} : { type: [...new Set([...(Array.isArray(rest.type) ? rest.type : [rest.type]), "null"])] }),
    };
  };
  const enums = [["a", "b"], [1, 2.5], [0, 1], [true], [null, "a"], ["1", 1]];
  const types = [undefined, "string", "integer", "number", "boolean", "null", ["string", "integer"]];
  const values = ["a", "c", 1, 2.5, 0, -1, true, false, null, "1", 1.0];

  it("says what ajv says, for every enum, type, nullable and value here", () => {
    let compared = 0;
    for (const list of enums)
      for (const type of types)
        for (const nullable of [undefined, true, false]) {
          const schema = { enum: list, ...(type === undefined ? {} : { type }), ...(nullable === undefined ? {} : { nullable }), description: "d", example: "e", "x-note": 1 };
          const validate = ajv.compile(asJsonSchema(schema));
          for (const value of values) {
            expect(plainEnumVerdict(schema, value), `${JSON.stringify(schema)} ${JSON.stringify(value)}`).toBe(validate(value));
            compared += 1;
          }
        }
    expect(compared).toBe(enums.length * types.length * 3 * values.length);
    // An empty enum (which ajv refuses to compile) holds nothing; with nullable, null.
    expect(plainEnumVerdict({ enum: [] }, "a")).toBe(false);
    expect(plainEnumVerdict({ enum: [], nullable: true }, null)).toBe(true);
  });

  it("leaves to the validators a schema that says more, and a value that is no primitive", () => {
    expect(plainEnumVerdict({ enum: ["a"], pattern: "^b" }, "a")).toBeUndefined();
    expect(plainEnumVerdict({ enum: ["a"], $ref: "#/x" }, "a")).toBeUndefined();
    expect(plainEnumVerdict({ enum: ["a"], type: 5 }, "a")).toBeUndefined();
    expect(plainEnumVerdict({ enum: [{ a: 1 }] }, { a: 1 })).toBeUndefined();
    expect(plainEnumVerdict({ type: "string" }, "a")).toBeUndefined();
    expect(plainEnumVerdict({ enum: ["a"] }, undefined)).toBeUndefined();
  });
});
