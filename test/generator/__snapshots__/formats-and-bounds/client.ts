// Generated from ../../specs/formats-and-bounds.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/formats-and-bounds.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

import createFetchClient, { wrapAsPathBasedClient, type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "./schema.js";

/**
 * The operations of Formats and bounds 1.0.0, one function per operation, each a typed call
 * through openapi-fetch.
 */
export function createOperations(client: Client<paths>) {
  // The explicit `<paths>` spares tsc inferring it from `Client<paths>`, which
  // makes it work out openapi-fetch's Client variance: ~150,000 type
  // instantiations and seconds in every consumer's type-check, whatever the spec.
  const byPath = wrapAsPathBasedClient<paths>(client);
  return {
    /**
     * Create a record
     *
     * `POST /records`
     */
    createRecord: byPath["/records"].POST,
  };
}

export type Operations = ReturnType<typeof createOperations>;

/**
 * A client for Formats and bounds 1.0.0: `createClient({ baseUrl })`. Redirects are not
 * followed (`redirect: "manual"`): a 3xx comes back as the call's `error` with
 * its `response`, so a body and headers go nowhere the caller did not name.
 * Every request asks for JSON (`Accept: application/json`).
 */
export function createClient(options?: ClientOptions): Operations {
  const client = createFetchClient<paths>({ redirect: "manual", ...options });
  // Every answer the spec documents is JSON, and the types describe that JSON: a
  // service asked for nothing in particular may answer another format.
  client.use({
    onRequest({ request }) {
      request.headers.set("Accept", "application/json");
      return request;
    },
  });
  return createOperations(client);
}
