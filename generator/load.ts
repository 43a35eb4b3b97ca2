import { readFile } from "node:fs/promises";
import path from "node:path";
import { BaseResolver, createConfig, lint, type Config } from "@redocly/openapi-core";
import { bundleApi, type OpenApiDocument } from "./bundle.js";
import { describeProblem, SpecError } from "./problems.js";

/**
 * The rules any spec must pass to be generated from: Redocly's `minimal` ruleset,
 * with the problems that break generation raised to errors. Our own house rules
 * apply to our own specs only (they come from redocly.yaml).
 */
export function foreignSpecConfig(): Promise<Config> {
  return createConfig({
    extends: ["minimal"],
    rules: {
      struct: "error",
      "no-unresolved-refs": "error",
      "operation-operationId-unique": "error",
      "path-parameters-defined": "error",
    },
  });
}

/** Refuses Swagger 2.0 and OpenAPI versions other than 3.0 and 3.1, naming the line. */
async function refuseUnsupportedVersion(root: string): Promise<void> {
  const file = path.relative(process.cwd(), root);
  const text = await readFile(root, "utf8").catch((error: Error) => {
    throw new SpecError(`${file}: cannot read the spec: ${error.message}`);
  });
  const lines = text.split(/\r?\n/);
  const swagger = lines.findIndex((line) => /^\s*"?swagger"?\s*:/.test(line));
  if (swagger >= 0) {
    throw new SpecError(`${file}:${swagger + 1}:1  Swagger 2.0 is not supported; convert the spec to OpenAPI 3.0 or 3.1 first.`);
  }
  const openapi = lines.findIndex((line) => /^\s*"?openapi"?\s*:/.test(line));
  const version = openapi >= 0 ? /:\s*["']?([^"',\s]+)/.exec(lines[openapi]!)?.[1] : undefined;
  if (version !== undefined && !/^3\.[01]\.\d+$/.test(version)) {
    throw new SpecError(`${file}:${openapi + 1}:1  OpenAPI ${version} is not supported; use 3.0 or 3.1.`);
  }
}

/** Redocly throws, rather than reports, a YAML error in the root file; this names its file, line and column. */
function yamlErrorToSpecError(error: unknown): never {
  const match = error instanceof Error ? /^(.*) in "(.+)" \((\d+):(\d+)\)$/s.exec(error.message) : null;
  if (match) {
    const [, reason, file, line, column] = match;
    throw new SpecError(`${path.relative(process.cwd(), file!)}:${line}:${column}  ${reason!.trim()}  (YAML)`);
  }
  throw error;
}

/**
 * Bundles the spec, hands the bundle to `onBundled` (the CLI starts
 * openapi-typescript on it in a worker thread), then lints (any error stops
 * the run, naming file and line). Bundling comes first so that the types,
 * the longest stage, overlap the lint; each has a resolver of its own because
 * bundling rewrites the documents it reads and lint must see them as written.
 */
export async function loadSpec(
  root: string,
  config: Config,
  onBundled?: (document: OpenApiDocument) => void,
): Promise<{ document: OpenApiDocument; warnings: string[] }> {
  await refuseUnsupportedVersion(root);
  const lintProblems = async () => {
    const problems = await lint({ ref: root, config, externalRefResolver: new BaseResolver(config.resolve) }).catch(yamlErrorToSpecError);
    const active = problems.filter((problem) => !problem.ignored);
    const errors = active.filter((problem) => problem.severity === "error");
    if (errors.length > 0) {
      throw new SpecError(`${path.relative(process.cwd(), root)} has ${errors.length} error(s):`, errors.map(describeProblem));
    }
    return active;
  };
  let document: OpenApiDocument;
  try {
    document = await bundleApi(root, config, new BaseResolver(config.resolve));
  } catch (error) {
    // Lint names the file and line of what broke the bundle; its errors are the better message.
    await lintProblems();
    throw error;
  }
  if (!/^3\.[01]\./.test(document.openapi)) {
    throw new SpecError(`${path.relative(process.cwd(), root)}: OpenAPI ${document.openapi} is not supported; use 3.0 or 3.1.`);
  }
  onBundled?.(document);
  const active = await lintProblems();
  return { document, warnings: active.filter((problem) => problem.severity === "warn").map(describeProblem) };
}
