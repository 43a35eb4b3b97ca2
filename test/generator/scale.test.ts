import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runGenerator } from "../support/generator.js";
import { PROJECT_ROOT } from "../support/project.js";
import { buildSyntheticSpec } from "../support/synthetic-spec.js";

const run = promisify(execFile);
const OPERATIONS = 1000;

describe(`a synthetic spec of ${OPERATIONS} operations`, () => {
  let folder: string;
  let out: string;
  let stdout: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "impact-scale-"));
    out = path.join(folder, "out");
    await writeFile(path.join(folder, "spec.json"), JSON.stringify(buildSyntheticSpec(OPERATIONS)));
    const result = await runGenerator(["--spec", path.join(folder, "spec.json"), "--out", out], folder);
    expect(result.code, result.stderr).toBe(0);
    stdout = result.stdout;
  }, 120_000);
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("generates every operation, with fixtures and full enum coverage", async () => {
    expect(stdout).toMatch(new RegExp(`^spec\\.json +${OPERATIONS} operations · ${OPERATIONS / 2 + 2} schemas · \\d+ fixtures · enum values 3/3 \\(100%\\)`));
    const requests = JSON.parse(await readFile(path.join(out, "fixtures/requests.json"), "utf8")) as object;
    expect(Object.keys(requests)).toHaveLength(OPERATIONS);
    const client = await readFile(path.join(out, "client.ts"), "utf8");
    expect(client.match(/^ {4}\w+: byPath\[/gm)).toHaveLength(OPERATIONS);
  });

  it("emits code that type-checks under the project's strict settings", async () => {
    await symlink(path.join(PROJECT_ROOT, "node_modules"), path.join(out, "node_modules"));
    await writeFile(path.join(out, "package.json"), JSON.stringify({ type: "module" }));
    await writeFile(path.join(out, "tsconfig.json"), JSON.stringify({ extends: path.join(PROJECT_ROOT, "tsconfig.json"), include: ["*.ts"], compilerOptions: { types: ["node"] } }));
    const tsc = path.join(PROJECT_ROOT, "node_modules/typescript/bin/tsc");
    const result = await run(process.execPath, [tsc, "-p", out], { maxBuffer: 16 << 20 }).then(
      () => "",
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe("");
  }, 120_000);
});
