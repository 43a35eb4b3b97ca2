// Patterns from a spec run with bounded work (runtime/safe-regex.ts) in the
// generator's example check, its synthesis, the validators and the contract
// runner's value generation. Each hostile case hangs (minutes) on JavaScript's
// backtracking engine: the 20 s timeouts are the hang detectors, and the fixed
// code answers each in well under a second.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import RandExpModule from "randexp";
import { describe, expect, it } from "vitest";
import { FixtureCheck } from "../../generator/fixture-check.js";
import { schemaArbitrary } from "../../runtime/contract/runner/values.js";
import { backtrackingCost, guardedPattern, PATTERN_LIMITS } from "../../runtime/safe-regex.js";
import { SchemaValidator } from "../../runtime/schema-validator.js";
import { runGenerator } from "../support/generator.js";
import { documentWith } from "../support/openapi.js";
import { PROJECT_ROOT } from "../support/project.js";

const RandExp = RandExpModule as unknown as typeof RandExpModule.default;
const HANG = 20_000;

// [pattern, a value that makes JavaScript's engine backtrack for minutes, the engine the guard runs it on]
const HOSTILE: Array<[string, string, "linear" | "timed"]> = [
  ["^(a+)+$", `${"a".repeat(10_000)}!`, "linear"],
  ["^(a|aa)+$", `${"a".repeat(10_000)}!`, "linear"],
  ["^(.*a){20}$", `${"a".repeat(10_000)}!`, "linear"],
  ["^(\\w+\\s?)+$", `${"word ".repeat(2_000)}!`, "linear"],
  // No group is quantified, yet five open quantifiers backtrack in n⁵ steps: too many to run natively.
  ["^a*a*a*a*a*b$", "a".repeat(10_000), "linear"],
  // RE2 takes no lookahead or backreference: JavaScript's engine under the time limit.
  ["^(?=a)(a+)+$", `${"a".repeat(40)}!`, "timed"],
  ["^(a+)+\\1$", `${"a".repeat(40)}!`, "timed"],
];

describe("the guard on hostile patterns", () => {
  it.each(HOSTILE)("%s returns at once, on the expected engine", (pattern, value, engine) => {
    const guarded = guardedPattern(pattern);
    expect(guarded.engine).toBe(engine);
    const result = guarded.test(value);
    if (engine === "linear") expect(result).toBe(false);
    else expect(result).toEqual({ undecided: expect.stringContaining(`/${pattern}/ ran over ${PATTERN_LIMITS.backtrackingTimeMs} ms`) });
    // Given up after one timeout: a second value costs nothing.
    if (engine === "timed") expect(guarded.test(`${value}a`)).toEqual(result);
  }, HANG);

  it("counts the backtracking of simple patterns, and of no other", () => {
    expect(backtrackingCost("^-?[0-9]+$")?.(10)).toBe(11 ** 2 * 2 * (10 + 10 + 1));
    expect(backtrackingCost("^-?[0-9]+(?:\\.[0-9]+)?$")?.(4)).toBe(5 ** 3 * 4 * (23 + 4 + 1));
    expect(backtrackingCost("^(?:[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$")?.(4)).toBe(5 * 2 * (43 + 4 + 1));
    for (const pattern of ["^(a+)+$", "^(?:ab)*$", "^(?:a+){2}$", "^(?=a)a$", "^(a)\\1$", "^(?<x>a)\\k<x>$"]) expect(backtrackingCost(pattern)).toBeUndefined();
  });

  it("leaves a value longer than the bound undecided", () => {
    expect(guardedPattern("^a*$").test("a".repeat(PATTERN_LIMITS.maxInputLength + 1))).toEqual({ undecided: expect.stringContaining("longer than") });
    expect(guardedPattern("^a*$").test("a".repeat(PATTERN_LIMITS.maxInputLength))).toBe(true);
  });
});

describe("the validators", () => {
  it.each(HOSTILE)("on %s report an issue at once", (pattern, value) => {
    const document = { components: { schemas: { Word: { type: "string", pattern } } } };
    const validator = new SchemaValidator(document);
    expect(validator.validate({ $ref: "#/components/schemas/Word" }, value)).toContainEqual(expect.objectContaining({ keyword: "pattern" }));
  }, HANG);

  it("still accept what matches", () => {
    const validator = new SchemaValidator({ components: { schemas: { Word: { type: "string", pattern: "^(a+)+$" } } } });
    expect(validator.validate({ $ref: "#/components/schemas/Word" }, "a".repeat(10_000))).toEqual([]);
  });
});

