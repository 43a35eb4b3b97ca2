// `sdk.js` and `sdk.d.ts`: the behaviour client over the runtime core. Every
// operation is an exported function taking a core (`getPromoCode(core, { path })`),
// so a bundler keeps only the operations, and the response shapes, that a consumer
// imports; `createXClient` gathers them all as methods for those who prefer one object.
//
// JavaScript beside its declarations, not one .ts file: a consumer's tsc with
// skipLibCheck (the default of every project template) reads the declarations and
// does not check them again, where a .ts file's thousands of literals were checked
// in every consumer's build (GitHub's client entry: 2.7× the time of its schema.ts
// alone, about 1.2× this way; bench/README.md). The JavaScript carries JSDoc types
// that tie each export to its declaration, so a `checkJs` program of sdk.js checks
// the two agree (test/generator/sdk-module.test.ts; asConsumerProject in
// test/support/generator.ts does it for every output our tests and corpus check).
import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { OpenApiDocument } from "./bundle.js";
import { Asserted, Code, preferredMedia, printLiteral } from "./emit-fixtures.js";
import { resolveRef, type ApiModel, type OperationModel } from "./model.js";
import { clientName, generatorNames } from "./generated-names.js";
import { disambiguate, jsDocText, literal, propertyKey, toIdentifier } from "./names.js";
import { ShapeCompiler, type Shape } from "./shapes.js";
import { pointer, type Warnings } from "./problems.js";
import { readWireFormat } from "../runtime/wire-format.js";
import type { ApiSettings, OperationDescription } from "../runtime/client/core.js";

const compile = (name: string) => Handlebars.compile(readFileSync(new URL(`./templates/${name}`, import.meta.url), "utf8"), { noEscape: true, strict: true });
const declarationsTemplate = compile("sdk.d.ts.hbs");
const moduleTemplate = compile("sdk.js.hbs");
const WIDTH = 120;

// The API's prefix (`Brand`) lives with the names it forms; emit-samples.ts takes it from here.
export { clientName };

function operationType(operation: OperationModel): string {
  return `paths[${literal(operation.path)}][${literal(operation.method)}]`;
}

export function operationDoc(operation: OperationModel): string[] {
  const lines: string[] = [];
  if (operation.summary) lines.push(...jsDocText(operation.summary).split("\n"));
  if (operation.description && operation.description.trim() !== operation.summary?.trim()) {
    if (lines.length) lines.push("");
    lines.push(...jsDocText(operation.description).split("\n"));
  }
  if (lines.length) lines.push("");
  lines.push(`\`${operation.method.toUpperCase()} ${jsDocText(operation.path)}\``);
  if (operation.deprecated) lines.push("@deprecated The API marks this operation as deprecated.");
  return lines.map((line) => line.trimEnd());
}

function bodyEncoding(operation: OperationModel): OperationDescription["body"] {
  const content = operation.requestBody?.content ?? [];
  if (content.some((media) => media.mediaType === "application/x-www-form-urlencoded")) return "form";
  if (content.some((media) => /^application\/(.+\+)?json$/.test(media.mediaType))) return "json";
  return undefined;
}

/** An operation's description as the generator builds it: shapes refer to components by name. */
export interface DescribedOperation {
  operation: OperationModel;
  method: OperationDescription["method"];
  path: string;
  body: OperationDescription["body"];
  success: Record<string, Shape | null>;
  pageItems: string | undefined;
  integerPath: string[];
}

function isIntegerSchema(document: OpenApiDocument, schema: unknown): boolean {
  let resolved: Record<string, unknown> | undefined;
  try {
    resolved = schema ? resolveRef<Record<string, unknown>>(document, schema) : undefined;
  } catch {
    return false; // a $ref to nothing: lint has said so
  }
  const type = resolved?.type;
  return type === "integer" || (Array.isArray(type) && type.includes("integer") && !type.includes("string"));
}

/** The spec's `x-api-version` (`{ header, value }`): the version header a client pins on every request. */
function apiVersion(document: OpenApiDocument): ApiSettings["version"] {
  const declared = document["x-api-version"] as { header?: unknown; value?: unknown } | undefined;
  if (!declared || typeof declared.header !== "string" || typeof declared.value !== "string") return undefined;
  // A header name is an HTTP token; anything else could not be sent.
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(declared.header) || !/^[\w.-]{1,32}$/.test(declared.value)) return undefined;
  return { header: declared.header, value: declared.value };
}

const ARRAY_STYLES: ReadonlyArray<ApiSettings["queryArrays"]["style"]> = ["form", "spaceDelimited", "pipeDelimited"];

