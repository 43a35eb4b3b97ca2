// Every code sample the reference site shows, run as a reader pastes it, against
// the mock: the samples are read from the pages `npm run docs` builds (Redoc's
// embedded definition, so what the site shows and nothing else), then curl runs
// in bash, the JavaScript program in node, the TypeScript one in tsx, each with
// only IMPACT_ACCOUNT_SID, IMPACT_AUTH_TOKEN and IMPACT_BASE_URL (the mock's URL)
// set. The mock runs in its own process and goes back to its seeded state before
// each sample, as a freshly started `npx impact-promo-mock` would be. Each
// operation's promise (a list lists records, a create creates one, a delete
// deletes it) is written down below and checked on the answer and on the mock.
//
// The programs import `impact-promo-api/<api>`: a folder's node_modules holds the
// generated client bundled by esbuild under that name, so node resolves it as
// it resolves the installed package (test/package/ runs the real tarball).
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocs } from "../../generator/docs/build.js";
import { PROJECT_ROOT, runProcess } from "../support/project.js";

type Json = Record<string, any>;
type Sample = { lang: string; label: string; source: string };

const TSX_CLI = path.join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs");
const ACCOUNT_SID = "IRsamples";
const AUTH_TOKEN = "sample-token";
const APIS = ["brand", "partner"] as const;
const LABELS = ["TypeScript client", "JavaScript client", "curl"];

/** What each operation's sample promises, by `api.operationId`: every operation of both specs must be here. */
type Promised =
  | { kind: "list"; key: string }
  | { kind: "get" }
  | { kind: "create" }
  | { kind: "update"; field: string }
  | { kind: "expire" }
  | { kind: "delete" }
  | { kind: "delete-all"; key: string };

const PROMISES: Record<string, Promised> = {
  "brand.listPromoCodes": { kind: "list", key: "PromoCodes" },
  "brand.createPromoCode": { kind: "create" },
  "brand.getPromoCode": { kind: "get" },
  "brand.expirePromoCode": { kind: "expire" },
  "brand.createPromoCodeExceptionList": { kind: "create" },
  "brand.getPromoCodeExceptionList": { kind: "get" },
  "brand.updatePromoCodeExceptionList": { kind: "update", field: "Name" },
  "brand.listPromoCodeExceptionListItems": { kind: "list", key: "ExceptionListItems" },
  "brand.createPromoCodeExceptionListItem": { kind: "create" },
  "brand.deleteAllPromoCodeExceptionListItems": { kind: "delete-all", key: "ExceptionListItems" },
  "brand.getPromoCodeExceptionListItem": { kind: "get" },
  "brand.deletePromoCodeExceptionListItem": { kind: "delete" },
  "partner.listPromoCodes": { kind: "list", key: "PromoCodes" },
  "partner.getPromoCode": { kind: "get" },
  "partner.getPromoCodeExceptionList": { kind: "get" },
  "partner.listPromoCodeExceptionListItems": { kind: "list", key: "PromoCodeExceptionListItems" },
};

const METHODS = new Set(["get", "put", "post", "delete", "patch"]);

/** Each API's operations, from the committed spec (known before the site is built, so that each gets its own test). */
function operationsOf(api: string): Array<{ id: string; method: string; path: string }> {
  const document = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "generated", api, "openapi.clean.json"), "utf8")) as Json;
  return Object.entries(document.paths as Json).flatMap(([where, item]) =>
    Object.keys(item as Json)
      .filter((method) => METHODS.has(method))
      .map((method) => ({ id: String((item as Json)[method].operationId), method, path: where })),
  );
}

const OPERATIONS = APIS.flatMap((api) => operationsOf(api).map((operation) => ({ api, ...operation, key: `${api}.${operation.id}` })));

