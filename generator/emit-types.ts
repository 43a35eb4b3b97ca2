import { astToString, resolveRef, scanDiscriminators, transformSchema } from "openapi-typescript";
import type { OpenApiDocument } from "./bundle.js";

type OpenApiTsDocument = Parameters<typeof transformSchema>[0];
type TransformContext = Parameters<typeof transformSchema>[1];

/**
 * `schema.ts`: the `paths`, `components` and `operations` types, from
 * openapi-typescript driven programmatically.
 *
 * `openapiTS()` would lint and bundle the document again with its own copy of
 * Redocly; ours is already linted and bundled, so this calls its transform with
 * the context `openapiTS()` builds from default options. A test checks that the
 * output is byte-for-byte what `openapiTS()` produces.
 *
 * openapi-typescript may annotate the document while it works (discriminator
 * mappings): give it a document nothing else reads, as the worker thread's copy is.
 */
export function emitTypes(document: OpenApiDocument, header: string): string {
  const schema = document as unknown as OpenApiTsDocument;
  const context = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(schema, {}),
    emptyObjectsUnknown: false,
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
    resolve: ($ref: string) => resolveRef(schema, $ref, { silent: true }),
  } as unknown as TransformContext;
  return `${header}\n${astToString(transformSchema(schema, context))}`;
}
