// Every npm script a user or contributor runs answers `npm run <script> -- --help`
// with its usage, instead of doing its job (a chain of commands used to hand
// --help to its last command only, after running the others).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT, runProcess } from "../support/project.js";

/** Scripts that are not commands with options of their own, and why. */
const NOT_COMMANDS: Record<string, string> = {
  build: "the README's first command: lint, generate and docs in turn",
  test: "tsc, then vitest (vitest --help answers for the second)",
  "test:msw3": "the MSW suites again under msw 3",
  "compile:generator": "an internal step of generate, bundle, corpus and bench",
  prepare: "npm's lifecycle: builds the package for a git install",
  prepack: "npm's lifecycle: refuses to pack the root",
};

const scripts = Object.keys((JSON.parse(await readFile(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts).filter((name) => !(name in NOT_COMMANDS));

const help = (script: string) => runProcess("npm", ["run", "--silent", script, "--", "--help"], { env: { ...process.env, IMPACT_CORPUS_CACHE: "/nonexistent/never-installed" } });

describe("npm run <script> -- --help", () => {
  it("lists the scripts it checks", () => {
    expect(scripts).toEqual(expect.arrayContaining(["lint", "generate", "docs", "corpus", "bench", "score", "diff", "mock", "validate", "contract", "corpora:install"]));
  });

  it.concurrent.each(scripts)("%s answers with its usage and does nothing else", { timeout: 90_000 }, async (script) => {
    const { code, stdout, stderr } = await help(script);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/usage|Usage|Options:|Positionals:|COMMON COMMANDS/);
    // Doing the job instead would show up as its output: a run, an install, a score.
    expect(`${stdout}${stderr}`).not.toMatch(/measuring |installing |score processed|validated in|generated\/ is up to date/);
  });
});
