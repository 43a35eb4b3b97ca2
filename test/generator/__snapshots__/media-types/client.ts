// Generated from ../../specs/media-types.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/media-types.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

import createFetchClient, { wrapAsPathBasedClient, type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "./schema.js";

/**
 * The operations of Media types 1.0.0, one function per operation, each a typed call
 * through openapi-fetch.
 */
export function createOperations(client: Client<paths>) {
  // The explicit `<paths>` spares tsc inferring it from `Client<paths>`, which
  // makes it work out openapi-fetch's Client variance: ~150,000 type
  // instantiations and seconds in every consumer's type-check, whatever the spec.
  const byPath = wrapAsPathBasedClient<paths>(client);
  return {
    /**
     * Download a file
     *
     * `GET /files/{fileId}`
     */
    downloadFile: byPath["/files/{fileId}"].GET,
    /**
     * Create an item from JSON
     *
     * `POST /items`
     */
    createItemJson: byPath["/items"].POST,
    /**
     * Create an item from a form
     *
     * `POST /items/form`
     */
    createItemForm: byPath["/items/form"].POST,
    /**
     * Get an item in the vendor format
     *
     * `GET /items/{itemId}`
     */
    getItemVendor: byPath["/items/{itemId}"].GET,
    /**
     * Upload a file
     *
     * `POST /uploads`
     */
    uploadFile: byPath["/uploads"].POST,
  };
}

export type Operations = ReturnType<typeof createOperations>;

/**
 * A client for Media types 1.0.0: `createClient({ baseUrl })`. Redirects are not
 * followed (`redirect: "manual"`): a 3xx comes back as the call's `error` with
 * its `response`, so a body and headers go nowhere the caller did not name.
 */
export function createClient(options?: ClientOptions): Operations {
  return createOperations(createFetchClient<paths>({ redirect: "manual", ...options }));
}
