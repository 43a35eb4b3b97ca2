import { describe, expect, it } from "vitest";
import { FixtureCheck } from "../../generator/fixture-check.js";
import { documentWith } from "../support/openapi.js";

// The checker interprets schemas (@cfworker/json-schema) and hands ajv what the interpreter cannot take; both must
// give the same verdicts on what real specs hold.
const document = documentWith(
  {
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
  "3.0.3",
);

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

describe("what openapi-typescript's types hold (type-fit)", () => {
  // Each case is a value valid against its JSON Schema that tsc refused as a literal of the generated type, found by
  // type-checking every fixture of GitHub's spec written out as a typed literal.
  const user = { type: "object", required: ["login"], properties: { login: { type: "string" }, user_view_type: { type: "string" } } };
  const team = { type: "object", required: ["slug", "type"], properties: { slug: { type: "string" }, type: { type: "string", enum: ["enterprise", "organization"] } } };
  const repo = { type: "object", properties: { name: { type: "string" } } };
  const fitDocument = documentWith(
    {
      "private-user": { ...user, required: ["login", "private_gists"], properties: { ...user.properties, private_gists: { type: "integer" } } },
      "public-user": user,
      AnyUser: {
        oneOf: [{ $ref: "#/components/schemas/private-user" }, { $ref: "#/components/schemas/public-user" }],
        discriminator: { propertyName: "user_view_type", mapping: { private: "#/components/schemas/private-user", public: "#/components/schemas/public-user" } },
      },
      team,
      user,
      // An open branch lets JSON Schema through; TypeScript checks `reviewer` against the branch that declares it.
      Rule: {
        anyOf: [
          { type: "object", required: ["type"], properties: { type: { type: "string" }, wait_timer: { type: "integer" } } },
          { type: "object", required: ["type"], properties: { type: { type: "string" }, reviewer: { anyOf: [{ $ref: "#/components/schemas/user" }, { $ref: "#/components/schemas/team" }] } } },
        ],
      },
      repo,
      Starred: { anyOf: [{ type: "array", items: { type: "object", required: ["repo"], properties: { repo } } }, { type: "array", items: repo }] },
      Restated: { allOf: [{ type: "object", properties: { app: { type: "object", nullable: true, properties: { slug: { type: "string" } } } } }, { type: "object", properties: { app: { type: "object", nullable: true } } }] },
      // Mist's client stats: a list of details, or one wired client; an object literal can only be the second.
      ClientStats: { oneOf: [{ type: "array", items: { type: "object", properties: { ap_id: { type: "string" } } } }, { type: "object", required: ["mac"], properties: { mac: { type: "string" } } }] },
      // Mist's device models: `type` picks the branch, and a gateway has no `alias`, though a switch does.
      Device: {
        anyOf: [
          { type: "object", properties: { type: { type: "string", enum: ["switch"] }, alias: { type: "string" } } },
          { type: "object", properties: { type: { type: "string", enum: ["gateway"] }, ha_node: { type: "string" } } },
          { type: "object", properties: { model: { type: "string" } } },
        ],
      },
      // Zuora's payment method: its custom-fields part is `{ [key: string]: unknown }`, which leaves gatewayOptions closed.
      Payment: {
        allOf: [
          { type: "object", properties: { gatewayOptions: { type: "object", properties: { key: { type: "string" }, value: { type: "string" } } } } },
          { additionalProperties: { description: "A custom field." } },
        ],
      },
      // Mailchimp's Facebook ad: two allOf parts give `report_summary` (and, below it, `ecommerce`) properties of their own.
      Ad: {
        allOf: [
          { type: "object", properties: { summary: { type: "object", properties: { clicks: { type: "integer" }, money: { type: "object", properties: { revenue: { type: "number" } } } } } } },
          { type: "object", properties: { summary: { type: "object", properties: { budget: { type: "number" }, money: { type: "object", properties: { currency: { type: "string" } } } } } } },
        ],
      },
    },
    "3.0.3",
  );
  const fitSchemas = fitDocument.components!.schemas as Record<string, unknown>;
  const check = new FixtureCheck(fitDocument);
  const result = (name: string, value: unknown) => check.check(fitSchemas[name], value);

  it("asks a union whose branches all carry a discriminator value for one of them", () => {
    expect(result("AnyUser", { login: "octocat", user_view_type: "public" }).valid).toBe(true);
    expect(result("AnyUser", { login: "octocat" })).toEqual(expect.objectContaining({ valid: false, at: "/user_view_type" }));
  });

  it("checks a property against the union branches that declare it, though another branch let the object through", () => {
    expect(result("Rule", { type: "required_reviewers", reviewer: { slug: "core", type: "organization" } }).valid).toBe(true);
    expect(result("Rule", { type: "required_reviewers", reviewer: { slug: "core" } })).toEqual(expect.objectContaining({ valid: false, at: "/reviewer" }));
  });

  it("holds an array under a union to one branch's array type", () => {
    expect(result("Starred", [{ name: "hello" }]).valid).toBe(true);
    expect(result("Starred", [{ name: "hello", network_count: 3 }])).toEqual(expect.objectContaining({ valid: false }));
  });

  it("closes a union's object to the keys of its object branches, whatever an array branch declares", () => {
    expect(result("ClientStats", { mac: "e45f01319a43" }).valid).toBe(true);
    expect(result("ClientStats", { mac: "e45f01319a43", ap_id: "ap-1" })).toEqual(expect.objectContaining({ valid: false, at: "/ap_id" }));
  });

  it("narrows a union by a literal-typed property before it checks excess keys, as TypeScript does", () => {
    expect(result("Device", { type: "switch", alias: "core-1" }).valid).toBe(true);
    expect(result("Device", { type: "gateway", ha_node: "fpc0" }).valid).toBe(true);
    expect(result("Device", { type: "gateway", alias: "core-1" })).toEqual(expect.objectContaining({ valid: false, at: "/alias" }));
  });

  it("keeps a property closed where the index signature beside it is unknown (X & unknown is X)", () => {
    expect(result("Payment", { gatewayOptions: { key: "ip", value: "192.0.2.1" }, Region__c: "EU" }).valid).toBe(true);
    expect(result("Payment", { gatewayOptions: { Comments: "test" } })).toEqual(expect.objectContaining({ valid: false, at: "/gatewayOptions/Comments" }));
  });

  it("lets a property two allOf parts declare hold the keys of both, at every depth (their types intersect), and no others", () => {
    expect(result("Ad", { summary: { clicks: 3, budget: 12.5, money: { revenue: 4, currency: "USD" } } }).valid).toBe(true);
    expect(result("Ad", { summary: { clicks: 3, spend: 1 } })).toEqual(expect.objectContaining({ valid: false, at: "/summary/spend" }));
    expect(result("Ad", { summary: { money: { revenue: 4, rate: 1 } } })).toEqual(expect.objectContaining({ valid: false, at: "/summary/money/rate" }));
  });

  it("lets an allOf part that restates an object as a bare `type: object` hold what the other part declares", () => {
    // Record<string, unknown> in our types (generator/emit-types.ts), where the default would be Record<string, never>.
    expect(result("Restated", { app: { slug: "octo-app" } }).valid).toBe(true);
  });
});
