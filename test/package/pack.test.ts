// The package as another repository gets it, two ways: built and staged by
// `npm run package` in a fresh copy of this working tree (no dist/), packed
// with `npm pack ./dist/npm` and installed from the tarball; and installed from
// a `git+file://` URL of that copy (npm clones it, installs its dev
// dependencies and runs `prepare`).
// In each consumer project a small test suite (node's own runner) imports
// every export and runs every command; TypeScript consumers are type-checked
// under nodenext and bundler resolution; a CommonJS consumer require()s it;
// and every example in the shipped README runs as pasted and type-checks as
// strict TypeScript.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../runtime/contract/mock.js";
import { PROJECT_ROOT } from "../support/project.js";
import { runWorkflowSteps, type WorkflowRun } from "../support/workflow-steps.js";

const run = promisify(execFile);
const BIG = 64 << 20;
const INSTALL = ["install", "--no-audit", "--no-fund", "--no-update-notifier"];

let scratch: string;
/** A git repository holding this working tree as it is now, as a fresh clone would. */
let source: string;
let packed: { filename: string; files: string[] };
const consumers: Record<"tarball" | "git", string> = { tarball: "", git: "" };
/** What `npm install <tarball>` printed on stderr in a fresh project (before msw is added). */
let tarballInstallStderr: string;

async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await run("git", ["-c", "user.email=pack@example.com", "-c", "user.name=pack test", ...args], { cwd })).stdout;
}

/** `npm run package` and `npm pack --json ./dist/npm` in `cwd`, as the README says: the tarball's name and the files in it. */
async function pack(cwd: string, destination: string): Promise<{ filename: string; files: string[] }> {
  await run("npm", ["run", "--silent", "package"], { cwd, maxBuffer: BIG });
  const { stdout } = await run("npm", ["pack", "--json", "./dist/npm", "--pack-destination", destination], { cwd, maxBuffer: BIG });
  const [{ filename, files }] = JSON.parse(stdout) as [{ filename: string; files: Array<{ path: string }> }];
  return { filename, files: files.map((file) => file.path) };
}

async function devDependencyVersion(name: string): Promise<string> {
  const { devDependencies } = JSON.parse(await readFile(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
  return devDependencies[name]!;
}

async function newProject(name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const dir = path.join(scratch, name);
  await mkdir(dir);
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ name, private: true, type: "module", ...extra }));
  return dir;
}

