import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../../generator/bundle.js";
import { buildFixtures, preferredMedia } from "../../generator/emit-fixtures.js";
import { buildModel, type ApiModel } from "../../generator/model.js";
import { Warnings } from "../../generator/problems.js";
import { SchemaValidator } from "../../runtime/schema-validator.js";
import type { JsonSchema } from "../../runtime/wire-format.js";
import { OAS_EXAMPLES } from "../corpus/corpora.js";
import { documentWith } from "../support/openapi.js";
import { PROJECT_ROOT } from "../support/project.js";

const run = promisify(execFile);

/** The fixtures built from `document` in memory, and the warnings raised (their places start with `spec.json#`). */
function fixturesOf(document: OpenApiDocument) {
  const warnings = new Warnings("spec.json");
  return { ...buildFixtures(document, buildModel(document), undefined, warnings), warnings: warnings.list };
}
type Fixtures = {
  requests: Record<string, Array<{ path?: object; query?: object; body?: unknown }>>;
  responses: Record<string, Record<string, unknown[]>>;
  schemas: Record<string, unknown[]>;
  wire: Record<string, Record<string, unknown[]>>;
};

async function load(api: string): Promise<{ document: OpenApiDocument; model: ApiModel; fixtures: Fixtures; raw: Record<string, string> }> {
  const folder = path.join(PROJECT_ROOT, "generated", api);
  const read = (file: string) => readFile(path.join(folder, file), "utf8");
  const raw = {
    requests: await read("fixtures/requests.json"),
    responses: await read("fixtures/responses.json"),
    schemas: await read("fixtures/schemas.json"),
    wire: await read("fixtures/wire-responses.json"),
  };
  const document = JSON.parse(await read("openapi.clean.json")) as OpenApiDocument; // the fixtures are made from the clean view
  const fixtures = Object.fromEntries(Object.entries(raw).map(([key, text]) => [key, JSON.parse(text)])) as Fixtures;
  return { document, model: buildModel(document), fixtures, raw };
}

