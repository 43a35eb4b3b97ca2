import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asConsumerProject, runGenerator, typeCheck } from "../support/generator.js";
import { buildSyntheticSpec } from "../support/synthetic-spec.js";

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
    expect(await typeCheck(await asConsumerProject(out, ["*.ts"]))).toBe("");
  }, 120_000);
});
