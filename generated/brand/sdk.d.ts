// Generated from ../../spec/brand/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

import type {
  ImpactClient as Core$,
  ApiPromise,
  CallArgs,
  ClientOptions,
  PublicClientOptions,
  SuccessBody,
  PageItem,
} from "../../runtime/client/index.js";
import type { paths } from "./schema.js";

/** The type of each operation, by the client's name for it. */
export interface BrandOperationTypes {
  createPromoCodeExceptionList: paths["/PromoCodeExceptionLists"]["post"];
  getPromoCodeExceptionList: paths["/PromoCodeExceptionLists/{ListId}"]["get"];
  updatePromoCodeExceptionList: paths["/PromoCodeExceptionLists/{ListId}"]["put"];
  listPromoCodeExceptionListItems: paths["/PromoCodeExceptionLists/{ListId}/Items"]["get"];
  createPromoCodeExceptionListItem: paths["/PromoCodeExceptionLists/{ListId}/Items"]["post"];
  deleteAllPromoCodeExceptionListItems: paths["/PromoCodeExceptionLists/{ListId}/Items"]["delete"];
  getPromoCodeExceptionListItem: paths["/PromoCodeExceptionLists/{ListId}/Items/{ItemId}"]["get"];
  deletePromoCodeExceptionListItem: paths["/PromoCodeExceptionLists/{ListId}/Items/{ItemId}"]["delete"];
  listPromoCodes: paths["/PromoCodes"]["get"];
  createPromoCode: paths["/PromoCodes"]["post"];
  getPromoCode: paths["/PromoCodes/{PromoCodeId}"]["get"];
  expirePromoCode: paths["/PromoCodes/{PromoCodeId}"]["delete"];
}
type O = BrandOperationTypes;

/** The core every operation function takes: `createBrandCore({ accountSid, authToken })`. */
export type BrandCore = Core$ & { readonly api$: "Brand" };

/** A core for impact.com Brand API — Promo Codes v14; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export declare function createBrandCore(options: ClientOptions): BrandCore;

/**
 * Create an exception list
 *
 * Creates an empty promo code exception list for one program and the action trackers it names; add codes to it with `createPromoCodeExceptionListItem`. impact.com documents no operation that lists every exception list of an account, and none that deletes a list.
 *
 * `POST /PromoCodeExceptionLists`
 */
export declare function createPromoCodeExceptionList(
  core: BrandCore,
  ...init: CallArgs<O["createPromoCodeExceptionList"]>
): ApiPromise<SuccessBody<O["createPromoCodeExceptionList"]>>;

/**
 * Get an exception list
 *
 * Returns one promo code exception list, with the number of items on it.
 *
 * `GET /PromoCodeExceptionLists/{ListId}`
 */
export declare function getPromoCodeExceptionList(
  core: BrandCore,
  ...init: CallArgs<O["getPromoCodeExceptionList"]>
): ApiPromise<SuccessBody<O["getPromoCodeExceptionList"]>>;

/**
 * Update an exception list
 *
 * Changes an exception list's name, its action trackers, or both. Fields left out keep their value. Sending the same change twice has the same effect as once.
 *
 * `PUT /PromoCodeExceptionLists/{ListId}`
 */
export declare function updatePromoCodeExceptionList(
  core: BrandCore,
  ...init: CallArgs<O["updatePromoCodeExceptionList"]>
): ApiPromise<SuccessBody<O["updatePromoCodeExceptionList"]>>;

/**
 * List exception list items
 *
 * Returns one page of the items on an exception list, optionally only those with a given value. Follow `@nextpageuri` for the next page until it is absent.
 *
 * `GET /PromoCodeExceptionLists/{ListId}/Items`
 */
export declare function listPromoCodeExceptionListItems(
  core: BrandCore,
  ...init: CallArgs<O["listPromoCodeExceptionListItems"]>
): ApiPromise<SuccessBody<O["listPromoCodeExceptionListItems"]>>;

/**
 * Add an exception list item
 *
 * Puts one promo code on the exception list. The answer carries the new item's path in `Uri`. Not idempotent: a client must not retry it on its own.
 *
 * `POST /PromoCodeExceptionLists/{ListId}/Items`
 */
export declare function createPromoCodeExceptionListItem(
  core: BrandCore,
  ...init: CallArgs<O["createPromoCodeExceptionListItem"]>
): ApiPromise<SuccessBody<O["createPromoCodeExceptionListItem"]>>;

/**
 * Delete every exception list item
 *
 * Removes every item from the exception list. The list itself stays, empty. This cannot be undone.
 *
 * `DELETE /PromoCodeExceptionLists/{ListId}/Items`
 */
