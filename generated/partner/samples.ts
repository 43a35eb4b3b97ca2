// Generated from ../../spec/partner/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

// The TypeScript code samples of the reference docs, as functions, so that
// type-checking proves each sample still compiles against the client.
import type { PartnerClient } from "./sdk.js";

export function getPromoCodeExceptionList(partner: PartnerClient) {
  return partner.getPromoCodeExceptionList({
    path: {
      PromoCodeExceptionListId: 99999,
    },
  });
}

export function listPromoCodeExceptionListItems(partner: PartnerClient) {
  return partner.listPromoCodeExceptionListItems({
    path: {
      PromoCodeExceptionListId: 99999,
    },
    query: {
      Page: 2,
      PageSize: 100,
    },
  });
}

export function listPromoCodes(partner: PartnerClient) {
  return partner.listPromoCodes({
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
  });
}

export function getPromoCode(partner: PartnerClient) {
  return partner.getPromoCode({
    path: {
      Id: 3467,
    },
  });
}