async function node(cwd: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, args, { cwd, maxBuffer: BIG, env: { ...process.env, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "impact-package-"));
  source = path.join(scratch, "source");
  const { stdout } = await run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: PROJECT_ROOT, maxBuffer: BIG });
  for (const file of stdout.split("\0").filter(Boolean)) {
    await cp(path.join(PROJECT_ROOT, file), path.join(source, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error; // deleted in the working tree, not yet in the index
    });
  }
  await git(source, "init", "-q");
  await git(source, "add", "-A");
  await git(source, "commit", "-q", "-m", "the working tree");
  // Packing needs the dev dependencies (tsc); the git install gets its own.
  await symlink(path.join(PROJECT_ROOT, "node_modules"), path.join(source, "node_modules"));
  await writeFile(path.join(source, ".git/info/exclude"), "node_modules\n");

  packed = await pack(source, scratch);
  consumers.tarball = await newProject("from-tarball");
  // npm 12 runs a git dependency's `prepare` only when allowed; the README tells consumers to allow it.
  consumers.git = await newProject("from-git", { allowScripts: { [`git+file://${source}`]: true } });
  const mswVersion = await devDependencyVersion("msw");
  const typesNodeVersion = await devDependencyVersion("@types/node");
  await Promise.all([
    (async () => {
      ({ stderr: tarballInstallStderr } = await run("npm", [...INSTALL, path.join(scratch, packed.filename)], { cwd: consumers.tarball, maxBuffer: BIG }));
      // msw beside it, as the README's MSW example asks (the dev dependency's version); msw's own postinstall is msw's business.
      // And Node's types, as a TypeScript user has them, for the README's examples type-checked as TypeScript.
      await run("npm", [...INSTALL, `msw@${mswVersion}`, `@types/node@${typesNodeVersion}`], { cwd: consumers.tarball, maxBuffer: BIG });
    })(),
    run("npm", [...INSTALL, "--strict-allow-scripts", `git+file://${source}`], { cwd: consumers.git, maxBuffer: BIG }),
  ]);
}, 300_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const CONSUMER_SUITE = `
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createBrandClient, createBrandCore, getPromoCode, NotFoundError, RateLimitError } from "impact-promo-api/brand";
import { createPartnerClient } from "impact-promo-api/partner";
import { schemas, wireResponses } from "impact-promo-api/brand/fixtures";
import { responses as partnerResponses } from "impact-promo-api/partner/fixtures";
import { createValidators } from "impact-promo-api/validators";
import { startMockServer } from "impact-promo-api/mock";
import { runContract } from "impact-promo-api/contract";
import { ImpactClient } from "impact-promo-api/runtime";
import brandSpec from "impact-promo-api/brand/openapi.json" with { type: "json" };
import brandCleanSpec from "impact-promo-api/brand/openapi.clean.json" with { type: "json" };
import partnerResponsesJson from "impact-promo-api/partner/fixtures/responses.json" with { type: "json" };

test("the clients call the mock, typed results and typed errors", async () => {
  const mock = await startMockServer();
  try {
    const brand = createBrandClient({ accountSid: "IRconsumer", authToken: "t", baseUrl: mock.url, maxRetries: 0 });
    const code = await brand.getPromoCode({ path: { PromoCodeId: 7777777 } });
    assert.equal(code.Id, 7777777);
    await assert.rejects(brand.getPromoCode({ path: { PromoCodeId: 1 } }), NotFoundError);
    assert.equal((await getPromoCode(createBrandCore({ accountSid: "IRconsumer", authToken: "t", baseUrl: mock.url }), { path: { PromoCodeId: 7777777 } })).Code, "Acme20");
    const partner = createPartnerClient({ accountSid: "IRconsumer", authToken: "t", baseUrl: mock.url });
    assert.ok((await partner.listPromoCodes()).PromoCodes.length > 0);
    assert.equal(typeof RateLimitError, "function");
    assert.equal(typeof ImpactClient, "function");
  } finally {
    await mock.close();
  }
});

test("the validators and the fixtures agree", () => {
  const validators = createValidators(brandSpec);
  for (const body of wireResponses.getPromoCode["200"]) assert.deepEqual(validators.validateResponse("getPromoCode", 200, body), []);
  assert.ok(schemas.PromoCode.length > 0);
  assert.deepEqual(partnerResponsesJson, JSON.parse(JSON.stringify(partnerResponses)));
  assert.equal(validators.validateResponse("getPromoCode", 200, { Id: "x" }, { mode: "strict" }).length > 0, true);
});

test("openapi.json is the wire view, which accepts the wire as it is; openapi.clean.json has the client's types", () => {
  const body = wireResponses.getPromoCode["200"][0];
  assert.deepEqual(createValidators(brandSpec).validateResponse("getPromoCode", 200, body, { mode: "strict" }), []);
  assert.ok(createValidators(brandCleanSpec).validateResponse("getPromoCode", 200, body, { mode: "strict" }).length > 0);
  assert.equal(brandCleanSpec.components.schemas.PromoCode.properties.Id.type, "integer");
});

test("the contract runner passes against the mock", async () => {
  const mock = await startMockServer();
  try {
    const report = await runContract({ baseUrl: mock.url, runs: 3, apis: ["partner"] });
    assert.equal(report.ok, true);
  } finally {
    await mock.close();
  }
});

test("the validate command is on the PATH", () => {
  writeFileSync("body.json", JSON.stringify(wireResponses.getPromoCode["200"][0]));
  const out = execFileSync("npx", ["--no-install", "impact-promo-validate", "--api", "brand", "--operation", "getPromoCode", "--status", "200", "body.json"], { encoding: "utf8" });
  assert.match(out, /valid getPromoCode 200/);
});

test("every command answers --help with its usage and a bad flag with exit 2", () => {
  for (const bin of ["impact-promo-mock", "impact-promo-validate", "impact-promo-contract"]) {
    const help = spawnSync("npx", ["--no-install", bin, "--help"], { encoding: "utf8" });
    assert.equal(help.status, 0, bin + ": " + help.stderr);
    assert.match(help.stdout, new RegExp("^usage: " + bin + " "));
    const bad = spawnSync("npx", ["--no-install", bin, "--no-such-flag"], { encoding: "utf8" });
    assert.equal(bad.status, 2, bin);
    assert.doesNotMatch(bad.stderr, /^\\s+at /m, bin + " printed a stack trace");
  }
});
`;

