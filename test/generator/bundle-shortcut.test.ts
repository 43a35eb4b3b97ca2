// The bundle shortcut: a single JSON spec whose bundle can be told without
// Redocly's bundler is bundled in place. Each case holds the result to what
// Redocly's own bundle() makes of the same file, so a case the shortcut
// misjudges shows as a difference, and each case it leaves to the bundler is
// one Redocly does change.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { bundle, createConfig, type Config } from "@redocly/openapi-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleInPlace } from "../../generator/bundle-shortcut.js";
import { foreignSpecConfig, loadSpec } from "../../generator/load.js";
import { refPolicyFor, SpecResolver } from "../../generator/resolver.js";
import { Timings } from "../../generator/timings.js";

let work: string;
let config: Config;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "impact-bundle-shortcut-"));
  config = await foreignSpecConfig();
  await writeFile(path.join(work, "description.md"), "from a file");
});
afterAll(() => rm(work, { recursive: true, force: true }));

const ok = { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } } };

/** A small spec with `extra` merged over it at the top level. */
function spec(extra: Record<string, unknown> = {}, schemas: Record<string, unknown> = {}): Record<string, unknown> {
  return structuredClone({
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: { "/pets": { get: { operationId: "listPets", responses: ok } } },
    components: { schemas: { Pet: { type: "object", properties: { name: { type: "string" } } }, ...schemas } },
    ...extra,
  });
}

let count = 0;
async function written(document: unknown, extension = "json", text = JSON.stringify(document, null, 2)): Promise<string> {
  const file = path.join(work, `spec${count++}.${extension}`);
  await writeFile(file, text);
  return file;
}

/** What Redocly's bundler makes of `file`, read as the generator reads it. */
async function redoclyBundle(file: string, using = config): Promise<unknown> {
  const resolver = new SpecResolver(using.resolve, refPolicyFor(file, using), file);
  const result = await bundle({ ref: file, config: using, externalRefResolver: resolver, componentRenamingConflicts: "error" });
  return result.bundle.parsed;
}

async function loaded(file: string, using = config): Promise<{ document: unknown; stages: string[] }> {
  const timings = new Timings();
  const { document } = await loadSpec(file, using, undefined, timings);
  return { document, stages: timings.entries().map((stage) => stage.name) };
}

