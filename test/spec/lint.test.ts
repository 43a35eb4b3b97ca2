import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundleAll, copyProject, redocly } from "../support/project.js";

describe("npm run lint", () => {
  it.each(["brand@v14", "partner@v16"])("finds no error and no warning in %s", async (alias) => {
    const { code, stdout, output } = await redocly(["lint", alias, "--format", "json"]);
    expect(code, output).toBe(0);
    const report = JSON.parse(stdout) as { totals: Record<string, number>; problems: unknown[] };
    expect(report.problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0, ignored: 0 });
  });
});

describe("the generated bundles", () => {
  it("are what `npm run bundle` writes from the current spec", async () => {
    const bundles = await bundleAll();
    for (const [api, document] of Object.entries(bundles)) {
      const committed = await readFile(path.resolve("generated", api, "openapi.clean.json"), "utf8");
      expect(JSON.parse(committed), `generated/${api}/openapi.clean.json is stale: run npm run bundle`).toEqual(document);
    }
  });
});

describe("a broken spec fails lint and bundle, naming the file and line", () => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await dispose?.();
    dispose = undefined;
  });

  async function breakFile(file: string, edit: (text: string) => string) {
    const project = await copyProject();
    dispose = project.dispose;
    const target = path.join(project.root, file);
    const before = await readFile(target, "utf8");
    const after = edit(before);
    expect(after, "the edit must change the file").not.toBe(before);
    await writeFile(target, after);
    return project.root;
  }

  async function expectFailure(root: string, where: RegExp, what: RegExp) {
    const lint = await redocly(["lint", "--format", "stylish"], root);
    expect(lint.code, lint.output).not.toBe(0);
    expect(lint.output).toMatch(what);
    const codeframe = await redocly(["lint", "--format", "codeframe"], root);
    expect(codeframe.output).toMatch(where);
    await expect(bundleAll(root)).rejects.toThrow(where);
  }

  it("a $ref to a file that does not exist", async () => {
    const root = await breakFile("spec/brand/paths/PromoCodes.yaml", (text) =>
      text.replace("../components/schemas/ActionResult.yaml", "../components/schemas/ActionResults.yaml"),
    );
    await expectFailure(root, /spec\/brand\/paths\/PromoCodes\.yaml:\d+:\d+/, /Can't resolve \$ref/);
  });

  it("a YAML syntax error", async () => {
    const root = await breakFile("spec/shared/components/schemas/ErrorDetail.yaml", (text) => text.replace("required:\n  - Message", "required: [Message\n"));
    await expectFailure(root, /spec\/shared\/components\/schemas\/ErrorDetail\.yaml:\d+:\d+/, /Failed to parse|bad indentation|flow collection/i);
  });

  it("an example that does not match its schema", async () => {
    const root = await breakFile("spec/partner/components/examples/PromoCode.yaml", (text) => text.replace("State: FUTUREDATE", "State: SOON"));
    const lint = await redocly(["lint", "--format", "codeframe"], root);
    expect(lint.code).not.toBe(0);
    expect(lint.output).toMatch(/spec\/partner\/components\/examples\/PromoCode\.yaml:5:\d+/);
    expect(lint.output).toMatch(/must be equal to one of the allowed values/);
  });
});
