// `npm run lint` and `npm run score` run Redocly CLI through generator/redocly-cli.ts,
// which drops only Redocly's boxed Node 20 notice from its stderr.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { commandsFor, MAX_BOX_LINES, noticeFilter } from "../../generator/redocly-cli.js";
import { runTsx } from "../support/project.js";

// The notice as Redocly CLI 2.x prints it on Node 20 (colours aside).
const NOTICE = [
  "",
  "",
  "    ╔═════════════════════════════════════════════════════════════════╗",
  "    ║                                                                 ║",
  "    ║  Deprecation warning: Node.js 20 support is ending              ║",
  "    ║                                                                 ║",
  "    ║  Node.js 20 reached end-of-life on April 30, 2026.              ║",
  "    ║  Future Redocly CLI releases require Node.js 22.12.0 or later.  ║",
  "    ║  You are using Node.js v20.20.2.                                ║",
  "    ║                                                                 ║",
  "    ╚═════════════════════════════════════════════════════════════════╝",
];

function filtered(lines: string[]): string[] {
  const filter = noticeFilter();
  return [...lines.flatMap((line) => filter.push(line)), ...filter.end()];
}

describe("the Node 20 notice filter", () => {
  it("drops the notice and the blank lines before it, keeps every other line in order", () => {
    expect(filtered(["before", ...NOTICE, "", "validating spec/brand/openapi.yaml…", ""])).toEqual(["before", "", "validating spec/brand/openapi.yaml…", ""]);
  });

  it("keeps any other box whole", () => {
    const other = NOTICE.map((line) => line.replace("Node.js 20 support is ending", "A new version is out           "));
    expect(filtered(other)).toEqual(other);
  });

  it(`prints a box that never closes, once ${MAX_BOX_LINES} lines are held or the output ends`, () => {
    const open = ["  ╔═══", ...Array.from({ length: MAX_BOX_LINES + 5 }, (_, index) => `  ║ ${index} Node.js 20 support is ending`)];
    expect(filtered(open)).toEqual(open);
    expect(filtered(open.slice(0, 3))).toEqual(open.slice(0, 3));
  });
});

describe("the commands run", () => {
  it("score runs once per API it names (Redocly's takes one), and once for --help", () => {
    expect(commandsFor(["score", "brand@v14", "partner@v16", "--format", "json"])).toEqual([
      ["score", "brand@v14", "--format", "json"],
      ["score", "partner@v16", "--format", "json"],
    ]);
    expect(commandsFor(["score", "brand@v14", "partner@v16", "--help"])).toEqual([["score", "brand@v14", "partner@v16", "--help"]]);
  });

  it("any other command runs as given", () => {
    expect(commandsFor(["lint", "--max-problems", "1000"])).toEqual([["lint", "--max-problems", "1000"]]);
  });
});

const run = (args: string[], cwd?: string) => runTsx("generator/redocly-cli.ts", args, { timeout: 120_000, ...(cwd ? { cwd } : {}) });

describe("npm run lint's Redocly", () => {
  it("lints our specs with no notice, whatever the Node", { timeout: 120_000 }, async () => {
    const { code, stderr } = await run(["lint", "--max-problems", "1000"]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/spec\/brand\/openapi\.yaml: validated in/);
    expect(stderr).not.toMatch(/Node\.js 20 support|╔/);
  });

  it("still fails on a broken spec, with Redocly's own report", { timeout: 120_000 }, async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "redocly-cli-"));
    try {
      await writeFile(path.join(folder, "broken.yaml"), "openapi: 3.1.0\ninfo: {}\npaths:\n  /a:\n    get:\n      responses: {}\n");
      const { code, stdout, stderr } = await run(["lint", "broken.yaml"], folder);
      expect(code).toBe(1);
      expect(`${stdout}${stderr}`).toMatch(/info-title|title/);
      expect(stderr).not.toMatch(/Node\.js 20 support/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
