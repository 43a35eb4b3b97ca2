// Scripted spec edits in a throwaway git repository: each is rated as expected by
// `npm run diff`, the version check fails and passes as it should, the changelog
// is written from the diff, and one new optional response field flows through
// generation into the types, the client's results, the fixtures and the docs
// with nothing else changing.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocs } from "../../generator/docs/build.js";
import { resolveBase } from "../../release/base-ref.js";
import { formatDiff } from "../../release/main.js";
import { diffSpecs } from "../../release/spec-diff.js";
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

async function release(command: string, args: string[] = ["--base", "HEAD"]): Promise<{ code: number; stdout: string; stderr: string }> {
  const tsx = path.join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs");
  try {
    const { stdout, stderr } = await run(process.execPath, [tsx, path.join(PROJECT_ROOT, "release/main.ts"), command, ...args], { cwd: repo });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  // A clone of the project's committed state: its spec and generated/ agree, and nothing here touches the project.
  repo = await mkdtemp(path.join(tmpdir(), "impact-release-"));
  await run("git", ["clone", "--quiet", "--no-hardlinks", PROJECT_ROOT, repo]);
  await symlink(path.join(PROJECT_ROOT, "node_modules"), path.join(repo, "node_modules"));
  await git("config", "user.email", "t@example.com");
  await git("config", "user.name", "test");
}, 60_000);

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe("npm run diff against a commit", () => {
  const GET = "getPromoCode";
  const LIST = "listPromoCodes";

  it("a field added to PromoCode: said once, naming both operations that answer with it", async () => {
    await git("checkout", "-q", "--", ".");
    await edit("spec/brand/components/schemas/PromoCode.yaml", "  Uri:\n", "  Notes:\n    type: string\n    description: A note.\n  Uri:\n");
    const base = await resolveBase("HEAD", repo);
    const diffs = await diffSpecs(base, repo);
    const [change, ...others] = diffs[0]!.changes;
    expect(others).toEqual([]);
    expect(change).toMatchObject({ impact: "minor", direction: "response", component: "schema PromoCode" });
    expect(change!.operations).toEqual([GET, LIST]);
    expect(diffs[1]!.changes).toEqual([]);
    const report = formatDiff(diffs, base);
    expect(report).toContain(`Compared with ${base.version} (${base.short}), --base HEAD.`);
    expect(report).toContain("brand@v14: minor (0 major, 1 minor, 0 patch)");
    expect(report).toContain("  minor  `Notes` was added to schema PromoCode (in the 200 response of getPromoCode and listPromoCodes): callers may read it.");
    expect(report).not.toMatch(/#\/|HEAD\b(?!\.)/);
    await git("checkout", "-q", "--", ".");
  });
});

describe("the release command's usage", () => {
  it.each([
    [["diff", "--help"], 0, /^usage: release\/main.ts diff\|check-version\|changelog \[--base REF\] \[--replace\]/],
    [["publish", "--base", "HEAD"], 2, /^release: unknown command publish/],
    [["diff", "--base", "HEAD", "--bogus"], 2, /^release: Unknown option '--bogus'/],
    [["check-version", "--base", "HEAD", "--replace"], 2, /^release: --replace is for changelog only/],
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

describe("an unknown --base", () => {
  // The case: a clone without such a tag must not read as "everything is new".
  it.each(["diff", "check-version", "changelog"])("%s: one line naming the ref, exit 1, nothing written", async (command) => {
    await git("checkout", "-q", "--", ".");
    const before = await readFile(path.join(repo, "CHANGELOG.md"), "utf8");
    const result = await release(command, ["--base", "v0.2.0-nowhere"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe('release: --base "v0.2.0-nowhere" is not a commit, branch or tag of this repository\n');
    expect(await readFile(path.join(repo, "CHANGELOG.md"), "utf8")).toBe(before);
  }, 30_000);
});

describe("the default base: the last release", () => {
  it("is the newest commit whose package.json has another version, named by version and short id", async () => {
    await git("checkout", "-q", "--", ".");
    const version = (JSON.parse(await readFile(path.join(repo, "package.json"), "utf8")) as { version: string }).version;
    const base = await resolveBase(undefined, repo);
    expect(base.chosen).toBe("the last release");
    expect(base.version).toBeDefined();
    expect(base.version).not.toBe(version);
    // Every commit after it has the current version.
    const after = (await git("rev-list", "--first-parent", `${base.commit}..HEAD`, "--", "package.json")).split("\n").filter(Boolean);
    for (const commit of after) expect((JSON.parse(await git("show", `${commit}:package.json`)) as { version: string }).version).toBe(version);
    const result = await release("diff", ["--base", base.short]);
    const defaulted = await release("diff", []);
    expect(defaulted.code, defaulted.stderr).toBe(0);
    expect(defaulted.stdout).toContain(`Compared with ${base.version} (${base.short}), the last release.`);
    expect(defaulted.stdout.split("\n").slice(1)).toEqual(result.stdout.split("\n").slice(1));
  }, 60_000);
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
    expect(unbumped.stderr).toContain("getPromoCode was renamed fetchPromoCode (GET /PromoCodes/{PromoCodeId}): callers must use the new name.");

    await setVersion(`${major}.99.0`);
    expect((await release("check-version")).code, "a minor bump is not enough").toBe(1);

    await setVersion(`${major + 1}.0.0`);
    const bumped = await release("check-version");
    expect(bumped.code, bumped.stderr).toBe(0);

    const written = await release("changelog");
    expect(written.code, written.stderr).toBe(0);
    const changelog = await readFile(path.join(repo, "CHANGELOG.md"), "utf8");
    expect(changelog).toContain(`## ${major + 1}.0.0`);
    expect(changelog).toContain(`API changes since ${base} (${(await git("rev-parse", "--short", "HEAD")).trim()}), rated major.`);
    expect(changelog).toContain("### brand@v14\n- getPromoCode was renamed fetchPromoCode (GET /PromoCodes/{PromoCodeId}): callers must use the new name (major).");

    // An entry for this version is there now: never replaced without --replace.
    await edit("spec/brand/paths/PromoCodes_{PromoCodeId}.yaml", "Returns one promo code, with", "Returns a single promo code, with");
    const refused = await release("changelog");
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n")).toEqual([expect.stringMatching(new RegExp(`^release: CHANGELOG.md already has an entry for ${major + 1}\\.0\\.0; left as it is \\(pass --replace`))]);
    expect(await readFile(path.join(repo, "CHANGELOG.md"), "utf8")).toBe(changelog);

    const replaced = await release("changelog", ["--base", "HEAD", "--replace"]);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain(`entry for ${major + 1}.0.0 replaced`);
    const after = await readFile(path.join(repo, "CHANGELOG.md"), "utf8");
    expect(after.split(`\n## ${major + 1}.0.0\n`)).toHaveLength(2);
    const older = changelog.slice(changelog.indexOf("\n## ", changelog.indexOf(`## ${major + 1}.0.0`)));
    expect(older, "the clone has older entries").toMatch(/^\n## \d/);
    expect(after, "the older entries are kept as they were").toContain(older);
    expect(after).toContain("The description of fetchPromoCode changed (patch).");
    await git("checkout", "-q", "--", ".");
  }, 120_000);

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
    // generated/ as this checkout's generator writes it, staged, so what follows shows only the edit's effect.
    const fresh = await runGenerator([], repo);
    expect(fresh.code, fresh.stderr).toBe(0);
    await git("add", "generated");
    const before = await snapshotTree(path.join(repo, "generated"));
    await edit("spec/brand/components/schemas/PromoCode.yaml", "  Uri:\n", "  Notes:\n    type: string\n    maxLength: 255\n    description: A note the brand keeps on the code.\n  Uri:\n");
    const generated = await runGenerator([], repo);
    expect(generated.code, generated.stderr).toBe(0);
    const after = await snapshotTree(path.join(repo, "generated"));

    const changed = Object.keys(after).filter((file) => after[file] !== before[file]).sort();
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    // responses.json keeps the spec's examples (which lack the field); the schema's instances show it.
    // The cleaned bundle (issue 21's openapi.clean.*) changes with the bundle, where the generator writes one.
    const cleaned = ["brand/openapi.clean.json", "brand/openapi.clean.yaml"].filter((file) => file in before);
    expect(changed).toEqual(
      [
        "brand/fixtures/schemas.json",
        "brand/fixtures/wire-responses.json",
        "brand/openapi.json",
        "brand/openapi.yaml",
        "brand/schema.ts",
        "brand/sdk.js",
        ...cleaned,
      ].sort(),
    );

    // The types: only the new property and its comment were added.
    const { stdout: typesDiff } = await run("git", ["diff", "-U0", "--", "generated/brand/schema.ts"], { cwd: repo });
    const added = typesDiff.split("\n").filter((line) => /^[+-](?![+-])/.test(line));
    expect(added.every((line) => line.startsWith("+")), "nothing removed from schema.ts").toBe(true);
    expect(added.join("\n")).toContain("Notes?: string;");

    // The client's results: the new field is typed and normalized ("" means absent).
    const { createBrandClient } = (await import(path.join(repo, "generated/brand/sdk.js"))) as typeof import("../../generated/brand/sdk.js");
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
    // A page's definition is in its module, the script file beside it.
    const pageAndModule = async (api: string) => {
      const html = await readFile(path.join(site, api, "index.html"), "utf8");
      const module = /<script type="module" src="([\w.-]+\.js)">/.exec(html)?.[1];
      return html + (module ? await readFile(path.join(site, api, module), "utf8") : "");
    };
    expect(await pageAndModule("brand")).toContain("A note the brand keeps on the code.");
    expect(await pageAndModule("partner")).not.toContain("A note the brand keeps on the code.");
    await git("checkout", "-q", "--", ".");
  }, 120_000);
});