describe("the bundle shortcut", () => {
  it("skips the bundler where it would change nothing, and gives what it gives", async () => {
    const document = spec(
      {
        // Typed by Redocly (Root declares x-webhooks for OpenAPI 3.0), so its $refs are walked as they are written.
        "x-webhooks": { ping: { post: { requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } }, responses: ok } } },
        security: [{ key: [] }],
      },
      {
        // A chain, a $ref with siblings, and a pointer into another schema.
        Alias: { $ref: "#/components/schemas/Pet" },
        Chain: { $ref: "#/components/schemas/Alias" },
        Described: { $ref: "#/components/schemas/Pet", description: "a pet" },
        Deep: { type: "object", properties: { inner: { $ref: "#/components/schemas/Pet/properties/name" } } },
        // A pointer percent-encoded, as Redocly's resolver reads it: each part decoded on its own.
        "Pet Two": { type: "object", properties: { "a/b": { type: "integer" } } },
        Encoded: { type: "object", properties: { two: { $ref: "#/components/schemas/Pet%20Two" }, part: { $ref: "#/components/schemas/Pet%20Two/properties/a~1b" } } },
        Tagged: { type: "object", "x-note": { plain: true }, example: { id: 1 }, properties: { id: { type: "integer" } } },
      },
    );
    const file = await written(document);
    expect(bundleInPlace(JSON.parse(JSON.stringify(document)), config, true)).toBeUndefined();
    const { document: ours, stages } = await loaded(file);
    expect(stages).toContain("bundle in place");
    expect(stages).not.toContain("bundle");
    expect(ours).toEqual(await redoclyBundle(file));
  });

  it("adds the empty components Redocly's bundler adds", async () => {
    const document = { openapi: "3.1.0", info: { title: "t", version: "1" }, paths: { "/a": { get: { operationId: "a", responses: { "204": { description: "none" } } } } } };
    const file = await written(document);
    const { document: ours, stages } = await loaded(file);
    expect(stages).not.toContain("bundle");
    expect(ours).toEqual(await redoclyBundle(file));
    expect(ours).toHaveProperty("components", {});
  });

  const withExample = () => {
    const document = spec();
    (document.paths as any)["/pets"].get.responses["200"].content["application/json"].schema = { type: "object", example: { $ref: "#/components/examples/Rex" } };
    (document.components as any).examples = { Rex: { summary: "a dog", value: { name: "Rex" } } };
    return document;
  };
  const inPlace: Array<[string, () => Record<string, unknown>]> = [
    ["a schema's example given by $ref to an Example object (as in GitHub's spec)", withExample],
    ["a schema's example given by $ref to a plain value", () => spec({ components: { schemas: { Pet: { type: "string", example: { $ref: "#/components/examples/Name/value" } } }, examples: { Name: { value: "Rex" } } } })],
    ["a $ref inside an extension", () => spec({ "x-extra": { pet: { $ref: "#/components/schemas/Pet" } } })],
    ["an extension that is itself a $ref, to an object of $refs", () => spec({ "x-extra": { $ref: "#/x-holder" }, "x-holder": { pet: { $ref: "#/components/schemas/Pet" } } })],
    ["a $ref in a security requirement", () => spec({ security: [{ key: { $ref: "#/x-scopes" } }], "x-scopes": ["read"] })],
    // `x%2Fy` is the one part `x/y` to Redocly (parts are split, then decoded), not `x` then `y`.
    ["a $ref with an encoded slash, copied from where Redocly finds it", () =>
      spec({ "x-extra": { slash: { $ref: "#/components/schemas/x%2Fy" } } }, { "x/y": { type: "string" }, x: { type: "object", y: { type: "integer" } } })],
  ];

  it.each(inPlace)("replaces, as the bundler does, %s", async (_, make) => {
    const asWritten = make();
    const file = await written(asWritten);
    const { document: ours, stages } = await loaded(file);
    expect(stages).not.toContain("bundle");
    expect(ours).toEqual(await redoclyBundle(file));
    expect(ours).not.toEqual(asWritten);
  });

  const changed: Array<[string, () => Promise<{ file: string; using?: Config }>, RegExp]> = [
    ["a $ref at a plain value with keys beside it", async () => ({ file: await written(spec({ "x-extra": { pet: { $ref: "#/components/schemas/Pet", note: "kept" } } })) }), /keys beside it/],
    ["a $ref at a plain value to a target that holds a $ref", async () => ({ file: await written(spec({ "x-extra": { pet: { $ref: "#/paths/~1pets/get/responses/200" } } })) }), /target this does not copy/],
    ["a $ref to a $ref the bundler replaces", async () => {
      const document = withExample();
      (document.components as any).schemas.Other = { type: "object", properties: { sample: { $ref: "#/paths/~1pets/get/responses/200/content/application~1json/schema/example" } } };
      return { file: await written(document) };
    }, /a \$ref to a \$ref the bundler replaces/],
    ["a $ref to another file", async () => {
      await writeFile(path.join(work, "name.json"), JSON.stringify({ type: "string" }));
      return { file: await written(spec({}, { Named: { type: "object", properties: { name: { $ref: "name.json" } } } })) };
    }, /a \$ref to "name\.json"/],
    // Never read as a pointer into this file: the bundler reads the other file (and `#/...` there differs from here).
    ["a $ref at a plain value to another file", async () => {
      await writeFile(path.join(work, "other.json"), JSON.stringify({ components: { schemas: { Pet: { type: "string", title: "elsewhere" } } } }));
      return { file: await written(spec({ "x-extra": { pet: { $ref: "other.json#/components/schemas/Pet" } } })) };
    }, /a \$ref to "other\.json/],
    ["a discriminator mapping to a schema's part (one straight to a component schema stays as written)", async () => ({
      file: await written(spec({}, {
        Cat: { type: "object", properties: { kind: { type: "string" } } },
        Dog: { type: "object", properties: { kind: { type: "string" } } },
        Animal: {
          oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
          discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog/properties/kind" } },
        },
      })),
    }), /discriminator mapping to "#\/components\/schemas\/Dog\/properties\/kind"/],
    ["an example's externalValue", async () => {
      await writeFile(path.join(work, "example.json"), JSON.stringify({ name: "Rex" }));
      const withExternal = spec();
      (withExternal.paths as any)["/pets"].get.responses = { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" }, examples: { rex: { externalValue: "example.json" } } } } } };
      return { file: await written(withExternal) };
    }, /externalValue/],
    ["a decorator the config turns on", async () => ({
      file: await written(spec({ info: { title: "t", version: "1", description: "gone" } })),
      using: await createConfig({ rules: { "no-unresolved-refs": "error" }, decorators: { "info-description-override": { filePath: path.join(work, "description.md") } } }),
    }), /info-description-override/],
  ];

  it.each(changed)("runs the bundler for %s, which does change it", async (_, make, reason) => {
    const { file, using = config } = await make();
    const asParsed = JSON.parse(await readFile(file, "utf8"));
    expect(bundleInPlace(asParsed, using, true)).toMatch(reason);
    expect(asParsed).toEqual(JSON.parse(await readFile(file, "utf8"))); // left as it was, for the bundler
    expect(await redoclyBundle(file, using)).not.toEqual({ ...asParsed, components: asParsed.components ?? {} });
  });

  it("stops walking at its bound and leaves the spec to the bundler, untouched", () => {
    const document = withExample();
    const before = structuredClone(document);
    expect(bundleInPlace(document, config, true, 10)).toBe("more than 10 nodes to walk");
    expect(document).toEqual(before);
    // The nodes in a target to be copied count too.
    const walked = (limit: number) => bundleInPlace(structuredClone(before), config, true, limit);
    const enough = [...Array(200).keys()].find((limit) => walked(limit) === undefined)!;
    expect(walked(enough - 1)).toMatch(/more than|does not copy/);
  });

  it("runs the bundler for a YAML spec (an alias can put one node at two places)", async () => {
    const file = await written(undefined, "yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents: {schemas: {A: {type: string}}}\n");
    expect((await loaded(file)).stages).toContain("bundle");
  });

  it("runs the bundler where lint would let an unresolved $ref through", async () => {
    const lenient = await createConfig({ rules: { "no-unresolved-refs": "warn" } });
    const file = await written(spec());
    expect((await loaded(file, lenient)).stages).toContain("bundle");
  });
});
