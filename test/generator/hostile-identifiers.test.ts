import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitTypes } from "../../generator/emit-types.js";
import { clientName, generatorNames } from "../../generator/generated-names.js";
import { foreignSpecConfig } from "../../generator/load.js";
import { isIdentifier, toIdentifier } from "../../generator/names.js";
import { generateApi, type GenerateResult } from "../../generator/pipeline.js";
import { asConsumerProject, typeCheck } from "../support/generator.js";
import { PROJECT_ROOT } from "../support/project.js";

// Operation ids and schema names a spec author can pick so that the generated
// code declares one name twice, or declares a name TypeScript does not accept.
// Every one of them must still give output that type-checks, with each
// operation callable under the name the generator gave it.
const API = "clash"; // the sdk's own names are then ClashClient, createClashClient, …
const OPERATION_IDS = [
  // What sdk.js and sdk.d.ts declare or import at module level (sdk$ in a JSDoc @import).
  ...["Core$", "settings$", "paginate$", "O", "sdk$", "ApiPromise", "ApiSettings", "CallArgs", "ClientOptions", "OperationDescription", "PublicClientOptions"],
  ...["SuccessBody", "Shape", "CallInit", "PageItem", "ClashOperationTypes", "ClashCore", "createClashCore", "ClashPages", "ClashClient", "createClashClient"],
  // What index.ts exports beside the sdk, and some of what it re-exports from the runtime.
  ...["paths", "components", "operations", "createClient", "createOperations", "Operations", "ImpactClient", "ImpactError", "NotFoundError", "CLIENT_DEFAULTS"],
  ...["FieldError", "WithResponse", "OperationInit"],
  // createClashClient's own scope, and the members its client has besides the operations.
  ...["options", "core", "init", "pages", "paginate"],
  // Beside the generated `…$operation` and `…$shape` constants.
  ...["foo", "foo$operation", "bar$shape", "qux$operation$operation"],
  // Words of the language, of strict mode and modules, and names that make an object behave differently.
  ...["constructor", "__proto__", "then", "toJSON", "toString", "valueOf", "hasOwnProperty", "default", "await", "eval", "arguments"],
  ...["yield", "let", "static", "enum", "undefined", "globalThis", "require", "exports", "module", "Promise", "NaN"],
  // Unicode: `²` is a number but not an identifier character; full-width letters are, but read as `foo`; joiners are invisible.
  ...["get", "get²", "ｆｏｏ", "a\u200db", "ab", "e\u0301", "é", "𝑓", "ⅷ", "℘", "٣x", "a·b", "🙂", "𐐀", "ǅ", "x\u2e2f", "\u0301x"],
  // Case, and ids with nothing usable in them.
  ...["listPets", "ListPets", "LISTPETS", "---", "²"],
];
// Schemas whose shape constants (`bar$shape`) clash with the names above, or are not identifiers.
const SCHEMA_NAMES = ["bar", "foo", "get²", "__proto__", "Core$", "a\u200db", "constructor", "settings$", "then", "🙂"];
const TAGS = ["Core$", "get²", "constructor", "__proto__"];

function hostileSpec(): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  OPERATION_IDS.forEach((operationId, index) => {
    const schema = SCHEMA_NAMES[index % SCHEMA_NAMES.length]!;
    paths[`/op${index}`] = {
      get: {
        operationId,
        tags: [TAGS[index % TAGS.length]],
        responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: `#/components/schemas/${encodeURIComponent(schema)}` } } } } },
      },
    };
  });
  // A paged list, so that `paginate` and its page table are emitted too.
  paths["/paged"] = {
    get: {
      operationId: "pages$",
      responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Page" } } } } },
    },
  };
  const item = { type: "object", properties: { name: { type: "string" } } };
  return {
    openapi: "3.1.0",
    info: { title: "Clash", version: "1" },
    servers: [{ url: "https://api.example.test" }],
    tags: TAGS.map((name) => ({ name })),
    paths,
    components: {
      schemas: {
        ...Object.fromEntries(SCHEMA_NAMES.map((name) => [name, item])),
        Page: { type: "object", properties: { "@nextpageuri": { type: "string" }, Items: { type: "array", items: { $ref: "#/components/schemas/bar" } } } },
      },
    },
  };
}

