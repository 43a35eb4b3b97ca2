// What our output costs in a consumer's type-check, counted rather than timed:
// tsc's type instantiations are deterministic for one TypeScript version, and
// they track the time and memory a consumer's `tsc` spends on our files.
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../support/project.js";

// A consumer's settings (bench/consumer-project.ts): strict, nodenext, skipLibCheck, no @types/node.
const CONSUMER: ts.CompilerOptions = {
  strict: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

function check(file: string, options: ts.CompilerOptions = CONSUMER): { instantiations: number; errors: string[]; files: string[] } {
  const program = ts.createProgram([path.join(PROJECT_ROOT, file)], options);
  const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  // The count --extendedDiagnostics prints; the checker has it, its public typings do not.
  const checker = program.getTypeChecker() as ts.TypeChecker & { getInstantiationCount(): number };
  const files = program.getSourceFiles().map((source) => path.relative(PROJECT_ROOT, source.fileName));
  return { instantiations: checker.getInstantiationCount(), errors, files };
}

describe("the type-check cost of the generated files", () => {
  it("client.ts does not make tsc work out openapi-fetch's Client variance", () => {
    // Inferring `wrapAsPathBasedClient`'s type argument from `Client<paths>` cost
    // ~150,000 instantiations whatever the spec (GitHub's 1,223 operations no more
    // than our 12); brand's client.ts needs ~500 without it.
    const { instantiations, errors } = check("generated/brand/client.ts");
    expect(errors).toEqual([]);
    expect(instantiations).toBeLessThan(5_000);
  });

  it("sdk.ts's per-operation types stay cheap to instantiate", () => {
    // The runtime alone is the floor; each operation's CallArgs and SuccessBody
    // come on top (~345 per operation before CallArgs asked `{} extends` and
    // SuccessBody distributed, ~226 after).
    const runtime = check("runtime/client/index.ts");
    const sdk = check("generated/brand/sdk.ts");
    expect(sdk.errors).toEqual([]);
    const operations = readFileSync(path.join(PROJECT_ROOT, "generated/brand/sdk.ts"), "utf8").match(/^const \w+\$operation: OperationDescription = /gm)!.length;
    expect(operations).toBeGreaterThan(10);
    expect((sdk.instantiations - runtime.instantiations) / operations).toBeLessThan(280);
  });

  it("fixtures.ts leaves the fixtures' JSON unread, with or without resolveJsonModule", () => {
    // Typing GitHub's 9.6 MB of fixture JSON was 485 MB and 5 s of a consumer's
    // check; and without resolveJsonModule, a JSON import did not compile at all.
    for (const resolveJsonModule of [false, true]) {
      const { errors, files } = check("generated/brand/fixtures.ts", { ...CONSUMER, resolveJsonModule });
      expect(errors, `resolveJsonModule: ${resolveJsonModule}`).toEqual([]);
      expect(files).toContain("generated/brand/fixtures/data.d.ts");
      expect(files.filter((file) => file.endsWith(".json")), `resolveJsonModule: ${resolveJsonModule}`).toEqual([]);
    }
  });
});
