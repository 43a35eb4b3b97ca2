// Generated from ../../spec/brand/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

import {
  ImpactClient,
  type ApiDescription,
  type ApiPromise,
  type CallArgs,
  type CallInit,
  type ClientOptions,
  type PublicClientOptions,
  type SuccessBody,
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

/** What the client core needs to know of impact.com Brand API — Promo Codes v14, derived from the spec. */
const description: ApiDescription = {
  server: "https://api.impact.com/Advertisers/{AccountSID}",
  wire: {
    scalarsAsStrings: true,
    emptyStringIsAbsent: true,
    enumsIgnoreCase: true,
    arraysAsCommaSeparatedStrings: true,
    undocumentedProperties: true,
  },
  queryArrays: {
    style: "form",
    explode: true,
  },
  operations: {
    createPromoCodeExceptionList: {
      method: "POST",
      path: "/PromoCodeExceptionLists",
      body: "form",
      success: {
        "200": {
          ref: "ActionResult",
        },
      },
    },
    getPromoCodeExceptionList: {
      method: "GET",
      path: "/PromoCodeExceptionLists/{ListId}",
      success: {
        "200": {
          ref: "PromoCodeExceptionList",
        },
      },
    },
    updatePromoCodeExceptionList: {
      method: "PUT",
      path: "/PromoCodeExceptionLists/{ListId}",
      body: "form",
      success: {
        "200": {
          ref: "ActionResult",
        },
      },
    },
    listPromoCodeExceptionListItems: {
      method: "GET",
      path: "/PromoCodeExceptionLists/{ListId}/Items",
      success: {
        "200": {
          ref: "PromoCodeExceptionListItemList",
        },
      },
      pageItems: "ExceptionListItems",
    },
    createPromoCodeExceptionListItem: {
      method: "POST",
      path: "/PromoCodeExceptionLists/{ListId}/Items",
      body: "form",
      success: {
        "200": {
          ref: "ActionResult",
        },
      },
    },
    deleteAllPromoCodeExceptionListItems: {
      method: "DELETE",
      path: "/PromoCodeExceptionLists/{ListId}/Items",
      success: {
        "200": {
          ref: "ActionResult",
        },
      },
    },
    getPromoCodeExceptionListItem: {
      method: "GET",
      path: "/PromoCodeExceptionLists/{ListId}/Items/{ItemId}",
      success: {
        "200": {
          ref: "PromoCodeExceptionListItem",
        },
      },
    },
    deletePromoCodeExceptionListItem: {
      method: "DELETE",
      path: "/PromoCodeExceptionLists/{ListId}/Items/{ItemId}",
      success: {
        "200": {
          ref: "ActionResult",
        },
      },
    },
    listPromoCodes: {
      method: "GET",
      path: "/PromoCodes",
      success: {
        "200": {
          ref: "PromoCodeList",
        },
      },
      pageItems: "PromoCodes",
    },
    createPromoCode: {
      method: "POST",
      path: "/PromoCodes",
      body: "form",
      success: {
        "200": {
          ref: "ActionResult",
        },
      },
    },
    getPromoCode: {
      method: "GET",
      path: "/PromoCodes/{PromoCodeId}",
      success: {
        "200": {
          ref: "PromoCode",
        },
      },
    },
    expirePromoCode: {
      method: "DELETE",
      path: "/PromoCodes/{PromoCodeId}",
      success: {
        "200": {
          ref: "ActionResult",
        },
      },
    },
  },
  shapes: {
    ActionResult: {
      object: {
        Status: "string",
        Uri: {
          ref: "ResourceUri",
        },
      },
      required: ["Status"],
    },
    ActionTracker: {
      object: {
        Id: "integer",
        Name: "string",
      },
      required: ["Id"],
    },
    BogoGetDiscountType: {
      enum: ["FREE", "AMOUNT", "PERCENT"],
    },
    CurrencyCode: "string",
    DealProduct: {
      object: {
        ProductName: "string",
        ProductImageUrl: "string",
        ProductBeforePriceAmount: "number",
        ProductBeforePriceCurrency: {
          ref: "CurrencyCode",
        },
        ProductAfterPriceAmount: "number",
        ProductAfterPriceCurrency: {
          ref: "CurrencyCode",
        },
      },
      required: [],
    },
    DealScope: {
      enum: ["CATEGORY", "ENTIRE_STORE", "PRODUCT"],
    },
    DealState: {
      enum: ["ACTIVE", "EXPIRED", "PENDING"],
    },
    DealType: {
      enum: ["GENERAL_SALE", "FREE_SHIPPING", "GIFT_WITH_PURCHASE", "REBATE", "BOGO"],
    },
    DiscountType: {
      enum: ["FIXED", "PERCENT", "PERCENT_RANGE", "PERCENT_MAXIMUM"],
    },
    PageEnvelope: {
      object: {
        "@page": "integer",
        "@numpages": "integer",
        "@pagesize": "integer",
        "@total": "integer",
        "@start": "integer",
        "@end": "integer",
        "@uri": {
          ref: "ResourceUri",
        },
        "@firstpageuri": {
          ref: "ResourceUri",
        },
        "@previouspageuri": {
          ref: "ResourceUri",
        },
        "@nextpageuri": {
          ref: "ResourceUri",
        },
        "@lastpageuri": {
          ref: "ResourceUri",
        },
      },
      required: ["@page", "@numpages", "@pagesize", "@total", "@start", "@end", "@uri"],
    },
    PromoCode: {
      object: {
        Id: "integer",
        Code: "string",
        Type: {
          ref: "PromoCodeMatchType",
        },
        CreditPolicy: {
          ref: "PromoCodeCreditPolicy",
        },
        CampaignId: "integer",
        CampaignName: "string",
        AssignedPartnerId: "integer",
        AssignedPartnerName: "string",
        CreatedDate: "string",
        StartDate: "string",
        EndDate: "string",
        State: {
          ref: "PromoCodeState",
        },
        DealId: "integer",
        DealName: "string",
        DealDescription: "string",
        DealState: {
          ref: "DealState",
        },
        DealType: {
          ref: "DealType",
        },
        DealScope: {
          ref: "DealScope",
        },
        DealProducts: {
          array: {
            ref: "DealProduct",
          },
        },
        DealCategories: "string",
        DiscountType: {
          ref: "DiscountType",
        },
        DiscountAmount: "number",
        DiscountCurrency: {
          ref: "CurrencyCode",
        },
        DiscountPercent: "number",
        DiscountMaximumPercent: "number",
        DiscountPercentRangeStart: "number",
        DiscountPercentRangeEnd: "number",
        Gift: "string",
        RebateAmount: "number",
        RebateCurrency: {
          ref: "CurrencyCode",
        },
        DealDefaultPromoCode: "string",
        MinimumPurchaseAmount: "number",
        MinimumPurchaseAmountCurrency: {
          ref: "CurrencyCode",
        },
        MaximumSavingsAmount: "number",
        MaximumSavingsCurrency: {
          ref: "CurrencyCode",
        },
        BogoBuyQuantity: "integer",
        BogoBuyScope: {
          ref: "DealScope",
        },
        BogoBuyName: "string",
        BogoBuyImageUrl: "string",
        BogoGetQuantity: "integer",
        BogoGetScope: {
          ref: "DealScope",
        },
        BogoGetDiscountType: {
          ref: "BogoGetDiscountType",
        },
        BogoGetName: "string",
        BogoGetImageUrl: "string",
        BogoGetDiscountAmount: "number",
        BogoGetDiscountCurrency: {
          ref: "CurrencyCode",
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
          ref: "ResourceUri",
        },
      },
      required: [
        "Id",
        "Code",
        "Type",
        "CreditPolicy",
        "CampaignId",
        "AssignedPartnerId",
        "CreatedDate",
        "State",
        "Uri",
      ],
    },
    PromoCodeCreditPolicy: {
      enum: ["ALWAYS", "INVOLVED", "WINNER"],
    },
    PromoCodeExceptionList: {
      object: {
        Id: "integer",
        Name: "string",
        State: {
          ref: "PromoCodeExceptionListState",
        },
        CampaignId: "integer",
        CreatedDate: "string",
        DeactivationDate: "string",
        ActionTrackers: {
          array: {
            ref: "ActionTracker",
          },
        },
        NumberOfItems: "integer",
        ItemsUri: {
          ref: "ResourceUri",
        },
        Uri: {
          ref: "ResourceUri",
        },
      },
      required: ["Id", "Name", "State", "CampaignId", "Uri"],
    },
    PromoCodeExceptionListItem: {
      object: {
        Id: "integer",
        Value: "string",
        Name: "string",
        MatchMode: {
          ref: "PromoCodeExceptionListItemMatchMode",
        },
        ListId: "integer",
        CreatedDate: "string",
        Uri: {
          ref: "ResourceUri",
        },
      },
      required: ["Id", "Value", "ListId", "Uri"],
    },
    PromoCodeExceptionListItemList: {
      object: {
        ExceptionListItems: {
          array: {
            ref: "PromoCodeExceptionListItem",
          },
        },
        "@page": "integer",
        "@numpages": "integer",
        "@pagesize": "integer",
        "@total": "integer",
        "@start": "integer",
        "@end": "integer",
        "@uri": {
          ref: "ResourceUri",
        },
        "@firstpageuri": {
          ref: "ResourceUri",
        },
        "@previouspageuri": {
          ref: "ResourceUri",
        },
        "@nextpageuri": {
          ref: "ResourceUri",
        },
        "@lastpageuri": {
          ref: "ResourceUri",
        },
      },
      required: ["ExceptionListItems", "@page", "@numpages", "@pagesize", "@total", "@start", "@end", "@uri"],
    },
    PromoCodeExceptionListItemMatchMode: {
      enum: ["EQ", "REGEX"],
    },
    PromoCodeExceptionListState: {
      enum: ["ACTIVE", "CLOSED", "DEACTIVATED"],
    },
    PromoCodeList: {
      object: {
        PromoCodes: {
          array: {
            ref: "PromoCode",
          },
        },
        "@page": "integer",
        "@numpages": "integer",
        "@pagesize": "integer",
        "@total": "integer",
        "@start": "integer",
        "@end": "integer",
        "@uri": {
          ref: "ResourceUri",
        },
        "@firstpageuri": {
          ref: "ResourceUri",
        },
        "@previouspageuri": {
          ref: "ResourceUri",
        },
        "@nextpageuri": {
          ref: "ResourceUri",
        },
        "@lastpageuri": {
          ref: "ResourceUri",
        },
      },
      required: ["PromoCodes", "@page", "@numpages", "@pagesize", "@total", "@start", "@end", "@uri"],
    },
    PromoCodeMatchType: {
      enum: ["LI", "RE"],
    },
    PromoCodeState: {
      enum: ["ACTIVE", "INACTIVE"],
    },
    ResourceUri: "string",
  },
};

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

/** `createBrandClient({ accountSid, authToken })`; `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createBrandClient(options: ClientOptions): BrandClient {
  const core = new ImpactClient(options, description);
  const client: Record<string, unknown> = {
    options: core.options,
    paginate: (operation: string, init?: CallInit) => core.paginate(operation, init),
  };
  for (const operation of Object.keys(description.operations)) {
    client[operation] = (init?: CallInit) => core.call(operation, init);
  }
  return client as unknown as BrandClient;
}
