// Generated from ../../spec/partner/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

// What this module exports is declared in sdk.d.ts beside it, which is all a
// consumer's tsc reads. The JSDoc types tie each export to its declaration, so
// that a `checkJs` program of this file checks the two agree.
import { ImpactClient as Core$, paginate as paginate$ } from "../../runtime/client/index.js";
/** @import { ApiSettings, OperationDescription, Shape, CallInit } from "../../runtime/client/index.js" */
/** @import * as sdk$ from "./sdk.js" */

// What the client core needs to know of the API as a whole.
/** @type {ApiSettings} */
const settings$ = {
  server: "https://api.impact.com/Mediapartners/{AccountSID}",
  wire: {
    scalarsAsStrings: true,
    emptyStringIsAbsent: true,
    enumsIgnoreCase: true,
    arraysAsCommaSeparatedStrings: true,
    undocumentedProperties: true,
  },
  version: {
    header: "IR-Version",
    value: "16",
  },
  queryArrays: {
    style: "form",
    explode: true,
  },
};

// The documented shape of each response schema, for turning the wire form into it.
/** @type {Shape} */
const ActionTracker$shape = {
  object: {
    Id: "integer",
    Name: "string",
  },
  required: ["Id"],
};
/** @type {Shape} */
const AdvertiserSummary$shape = {
  object: {
    Id: "integer",
    Name: "string",
    Uri: {
      ref: () => ResourceUri$shape,
    },
    LogoUri: "string",
  },
  required: ["Id"],
};
/** @type {Shape} */
const DealSummary$shape = {
  object: {
    Id: "integer",
    Name: "string",
    Uri: {
      ref: () => ResourceUri$shape,
    },
  },
  required: ["Id"],
};
/** @type {Shape} */
const ProgramSummary$shape = {
  object: {
    Id: "integer",
    Name: "string",
    Uri: {
      ref: () => ResourceUri$shape,
    },
    LogoUri: "string",
  },
  required: ["Id"],
};
/** @type {Shape} */
const PromoCode$shape = {
  object: {
    Id: "integer",
    Code: "string",
    State: {
      ref: () => PromoCodeState$shape,
    },
    Program: {
      ref: () => ProgramSummary$shape,
    },
    Advertiser: {
      ref: () => AdvertiserSummary$shape,
    },
    Deal: {
      ref: () => DealSummary$shape,
    },
    MatchMode: {
      ref: () => PromoCodeMatchType$shape,
    },
    CreditRule: {
      ref: () => PromoCodeCreditPolicy$shape,
    },
    CreatedDate: "string",
    StartDate: "string",
    EndDate: "string",
    Uri: {
      ref: () => ResourceUri$shape,
    },
  },
  required: ["Id", "Code", "State", "Uri"],
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
    PromoCodeExceptionListItems: {
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
  required: ["PromoCodeExceptionListItems", "@page", "@numpages", "@pagesize", "@total", "@start", "@end", "@uri"],
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
  enum: ["ACTIVE", "FUTUREDATE", "EXPIRED"],
};
/** @type {Shape} */
const ResourceUri$shape = "string";

// Each operation as the client core needs it.
/** @type {OperationDescription} */
const getPromoCodeExceptionList$operation = {
  method: "GET",
  path: "/PromoCodeExceptionLists/{PromoCodeExceptionListId}",
  success: {
    200: {
      ref: () => PromoCodeExceptionList$shape,
    },
  },
  integerPath: ["PromoCodeExceptionListId"],
};
/** @type {OperationDescription} */
const listPromoCodeExceptionListItems$operation = {
  method: "GET",
  path: "/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items",
  success: {
    200: {
      ref: () => PromoCodeExceptionListItemList$shape,
    },
  },
  pageItems: "PromoCodeExceptionListItems",
  integerPath: ["PromoCodeExceptionListId"],
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
const getPromoCode$operation = {
  method: "GET",
  path: "/PromoCodes/{Id}",
  success: {
    200: {
      ref: () => PromoCode$shape,
    },
  },
  integerPath: ["Id"],
};

/** @type {typeof sdk$.createPartnerCore} */
export function createPartnerCore(options) {
  return /** @type {sdk$.PartnerCore} */ (new Core$(options, settings$));
}

/** @type {typeof sdk$.getPromoCodeExceptionList} */
export function getPromoCodeExceptionList(core, ...init) {
  return core.call(getPromoCodeExceptionList$operation, init[0]);
}

/** @type {typeof sdk$.listPromoCodeExceptionListItems} */
export function listPromoCodeExceptionListItems(core, ...init) {
  return core.call(listPromoCodeExceptionListItems$operation, init[0]);
}

/** @type {typeof sdk$.listPromoCodes} */
export function listPromoCodes(core, ...init) {
  return core.call(listPromoCodes$operation, init[0]);
}

/** @type {typeof sdk$.getPromoCode} */
export function getPromoCode(core, ...init) {
  return core.call(getPromoCode$operation, init[0]);
}

/** @type {typeof sdk$.createPartnerClient} */
export function createPartnerClient(options) {
  const core = createPartnerCore(options);
  /** @type {Record<keyof sdk$.PartnerPages, OperationDescription>} */
  const pages = {
    listPromoCodeExceptionListItems: listPromoCodeExceptionListItems$operation,
    listPromoCodes: listPromoCodes$operation,
  };
  return {
    options: core.options,
    getPromoCodeExceptionList: (...init) => getPromoCodeExceptionList(core, ...init),
    listPromoCodeExceptionListItems: (...init) => listPromoCodeExceptionListItems(core, ...init),
    listPromoCodes: (...init) => listPromoCodes(core, ...init),
    getPromoCode: (...init) => getPromoCode(core, ...init),
    paginate: (operation, ...init) => paginate$(core, pages[operation], /** @type {CallInit | undefined} */ (init[0])),
  };
}