const TYPED_CONSUMER = `
import { createBrandClient, type BrandClient, type components } from "impact-promo-api/brand";
import { responses } from "impact-promo-api/brand/fixtures";
import { createValidators, type ValidationIssue } from "impact-promo-api/validators";
import type { MockServer } from "impact-promo-api/mock";
import type { ContractReport } from "impact-promo-api/contract";

const brand: BrandClient = createBrandClient({ accountSid: "SID", authToken: "t" });
export async function id(): Promise<number> {
  const code: components["schemas"]["PromoCode"] = await brand.getPromoCode({ path: { PromoCodeId: 1 } });
  return code.Id;
}
// @ts-expect-error the published types still reject a string id
void brand.getPromoCode({ path: { PromoCodeId: "1" } });
export const example: string = responses.getPromoCode[200][0]!.Code;
export type Issues = ValidationIssue[];
export type Server = MockServer;
export type Report = ContractReport;
export const make = createValidators;
`;

const COMMONJS_CONSUMER = `
const { createBrandClient, NotFoundError } = require("impact-promo-api/brand");
const { createPartnerClient } = require("impact-promo-api/partner");
const { responses } = require("impact-promo-api/brand/fixtures");
const { createValidators } = require("impact-promo-api/validators");
const { startMockServer } = require("impact-promo-api/mock");
const { runContract } = require("impact-promo-api/contract");
const { ImpactClient } = require("impact-promo-api/runtime");
const spec = require("impact-promo-api/brand/openapi.json");
(async () => {
  const mock = await startMockServer();
  try {
    const brand = createBrandClient({ accountSid: "IRcjs", authToken: "t", baseUrl: mock.url, maxRetries: 0 });
    const code = await brand.getPromoCode({ path: { PromoCodeId: 7777777 } });
    const missing = await brand.getPromoCode({ path: { PromoCodeId: 1 } }).catch((error) => error);
    const issues = createValidators(spec).validateResponse("getPromoCode", 200, responses.getPromoCode[200][0], { mode: "strict" });
    console.log(JSON.stringify({ id: code.Id, notFound: missing instanceof NotFoundError, issues: issues.length, partner: typeof createPartnerClient, contract: typeof runContract, core: typeof ImpactClient }));
  } finally {
    await mock.close();
  }
})();
`;

