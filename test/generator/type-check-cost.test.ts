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

  it("a consumer's check of the client entry reads the sdk's declarations without checking them again", () => {
    // sdk.ts's literals and per-operation types were checked in every consumer's
    // build: brand's index.ts cost ~3,300 instantiations over the runtime's, GitHub's
    // 2.7× the time of its schema.ts alone. sdk.d.ts is skipped by skipLibCheck.
    const runtime = check("runtime/client/index.ts");
    const entry = check("generated/brand/index.ts");
    expect(entry.errors).toEqual([]);
    expect(entry.files).toContain("generated/brand/sdk.d.ts");
    expect(entry.files.filter((file) => file.startsWith("generated/brand/sdk.") && file !== "generated/brand/sdk.d.ts")).toEqual([]);
    expect(entry.instantiations - runtime.instantiations).toBeLessThan(1_000);
  });

  it("sdk.d.ts's per-operation types stay cheap to instantiate where it is checked", () => {
    // Our own checks (and a consumer without skipLibCheck) check the declarations:
    // the runtime alone is the floor, each operation's CallArgs and SuccessBody come
    // on top (~345 per operation before CallArgs asked `{} extends` and SuccessBody
    // distributed, ~200 after).
    const checked = { ...CONSUMER, skipLibCheck: false };
    const runtime = check("runtime/client/index.ts", checked);
    const sdk = check("generated/brand/sdk.d.ts", checked);
    expect(sdk.errors).toEqual([]);
    const operations = readFileSync(path.join(PROJECT_ROOT, "generated/brand/sdk.d.ts"), "utf8").match(/^ {2}\w+: paths\[/gm)!.length; // BrandOperationTypes' members
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
