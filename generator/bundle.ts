import { bundle, type BaseResolver, type Config } from "@redocly/openapi-core";
import { describeProblem, SpecError } from "./problems.js";

export type OpenApiDocument = Record<string, unknown> & {
  openapi: string;
  paths?: Record<string, unknown>;
  components?: Record<string, Record<string, unknown>>;
};

/**
 * Bundles one API with Redocly's own bundler: every `$ref` to another file becomes
 * a named component (components are kept, not dereferenced), and the decorators
 * named in redocly.yaml are applied. Any error-level problem, such as a `$ref` that
 * does not resolve or two files claiming one component name, stops the run.
 */
export async function bundleApi(root: string, config: Config, resolver?: BaseResolver): Promise<OpenApiDocument> {
  let result;
  try {
    result = await bundle({
      ref: root,
      config,
      componentRenamingConflicts: "error",
      ...(resolver ? { externalRefResolver: resolver } : {}),
    });
  } catch (error) {
    throw new SpecError(`Cannot read ${root}: ${(error as Error).message}`);
  }
  const errors = result.problems.filter((problem) => problem.severity === "error" && !problem.ignored);
  if (errors.length > 0) {
    throw new SpecError(`Cannot bundle ${root}:`, errors.map(describeProblem));
  }
  const document = result.bundle.parsed as OpenApiDocument | undefined;
  if (!document || typeof document !== "object" || typeof document.openapi !== "string") {
    throw new SpecError(`${root} is not an OpenAPI document: it has no \`openapi\` version field.`);
  }
  return document;
}
