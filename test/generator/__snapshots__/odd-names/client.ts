// Generated from ../../specs/odd-names.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/odd-names.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

import createFetchClient, { wrapAsPathBasedClient, type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "./schema.js";

/**
 * The operations of Odd names 1.0.0, one function per operation, each a typed call
 * through openapi-fetch.
 */
export function createOperations(client: Client<paths>) {
  // The explicit `<paths>` spares tsc inferring it from `Client<paths>`, which
  // makes it work out openapi-fetch's Client variance: ~150,000 type
  // instantiations and seconds in every consumer's type-check, whatever the spec.
  const byPath = wrapAsPathBasedClient<paths>(client);
  return {
    /**
     * Id that is the reserved word class
     *
     * `GET /classes`
     */
    class_: byPath["/classes"].GET,
    /**
     * Id with spaces
     *
     * `GET /pets`
     */
    listAllPets: byPath["/pets"].GET,
    /**
     * Id that is the reserved word new
     *
     * `POST /pets`
     */
    new_: byPath["/pets"].POST,
    /**
     * Id with dots
     *
     * `GET /pets/{id}`
     */
    petsGetV2: byPath["/pets/{id}"].GET,
    /**
     * Id with a leading digit
     *
     * `PUT /pets/{id}`
     */
    _2faEnable: byPath["/pets/{id}"].PUT,
    /**
     * Id that is the reserved word delete
     *
     * `DELETE /pets/{id}`
     */
    delete_: byPath["/pets/{id}"].DELETE,
    /**
     * Id with non-ASCII letters
     *
     * `GET /sizes`
     */
    größeÄndern: byPath["/sizes"].GET,
  };
}

export type Operations = ReturnType<typeof createOperations>;

/**
 * A client for Odd names 1.0.0: `createClient({ baseUrl })`. Redirects are not
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
