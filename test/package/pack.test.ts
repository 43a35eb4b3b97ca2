// The package as another repository gets it: built, packed with `npm pack`,
// installed from the tarball into a fresh project, and used there by a small
// consumer test suite (node's own test runner) that imports each export, and a
// TypeScript consumer type-checked against the shipped declarations.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../support/project.js";

const run = promisify(execFile);
let consumer: string;

const CONSUMER_SUITE = `
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createBrandClient, createBrandCore, getPromoCode, NotFoundError, RateLimitError } from "impact-promo-api/brand";
import { createPartnerClient } from "impact-promo-api/partner";
import { schemas, wireResponses } from "impact-promo-api/brand/fixtures";
import { createValidators } from "impact-promo-api/validators";
import { startMockServer } from "impact-promo-api/mock";
import { runContract } from "impact-promo-api/contract";
import { ImpactClient } from "impact-promo-api/runtime";
import brandSpec from "impact-promo-api/brand/openapi.json" with { type: "json" };

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
  assert.equal(validators.validateResponse("getPromoCode", 200, { Id: "x" }, { mode: "strict" }).length > 0, true);
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
`;

const TYPED_CONSUMER = `
import { createBrandClient, type BrandClient, type components } from "impact-promo-api/brand";
import { createValidators, type ValidationIssue } from "impact-promo-api/validators";
import type { MockServer } from "impact-promo-api/mock";

const brand: BrandClient = createBrandClient({ accountSid: "SID", authToken: "t" });
export async function id(): Promise<number> {
  const code: components["schemas"]["PromoCode"] = await brand.getPromoCode({ path: { PromoCodeId: 1 } });
  return code.Id;
}
// @ts-expect-error the published types still reject a string id
void brand.getPromoCode({ path: { PromoCodeId: "1" } });
export type Issues = ValidationIssue[];
export type Server = MockServer;
export const make = createValidators;
`;

beforeAll(async () => {
  consumer = await mkdtemp(path.join(tmpdir(), "impact-consumer-"));
  await run(process.execPath, [path.join(PROJECT_ROOT, "release/package.mjs")], { cwd: PROJECT_ROOT });
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", consumer], { cwd: PROJECT_ROOT, maxBuffer: 16 << 20 });
  const [{ filename }] = JSON.parse(stdout.slice(stdout.indexOf("["))) as [{ filename: string }];
  await writeFile(path.join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", path.join(consumer, filename)], { cwd: consumer, maxBuffer: 16 << 20 });
}, 240_000);

afterAll(async () => {
  await rm(consumer, { recursive: true, force: true });
});

describe("the packed package, installed elsewhere", () => {
  it("passes a consumer's own test suite that imports each export", async () => {
    await writeFile(path.join(consumer, "consumer.test.mjs"), CONSUMER_SUITE);
    const result = await run(process.execPath, ["--test", "consumer.test.mjs"], { cwd: consumer, maxBuffer: 16 << 20 }).catch((error: { stdout: string; stderr: string }) => error);
    expect(result.stdout, result.stderr).toMatch(/# pass 4\n# fail 0/);
  }, 120_000);

  it("type-checks a TypeScript consumer against the shipped declarations", async () => {
    await writeFile(path.join(consumer, "consumer.ts"), TYPED_CONSUMER);
    const tsconfig = { compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", noEmit: true, skipLibCheck: false, types: [] }, files: ["consumer.ts"] };
    await writeFile(path.join(consumer, "tsconfig.json"), JSON.stringify(tsconfig));
    const tsc = path.join(PROJECT_ROOT, "node_modules/typescript/bin/tsc");
    const result = await run(process.execPath, [tsc, "-p", consumer]).then(
      () => "",
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe("");
  }, 60_000);

  it("ships the compiled package and the data, not the sources", async () => {
    const { stdout } = await run("npm", ["pack", "--dry-run", "--json"], { cwd: PROJECT_ROOT, maxBuffer: 16 << 20 });
    const [{ files }] = JSON.parse(stdout.slice(stdout.indexOf("["))) as [{ files: Array<{ path: string }> }];
    const paths = files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(["dist/package/generated/brand/index.js", "dist/package/generated/brand/index.d.ts", "generated/brand/openapi.json", "generated/partner/fixtures/responses.json"]));
    expect(paths.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))).toEqual([]);
    expect(paths.some((file) => file.startsWith("spec/") || file.startsWith("test/"))).toBe(false);
  });
});

describe("the MSW handlers, installed elsewhere beside msw", () => {
  beforeAll(async () => {
    const { devDependencies } = JSON.parse(await readFile(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    await run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", `msw@${devDependencies.msw}`], { cwd: consumer, maxBuffer: 16 << 20 });
  }, 240_000);

  it("runs the consumer example of runtime/contract/mock/README.md as pasted", async () => {
    const readme = await readFile(path.join(PROJECT_ROOT, "runtime/contract/mock/README.md"), "utf8");
    const example = /```js\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf("## Mocking impact.com in your tests")))![1]!;
    await writeFile(path.join(consumer, "msw-example.test.mjs"), example);
    const result = await run(process.execPath, ["--test", "msw-example.test.mjs"], { cwd: consumer, maxBuffer: 16 << 20 }).catch((error: { stdout: string; stderr: string }) => error);
    expect(result.stdout, result.stderr).toMatch(/# pass 2\n# fail 0/);
  }, 120_000);

  it("type-checks overrides against the spec in the shipped declarations", async () => {
    await writeFile(
      path.join(consumer, "msw-consumer.ts"),
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
    const tsconfig = { compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", noEmit: true, skipLibCheck: true, types: [] }, files: ["msw-consumer.ts"] };
    await writeFile(path.join(consumer, "tsconfig.msw.json"), JSON.stringify(tsconfig));
    const tsc = path.join(PROJECT_ROOT, "node_modules/typescript/bin/tsc");
    const result = await run(process.execPath, [tsc, "-p", path.join(consumer, "tsconfig.msw.json")]).then(
      () => "",
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe("");
  }, 60_000);
});
