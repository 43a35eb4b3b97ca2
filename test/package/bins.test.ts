// Each command the package puts on a consumer's PATH answers --help with its
// usage and exit 0, and answers a flag it does not know with the usage and
// exit 2: one line naming the problem, never a stack trace.
import { describe, expect, it } from "vitest";
import { runTsx } from "../support/project.js";

const BINS = { "impact-promo-mock": "mock-cli.ts", "impact-promo-validate": "validate-cli.ts", "impact-promo-contract": "contract-cli.ts" };

const runBin = (source: string, args: string[]) => runTsx(`runtime/contract/${source}`, args, { timeout: 30_000 });

const STACK_FRAME = /^\s+at .+[:(]/m;

describe.each(Object.entries(BINS))("%s", (bin, source) => {
  it.each([["--help"], ["-h"]])("prints its usage on %s and exits 0", async (flag) => {
    const result = await runBin(source, [flag]);
    expect(result, result.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(new RegExp(`^usage: ${bin} `));
  });

  it("prints the usage on an unknown flag and exits 2, without a stack trace", async () => {
    const result = await runBin(source, ["--no-such-flag"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/--no-such-flag/);
    expect(result.stderr).toMatch(new RegExp(`^usage: ${bin} `, "m"));
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});

describe("bad values", () => {
  it.each([
    ["impact-promo-mock", "mock-cli.ts", ["--port", "abc"], /--port takes a non-negative number/],
    ["impact-promo-mock", "mock-cli.ts", ["--error-rate", "2"], /faults.errorRate must be between 0 and 1/],
    ["impact-promo-mock", "mock-cli.ts", ["--brand-fixtures", "no/such/file.json"], /--brand-fixtures no\/such\/file.json: no such file/],
    ["impact-promo-validate", "validate-cli.ts", ["--api", "brand", "--operation", "getPromoCode"], /required/],
    ["impact-promo-validate", "validate-cli.ts", ["--api", "nope", "--operation", "x", "--status", "200", "f.json"], /--api must be brand or partner/],
    ["impact-promo-validate", "validate-cli.ts", ["--api", "brand", "--operation", "x", "--status", "OK", "f.json"], /--status must be an HTTP status code/],
  ])("%s %j: one line naming the problem, usage, exit 2", async (bin, source, args, message) => {
    const result = await runBin(source, args);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toMatch(new RegExp(`^${bin}: `));
    expect(result.stderr.split("\n")[0]).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});
