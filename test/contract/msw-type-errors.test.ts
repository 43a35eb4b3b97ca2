// The type errors a consumer meets when an MSW override is wrong name what is
// allowed: the operation's documented statuses, not the operation's whole type.
// Compiled with TypeScript's API, strict, as a consumer's file beside ours.
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../support/project.js";

const GET_PROMO_CODE_STATUSES = ["200", "400", "401", "403", "404", "429", "500", "502", "503", "504"];
const SNIPPET = path.join(PROJECT_ROOT, "test/contract/msw-type-errors.snippet.ts");
const LINES = [
  `import { createBrandMockHandlers } from "../../generated/brand/msw.js";`,
  `const mock = createBrandMockHandlers();`,
  `mock.override("getPromoCode", 418);`,
  `mock.override("getPromoCode", { status: 418 });`,
  `mock.override("getPromoCode", () => 418);`,
  `mock.override("getPromoCode", 404);`,
  `mock.override("getPromoCode", { status: 200, body: { Nope: true } });`,
];

/** Each error of the snippet, by its 1-based line, as tsc prints it (the chain flattened). */
let errors: Map<number, string>;

beforeAll(() => {
  const options: ts.CompilerOptions = { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, types: [] };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (file) => (path.resolve(file) === SNIPPET ? LINES.join("\n") : readFile(file));
  host.fileExists = (file) => path.resolve(file) === SNIPPET || fileExists(file);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) => (path.resolve(file) === SNIPPET ? ts.createSourceFile(file, LINES.join("\n"), language, true) : getSourceFile(file, language, ...rest));
  const program = ts.createProgram([SNIPPET], options, host);
  errors = new Map();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    if (!diagnostic.file || path.resolve(diagnostic.file.fileName) !== SNIPPET) throw new Error(`an error outside the snippet: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
    const line = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1;
    errors.set(line, ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  }
}, 60_000);

/** The statuses a message lists as the parameter's type: the quoted union's number literals. */
function listedStatuses(message: string): string[] {
  const parameter = /parameter of type '([^']*)'/.exec(message)?.[1] ?? "";
  return parameter.split(" | ").filter((part) => /^\d{3}$/.test(part)).sort();
}

describe("a wrong MSW override's type error", () => {
  it("for an undocumented bare status lists the documented ones", () => {
    const message = errors.get(3);
    expect(message).toBeDefined();
    expect(listedStatuses(message!)).toEqual(GET_PROMO_CODE_STATUSES);
  });

  it("names the operation by its id, never prints its whole type", () => {
    for (const line of [3, 4, 5]) {
      expect(errors.get(line)).toMatch(/BodyAnswerOf<operations, "getPromoCode">/);
      expect(errors.get(line)).not.toMatch(/parameters: \{|responses: \{/);
    }
  });

  it("for an undocumented status in an answer or a resolver lists the documented ones too", () => {
    expect(listedStatuses(errors.get(4)!)).toEqual(GET_PROMO_CODE_STATUSES);
    expect(listedStatuses(errors.get(5)!)).toEqual(GET_PROMO_CODE_STATUSES);
  });

  it("accepts a documented status and refuses a body of the wrong shape", () => {
    expect(errors.has(6)).toBe(false);
    expect(errors.get(7)).toMatch(/Nope/);
    expect([...errors.keys()].sort()).toEqual([3, 4, 5, 7]);
  });
});
