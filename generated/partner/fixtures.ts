// Generated from ../../spec/partner/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

import type { components, paths } from "./schema.js";

type ParametersIn<Op, In extends string> = Op extends { parameters: infer P }
  ? P extends { [K in In]?: infer T }
    ? T
    : never
  : never;
type Body<Op> = Op extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? C[keyof C]
    : never
  : never;
type ResponseBody<Op, Status> = Op extends { responses: infer R }
  ? Status extends keyof R
    ? R[Status] extends { content: infer C }
      ? C[keyof C]
      : null
    : never
  : never;

/** A request: path, query and header parameters, and the body with its media type. */
export interface RequestFixture<Op> {
  path?: ParametersIn<Op, "path">;
  query?: ParametersIn<Op, "query">;
  header?: ParametersIn<Op, "header">;
  body?: Body<Op>;
  contentType?: string;
}

/** Requests per operation; the spec's examples come first. */
export const requests = {
  getPromoCodeExceptionList: [
    {
      path: {
        PromoCodeExceptionListId: 99999,
      },
    },
  ] satisfies RequestFixture<paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}"]["get"]>[],
  listPromoCodeExceptionListItems: [
    {
      path: {
        PromoCodeExceptionListId: 99999,
      },
      query: {
        Page: 2,
        PageSize: 100,
      },
    },
  ] satisfies RequestFixture<paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items"]["get"]>[],
  listPromoCodes: [
    {
      query: {
        AdvertiserId: [2456, 36646],
        CreatedDateEnd: "2024-08-19T17:46:44+02:00",
        CreatedDateStart: "2024-07-19T17:46:44+02:00",
        CreditRule: ["ALWAYS", "WINNER"],
        DealId: [5867, 47834],
        EndDateEnd: "2024-09-19T23:59:59+02:00",
        EndDateStart: "2024-08-20T00:00:00+02:00",
        MatchMode: ["RE"],
        Page: 2,
        PageSize: 100,
        ProgramId: [6554, 9786],
        SearchString: "summer",
        SortBy: "ProgramId",
        SortOrder: "ASC",
        StartDateEnd: "2024-08-19T23:59:59+02:00",
        StartDateStart: "2024-07-20T00:00:00+02:00",
      },
    },
    {
      query: {
        AdvertiserId: [1002],
        CreatedDateEnd: "2026-01-16T10:00:00Z",
        CreatedDateStart: "2026-01-16T10:00:00Z",
        CreditRule: ["INVOLVED"],
        DealId: [1002],
        EndDateEnd: "2026-01-16T10:00:00Z",
        EndDateStart: "2026-01-16T10:00:00Z",
        MatchMode: ["RE"],
        Page: 101,
        PageSize: 101,
        ProgramId: [1002],
        SearchString: "SearchString 2",
        SortBy: "SortBy 2",
        SortOrder: "DESC",
        StartDateEnd: "2026-01-16T10:00:00Z",
        StartDateStart: "2026-01-16T10:00:00Z",
      },
    },
    {
      query: {
        AdvertiserId: [1003],
        CreatedDateEnd: "2026-01-17T10:00:00Z",
        CreatedDateStart: "2026-01-17T10:00:00Z",
        CreditRule: ["WINNER"],
        DealId: [1003],
        EndDateEnd: "2026-01-17T10:00:00Z",
        EndDateStart: "2026-01-17T10:00:00Z",
        MatchMode: ["LI"],
        Page: 102,
        PageSize: 102,
        ProgramId: [1003],
        SearchString: "SearchString 3",
        SortBy: "SortBy 3",
        SortOrder: "ASC",
        StartDateEnd: "2026-01-17T10:00:00Z",
        StartDateStart: "2026-01-17T10:00:00Z",
      },
    },
  ] satisfies RequestFixture<paths["/PromoCodes"]["get"]>[],
  getPromoCode: [
    {
      path: {
        Id: 3467,
      },
    },
  ] satisfies RequestFixture<paths["/PromoCodes/{Id}"]["get"]>[],
};

