// Generated from ../../spec/brand/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

import createFetchClient, { wrapAsPathBasedClient, type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "./schema.js";

/**
 * The operations of impact.com Brand API — Promo Codes v14, one function per operation, each a typed call
 * through openapi-fetch.
 */
export function createOperations(client: Client<paths>) {
  // The explicit `<paths>` spares tsc inferring it from `Client<paths>`, which
  // makes it work out openapi-fetch's Client variance: ~150,000 type
  // instantiations and seconds in every consumer's type-check, whatever the spec.
  const byPath = wrapAsPathBasedClient<paths>(client);
  return {
    /**
     * Create an exception list
     *
     * Creates an empty promo code exception list for one program and the action trackers it names; add codes to it with `createPromoCodeExceptionListItem`. impact.com documents no operation that lists every exception list of an account, and none that deletes a list.
     *
     * `POST /PromoCodeExceptionLists`
     */
    createPromoCodeExceptionList: byPath["/PromoCodeExceptionLists"].POST,
    /**
     * Get an exception list
     *
     * Returns one promo code exception list, with the number of items on it.
     *
     * `GET /PromoCodeExceptionLists/{ListId}`
     */
    getPromoCodeExceptionList: byPath["/PromoCodeExceptionLists/{ListId}"].GET,
    /**
     * Update an exception list
     *
     * Changes an exception list's name, its action trackers, or both. Fields left out keep their value. Sending the same change twice has the same effect as once.
     *
     * `PUT /PromoCodeExceptionLists/{ListId}`
     */
    updatePromoCodeExceptionList: byPath["/PromoCodeExceptionLists/{ListId}"].PUT,
    /**
     * List exception list items
     *
     * Returns one page of the items on an exception list, optionally only those with a given value. Follow `@nextpageuri` for the next page until it is absent.
     *
     * `GET /PromoCodeExceptionLists/{ListId}/Items`
     */
    listPromoCodeExceptionListItems: byPath["/PromoCodeExceptionLists/{ListId}/Items"].GET,
    /**
     * Add an exception list item
     *
     * Puts one promo code on the exception list. The answer carries the new item's path in `Uri`. Not idempotent: a client must not retry it on its own.
     *
     * `POST /PromoCodeExceptionLists/{ListId}/Items`
     */
    createPromoCodeExceptionListItem: byPath["/PromoCodeExceptionLists/{ListId}/Items"].POST,
    /**
     * Delete every exception list item
     *
     * Removes every item from the exception list. The list itself stays, empty. This cannot be undone.
     *
     * `DELETE /PromoCodeExceptionLists/{ListId}/Items`
     */
    deleteAllPromoCodeExceptionListItems: byPath["/PromoCodeExceptionLists/{ListId}/Items"].DELETE,
    /**
     * Get an exception list item
     *
     * Returns one item of an exception list.
     *
     * `GET /PromoCodeExceptionLists/{ListId}/Items/{ItemId}`
     */
    getPromoCodeExceptionListItem: byPath["/PromoCodeExceptionLists/{ListId}/Items/{ItemId}"].GET,
    /**
     * Delete an exception list item
     *
     * Removes one item from the exception list. This cannot be undone.
     *
     * `DELETE /PromoCodeExceptionLists/{ListId}/Items/{ItemId}`
     */
    deletePromoCodeExceptionListItem: byPath["/PromoCodeExceptionLists/{ListId}/Items/{ItemId}"].DELETE,
    /**
     * List promo codes
     *
     * Returns one page of the account's promo codes, optionally filtered by program, code, dates and state. Follow `@nextpageuri` for the next page until it is absent.
     *
     * `GET /PromoCodes`
     */
    listPromoCodes: byPath["/PromoCodes"].GET,
    /**
     * Create a promo code
     *
     * Creates a promo code in a program and assigns it to one partner, optionally linked to a deal. The answer carries the new code's path in `Uri`, whose last segment is its id. Creating is not idempotent, so a client must not retry it on its own.
     *
     * `POST /PromoCodes`
     */
    createPromoCode: byPath["/PromoCodes"].POST,
    /**
     * Get a promo code
     *
     * Returns one promo code, with the fields of the deal it is linked to.
     *
     * `GET /PromoCodes/{PromoCodeId}`
     */
    getPromoCode: byPath["/PromoCodes/{PromoCodeId}"].GET,
    /**
     * Expire a promo code
     *
     * Expires the promo code: it stops tracking and its `State` becomes `INACTIVE`. Despite the DELETE method the code is not removed and can still be read and listed. impact.com documents no way to update a code (its object reference says one exists, but no operation is published), so changing a code means expiring it and creating a new one.
     *
     * `DELETE /PromoCodes/{PromoCodeId}`
     */
    expirePromoCode: byPath["/PromoCodes/{PromoCodeId}"].DELETE,
  };
}

export type Operations = ReturnType<typeof createOperations>;

/**
 * A client for impact.com Brand API — Promo Codes v14: `createClient({ baseUrl })`. Redirects are not
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
