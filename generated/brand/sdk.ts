// Generated from ../../spec/brand/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

import {
  ImpactClient as Core$,
  type ApiPromise,
  type ApiSettings,
  type CallArgs,
  type ClientOptions,
  type OperationDescription,
  type PublicClientOptions,
  type SuccessBody,
  type Shape,
  paginate as paginate$,
  type CallInit,
  type PageItem,
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

/** What the client core needs to know of impact.com Brand API — Promo Codes v14 as a whole. */
const settings$: ApiSettings = {
  server: "https://api.impact.com/Advertisers/{AccountSID}",
  wire: {
    scalarsAsStrings: true,
    emptyStringIsAbsent: true,
    enumsIgnoreCase: true,
    arraysAsCommaSeparatedStrings: true,
    undocumentedProperties: true,
  },
  version: {
    header: "IR-Version",
    value: "14",
  },
  queryArrays: {
    style: "form",
    explode: true,
  },
};

// The documented shape of each response schema, for turning the wire form into it.
const ActionResult$shape: Shape = {
  object: {
    Status: "string",
    Uri: {
      ref: () => ResourceUri$shape,
    },
  },
  required: ["Status", "Uri"],
};
const ActionTracker$shape: Shape = {
  object: {
    Id: "integer",
    Name: "string",
  },
  required: ["Id"],
};
const BogoGetDiscountType$shape: Shape = {
  enum: ["FREE", "AMOUNT", "PERCENT"],
};
const CurrencyCode$shape: Shape = "string";
const DealProduct$shape: Shape = {
  object: {
    ProductName: "string",
    ProductImageUrl: "string",
    ProductBeforePriceAmount: "number",
    ProductBeforePriceCurrency: {
      ref: () => CurrencyCode$shape,
    },
    ProductAfterPriceAmount: "number",
    ProductAfterPriceCurrency: {
      ref: () => CurrencyCode$shape,
    },
  },
  required: [],
};
const DealScope$shape: Shape = {
  enum: ["CATEGORY", "ENTIRE_STORE", "PRODUCT"],
};
const DealState$shape: Shape = {
  enum: ["ACTIVE", "EXPIRED", "PENDING"],
};
const DealType$shape: Shape = {
  enum: ["GENERAL_SALE", "FREE_SHIPPING", "GIFT_WITH_PURCHASE", "REBATE", "BOGO"],
};
const DeleteResult$shape: Shape = {
  object: {
    Status: "string",
    Uri: {
      ref: () => ResourceUri$shape,
    },
  },
  required: ["Status"],
};
const DiscountType$shape: Shape = {
  enum: ["FIXED", "PERCENT", "PERCENT_RANGE", "PERCENT_MAXIMUM"],
};
const PromoCode$shape: Shape = {
  object: {
    Id: "integer",
    Code: "string",
    Type: {
      ref: () => PromoCodeMatchType$shape,
    },
    CreditPolicy: {
      ref: () => PromoCodeCreditPolicy$shape,
    },
    CampaignId: "integer",
    CampaignName: "string",
    AssignedPartnerId: "integer",
    AssignedPartnerName: "string",
    CreatedDate: "string",
    StartDate: "string",
    EndDate: "string",
    State: {
      ref: () => PromoCodeState$shape,
    },
    DealId: "integer",
    DealName: "string",
    DealDescription: "string",
    DealState: {
      ref: () => DealState$shape,
    },
    DealType: {
      ref: () => DealType$shape,
    },
    DealScope: {
      ref: () => DealScope$shape,
    },
    DealProducts: {
      array: {
        ref: () => DealProduct$shape,
      },
    },
    DealCategories: "string",
    DiscountType: {
      ref: () => DiscountType$shape,
    },
    DiscountAmount: "number",
    DiscountCurrency: {
      ref: () => CurrencyCode$shape,
    },
    DiscountPercent: "number",
    DiscountMaximumPercent: "number",
    DiscountPercentRangeStart: "number",
    DiscountPercentRangeEnd: "number",
    Gift: "string",
    RebateAmount: "number",
    RebateCurrency: {
      ref: () => CurrencyCode$shape,
    },
    DealDefaultPromoCode: "string",
    MinimumPurchaseAmount: "number",
    MinimumPurchaseAmountCurrency: {
      ref: () => CurrencyCode$shape,
    },
    MaximumSavingsAmount: "number",
    MaximumSavingsCurrency: {
      ref: () => CurrencyCode$shape,
    },
    BogoBuyQuantity: "integer",
    BogoBuyScope: {
      ref: () => DealScope$shape,
    },
    BogoBuyName: "string",
    BogoBuyImageUrl: "string",
    BogoGetQuantity: "integer",
    BogoGetScope: {
      ref: () => DealScope$shape,
    },
    BogoGetDiscountType: {
      ref: () => BogoGetDiscountType$shape,
    },
    BogoGetName: "string",
    BogoGetImageUrl: "string",
    BogoGetDiscountAmount: "number",
    BogoGetDiscountCurrency: {
      ref: () => CurrencyCode$shape,
    },
    BogoGetDiscountPercent: "number",
    PurchaseLimitQuantity: "integer",
    DealStartDate: "string",
    DealEndDate: "string",
    SynchAdsPromoCodes: "boolean",
    DealRestrictedMediaPartners: {
      array: "string",
    },
    DealRestrictedMediaPartnerGroups: {
      array: "string",
    },
    Uri: {
      ref: () => ResourceUri$shape,
    },
  },
  required: ["Id", "Code", "Type", "CreditPolicy", "CampaignId", "AssignedPartnerId", "CreatedDate", "State", "Uri"],
};
const PromoCodeCreditPolicy$shape: Shape = {
  enum: ["ALWAYS", "INVOLVED", "WINNER"],
};
const PromoCodeExceptionList$shape: Shape = {
  object: {
    Id: "integer",
    Name: "string",
    State: {
      ref: () => PromoCodeExceptionListState$shape,
    },
    CampaignId: "integer",
    CreatedDate: "string",
    DeactivationDate: "string",
    ActionTrackers: {
      array: {
        ref: () => ActionTracker$shape,
      },
    },
    NumberOfItems: "integer",
    ItemsUri: {
      ref: () => ResourceUri$shape,
    },
    Uri: {
      ref: () => ResourceUri$shape,
    },
  },
  required: ["Id", "Name", "State", "CampaignId", "Uri"],
};
const PromoCodeExceptionListItem$shape: Shape = {
  object: {
    Id: "integer",
    Value: "string",
    Name: "string",
    MatchMode: {
      ref: () => PromoCodeExceptionListItemMatchMode$shape,
    },
    ListId: "integer",
    CreatedDate: "string",
    Uri: {
      ref: () => ResourceUri$shape,
    },
  },
  required: ["Id", "Value", "ListId", "Uri"],
};
const PromoCodeExceptionListItemList$shape: Shape = {
  object: {
    ExceptionListItems: {
      array: {
        ref: () => PromoCodeExceptionListItem$shape,
      },
    },
    "@page": "integer",
    "@numpages": "integer",
    "@pagesize": "integer",
    "@total": "integer",
    "@start": "integer",
    "@end": "integer",
    "@uri": {
      ref: () => ResourceUri$shape,
    },
    "@firstpageuri": {
      ref: () => ResourceUri$shape,
    },
    "@previouspageuri": {
      ref: () => ResourceUri$shape,
    },
    "@nextpageuri": {
      ref: () => ResourceUri$shape,
    },
    "@lastpageuri": {
      ref: () => ResourceUri$shape,
    },
  },
  required: ["ExceptionListItems", "@page", "@numpages", "@pagesize", "@total", "@start", "@end", "@uri"],
};
const PromoCodeExceptionListItemMatchMode$shape: Shape = {
  enum: ["EQ", "REGEX"],
};
const PromoCodeExceptionListState$shape: Shape = {
  enum: ["ACTIVE", "CLOSED", "DEACTIVATED"],
};
const PromoCodeList$shape: Shape = {
  object: {
    PromoCodes: {
      array: {
        ref: () => PromoCode$shape,
      },
    },
    "@page": "integer",
    "@numpages": "integer",
    "@pagesize": "integer",
    "@total": "integer",
    "@start": "integer",
    "@end": "integer",
    "@uri": {
      ref: () => ResourceUri$shape,
    },
    "@firstpageuri": {
      ref: () => ResourceUri$shape,
    },
    "@previouspageuri": {
      ref: () => ResourceUri$shape,
    },
    "@nextpageuri": {
      ref: () => ResourceUri$shape,
    },
    "@lastpageuri": {
      ref: () => ResourceUri$shape,
    },
  },
  required: ["PromoCodes", "@page", "@numpages", "@pagesize", "@total", "@start", "@end", "@uri"],
};
const PromoCodeMatchType$shape: Shape = {
  enum: ["LI", "RE"],
};
const PromoCodeState$shape: Shape = {
  enum: ["ACTIVE", "INACTIVE"],
};
const ResourceUri$shape: Shape = "string";

// Each operation as the client core needs it.
const createPromoCodeExceptionList$operation: OperationDescription = {
  method: "POST",
  path: "/PromoCodeExceptionLists",
  body: "form",
  success: {
    "200": {
      ref: () => ActionResult$shape,
    },
  },
};
const getPromoCodeExceptionList$operation: OperationDescription = {
  method: "GET",
  path: "/PromoCodeExceptionLists/{ListId}",
  success: {
    "200": {
      ref: () => PromoCodeExceptionList$shape,
    },
  },
  integerPath: ["ListId"],
};
const updatePromoCodeExceptionList$operation: OperationDescription = {
  method: "PUT",
  path: "/PromoCodeExceptionLists/{ListId}",
  body: "form",
  success: {
    "200": {
      ref: () => ActionResult$shape,
    },
  },
  integerPath: ["ListId"],
};
const listPromoCodeExceptionListItems$operation: OperationDescription = {
  method: "GET",
  path: "/PromoCodeExceptionLists/{ListId}/Items",
  success: {
    "200": {
      ref: () => PromoCodeExceptionListItemList$shape,
    },
  },
  pageItems: "ExceptionListItems",
  integerPath: ["ListId"],
};
const createPromoCodeExceptionListItem$operation: OperationDescription = {
  method: "POST",
  path: "/PromoCodeExceptionLists/{ListId}/Items",
  body: "form",
  success: {
    "200": {
      ref: () => ActionResult$shape,
    },
  },
  integerPath: ["ListId"],
};
const deleteAllPromoCodeExceptionListItems$operation: OperationDescription = {
  method: "DELETE",
  path: "/PromoCodeExceptionLists/{ListId}/Items",
  success: {
    "200": {
      ref: () => DeleteResult$shape,
    },
  },
  integerPath: ["ListId"],
};
const getPromoCodeExceptionListItem$operation: OperationDescription = {
  method: "GET",
  path: "/PromoCodeExceptionLists/{ListId}/Items/{ItemId}",
  success: {
    "200": {
      ref: () => PromoCodeExceptionListItem$shape,
    },
  },
  integerPath: ["ListId", "ItemId"],
};
const deletePromoCodeExceptionListItem$operation: OperationDescription = {
  method: "DELETE",
  path: "/PromoCodeExceptionLists/{ListId}/Items/{ItemId}",
  success: {
    "200": {
      ref: () => DeleteResult$shape,
    },
  },
  integerPath: ["ListId", "ItemId"],
};
const listPromoCodes$operation: OperationDescription = {
  method: "GET",
  path: "/PromoCodes",
  success: {
    "200": {
      ref: () => PromoCodeList$shape,
    },
  },
  pageItems: "PromoCodes",
};
const createPromoCode$operation: OperationDescription = {
  method: "POST",
  path: "/PromoCodes",
  body: "form",
  success: {
    "200": {
      ref: () => ActionResult$shape,
    },
  },
};
const getPromoCode$operation: OperationDescription = {
  method: "GET",
  path: "/PromoCodes/{PromoCodeId}",
  success: {
    "200": {
      ref: () => PromoCode$shape,
    },
  },
  integerPath: ["PromoCodeId"],
};
const expirePromoCode$operation: OperationDescription = {
  method: "DELETE",
  path: "/PromoCodes/{PromoCodeId}",
  success: {
    "200": {
      ref: () => ActionResult$shape,
    },
  },
  integerPath: ["PromoCodeId"],
};

/** The core every operation function takes: `createBrandCore({ accountSid, authToken })`. */
export type BrandCore = Core$ & { readonly api$: "Brand" };

/** A core for impact.com Brand API — Promo Codes v14; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createBrandCore(options: ClientOptions): BrandCore {
  return new Core$(options, settings$) as BrandCore;
}

/**
 * Create an exception list
 *
 * Creates an empty promo code exception list for one program and the action trackers it names; add codes to it with `createPromoCodeExceptionListItem`. impact.com documents no operation that lists every exception list of an account, and none that deletes a list.
 *
 * `POST /PromoCodeExceptionLists`
 */
export function createPromoCodeExceptionList(
  core: BrandCore,
  ...init: CallArgs<O["createPromoCodeExceptionList"]>
): ApiPromise<SuccessBody<O["createPromoCodeExceptionList"]>> {
  return core.call(createPromoCodeExceptionList$operation, init[0]);
}

/**
 * Get an exception list
 *
 * Returns one promo code exception list, with the number of items on it.
 *
 * `GET /PromoCodeExceptionLists/{ListId}`
 */
export function getPromoCodeExceptionList(
  core: BrandCore,
  ...init: CallArgs<O["getPromoCodeExceptionList"]>
): ApiPromise<SuccessBody<O["getPromoCodeExceptionList"]>> {
  return core.call(getPromoCodeExceptionList$operation, init[0]);
}

/**
 * Update an exception list
 *
 * Changes an exception list's name, its action trackers, or both. Fields left out keep their value. Sending the same change twice has the same effect as once.
 *
 * `PUT /PromoCodeExceptionLists/{ListId}`
 */
export function updatePromoCodeExceptionList(
  core: BrandCore,
  ...init: CallArgs<O["updatePromoCodeExceptionList"]>
): ApiPromise<SuccessBody<O["updatePromoCodeExceptionList"]>> {
  return core.call(updatePromoCodeExceptionList$operation, init[0]);
}

/**
 * List exception list items
 *
 * Returns one page of the items on an exception list, optionally only those with a given value. Follow `@nextpageuri` for the next page until it is absent.
 *
 * `GET /PromoCodeExceptionLists/{ListId}/Items`
 */
export function listPromoCodeExceptionListItems(
  core: BrandCore,
  ...init: CallArgs<O["listPromoCodeExceptionListItems"]>
): ApiPromise<SuccessBody<O["listPromoCodeExceptionListItems"]>> {
  return core.call(listPromoCodeExceptionListItems$operation, init[0]);
}

/**
 * Add an exception list item
 *
 * Puts one promo code on the exception list. The answer carries the new item's path in `Uri`. Not idempotent: a client must not retry it on its own.
 *
 * `POST /PromoCodeExceptionLists/{ListId}/Items`
 */
export function createPromoCodeExceptionListItem(
  core: BrandCore,
  ...init: CallArgs<O["createPromoCodeExceptionListItem"]>
): ApiPromise<SuccessBody<O["createPromoCodeExceptionListItem"]>> {
  return core.call(createPromoCodeExceptionListItem$operation, init[0]);
}

/**
 * Delete every exception list item
 *
 * Removes every item from the exception list. The list itself stays, empty. This cannot be undone.
 *
 * `DELETE /PromoCodeExceptionLists/{ListId}/Items`
 */
export function deleteAllPromoCodeExceptionListItems(
  core: BrandCore,
  ...init: CallArgs<O["deleteAllPromoCodeExceptionListItems"]>
): ApiPromise<SuccessBody<O["deleteAllPromoCodeExceptionListItems"]>> {
  return core.call(deleteAllPromoCodeExceptionListItems$operation, init[0]);
}

/**
 * Get an exception list item
 *
 * Returns one item of an exception list.
 *
 * `GET /PromoCodeExceptionLists/{ListId}/Items/{ItemId}`
 */
export function getPromoCodeExceptionListItem(
  core: BrandCore,
  ...init: CallArgs<O["getPromoCodeExceptionListItem"]>
): ApiPromise<SuccessBody<O["getPromoCodeExceptionListItem"]>> {
  return core.call(getPromoCodeExceptionListItem$operation, init[0]);
}

/**
 * Delete an exception list item
 *
 * Removes one item from the exception list. This cannot be undone.
 *
 * `DELETE /PromoCodeExceptionLists/{ListId}/Items/{ItemId}`
 */
export function deletePromoCodeExceptionListItem(
  core: BrandCore,
  ...init: CallArgs<O["deletePromoCodeExceptionListItem"]>
): ApiPromise<SuccessBody<O["deletePromoCodeExceptionListItem"]>> {
  return core.call(deletePromoCodeExceptionListItem$operation, init[0]);
}

/**
 * List promo codes
 *
 * Returns one page of the account's promo codes, optionally filtered by program, code, dates and state. Follow `@nextpageuri` for the next page until it is absent.
 *
 * `GET /PromoCodes`
 */
export function listPromoCodes(
  core: BrandCore,
  ...init: CallArgs<O["listPromoCodes"]>
): ApiPromise<SuccessBody<O["listPromoCodes"]>> {
  return core.call(listPromoCodes$operation, init[0]);
}

/**
 * Create a promo code
 *
 * Creates a promo code in a program and assigns it to one partner, optionally linked to a deal. The answer carries the new code's path in `Uri`, whose last segment is its id. Creating is not idempotent, so a client must not retry it on its own.
 *
 * `POST /PromoCodes`
 */
export function createPromoCode(
  core: BrandCore,
  ...init: CallArgs<O["createPromoCode"]>
): ApiPromise<SuccessBody<O["createPromoCode"]>> {
  return core.call(createPromoCode$operation, init[0]);
}

/**
 * Get a promo code
 *
 * Returns one promo code, with the fields of the deal it is linked to.
 *
 * `GET /PromoCodes/{PromoCodeId}`
 */
export function getPromoCode(
  core: BrandCore,
  ...init: CallArgs<O["getPromoCode"]>
): ApiPromise<SuccessBody<O["getPromoCode"]>> {
  return core.call(getPromoCode$operation, init[0]);
}

/**
 * Expire a promo code
 *
 * Expires the promo code: it stops tracking and its `State` becomes `INACTIVE`. Despite the DELETE method the code is not removed and can still be read and listed. impact.com documents no way to update a code (its object reference says one exists, but no operation is published), so changing a code means expiring it and creating a new one.
 *
 * `DELETE /PromoCodes/{PromoCodeId}`
 */
export function expirePromoCode(
  core: BrandCore,
  ...init: CallArgs<O["expirePromoCode"]>
): ApiPromise<SuccessBody<O["expirePromoCode"]>> {
  return core.call(expirePromoCode$operation, init[0]);
}

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
export function createBrandClient(options: ClientOptions): BrandClient {
  const core = createBrandCore(options);
  const pages: Record<keyof BrandPages, OperationDescription> = {
    listPromoCodeExceptionListItems: listPromoCodeExceptionListItems$operation,
    listPromoCodes: listPromoCodes$operation,
  };
  return {
    options: core.options,
    createPromoCodeExceptionList: (...init) => createPromoCodeExceptionList(core, ...init),
    getPromoCodeExceptionList: (...init) => getPromoCodeExceptionList(core, ...init),
    updatePromoCodeExceptionList: (...init) => updatePromoCodeExceptionList(core, ...init),
    listPromoCodeExceptionListItems: (...init) => listPromoCodeExceptionListItems(core, ...init),
    createPromoCodeExceptionListItem: (...init) => createPromoCodeExceptionListItem(core, ...init),
    deleteAllPromoCodeExceptionListItems: (...init) => deleteAllPromoCodeExceptionListItems(core, ...init),
    getPromoCodeExceptionListItem: (...init) => getPromoCodeExceptionListItem(core, ...init),
    deletePromoCodeExceptionListItem: (...init) => deletePromoCodeExceptionListItem(core, ...init),
    listPromoCodes: (...init) => listPromoCodes(core, ...init),
    createPromoCode: (...init) => createPromoCode(core, ...init),
    getPromoCode: (...init) => getPromoCode(core, ...init),
    expirePromoCode: (...init) => expirePromoCode(core, ...init),
    paginate: (operation, ...init) => paginate$(core, pages[operation], init[0] as CallInit | undefined),
  };
}
