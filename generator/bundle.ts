import path from "node:path";
import { bundle, type Config } from "@redocly/openapi-core";
import { describeProblems, refusedRef, SpecError, stackRanOut } from "./problems.js";
import { refPolicyFor, SpecResolver } from "./resolver.js";

export type OpenApiDocument = Record<string, unknown> & {
  openapi: string;
  paths?: Record<string, unknown>;
  components?: Record<string, Record<string, unknown>>;
};

/**
 * Bundles one API with Redocly's own bundler: every `$ref` to another file becomes
 * a named component (components are kept, not dereferenced), and the decorators
 * named in redocly.yaml are applied. Any error-level problem, such as a `$ref` that
 * does not resolve or two files claiming one component name, stops the run. Files
 * are read through a SpecResolver (the one lint used, when given), so a `$ref`
 * out of the spec's folder is refused here too.
 */
export async function bundleApi(root: string, config: Config, resolver = new SpecResolver(config.resolve, refPolicyFor(root, config), root)): Promise<OpenApiDocument> {
  const file = path.relative(process.cwd(), root) || root;
  let result;
  try {
    result = await bundle({ ref: root, config, componentRenamingConflicts: "error", externalRefResolver: resolver });
  } catch (error) {
    if (stackRanOut(error)) throw new SpecError(`${file}: nests too deep for the bundler (its stack ran out); refused`);
    throw new SpecError(`Cannot read ${root}: ${(error as Error).message.split("\n")[0]}`);
  }
  const errors = result.problems.filter((problem) => problem.severity === "error" && !problem.ignored);
  const refused = refusedRef(errors, resolver);
  if (refused) throw refused;
  if (errors.length > 0) {
    throw new SpecError(`Cannot bundle ${root}:`, describeProblems(errors));
  }
  const document = result.bundle.parsed as OpenApiDocument | undefined;
  if (!document || typeof document !== "object" || typeof document.openapi !== "string") {
    throw new SpecError(`${root} is not an OpenAPI document: it has no \`openapi\` version field.`);
  }
  return document;
}