/** The definition and options Redoc's page hydrates from, inline or in a script of the page's folder: the site's own data. */
async function embedded(site: string, page: string): Promise<{ definition: Json; options: Json }> {
  const html = await readFile(path.join(site, page), "utf8");
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => path.join(site, path.dirname(page), match[1]!));
  const texts = [html, ...(await Promise.all(scripts.filter((file) => file.startsWith(site)).map((file) => readFile(file, "utf8"))))];
  for (const text of texts) {
    const match = /const __redoc_definition = (.*?);\s*const __redoc_options = (.*?);\s*\n/s.exec(text);
    if (match) return { definition: JSON.parse(match[1]!) as Json, options: JSON.parse(match[2]!) as Json };
  }
  throw new Error(`${page}: no __redoc_definition and __redoc_options in the page or its scripts (did Redoc change how it embeds them?)`);
}

/** The mock in a process of its own (test/support/mock-process.ts), reset on demand. */
class MockProcess {
  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly lines: AsyncIterator<string>,
    readonly url: string,
  ) {}

  static async start(): Promise<MockProcess> {
    const child = spawn(process.execPath, [TSX_CLI, path.join(PROJECT_ROOT, "test/support/mock-process.ts")], { cwd: PROJECT_ROOT, stdio: "pipe" });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const first = await MockProcess.next(lines, 60_000).catch((error: Error) => {
      child.kill();
      throw new Error(`the mock did not start: ${error.message}\n${stderr}`);
    });
    if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(first)) throw new Error(`the mock printed ${JSON.stringify(first)}, not its URL\n${stderr}`);
    return new MockProcess(child, lines, first);
  }

  private static async next(lines: AsyncIterator<string>, timeoutMs: number): Promise<string> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs)));
    try {
      const line = await Promise.race([lines.next(), timeout]);
      if (line.done) throw new Error("the mock's process ended");
      return line.value;
    } finally {
      clearTimeout(timer);
    }
  }

  async reset(): Promise<void> {
    this.child.stdin.write("reset\n");
    expect(await MockProcess.next(this.lines, 10_000)).toBe("reset");
  }

  /** GET `target` (a path such as a sample's or an answer's `Uri`) from the mock, as JSON. */
  async get(target: string): Promise<{ status: number; body: Json }> {
    const response = await fetch(new URL(target, this.url), {
      headers: { Accept: "application/json", Authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}` },
    });
    const text = await response.text();
    try {
      return { status: response.status, body: JSON.parse(text) as Json };
    } catch {
      return { status: response.status, body: { text } };
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once("exit", () => resolve());
      this.child.stdin.end();
    });
  }
}

let work: string;
let mock: MockProcess;
const sites: Record<string, { definition: Json; options: Json }> = {};
let samplesRun = 0;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "impact-samples-"));
  const site = path.join(work, "site");
  const mockStarted = MockProcess.start();
  await buildDocs(site);
  for (const api of APIS) {
    sites[api] = await embedded(site, `${api}/index.html`);
  }
  const packageDir = path.join(work, "node_modules", "impact-promo-api");
  await mkdir(packageDir, { recursive: true });
  await writeFile(
    path.join(packageDir, "package.json"),
    JSON.stringify({ name: "impact-promo-api", type: "module", exports: Object.fromEntries(APIS.map((api) => [`./${api}`, `./${api}.js`])) }),
  );
  await build({
    entryPoints: Object.fromEntries(APIS.map((api) => [api, path.join(PROJECT_ROOT, "generated", api, "index.ts")])),
    outdir: packageDir,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "silent",
  });
  mock = await mockStarted;
}, 180_000);

afterAll(async () => {
  await mock?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

/** The environment a reader sets, and nothing else of this process's. */
function readerEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: work, IMPACT_ACCOUNT_SID: ACCOUNT_SID, IMPACT_AUTH_TOKEN: AUTH_TOKEN, IMPACT_BASE_URL: mock.url };
}

/** Where the curl sample sends its request, as a path on the mock: curl replaced by a function that prints its arguments. */
async function curlTarget(source: string): Promise<string> {
  const result = await runProcess("bash", ["--noprofile", "--norc", "-c", `curl() { printf '%s\\0' "$@"; }\n${source}`], { cwd: work, env: readerEnv() });
  const argv = result.stdout.split("\0");
  const url = argv[argv.indexOf("--url") + 1];
  if (result.code !== 0 || !url) throw new Error(`the curl sample names no --url: ${result.stderr}`);
  const parsed = new URL(url);
  expect(parsed.origin, "the curl sample calls $IMPACT_BASE_URL").toBe(mock.url);
  return parsed.pathname + parsed.search;
}

interface Outcome {
  /** What ran, for messages. */
  what: string;
  /** The HTTP status (curl), or 0 for a client program that exited 0 (the client throws on any status but a success). */
  status: number;
  body: Json;
}

/** Runs one sample as pasted, and reads the answer it prints. */
async function runSample(sample: Sample, name: string): Promise<Outcome> {
  const env = readerEnv();
  let result;
  if (sample.lang === "Shell") {
    // The one addition: curl also prints the status on a last line of its own.
    const script = `curl() { command curl --silent --show-error --write-out '\\n%{http_code}' "$@"; }\n${sample.source}`;
    result = await runProcess("bash", ["--noprofile", "--norc", "-c", script], { cwd: work, env });
  } else if (sample.lang === "JavaScript") {
    const file = path.join(work, `${name}.mjs`);
    await writeFile(file, sample.source);
    result = await runProcess(process.execPath, [file], { cwd: work, env });
  } else if (sample.lang === "TypeScript") {
    const file = path.join(work, `${name}.mts`);
    await writeFile(file, sample.source);
    result = await runProcess(process.execPath, [TSX_CLI, file], { cwd: work, env });
  } else {
    throw new Error(`${name}: a sample in ${sample.lang}, which this test cannot run`);
  }
  const what = `${name} (${sample.label})`;
  expect(result.code, `${what} exits 0\n${result.stderr}${result.stdout}`).toBe(0);
  expect(result.stderr, `${what} writes nothing on stderr`).toBe("");
  let text = result.stdout;
  let status = 0;
  if (sample.lang === "Shell") {
    const cut = text.lastIndexOf("\n");
    status = Number(text.slice(cut + 1));
    text = text.slice(0, cut);
  }
  let body: Json;
  try {
    body = JSON.parse(text) as Json;
  } catch {
    throw new Error(`${what} printed no JSON answer: ${text.slice(0, 500)}`);
  }
  samplesRun += 1;
  return { what, status, body };
}

const lastSegment = (target: string) => new URL(target, "http://x").pathname.split("/").pop();

/** Checks an operation's promise on a sample's answer and on the mock, `before` being what the mock held at the sample's target beforehand. */
async function checkPromise(promised: Promised, outcome: Outcome, target: string, before: { status: number; body: Json }): Promise<void> {
  const { what, body } = outcome;
  switch (promised.kind) {
    case "list": {
      const records = body[promised.key] as unknown;
      expect(Array.isArray(records) && records.length, `${what} lists ${promised.key}`).toBeGreaterThan(0);
      for (const record of records as Json[]) expect(record.Id, `${what}: every record has an Id`).toBeDefined();
      return;
    }
    case "get":
      expect(String(body.Id), `${what} answers the record it asked for`).toBe(lastSegment(target));
      expect(String(body.Id)).toBe(String(before.body.Id));
      return;
    case "create": {
      expect(body.Status, what).toBe("OK");
      expect(typeof body.Uri, `${what} answers the new record's Uri`).toBe("string");
      const created = await mock.get(body.Uri as string);
      expect(created.status, `${what}: the mock holds the record at ${body.Uri}`).toBe(200);
      expect(String(created.body.Id)).toBe(lastSegment(body.Uri as string));
      // And it is new: the seeded mock does not have it.
      await mock.reset();
      expect((await mock.get(body.Uri as string)).status, `${what}: ${body.Uri} is not seed data`).toBe(404);
      return;
    }
    case "update": {
      expect(body.Status, what).toBe("OK");
      const after = await mock.get(target);
      expect(after.status).toBe(200);
      expect(after.body[promised.field], `${what} changes ${promised.field}`).not.toEqual(before.body[promised.field]);
      return;
    }
    case "expire": {
      expect(body.Status, what).toBe("OK");
      expect(String(before.body.State).toUpperCase(), `${what}: the code was active`).toBe("ACTIVE");
      const after = await mock.get(target);
      expect(String(after.body.State).toUpperCase(), `${what} expires the code`).toBe("INACTIVE");
      return;
    }
    case "delete": {
      expect(body.Status, what).toBe("DELETED");
      expect(before.status, `${what}: the record existed`).toBe(200);
      expect((await mock.get(target)).status, `${what} deletes the record`).toBe(404);
      return;
    }
    case "delete-all": {
      expect(body.Status, what).toBe("DELETED");
      expect((before.body[promised.key] as unknown[]).length, `${what}: the list had items`).toBeGreaterThan(0);
      expect((await mock.get(target)).body[promised.key], `${what} deletes every item`).toEqual([]);
      return;
    }
  }
}

