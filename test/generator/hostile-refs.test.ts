// A spec's $refs as a hostile author writes them: the generator reads nothing
// outside the spec's folder, fetches nothing unless asked (and then follows no
// redirect to another host), and refuses, in one line naming where, shapes that
// would exhaust its time, memory or stack.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foreignSpecConfig, loadSpec } from "../../generator/load.js";
import { withRefPolicy } from "../../generator/resolver.js";
import { runGenerator, snapshotTree } from "../support/generator.js";

const HANG = 20_000;
const SECRET = "TOP-SECRET-OUTSIDE-THE-FOLDER";

/** A spec whose one schema is `$ref: <ref>`, the ref on line 7. */
function specWithRef(ref: string, key = "$ref"): string {
  return `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Leak:
      ${key}: ${JSON.stringify(ref)}
`;
}

let work: string;
/** The spec's folder, and a file beside it (outside it) that no spec in it may read. */
let folder: string;
let secret: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "impact-hostile-refs-"));
  folder = path.join(work, "spec");
  await mkdir(path.join(folder, "schemas"), { recursive: true });
  await mkdir(path.join(work, "outside"), { recursive: true });
  secret = path.join(work, "outside", "secret.yaml");
  await writeFile(secret, `type: string\ndescription: ${SECRET}\n`);
  await writeFile(path.join(folder, "schemas", "pet.yaml"), "type: object\nproperties:\n  name:\n    $ref: ../name.yaml\n");
  await writeFile(path.join(folder, "name.yaml"), "type: string\ndescription: a pet's name\n");
  await symlink(secret, path.join(folder, "link-out.yaml"));
  await symlink(path.join(work, "outside"), path.join(folder, "folder-link"));
  await symlink(path.join(folder, "name.yaml"), path.join(folder, "link-in.yaml"));
  // A FIFO never ends: reading one (or one outside the folder) would hang the run.
  await promisify(execFile)("mkfifo", [path.join(work, "outside", "pipe.yaml"), path.join(folder, "pipe.yaml")]);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function specFile(name: string, contents: string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, contents);
  return file;
}

/** The one-line message loading `file` is refused with. */
async function refusal(file: string): Promise<string> {
  const error = await loadSpec(file, await foreignSpecConfig()).then(
    () => undefined,
    (caught: Error) => caught,
  );
  expect(error, "the spec was loaded, not refused").toBeDefined();
  return error!.message;
}

