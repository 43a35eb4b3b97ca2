// Generated from ../../spec/partner/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
export interface PartnerOperationTypes {
  getPromoCodeExceptionList: paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}"]["get"];
  listPromoCodeExceptionListItems: paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items"]["get"];
  listPromoCodes: paths["/PromoCodes"]["get"];
  getPromoCode: paths["/PromoCodes/{Id}"]["get"];
}
type O = PartnerOperationTypes;

/** What the client core needs to know of impact.com Partner API — Promo Codes v16, derived from the spec. */
const description: ApiDescription = {
  server: "https://api.impact.com/Mediapartners/{AccountSID}",
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
    getPromoCodeExceptionList: {
      method: "GET",
      path: "/PromoCodeExceptionLists/{PromoCodeExceptionListId}",
      success: {
        "200": {
          ref: "PromoCodeExceptionList",
        },
      },
    },
    listPromoCodeExceptionListItems: {
      method: "GET",
      path: "/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items",
      success: {
        "200": {
          ref: "PromoCodeExceptionListItemList",
        },
      },
      pageItems: "PromoCodeExceptionListItems",
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
    getPromoCode: {
      method: "GET",
      path: "/PromoCodes/{Id}",
      success: {
        "200": {
          ref: "PromoCode",
        },
      },
    },
  },
  shapes: {
    ActionTracker: {
      object: {
        Id: "integer",
        Name: "string",
      },
      required: ["Id"],
    },
    AdvertiserSummary: {
      object: {
        Id: "integer",
        Name: "string",
        Uri: {
          ref: "ResourceUri",
        },
        LogoUri: "string",
      },
      required: ["Id"],
    },
    DealSummary: {
      object: {
        Id: "integer",
        Name: "string",
        Uri: {
          ref: "ResourceUri",
        },
      },
      required: ["Id"],
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
    ProgramSummary: {
      object: {
        Id: "integer",
        Name: "string",
        Uri: {
          ref: "ResourceUri",
        },
        LogoUri: "string",
      },
      required: ["Id"],
    },
    PromoCode: {
      object: {
        Id: "integer",
        Code: "string",
        State: {
          ref: "PromoCodeState",
        },
        Program: {
          ref: "ProgramSummary",
        },
        Advertiser: {
          ref: "AdvertiserSummary",
        },
        Deal: {
          ref: "DealSummary",
        },
        MatchMode: {
          ref: "PromoCodeMatchType",
        },
        CreditRule: {
          ref: "PromoCodeCreditPolicy",
        },
        CreatedDate: "string",
        StartDate: "string",
        EndDate: "string",
        Uri: {
          ref: "ResourceUri",
        },
      },
      required: ["Id", "Code", "State", "Uri"],
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
        PromoCodeExceptionListItems: {
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
      required: ["PromoCodeExceptionListItems", "@page", "@numpages", "@pagesize", "@total", "@start", "@end", "@uri"],
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
      enum: ["ACTIVE", "FUTUREDATE", "EXPIRED"],
    },
    ResourceUri: "string",
  },
};

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

/** `createPartnerClient({ accountSid, authToken })`; `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createPartnerClient(options: ClientOptions): PartnerClient {
  const core = new ImpactClient(options, description);
  const client: Record<string, unknown> = {
    options: core.options,
    paginate: (operation: string, init?: CallInit) => core.paginate(operation, init),
  };
  for (const operation of Object.keys(description.operations)) {
    client[operation] = (init?: CallInit) => core.call(operation, init);
  }
  return client as unknown as PartnerClient;
}
