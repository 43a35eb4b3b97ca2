import openapiTS, { astToString } from "openapi-typescript";
import type { OpenApiDocument } from "./bundle.js";

/**
 * `schema.ts`: the `paths`, `components` and `operations` types, from
 * openapi-typescript driven programmatically over the bundled document.
 */
export async function emitTypes(document: OpenApiDocument, header: string): Promise<string> {
  // openapi-typescript resolves internal $refs itself; the document is already bundled.
  const ast = await openapiTS(structuredClone(document) as unknown as Parameters<typeof openapiTS>[0], { silent: true });
  return `${header}\n${astToString(ast)}`;
}