/** The root's `x-query-array-encoding`, checked: a value the client runtime cannot apply is a warning, and the default stands. */
function queryArrayEncoding(document: OpenApiDocument, warnings: Warnings | undefined): ApiSettings["queryArrays"] {
  const fallback: ApiSettings["queryArrays"] = { style: "form", explode: true };
  const encoding = document["x-query-array-encoding"];
  if (encoding === undefined) return fallback;
  if (!encoding || typeof encoding !== "object" || Array.isArray(encoding)) {
    warnings?.at("x-query-array-encoding", pointer("x-query-array-encoding"), "must be a mapping with `style` and `explode`; `form`, exploded, is used");
    return fallback;
  }
  const { style, explode } = encoding as Record<string, unknown>;
  const result = { ...fallback };
  if (style !== undefined) {
    if (ARRAY_STYLES.includes(style as never)) result.style = style as ApiSettings["queryArrays"]["style"];
    else warnings?.at("x-query-array-encoding", pointer("x-query-array-encoding", "style"), `style ${JSON.stringify(style)} is not one of ${ARRAY_STYLES.join(", ")}; \`form\` is used`);
  }
  if (explode !== undefined) {
    if (typeof explode === "boolean") result.explode = explode;
    else warnings?.at("x-query-array-encoding", pointer("x-query-array-encoding", "explode"), `explode ${JSON.stringify(explode)} is not a boolean; \`true\` is used`);
  }
  return result;
}

