import { createRequire } from "node:module";
import type { OpenApiDocument } from "./bundle.js";

// openapi-typescript's CommonJS build, required. Its ES module imports the TypeScript compiler as one, and Node then
// scans the compiler's 9 MB of CommonJS for its syntax and its export names before it runs: 0.6 s of every start of
// the worker thread, the run's critical path on a spec of a few MB. Required, the compiler loads as it is.
const { astToString, resolveRef, scanDiscriminators, transformSchema } = createRequire(import.meta.url)("openapi-typescript") as typeof import("openapi-typescript");

type OpenApiTsDocument = Parameters<typeof transformSchema>[0];
type TransformContext = Parameters<typeof transformSchema>[1];

/**
 * `schema.ts`: the `paths`, `components` and `operations` types, from
 * openapi-typescript driven programmatically.
 *
 * `openapiTS()` would lint and bundle the document again with its own copy of
 * Redocly; ours is already linted and bundled, so this calls its transform with
 * the context `openapiTS()` builds from its default options but one
 * (`OPENAPI_TS_OPTIONS`). A test checks that the output is byte-for-byte what
 * `openapiTS()` produces with that option.
 *
 * openapi-typescript may annotate the document while it works (discriminator
 * mappings): give it a document nothing else reads, as the worker thread's copy is.
 */
/**
 * The one openapi-typescript option we set away from its default.
 *
 * `emptyObjectsUnknown`: a `type: object` that declares no properties types as
 * `Record<string, unknown>`, not `Record<string, never>`. JSON Schema lets such
 * an object hold any property, and specs restate objects that way in a second
 * `allOf` part (GitHub's webhooks: an issue described in full, then restated
 * with `performed_via_github_app: {type: object, nullable: true}`). Under the
 * default the intersection `X & Record<string, never>` holds only `{}` or null,
 * so a real payload does not type-check, and no fixture can show the enum
 * values inside X. `additionalProperties: false` still closes an object.
 */
export const OPENAPI_TS_OPTIONS = { emptyObjectsUnknown: true } as const;

export function emitTypes(document: OpenApiDocument, header: string): string {
  let schema: OpenApiTsDocument | undefined = document as unknown as OpenApiTsDocument;
  let context: TransformContext | undefined = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(schema, {}),
    emptyObjectsUnknown: OPENAPI_TS_OPTIONS.emptyObjectsUnknown,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined,
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref: string) => resolveRef(schema!, $ref, { silent: true }),
  } as unknown as TransformContext;
  const nodes = transformSchema(schema, context);
  // The syntax tree is all that printing reads: what only this function held of the document (a worker's own parse
  // of it, hundreds of MB for Microsoft Graph) can go before the printer builds its text beside the tree.
  schema = undefined;
  context = undefined;
  document = undefined as unknown as OpenApiDocument;
  return `${header}\n${astToString(nodes)}`;
}
