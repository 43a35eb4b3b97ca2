// Generated from ../../specs/hostile-names.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

import createFetchClient, { wrapAsPathBasedClient, type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "./schema.js";

/**
 * The operations of Hostile names 1, one function per operation, each a typed call
 * through openapi-fetch.
 */
export function createOperations(client: Client<paths>) {
  const byPath = wrapAsPathBasedClient(client);
  return {
    /**
     * `GET /things`
     */
    proto: byPath["/things"].GET,
    /**
     * `POST /things`
     */
    constructor_: byPath["/things"].POST,
  };
}

export type Operations = ReturnType<typeof createOperations>;

/**
 * A client for Hostile names 1: `createClient({ baseUrl })`. Redirects are not
 * followed (`redirect: "manual"`): a 3xx comes back as the call's `error` with
 * its `response`, so a body and headers go nowhere the caller did not name.
 */
export function createClient(options?: ClientOptions): Operations {
  return createOperations(createFetchClient<paths>({ redirect: "manual", ...options }));
}