let work: string;
let out: string;
let result: GenerateResult;
/** The client's name for each operation, by path, read from the generated `ClashOperationTypes`. */
let names: Map<string, string>;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "impact-hostile-identifiers-"));
  const root = path.join(work, "spec", `${API}.json`);
  await mkdir(path.dirname(root), { recursive: true });
  await writeFile(root, JSON.stringify(hostileSpec(), null, 2));
  out = path.join(work, "project", "api");
  result = await generateApi({
    label: API,
    apiName: API,
    runtimeImport: "impact-promo-api/runtime",
    packageImport: "./index.js",
    root,
    config: await foreignSpecConfig(),
    outDir: out,
    stage: "all",
    publishYaml: false,
    emitTypes,
  });
  for (const file of result.files) {
    await mkdir(path.dirname(path.join(out, file.path)), { recursive: true });
    await writeFile(path.join(out, file.path), file.contents);
  }
  const sdk = result.files.find((file) => file.path === "sdk.d.ts")!.contents;
  const types = /export interface ClashOperationTypes \{([^}]*)\}/.exec(sdk)![1]!;
  names = new Map([...types.matchAll(/^\s*(.+?): paths\["([^"]+)"\]\["get"\];$/gm)].map(([, name, route]) => [route!, name!]));
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const route = (index: number) => `/op${index}`;

describe("operation ids that clash with the generator's own names, or are not TypeScript", () => {
  it("give every operation its own name, an identifier TypeScript accepts", () => {
    expect(names.size).toBe(OPERATION_IDS.length + 1);
    const lowered = new Set([...names.values()].map((name) => name.normalize("NFKC").toLowerCase()));
    expect(lowered.size, "names that differ only in case or width").toBe(names.size);
    for (const name of names.values()) {
      expect(typescriptAccepts(name), name).toBe(true);
      expect(name, "no invisible joiners").not.toMatch(/[\u200c\u200d]/);
    }
  });

  it("keeps an id that clashes with nothing, and renames the others with a warning naming both names", () => {
    const kept = ["foo", "foo$operation", "bar$shape", "qux$operation$operation", "get", "ab", "𝑓", "ⅷ", "listPets", "e\u0301", "ǅ"];
    for (const id of kept) expect(names.get(route(OPERATION_IDS.indexOf(id))), id).toBe(id);
    const renamed = new Map([
      ["settings$", "settings$2"],
      ["Core$", "Core$2"],
      ["createClashClient", "createClashClient2"],
      ["paginate", "paginate2"],
      ["then", "then2"],
      ["toString", "toString2"],
      ["get²", "get2"],
      ["ｆｏｏ", "ｆｏｏ2"],
      ["ListPets", "ListPets2"],
      ["a\u200db", "aB2"], // `aB`, but `ab` is taken
    ]);
    for (const [id, want] of renamed) expect(names.get(route(OPERATION_IDS.indexOf(id))), id).toBe(want);
    const warnings = result.summary.warnings.filter((warning) => warning.kind === "name");
    OPERATION_IDS.forEach((id, index) => {
      const name = names.get(route(index))!;
      if (name === id) return;
      const pointer = `#/paths/~1op${index}/get/operationId`;
      const warning = warnings.find((candidate) => candidate.where.endsWith(pointer));
      expect(warning, `a warning for ${JSON.stringify(id)}`).toBeDefined();
      expect(warning!.message).toContain(JSON.stringify(id));
      expect(warning!.message).toContain(`\`${name}\``);
    });
  });

  it("give output that type-checks under strict, with every operation callable by its name as a function and a method", async () => {
    const calls = [...names.values()].flatMap((name) => [`  api.${name}(core),`, `  client.${name}(),`]);
    const use = [
      'import * as api from "./api/index.js";',
      "",
      'const core = api.createClashCore({ accountSid: "AC1", authToken: "token" });',
      'const client = api.createClashClient({ accountSid: "AC1", authToken: "token" });',
      "export const calls = [",
      ...calls,
      "];",
      `export const items = client.paginate(${JSON.stringify(names.get("/paged"))});`,
      "",
    ].join("\n");
    await writeFile(path.join(out, "..", "use.ts"), use);
    const tsconfig = await asConsumerProject(path.dirname(out));
    expect(await typeCheck(tsconfig)).toBe("");
  }, 120_000);

  it("calls each operation's own path under its new name", async () => {
    const seen: string[] = [];
    const fetch = async (input: string | URL | Request) => {
      seen.push(new URL(input instanceof Request ? input.url : input).pathname);
      return new Response(JSON.stringify({ name: "x" }), { status: 200, headers: { "content-type": "application/json" } });
    };
    const api = (await import(pathToFileURL(path.join(out, "index.ts")).href)) as Record<string, (...args: unknown[]) => unknown>;
    const options = { accountSid: "AC1", authToken: "token", fetch, maxRetries: 0 };
    const client = api.createClashClient!(options) as Record<string, () => Promise<unknown>>;
    const core = api.createClashCore!(options);
    for (const [path, name] of names) {
      if (path === "/paged") continue;
      seen.length = 0;
      expect(await client[name]!(), name).toEqual({ name: "x" });
      expect(await api[name]!(core), name).toEqual({ name: "x" });
      expect(seen, name).toEqual([path, path]);
    }
  }, 20_000);
});

describe("the names the generator keeps for itself", () => {
  it("include every name the emitted modules declare where an operation's name goes too", () => {
    const reserved = new Set(generatorNames(API));
    const operationNames = new Set(names.values());
    // The modules that declare the operations, or export or call them.
    const declared = ["sdk.js", "sdk.d.ts", "client.ts", "index.ts", "samples.js"].flatMap((file) => {
      const text = result.files.find((candidate) => candidate.path === file)!.contents;
      return [...declaredNames(ts.createSourceFile(file, text, ts.ScriptTarget.ESNext, true))];
    });
    const constant = /\$(operation|shape)\d*$/;
    const unlisted = [...new Set(declared)].filter((name) => !reserved.has(name) && !operationNames.has(name) && !constant.test(name));
    expect(unlisted, "names the templates declare that generatorNames() does not list").toEqual([]);
  });

  it("include every name the client runtime exports, which index.ts re-exports beside the operations", () => {
    const file = path.join(PROJECT_ROOT, "runtime/client/index.ts");
    const exported = declaredNames(ts.createSourceFile(file, ts.sys.readFile(file)!, ts.ScriptTarget.ESNext, true));
    const reserved = new Set(generatorNames(API));
    expect([...exported].filter((name) => !reserved.has(name))).toEqual([]);
  });
});

describe("clientName", () => {
  it("keeps an API's names apart from the runtime's, which index.ts exports beside them (TS2308)", () => {
    expect(clientName("brand")).toBe("Brand");
    expect(clientName("impact")).toBe("ImpactApi"); // the runtime exports `ImpactClient`
    expect(clientName("get²")).toBe("Get2");
  });
});

describe("isIdentifier and toIdentifier", () => {
  it.each<[string, { given: string; identifier: boolean; want: string }]>([
    ["a superscript digit is not an identifier character", { given: "get²", identifier: false, want: "get2" }],
    ["full-width letters are letters", { given: "ｇｅｔ", identifier: true, want: "ｇｅｔ" }],
    ["a joiner is left out", { given: "a\u200db", identifier: false, want: "aB" }],
    ["a combining mark continues a name", { given: "e\u0301", identifier: true, want: "e\u0301" }],
    ["a combining mark cannot start one", { given: "\u0301x", identifier: false, want: "_\u0301x" }],
    ["an emoji is nothing", { given: "🙂", identifier: false, want: "operation" }],
    ["a letter number starts a name", { given: "ⅷ", identifier: true, want: "ⅷ" }],
    ["an Arabic digit cannot start one", { given: "٣x", identifier: false, want: "_٣x" }],
    ["strict mode's words are not names", { given: "eval", identifier: false, want: "eval_" }],
    ["`await` is reserved in a module", { given: "await", identifier: false, want: "await_" }],
  ])("%s", (_name, { given, identifier, want }) => {
    expect(isIdentifier(given)).toBe(identifier);
    expect(toIdentifier(given)).toBe(want);
    expect(typescriptAccepts(toIdentifier(given))).toBe(true);
  });
});

/** TypeScript's scanner on a name, character by character, as it reads an identifier. */
function typescriptAccepts(name: string): boolean {
  return [...name].every((character, index) => (index === 0 ? ts.isIdentifierStart : ts.isIdentifierPart)(character.codePointAt(0)!, ts.ScriptTarget.ESNext));
}

/**
 * The names a module binds where an operation's name could meet them: its imports, exports and top-level
 * declarations, the parameters and locals of its functions, the members of its interfaces, and the keys
 * of the objects its functions return (the client's own members). An arrow function's parameters and a
 * type's parameters are left out: no operation is named inside the former, and the latter are types.
 */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const add = (node: ts.Node | undefined) => {
    if (node && ts.isIdentifier(node)) names.add(node.text);
  };
  for (const statement of source.statements) {
    // A JavaScript file's JSDoc `@import` declares its names for the whole module, as an import does.
    for (const tag of ts.getJSDocTags(statement).filter(ts.isJSDocImportTag)) {
      add(tag.importClause?.name);
      const bindings = tag.importClause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) add(bindings.name);
      if (bindings && ts.isNamedImports(bindings)) bindings.elements.forEach((element) => add(element.name));
    }
    if (ts.isImportDeclaration(statement)) {
      add(statement.importClause?.name);
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) add(bindings.name);
      if (bindings && ts.isNamedImports(bindings)) bindings.elements.forEach((element) => add(element.name));
    } else if (ts.isExportDeclaration(statement)) {
      if (statement.exportClause && ts.isNamedExports(statement.exportClause)) statement.exportClause.elements.forEach((element) => add(element.name));
    } else if (ts.isVariableStatement(statement)) {
      statement.declarationList.declarations.forEach((declaration) => add(declaration.name));
    } else if (ts.isTypeAliasDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) {
      add(statement.name);
    } else if (ts.isInterfaceDeclaration(statement)) {
      add(statement.name);
      statement.members.forEach((member) => add(member.name));
    } else if (ts.isFunctionDeclaration(statement)) {
      add(statement.name);
      statement.parameters.forEach((parameter) => add(parameter.name));
      for (const inner of statement.body?.statements ?? []) {
        if (ts.isVariableStatement(inner)) inner.declarationList.declarations.forEach((declaration) => add(declaration.name));
        if (ts.isReturnStatement(inner) && inner.expression && ts.isObjectLiteralExpression(inner.expression)) inner.expression.properties.forEach((property) => add(property.name));
      }
    }
  }
  return names;
}
