// Generated from ../../spec/partner/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

import createFetchClient, { wrapAsPathBasedClient, type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "./schema.js";

/**
 * The operations of impact.com Partner API — Promo Codes v16, one function per operation, each a typed call
 * through openapi-fetch.
 */
export function createOperations(client: Client<paths>) {
  // The explicit `<paths>` spares tsc inferring it from `Client<paths>`, which
  // makes it work out openapi-fetch's Client variance: ~150,000 type
  // instantiations and seconds in every consumer's type-check, whatever the spec.
  const byPath = wrapAsPathBasedClient<paths>(client);
  return {
    /**
     * Get an exception list
     *
     * Returns one promo code exception list that a brand's contract with this partner refers to. The fields are those of the brand API's list object.
     *
     * `GET /PromoCodeExceptionLists/{PromoCodeExceptionListId}`
     */
    getPromoCodeExceptionList: byPath["/PromoCodeExceptionLists/{PromoCodeExceptionListId}"].GET,
    /**
     * List exception list items
     *
     * Returns one page of the items on an exception list. Follow `@nextpageuri` for the next page until it is absent. The array's key is `PromoCodeExceptionListItems`, not the brand API's `ExceptionListItems`.
     *
     * `GET /PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items`
     */
    listPromoCodeExceptionListItems: byPath["/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items"].GET,
    /**
     * List promo codes
     *
     * Returns one page of the promo codes brands have given this partner, filtered, searched and sorted as the parameters say. Date filters are inclusive. Follow `@nextpageuri` for the next page until it is absent.
     *
     * impact.com does not document how a filter with several values travels. This description uses the OpenAPI default for query arrays (`form`, exploded: `ProgramId=6554&ProgramId=9786`); the root extension `x-query-array-encoding` holds that choice in one place, so changing it is one edit and a regeneration.
     *
     * `GET /PromoCodes`
     */
    listPromoCodes: byPath["/PromoCodes"].GET,
    /**
     * Get a promo code
     *
     * Returns one promo code a brand has given this partner.
     *
     * `GET /PromoCodes/{Id}`
     */
    getPromoCode: byPath["/PromoCodes/{Id}"].GET,
  };
}

export type Operations = ReturnType<typeof createOperations>;

/**
 * A client for impact.com Partner API — Promo Codes v16: `createClient({ baseUrl })`. Redirects are not
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
