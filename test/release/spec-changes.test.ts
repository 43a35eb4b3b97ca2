// Scripted spec edits in a throwaway git repository: each is rated as expected by
// `npm run diff`, the version check fails and passes as it should, the changelog
// is written from the diff, and one new optional response field flows through
// generation into the types, the client's results, the fixtures and the docs
// with nothing else changing.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocs } from "../../generator/docs/build.js";
import { formatDiff } from "../../release/main.js";
import { diffSpecs, operationsByComponent } from "../../release/spec-diff.js";
import { runGenerator, snapshotTree } from "../support/generator.js";
import { PROJECT_ROOT } from "../support/project.js";

const run = promisify(execFile);
let repo: string;

async function git(...args: string[]): Promise<string> {
  return (await run("git", args, { cwd: repo })).stdout;
}

async function edit(file: string, from: string | RegExp, to: string): Promise<void> {
  const target = path.join(repo, file);
  const before = await readFile(target, "utf8");
  const after = before.replace(from, to);
  expect(after, `the edit of ${file} must change it`).not.toBe(before);
  await writeFile(target, after);
}

async function release(command: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const tsx = path.join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs");
  try {
    const { stdout, stderr } = await run(process.execPath, [tsx, path.join(PROJECT_ROOT, "release/main.ts"), command, "--base", "HEAD"], { cwd: repo });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  repo = await mkdtemp(path.join(tmpdir(), "impact-release-"));
  for (const entry of ["spec", "generated", "redocly.yaml", "package.json"]) await cp(path.join(PROJECT_ROOT, entry), path.join(repo, entry), { recursive: true });
  await symlink(path.join(PROJECT_ROOT, "node_modules"), path.join(repo, "node_modules"));
  await symlink(path.join(PROJECT_ROOT, "runtime"), path.join(repo, "runtime"));
  await writeFile(path.join(repo, ".gitignore"), "node_modules\nruntime\n");
  await git("init", "-q");
  await git("-c", "user.email=t@example.com", "-c", "user.name=test", "add", ".");
  await git("-c", "user.email=t@example.com", "-c", "user.name=test", "commit", "-q", "-m", "base");
}, 60_000);

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe("npm run diff rates each kind of spec edit", () => {
  // Each edit, the brand rating and what it must say, and the partner rating (a shared component touches both).
  const EDITS: Array<[string, () => Promise<void>, "major" | "minor" | "patch", RegExp, "major" | "none"]> = [
    [
      "removing a value from an enum that requests send",
      async () => {
        await edit("spec/shared/components/schemas/PromoCodeCreditPolicy.yaml", "  - WINNER\n", "");
        await edit("spec/shared/components/schemas/PromoCodeCreditPolicy.yaml", /  WINNER: .*\n/, "");
      },
      "major",
      /Enum of `CreditPolicy` lost values/,
      "major",
    ],
    ["making an optional parameter required", () => edit("spec/brand/paths/PromoCodes.yaml", "    - name: CampaignId\n      in: query\n", "    - name: CampaignId\n      in: query\n      required: true\n"), "major", /`CampaignId` query parameter became required/, "none"],
    [
      "adding an optional response field",
      () => edit("spec/brand/components/schemas/PromoCode.yaml", "  Uri:\n", "  Notes:\n    type: string\n    maxLength: 255\n    description: A note the brand keeps on the code.\n  Uri:\n"),
      "minor",
      /added .*Notes/,
      "none",
    ],
    ["renaming an operation id", () => edit("spec/brand/paths/PromoCodes_{PromoCodeId}.yaml", "operationId: getPromoCode", "operationId: fetchPromoCode"), "major", /changed from 'getPromoCode' to 'fetchPromoCode'/, "none"],
    ["rewording a description", () => edit("spec/brand/paths/PromoCodes_{PromoCodeId}.yaml", "Returns one promo code, with", "Returns a single promo code, with"), "patch", /modified .*description/, "none"],
  ];

  it.each(EDITS)("%s", async (_name, apply, impact, says, partnerImpact) => {
    await git("checkout", "-q", "--", ".");
    await apply();
    const [brand, partner] = await diffSpecs("HEAD", repo);
    expect(brand!.bump).toBe(impact);
    expect(brand!.changes.filter((change) => change.impact === impact).map((change) => change.description).join("\n")).toMatch(says);
    expect(partner!.bump).toBe(partnerImpact);
    await git("checkout", "-q", "--", ".");
  });
});