/** Response bodies per operation and status; the spec's examples come first. */
export const responses = {
  getPromoCodeExceptionList: {
    200: [
      {
        ActionTrackers: [
          {
            Id: 18500,
            Name: "Online Sale",
          },
        ],
        CampaignId: 3646,
        CreatedDate: "2026-01-15T10:00:00-08:00",
        DeactivationDate: "2026-10-01T00:00:00-07:00",
        Id: 99999,
        ItemsUri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodeExceptionLists/99999/Items",
        Name: "Excluded-Influencer-Codes",
        NumberOfItems: 2,
        State: "DEACTIVATED",
        Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodeExceptionLists/99999",
      },
      {
        ActionTrackers: [
          {
            Id: 1002,
            Name: "Name 2",
          },
        ],
        CampaignId: 1002,
        CreatedDate: "2026-01-16T10:00:00Z",
        DeactivationDate: "2026-01-16T10:00:00Z",
        Id: 1002,
        ItemsUri: "/",
        Name: "Name 2",
        NumberOfItems: 101,
        State: "CLOSED",
        Uri: "/",
      },
      {
        ActionTrackers: [
          {
            Id: 1003,
            Name: "Name 3",
          },
        ],
        CampaignId: 1003,
        CreatedDate: "2026-01-17T10:00:00Z",
        DeactivationDate: "2026-01-17T10:00:00Z",
        Id: 1003,
        ItemsUri: "/",
        Name: "Name 3",
        NumberOfItems: 102,
        State: "DEACTIVATED",
        Uri: "/",
      },
    ] satisfies ResponseBody<paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}"]["get"], 200>[],
    400: [
      {
        Errors: [
          {
            Field: "CampaignId",
            Message: "Not a numeric value",
          },
        ],
        Message: "Validation Failed",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}"]["get"], 400>[],
    401: [
      {
        Message: "Authentication failed",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}"]["get"], 401>[],
    403: [
      {
        Message: "The access token does not have permission to perform this action",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}"]["get"], 403>[],
    404: [
      {
        Message: "Resource not found",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}"]["get"], 404>[],
    429: [
      {
        Message: "Rate limit exceeded",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}"]["get"], 429>[],
    "5XX": [
      {
        Message: "An internal error occurred",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}"]["get"], "5XX">[],
  },
  listPromoCodeExceptionListItems: {
    200: [
      {
        "@end": 1,
        "@firstpageuri":
          "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodeExceptionLists/99999/Items?Page=1",
        "@lastpageuri": "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodeExceptionLists/99999/Items?Page=1",
        "@numpages": 1,
        "@page": 1,
        "@pagesize": 100,
        "@start": 0,
        "@total": 2,
        "@uri": "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodeExceptionLists/99999/Items?Page=1",
        PromoCodeExceptionListItems: [
          {
            CreatedDate: "2026-01-16T09:30:00-08:00",
            Id: 555001,
            ListId: 99999,
            MatchMode: "EQ",
            Name: "Summer influencer code",
            Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodeExceptionLists/99999/Items/555001",
            Value: "SUMMER25",
          },
          {
            CreatedDate: "2026-01-16T09:31:00-08:00",
            Id: 555002,
            ListId: 99999,
            MatchMode: "REGEX",
            Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodeExceptionLists/99999/Items/555002",
            Value: "^WINTER[0-9]{2}$",
          },
        ],
      },
      {
        "@end": 101,
        "@firstpageuri": "/",
        "@lastpageuri": "/",
        "@nextpageuri": "/",
        "@numpages": 101,
        "@page": 101,
        "@pagesize": 101,
        "@previouspageuri": "/",
        "@start": 101,
        "@total": 101,
        "@uri": "/",
        PromoCodeExceptionListItems: [
          {
            CreatedDate: "2026-01-16T10:00:00Z",
            Id: 1002,
            ListId: 1002,
            MatchMode: "REGEX",
            Name: "Name 2",
            Uri: "/",
            Value: "Value 2",
          },
        ],
      },
    ] satisfies ResponseBody<paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items"]["get"], 200>[],
    400: [
      {
        Errors: [
          {
            Field: "CampaignId",
            Message: "Not a numeric value",
          },
        ],
        Message: "Validation Failed",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items"]["get"], 400>[],
    401: [
      {
        Message: "Authentication failed",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items"]["get"], 401>[],
    403: [
      {
        Message: "The access token does not have permission to perform this action",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items"]["get"], 403>[],
    404: [
      {
        Message: "Resource not found",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items"]["get"], 404>[],
    429: [
      {
        Message: "Rate limit exceeded",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items"]["get"], 429>[],
    "5XX": [
      {
        Message: "An internal error occurred",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items"]["get"], "5XX">[],
  },
  listPromoCodes: {
    200: [
      {
        "@end": 49,
        "@firstpageuri":
          "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodes?Page=1&PageSize=50&SearchString=summer",
        "@lastpageuri":
          "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodes?Page=2&PageSize=50&SearchString=summer",
        "@nextpageuri":
          "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodes?Page=2&PageSize=50&SearchString=summer",
        "@numpages": 2,
        "@page": 1,
        "@pagesize": 50,
        "@start": 0,
        "@total": 51,
        "@uri": "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodes?Page=1&PageSize=50&SearchString=summer",
        PromoCodes: [
          {
            Advertiser: {
              Id: 2320,
              Name: "SummerStyle Co.",
              Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/Advertisers/2320",
            },
            Code: "summer2026",
            CreatedDate: "2025-06-03T10:15:00+02:00",
            CreditRule: "INVOLVED",
            Deal: {
              Id: 5867,
              Name: "Twenty off summer",
              Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/Deals/5867",
            },
            EndDate: "2025-09-30T23:59:59+02:00",
            Id: 3467,
            MatchMode: "RE",
            Program: {
              Id: 3646,
              LogoUri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/Campaigns/3646/Logo",
              Name: "Summer Savings Program",
              Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/Campaigns/3646",
            },
            StartDate: "2025-06-05T00:00:00+02:00",
            State: "ACTIVE",
            Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodes/3467",
          },
        ],
      },
      {
        "@end": 101,
        "@firstpageuri": "/",
        "@lastpageuri": "/",
        "@nextpageuri": "/",
        "@numpages": 101,
        "@page": 101,
        "@pagesize": 101,
        "@previouspageuri": "/",
        "@start": 101,
        "@total": 101,
        "@uri": "/",
        PromoCodes: [
          {
            Advertiser: {
              Id: 1002,
              LogoUri: "https://",
              Name: "Name 2",
              Uri: "/",
            },
            Code: "Code 2",
            CreatedDate: "2026-01-16T10:00:00Z",
            CreditRule: "INVOLVED",
            Deal: {
              Id: 1002,
              Name: "Name 2",
              Uri: "/",
            },
            EndDate: "2026-01-16T10:00:00Z",
            Id: 1002,
            MatchMode: "RE",
            Program: {
              Id: 1002,
              LogoUri: "https://",
              Name: "Name 2",
              Uri: "/",
            },
            StartDate: "2026-01-16T10:00:00Z",
            State: "FUTUREDATE",
            Uri: "/",
          },
        ],
      },
      {
        "@end": 102,
        "@firstpageuri": "/",
        "@lastpageuri": "/",
        "@nextpageuri": "/",
        "@numpages": 102,
        "@page": 102,
        "@pagesize": 102,
        "@previouspageuri": "/",
        "@start": 102,
        "@total": 102,
        "@uri": "/",
        PromoCodes: [
          {
            Advertiser: {
              Id: 1003,
              LogoUri: "http://",
              Name: "Name 3",
              Uri: "/",
            },
            Code: "Code 3",
            CreatedDate: "2026-01-17T10:00:00Z",
            CreditRule: "WINNER",
            Deal: {
              Id: 1003,
              Name: "Name 3",
              Uri: "/",
            },
            EndDate: "2026-01-17T10:00:00Z",
            Id: 1003,
            MatchMode: "LI",
            Program: {
              Id: 1003,
              LogoUri: "http://",
              Name: "Name 3",
              Uri: "/",
            },
            StartDate: "2026-01-17T10:00:00Z",
            State: "EXPIRED",
            Uri: "/",
          },
        ],
      },
    ] satisfies ResponseBody<paths["/PromoCodes"]["get"], 200>[],
    400: [
      {
        Errors: [
          {
            Field: "CampaignId",
            Message: "Not a numeric value",
          },
        ],
        Message: "Validation Failed",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodes"]["get"], 400>[],
    401: [
      {
        Message: "Authentication failed",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodes"]["get"], 401>[],
    403: [
      {
        Message: "The access token does not have permission to perform this action",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodes"]["get"], 403>[],
    429: [
      {
        Message: "Rate limit exceeded",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodes"]["get"], 429>[],
    "5XX": [
      {
        Message: "An internal error occurred",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodes"]["get"], "5XX">[],
  },
  getPromoCode: {
    200: [
      {
        Advertiser: {
          Id: 2321,
          Name: "SummerSun Apparel",
          Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/Advertisers/2321",
        },
        Code: "SUMMERDEAL25",
        CreatedDate: "2026-11-10T09:00:00+01:00",
        CreditRule: "WINNER",
        EndDate: "2026-12-31T23:59:59+01:00",
        Id: 3470,
        MatchMode: "LI",
        Program: {
          Id: 3647,
          Name: "Endless Summer Rewards",
          Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/Campaigns/3647",
        },
        StartDate: "2026-12-01T00:00:00+01:00",
        State: "FUTUREDATE",
        Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodes/3470",
      },
      {
        Advertiser: {
          Id: 1002,
          LogoUri: "https://",
          Name: "Name 2",
          Uri: "/",
        },
        Code: "Code 2",
        CreatedDate: "2026-01-16T10:00:00Z",
        CreditRule: "INVOLVED",
        Deal: {
          Id: 1002,
          Name: "Name 2",
          Uri: "/",
        },
        EndDate: "2026-01-16T10:00:00Z",
        Id: 1002,
        MatchMode: "RE",
        Program: {
          Id: 1002,
          LogoUri: "https://",
          Name: "Name 2",
          Uri: "/",
        },
        StartDate: "2026-01-16T10:00:00Z",
        State: "FUTUREDATE",
        Uri: "/",
      },
      {
        Advertiser: {
          Id: 1003,
          LogoUri: "http://",
          Name: "Name 3",
          Uri: "/",
        },
        Code: "Code 3",
        CreatedDate: "2026-01-17T10:00:00Z",
        CreditRule: "WINNER",
        Deal: {
          Id: 1003,
          Name: "Name 3",
          Uri: "/",
        },
        EndDate: "2026-01-17T10:00:00Z",
        Id: 1003,
        MatchMode: "LI",
        Program: {
          Id: 1003,
          LogoUri: "http://",
          Name: "Name 3",
          Uri: "/",
        },
        StartDate: "2026-01-17T10:00:00Z",
        State: "EXPIRED",
        Uri: "/",
      },
    ] satisfies ResponseBody<paths["/PromoCodes/{Id}"]["get"], 200>[],
    400: [
      {
        Errors: [
          {
            Field: "CampaignId",
            Message: "Not a numeric value",
          },
        ],
        Message: "Validation Failed",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodes/{Id}"]["get"], 400>[],
    401: [
      {
        Message: "Authentication failed",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodes/{Id}"]["get"], 401>[],
    403: [
      {
        Message: "The access token does not have permission to perform this action",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodes/{Id}"]["get"], 403>[],
    404: [
      {
        Message: "Resource not found",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodes/{Id}"]["get"], 404>[],
    429: [
      {
        Message: "Rate limit exceeded",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodes/{Id}"]["get"], 429>[],
    "5XX": [
      {
        Message: "An internal error occurred",
        Status: "ERROR",
      },
    ] satisfies ResponseBody<paths["/PromoCodes/{Id}"]["get"], "5XX">[],
  },
};

/** Instances of every named schema. */
export const schemas = {
  ActionTracker: [
    {
      Id: 1001,
      Name: "Name 1",
    },
  ] satisfies components["schemas"]["ActionTracker"][],
  AdvertiserSummary: [
    {
      Id: 1001,
      LogoUri: "https://",
      Name: "Name 1",
      Uri: "/",
    },
  ] satisfies components["schemas"]["AdvertiserSummary"][],
  DealSummary: [
    {
      Id: 1001,
      Name: "Name 1",
      Uri: "/",
    },
  ] satisfies components["schemas"]["DealSummary"][],
  ErrorDetail: [
    {
      Field: "Field 1",
      Message: "Message 1",
    },
  ] satisfies components["schemas"]["ErrorDetail"][],
  ErrorResponse: [
    {
      Errors: [
        {
          Field: "Field 1",
          Message: "Message 1",
        },
      ],
      Message: "Message 1",
      Status: "ERROR",
    },
  ] satisfies components["schemas"]["ErrorResponse"][],
  PageEnvelope: [
    {
      "@end": 100,
      "@firstpageuri": "/",
      "@lastpageuri": "/",
      "@nextpageuri": "/",
      "@numpages": 100,
      "@page": 100,
      "@pagesize": 100,
      "@previouspageuri": "/",
      "@start": 100,
      "@total": 100,
      "@uri": "/",
    },
  ] satisfies components["schemas"]["PageEnvelope"][],
  ProgramSummary: [
    {
      Id: 1001,
      LogoUri: "https://",
      Name: "Name 1",
      Uri: "/",
    },
  ] satisfies components["schemas"]["ProgramSummary"][],
  PromoCode: [
    {
      Advertiser: {
        Id: 1001,
        LogoUri: "https://",
        Name: "Name 1",
        Uri: "/",
      },
      Code: "Code 1",
      CreatedDate: "2026-01-15T10:00:00Z",
      CreditRule: "ALWAYS",
      Deal: {
        Id: 1001,
        Name: "Name 1",
        Uri: "/",
      },
      EndDate: "2026-01-15T10:00:00Z",
      Id: 1001,
      MatchMode: "LI",
      Program: {
        Id: 1001,
        LogoUri: "https://",
        Name: "Name 1",
        Uri: "/",
      },
      StartDate: "2026-01-15T10:00:00Z",
      State: "ACTIVE",
      Uri: "/",
    },
    {
      Advertiser: {
        Id: 1002,
        LogoUri: "https://",
        Name: "Name 2",
        Uri: "/",
      },
      Code: "Code 2",
      CreatedDate: "2026-01-16T10:00:00Z",
      CreditRule: "INVOLVED",
      Deal: {
        Id: 1002,
        Name: "Name 2",
        Uri: "/",
      },
      EndDate: "2026-01-16T10:00:00Z",
      Id: 1002,
      MatchMode: "RE",
      Program: {
        Id: 1002,
        LogoUri: "https://",
        Name: "Name 2",
        Uri: "/",
      },
      StartDate: "2026-01-16T10:00:00Z",
      State: "FUTUREDATE",
      Uri: "/",
    },
    {
      Advertiser: {
        Id: 1003,
        LogoUri: "http://",
        Name: "Name 3",
        Uri: "/",
      },
      Code: "Code 3",
      CreatedDate: "2026-01-17T10:00:00Z",
      CreditRule: "WINNER",
      Deal: {
        Id: 1003,
        Name: "Name 3",
        Uri: "/",
      },
      EndDate: "2026-01-17T10:00:00Z",
      Id: 1003,
      MatchMode: "LI",
      Program: {
        Id: 1003,
        LogoUri: "http://",
        Name: "Name 3",
        Uri: "/",
      },
      StartDate: "2026-01-17T10:00:00Z",
      State: "EXPIRED",
      Uri: "/",
    },
  ] satisfies components["schemas"]["PromoCode"][],
  PromoCodeCreditPolicy: ["ALWAYS", "INVOLVED", "WINNER"] satisfies components["schemas"]["PromoCodeCreditPolicy"][],
  PromoCodeExceptionList: [
    {
      ActionTrackers: [
        {
          Id: 1001,
          Name: "Name 1",
        },
      ],
      CampaignId: 1001,
      CreatedDate: "2026-01-15T10:00:00Z",
      DeactivationDate: "2026-01-15T10:00:00Z",
      Id: 1001,
      ItemsUri: "/",
      Name: "Name 1",
      NumberOfItems: 100,
      State: "ACTIVE",
      Uri: "/",
    },
    {
      ActionTrackers: [
        {
          Id: 1002,
          Name: "Name 2",
        },
      ],
      CampaignId: 1002,
      CreatedDate: "2026-01-16T10:00:00Z",
      DeactivationDate: "2026-01-16T10:00:00Z",
      Id: 1002,
      ItemsUri: "/",
      Name: "Name 2",
      NumberOfItems: 101,
      State: "CLOSED",
      Uri: "/",
    },
    {
      ActionTrackers: [
        {
          Id: 1003,
          Name: "Name 3",
        },
      ],
      CampaignId: 1003,
      CreatedDate: "2026-01-17T10:00:00Z",
      DeactivationDate: "2026-01-17T10:00:00Z",
      Id: 1003,
      ItemsUri: "/",
      Name: "Name 3",
      NumberOfItems: 102,
      State: "DEACTIVATED",
      Uri: "/",
    },
  ] satisfies components["schemas"]["PromoCodeExceptionList"][],
  PromoCodeExceptionListItem: [
    {
      CreatedDate: "2026-01-15T10:00:00Z",
      Id: 1001,
      ListId: 1001,
      MatchMode: "EQ",
      Name: "Name 1",
      Uri: "/",
      Value: "Value 1",
    },
    {
      CreatedDate: "2026-01-16T10:00:00Z",
      Id: 1002,
      ListId: 1002,
      MatchMode: "REGEX",
      Name: "Name 2",
      Uri: "/",
      Value: "Value 2",
    },
  ] satisfies components["schemas"]["PromoCodeExceptionListItem"][],
  PromoCodeExceptionListItemList: [
    {
      "@end": 100,
      "@firstpageuri": "/",
      "@lastpageuri": "/",
      "@nextpageuri": "/",
      "@numpages": 100,
      "@page": 100,
      "@pagesize": 100,
      "@previouspageuri": "/",
      "@start": 100,
      "@total": 100,
      "@uri": "/",
      PromoCodeExceptionListItems: [
        {
          CreatedDate: "2026-01-15T10:00:00Z",
          Id: 1001,
          ListId: 1001,
          MatchMode: "EQ",
          Name: "Name 1",
          Uri: "/",
          Value: "Value 1",
        },
      ],
    },
    {
      "@end": 101,
      "@firstpageuri": "/",
      "@lastpageuri": "/",
      "@nextpageuri": "/",
      "@numpages": 101,
      "@page": 101,
      "@pagesize": 101,
      "@previouspageuri": "/",
      "@start": 101,
      "@total": 101,
      "@uri": "/",
      PromoCodeExceptionListItems: [
        {
          CreatedDate: "2026-01-16T10:00:00Z",
          Id: 1002,
          ListId: 1002,
          MatchMode: "REGEX",
          Name: "Name 2",
          Uri: "/",
          Value: "Value 2",
        },
      ],
    },
  ] satisfies components["schemas"]["PromoCodeExceptionListItemList"][],
  PromoCodeExceptionListItemMatchMode: [
    "EQ",
    "REGEX",
  ] satisfies components["schemas"]["PromoCodeExceptionListItemMatchMode"][],
  PromoCodeExceptionListState: [
    "ACTIVE",
    "CLOSED",
    "DEACTIVATED",
  ] satisfies components["schemas"]["PromoCodeExceptionListState"][],
  PromoCodeList: [
    {
      "@end": 100,
      "@firstpageuri": "/",
      "@lastpageuri": "/",
      "@nextpageuri": "/",
      "@numpages": 100,
      "@page": 100,
      "@pagesize": 100,
      "@previouspageuri": "/",
      "@start": 100,
      "@total": 100,
      "@uri": "/",
      PromoCodes: [
        {
          Advertiser: {
            Id: 1001,
            LogoUri: "https://",
            Name: "Name 1",
            Uri: "/",
          },
          Code: "Code 1",
          CreatedDate: "2026-01-15T10:00:00Z",
          CreditRule: "ALWAYS",
          Deal: {
            Id: 1001,
            Name: "Name 1",
            Uri: "/",
          },
          EndDate: "2026-01-15T10:00:00Z",
          Id: 1001,
          MatchMode: "LI",
          Program: {
            Id: 1001,
            LogoUri: "https://",
            Name: "Name 1",
            Uri: "/",
          },
          StartDate: "2026-01-15T10:00:00Z",
          State: "ACTIVE",
          Uri: "/",
        },
      ],
    },
    {
      "@end": 101,
      "@firstpageuri": "/",
      "@lastpageuri": "/",
      "@nextpageuri": "/",
      "@numpages": 101,
      "@page": 101,
      "@pagesize": 101,
      "@previouspageuri": "/",
      "@start": 101,
      "@total": 101,
      "@uri": "/",
      PromoCodes: [
        {
          Advertiser: {
            Id: 1002,
            LogoUri: "https://",
            Name: "Name 2",
            Uri: "/",
          },
          Code: "Code 2",
          CreatedDate: "2026-01-16T10:00:00Z",
          CreditRule: "INVOLVED",
          Deal: {
            Id: 1002,
            Name: "Name 2",
            Uri: "/",
          },
          EndDate: "2026-01-16T10:00:00Z",
          Id: 1002,
          MatchMode: "RE",
          Program: {
            Id: 1002,
            LogoUri: "https://",
            Name: "Name 2",
            Uri: "/",
          },
          StartDate: "2026-01-16T10:00:00Z",
          State: "FUTUREDATE",
          Uri: "/",
        },
      ],
    },
    {
      "@end": 102,
      "@firstpageuri": "/",
      "@lastpageuri": "/",
      "@nextpageuri": "/",
      "@numpages": 102,
      "@page": 102,
      "@pagesize": 102,
      "@previouspageuri": "/",
      "@start": 102,
      "@total": 102,
      "@uri": "/",
      PromoCodes: [
        {
          Advertiser: {
            Id: 1003,
            LogoUri: "http://",
            Name: "Name 3",
            Uri: "/",
          },
          Code: "Code 3",
          CreatedDate: "2026-01-17T10:00:00Z",
          CreditRule: "WINNER",
          Deal: {
            Id: 1003,
            Name: "Name 3",
            Uri: "/",
          },
          EndDate: "2026-01-17T10:00:00Z",
          Id: 1003,
          MatchMode: "LI",
          Program: {
            Id: 1003,
            LogoUri: "http://",
            Name: "Name 3",
            Uri: "/",
          },
          StartDate: "2026-01-17T10:00:00Z",
          State: "EXPIRED",
          Uri: "/",
        },
      ],
    },
  ] satisfies components["schemas"]["PromoCodeList"][],
  PromoCodeMatchType: ["LI", "RE"] satisfies components["schemas"]["PromoCodeMatchType"][],
  PromoCodeState: ["ACTIVE", "FUTUREDATE", "EXPIRED"] satisfies components["schemas"]["PromoCodeState"][],
  ResourceUri: [
    "/Advertisers/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodes/7777777",
  ] satisfies components["schemas"]["ResourceUri"][],
  SortOrder: ["ASC", "DESC"] satisfies components["schemas"]["SortOrder"][],
};

/** The response bodies as the service sends them on the wire (see the spec's x-wire-format). Not typed: they are the raw form. */
export const wireResponses: Record<string, Record<string, unknown[]>> = {
  getPromoCode: {
    "200": [
      {
        Advertiser: {
          Id: "2321",
          LogoUri: "",
          Name: "SummerSun Apparel",
          Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/Advertisers/2321",
        },
        Code: "SUMMERDEAL25",
        CreatedDate: "2026-11-10T09:00:00+01:00",
        CreditRule: "WINNER",
        Deal: "",
        EndDate: "2026-12-31T23:59:59+01:00",
        Id: "3470",
        MatchMode: "LI",
        Program: {
          Id: "3647",
          LogoUri: "",
          Name: "Endless Summer Rewards",
          Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/Campaigns/3647",
        },
        StartDate: "2026-12-01T00:00:00+01:00",
        State: "FUTUREDATE",
        Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodes/3470",
      },
      {
        Advertiser: {
          Id: "1002",
          LogoUri: "https://",
          Name: "Name 2",
          Uri: "/",
        },
        Code: "Code 2",
        CreatedDate: "2026-01-16T10:00:00Z",
        CreditRule: "INVOLVED",
        Deal: {
          Id: "1002",
          Name: "Name 2",
          Uri: "/",
        },
        EndDate: "2026-01-16T10:00:00Z",
        Id: "1002",
        MatchMode: "RE",
        Program: {
          Id: "1002",
          LogoUri: "https://",
          Name: "Name 2",
          Uri: "/",
        },
        StartDate: "2026-01-16T10:00:00Z",
        State: "FUTUREDATE",
        Uri: "/",
      },
      {
        Advertiser: {
          Id: "1003",
          LogoUri: "http://",
          Name: "Name 3",
          Uri: "/",
        },
        Code: "Code 3",
        CreatedDate: "2026-01-17T10:00:00Z",
        CreditRule: "WINNER",
        Deal: {
          Id: "1003",
          Name: "Name 3",
          Uri: "/",
        },
        EndDate: "2026-01-17T10:00:00Z",
        Id: "1003",
        MatchMode: "LI",
        Program: {
          Id: "1003",
          LogoUri: "http://",
          Name: "Name 3",
          Uri: "/",
        },
        StartDate: "2026-01-17T10:00:00Z",
        State: "EXPIRED",
        Uri: "/",
      },
    ],
    "400": [
      {
        Errors: [
          {
            Field: "CampaignId",
            Message: "Not a numeric value",
          },
        ],
        Message: "Validation Failed",
        Status: "ERROR",
      },
    ],
    "401": [
      {
        Errors: "",
        Message: "Authentication failed",
        Status: "ERROR",
      },
    ],
    "403": [
      {
        Errors: "",
        Message: "The access token does not have permission to perform this action",
        Status: "ERROR",
      },
    ],
    "404": [
      {
        Errors: "",
        Message: "Resource not found",
        Status: "ERROR",
      },
    ],
    "429": [
      {
        Errors: "",
        Message: "Rate limit exceeded",
        Status: "ERROR",
      },
    ],
    "5XX": [
      {
        Errors: "",
        Message: "An internal error occurred",
        Status: "ERROR",
      },
    ],
  },
  getPromoCodeExceptionList: {
    "200": [
      {
        ActionTrackers: [
          {
            Id: "18500",
            Name: "Online Sale",
          },
        ],
        CampaignId: "3646",
        CreatedDate: "2026-01-15T10:00:00-08:00",
        DeactivationDate: "2026-10-01T00:00:00-07:00",
        Id: "99999",
        ItemsUri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodeExceptionLists/99999/Items",
        Name: "Excluded-Influencer-Codes",
        NumberOfItems: "2",
        State: "DEACTIVATED",
        Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodeExceptionLists/99999",
      },
      {
        ActionTrackers: [
          {
            Id: "1002",
            Name: "Name 2",
          },
        ],
        CampaignId: "1002",
        CreatedDate: "2026-01-16T10:00:00Z",
        DeactivationDate: "2026-01-16T10:00:00Z",
        Id: "1002",
        ItemsUri: "/",
        Name: "Name 2",
        NumberOfItems: "101",
        State: "CLOSED",
        Uri: "/",
      },
      {
        ActionTrackers: [
          {
            Id: "1003",
            Name: "Name 3",
          },
        ],
        CampaignId: "1003",
        CreatedDate: "2026-01-17T10:00:00Z",
        DeactivationDate: "2026-01-17T10:00:00Z",
        Id: "1003",
        ItemsUri: "/",
        Name: "Name 3",
        NumberOfItems: "102",
        State: "DEACTIVATED",
        Uri: "/",
      },
    ],
    "400": [
      {
        Errors: [
          {
            Field: "CampaignId",
            Message: "Not a numeric value",
          },
        ],
        Message: "Validation Failed",
        Status: "ERROR",
      },
    ],
    "401": [
      {
        Errors: "",
        Message: "Authentication failed",
        Status: "ERROR",
      },
    ],
    "403": [
      {
        Errors: "",
        Message: "The access token does not have permission to perform this action",
        Status: "ERROR",
      },
    ],
    "404": [
      {
        Errors: "",
        Message: "Resource not found",
        Status: "ERROR",
      },
    ],
    "429": [
      {
        Errors: "",
        Message: "Rate limit exceeded",
        Status: "ERROR",
      },
    ],
    "5XX": [
      {
        Errors: "",
        Message: "An internal error occurred",
        Status: "ERROR",
      },
    ],
  },
  listPromoCodeExceptionListItems: {
    "200": [
      {
        "@end": "1",
        "@firstpageuri":
          "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodeExceptionLists/99999/Items?Page=1",
        "@lastpageuri": "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodeExceptionLists/99999/Items?Page=1",
        "@nextpageuri": "",
        "@numpages": "1",
        "@page": "1",
        "@pagesize": "100",
        "@previouspageuri": "",
        "@start": "0",
        "@total": "2",
        "@uri": "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodeExceptionLists/99999/Items?Page=1",
        PromoCodeExceptionListItems: [
          {
            CreatedDate: "2026-01-16T09:30:00-08:00",
            Id: "555001",
            ListId: "99999",
            MatchMode: "EQ",
            Name: "Summer influencer code",
            Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodeExceptionLists/99999/Items/555001",
            Value: "SUMMER25",
          },
          {
            CreatedDate: "2026-01-16T09:31:00-08:00",
            Id: "555002",
            ListId: "99999",
            MatchMode: "REGEX",
            Name: "",
            Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodeExceptionLists/99999/Items/555002",
            Value: "^WINTER[0-9]{2}$",
          },
        ],
      },
      {
        "@end": "101",
        "@firstpageuri": "/",
        "@lastpageuri": "/",
        "@nextpageuri": "/",
        "@numpages": "101",
        "@page": "101",
        "@pagesize": "101",
        "@previouspageuri": "/",
        "@start": "101",
        "@total": "101",
        "@uri": "/",
        PromoCodeExceptionListItems: [
          {
            CreatedDate: "2026-01-16T10:00:00Z",
            Id: "1002",
            ListId: "1002",
            MatchMode: "REGEX",
            Name: "Name 2",
            Uri: "/",
            Value: "Value 2",
          },
        ],
      },
    ],
    "400": [
      {
        Errors: [
          {
            Field: "CampaignId",
            Message: "Not a numeric value",
          },
        ],
        Message: "Validation Failed",
        Status: "ERROR",
      },
    ],
    "401": [
      {
        Errors: "",
        Message: "Authentication failed",
        Status: "ERROR",
      },
    ],
    "403": [
      {
        Errors: "",
        Message: "The access token does not have permission to perform this action",
        Status: "ERROR",
      },
    ],
    "404": [
      {
        Errors: "",
        Message: "Resource not found",
        Status: "ERROR",
      },
    ],
    "429": [
      {
        Errors: "",
        Message: "Rate limit exceeded",
        Status: "ERROR",
      },
    ],
    "5XX": [
      {
        Errors: "",
        Message: "An internal error occurred",
        Status: "ERROR",
      },
    ],
  },
  listPromoCodes: {
    "200": [
      {
        "@end": "49",
        "@firstpageuri":
          "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodes?Page=1&PageSize=50&SearchString=summer",
        "@lastpageuri":
          "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodes?Page=2&PageSize=50&SearchString=summer",
        "@nextpageuri":
          "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodes?Page=2&PageSize=50&SearchString=summer",
        "@numpages": "2",
        "@page": "1",
        "@pagesize": "50",
        "@previouspageuri": "",
        "@start": "0",
        "@total": "51",
        "@uri": "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodes?Page=1&PageSize=50&SearchString=summer",
        PromoCodes: [
          {
            Advertiser: {
              Id: "2320",
              LogoUri: "",
              Name: "SummerStyle Co.",
              Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/Advertisers/2320",
            },
            Code: "summer2026",
            CreatedDate: "2025-06-03T10:15:00+02:00",
            CreditRule: "INVOLVED",
            Deal: {
              Id: "5867",
              Name: "Twenty off summer",
              Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/Deals/5867",
            },
            EndDate: "2025-09-30T23:59:59+02:00",
            Id: "3467",
            MatchMode: "RE",
            Program: {
              Id: "3646",
              LogoUri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/Campaigns/3646/Logo",
              Name: "Summer Savings Program",
              Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/Campaigns/3646",
            },
            StartDate: "2025-06-05T00:00:00+02:00",
            State: "ACTIVE",
            Uri: "/Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodes/3467",
          },
        ],
      },
      {
        "@end": "101",
        "@firstpageuri": "/",
        "@lastpageuri": "/",
        "@nextpageuri": "/",
        "@numpages": "101",
        "@page": "101",
        "@pagesize": "101",
        "@previouspageuri": "/",
        "@start": "101",
        "@total": "101",
        "@uri": "/",
        PromoCodes: [
          {
            Advertiser: {
              Id: "1002",
              LogoUri: "https://",
              Name: "Name 2",
              Uri: "/",
            },
            Code: "Code 2",
            CreatedDate: "2026-01-16T10:00:00Z",
            CreditRule: "INVOLVED",
            Deal: {
              Id: "1002",
              Name: "Name 2",
              Uri: "/",
            },
            EndDate: "2026-01-16T10:00:00Z",
            Id: "1002",
            MatchMode: "RE",
            Program: {
              Id: "1002",
              LogoUri: "https://",
              Name: "Name 2",
              Uri: "/",
            },
            StartDate: "2026-01-16T10:00:00Z",
            State: "FUTUREDATE",
            Uri: "/",
          },
        ],
      },
      {
        "@end": "102",
        "@firstpageuri": "/",
        "@lastpageuri": "/",
        "@nextpageuri": "/",
        "@numpages": "102",
        "@page": "102",
        "@pagesize": "102",
        "@previouspageuri": "/",
        "@start": "102",
        "@total": "102",
        "@uri": "/",
        PromoCodes: [
          {
            Advertiser: {
              Id: "1003",
              LogoUri: "http://",
              Name: "Name 3",
              Uri: "/",
            },
            Code: "Code 3",
            CreatedDate: "2026-01-17T10:00:00Z",
            CreditRule: "WINNER",
            Deal: {
              Id: "1003",
              Name: "Name 3",
              Uri: "/",
            },
            EndDate: "2026-01-17T10:00:00Z",
            Id: "1003",
            MatchMode: "LI",
            Program: {
              Id: "1003",
              LogoUri: "http://",
              Name: "Name 3",
              Uri: "/",
            },
            StartDate: "2026-01-17T10:00:00Z",
            State: "EXPIRED",
            Uri: "/",
          },
        ],
      },
    ],
    "400": [
      {
        Errors: [
          {
            Field: "CampaignId",
            Message: "Not a numeric value",
          },
        ],
        Message: "Validation Failed",
        Status: "ERROR",
      },
    ],
    "401": [
      {
        Errors: "",
        Message: "Authentication failed",
        Status: "ERROR",
      },
    ],
    "403": [
      {
        Errors: "",
        Message: "The access token does not have permission to perform this action",
        Status: "ERROR",
      },
    ],
    "429": [
      {
        Errors: "",
        Message: "Rate limit exceeded",
        Status: "ERROR",
      },
    ],
    "5XX": [
      {
        Errors: "",
        Message: "An internal error occurred",
        Status: "ERROR",
      },
    ],
  },
};
