// Generated from ../../spec/partner/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
export interface PartnerOperationTypes {
  getPromoCodeExceptionList: paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}"]["get"];
  listPromoCodeExceptionListItems: paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items"]["get"];
  listPromoCodes: paths["/PromoCodes"]["get"];
  getPromoCode: paths["/PromoCodes/{Id}"]["get"];
}
type O = PartnerOperationTypes;

/** The core every operation function takes: `createPartnerCore({ accountSid, authToken })`. */
export type PartnerCore = Core$ & { readonly api$: "Partner" };

/** A core for impact.com Partner API — Promo Codes v16; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export declare function createPartnerCore(options: ClientOptions): PartnerCore;

/**
 * Get an exception list
 *
 * Returns one promo code exception list that a brand's contract with this partner refers to. The fields are those of the brand API's list object.
 *
 * `GET /PromoCodeExceptionLists/{PromoCodeExceptionListId}`
 */
export declare function getPromoCodeExceptionList(
  core: PartnerCore,
  ...init: CallArgs<O["getPromoCodeExceptionList"]>
): ApiPromise<SuccessBody<O["getPromoCodeExceptionList"]>>;

/**
 * List exception list items
 *
 * Returns one page of the items on an exception list. Follow `@nextpageuri` for the next page until it is absent. The array's key is `PromoCodeExceptionListItems`, not the brand API's `ExceptionListItems`.
 *
 * `GET /PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items`
 */
export declare function listPromoCodeExceptionListItems(
  core: PartnerCore,
  ...init: CallArgs<O["listPromoCodeExceptionListItems"]>
): ApiPromise<SuccessBody<O["listPromoCodeExceptionListItems"]>>;

/**
 * List promo codes
 *
 * Returns one page of the promo codes brands have given this partner, filtered, searched and sorted as the parameters say. Date filters are inclusive. Follow `@nextpageuri` for the next page until it is absent.
 *
 * impact.com does not document how a filter with several values travels. This description uses the OpenAPI default for query arrays (`form`, exploded: `ProgramId=6554&ProgramId=9786`); the root extension `x-query-array-encoding` holds that choice in one place, so changing it is one edit and a regeneration.
 *
 * `GET /PromoCodes`
 */
export declare function listPromoCodes(
  core: PartnerCore,
  ...init: CallArgs<O["listPromoCodes"]>
): ApiPromise<SuccessBody<O["listPromoCodes"]>>;

/**
 * Get a promo code
 *
 * Returns one promo code a brand has given this partner.
 *
 * `GET /PromoCodes/{Id}`
 */
export declare function getPromoCode(
  core: PartnerCore,
  ...init: CallArgs<O["getPromoCode"]>
): ApiPromise<SuccessBody<O["getPromoCode"]>>;

/** The item type of each paged list. */
export interface PartnerPages {
  listPromoCodeExceptionListItems: PageItem<O["listPromoCodeExceptionListItems"], "PromoCodeExceptionListItems">;
  listPromoCodes: PageItem<O["listPromoCodes"], "PromoCodes">;
}

/**
 * A client for impact.com Partner API — Promo Codes v16: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface PartnerClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * Get an exception list
   *
   * Returns one promo code exception list that a brand's contract with this partner refers to. The fields are those of the brand API's list object.
   *
   * `GET /PromoCodeExceptionLists/{PromoCodeExceptionListId}`
   */
  getPromoCodeExceptionList(
    ...init: CallArgs<O["getPromoCodeExceptionList"]>
  ): ApiPromise<SuccessBody<O["getPromoCodeExceptionList"]>>;
  /**
   * List exception list items
   *
   * Returns one page of the items on an exception list. Follow `@nextpageuri` for the next page until it is absent. The array's key is `PromoCodeExceptionListItems`, not the brand API's `ExceptionListItems`.
   *
   * `GET /PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items`
   */
  listPromoCodeExceptionListItems(
    ...init: CallArgs<O["listPromoCodeExceptionListItems"]>
  ): ApiPromise<SuccessBody<O["listPromoCodeExceptionListItems"]>>;
  /**
   * List promo codes
   *
   * Returns one page of the promo codes brands have given this partner, filtered, searched and sorted as the parameters say. Date filters are inclusive. Follow `@nextpageuri` for the next page until it is absent.
   *
   * impact.com does not document how a filter with several values travels. This description uses the OpenAPI default for query arrays (`form`, exploded: `ProgramId=6554&ProgramId=9786`); the root extension `x-query-array-encoding` holds that choice in one place, so changing it is one edit and a regeneration.
   *
   * `GET /PromoCodes`
   */
  listPromoCodes(...init: CallArgs<O["listPromoCodes"]>): ApiPromise<SuccessBody<O["listPromoCodes"]>>;
  /**
   * Get a promo code
   *
   * Returns one promo code a brand has given this partner.
   *
   * `GET /PromoCodes/{Id}`
   */
  getPromoCode(...init: CallArgs<O["getPromoCode"]>): ApiPromise<SuccessBody<O["getPromoCode"]>>;
  /** Every item of every page of a paged list, following `@nextpageuri`; one page is held at a time. */
  paginate<K extends keyof PartnerPages>(operation: K, ...init: CallArgs<O[K]>): AsyncIterable<PartnerPages[K]>;
}

/** `createPartnerClient({ accountSid, authToken })`: every operation as a method. */
export declare function createPartnerClient(options: ClientOptions): PartnerClient;

// Only what is exported above is this module's: `O` stays private.
export {};
