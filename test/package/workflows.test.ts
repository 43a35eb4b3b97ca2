// Every workflow under .github/ is valid against GitHub's schemas, checked with
// @action-validator/cli (its WebAssembly build ships inside the npm package), and
// so is the example of calling the reusable contract workflow that
// .github/README.md gives another repository. pack.test.ts runs that workflow's
// steps against the packed package.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../support/project.js";

const run = promisify(execFile);
const VALIDATOR = path.join(PROJECT_ROOT, "node_modules/@action-validator/cli/cli.mjs");
const WORKFLOWS = path.join(PROJECT_ROOT, ".github/workflows");

async function validate(file: string): Promise<string> {
  return run(process.execPath, [VALIDATOR, file]).then(
    () => "",
    (error: { stdout: string; stderr: string }) => `${error.stdout}${error.stderr}`,
  );
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "impact-workflows-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("the GitHub Actions workflows", async () => {
  const files = (await readdir(WORKFLOWS)).filter((file) => /\.ya?ml$/.test(file)).sort();

  it("are the four the README describes", () => {
    expect(files).toEqual(["ci.yml", "contract.yml", "docs.yml", "release.yml"]);
  });

  it.each(files)("%s is valid", async (file) => {
    expect(await validate(path.join(WORKFLOWS, file))).toBe("");
  });

  it("the validator does fail: a step with a key GitHub does not know", async () => {
    const broken = path.join(scratch, "broken.yml");
    await writeFile(broken, (await readFile(path.join(WORKFLOWS, "ci.yml"), "utf8")).replace("      - name: npm test\n", "      - name: npm test\n        retries: 3\n"));
    expect(await validate(broken)).toMatch(/Additional property 'retries' is not allowed/);
  });

  it("CI runs the README's two commands on Node 20.19.0, 22 and 24", async () => {
    const ci = parse(await readFile(path.join(WORKFLOWS, "ci.yml"), "utf8")) as { on: Record<string, unknown>; jobs: { test: { strategy: { matrix: { node: string[] } }; steps: Array<{ run?: string }> } } };
    expect(Object.keys(ci.on)).toContain("pull_request");
    expect(ci.jobs.test.strategy.matrix.node).toEqual(["20.19.0", "22", "24"]);
    const commands = ci.jobs.test.steps.map((step) => step.run ?? "");
    expect(commands).toContain("npm ci && npm run build");
    expect(commands).toContain("npm test");
    // GitHub sets CI=true, under which the tests do not install the outside tools themselves and fail without them.
    const outsideTools = commands.findIndex((command) => command.startsWith("npm ci --prefix test/outside-tools"));
    expect(outsideTools, "a step installs test/outside-tools").toBeGreaterThanOrEqual(0);
    expect(outsideTools).toBeLessThan(commands.indexOf("npm test"));
    const readme = await readFile(path.join(PROJECT_ROOT, "README.md"), "utf8");
    expect(readme).toContain("npm ci && npm run build   #");
    expect(readme).toContain("npm test                  #");
  });

  it("the release publishes with provenance after the gate and the changelog", async () => {
    const release = parse(await readFile(path.join(WORKFLOWS, "release.yml"), "utf8")) as { on: { push: { tags: string[] } }; permissions: Record<string, string>; jobs: { release: { steps: Array<{ run?: string }> } } };
    expect(release.on.push.tags).toEqual(["v*.*.*"]);
    expect(release.permissions["id-token"]).toBe("write");
    const runs = release.jobs.release.steps.map((step) => step.run ?? "").join("\n");
    const order = ["npm ci && npm run build", "npm run generate -- --check", "npm run version:check", "npm test", "npm run changelog", "npm run package && npm publish ./dist/npm --provenance"].map((command) => runs.indexOf(command));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("the docs are deployed to GitHub Pages from main", async () => {
    const docs = parse(await readFile(path.join(WORKFLOWS, "docs.yml"), "utf8")) as { on: { push: { branches: string[] } }; jobs: Record<string, { steps: Array<{ uses?: string; run?: string }> }> };
    expect(docs.on.push.branches).toEqual(["main"]);
    const steps = Object.values(docs.jobs).flatMap((job) => job.steps);
    expect(steps.map((step) => step.run)).toContain("npm run docs");
    expect(steps.map((step) => step.uses)).toEqual(expect.arrayContaining(["actions/upload-pages-artifact@v3", "actions/deploy-pages@v4"]));
  });

  it("the example caller in .github/README.md is a valid workflow that passes only declared inputs and secrets", async () => {
    const readme = await readFile(path.join(PROJECT_ROOT, ".github/README.md"), "utf8");
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const file = path.join(scratch, "caller.yml");
    await writeFile(file, example!);
    expect(await validate(file)).toBe("");
    const caller = parse(example!) as { jobs: { impact: { uses: string; with: Record<string, unknown>; secrets: Record<string, unknown> } } };
    const contract = parse(await readFile(path.join(WORKFLOWS, "contract.yml"), "utf8")) as { on: { workflow_call: { inputs: Record<string, unknown>; secrets: Record<string, unknown> } } };
    expect(caller.jobs.impact.uses).toMatch(/^[\w-]+\/[\w-]+\/\.github\/workflows\/contract\.yml@v\d+\.\d+\.\d+$/);
    for (const input of Object.keys(caller.jobs.impact.with)) expect(Object.keys(contract.on.workflow_call.inputs), input).toContain(input);
    for (const secret of Object.keys(caller.jobs.impact.secrets)) expect(Object.keys(contract.on.workflow_call.secrets), secret).toContain(secret);
    // Every input the workflow declares is in the README's table.
    for (const input of Object.keys(contract.on.workflow_call.inputs)) expect(readme, input).toContain(`| \`${input}\` |`);
  });
});