describe("the generator's example check", () => {
  const document = documentWith({
    Word: { type: "string", pattern: "^(a+)+$" },
    Guarded: { type: "string", pattern: "^(?=a)(a+)+$" },
    Keys: { type: "object", patternProperties: { "^(a+)+$": { type: "integer" } } },
    Both: { type: "string", format: "email", pattern: "^(a|aa)+$" },
  });
  const schemas = document.components!.schemas as Record<string, unknown>;
  const hostile = `${"a".repeat(40)}!`;

  describe.each([
    ["the interpreter", {}],
    ["ajv alone", { ajvOnly: true }],
  ])("with %s", (_name, options) => {
    const check = new FixtureCheck(document, options);

    it("finds the example not matching", () => {
      expect(check.check(schemas.Word, hostile)).toMatchObject({ valid: false });
      expect(check.check(schemas.Word, "aaaa")).toEqual({ valid: true });
      expect(check.check(schemas.Both, `${"a".repeat(40)}@`)).toMatchObject({ valid: false });
    }, HANG);

    it("matches a patternProperties key guarded", () => {
      expect(check.check(schemas.Keys, { [hostile]: "not an integer" })).toEqual({ valid: true });
      expect(check.check(schemas.Keys, { aaaa: "not an integer" })).toMatchObject({ valid: false });
    }, HANG);

    it("says which pattern it could not check", () => {
      expect(check.check(schemas.Guarded, hostile)).toEqual({ valid: "unknown", problem: expect.stringContaining("/^(?=a)(a+)+$/") });
    }, HANG);
  });

  /** Runs the generator on a spec of one operation answering `Word`, with `schemas` under components. */
  async function generate(schemas: string[]) {
    const folder = await mkdtemp(path.join(tmpdir(), "regex-guard-"));
    const spec = path.join(folder, "spec.yaml");
    const lines = ["openapi: 3.1.0", 'info: { title: ReDoS, version: "1" }', "paths:", "  /x:", "    get:", "      operationId: getX", "      responses:"];
    lines.push('        "200":', "          description: ok", "          content:", "            application/json:", '              schema: { $ref: "#/components/schemas/Word" }');
    await writeFile(spec, [...lines, "components:", "  schemas:", ...schemas, ""].join("\n"));
    const run = await runGenerator(["--spec", spec, "--out", path.join(folder, "out"), "--verbose"]);
    return { code: run.code, output: run.stdout + run.stderr };
  }

  it("the issue's spec through the CLI: the example reported as not matching", async () => {
    const run = await generate(["    Word:", "      type: string", "      pattern: ^(a+)+$", `      example: ${hostile}`]);
    expect(run.code).toBe(0);
    expect(run.output).toMatch(/spec\.yaml:18:16\s+the example is not valid against its schema \(\/ String does not match pattern\.\)/);
  }, 60_000);

  it("synthesis refuses a pattern that builds too much (randexp ran out of stack on it)", async () => {
    const run = await generate(["    Word:", "      type: string", "      pattern: ^a{20000000}$"]);
    expect(run.code).toBe(0);
    expect(run.output).toContain("cannot generate a string for /^a{20000000}$/: it may build more than 100000 characters");
  }, 60_000);
});

describe("the contract runner's values", () => {
  it("are never built past a bound from a pattern", () => {
    const values = fc.sample(schemaArbitrary({}, { type: "string", pattern: "^a{3000000}$" }), { numRuns: 10, seed: 1 });
    for (const value of values) expect((value as string).length).toBeLessThanOrEqual(4096);
  }, HANG);
});