export function describeApi(document: OpenApiDocument, model: ApiModel, warnings?: Warnings): { settings: ApiSettings; operations: DescribedOperation[]; shapes: Record<string, Shape> } {
  const compiler = new ShapeCompiler(document);
  const operations = model.operations.map((operation): DescribedOperation => {
    const success: Record<string, Shape | null> = {};
    for (const response of operation.responses.filter((candidate) => /^2(\d\d|XX)$/.test(candidate.status))) {
      const media = preferredMedia(response.content);
      success[response.status] = media ? compiler.shapeOf(media.schema) : null;
    }
    const ok = success["200"];
    const integerPath = operation.parameters
      .filter((parameter) => parameter.in === "path" && isIntegerSchema(document, parameter.schema))
      .map((parameter) => parameter.name);
    return {
      operation,
      integerPath,
      method: operation.method.toUpperCase() as OperationDescription["method"],
      path: operation.path,
      body: bodyEncoding(operation),
      success,
      pageItems: ok ? compiler.pageItemsKey(ok) : undefined,
    };
  });
  const wire = readWireFormat(document);
  const servers = (document.servers as Array<{ url: string }> | undefined) ?? [];
  const version = apiVersion(document);
  return {
    settings: {
      server: servers[0]?.url ?? "https://example.invalid",
      ...(wire ? { wire } : {}),
      ...(version ? { version } : {}),
      queryArrays: queryArrayEncoding(document, warnings),
    },
    operations,
    shapes: Object.fromEntries(Object.entries(compiler.shapes).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** A shape as printable data, its references turned into `() => constant`. */
function printable(shape: Shape, constants: Map<string, string>): unknown {
  if (typeof shape === "string") return shape;
  if ("ref" in shape) return { ref: new Code(`() => ${constants.get(shape.ref)}`) };
  if ("enum" in shape) return shape;
  if ("array" in shape) return { array: printable(shape.array, constants) };
  return {
    object: Object.fromEntries(
      Object.entries(shape.object).map(([name, property]) => {
        const value = printable(property, constants);
        // A key that Object.prototype also has (`toString`, `valueOf`) loses its contextual type in
        // TypeScript, so a literal like "string" widens and no longer matches Shape: assert it.
        return [name, name in Object.prototype ? new Asserted(value, "Shape", "jsdoc") : value];
      }),
    ),
    required: shape.required,
  };
}

/** A declaration on one line if it fits, else with its parameters broken out as prettier does. */
function fit(open: string, parameters: string[], close: string): string {
  const line = `${open}${parameters.join(", ")}${close}`;
  if (line.length <= WIDTH) return line;
  const indent = /^ */.exec(open)![0];
  // A rest parameter takes no trailing comma.
  const broken = parameters.map((parameter) => `${indent}  ${parameter}${parameter.startsWith("...") ? "" : ","}`);
  return `${open}\n${broken.join("\n")}\n${indent}${close}`;
}

/** The named shapes the operations reach; allOf members merged into others are not among them. */
function reachableShapes(operations: DescribedOperation[], shapes: Record<string, Shape>): Record<string, Shape> {
  const reached = new Set<string>();
  const visit = (shape: Shape | null) => {
    if (shape === null || typeof shape === "string" || "enum" in shape) return;
    if ("ref" in shape) {
      if (!reached.has(shape.ref)) {
        reached.add(shape.ref);
        visit(shapes[shape.ref] ?? null);
      }
    } else if ("array" in shape) visit(shape.array);
    else Object.values(shape.object).forEach(visit);
  };
  for (const entry of operations) Object.values(entry.success).forEach(visit);
  return Object.fromEntries(Object.entries(shapes).filter(([name]) => reached.has(name)));
}

/** The two files of the sdk: `sdk.js`, and `sdk.d.ts`, which declares what it exports. */
export interface EmittedSdk {
  module: string;
  declarations: string;
}

export function emitSdk(document: OpenApiDocument, model: ApiModel, apiName: string, runtimeImport: string, header: string, warnings?: Warnings): EmittedSdk {
  const described = describeApi(document, model, warnings);
  const { settings, operations } = described;
  const shapes = reachableShapes(operations, described.shapes);
  const name = clientName(apiName);
  // The constants take what the template's own names and the operations leave: an operation may be called `foo$operation`.
  const taken = new Set([...generatorNames(apiName), ...operations.map((entry) => entry.operation.name)]);
  const operationConstants = disambiguate(operations, (entry) => `${entry.operation.name}$operation`, taken);
  for (const constant of operationConstants.values()) taken.add(constant);
  const shapeConstants = disambiguate(Object.keys(shapes), (shapeName) => `${toIdentifier(shapeName).replace(/_+$/, "")}$shape`, taken);
  const shapeEntries = Object.entries(shapes).map(([shapeName, shape]) => {
    const constant = shapeConstants.get(shapeName)!;
    return { constant, literal: printLiteral(printable(shape, shapeConstants), 0, `const ${constant} = `.length, 1, "javascript") };
  });
  const operationEntries = operations.map((entry) => {
    const constant = operationConstants.get(entry)!;
    const description = {
      method: entry.method,
      path: entry.path,
      ...(entry.body ? { body: entry.body } : {}),
      success: Object.fromEntries(Object.entries(entry.success).map(([status, shape]) => [status, shape === null ? null : printable(shape, shapeConstants)])),
      ...(entry.pageItems ? { pageItems: entry.pageItems } : {}),
      ...(entry.integerPath.length ? { integerPath: entry.integerPath } : {}),
    };
    const type = `O[${literal(entry.operation.name)}]`;
    const result = `ApiPromise<SuccessBody<${type}>>`;
    const key = propertyKey(entry.operation.name);
    return {
      key,
      constant,
      functionName: entry.operation.name,
      operationType: operationType(entry.operation),
      doc: operationDoc(entry.operation),
      literal: printLiteral(description, 0, `const ${constant} = `.length, 1, "javascript"),
      functionType: `{typeof sdk$.${entry.operation.name}}`,
      functionSignature: fit(`export declare function ${entry.operation.name}(`, [`core: ${name}Core`, `...init: CallArgs<${type}>`], `): ${result};`),
      methodSignature: fit(`  ${key}(`, [`...init: CallArgs<${type}>`], `): ${result};`),
    };
  });
  const paged = operations
    .filter((entry) => entry.pageItems)
    .map((entry) => ({ key: propertyKey(entry.operation.name), nameLiteral: literal(entry.operation.name), itemsKey: literal(entry.pageItems!), constant: operationConstants.get(entry)! }));
  const view = {
    header,
    runtime: runtimeImport,
    name,
    title: jsDocText(`${model.title} ${model.version}`.trim()),
    settings: printLiteral(settings, 0, "const settings$ = ".length, 1, "javascript"),
    shapes: shapeEntries.length ? shapeEntries : undefined,
    operations: operationEntries,
    paged: paged.length ? paged : undefined,
    // The JSDoc types of sdk.js, braces included: a template cannot put `{` before a `{{value}}`.
    runtimeTypes: ["ApiSettings", ...(operations.length ? ["OperationDescription"] : []), ...(shapeEntries.length ? ["Shape"] : []), ...(paged.length ? ["CallInit"] : [])].join(", "),
    coreFactoryType: `{typeof sdk$.create${name}Core}`,
    coreType: `{sdk$.${name}Core}`,
    clientFactoryType: `{typeof sdk$.create${name}Client}`,
    pagesType: `{Record<keyof sdk$.${name}Pages, OperationDescription>}`,
  };
  return { module: moduleTemplate(view), declarations: declarationsTemplate(view) };
}
