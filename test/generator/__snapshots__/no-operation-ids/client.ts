// Generated from ../../specs/no-operation-ids.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/no-operation-ids.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

import createFetchClient, { wrapAsPathBasedClient, type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "./schema.js";

/**
 * The operations of No operation ids 1.0.0, one function per operation, each a typed call
 * through openapi-fetch.
 */
export function createOperations(client: Client<paths>) {
  // The explicit `<paths>` spares tsc inferring it from `Client<paths>`, which
  // makes it work out openapi-fetch's Client variance: ~150,000 type
  // instantiations and seconds in every consumer's type-check, whatever the spec.
  const byPath = wrapAsPathBasedClient<paths>(client);
  return {
    /**
     * List pets
     *
     * `GET /pets`
     */
    getPets: byPath["/pets"].GET,
    /**
     * Create a pet
     *
     * `POST /pets`
     */
    postPets: byPath["/pets"].POST,
    /**
     * Get a pet
     *
     * `GET /pets/{petId}`
     */
    getPetsByPetId: byPath["/pets/{petId}"].GET,
    /**
     * Delete a pet
     *
     * `DELETE /pets/{petId}`
     */
    deletePetsByPetId: byPath["/pets/{petId}"].DELETE,
    /**
     * Get a toy of a pet
     *
     * `GET /pets/{petId}/toys/{toyId}`
     */
    getPetsByPetIdToysByToyId: byPath["/pets/{petId}/toys/{toyId}"].GET,
  };
}

export type Operations = ReturnType<typeof createOperations>;

/**
 * A client for No operation ids 1.0.0: `createClient({ baseUrl })`. Redirects are not
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