describe.each(["brand", "partner"])("%s fixtures", (api) => {
  let data: Awaited<ReturnType<typeof load>>;
  beforeAll(async () => {
    data = await load(api);
  });

  it("cover every operation and every documented status", () => {
    for (const operation of data.model.operations) {
      expect(data.fixtures.requests[operation.name]?.length, operation.name).toBeGreaterThan(0);
      expect(Object.keys(data.fixtures.responses[operation.name] ?? {}).sort()).toEqual(operation.responses.map((r) => r.status).sort());
    }
    expect(Object.keys(data.fixtures.schemas)).toEqual(data.model.schemaNames);
  });

  it("are valid against their schemas", () => {
    const strict = new SchemaValidator(data.document, "strict");
    const problems: string[] = [];
    const check = (where: string, schema: unknown, value: unknown) => {
      for (const problem of strict.validate(schema as JsonSchema, value)) problems.push(`${where} ${problem.pointer} ${problem.message}`);
    };
    for (const operation of data.model.operations) {
      for (const [index, request] of data.fixtures.requests[operation.name]!.entries()) {
        for (const parameter of operation.parameters) {
          const value = (request[parameter.in as "path" | "query"] as Record<string, unknown> | undefined)?.[parameter.name];
          if (value !== undefined || parameter.required) check(`${operation.name}[${index}] ${parameter.name}`, parameter.schema, value);
        }
        const body = operation.requestBody && preferredMedia(operation.requestBody.content);
        if (body) check(`${operation.name}[${index}] body`, body.schema, request.body);
      }
      for (const response of operation.responses) {
        const media = preferredMedia(response.content);
        for (const [index, value] of data.fixtures.responses[operation.name]![response.status]!.entries()) {
          if (media) check(`${operation.name} ${response.status}[${index}]`, media.schema, value);
          else expect(value).toBeNull();
        }
      }
    }
    for (const [name, instances] of Object.entries(data.fixtures.schemas)) {
      instances.forEach((value, index) => check(`${name}[${index}]`, { $ref: `#/components/schemas/${name}` }, value));
    }
    expect(problems).toEqual([]);
  });

  it("put the spec's own first example first", () => {
    const getOk = data.model.operations.find((operation) => operation.name === "getPromoCode")!.responses.find((r) => r.status === "200")!;
    const [first] = preferredMedia(getOk.content)!.examples.map((example) => example.value);
    expect(first).toBeDefined();
    expect(data.fixtures.responses.getPromoCode!["200"]![0]).toEqual(JSON.parse(JSON.stringify(first)));
  });

  it("come in the wire form too, which the wire schema accepts and the clean one does not", () => {
    const wire = new SchemaValidator(data.document, "wire");
    const strict = new SchemaValidator(data.document, "strict");
    const getOk = preferredMedia(data.model.operations.find((operation) => operation.name === "getPromoCode")!.responses.find((r) => r.status === "200")!.content)!;
    for (const operation of data.model.operations) {
      for (const response of operation.responses) {
        const media = preferredMedia(response.content);
        if (!media) continue;
        for (const value of data.fixtures.wire[operation.name]![response.status]!) {
          expect(wire.validate(media.schema!, value), `${operation.name} ${response.status}`).toEqual([]);
        }
      }
    }
    const wireGet = data.fixtures.wire.getPromoCode!["200"]![0] as Record<string, unknown>;
    expect(typeof wireGet.Id).toBe("string");
    expect(strict.validate(getOk.schema!, wireGet).length).toBeGreaterThan(0);
  });

  it("are written with sorted keys, each fixture value on one line", () => {
    const unsorted: string[] = [];
    const walk = (value: unknown, at: string): void => {
      if (Array.isArray(value)) return value.forEach((item, index) => walk(item, `${at}/${index}`));
      if (!value || typeof value !== "object") return;
      const keys = Object.keys(value);
      if (keys.join("\u0000") !== [...keys].sort().join("\u0000")) unsorted.push(at);
      for (const key of keys) walk((value as Record<string, unknown>)[key], `${at}/${key}`);
    };
    for (const [file, text] of Object.entries(data.raw)) walk(JSON.parse(text), file);
    expect(unsorted).toEqual([]);
    const lines = (text: string) => new Set(text.split("\n").map((line) => line.trim().replace(/,$/, "")));
    const requestLines = lines(data.raw.requests!);
    for (const list of Object.values(data.fixtures.requests)) for (const value of list) expect(requestLines.has(JSON.stringify(value))).toBe(true);
    const responseLines = lines(data.raw.responses!);
    for (const byStatus of Object.values(data.fixtures.responses)) {
      for (const list of Object.values(byStatus)) for (const value of list) expect(responseLines.has(JSON.stringify(value))).toBe(true);
    }
  });

  it("use fixed, readable ids and dates", () => {
    const dates = JSON.stringify(data.fixtures.schemas).match(/"\d{4}-\d\d-\d\dT[^"]+"/g) ?? [];
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toMatch(/^"20(2[0-9])-/);
  });
});

describe("the typed fixtures module", () => {
  it("types the JSON files without repeating their values", async () => {
    const typed = await readFile(path.join(PROJECT_ROOT, "generated/brand/fixtures.ts"), "utf8");
    const responses = JSON.parse(await readFile(path.join(PROJECT_ROOT, "generated/brand/fixtures/responses.json"), "utf8")) as Record<string, unknown>;
    const strings = JSON.stringify(responses).match(/"[^"]{8,}"/g) ?? [];
    expect(strings.length).toBeGreaterThan(0);
    expect(strings.filter((text) => typed.includes(text) && !typed.includes(`${text}:`) && !typed.includes(`[${text}]`))).toEqual([]);
    expect(typed).toContain('import * as data from "./fixtures/data.js";');
    const script = await readFile(path.join(PROJECT_ROOT, "generated/brand/fixtures/data.js"), "utf8");
    expect(script).toContain('import responses from "./responses.json" with { type: "json" };');
    // What a runtime loads through data.js is the JSON file, whole.
    const loaded = (await import(pathToFileURL(path.join(PROJECT_ROOT, "generated/brand/fixtures.ts")).href)) as { responses: unknown };
    expect(loaded.responses).toEqual(responses);
  });

  it("gives each list its operation's types: a wrong use fails to compile", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "impact-fixtures-"));
    try {
      for (const file of ["schema.ts", "fixtures.ts", "fixtures"]) await cp(path.join(PROJECT_ROOT, "generated/brand", file), path.join(folder, file), { recursive: true });
      await symlink(path.join(PROJECT_ROOT, "node_modules"), path.join(folder, "node_modules"));
      const tsconfig = { extends: path.join(PROJECT_ROOT, "tsconfig.json"), include: ["*.ts"], compilerOptions: { types: [] } };
      await writeFile(path.join(folder, "tsconfig.json"), JSON.stringify(tsconfig));
      await writeFile(path.join(folder, "package.json"), JSON.stringify({ type: "module" }));
      const use = (line: string) =>
        [
          `import { requests, responses, schemas } from "./fixtures.js";`,
          `export const code: string | undefined = responses.getPromoCode[200][0]?.Code;`,
          `export const list: number | undefined = requests.getPromoCode[0]?.path?.PromoCodeId;`,
          `export const named = schemas.PromoCode.length;`,
          line,
        ].join("\n");
      const tsc = path.join(PROJECT_ROOT, "node_modules/typescript/bin/tsc");
      const compile = async (line: string) => {
        await writeFile(path.join(folder, "use.ts"), use(line));
        return run(process.execPath, [tsc, "-p", folder]).then(
          () => "",
          (error: { stdout: string }) => error.stdout,
        );
      };
      expect(await compile("")).toBe("");
      expect(await compile("export const wrong: number | undefined = responses.getPromoCode[200][0]?.Code;")).toMatch(/use\.ts\(\d+,\d+\): error TS2322/);
      expect(await compile("export const undocumented = responses.getPromoCode[201];")).toMatch(/use\.ts\(\d+,\d+\): error TS\d+/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe("examples from a spec", () => {
  // Real specs' examples often disagree with their own schemas; none of that may reach a fixture.
  const document = {
    openapi: "3.0.3",
    info: { title: "Untrusted", version: "1" },
    paths: {
      "/pets": {
        post: {
          operationId: "createPet",
          requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" }, example: { name: null, extra: 1 } } } },
          responses: {
            "200": {
              description: "ok",
              content: {
                "application/json": {
                  schema: { $ref: "#/components/schemas/Pet" },
                  examples: { good: { value: { name: "Rex", tag: null } }, wrongType: { value: "{\"name\": \"Rex\"}" }, extra: { value: { name: "Rex", colour: "red" } } },
                },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Pet: { type: "object", required: ["name"], properties: { name: { type: "string" }, tag: { type: "string", nullable: true } }, example: { name: 7 } },
      },
    },
  } as unknown as OpenApiDocument;

  it("are used when valid, and reported by JSON pointer and replaced when not", () => {
    const { data, warnings } = fixturesOf(document);
    expect(data.responses.createPet!["200"]![0]).toEqual({ name: "Rex", tag: null });
    const where = warnings.filter((warning) => warning.kind === "example").map((warning) => warning.where);
    // A list keeps the spec's first example only (the rest would repeat what it shows), so only the examples used are checked.
    expect(where).toEqual([
      "spec.json#/components/schemas/Pet/example",
      "spec.json#/paths/~1pets/post/requestBody/content/application~1json/example",
    ]);
    const pets = [data.requests.createPet![0]!.body, ...data.responses.createPet!["200"]!, ...data.schemas.Pet!];
    expect(pets).toHaveLength(3);
    for (const pet of pets) {
      expect(pet).toEqual(expect.objectContaining({ name: expect.any(String) }));
      expect(Object.keys(pet as object).every((key) => key === "name" || key === "tag")).toBe(true);
    }
  });
});

describe("a named schema no valid value is found for", () => {
  it("is warned of once for each thing that follows: an optional body goes without it, a required body's request is left out", () => {
    const document: OpenApiDocument = {
      openapi: "3.0.3",
      info: { title: "T", version: "1" },
      components: { schemas: { Arn: { type: "object", required: ["arn"], properties: { arn: { type: "string", pattern: "^arn:x/^y$" } } } } },
      paths: Object.fromEntries(
        [
          ["/optional", false],
          ["/required", true],
        ].map(([route, required]) => [
          route,
          {
            post: {
              operationId: `post${String(route).slice(1)}`,
              requestBody: { required, content: { "application/json": { schema: { $ref: "#/components/schemas/Arn" } } } },
              responses: { "204": { description: "done" } },
            },
          },
        ]),
      ),
    };
    const { data, warnings } = fixturesOf(document);
    expect(data.requests.postoptional).toEqual([{}]);
    expect(data.requests.postrequired).toEqual([]);
    const outcomes = warnings
      .filter((warning) => warning.message.startsWith("no valid value") && warning.where.includes("/requestBody/"))
      .map((warning) => `${warning.where.slice(warning.where.indexOf("#"))}: ${warning.message.slice(warning.message.lastIndexOf("; ") + 2)}`);
    expect(outcomes).toEqual([
      "#/paths/~1optional/post/requestBody/content/application~1json/schema: the request goes without it (it is optional)",
      "#/paths/~1required/post/requestBody/content/application~1json/schema: this fixture is left out",
    ]);
  });
});

describe("shapes of real specs that used to lose their fixtures", () => {
  // Both seen in GitHub's REST spec: 35 webhook schemas lost every fixture to the first, 26 schemas to the second.
  const document = documentWith(
    {
      // `nullable` with no `type`: any value or null. ajv refuses the keyword without a type, which sank the whole schema.
      Delivery: {
        type: "object",
        required: ["id", "payload"],
        properties: { id: { type: "integer" }, payload: { nullable: true, description: "anything" }, state: { type: "string", enum: ["queued", "sent"] } },
      },
      // `type: object` beside oneOf: the object part adds no properties, and openapi-typescript's branches are closed.
      Rule: {
        type: "object",
        oneOf: [
          { type: "object", required: ["kind"], properties: { kind: { type: "string", enum: ["creation"] } }, additionalProperties: false },
          { type: "object", required: ["kind", "max"], properties: { kind: { type: "string", enum: ["limit"] }, max: { type: "integer" } }, additionalProperties: false },
        ],
      },
    },
    "3.0.3",
  );

  it("get valid fixtures that show every enum value, with no warning", () => {
    const { data, coverage, warnings } = fixturesOf(document);
    expect(warnings.map((warning) => `${warning.where} ${warning.message}`)).toEqual([]);
    expect(data.schemas.Delivery!.length).toBeGreaterThan(0);
    expect(data.schemas.Rule).toEqual([{ kind: "creation" }, { kind: "limit", max: 100 }]);
    expect(coverage).toEqual({ covered: 4, total: 4, missing: [], unholdable: [] });
  });
});

describe("a synthesized value that fails in one part", () => {
  // Any object matches both branches of this oneOf, so no item is valid; GitHub's requested_reviewers has this shape.
  const document = documentWith(
    {
      Review: {
        type: "object",
        properties: {
          state: { type: "string", enum: ["approved", "changes_requested", "commented"] },
          reviewers: { type: "array", items: { oneOf: [{ type: "object", properties: { login: { type: "string" } } }, { type: "object", properties: { slug: { type: "string" } } }] } },
        },
      },
    },
  );

  it("is repaired where it failed, so the rest keeps its enum values", () => {
    const { data, coverage } = fixturesOf(document);
    // Before, the whole value fell back to its minimal form, `{}`, and every state with it.
    expect(coverage.covered).toBe(3);
    expect(data.schemas.Review!.map((review) => (review as { state: string }).state)).toEqual(["approved", "changes_requested", "commented"]);
    for (const review of data.schemas.Review!) expect((review as { reviewers?: unknown[] }).reviewers ?? []).toEqual([]);
  });
});

describe("a value whose failing part is a string", () => {
  // Zuora's DataQueryJobCommon: a uuid 64 characters long, which no uuid is. A failed part that is no object cannot be
  // found in the value by identity; the whole value is checked again to say where, and the rest of it is kept.
  const document = documentWith({
    Job: {
      type: "object",
      properties: {
        id: { type: "string", format: "uuid", minLength: 64, maxLength: 64 },
        query: { type: "string" },
        state: { type: "string", enum: ["queued", "done"] },
      },
    },
  });

  it("is repaired where it failed, not made minimal", () => {
    const { data, coverage } = fixturesOf(document);
    // Before, the value fell back to its minimal form, `{}`, and its states with it.
    expect(coverage.missing).toEqual([]);
    // The second, a lean variant, shows only what is new.
    expect(data.schemas.Job!.map((job) => Object.keys(job as object).sort())).toEqual([["query", "state"], ["state"]]);
  });
});

describe("a repaired part", () => {
  // GitHub's requested_reviewers: a full user also has every property a team requires, so it matches both branches.
  const document = documentWith(
    {
      Reviewers: {
        type: "array",
        items: {
          oneOf: [
            { type: "object", required: ["login"], properties: { login: { type: "string" }, name: { type: "string" }, kind: { type: "string", enum: ["bot", "user"] } } },
            { type: "object", required: ["name"], properties: { name: { type: "string" } } },
          ],
        },
      },
    },
  );

  it("keeps the properties that show enum values, so the value its first variant alone has is not lost", () => {
    const { data, coverage } = fixturesOf(document);
    expect(coverage.missing).toEqual([]);
    // Left minimal (required properties only), the first variant's reviewer lost `kind: "bot"`.
    expect(data.schemas.Reviewers![0]).toEqual([{ kind: "bot", login: "login 1" }, { name: "name 1" }]);
  });
});

describe("fixtures of specs nobody here wrote", () => {
  // The generator sends through ajv only what synthesis does not vouch for; here every fixture is checked in full.
  it.each(["3.1/json/train-travel.json", "3.0/json/petstore.json", "3.1/json/schema-types.json"])(
    "%s: every one is valid against its schema, and a changed one is caught",
    async (spec) => {
      const { runGenerator } = await import("../support/generator.js");
      const { invalidFixtures } = await import("../support/fixture-validity.js");
      const out = await mkdtemp(path.join(tmpdir(), "impact-real-fixtures-"));
      try {
        const result = await runGenerator(["--spec", path.join(OAS_EXAMPLES, spec), "--out", out]);
        expect(result.code, result.stderr).toBe(0);
        expect(await invalidFixtures(out)).toEqual([]);
        const file = path.join(out, "fixtures/schemas.json");
        const schemas = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown[]>;
        const [name, list] = Object.entries(schemas).find(([, values]) => values.some((value) => value !== null && typeof value === "object"))!;
        list[0] = 12345;
        await writeFile(file, JSON.stringify(schemas));
        expect(await invalidFixtures(out)).toEqual([expect.stringContaining(`schemas.${name}[0]: `)]);
      } finally {
        await rm(out, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