export declare function deleteAllPromoCodeExceptionListItems(
  core: BrandCore,
  ...init: CallArgs<O["deleteAllPromoCodeExceptionListItems"]>
): ApiPromise<SuccessBody<O["deleteAllPromoCodeExceptionListItems"]>>;

/**
 * Get an exception list item
 *
 * Returns one item of an exception list.
 *
 * `GET /PromoCodeExceptionLists/{ListId}/Items/{ItemId}`
 */
export declare function getPromoCodeExceptionListItem(
  core: BrandCore,
  ...init: CallArgs<O["getPromoCodeExceptionListItem"]>
): ApiPromise<SuccessBody<O["getPromoCodeExceptionListItem"]>>;

/**
 * Delete an exception list item
 *
 * Removes one item from the exception list. This cannot be undone.
 *
 * `DELETE /PromoCodeExceptionLists/{ListId}/Items/{ItemId}`
 */
export declare function deletePromoCodeExceptionListItem(
  core: BrandCore,
  ...init: CallArgs<O["deletePromoCodeExceptionListItem"]>
): ApiPromise<SuccessBody<O["deletePromoCodeExceptionListItem"]>>;

/**
 * List promo codes
 *
 * Returns one page of the account's promo codes, optionally filtered by program, code, dates and state. Follow `@nextpageuri` for the next page until it is absent.
 *
 * `GET /PromoCodes`
 */
export declare function listPromoCodes(
  core: BrandCore,
  ...init: CallArgs<O["listPromoCodes"]>
): ApiPromise<SuccessBody<O["listPromoCodes"]>>;

/**
 * Create a promo code
 *
 * Creates a promo code in a program and assigns it to one partner, optionally linked to a deal. The answer carries the new code's path in `Uri`, whose last segment is its id. Creating is not idempotent, so a client must not retry it on its own.
 *
 * `POST /PromoCodes`
 */
export declare function createPromoCode(
  core: BrandCore,
  ...init: CallArgs<O["createPromoCode"]>
): ApiPromise<SuccessBody<O["createPromoCode"]>>;

/**
 * Get a promo code
 *
 * Returns one promo code, with the fields of the deal it is linked to.
 *
 * `GET /PromoCodes/{PromoCodeId}`
 */
export declare function getPromoCode(
  core: BrandCore,
  ...init: CallArgs<O["getPromoCode"]>
): ApiPromise<SuccessBody<O["getPromoCode"]>>;

/**
 * Expire a promo code
 *
 * Expires the promo code: it stops tracking and its `State` becomes `INACTIVE`. Despite the DELETE method the code is not removed and can still be read and listed. impact.com documents no way to update a code (its object reference says one exists, but no operation is published), so changing a code means expiring it and creating a new one.
 *
 * `DELETE /PromoCodes/{PromoCodeId}`
 */
export declare function expirePromoCode(
  core: BrandCore,
  ...init: CallArgs<O["expirePromoCode"]>
): ApiPromise<SuccessBody<O["expirePromoCode"]>>;

/** The item type of each paged list. */
export interface BrandPages {
  listPromoCodeExceptionListItems: PageItem<O["listPromoCodeExceptionListItems"], "ExceptionListItems">;
  listPromoCodes: PageItem<O["listPromoCodes"], "PromoCodes">;
}

