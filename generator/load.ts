import { readFile } from "node:fs/promises";
import path from "node:path";
import { createConfig, lint, type Config } from "@redocly/openapi-core";
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

async function refuseSwagger2(root: string): Promise<void> {
  const text = await readFile(root, "utf8").catch((error: Error) => {
    throw new SpecError(`${path.relative(process.cwd(), root)}: cannot read the spec: ${error.message}`);
  });
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((line) => /^\s*"?swagger"?\s*:/.test(line));
  if (index >= 0) {
    throw new SpecError(
      `${path.relative(process.cwd(), root)}:${index + 1}:1  Swagger 2.0 is not supported; convert the spec to OpenAPI 3.0 or 3.1 first.`,
    );
  }
}

/** Lints the spec (any error stops the run, naming file and line), then bundles it. */
export async function loadSpec(root: string, config: Config): Promise<{ document: OpenApiDocument; warnings: string[] }> {
  await refuseSwagger2(root);
  const problems = await lint({ ref: root, config });
  const active = problems.filter((problem) => !problem.ignored);
  const errors = active.filter((problem) => problem.severity === "error");
  if (errors.length > 0) {
    throw new SpecError(`${path.relative(process.cwd(), root)} has ${errors.length} error(s):`, errors.map(describeProblem));
  }
  const document = await bundleApi(root, config);
  if (!/^3\.[01]\./.test(document.openapi)) {
    throw new SpecError(`${path.relative(process.cwd(), root)}:1:1  OpenAPI ${document.openapi} is not supported; use 3.0 or 3.1.`);
  }
  return { document, warnings: active.filter((problem) => problem.severity === "warn").map(describeProblem) };
}
