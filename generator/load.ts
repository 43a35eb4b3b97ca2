import { open, stat } from "node:fs/promises";
import path from "node:path";
import { createConfig, detectSpec, lint, type BaseResolver, type Config, type NormalizedProblem } from "@redocly/openapi-core";
import { bundleApi, type OpenApiDocument } from "./bundle.js";
import { bundleInPlace } from "./bundle-shortcut.js";
import { refuseTooDeep } from "./limits.js";
import { pointerLocator, type Locator } from "./locate.js";
import { describeProblems, lintWarning, refusedRef, SpecError, stackRanOut } from "./problems.js";
import { MAX_SPEC_BYTES, refPolicyFor, Refusal, SpecResolver } from "./resolver.js";
import { Timings } from "./timings.js";
import { unescapePointerSegment } from "../runtime/json-pointer.js";

/**
 * The problems that stop generation from a foreign spec: only what leaves nothing
 * to generate from. Everything else (structure, undeclared path parameters,
 * trailing slashes) is a warning: if openapi-typescript can type it, we
 * generate from it.
 */
const REFUSING_RULES: Record<string, "error"> = {
  "no-unresolved-refs": "error",
  // Two operations with one id give openapi-typescript's `operations` two members of one name.
  "operation-operationId-unique": "error",
};

/**
 * The rules any foreign spec is linted with: the refusing ones, and as warnings
 * those whose findings can change what is generated (structure, parameters,
 * paths, enum types, component names). Style rules (summaries, security, tags)
 * are the spec owner's business, not a generator's. Our own house rules apply to
 * our own specs only (they come from redocly.yaml).
 */
export function foreignSpecConfig(): Promise<Config> {
  const warn = "warn" as const;
  return createConfig({
    rules: {
      ...REFUSING_RULES,
      struct: warn,
      "path-parameters-defined": warn,
      "operation-parameters-unique": warn,
      "no-server-trailing-slash": warn,
      "no-identical-paths": warn,
      "no-ambiguous-paths": warn,
      "no-enum-type-mismatch": warn,
      "spec-components-invalid-map-name": warn,
      "no-invalid-media-type-examples": "off",
    },
  });
}

/**
 * Refuses, with one line naming the file, what cannot be a spec at all: a missing
 * file, a folder, an empty file, a binary one (a NUL byte or invalid UTF-8 in its
 * first 64 KiB), or one larger than MAX_SPEC_BYTES.
 */
async function refuseUnreadable(root: string, file: string): Promise<void> {
  const info = await stat(root).catch((error: NodeJS.ErrnoException) => {
    throw new SpecError(`${file}: cannot read the spec: ${error.code === "ENOENT" ? "no such file" : error.code ?? error.message}`);
  });
  if (info.isDirectory()) throw new SpecError(`${file}: is a folder; pass the spec's root file (openapi.yaml or .json)`);
  if (!info.isFile()) throw new SpecError(`${file}: is not a regular file`);
  if (info.size === 0) throw new SpecError(`${file}: is empty; expected an OpenAPI 3.0 or 3.1 document`);
  if (info.size > MAX_SPEC_BYTES) throw new SpecError(`${file}: is ${info.size} bytes, over the ${MAX_SPEC_BYTES}-byte limit for a spec`);
  const handle = await open(root, "r").catch((error: Error) => {
    throw new SpecError(`${file}: cannot read the spec: ${error.message}`);
  });
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(Math.min(info.size, 65_536)), 0, Math.min(info.size, 65_536), 0);
    const head = buffer.subarray(0, bytesRead);
    // A cut in the middle of a multi-byte character at the end of the window is not an error.
    const whole = bytesRead === info.size ? head : head.subarray(0, Math.max(0, bytesRead - 4));
    if (head.includes(0) || !isUtf8(whole)) throw new SpecError(`${file}: is a binary file, not YAML or JSON`);
    if (bytesRead === info.size && head.toString("utf8").trim() === "") throw new SpecError(`${file}: is empty; expected an OpenAPI 3.0 or 3.1 document`);
  } finally {
    await handle.close();
  }
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The first line of `body` that sets `key` at the top level (1-based), for messages. */
function lineOf(body: string, key: string): number {
  const lines = body.split(/\r?\n/);
  const index = lines.findIndex((line) => new RegExp(`^\\s*["']?${key}["']?\\s*:`).test(line));
  return index >= 0 ? index + 1 : 1;
}

/** Parses the root file (kept in `resolver`'s cache for lint and bundle) and refuses what is not OpenAPI 3.0 or 3.1. */
async function refuseNonOpenApi(root: string, file: string, resolver: BaseResolver): Promise<void> {
  let document: { source: { body: string }; parsed: unknown };
  try {
    document = (await resolver.resolveDocument(null, root, true)) as typeof document;
  } catch (error) {
    if (error instanceof Refusal) throw new SpecError(error.message);
    yamlErrorToSpecError(error, file);
  }
  const parsed = document.parsed;
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new SpecError(`${file}: is not an OpenAPI document: it holds ${Array.isArray(parsed) ? "a list" : parsed === null ? "nothing" : `a ${typeof parsed}`}, not a mapping with \`openapi: 3.x\``);
  }
  const record = parsed as Record<string, unknown>;
  if ("swagger" in record) {
    throw new SpecError(`${file}:${lineOf(document.source.body, "swagger")}:1  Swagger 2.0 is not supported; convert the spec to OpenAPI 3.0 or 3.1 first.`);
  }
  if (!("openapi" in record)) throw new SpecError(`${file}: is not an OpenAPI document: it has no \`openapi\` version field`);
  const version = String(record.openapi);
  if (!/^3\.[01]\.\d+$/.test(version)) {
    throw new SpecError(`${file}:${lineOf(document.source.body, "openapi")}:1  OpenAPI ${version} is not supported; use 3.0 or 3.1.`);
  }
}