describe.each(["tarball", "git"] as const)("installed from the %s", (how) => {
  it("passes a consumer's own test suite that imports each export and runs each command", async () => {
    await writeFile(path.join(consumers[how], "consumer.test.mjs"), CONSUMER_SUITE);
    const result = await node(consumers[how], ["--test", "--test-reporter=tap", "consumer.test.mjs"]);
    expect(result.stdout, result.stderr).toMatch(/# pass 6\n# fail 0/);
  }, 120_000);

  it("works from CommonJS with require(), without warnings", async () => {
    await writeFile(path.join(consumers[how], "consumer.cjs"), COMMONJS_CONSUMER);
    const result = await node(consumers[how], ["consumer.cjs"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ id: 7777777, notFound: true, issues: 0, partner: "function", contract: "function", core: "function" });
  });
});

// The same files reach a consumer either way; the declarations are checked once, from the tarball.
describe("TypeScript consumers", () => {
  it.each(["NodeNext", "Bundler"])("type-checks a strict TypeScript consumer with %s resolution against the shipped declarations", async (resolution) => {
    const dir = path.join(consumers.tarball, `typed-${resolution}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "consumer.ts"), TYPED_CONSUMER);
    const module = resolution === "Bundler" ? "ESNext" : "NodeNext";
    const tsconfig = { compilerOptions: { strict: true, module, moduleResolution: resolution, target: "ES2022", noEmit: true, skipLibCheck: false, types: [] }, files: ["consumer.ts"] };
    await writeFile(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    const result = await node(dir, [path.join(PROJECT_ROOT, "node_modules/typescript/bin/tsc"), "-p", "."]);
    expect(result.stdout).toBe("");
    expect(result.code).toBe(0);
  }, 60_000);
});

describe("what the tarball holds", () => {
  let manifest: Record<string, any>;
  beforeAll(async () => {
    manifest = JSON.parse(await readFile(path.join(consumers.tarball, "node_modules/impact-promo-api/package.json"), "utf8")) as Record<string, any>;
  });

  it("the compiled package, built by npm run package from a clone without dist/, and the data; not the sources", () => {
    expect(packed.files).toEqual(expect.arrayContaining(["dist/package/generated/brand/index.js", "dist/package/generated/brand/index.d.ts", "dist/package/generated/brand/openapi.json", "dist/package/generated/partner/fixtures/responses.json", "LICENSE", "README.md", "CHANGELOG.md", "SECURITY.md", "package.json"]));
    expect(packed.files.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))).toEqual([]);
    expect(packed.files.filter((file) => /^(spec|test|generator|release|bench|runtime|generated)\//.test(file))).toEqual([]);
  });

  it("a manifest a registry accepts: public, licensed, with its repository", async () => {
    expect(manifest.private).toBeUndefined();
    expect(manifest.license).toBe("MIT");
    expect(await readFile(path.join(consumers.tarball, "node_modules/impact-promo-api/LICENSE"), "utf8")).toMatch(/^MIT License/);
    expect(manifest.repository).toMatchObject({ type: "git", url: expect.stringMatching(/^git\+https:\/\/github\.com\/[^/]+\/[^/]+\.git$/) });
    expect(manifest.engines.node).toBe("^20.19.0 || ^22.12.0 || >=24.0.0");
  });

  it("a package.json with nothing of the repository's own: no scripts (their files do not ship), no dev dependencies", async () => {
    expect(manifest.scripts).toBeUndefined();
    expect(manifest.devDependencies).toBeUndefined();
    expect(manifest.allowScripts, "the repository's own install policy, meaningless in a dependency").toBeUndefined();
    // Everything else as the repository's package.json has it.
    const { scripts, devDependencies, allowScripts, ...published } = JSON.parse(await readFile(path.join(source, "package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest).toEqual(published);
  });

  it("installs into a fresh project without an install-scripts warning", () => {
    expect(tarballInstallStderr).not.toMatch(/install-scripts|allowScripts/);
  });

  it("every export and bin names a file in the tarball, under conditions every consumer understands", () => {
    const targets: string[] = [];
    for (const [subpath, target] of Object.entries(manifest.exports as Record<string, string | Record<string, string>>)) {
      if (typeof target === "string") targets.push(target);
      else {
        // Only conditions Node, TypeScript and bundlers all define: no repository-only `source` pointing at .ts files.
        expect(Object.keys(target), subpath).toEqual(["types", "default"]);
        targets.push(...Object.values(target));
      }
    }
    for (const target of [...targets, ...Object.values(manifest.bin as Record<string, string>)]) {
      const file = target.replace(/^\.\//, "");
      if (file.endsWith("/*")) expect(packed.files.some((packedFile) => packedFile.startsWith(file.slice(0, -1))), target).toBe(true);
      else expect(packed.files, target).toContain(file);
    }
    for (const bin of Object.values(manifest.bin as Record<string, string>)) expect(bin, "npm drops bin paths that start with ./").not.toMatch(/^\.\//);
  });

  it("npm publish ./dist/npm --dry-run has nothing to warn about", async () => {
    const { stdout, stderr } = await run("npm", ["publish", "./dist/npm", "--dry-run", "--no-update-notifier"], { cwd: source, maxBuffer: BIG });
    // Being logged out is this machine's state, not the package's.
    const warnings = stderr.split("\n").filter((line) => /npm (warn|WARN|error|ERR)/.test(line) && !/requires you to be logged in/.test(line));
    expect(warnings).toEqual([]);
    expect(stdout).toContain("+ impact-promo-api@");
  }, 120_000);

  it("npm pack and npm publish at the root are refused, naming dist/npm/ (the root's package.json would ship)", async () => {
    for (const command of [["pack", "--pack-destination", scratch], ["publish", "--dry-run"]]) {
      const result = await run("npm", [...command, "--no-update-notifier"], { cwd: source, maxBuffer: BIG }).then(
        () => "succeeded",
        (error: { stderr: string }) => error.stderr,
      );
      expect(result, command[0]).toContain("npm run package && npm pack ./dist/npm");
    }
  }, 60_000);

  it("is never stale: a source edited after the last build is in the next tarball", async () => {
    const entry = path.join(source, "runtime/client/index.ts");
    const original = await readFile(entry, "utf8");
    await writeFile(entry, `${original}\nexport const PACK_PROBE = "rebuilt";\n`);
    try {
      await mkdir(path.join(scratch, "again"));
      const again = await pack(source, path.join(scratch, "again"));
      const { stdout } = await run("tar", ["-xzOf", path.join(scratch, "again", again.filename), "package/dist/package/runtime/client/index.js"], { maxBuffer: BIG });
      expect(stdout).toContain('PACK_PROBE = "rebuilt"');
    } finally {
      await writeFile(entry, original);
    }
  }, 120_000);
});

/** The fenced code blocks of a markdown text, with their language and the line their code starts on (1-based). */
function codeBlocks(markdown: string): Array<{ language: string; code: string; line: number }> {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({
    language: match[1]!,
    code: match[2]!,
    line: markdown.slice(0, match.index).split("\n").length + 1,
  }));
}

/** The README's examples that are programs: its js (and ts) blocks. */
function programs(markdown: string): ReturnType<typeof codeBlocks> {
  return codeBlocks(markdown).filter((block) => block.language === "js" || block.language === "ts");
}

/** An example that require()s is CommonJS; the others are ES modules. */
function isCommonJs(code: string): boolean {
  return /\brequire\(/.test(code);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// The README's examples call https://api.impact.com with credentials from the
// environment; here that origin is sent to a mock instead, below the client.
const REDIRECT = `
const target = new URL(process.env.README_MOCK_URL);
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.origin === "https://api.impact.com") { url.protocol = target.protocol; url.host = target.host; }
  return realFetch(input instanceof Request ? new Request(url, input) : url, init);
};
`;

describe("the shipped README", () => {
  let readme: string;
  let mock: MockServer;
  beforeAll(async () => {
    readme = await readFile(path.join(consumers.tarball, "node_modules/impact-promo-api/README.md"), "utf8");
    mock = await startMockServer();
    await writeFile(path.join(consumers.tarball, "redirect.mjs"), REDIRECT);
  });
  afterAll(async () => {
    await mock?.close();
  });

  it("imports only through the package's own paths and links only the web or files it ships", () => {
    const consumerPart = readme.slice(0, readme.indexOf("# Working on this repository"));
    expect(consumerPart.length).toBeGreaterThan(1000);
    expect(consumerPart).not.toMatch(/from "\.{1,2}\//);
    expect(consumerPart).not.toMatch(/require\("\.{1,2}\//);
    // A relative link must name a file the tarball holds: npm's site resolves it against the repository, node_modules has it.
    for (const [, link] of consumerPart.matchAll(/\]\(([^)]+)\)/g)) {
      if (!/^(https:\/\/|#)/.test(link!)) expect(packed.files, `${link} is linked but not shipped`).toContain(link!.replace(/^\.\//, "").replace(/#.*$/, ""));
    }
    expect(consumerPart).toMatch(/20\.19/);
    expect(consumerPart).toMatch(/require\(/);
  });

  it("runs every JavaScript example as pasted", async () => {
    const examples = programs(readme).filter((block) => block.language === "js");
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const [index, { code }] of examples.entries()) {
      const file = `readme-${index}.${isCommonJs(code) ? "cjs" : "mjs"}`;
      await writeFile(path.join(consumers.tarball, file), code);
      const result = await node(consumers.tarball, ["--import", "./redirect.mjs", file], { README_MOCK_URL: mock.url, IMPACT_ACCOUNT_SID: "IRreadme", IMPACT_AUTH_TOKEN: "readme-token" });
      expect(result.code, `example ${index}:\n${code}\n${result.stderr}`).toBe(0);
      expect(result.stderr, `example ${index}`).toBe("");
      expect(result.stdout.length, `example ${index} prints what it shows`).toBeGreaterThan(0);
    }
  }, 120_000);

  it("type-checks every example as strict TypeScript (.mts, or .cjs under checkJs when it require()s) against the published types", async () => {
    const examples = programs(readme);
    expect(examples.length).toBeGreaterThanOrEqual(6);
    const dir = path.join(consumers.tarball, "readme-typescript");
    await mkdir(dir, { recursive: true });
    const files = await Promise.all(
      examples.map(async ({ code }, index) => {
        // A .cts would type require() as any; TypeScript's checkJs follows a .cjs file's require() to the declarations.
        const file = `readme-${index}.${isCommonJs(code) ? "cjs" : "mts"}`;
        await writeFile(path.join(dir, file), code);
        return file;
      }),
    );
    // As strict as a TypeScript user sets it; resolved through impact-promo-api's exports in node_modules, msw's and Node's types beside it.
    const compilerOptions = {
      strict: true,
      module: "NodeNext",
      moduleResolution: "NodeNext",
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      resolveJsonModule: true,
      allowJs: true,
      checkJs: true,
      target: "ES2022",
      noEmit: true,
      types: ["node"],
      // msw's own declarations need the DOM library; they are msw's to check (ours are checked above, without this).
      skipLibCheck: true,
    };
    await writeFile(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files }));
    const result = await node(dir, [path.join(PROJECT_ROOT, "node_modules/typescript/bin/tsc"), "-p", ".", "--pretty", "false"]);
    // tsc's messages, each under the README example it is about, with README.md's line.
    const byExample = new Map<number, string[]>();
    const elsewhere: string[] = [];
    for (const message of result.stdout.split(/\n(?=\S)/).filter((text) => text.trim() !== "")) {
      const at = /^readme-(\d+)\.(?:mts|cjs)\((\d+),(\d+)\): ([\s\S]*)$/.exec(message);
      if (!at) {
        elsewhere.push(message);
        continue;
      }
      const index = Number(at[1]);
      const line = examples[index]!.line + Number(at[2]) - 1;
      byExample.set(index, [...(byExample.get(index) ?? []), `  README.md:${line}:${at[3]}: ${at[4]!.trimEnd().replace(/\n/g, "\n  ")}`]);
    }
    const failures = [...byExample].map(([index, messages]) => {
      const { code, line } = examples[index]!;
      return `the example at README.md:${line} (${code.split("\n")[0]}):\n${messages.join("\n")}`;
    });
    expect([...failures, ...elsewhere].join("\n\n")).toBe("");
    expect(result.code, result.stderr).toBe(0);
  }, 60_000);

  it("runs every shell command it shows with the installed commands (the port swapped for a free one)", async () => {
    const lines = codeBlocks(readme)
      .filter((block) => block.language === "sh")
      .flatMap((block) => block.code.split("\n"))
      .filter((line) => line.startsWith("npx impact-promo-"));
    const mockLine = lines.find((line) => line.startsWith("npx impact-promo-mock"));
    const others = lines.filter((line) => line !== mockLine);
    expect(mockLine).toBeDefined();
    expect(others.length).toBeGreaterThan(0);
    const port = String(await freePort());
    const [command, ...args] = mockLine!.replace(/\b4010\b/g, port).split(" ");
    // Its own process group, so that stopping it stops the node process npx started too.
    const server: ChildProcess = spawn(command!, args, { cwd: consumers.tarball, stdio: ["ignore", "pipe", "pipe"], detached: true });
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout!.on("data", (chunk: Buffer) => (chunk.toString().includes("mock of the brand and partner APIs") ? resolve() : undefined));
        server.on("exit", (code) => reject(new Error(`${mockLine} exited with ${code}`)));
      });
      for (const line of others) {
        const [bin, ...rest] = line.replace(/\b4010\b/g, port).split(" ");
        const result = await run(bin!, rest, { cwd: consumers.tarball, maxBuffer: BIG }).then(
          () => 0,
          (error: { code: number; stdout: string; stderr: string }) => `${error.code}\n${error.stdout}\n${error.stderr}`,
        );
        expect(result, line).toBe(0);
      }
    } finally {
      process.kill(-server.pid!, "SIGTERM");
    }
  }, 120_000);
});

// What another repository's CI runs: the reusable workflow's own steps, on this
// machine, with the packed tarball as the package. Its tests call the mock; its
// "server" is a second mock, checked by the contract runner.
const CALLER_TEST = `
const response = await fetch(process.env.IMPACT_BASE_URL + "/Mediapartners/" + process.env.IMPACT_ACCOUNT_SID + "/PromoCodes", {
  headers: { Accept: "application/json", Authorization: "Basic " + btoa(process.env.IMPACT_ACCOUNT_SID + ":" + process.env.IMPACT_AUTH_TOKEN) },
});
const body = await response.json();
if (response.status !== 200 || !Array.isArray(body.PromoCodes)) throw new Error("the mock answered " + response.status);
console.log("caller tests saw " + body.PromoCodes.length + " promo codes");
`;

describe("the reusable contract workflow, its steps run here", () => {
  const workflow = path.join(PROJECT_ROOT, ".github/workflows/contract.yml");
  const runs: WorkflowRun[] = [];
  let caller: string;

  beforeAll(async () => {
    caller = await newProject("workflow-caller", { scripts: { test: "node caller.test.mjs" } });
    await writeFile(path.join(caller, "caller.test.mjs"), CALLER_TEST);
  });
  afterAll(async () => {
    for (const { runnerTemp } of runs) {
      // The steps leave the mock and the server running, as a runner would until the job ends.
      for (const pidFile of ["mock.pid", "server.pid"]) {
        const pid = Number(await readFile(path.join(runnerTemp, "impact-promo-api", pidFile), "utf8").catch(() => "0"));
        if (pid > 0) {
          try {
            process.kill(pid, "SIGTERM");
          } catch {
            // already gone
          }
        }
      }
      await rm(runnerTemp, { recursive: true, force: true });
    }
  });

  it("runs the caller's tests against the mock, and the contract runner against the caller's server", async () => {
    const [mockPort, serverPort] = [await freePort(), await freePort()];
    const result = await runWorkflowSteps(workflow, "contract", {
      cwd: caller,
      inputs: {
        package: path.join(scratch, packed.filename),
        setup: "node --version",
        test: "npm test",
        "mock-port": mockPort,
        start: `"$RUNNER_TEMP/impact-promo-api/node_modules/.bin/impact-promo-mock" --port ${serverPort}`,
        "base-url": `http://127.0.0.1:${serverPort}`,
        "contract-options": "--runs 3 --api partner",
      },
    });
    runs.push(result);
    const names = result.steps.map((step) => step.name);
    expect(names).toEqual(["Your setup", "Install the mock and the contract runner", "Start the mock", "Your tests, against the mock", "Start your server", "The contract runner, against your server", "Logs"]);
    for (const step of result.steps) expect(step.code, `${step.name}\n${step.output}`).toBe(0);
    expect(result.steps[3]!.output).toMatch(/caller tests saw \d+ promo codes/);
    expect(result.steps[5]!.output).toMatch(/pass/);
  }, 180_000);

  it("fails the job when the caller's tests fail, and skips what needs no input", async () => {
    const result = await runWorkflowSteps(workflow, "contract", {
      cwd: caller,
      inputs: { package: path.join(scratch, packed.filename), setup: "", test: "node -e 'process.exit(3)'", "mock-port": await freePort() },
    });
    runs.push(result);
    expect(result.steps.map((step) => [step.name, step.code])).toEqual([
      ["Install the mock and the contract runner", 0],
      ["Start the mock", 0],
      ["Your tests, against the mock", 3],
      ["Logs", 0],
    ]);
  }, 180_000);
});

