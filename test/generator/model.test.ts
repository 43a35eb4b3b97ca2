import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../../generator/bundle.js";
import { buildModel } from "../../generator/model.js";

const doc = (paths: Record<string, unknown>, components: Record<string, Record<string, unknown>> = {}): OpenApiDocument => ({
  openapi: "3.1.0",
  info: { title: "T", version: "1" },
  paths,
  components,
});
const ok = { "200": { description: "ok" } };

describe("buildModel", () => {
  it.each<[string, { given: OpenApiDocument; want: Array<[string, string, string]> }]>([
    [
      "names operations by id, in path then method order",
      {
        given: doc({ "/b": { get: { operationId: "getB", responses: ok } }, "/a": { post: { operationId: "makeA", responses: ok }, get: { operationId: "getA", responses: ok } } }),
        want: [["getA", "get", "/a"], ["makeA", "post", "/a"], ["getB", "get", "/b"]],
      },
    ],
    [
      "derives names for operations without ids",
      { given: doc({ "/pets/{id}": { get: { responses: ok }, delete: { responses: ok } } }), want: [["getPetsById", "get", "/pets/{id}"], ["deletePetsById", "delete", "/pets/{id}"]] },
    ],
    [
      "lets an explicit id keep its name over a derived one",
      { given: doc({ "/pets": { get: { responses: ok } }, "/x": { get: { operationId: "getPets", responses: ok } } }), want: [["getPets2", "get", "/pets"], ["getPets", "get", "/x"]] },
    ],
    [
      "disambiguates ids that collide once escaped",
      { given: doc({ "/a": { get: { operationId: "list-pets", responses: ok } }, "/b": { get: { operationId: "list_pets", responses: ok } }, "/c": { get: { operationId: "listPets", responses: ok } } }), want: [["listPets2", "get", "/a"], ["list_pets", "get", "/b"], ["listPets", "get", "/c"]] },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(buildModel(given).operations.map((op) => [op.name, op.method, op.path])).toEqual(want);
  });

  it("lets an operation's parameter override the path item's, and resolves refs and examples", () => {
    const model = buildModel(
      doc(
        {
          "/pets/{id}": {
            parameters: [{ $ref: "#/components/parameters/Id" }, { name: "q", in: "query", schema: { type: "string" } }],
            get: {
              parameters: [{ name: "q", in: "query", required: true, schema: { type: "integer" }, example: 3 }],
              responses: { "200": { $ref: "#/components/responses/Pet" } },
            },
          },
        },
        {
          parameters: { Id: { name: "id", in: "path", required: true, schema: { type: "integer" } } },
          responses: { Pet: { description: "a pet", content: { "application/json": { schema: { type: "object" }, examples: { one: { $ref: "#/components/examples/One" } } } } } },
          examples: { One: { value: { name: "Rex" } } },
        },
      ),
    );
    const [operation] = model.operations;
    expect(operation!.parameters.map((p) => [p.in, p.name, p.required, p.schema?.type, p.example])).toEqual([
      ["path", "id", true, "integer", undefined],
      ["query", "q", true, "integer", 3],
    ]);
    expect(operation!.responses[0]!.content[0]!.examples).toEqual([{ name: "one", value: { name: "Rex" } }]);
  });

  it("marks deprecated operations and sorts schema names", () => {
    const model = buildModel(doc({ "/a": { get: { deprecated: true, responses: ok } } }, { schemas: { Zed: {}, Alpha: {} } }));
    expect(model.operations[0]!.deprecated).toBe(true);
    expect(model.schemaNames).toEqual(["Alpha", "Zed"]);
  });
});