/** Redocly throws, rather than reports, a YAML error; this names its file, line and column. */
function yamlErrorToSpecError(error: unknown, file: string): never {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(.*) in "(.+)" \((\d+):(\d+)\)$/s.exec(message);
  if (match) {
    const [, reason, where, line, column] = match;
    throw new SpecError(`${path.relative(process.cwd(), where!)}:${line}:${column}  ${reason!.trim()}  (YAML)`);
  }
  throw new SpecError(`${file}: cannot read the spec: ${message.split("\n")[0]}`);
}

/**
 * Redocly reads every discriminator `mapping` value as a `$ref`, but OpenAPI (3.0
 * and 3.1) also allows a bare schema name there (`Cat` for
 * `#/components/schemas/Cat`). Such a value is not an unresolved reference.
 */
async function isSchemaNameMapping(problem: NormalizedProblem, rootDocument: unknown, parsedFile: (file: string) => Promise<unknown>): Promise<boolean> {
  const where = problem.location[0];
  const pointer = where?.pointer ?? "";
  if (problem.ruleId !== "no-unresolved-refs" || !where || !/\/discriminator\/mapping\/[^/]+$/.test(pointer)) return false;
  const parsed = await parsedFile(where.source.absoluteRef).catch(() => undefined);
  const value = pointer
    .replace(/^#\//, "")
    .split("/")
    .map((part) => unescapePointerSegment(decodeURIComponent(part)))
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), parsed);
  if (typeof value !== "string" || value.includes("/") || value.includes("#")) return false;
  const schemas = (rootDocument as { components?: { schemas?: Record<string, unknown> } }).components?.schemas;
  return !!schemas && typeof schemas === "object" && Object.hasOwn(schemas, value);
}


/**
 * Lints the spec (any error stops the run, naming file and line), then
 * bundles it and hands the bundle to `onBundled` (the CLI starts
 * openapi-typescript on it in a worker thread). Both read the spec through one
 * resolver, so it is parsed once: lint first, as it must see the documents as
 * written, and bundling rewrites them. Before either, the spec's shape is held
 * to SPEC_LIMITS (limits.ts), as both walk it recursively.
 */
export async function loadSpec(
  root: string,
  config: Config,
  onBundled?: (document: OpenApiDocument) => void,
  timings = new Timings(),
): Promise<{ document: OpenApiDocument; warnings: Array<ReturnType<typeof lintWarning>>; locate: Locator }> {
  const file = path.relative(process.cwd(), root) || root;
  const resolver = new SpecResolver(config.resolve, refPolicyFor(root, config), root);
  await timings.timeAsync("read", async () => {
    await refuseUnreadable(root, file);
    await refuseNonOpenApi(root, file, resolver);
    await refuseTooDeep(root, resolver);
  });
  const { active, refsUnresolved } = await timings.timeAsync("lint", async () => {
    const problems = await lint({ ref: root, config, externalRefResolver: resolver }).catch((error: unknown) => {
      if (stackRanOut(error)) throw new SpecError(`${file}: nests too deep for the linter (its stack ran out); refused`);
      return yamlErrorToSpecError(error, file);
    });
    const refused = refusedRef(problems, resolver);
    if (refused) throw refused;
    const rootDocument = ((await resolver.resolveDocument(null, root, true)) as { parsed: unknown }).parsed;
    const parsedFile = async (file: string) => ((await resolver.resolveDocument(null, file, false)) as { parsed: unknown }).parsed;
    const kept: NormalizedProblem[] = [];
    for (const problem of problems) {
      if (!problem.ignored && !(await isSchemaNameMapping(problem, rootDocument, parsedFile))) kept.push(problem);
    }
    const errors = kept.filter((problem) => problem.severity === "error");
    if (errors.length > 0) throw new SpecError(`${file} has ${errors.length} error(s):`, describeProblems(errors));
    // Ignored ones too: the bundler would stop on them all the same.
    return { active: kept, refsUnresolved: problems.some((problem) => problem.ruleId === "no-unresolved-refs") };
  });
  // A single JSON file whose bundle can be told without Redocly's bundler, which would
  // resolve and walk every $ref again, is bundled where it lies (bundle-shortcut.ts).
  const rootDocument = (await resolver.resolveDocument(null, root, true)) as { source: { absoluteRef: string }; parsed: OpenApiDocument };
  const bundlerNeeded = timings.time("bundle in place", () =>
    config.getRuleSettings("no-unresolved-refs", detectSpec(rootDocument.parsed)).severity !== "error" || refsUnresolved
      ? "lint does not refuse an unresolved $ref"
      : bundleInPlace(rootDocument.parsed, config, resolver.readAsJson.has(rootDocument.source.absoluteRef)),
  );
  const document = bundlerNeeded === undefined ? rootDocument.parsed : await timings.timeAsync("bundle", () => bundleApi(root, config, resolver));
  onBundled?.(document);
  const locate = await pointerLocator(resolver, root, document);
  return { document, warnings: active.filter((problem) => problem.severity === "warn").map(lintWarning), locate };
}