describe("a $ref is confined to the spec's folder", () => {
  const refused: Array<[string, () => string, RegExp]> = [
    ["an absolute path", () => secret, /reads .*outside the spec's folder/],
    ["../ out of the folder", () => "../outside/secret.yaml", /outside the spec's folder/],
    ["a file: URL", () => `file://${secret}`, /is a file: URL: refused/],
    ["/proc/self/environ", () => "/proc/self/environ", /outside the spec's folder/],
    ["a symlink out of the folder", () => "./link-out.yaml", /is a link to .*secret\.yaml, outside the spec's folder/],
    ["a path through a linked folder", () => "./folder-link/secret.yaml", /is a link to .*secret\.yaml, outside the spec's folder/],
    ["a FIFO outside the folder (never opened)", () => "../outside/pipe.yaml", /outside the spec's folder/],
    ["a FIFO inside the folder", () => "./pipe.yaml", /not a regular file: refused/],
    ["a data: URL", () => "data:application/json,{}", /is a data: URL: refused/],
  ];
  it.each(refused)("refuses %s in one line naming the ref and its line", { timeout: HANG }, async (_label, ref, reason) => {
    const message = await refusal(await specFile("spec.yaml", specWithRef(ref())));
    expect(message).toMatch(/spec\.yaml:7:\d+ +\$ref /);
    expect(message).toContain(JSON.stringify(ref()));
    expect(message).toMatch(reason);
    expect(message).not.toContain("\n");
    expect(message).not.toContain(SECRET);
  });

  it("refuses an example's externalValue out of the folder", { timeout: HANG }, async () => {
    const spec = `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  examples:
    Leak:
      externalValue: ../outside/secret.yaml
`;
    const message = await refusal(await specFile("spec.yaml", spec));
    expect(message).toMatch(/spec\.yaml:7:\d+ .*"\.\.\/outside\/secret\.yaml" .*outside the spec's folder/);
  });

  it("reads files inside the folder: beside it, in a subfolder, back up with .., through a link that stays inside", { timeout: HANG }, async () => {
    const spec = `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet:
      $ref: ./schemas/pet.yaml
    Alias:
      $ref: ./link-in.yaml
`;
    const { document } = await loadSpec(await specFile("spec.yaml", spec), await foreignSpecConfig());
    expect(JSON.stringify(document)).toContain("a pet's name");
  });
});

describe("--ref-root", () => {
  it("widens the folder $refs may read, and only to that folder", { timeout: HANG }, async () => {
    const config = withRefPolicy(await foreignSpecConfig(), { folder: work });
    const { document } = await loadSpec(await specFile("spec.yaml", specWithRef("../outside/secret.yaml")), config);
    expect(JSON.stringify(document)).toContain(SECRET);
    const error = await loadSpec(await specFile("spec.yaml", specWithRef("/proc/self/environ")), withRefPolicy(await foreignSpecConfig(), { folder: work })).catch((caught: Error) => caught);
    expect((error as Error).message).toMatch(/outside the spec's folder/);
  });
});

describe("remote $refs", () => {
  let server: Server;
  let other: Server;
  const requests: string[] = [];
  const otherRequests: string[] = [];
  const base = (listening: Server) => `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  const listen = (handler: (request: IncomingMessage) => { status: number; headers?: Record<string, string>; body?: string }, log: string[]) =>
    new Promise<Server>((resolve) => {
      const created = createServer((request, response) => {
        log.push(request.url ?? "");
        const { status, headers, body } = handler(request);
        response.writeHead(status, headers).end(body);
      });
      created.listen(0, "127.0.0.1", () => resolve(created));
    });

  beforeAll(async () => {
    other = await listen(() => ({ status: 200, headers: { "content-type": "application/yaml" }, body: `type: string\ndescription: ${SECRET}\n` }), otherRequests);
    server = await listen(
      (request) =>
        request.url === "/moved.yaml"
          ? { status: 302, headers: { location: `${base(other)}/x.yaml` } }
          : { status: 200, headers: { "content-type": "application/yaml" }, body: "type: string\ndescription: fetched remotely\n" },
      requests,
    );
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await new Promise((resolve) => other.close(resolve));
  });

  it("fetches nothing without --allow-remote-refs", { timeout: HANG }, async () => {
    requests.length = 0;
    const message = await refusal(await specFile("remote.yaml", specWithRef(`${base(server)}/x.yaml`)));
    expect(message).toMatch(/remote\.yaml:7:\d+ +\$ref "http:\/\/127\.0\.0\.1:\d+\/x\.yaml" would be fetched over the network: refused \(pass --allow-remote-refs/);
    expect(requests, "lint or bundle fetched the ref").toEqual([]);
  });

  it("with --allow-remote-refs, fetches a ref, and refuses a redirect to another host without following it", { timeout: 60_000 }, async () => {
    const out = path.join(work, "remote-out");
    const allowed = await runGenerator(["--spec", await specFile("remote-ok.yaml", specWithRef(`${base(server)}/x.yaml`)), "--out", out, "--only", "bundle", "--allow-remote-refs"]);
    expect(allowed.stderr).toBe("");
    expect(allowed.code).toBe(0);
    expect(await readFile(path.join(out, "openapi.json"), "utf8")).toContain("fetched remotely");

    otherRequests.length = 0;
    const redirected = await runGenerator(["--spec", await specFile("remote-moved.yaml", specWithRef(`${base(server)}/moved.yaml`)), "--out", out, "--only", "bundle", "--allow-remote-refs"]);
    expect(redirected.code).toBe(1);
    expect(redirected.stderr.trim()).toMatch(/^generate: .*remote-moved\.yaml:7:\d+ +\$ref "http:\/\/127\.0\.0\.1:\d+\/moved\.yaml" redirects to http:\/\/127\.0\.0\.1:\d+, another host: refused$/);
    expect(otherRequests, "the redirect was followed").toEqual([]);
  });
});

describe("shapes that exhaust time, memory or stack are refused, naming where", () => {
  /** `levels` YAML sequences, each of ten aliases of the one before: 10^levels values from a few hundred bytes. */
  function aliasBomb(levels: number): string {
    const lines = ["openapi: 3.1.0", "info: {title: t, version: '1'}", "paths: {}", "x-a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < levels; level++) lines.push(`x-a${level}: &a${level} [${Array(10).fill(`*a${level - 1}`).join(", ")}]`);
    return `${lines.join("\n")}\n`;
  }

  it.each([
    ["10⁹", 9],
    ["10⁶", 6],
  ])("refuses a YAML alias bomb of %s values", { timeout: HANG }, async (_label, levels) => {
    const bomb = aliasBomb(levels);
    expect(bomb.length).toBeLessThan(700);
    const message = await refusal(await specFile("bomb.yaml", bomb));
    expect(message).toMatch(/(^|\/)bomb\.yaml#\/x-a\d\/\d: YAML aliases expand this file by more than 100,000 values \(the limit\): refused$/m);
  });

  it("refuses an alias bomb in a file a $ref reads, naming that file", { timeout: HANG }, async () => {
    await specFile("bomb-part.yaml", aliasBomb(9).split("\n").slice(3).join("\n"));
    const message = await refusal(await specFile("spec.yaml", specWithRef("./bomb-part.yaml")));
    expect(message).toMatch(/(^|\/)bomb-part\.yaml#\/x-a\d\/\d: YAML aliases expand this file/);
  });

  it("refuses 10,000 schemas chained by $refs", { timeout: HANG }, async () => {
    const schemas: Record<string, unknown> = { A10000: { type: "string" } };
    for (let index = 0; index < 10_000; index++) schemas[`A${index}`] = { $ref: `#/components/schemas/A${index + 1}` };
    const spec = JSON.stringify({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, components: { schemas } });
    const message = await refusal(await specFile("chain.json", spec));
    expect(message).toMatch(/(^|\/)chain\.json#\/components\/schemas\/A0: starts a chain of more than 32 \$refs, each to another \$ref \(the limit\): refused$/);
  });

  it("refuses a schema nested 5,000 deep, naming the file and the pointer where it stops", { timeout: HANG }, async () => {
    const schema = `${'{"type":"object","properties":{"x":'.repeat(5000)}{"type":"string"}${"}}".repeat(5000)}`;
    const spec = `{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"Deep":${schema}}}}`;
    const message = await refusal(await specFile("deep.json", spec));
    expect(message).toMatch(/(^|\/)deep\.json#\/components\/schemas\/Deep\/properties\/x\/.*…\/properties\/x.*: nests more than 256 levels deep/);
    expect(message).not.toContain("\n");
  });

  it("loads a schema nested 100 deep (about 200 levels of objects), well within the limit", { timeout: HANG }, async () => {
    const schema = `${'{"type":"object","properties":{"x":'.repeat(100)}{"type":"string"}${"}}".repeat(100)}`;
    const spec = `{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"Deep":${schema}}}}`;
    const { document } = await loadSpec(await specFile("deep-ok.json", spec), await foreignSpecConfig());
    expect(document.components?.schemas?.Deep).toBeDefined();
  });

  it("refuses nesting through $refs across files, 3,000 files deep", { timeout: HANG }, async () => {
    await mkdir(path.join(folder, "nest"), { recursive: true });
    for (let index = 0; index < 3000; index++) {
      await writeFile(path.join(folder, "nest", `n${index}.yaml`), `type: object\nproperties:\n  x:\n    $ref: ./n${index + 1}.yaml\n`);
    }
    await writeFile(path.join(folder, "nest", "n3000.yaml"), "type: string\n");
    const message = await refusal(await specFile("spec.yaml", specWithRef("./nest/n0.yaml")));
    expect(message).toMatch(/\/nest\/n\d+\.yaml#\/.*: nests more than 256 levels deep/);
  });

  it("lists at most 20 of many broken $refs", { timeout: HANG }, async () => {
    const schemas = Object.fromEntries(Array.from({ length: 500 }, (_, index) => [`S${index}`, { $ref: `#/components/schemas/Missing${index}` }]));
    const spec = JSON.stringify({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, components: { schemas } });
    const message = await refusal(await specFile("broken.json", spec));
    expect(message.split("\n")).toHaveLength(22);
    expect(message).toMatch(/… and 480 more$/);
  });
});

describe("the CLI", () => {
  it("exits 1 with one line on a hostile ref, and leaves the previous output as it was", { timeout: 60_000 }, async () => {
    const out = path.join(work, "out");
    const valid = await specFile("api.yaml", specWithRef("./name.yaml"));
    expect((await runGenerator(["--spec", valid, "--out", out, "--only", "bundle"])).code).toBe(0);
    const before = await snapshotTree(out);
    await specFile("api.yaml", specWithRef("../outside/secret.yaml"));
    const result = await runGenerator(["--spec", valid, "--out", out, "--only", "bundle"]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/api\.yaml:7:\d+ +\$ref "\.\.\/outside\/secret\.yaml" reads .* outside the spec's folder/);
    expect(await snapshotTree(out)).toEqual(before);
  });
});