describe("the MSW handlers, installed beside msw", () => {
  it("type-check overrides against the spec in the shipped declarations", async () => {
    const dir = path.join(consumers.tarball, "typed-msw");
    await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, "consumer.ts"),
      `import { createBrandMockHandlers } from "impact-promo-api/brand/msw";
import { createPartnerMockHandlers } from "impact-promo-api/partner/msw";
const brand = createBrandMockHandlers({ origin: "http://localhost:4010", rateLimit: { limit: 5 } });
brand.override("getPromoCode", 404);
brand.override("listPromoCodes", () => ({ status: 429, headers: { "Retry-After": "1" } }));
// @ts-expect-error an operation the brand API does not have
brand.override("getNothing", 404);
// @ts-expect-error a status getPromoCode does not document
brand.override("getPromoCode", 418);
export const handlers = [...brand.handlers, ...createPartnerMockHandlers().handlers];
`,
    );
    // msw's own declarations need the DOM library; they are msw's to check, not ours.
    const tsconfig = { compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", noEmit: true, skipLibCheck: true, types: [] }, files: ["consumer.ts"] };
    await writeFile(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    const result = await run(process.execPath, [path.join(PROJECT_ROOT, "node_modules/typescript/bin/tsc"), "-p", dir], { maxBuffer: BIG }).then(
      () => "",
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe("");
  }, 60_000);
});
