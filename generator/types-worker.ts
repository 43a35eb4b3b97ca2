// A worker thread for emitTypes. Loading openapi-typescript (and the TypeScript
// compiler under it) takes about as long as linting and bundling a spec; in a
// worker started first thing, that load runs on the second core while the main
// thread lints, bundles and builds fixtures.
import { parentPort } from "node:worker_threads";
import type { OpenApiDocument } from "./bundle.js";
import { emitTypes } from "./emit-types.js";

export interface TypesRequest {
  id: number;
  /** The bundled document as JSON text. */
  document: string;
  header: string;
}

/**
 * The request's document, parsed; its JSON text is dropped, and no frame here keeps the parse, so emitTypes
 * can let it go before printing (see there): Microsoft Graph beta's peak memory was 2.9 GB with both held, 2.5 without.
 */
function parsedOnce(request: TypesRequest): OpenApiDocument {
  const text = request.document;
  request.document = "";
  return JSON.parse(text) as OpenApiDocument;
}

export type TypesReply = { id: number; text: string; milliseconds: number } | { id: number; error: string };

parentPort!.on("message", (request: TypesRequest) => {
  const { id, header } = request;
  try {
    const started = performance.now();
    const text = emitTypes(parsedOnce(request), header);
    parentPort!.postMessage({ id, text, milliseconds: performance.now() - started } satisfies TypesReply);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies TypesReply);
  }
});
