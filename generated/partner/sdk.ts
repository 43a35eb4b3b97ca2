// Generated from ../../spec/partner/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
export interface PartnerOperationTypes {
  getPromoCodeExceptionList: paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}"]["get"];
  listPromoCodeExceptionListItems: paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items"]["get"];
  listPromoCodes: paths["/PromoCodes"]["get"];
  getPromoCode: paths["/PromoCodes/{Id}"]["get"];
}
type O = PartnerOperationTypes;

/** What the client core needs to know of impact.com Partner API — Promo Codes v16 as a whole. */
const settings$: ApiSettings = {
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
const ActionTracker$shape: Shape = {
  object: {
    Id: "integer",
    Name: "string",
  },
  required: ["Id"],
};
const AdvertiserSummary$shape: Shape = {
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
const DealSummary$shape: Shape = {
  object: {
    Id: "integer",
    Name: "string",
    Uri: {
      ref: () => ResourceUri$shape,
    },
  },
  required: ["Id"],
};
const ProgramSummary$shape: Shape = {
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
const PromoCode$shape: Shape = {
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
  enum: ["ACTIVE", "FUTUREDATE", "EXPIRED"],
};
const ResourceUri$shape: Shape = "string";

// Each operation as the client core needs it.
const getPromoCodeExceptionList$operation: OperationDescription = {
  method: "GET",
  path: "/PromoCodeExceptionLists/{PromoCodeExceptionListId}",
  success: {
    "200": {
      ref: () => PromoCodeExceptionList$shape,
    },
  },
  integerPath: ["PromoCodeExceptionListId"],
};
const listPromoCodeExceptionListItems$operation: OperationDescription = {
  method: "GET",
  path: "/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items",
  success: {
    "200": {
      ref: () => PromoCodeExceptionListItemList$shape,
    },
  },
  pageItems: "PromoCodeExceptionListItems",
  integerPath: ["PromoCodeExceptionListId"],
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
const getPromoCode$operation: OperationDescription = {
  method: "GET",
  path: "/PromoCodes/{Id}",
  success: {
    "200": {
      ref: () => PromoCode$shape,
    },
  },
  integerPath: ["Id"],
};

/** The core every operation function takes: `createPartnerCore({ accountSid, authToken })`. */
export type PartnerCore = Core$ & { readonly api$: "Partner" };

/** A core for impact.com Partner API — Promo Codes v16; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createPartnerCore(options: ClientOptions): PartnerCore {
  return new Core$(options, settings$) as PartnerCore;
}

/**
 * Get an exception list
 *
 * Returns one promo code exception list that a brand's contract with this partner refers to. The fields are those of the brand API's list object.
 *
 * `GET /PromoCodeExceptionLists/{PromoCodeExceptionListId}`
 */
export function getPromoCodeExceptionList(
  core: PartnerCore,
  ...init: CallArgs<O["getPromoCodeExceptionList"]>
): ApiPromise<SuccessBody<O["getPromoCodeExceptionList"]>> {
  return core.call(getPromoCodeExceptionList$operation, init[0]);
}

/**
 * List exception list items
 *
 * Returns one page of the items on an exception list. Follow `@nextpageuri` for the next page until it is absent. The array's key is `PromoCodeExceptionListItems`, not the brand API's `ExceptionListItems`.
 *
 * `GET /PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items`
 */
export function listPromoCodeExceptionListItems(
  core: PartnerCore,
  ...init: CallArgs<O["listPromoCodeExceptionListItems"]>
): ApiPromise<SuccessBody<O["listPromoCodeExceptionListItems"]>> {
  return core.call(listPromoCodeExceptionListItems$operation, init[0]);
}

/**
 * List promo codes
 *
 * Returns one page of the promo codes brands have given this partner, filtered, searched and sorted as the parameters say. Date filters are inclusive. Follow `@nextpageuri` for the next page until it is absent.
 *
 * impact.com does not document how a filter with several values travels. This description uses the OpenAPI default for query arrays (`form`, exploded: `ProgramId=6554&ProgramId=9786`); the root extension `x-query-array-encoding` holds that choice in one place, so changing it is one edit and a regeneration.
 *
 * `GET /PromoCodes`
 */
export function listPromoCodes(
  core: PartnerCore,
  ...init: CallArgs<O["listPromoCodes"]>
): ApiPromise<SuccessBody<O["listPromoCodes"]>> {
  return core.call(listPromoCodes$operation, init[0]);
}

/**
 * Get a promo code
 *
 * Returns one promo code a brand has given this partner.
 *
 * `GET /PromoCodes/{Id}`
 */
export function getPromoCode(
  core: PartnerCore,
  ...init: CallArgs<O["getPromoCode"]>
): ApiPromise<SuccessBody<O["getPromoCode"]>> {
  return core.call(getPromoCode$operation, init[0]);
}

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
export function createPartnerClient(options: ClientOptions): PartnerClient {
  const core = createPartnerCore(options);
  const pages: Record<keyof PartnerPages, OperationDescription> = {
    listPromoCodeExceptionListItems: listPromoCodeExceptionListItems$operation,
    listPromoCodes: listPromoCodes$operation,
  };
  return {
    options: core.options,
    getPromoCodeExceptionList: (...init) => getPromoCodeExceptionList(core, ...init),
    listPromoCodeExceptionListItems: (...init) => listPromoCodeExceptionListItems(core, ...init),
    listPromoCodes: (...init) => listPromoCodes(core, ...init),
    getPromoCode: (...init) => getPromoCode(core, ...init),
    paginate: (operation, ...init) => paginate$(core, pages[operation], init[0] as CallInit | undefined),
  };
}