describe("a change inside a component is listed under every operation that reaches it", () => {
  const LIST = "GET /PromoCodes (listPromoCodes)";
  const GET = "GET /PromoCodes/{PromoCodeId} (getPromoCode)";
  const CREATE = "POST /PromoCodes (createPromoCode)";

  it("a field added to PromoCode: listPromoCodes (through PromoCodeList) and getPromoCode (its 200 answer)", async () => {
    await git("checkout", "-q", "--", ".");
    await edit("spec/brand/components/schemas/PromoCode.yaml", "  Uri:\n", "  Notes:\n    type: string\n    description: A note.\n  Uri:\n");
    const diffs = await diffSpecs("HEAD", repo);
    const [change, ...others] = diffs[0]!.changes;
    expect(others).toEqual([]);
    expect(change).toMatchObject({ impact: "minor", component: "schema PromoCode", description: "added schema PromoCode properties/Notes" });
    expect(change!.operations).toEqual([LIST, GET]);
    const report = formatDiff(diffs);
    expect(report).toContain("brand@v14: minor (0 major, 1 minor, 0 patch)");
    expect(report).toContain(`  ${LIST}\n    minor  added schema PromoCode properties/Notes`);
    expect(report).toContain(`  ${GET}\n    minor  added schema PromoCode properties/Notes`);
    await git("checkout", "-q", "--", ".");
  });

  it("an enum value removed two components deep: every read and the create request that carry it", async () => {
    await git("checkout", "-q", "--", ".");
    await edit("spec/shared/components/schemas/PromoCodeCreditPolicy.yaml", "  - WINNER\n", "");
    await edit("spec/shared/components/schemas/PromoCodeCreditPolicy.yaml", /  WINNER: .*\n/, "");
    const [brand] = await diffSpecs("HEAD", repo);
    const operations = new Set(brand!.changes.flatMap((change) => change.operations));
    for (const operation of [LIST, GET, CREATE]) expect([...operations]).toContain(operation);
    expect([...operations]).not.toContain("DELETE /PromoCodes/{PromoCodeId} (expirePromoCode)");
    await git("checkout", "-q", "--", ".");
  });

  it("follows references through components, once each even when they cycle, and path-level parameters", () => {
    const document = {
      paths: {
        "/a/{Id}": {
          parameters: [{ $ref: "#/components/parameters/Id" }],
          get: { operationId: "getA", responses: { 200: { content: { "application/json": { schema: { $ref: "#/components/schemas/A" } } } } } },
          delete: { operationId: "deleteA", responses: { 204: { description: "gone" } } },
        },
        "/b": { get: { responses: { 200: { $ref: "#/components/responses/B" } } } },
      },
      components: {
        parameters: { Id: { name: "Id", in: "path", required: true, schema: { $ref: "#/components/schemas/Id" } } },
        responses: { B: { description: "b", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Node" } } } } } },
        schemas: {
          A: { properties: { node: { $ref: "#/components/schemas/Node" } } },
          Node: { properties: { children: { items: { $ref: "#/components/schemas/Node" } }, leaf: { $ref: "#/components/schemas/Leaf" } } },
          Leaf: { type: "string" },
          Id: { type: "integer" },
          Unused: { type: "string" },
        },
      },
    };
    const reached = operationsByComponent(document);
    expect(reached.get("#/components/schemas/Leaf")).toEqual(["GET /a/{Id} (getA)", "GET /b"]);
    expect(reached.get("#/components/schemas/Node")).toEqual(["GET /a/{Id} (getA)", "GET /b"]);
    expect(reached.get("#/components/schemas/Id")).toEqual(["DELETE /a/{Id} (deleteA)", "GET /a/{Id} (getA)"]);
    expect(reached.has("#/components/schemas/Unused")).toBe(false);
  });
});

describe("the release command's usage", () => {
  it.each([
    [["diff", "--help"], 0, /^usage: release\/main.ts diff\|check-version\|changelog --base REF/],
    [["diff"], 2, /^release: --base REF is required/],
    [["publish", "--base", "HEAD"], 2, /^release: unknown command publish/],
    [["diff", "--base", "HEAD", "--bogus"], 2, /^release: Unknown option '--bogus'/],
  ])("%j exits %i", async (args, code, says) => {
    const tsx = path.join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs");
    const result = await run(process.execPath, [tsx, path.join(PROJECT_ROOT, "release/main.ts"), ...args], { cwd: repo }).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
    );
    expect(result.code).toBe(code);
    expect(result.output).toMatch(says);
    expect(result.output).toMatch(/^usage: /m);
    expect(result.output).not.toMatch(/^\s+at /m);
  });
});

describe("the version check and the changelog", () => {
  async function setVersion(version: string): Promise<void> {
    const manifest = JSON.parse(await readFile(path.join(repo, "package.json"), "utf8")) as { version: string };
    await writeFile(path.join(repo, "package.json"), `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);
  }

  it("fails on a breaking change without a major bump, naming the version to set, and passes with one", async () => {
    await git("checkout", "-q", "--", ".");
    const base = (JSON.parse(await readFile(path.join(repo, "package.json"), "utf8")) as { version: string }).version;
    const [major] = base.split(".").map(Number) as [number];
    await edit("spec/brand/paths/PromoCodes_{PromoCodeId}.yaml", "operationId: getPromoCode", "operationId: fetchPromoCode");

    const unbumped = await release("check-version");
    expect(unbumped.code).toBe(1);
    expect(unbumped.stderr).toContain(`set "version" in package.json to ${major + 1}.0.0`);
    expect(unbumped.stderr).toMatch(/GET \/PromoCodes\/\{PromoCodeId\} \(fetchPromoCode\)/);

    await setVersion(`${major}.99.0`);
    expect((await release("check-version")).code, "a minor bump is not enough").toBe(1);

    await setVersion(`${major + 1}.0.0`);
    const bumped = await release("check-version");
    expect(bumped.code, bumped.stderr).toBe(0);

    expect((await release("changelog")).code).toBe(0);
    const changelog = await readFile(path.join(repo, "CHANGELOG.md"), "utf8");
    expect(changelog).toContain(`## ${major + 1}.0.0`);
    expect(changelog).toContain("### brand@v14");
    expect(changelog).toMatch(/- \*\*GET \/PromoCodes\/\{PromoCodeId\} \(fetchPromoCode\)\*\*\n {2}- major: `operationId` of operation/);
    expect((await release("changelog")).code).toBe(0);
    expect(await readFile(path.join(repo, "CHANGELOG.md"), "utf8"), "writing it again changes nothing").toBe(changelog);
    await git("checkout", "-q", "--", ".");
    await rm(path.join(repo, "CHANGELOG.md"), { force: true });
  });

  it("passes when nothing changed", async () => {
    await git("checkout", "-q", "--", ".");
    const result = await release("check-version");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("No API changes");
  });
});

describe("a new optional response field", () => {
  it("flows into the types, the client's results, the fixtures and the docs, and nothing else changes", async () => {
    await git("checkout", "-q", "--", ".");
    const before = await snapshotTree(path.join(repo, "generated"));
    await edit("spec/brand/components/schemas/PromoCode.yaml", "  Uri:\n", "  Notes:\n    type: string\n    maxLength: 255\n    description: A note the brand keeps on the code.\n  Uri:\n");
    const generated = await runGenerator([], repo);
    expect(generated.code, generated.stderr).toBe(0);
    const after = await snapshotTree(path.join(repo, "generated"));

    const changed = Object.keys(after).filter((file) => after[file] !== before[file]).sort();
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(changed).toEqual([
      "brand/fixtures.ts",
      "brand/fixtures/responses.json",
      "brand/fixtures/schemas.json",
      "brand/fixtures/wire-responses.json",
      "brand/openapi.json",
      "brand/openapi.yaml",
      "brand/schema.ts",
      "brand/sdk.ts",
    ]);

    // The types: only the new property and its comment were added.
    const { stdout: typesDiff } = await run("git", ["diff", "-U0", "--", "generated/brand/schema.ts"], { cwd: repo });
    const added = typesDiff.split("\n").filter((line) => /^[+-](?![+-])/.test(line));
    expect(added.every((line) => line.startsWith("+")), "nothing removed from schema.ts").toBe(true);
    expect(added.join("\n")).toContain("Notes?: string;");

    // The client's results: the new field is typed and normalized ("" means absent).
    const { createBrandClient } = (await import(path.join(repo, "generated/brand/sdk.ts"))) as typeof import("../../generated/brand/sdk.js");
    const wire = JSON.parse(await readFile(path.join(PROJECT_ROOT, "spec/wire-examples/PromoCode.deal-products.json"), "utf8")) as Record<string, unknown>;
    for (const [notes, expected] of [["Keep for summer", "Keep for summer"], ["", undefined]] as const) {
      const fetch = async () => new Response(JSON.stringify({ ...wire, Notes: notes }), { status: 200 });
      const code = (await createBrandClient({ accountSid: "SID", authToken: "token", fetch }).getPromoCode({ path: { PromoCodeId: 1 } })) as Record<string, unknown>;
      expect(code.Notes).toBe(expected);
    }

    // The fixtures carry the field.
    const schemas = JSON.parse(await readFile(path.join(repo, "generated/brand/fixtures/schemas.json"), "utf8")) as { PromoCode: Array<Record<string, unknown>> };
    expect(schemas.PromoCode.some((instance) => typeof instance.Notes === "string")).toBe(true);

    // The docs show it.
    const site = path.join(repo, "site");
    await buildDocs(site, repo);
    expect(await readFile(path.join(site, "brand/index.html"), "utf8")).toContain("A note the brand keeps on the code.");
    expect(await readFile(path.join(site, "partner/index.html"), "utf8")).not.toContain("A note the brand keeps on the code.");
    await git("checkout", "-q", "--", ".");
  }, 120_000);
});
