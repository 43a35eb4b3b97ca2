// Generated from ../../spec/brand/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

// The TypeScript code samples of the reference docs, as functions, so that
// type-checking proves each sample still compiles against the client.
import type { BrandClient } from "./sdk.js";

export function createPromoCodeExceptionList(brand: BrandClient) {
  return brand.createPromoCodeExceptionList({
    body: {
      ActionTrackerId: "18500,18501",
      CampaignId: 1000,
      Name: "Excluded-Influencer-Codes",
    },
  });
}

export function getPromoCodeExceptionList(brand: BrandClient) {
  return brand.getPromoCodeExceptionList({
    path: {
      ListId: 99999,
    },
  });
}

export function updatePromoCodeExceptionList(brand: BrandClient) {
  return brand.updatePromoCodeExceptionList({
    path: {
      ListId: 99999,
    },
    body: {
      Name: "Excluded-Influencer-Codes-2026",
    },
  });
}

export function listPromoCodeExceptionListItems(brand: BrandClient) {
  return brand.listPromoCodeExceptionListItems({
    path: {
      ListId: 99999,
    },
    query: {
      Page: 2,
      PageSize: 100,
      Value: "SUMMER25",
    },
  });
}

export function createPromoCodeExceptionListItem(brand: BrandClient) {
  return brand.createPromoCodeExceptionListItem({
    path: {
      ListId: 99999,
    },
    body: {
      Value: "SUMMER25",
    },
  });
}

export function deleteAllPromoCodeExceptionListItems(brand: BrandClient) {
  return brand.deleteAllPromoCodeExceptionListItems({
    path: {
      ListId: 99999,
    },
  });
}

export function getPromoCodeExceptionListItem(brand: BrandClient) {
  return brand.getPromoCodeExceptionListItem({
    path: {
      ItemId: 555001,
      ListId: 99999,
    },
  });
}

export function deletePromoCodeExceptionListItem(brand: BrandClient) {
  return brand.deletePromoCodeExceptionListItem({
    path: {
      ItemId: 555001,
      ListId: 99999,
    },
  });
}

export function listPromoCodes(brand: BrandClient) {
  return brand.listPromoCodes({
    query: {
      CampaignId: 1000,
      Code: "Acme20",
      EndDate: "2026-12-31T23:59:59-08:00",
      Page: 2,
      PageSize: 100,
      StartDate: "2026-01-01T00:00:00-08:00",
      State: "ACTIVE",
    },
  });
}

export function createPromoCode(brand: BrandClient) {
  return brand.createPromoCode({
    body: {
      AssignedPartnerId: 10000,
      CampaignId: 1000,
      Code: "Acme20",
      CreditPolicy: "ALWAYS",
      DealId: 98765,
      DealName: "Acme Deal2",
      EndDate: "2026-08-31T23:59:59-07:00",
      StartDate: "2026-06-01T00:00:00-07:00",
      Type: "LI",
    },
  });
}

export function getPromoCode(brand: BrandClient) {
  return brand.getPromoCode({
    path: {
      PromoCodeId: 7777777,
    },
  });
}

export function expirePromoCode(brand: BrandClient) {
  return brand.expirePromoCode({
    path: {
      PromoCodeId: 7777777,
    },
  });
}