describe("the code samples on the reference site, pasted against the mock", () => {
  it("cover every operation of both APIs, each promise written down here", () => {
    expect(OPERATIONS.length).toBeGreaterThan(0);
    expect(OPERATIONS.map((operation) => operation.key).sort()).toEqual(Object.keys(PROMISES).sort());
  });

  it("are, per operation, a TypeScript and a JavaScript program and a curl command, each in a tab redocly.yaml configures", async () => {
    for (const api of APIS) {
      const configured = (sites[api]!.options.codeSamples?.languages as Array<{ label: string }> | undefined)?.map((language) => language.label) ?? [];
      for (const label of LABELS) expect(configured, `${api}: a tab for ${label}`).toContain(label);
      for (const operation of OPERATIONS.filter((candidate) => candidate.api === api)) {
        const samples = sites[api]!.definition.paths[operation.path][operation.method]["x-codeSamples"] as Sample[] | undefined;
        expect(samples?.map((sample) => sample.label), operation.key).toEqual(LABELS);
      }
    }
  });

  it("show a TypeScript program that samples.js holds line for line, so that npm test type-checks what readers see", async () => {
    for (const api of APIS) {
      const module = await readFile(path.join(PROJECT_ROOT, "generated", api, "samples.js"), "utf8");
      for (const operation of OPERATIONS.filter((candidate) => candidate.api === api)) {
        const sample = (sites[api]!.definition.paths[operation.path][operation.method]["x-codeSamples"] as Sample[]).find((candidate) => candidate.lang === "TypeScript")!;
        const [importLine, blank, ...body] = sample.source.split("\n");
        expect(importLine, operation.key).toBe(`import { create${api.charAt(0).toUpperCase()}${api.slice(1)}Client } from "impact-promo-api/${api}";`);
        expect(blank).toBe("");
        expect(sample.source, `${operation.key}: no non-null assertion`).not.toMatch(/\w!(?=[.,;)\s])/);
        expect(module, operation.key).toContain(`  async ${operation.id}() {\n${body.map((line) => (line ? `    ${line}` : "")).join("\n")}\n  },`);
      }
    }
  });

  it.each(OPERATIONS.map((operation) => [operation.key, operation] as const))(
    "%s: each sample answers what the operation promises",
    async (key, operation) => {
      const promised = PROMISES[key];
      if (!promised) throw new Error(`${key}: no promise written down for this operation`);
      const samples = sites[operation.api]!.definition.paths[operation.path][operation.method]["x-codeSamples"] as Sample[];
      const curl = samples.find((sample) => sample.lang === "Shell");
      if (!curl) throw new Error(`${key}: no curl sample`);
      const target = await curlTarget(curl.source);
      const success = Number(Object.keys(sites[operation.api]!.definition.paths[operation.path][operation.method].responses as Json).find((status) => /^2\d\d$/.test(status)));
      const ran: string[] = [];
      for (const sample of samples) {
        await mock.reset();
        const before = await mock.get(target);
        const outcome = await runSample(sample, key);
        if (sample.lang === "Shell") expect(outcome.status, `${outcome.what}: HTTP status`).toBe(success);
        await checkPromise(promised, outcome, target, before);
        ran.push(sample.label);
      }
      expect(ran).toEqual(LABELS);
    },
    120_000,
  );

  it("ran every sample of every operation", () => {
    expect(samplesRun).toBe(OPERATIONS.length * LABELS.length);
    expect(samplesRun).toBeGreaterThan(0);
  });
});