/**
 * A client for impact.com Brand API — Promo Codes v14: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface BrandClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * Create an exception list
   *
   * Creates an empty promo code exception list for one program and the action trackers it names; add codes to it with `createPromoCodeExceptionListItem`. impact.com documents no operation that lists every exception list of an account, and none that deletes a list.
   *
   * `POST /PromoCodeExceptionLists`
   */
  createPromoCodeExceptionList(
    ...init: CallArgs<O["createPromoCodeExceptionList"]>
  ): ApiPromise<SuccessBody<O["createPromoCodeExceptionList"]>>;
  /**
   * Get an exception list
   *
   * Returns one promo code exception list, with the number of items on it.
   *
   * `GET /PromoCodeExceptionLists/{ListId}`
   */
  getPromoCodeExceptionList(
    ...init: CallArgs<O["getPromoCodeExceptionList"]>
  ): ApiPromise<SuccessBody<O["getPromoCodeExceptionList"]>>;
  /**
   * Update an exception list
   *
   * Changes an exception list's name, its action trackers, or both. Fields left out keep their value. Sending the same change twice has the same effect as once.
   *
   * `PUT /PromoCodeExceptionLists/{ListId}`
   */
  updatePromoCodeExceptionList(
    ...init: CallArgs<O["updatePromoCodeExceptionList"]>
  ): ApiPromise<SuccessBody<O["updatePromoCodeExceptionList"]>>;
  /**
   * List exception list items
   *
   * Returns one page of the items on an exception list, optionally only those with a given value. Follow `@nextpageuri` for the next page until it is absent.
   *
   * `GET /PromoCodeExceptionLists/{ListId}/Items`
   */
  listPromoCodeExceptionListItems(
    ...init: CallArgs<O["listPromoCodeExceptionListItems"]>
  ): ApiPromise<SuccessBody<O["listPromoCodeExceptionListItems"]>>;
  /**
   * Add an exception list item
   *
   * Puts one promo code on the exception list. The answer carries the new item's path in `Uri`. Not idempotent: a client must not retry it on its own.
   *
   * `POST /PromoCodeExceptionLists/{ListId}/Items`
   */
  createPromoCodeExceptionListItem(
    ...init: CallArgs<O["createPromoCodeExceptionListItem"]>
  ): ApiPromise<SuccessBody<O["createPromoCodeExceptionListItem"]>>;
  /**
   * Delete every exception list item
   *
   * Removes every item from the exception list. The list itself stays, empty. This cannot be undone.
   *
   * `DELETE /PromoCodeExceptionLists/{ListId}/Items`
   */
  deleteAllPromoCodeExceptionListItems(
    ...init: CallArgs<O["deleteAllPromoCodeExceptionListItems"]>
  ): ApiPromise<SuccessBody<O["deleteAllPromoCodeExceptionListItems"]>>;
  /**
   * Get an exception list item
   *
   * Returns one item of an exception list.
   *
   * `GET /PromoCodeExceptionLists/{ListId}/Items/{ItemId}`
   */
  getPromoCodeExceptionListItem(
    ...init: CallArgs<O["getPromoCodeExceptionListItem"]>
  ): ApiPromise<SuccessBody<O["getPromoCodeExceptionListItem"]>>;
  /**
   * Delete an exception list item
   *
   * Removes one item from the exception list. This cannot be undone.
   *
   * `DELETE /PromoCodeExceptionLists/{ListId}/Items/{ItemId}`
   */
  deletePromoCodeExceptionListItem(
    ...init: CallArgs<O["deletePromoCodeExceptionListItem"]>
  ): ApiPromise<SuccessBody<O["deletePromoCodeExceptionListItem"]>>;
  /**
   * List promo codes
   *
   * Returns one page of the account's promo codes, optionally filtered by program, code, dates and state. Follow `@nextpageuri` for the next page until it is absent.
   *
   * `GET /PromoCodes`
   */
  listPromoCodes(...init: CallArgs<O["listPromoCodes"]>): ApiPromise<SuccessBody<O["listPromoCodes"]>>;
  /**
   * Create a promo code
   *
   * Creates a promo code in a program and assigns it to one partner, optionally linked to a deal. The answer carries the new code's path in `Uri`, whose last segment is its id. Creating is not idempotent, so a client must not retry it on its own.
   *
   * `POST /PromoCodes`
   */
  createPromoCode(...init: CallArgs<O["createPromoCode"]>): ApiPromise<SuccessBody<O["createPromoCode"]>>;
  /**
   * Get a promo code
   *
   * Returns one promo code, with the fields of the deal it is linked to.
   *
   * `GET /PromoCodes/{PromoCodeId}`
   */
  getPromoCode(...init: CallArgs<O["getPromoCode"]>): ApiPromise<SuccessBody<O["getPromoCode"]>>;
  /**
   * Expire a promo code
   *
   * Expires the promo code: it stops tracking and its `State` becomes `INACTIVE`. Despite the DELETE method the code is not removed and can still be read and listed. impact.com documents no way to update a code (its object reference says one exists, but no operation is published), so changing a code means expiring it and creating a new one.
   *
   * `DELETE /PromoCodes/{PromoCodeId}`
   */
  expirePromoCode(...init: CallArgs<O["expirePromoCode"]>): ApiPromise<SuccessBody<O["expirePromoCode"]>>;
  /** Every item of every page of a paged list, following `@nextpageuri`; one page is held at a time. */
  paginate<K extends keyof BrandPages>(operation: K, ...init: CallArgs<O[K]>): AsyncIterable<BrandPages[K]>;
}

/** `createBrandClient({ accountSid, authToken })`: every operation as a method. */
export declare function createBrandClient(options: ClientOptions): BrandClient;

// Only what is exported above is this module's: `O` stays private.
export {};
