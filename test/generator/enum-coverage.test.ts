import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../../generator/bundle.js";
import { buildFixtures } from "../../generator/emit-fixtures.js";
import { buildModel } from "../../generator/model.js";
import { Warnings } from "../../generator/problems.js";
import { EnumCoverage, UncoveredEnums } from "../../generator/enum-coverage.js";

// Every enum value of a spec is in some fixture, or named as one no valid value
// can hold, with the reason: the two causes of Microsoft Graph's 1,098 values in
// neither (an 826-value enum beyond the 48 variants a list took, arrays of
// 103-value enums beyond the 64 items one value shows).
function coverageOf(document: OpenApiDocument) {
  const warnings = new Warnings("spec.json");
  return buildFixtures(document, buildModel(document), undefined, warnings).coverage;
}

const values = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

describe("enum coverage", () => {
  it("shows every value of an enum wider than the variants a list takes, and of an array of one wider than an instance holds", () => {
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/things": {
          get: {
            operationId: "listThings",
            parameters: [
              { name: "$orderby", in: "query", explode: false, schema: { type: "array", uniqueItems: true, items: { type: "string", enum: values("order", 150) } } },
              { name: "two", in: "query", schema: { type: "array", maxItems: 2, items: { type: "string", enum: values("two", 5) } } },
            ],
            responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/State" } } } } },
          },
        },
      },
      components: { schemas: { State: { type: "string", enum: values("state", 300) } } },
    };
    const coverage = coverageOf(document);
    expect(coverage.missing).toEqual([]);
    expect(coverage.unholdable).toEqual([]);
    expect(coverage.covered).toBe(455);
    expect(coverage.total).toBe(455);
  });

  it("names, with the reason, the values of enums no fixture list's schema reaches, and counts them apart", () => {
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/things": {
          get: {
            operationId: "getThing",
            responses: {
              "200": {
                description: "ok",
                headers: { "X-Mode": { schema: { type: "string", enum: ["fast", "slow"] } } },
                content: {
                  "application/json": { schema: { type: "object", properties: { kind: { type: "string", enum: ["a"] } } } },
                  "application/xml": { schema: { type: "object", properties: { shape: { type: "string", enum: ["round"] } } } },
                },
              },
            },
          },
        },
      },
      components: { parameters: { Unused: { name: "unused", in: "query", schema: { type: "string", enum: ["never"] } } } },
    };
    const coverage = coverageOf(document);
    expect(coverage.missing).toEqual([]);
    expect(coverage.covered).toBe(1);
    expect(coverage.total).toBe(5);
    const reason = "(no fixture's schema reaches it: a response header, a callback or webhook, a media type other than the one fixtures use, or a component nothing uses)";
    expect(coverage.unholdable).toEqual([
      `#/paths/~1things/get/responses/200/headers/X-Mode/schema: "fast" ${reason}`,
      `#/paths/~1things/get/responses/200/headers/X-Mode/schema: "slow" ${reason}`,
      `#/paths/~1things/get/responses/200/content/application~1xml/schema/properties/shape: "round" ${reason}`,
      `#/components/parameters/Unused/schema: "never" ${reason}`,
    ]);
  });

  it("names a value of another type than the enum's `type` as unholdable, and shows the others (ReadMe's schema-enums)", () => {
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/numbers": {
          post: {
            operationId: "postNumbers",
            requestBody: {
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: { plain: { type: "number", enum: [0, 1, 2] }, withEmpty: { type: "number", enum: ["", 0, 1, 2] } },
                  },
                },
              },
            },
            responses: { "204": { description: "done" } },
          },
        },
      },
    };
    const coverage = coverageOf(document);
    expect(coverage.missing).toEqual([]);
    expect(coverage.unholdable).toEqual([
      '#/paths/~1numbers/post/requestBody/content/application~1json/schema/properties/withEmpty: "" (it is not of the type beside it)',
    ]);
    expect(coverage.covered).toBe(6);
  });

  it("names as unholdable the values reached only through a schema requiring a property it does not declare, and keeps the map that holds one empty", () => {
    // directory/github.com's RecordStartParameters requires RecordFile, which it does not declare; stream-io's App holds
    // a map of CallTypes that do the same, beside an enum of its own.
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/records": {
          post: {
            operationId: "startRecord",
            requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Record" } } } },
            responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/App" } } } } },
          },
        },
      },
      components: {
        schemas: {
          Record: { type: "object", required: ["RecordFile"], properties: { format: { type: "string", enum: ["wav", "mp3"] } } },
          App: {
            type: "object",
            required: ["types", "backend"],
            properties: { types: { type: "object", additionalProperties: { $ref: "#/components/schemas/Record" } }, backend: { type: "string", enum: ["sql", "search"] } },
          },
        },
      },
    };
    const coverage = coverageOf(document);
    expect(coverage.missing).toEqual([]);
    const reason =
      "(every fixture's way to it passes a schema no value of openapi-typescript's type can be: it requires a property its closed type does not declare, or one its index signature's type refuses)";
    expect(coverage.unholdable).toEqual([`#/components/schemas/Record/properties/format: "wav" ${reason}`, `#/components/schemas/Record/properties/format: "mp3" ${reason}`]);
    expect(coverage.covered).toBe(2);
  });

  it("walks the document for a value in no fixture only when synthesis gave no reason for it, and only for the reasons asked (GitHub's four refused values)", () => {
    const status = { type: "string", enum: ["queued", "done", "stale"] };
    const document: OpenApiDocument = { openapi: "3.1.0", info: { title: "T", version: "1" }, paths: {}, components: { schemas: { Status: status } } };
    const coverage = new EnumCoverage();
    coverage.record(status, "queued");
    coverage.record(status, "done");
    const refused = new Map([[status, new Map<unknown, string>([["stale", "its anyOf branches refuse it"]])]]);
    const asked: string[] = [];
    const reached = () => {
      asked.push("reached");
      const sets = { all: new Set([status]), typed: new Set<object>(), requested: new Set<object>(), held: new Set<object>(), sent: new Set<object>() };
      return new Proxy(sets, { get: (target, key: string) => (asked.push(key), target[key as keyof typeof sets]) });
    };
    expect(coverage.measure(document, refused, reached)).toMatchObject({ covered: 2, missing: [], unholdable: ['#/components/schemas/Status: "stale" (its anyOf branches refuse it)'] });
    expect(asked).toEqual([]);
    // Without the reason, the sets are asked in turn, up to the first that leaves the value out.
    expect(coverage.measure(document, new Map(), reached).unholdable).toEqual([expect.stringMatching(/^#\/components\/schemas\/Status: "stale" \(every fixture's way to it passes a schema no value/)]);
    expect(asked).toEqual(["reached", "all", "typed"]);
  });

  it("answers which enum still lacks a value below some schemas as coverage grows, however the walks that found none left them", () => {
    const color = { type: "string", enum: ["red", "blue"] };
    const size = { type: "string", enum: ["s"] };
    const shared = { type: "object", properties: { size } };
    const first = { allOf: [shared, { type: "object", properties: { tags: { type: "array", items: color } } }] };
    const second = { type: "object", properties: { shared, nested: { oneOf: [{ $ref: "#/components/schemas/Color" }] } } };
    const document: OpenApiDocument = { openapi: "3.1.0", info: { title: "T", version: "1" }, paths: {}, components: { schemas: { Color: color } } };
    const resolve = (schema: Record<string, unknown>) => (schema.$ref === "#/components/schemas/Color" ? (document.components!.schemas!.Color as Record<string, unknown>) : schema);
    const coverage = new EnumCoverage();
    const uncovered = new UncoveredEnums(coverage, resolve);
    coverage.record(size, "s");
    // `shared` is spent by this walk, and entered by no later one; `color` is still reached through `second`'s $ref.
    expect(uncovered.below([shared])).toBeUndefined();
    expect(uncovered.below([first])).toBe(color);
    expect(uncovered.below([second])).toBe(color);
    coverage.record(color, "red");
    expect(uncovered.below([second], color)).toBe(color);
    coverage.record(color, "blue");
    expect(uncovered.below([second], color)).toBeUndefined();
    expect(uncovered.below([first, second])).toBeUndefined();
    // A schema not walked before, with an enum nothing shows.
    const fresh = { type: "object", properties: { shared, mode: { enum: ["on"] } } };
    expect(uncovered.below([fresh])).toBe(fresh.properties.mode);
  });

  it("shows each inline oneOf branch with its own value of the discriminator property, which names no branch (Mailchimp's segment conditions)", () => {
    // An inline branch has no name for the discriminator to give it; without the property, a value of `size` alone
    // would match both branches, and oneOf none.
    const branch = (kind: string) => ({ type: "object", properties: { kind: { type: "string", enum: [kind] }, size: { type: "string", enum: values(`${kind}-size`, 3) } } });
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/conditions": {
          get: {
            operationId: "getCondition",
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { oneOf: [branch("aim"), branch("date")], discriminator: { propertyName: "kind" } } } },
              },
            },
          },
        },
      },
    };
    const warnings = new Warnings("spec.json");
    const { coverage, data } = buildFixtures(document, buildModel(document), undefined, warnings);
    expect(coverage.missing).toEqual([]);
    expect(coverage.covered).toBe(8);
    const shown = (data.responses.getCondition!["200"] as Array<{ kind: string; size: string }>).map(({ kind, size }) => `${kind} ${size}`);
    expect(shown.sort()).toEqual(["aim aim-size0", "aim aim-size1", "aim aim-size2", "date date-size0", "date date-size1", "date date-size2"]);
  });

  it("goes on past the 48th variant while one in 48 shows a new value: branches that take turns, one wider than the rest", () => {
    // Branch 0's k-th value is at variant 12k: variant 48 shows its fifth, 49-59 show nothing new, and 60 its sixth.
    const branches = Array.from({ length: 12 }, (_, index) => ({
      type: "object",
      required: ["kind", "op"],
      properties: { kind: { type: "string", enum: [`kind${index}`] }, op: { type: "string", enum: index === 0 ? values("op", 6) : ["is"] } },
    }));
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/segments": {
          get: {
            operationId: "getSegment",
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { type: "object", properties: { conditions: { type: "array", items: { oneOf: branches } } } } } },
              },
            },
          },
        },
      },
    };
    const coverage = coverageOf(document);
    expect(coverage.missing).toEqual([]);
    expect(coverage.covered).toBe(12 + 6 + 11);
  });

  it("names as unholdable what only oneOf branches that hold each other's values reach, and the parameters of a request whose required body is only those (Zoom's settings update)", () => {
    // Two open objects that require nothing: each holds every value of the other, so no value matches exactly one.
    const settings = {
      oneOf: [
        { type: "object", properties: { meeting: { type: "object", properties: { chime: { type: "string", enum: ["host", "all"] } } } } },
        { type: "object", properties: { security: { type: "object", properties: { waiting: { type: "string", enum: ["guests"] } } } } },
      ],
    };
    const update = (path: string, required: boolean) => ({
      patch: {
        operationId: `update${path}`,
        parameters: [{ name: "option", in: "query", schema: { type: "string", enum: [`${path}-a`, `${path}-b`] } }],
        requestBody: { required, content: { "application/json": { schema: settings } } },
        responses: { "204": { description: "done" } },
      },
    });
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: { "/accounts": update("accounts", true), "/groups": update("groups", false) },
    };
    const coverage = coverageOf(document);
    expect(coverage.missing).toEqual([]);
    // The optional body is left out, and the group's requests still show the parameter.
    expect(coverage.covered).toBe(2);
    const shadowed = "(every fixture's way to it passes a oneOf branch (or a property of one) whose every value other branches also hold, so no value matches that branch alone, or a oneOf whose branches are all such, or needs a request body that is one)";
    expect(coverage.unholdable).toEqual([
      `#/paths/~1accounts/patch/parameters/0/schema: "accounts-a" ${shadowed}`,
      `#/paths/~1accounts/patch/parameters/0/schema: "accounts-b" ${shadowed}`,
      `#/paths/~1accounts/patch/requestBody/content/application~1json/schema/oneOf/0/properties/meeting/properties/chime: "host" ${shadowed}`,
      `#/paths/~1accounts/patch/requestBody/content/application~1json/schema/oneOf/0/properties/meeting/properties/chime: "all" ${shadowed}`,
      `#/paths/~1accounts/patch/requestBody/content/application~1json/schema/oneOf/1/properties/security/properties/waiting: "guests" ${shadowed}`,
      `#/paths/~1groups/patch/requestBody/content/application~1json/schema/oneOf/0/properties/meeting/properties/chime: "host" ${shadowed}`,
      `#/paths/~1groups/patch/requestBody/content/application~1json/schema/oneOf/0/properties/meeting/properties/chime: "all" ${shadowed}`,
      `#/paths/~1groups/patch/requestBody/content/application~1json/schema/oneOf/1/properties/security/properties/waiting: "guests" ${shadowed}`,
    ]);
  });

  it("names a oneOf branch as held by another only where it is: not by a branch that requires a property, or declares one of its properties otherwise", () => {
    const branch = (extra: Record<string, unknown>) => ({ type: "object", properties: { mode: { type: "string", enum: ["on", "off"] }, ...extra } });
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/a": {
          get: {
            operationId: "getA",
            responses: {
              "200": {
                description: "ok",
                content: {
                  "application/json": {
                    schema: { oneOf: [branch({}), { type: "object", required: ["name"], properties: { name: { type: "string" }, level: { type: "string", enum: ["low", "high"] } } }] },
                  },
                },
              },
            },
          },
        },
        "/b": { get: { operationId: "getB", responses: { "200": { description: "ok", content: { "application/json": { schema: { oneOf: [branch({}), { type: "object", properties: { mode: { type: "integer" } } }] } } } } } } },
      },
    };
    const { unholdable, missing } = coverageOf(document);
    expect(missing).toEqual([]);
    // /a's second branch requires `name`: every value of it is one of the first branch's too, not the other way round.
    expect(unholdable.map((line) => line.slice(0, line.indexOf(" ("))).filter((line) => line.includes("/oneOf/"))).toEqual([
      '#/paths/~1a/get/responses/200/content/application~1json/schema/oneOf/1/properties/level: "low"',
      '#/paths/~1a/get/responses/200/content/application~1json/schema/oneOf/1/properties/level: "high"',
    ]);
  });

  it("names what other branches hold between them as unholdable, a branch's property too, and shows a branch told apart by going without what another requires (ReadMe's polymorphism listings)", () => {
    const ids = { listing_id: { type: "integer" }, regulatory_body: { type: "string" } };
    const listing = (properties: Record<string, unknown>, required: string[] = []) => ({
      type: "object",
      properties: { ...ids, ...properties },
      required: ["listing_id", "regulatory_body", ...required],
    });
    const object = (properties: Record<string, unknown>, required: string[]) => ({ type: "object", properties, required });
    const andalucia = listing({
      registration: object({ permit_number: { type: "string" }, ownership: { type: "string", enum: ["OWNER", "MANAGER"] } }, ["permit_number", "ownership"]),
      exemption: object({ reason: { type: "string", enum: ["NOT_INCLUDED", "NOT_TOURIST"] } }, ["reason"]),
    });
    const baltimore = listing({ exemption: object({ exemption_reason: { type: "string", enum: ["hotel_motel", "hospital"] } }, ["exemption_reason"]) });
    const chicago = listing({ registration: object({ permit_number: { type: "string" } }, ["permit_number"]) }, ["registration"]);
    const denmark = listing({ categorization: object({ listing_type: { type: "string", enum: ["tent", "houseboat"] } }, ["listing_type"]) }, ["categorization"]);
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/listings": {
          post: {
            operationId: "register",
            requestBody: { required: true, content: { "application/json": { schema: { type: "object", oneOf: [andalucia, baltimore, chicago, denmark] } } } },
            responses: { "204": { description: "done" } },
          },
        },
      },
    };
    const { missing, unholdable, covered } = coverageOf(document);
    expect(missing).toEqual([]);
    // Andalucia's exemption (it matches Chicago's only with a registration, and Baltimore's never) and Baltimore's.
    expect(covered).toBe(4);
    // A Denmark listing matches Andalucia's, or, with a foreign registration or exemption, Chicago's or the one whose
    // exemption it holds; an Andalucia listing with a registration matches Chicago's.
    expect(unholdable.map((line) => line.slice(line.indexOf("oneOf/"), line.indexOf(" (")))).toEqual([
      'oneOf/0/properties/registration/properties/ownership: "OWNER"',
      'oneOf/0/properties/registration/properties/ownership: "MANAGER"',
      'oneOf/3/properties/categorization/properties/listing_type: "tent"',
      'oneOf/3/properties/categorization/properties/listing_type: "houseboat"',
    ]);
  });

  it("names the values beside a oneOf no value matches exactly one branch of, whose branches require what each other requires (ReadMe's discriminators)", () => {
    const option = (own: string) => ({ type: "object", required: ["discrim"], properties: { discrim: { type: "string" }, [own]: { type: "string" } } });
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      components: { schemas: { One: option("one"), Two: option("two") } },
      paths: {
        "/options": {
          patch: {
            operationId: "setOption",
            requestBody: {
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: { kind: { type: "string", enum: ["oneA", "twoA"] } },
                    oneOf: [{ $ref: "#/components/schemas/One" }, { $ref: "#/components/schemas/Two" }],
                  },
                },
              },
            },
            responses: { "204": { description: "done" } },
          },
        },
        // One holds every value of the second branch (which requires more), not the other way round: the oneOf holds
        // values, and the enum beside it shows.
        "/modes": {
          patch: {
            operationId: "setMode",
            requestBody: {
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: { mode: { type: "string", enum: ["on"] } },
                    oneOf: [{ $ref: "#/components/schemas/One" }, { type: "object", required: ["discrim", "two"], properties: { discrim: { type: "string" }, two: { type: "integer" } } }],
                  },
                },
              },
            },
            responses: { "204": { description: "done" } },
          },
        },
      },
    };
    const { missing, unholdable, covered } = coverageOf(document);
    expect(missing).toEqual([]);
    expect(covered).toBe(1);
    expect(unholdable.map((line) => line.slice(0, line.indexOf(" (")))).toEqual([
      '#/paths/~1options/patch/requestBody/content/application~1json/schema/properties/kind: "oneA"',
      '#/paths/~1options/patch/requestBody/content/application~1json/schema/properties/kind: "twoA"',
    ]);
  });

  it("names the values of a readOnly property only requests reach, and of a writeOnly one only responses reach, as one way; shows a readOnly one a response reaches (Loket's application sets)", () => {
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      components: {
        schemas: {
          Shared: { type: "object", properties: { state: { type: "string", readOnly: true, enum: ["open", "closed"] } } },
        },
      },
      paths: {
        "/sets/{id}": {
          put: {
            operationId: "editSet",
            parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
            requestBody: {
              required: true,
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: {
                      kind: { type: "string", readOnly: true, enum: ["Products", "Rights"] },
                      level: { type: "string", readOnly: true, default: "employer", enum: ["employer", "provider"] },
                      shared: { $ref: "#/components/schemas/Shared" },
                    },
                  },
                },
              },
            },
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { type: "object", properties: { secret: { type: "string", writeOnly: true, enum: ["s1"] } } } } },
              },
            },
          },
        },
      },
    };
    const { missing, unholdable, covered } = coverageOf(document);
    expect(missing).toEqual([]);
    // Shared's state (its own list is a response's), and the defaulted level, which a request holds all the same.
    expect(covered).toBe(4);
    const oneWay = "(every fixture's way to it is a readOnly property of a request or a writeOnly one of a response, which OpenAPI says the message does not carry, and fixtures leave out)";
    expect(unholdable).toEqual([
      `#/paths/~1sets~1{id}/put/requestBody/content/application~1json/schema/properties/kind: "Products" ${oneWay}`,
      `#/paths/~1sets~1{id}/put/requestBody/content/application~1json/schema/properties/kind: "Rights" ${oneWay}`,
      `#/paths/~1sets~1{id}/put/responses/200/content/application~1json/schema/properties/secret: "s1" ${oneWay}`,
    ]);
  });

  it("sends a request without an optional parameter no value is found for, and shows the parameters beside it (EC2's PlacementGroupArn)", () => {
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/reservations": {
          get: {
            operationId: "createReservation",
            parameters: [
              { name: "Platform", in: "query", required: true, schema: { type: "string", enum: ["Linux/UNIX", "Windows"] } },
              // A `^` in the middle: no string matches.
              { name: "PlacementGroupArn", in: "query", schema: { type: "string", pattern: "^arn:aws:placement-group/^.{1,255}$" } },
            ],
            responses: { "200": { description: "ok" } },
          },
        },
      },
    };
    const warnings = new Warnings("spec.json");
    const { data, coverage } = buildFixtures(document, buildModel(document), undefined, warnings);
    expect(coverage.missing).toEqual([]);
    expect(coverage.covered).toBe(2);
    expect(data.requests.createReservation!.map((request) => request.query)).toEqual([{ Platform: "Linux/UNIX" }, { Platform: "Windows" }]);
    expect(warnings.list.map((warning) => warning.message)).toContainEqual(expect.stringMatching(/^no valid value could be synthesized .*; the request goes without it \(it is optional\)$/));
  });

  it("names as unholdable what only a request with a required parameter no value can be reaches, and shows another request's (Zoom's TSP accounts)", () => {
    const body = (name: string, values: string[]) => ({
      required: true,
      content: { "application/json": { schema: { type: "object", required: ["code"], properties: { code: { type: "string" }, [name]: { type: "string", enum: values } } } } },
    });
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/users/{userId}/tsp/{tspId}": {
          patch: {
            operationId: "updateTsp",
            parameters: [
              { name: "userId", in: "path", required: true, schema: { type: "string" } },
              // The numbers 1 and 2, typed string: no value is valid, and no request can be made.
              { name: "tspId", in: "path", required: true, schema: { type: "string", enum: [1, 2] } },
            ],
            requestBody: body("tsp_bridge", ["US_TSP_TB", "EU_TSP_TB"]),
            responses: { "204": { description: "ok" } },
          },
        },
        "/users/{userId}/tsp": {
          post: {
            operationId: "addTsp",
            parameters: [{ name: "userId", in: "path", required: true, schema: { type: "string" } }],
            requestBody: body("region", ["US", "EU"]),
            responses: { "201": { description: "ok" } },
          },
        },
      },
    };
    const warnings = new Warnings("spec.json");
    const { data, coverage } = buildFixtures(document, buildModel(document), undefined, warnings);
    expect(coverage.missing).toEqual([]);
    expect(data.requests.updateTsp).toEqual([]);
    expect(data.requests.addTsp!.map((request) => (request.body as { region: string }).region)).toEqual(["US", "EU"]);
    const unrequested = coverage.unholdable.filter((entry) => entry.includes("a required parameter no value can be"));
    expect(unrequested).toEqual([
      expect.stringMatching(/^#\/paths\/~1users~1\{userId\}~1tsp~1\{tspId\}\/patch\/requestBody\/content\/application~1json\/schema\/properties\/tsp_bridge: "US_TSP_TB" \(/),
      expect.stringMatching(/tsp_bridge: "EU_TSP_TB" \(/),
    ]);
    expect(coverage.unholdable.filter((entry) => entry.includes("not of the type beside it"))).toHaveLength(2);
    expect(coverage.covered).toBe(2);
  });

  it("makes a value told apart whole, keeping what a lean variant left out and its branch alone has (Zoom's room events)", () => {
    const branch = (method: string, own: string) => ({
      type: "object",
      properties: {
        method: { type: "string", enum: [method] },
        params: {
          type: "object",
          properties: { [own]: { type: "string" }, target_ids: { type: "array", items: { type: "string" } }, target_type: { type: "string", enum: ["account", "location", "room"] } },
        },
      },
    });
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/rooms/events": {
          patch: {
            operationId: "roomEvent",
            requestBody: {
              required: true,
              content: { "application/json": { schema: { type: "object", oneOf: [branch("alert_displayed", "content"), branch("alert_removed", "event_id")] } } },
            },
            responses: { "202": { description: "ok" } },
          },
        },
      },
    };
    const { data, coverage } = buildFixtures(document, buildModel(document), undefined, new Warnings("spec.json"));
    expect(coverage.missing).toEqual([]);
    expect(coverage.unholdable).toEqual([]);
    const shown = data.requests.roomEvent!.map((request) => {
      const value = request.body as { method: string; params?: { target_type?: string } };
      return `${value.method} ${value.params?.target_type}`;
    });
    for (const method of ["alert_displayed", "alert_removed"]) for (const type of ["account", "location", "room"]) expect(shown).toContain(`${method} ${type}`);
  });

  it("names the values of a property one allOf part declares that another part's additionalProperties refuses (Zuora's custom object fields)", () => {
    const field = (origins: string[]) => ({ type: "object", properties: { origin: { type: "string", enum: origins }, label: { type: "string" } } });
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      components: {
        schemas: {
          Custom: { type: "object", additionalProperties: field(["custom", "shared"]) },
          AllFields: { allOf: [{ type: "object", properties: { Id: field(["system", "shared"]) } }, { $ref: "#/components/schemas/Custom" }] },
        },
      },
      paths: {},
    };
    const { missing, unholdable } = coverageOf(document);
    expect(missing).toEqual([]);
    expect(unholdable).toEqual([
      `#/components/schemas/AllFields/allOf/0/properties/Id/properties/origin: "system" (another allOf part's additionalProperties gives it an enum without it)`,
    ]);
  });

  it("takes branches that name no type for objects where the schema around them is one, and an enum as holding the enum whose values it lists (Zoom's authentication settings)", () => {
    const option = (kind: Record<string, unknown>) => ({ type: "object", properties: { kind, action: { type: "string", enum: ["add", "delete"] } } });
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      components: {
        schemas: {
          Settings: {
            type: "object",
            oneOf: [
              { properties: { option: option({ type: "string", enum: ["login"] }), meeting: { type: "boolean" } } },
              { properties: { option: option({ type: "string", enum: ["login", "internally"] }), recording: { type: "boolean" } } },
            ],
          },
        },
      },
      paths: {},
    };
    const { missing, unholdable } = coverageOf(document);
    // Every value of the first branch is one of the second's: the second lists its kind, and takes any boolean meeting.
    expect(unholdable.map((line) => line.slice(0, line.indexOf(" (")))).toEqual([
      '#/components/schemas/Settings/oneOf/0/properties/option/properties/kind: "login"',
      '#/components/schemas/Settings/oneOf/0/properties/option/properties/action: "add"',
      '#/components/schemas/Settings/oneOf/0/properties/option/properties/action: "delete"',
      '#/components/schemas/Settings/oneOf/1/properties/option/properties/kind: "login"',
    ]);
    // The second branch's "login" matches the first branch too: every value holding it does, value by value.
    expect(unholdable[3]).toBe(
      '#/components/schemas/Settings/oneOf/1/properties/option/properties/kind: "login" (every value holding it matches its oneOf branch and another: that branch, narrowed to the values holding it, is one other branches hold every value of)',
    );
    // Its every action shows beside "internally", the kind only it lists, though variant k gives both enums their k-th value.
    expect(missing).toEqual([]);
  });

  it("shows each value of an array's items in a oneOf branch beside one more item that only that branch's items hold (Zoom's account authentication options)", () => {
    const options = (types: string[]) => ({
      type: "array",
      items: { type: "object", properties: { type: { type: "string", enum: types }, action: { type: "string", enum: ["add", "delete", "update"] } } },
    });
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      components: {
        schemas: {
          Authentication: {
            type: "object",
            oneOf: [
              { properties: { options: options(["login", "same_account", "domains"]), meeting: { type: "boolean" } } },
              { properties: { options: options(["internally", "login", "domains"]), recording: { type: "boolean" } } },
            ],
          },
        },
      },
      paths: {},
    };
    const { data, coverage } = buildFixtures(document, buildModel(document), undefined, new Warnings("spec.json"));
    expect(coverage.missing).toEqual([]);
    expect(coverage.unholdable).toEqual([]);
    // "login" and "domains" in the first branch's items show only with an item whose type the second's do not list.
    const values = data.schemas.Authentication! as Array<{ options?: Array<{ type: string }>; meeting?: boolean }>;
    const firstBranchTypes = values.filter((value) => "meeting" in value).map((value) => (value.options ?? []).map((option) => option.type));
    expect(firstBranchTypes.some((types) => types.includes("login") && types.includes("same_account"))).toBe(true);
    expect(firstBranchTypes.some((types) => types.includes("domains") && types.includes("same_account"))).toBe(true);
  });

  it("shows the enums of a map's values beside declared properties, leaving out an optional one the map's type refuses (Mist's junos_dhcpd)", () => {
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      components: {
        schemas: {
          Dhcpd: {
            type: "object",
            properties: { enabled: { type: "boolean" } },
            additionalProperties: { type: "object", properties: { type: { type: "string", enum: ["local", "relay"] } } },
          },
          // A map of plain strings beside a property gets no made-up key, as before.
          Labels: { type: "object", properties: { count: { type: "string" } }, additionalProperties: { type: "string" } },
        },
      },
      paths: {},
    };
    const warnings = new Warnings("spec.json");
    const { data, coverage } = buildFixtures(document, buildModel(document), undefined, warnings);
    expect(coverage.missing).toEqual([]);
    expect(coverage.covered).toBe(2);
    expect(data.schemas.Dhcpd).toEqual([{ key1: { type: "local" } }, { key1: { type: "relay" } }]);
    expect(data.schemas.Labels).toEqual([{ count: "count 1" }]);
    expect(warnings.list).toEqual([]);
  });

  it("counts an enum beside an anyOf as shown by the value a branch gave its property (GitHub's check-run update)", () => {
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/check-runs": {
          patch: {
            operationId: "updateCheckRun",
            requestBody: {
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: { status: { type: "string", enum: ["queued", "in_progress", "completed"] }, conclusion: { type: "string", enum: ["success", "failure"] } },
                    anyOf: [
                      { properties: { status: { enum: ["completed"] } }, required: ["conclusion"] },
                      { properties: { status: { enum: ["queued", "in_progress"] } } },
                    ],
                  },
                },
              },
            },
            responses: { "204": { description: "done" } },
          },
        },
      },
    };
    const coverage = coverageOf(document);
    expect(coverage.missing).toEqual([]);
    expect(coverage.covered).toBe(coverage.total);
  });

  it("leaves out an optional enum none of whose values has its type, and shows the enums beside it (Zoom's phone setting templates)", () => {
    // More such properties than a value has repairs: each was made, and each made the whole value invalid.
    const mismatched = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`ring${index}`, { type: "string", enum: [0, 1] }]));
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/templates": {
          get: {
            operationId: "getTemplate",
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { type: "object", properties: { ...mismatched, kind: { type: "string", enum: ["user", "group", "zr"] } } } } },
              },
            },
          },
        },
      },
    };
    const coverage = coverageOf(document);
    expect(coverage.missing).toEqual([]);
    expect(coverage.covered).toBe(3);
    expect(coverage.unholdable).toHaveLength(20);
    expect(coverage.unholdable.every((line) => line.endsWith("(it is not of the type beside it)"))).toBe(true);
  });

  it("names as unholdable the values under a schema whose defaulted property its additionalProperties type refuses (Mist's junos_oob_ip_config)", () => {
    // openapi-typescript: { type: "static" | "dynamic" } & { [key: string]: { ip?: string } }; `type` has a default, so
    // it is required, and must be both a string and an object.
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/oob": {
          get: {
            operationId: "getOob",
            responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Oob" } } } } },
          },
        },
      },
      components: {
        schemas: {
          Oob: {
            type: "object",
            properties: { type: { type: "string", enum: ["static", "dynamic"], default: "dynamic" }, ip: { type: "string" } },
            additionalProperties: { type: "object", properties: { ip: { type: "string" } } },
          },
        },
      },
    };
    const coverage = coverageOf(document);
    expect(coverage.missing).toEqual([]);
    expect(coverage.unholdable.map((line) => line.slice(0, line.indexOf(" (")))).toEqual([
      '#/components/schemas/Oob/properties/type: "static"',
      '#/components/schemas/Oob/properties/type: "dynamic"',
    ]);
  });

  it("repairs a value as many times as it has parts that need a oneOf's next branch (GitHub Enterprise's pull-request webhooks)", () => {
    // Each stamp is an integer or a date-time in one allOf part and a string in the other: branch 0 fails, then branch 1
    // holds. Six of them take twelve repairs.
    const names = Array.from({ length: 6 }, (_, index) => `at${index}`);
    const either = Object.fromEntries(names.map((name) => [name, { oneOf: [{ type: "integer" }, { type: "string", format: "date-time" }] }]));
    const text = Object.fromEntries(names.map((name) => [name, { type: "string" }]));
    const repo = { allOf: [{ type: "object", required: names, properties: either }, { type: "object", properties: text }] };
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      paths: {
        "/repos": {
          get: {
            operationId: "getRepo",
            responses: {
              "200": {
                description: "ok",
                content: {
                  "application/json": {
                    schema: { type: "object", required: ["repo"], properties: { repo, visibility: { type: "string", enum: ["public", "private"] } } },
                  },
                },
              },
            },
          },
        },
      },
    };
    const coverage = coverageOf(document);
    expect(coverage.missing).toEqual([]);
    expect(coverage.covered).toBe(2);
  });
});