// Ordinary patterns, ours and GitHub's, with the edge cases of RE2 against ECMAScript: the guard's verdict is
// JavaScript's, value for value.
const EDGE_CASES: Array<[string, string[]]> = [
  ["^.$", ["a", "\n", "\r", "\u2028", "\u2029", "😀", "\ud800", "\u0085"]],
  ["^\\s$", [" ", "\t", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u200a", "\u202f", "\u205f", "\u3000", "\ufeff", "\u0085", "\u200b", "x"]],
  ["^\\S+$", ["ab", "a b", "a\u00a0b", "a\ufeffb"]],
  ["^[\\s\\d]+$", ["1 2", "1\u00a02", "1x"]],
  ["^a$", ["a", "a\n", "\na"]],
  ["^\\w+\\b", ["abc", "é", "a_1"]],
  ["^\\d+$", ["123", "١٢٣"]],
  ["^[^]$", ["a", "\n", "😀"]],
  ["^[]$", ["", "a"]],
  ["^[[]$", ["[", "]"]],
  // RE2 would read a POSIX class; JavaScript reads `[`, `:`, `a`, `l`, `p`, `h`.
  ["^[[:alpha:]$", ["a", ":", "[", "b", "9"]],
  ["^[\\b]$", ["\b", "b"]],
  ["^\\cJ$", ["\n", "J"]],
  ["^\\0$", ["\0", "0"]],
  ["^\\u{1F600}\\u00e9$", ["😀é", "😀e"]],
  ["^\\p{Lu}\\p{Ll}+$", ["Ábc", "abc"]],
  ["^\\p{Script=Greek}+$", ["αβγ", "abc"]],
  ["^\\P{L}+$", ["123", "a1"]],
  ["^(?<year>\\d{4})-(?:\\d{2})$", ["2024-05", "2024-5"]],
  ["^\\/\\.[\\-]?$", ["/.", "/.-", "/x"]],
  ["^[a-z]{2,3}?$", ["ab", "abcd"]],
  ["^$", ["", "\n"]],
  ["", ["", "anything"]],
];

/** Every pattern in a document's schemas. */
function patternsOf(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) patternsOf(item, found);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "pattern" && typeof value === "string") found.add(value);
      else patternsOf(value, found);
    }
  }
  return found;
}

/** Values around a pattern: some it matches (made by randexp), and each changed a little. */
function valuesFor(regex: RegExp): string[] {
  const values = ["", " ", "a", "\n", "é", "😀"];
  const generator = new RandExp(regex);
  generator.max = 5;
  let state = 7;
  generator.randInt = (from: number, to: number) => from + ((state = (state * 48271) % 2147483647) % (to - from + 1));
  for (let index = 0; index < 5; index += 1) {
    const made = generator.gen();
    if (made.length > 200) continue;
    values.push(made, `${made}!`, made.slice(1), ` ${made}`, `${made}\n`, made.replace(/[a-z]/, "é"), made.toUpperCase());
  }
  return values;
}

// Every `pattern` string of GitHub's REST spec (generated/api.github.com.json of @octokit/openapi 23.0.2, the
// version `npm run corpus` runs), copied here so that `npm test` does not need that 385 MB package for 17 short
// strings. After a new version of it, `patternsOf` over its spec lists them again.
const GITHUB_PATTERNS = [
  "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$",
  "^sha256:[a-f0-9]{64}$",
  "^[A-Za-z0-9.\\-_]+$",
  "^[a-zA-Z0-9._-]+$",
  "^https://",
  "github",
  "^ssh-(rsa|dss|ed25519) |^ecdsa-sha2-nistp(256|384|521) ",
  "^ssh-(rsa|dss|ed25519) |^ecdsa-sha2-nistp(256|384|521) |^(sk-ssh-ed25519|sk-ecdsa-sha2-nistp256)@openssh.com ",
  "^([0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?)$",
  "^refs/(heads|tags|pull)/.*$",
  "^pkg",
  "^refs/",
  "[a-z]+_token_[0-9]+",
  "prefix_[a-zA-Z0-9]{32}",
  "updated_secret_[0-9A-Z]{16}",
  "issue",
  "^\\d+\\.\\d+\\.\\d+$",
];

describe("the guard on ordinary patterns", () => {
  it.each(EDGE_CASES)("%s decides as JavaScript does", (pattern, values) => {
    const native = new RegExp(pattern, "u");
    const guarded = guardedPattern(pattern);
    for (const value of values) expect([value, guarded.test(value)]).toEqual([value, native.test(value)]);
  });

  it("decides as JavaScript does on every pattern of our specs and GitHub's", async () => {
    const documents = await Promise.all(
      ["generated/brand/openapi.json", "generated/partner/openapi.json"].map(async (file) => JSON.parse(await readFile(path.join(PROJECT_ROOT, file), "utf8"))),
    );
    const patterns = [...patternsOf(documents, new Set(GITHUB_PATTERNS))];
    expect(patterns.length).toBeGreaterThan(15);
    let linear = 0;
    for (const pattern of patterns) {
      let native: RegExp;
      try {
        native = new RegExp(pattern, "u");
      } catch {
        continue;
      }
      const guarded = guardedPattern(pattern);
      if (guarded.engine === "linear") linear += 1;
      for (const value of valuesFor(native)) expect([pattern, value, guarded.test(value)]).toEqual([pattern, value, native.test(value)]);
    }
    // Nearly all of them run on RE2, not under the time limit.
    expect(linear / patterns.length).toBeGreaterThan(0.9);
  }, 60_000);
});
