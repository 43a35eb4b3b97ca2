// Generated from ../../spec/brand/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

// What this module exports is declared in sdk.d.ts beside it, which is all a
// consumer's tsc reads. The JSDoc types tie each export to its declaration, so
// that a `checkJs` program of this file checks the two agree.
import { ImpactClient as Core$, paginate as paginate$ } from "../../runtime/client/index.js";
/** @import { ApiSettings, OperationDescription, Shape, CallInit } from "../../runtime/client/index.js" */
/** @import * as sdk$ from "./sdk.js" */

// What the client core needs to know of the API as a whole.
/** @type {ApiSettings} */
const settings$ = {
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
/** @type {Shape} */
const ActionResult$shape = {
  object: {
    Status: "string",
    Uri: {
      ref: () => ResourceUri$shape,
    },
  },
  required: ["Status", "Uri"],
};
/** @type {Shape} */
const ActionTracker$shape = {
  object: {
    Id: "integer",
    Name: "string",
  },
  required: ["Id"],
};
/** @type {Shape} */
const BogoGetDiscountType$shape = {
  enum: ["FREE", "AMOUNT", "PERCENT"],
};
/** @type {Shape} */
const CurrencyCode$shape = "string";
/** @type {Shape} */
const DealProduct$shape = {
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
/** @type {Shape} */
const DealScope$shape = {
  enum: ["CATEGORY", "ENTIRE_STORE", "PRODUCT"],
};
/** @type {Shape} */
const DealState$shape = {
  enum: ["ACTIVE", "EXPIRED", "PENDING"],
};
/** @type {Shape} */
const DealType$shape = {
  enum: ["GENERAL_SALE", "FREE_SHIPPING", "GIFT_WITH_PURCHASE", "REBATE", "BOGO"],
};
/** @type {Shape} */
const DeleteResult$shape = {
  object: {
    Status: "string",
    Uri: {
      ref: () => ResourceUri$shape,
    },
  },
  required: ["Status"],
};
/** @type {Shape} */
const DiscountType$shape = {
  enum: ["FIXED", "PERCENT", "PERCENT_RANGE", "PERCENT_MAXIMUM"],
};
/** @type {Shape} */
const PromoCode$shape = {
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
/** @type {Shape} */
const PromoCodeCreditPolicy$shape = {
  enum: ["ALWAYS", "INVOLVED", "WINNER"],
};
/** @type {Shape} */
const PromoCodeExceptionList$shape = {
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
/** @type {Shape} */
const PromoCodeExceptionListItem$shape = {
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
/** @type {Shape} */
const PromoCodeExceptionListItemList$shape = {
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
/** @type {Shape} */
const PromoCodeExceptionListItemMatchMode$shape = {
  enum: ["EQ", "REGEX"],
};
/** @type {Shape} */
const PromoCodeExceptionListState$shape = {
  enum: ["ACTIVE", "CLOSED", "DEACTIVATED"],
};
/** @type {Shape} */
const PromoCodeList$shape = {
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
/** @type {Shape} */
const PromoCodeMatchType$shape = {
  enum: ["LI", "RE"],
};
/** @type {Shape} */
const PromoCodeState$shape = {
  enum: ["ACTIVE", "INACTIVE"],
};
/** @type {Shape} */
const ResourceUri$shape = "string";

// Each operation as the client core needs it.
/** @type {OperationDescription} */
const createPromoCodeExceptionList$operation = {
  method: "POST",
  path: "/PromoCodeExceptionLists",
  body: "form",
  success: {
    200: {
      ref: () => ActionResult$shape,
    },
  },
};
/** @type {OperationDescription} */
const getPromoCodeExceptionList$operation = {
  method: "GET",
  path: "/PromoCodeExceptionLists/{ListId}",
  success: {
    200: {
      ref: () => PromoCodeExceptionList$shape,
    },
  },
  integerPath: ["ListId"],
};
/** @type {OperationDescription} */
const updatePromoCodeExceptionList$operation = {
  method: "PUT",
  path: "/PromoCodeExceptionLists/{ListId}",
  body: "form",
  success: {
    200: {
      ref: () => ActionResult$shape,
    },
  },
  integerPath: ["ListId"],
};
/** @type {OperationDescription} */
const listPromoCodeExceptionListItems$operation = {
  method: "GET",
  path: "/PromoCodeExceptionLists/{ListId}/Items",
  success: {
    200: {
      ref: () => PromoCodeExceptionListItemList$shape,
    },
  },
  pageItems: "ExceptionListItems",
  integerPath: ["ListId"],
};
/** @type {OperationDescription} */
const createPromoCodeExceptionListItem$operation = {
  method: "POST",
  path: "/PromoCodeExceptionLists/{ListId}/Items",
  body: "form",
  success: {
    200: {
      ref: () => ActionResult$shape,
    },
  },
  integerPath: ["ListId"],
};
/** @type {OperationDescription} */
const deleteAllPromoCodeExceptionListItems$operation = {
  method: "DELETE",
  path: "/PromoCodeExceptionLists/{ListId}/Items",
  success: {
    200: {
      ref: () => DeleteResult$shape,
    },
  },
  integerPath: ["ListId"],
};
/** @type {OperationDescription} */
const getPromoCodeExceptionListItem$operation = {
  method: "GET",
  path: "/PromoCodeExceptionLists/{ListId}/Items/{ItemId}",
  success: {
    200: {
      ref: () => PromoCodeExceptionListItem$shape,
    },
  },
  integerPath: ["ListId", "ItemId"],
};
/** @type {OperationDescription} */
const deletePromoCodeExceptionListItem$operation = {
  method: "DELETE",
  path: "/PromoCodeExceptionLists/{ListId}/Items/{ItemId}",
  success: {
    200: {
      ref: () => DeleteResult$shape,
    },
  },
  integerPath: ["ListId", "ItemId"],
};
/** @type {OperationDescription} */
const listPromoCodes$operation = {
  method: "GET",
  path: "/PromoCodes",
  success: {
    200: {
      ref: () => PromoCodeList$shape,
    },
  },
  pageItems: "PromoCodes",
};
/** @type {OperationDescription} */
const createPromoCode$operation = {
  method: "POST",
  path: "/PromoCodes",
  body: "form",
  success: {
    200: {
      ref: () => ActionResult$shape,
    },
  },
};
/** @type {OperationDescription} */
const getPromoCode$operation = {
  method: "GET",
  path: "/PromoCodes/{PromoCodeId}",
  success: {
    200: {
      ref: () => PromoCode$shape,
    },
  },
  integerPath: ["PromoCodeId"],
};
/** @type {OperationDescription} */
const expirePromoCode$operation = {
  method: "DELETE",
  path: "/PromoCodes/{PromoCodeId}",
  success: {
    200: {
      ref: () => ActionResult$shape,
    },
  },
  integerPath: ["PromoCodeId"],
};

/** @type {typeof sdk$.createBrandCore} */
export function createBrandCore(options) {
  return /** @type {sdk$.BrandCore} */ (new Core$(options, settings$));
}

/** @type {typeof sdk$.createPromoCodeExceptionList} */
export function createPromoCodeExceptionList(core, ...init) {
  return core.call(createPromoCodeExceptionList$operation, init[0]);
}

/** @type {typeof sdk$.getPromoCodeExceptionList} */
export function getPromoCodeExceptionList(core, ...init) {
  return core.call(getPromoCodeExceptionList$operation, init[0]);
}

/** @type {typeof sdk$.updatePromoCodeExceptionList} */
export function updatePromoCodeExceptionList(core, ...init) {
  return core.call(updatePromoCodeExceptionList$operation, init[0]);
}

/** @type {typeof sdk$.listPromoCodeExceptionListItems} */
export function listPromoCodeExceptionListItems(core, ...init) {
  return core.call(listPromoCodeExceptionListItems$operation, init[0]);
}

/** @type {typeof sdk$.createPromoCodeExceptionListItem} */
export function createPromoCodeExceptionListItem(core, ...init) {
  return core.call(createPromoCodeExceptionListItem$operation, init[0]);
}

/** @type {typeof sdk$.deleteAllPromoCodeExceptionListItems} */
export function deleteAllPromoCodeExceptionListItems(core, ...init) {
  return core.call(deleteAllPromoCodeExceptionListItems$operation, init[0]);
}

/** @type {typeof sdk$.getPromoCodeExceptionListItem} */
export function getPromoCodeExceptionListItem(core, ...init) {
  return core.call(getPromoCodeExceptionListItem$operation, init[0]);
}

/** @type {typeof sdk$.deletePromoCodeExceptionListItem} */
export function deletePromoCodeExceptionListItem(core, ...init) {
  return core.call(deletePromoCodeExceptionListItem$operation, init[0]);
}

/** @type {typeof sdk$.listPromoCodes} */
export function listPromoCodes(core, ...init) {
  return core.call(listPromoCodes$operation, init[0]);
}

/** @type {typeof sdk$.createPromoCode} */
export function createPromoCode(core, ...init) {
  return core.call(createPromoCode$operation, init[0]);
}

/** @type {typeof sdk$.getPromoCode} */
export function getPromoCode(core, ...init) {
  return core.call(getPromoCode$operation, init[0]);
}

/** @type {typeof sdk$.expirePromoCode} */
export function expirePromoCode(core, ...init) {
  return core.call(expirePromoCode$operation, init[0]);
}

/** @type {typeof sdk$.createBrandClient} */
export function createBrandClient(options) {
  const core = createBrandCore(options);
  /** @type {Record<keyof sdk$.BrandPages, OperationDescription>} */
  const pages = {
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
    paginate: (operation, ...init) => paginate$(core, pages[operation], /** @type {CallInit | undefined} */ (init[0])),
  };
}
