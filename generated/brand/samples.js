// Generated from ../../spec/brand/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

// The client programs of the reference docs' code samples, each as shown but
// for its import, so that type-checking (checkJs) proves each still compiles
// against the client. A default export declares no name an operation could clash with.
import { createBrandClient } from "./index.js";

// The samples are Node programs; this much of Node's `process` is typed here, so that
// the file also checks in a project without @types/node (a browser app's, say).
/** @type {{ readonly env: Readonly<Record<string, string | undefined>> }} */
const process = /** @type {any} */ (globalThis).process;

export default {
  async createPromoCodeExceptionList() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const brand = createBrandClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.impact.com",
    });

    const result = await brand.createPromoCodeExceptionList({
      body: {
        ActionTrackerId: "18500,18501",
        CampaignId: 1000,
        Name: "Excluded-Influencer-Codes",
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
  async getPromoCodeExceptionList() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const brand = createBrandClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.impact.com",
    });

    const result = await brand.getPromoCodeExceptionList({
      path: {
        ListId: 99999,
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
  async updatePromoCodeExceptionList() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const brand = createBrandClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.impact.com",
    });

    const result = await brand.updatePromoCodeExceptionList({
      path: {
        ListId: 99999,
      },
      body: {
        Name: "Excluded-Influencer-Codes-2026",
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
  async listPromoCodeExceptionListItems() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const brand = createBrandClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.impact.com",
    });

    const result = await brand.listPromoCodeExceptionListItems({
      path: {
        ListId: 99999,
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
  async createPromoCodeExceptionListItem() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const brand = createBrandClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.impact.com",
    });

    const result = await brand.createPromoCodeExceptionListItem({
      path: {
        ListId: 99999,
      },
      body: {
        Value: "SUMMER25",
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
  async deleteAllPromoCodeExceptionListItems() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const brand = createBrandClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.impact.com",
    });

    const result = await brand.deleteAllPromoCodeExceptionListItems({
      path: {
        ListId: 99999,
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
  async getPromoCodeExceptionListItem() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const brand = createBrandClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.impact.com",
    });

    const result = await brand.getPromoCodeExceptionListItem({
      path: {
        ItemId: 555001,
        ListId: 99999,
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
  async deletePromoCodeExceptionListItem() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const brand = createBrandClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.impact.com",
    });

    const result = await brand.deletePromoCodeExceptionListItem({
      path: {
        ItemId: 555001,
        ListId: 99999,
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
  async listPromoCodes() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const brand = createBrandClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.impact.com",
    });

    const result = await brand.listPromoCodes();
    console.log(JSON.stringify(result, null, 2));
  },
  async createPromoCode() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const brand = createBrandClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.impact.com",
    });

    const result = await brand.createPromoCode({
      body: {
        AssignedPartnerId: 10000,
        CampaignId: 1000,
        Code: "Acme20",
        CreditPolicy: "ALWAYS",
        Type: "LI",
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
  async getPromoCode() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const brand = createBrandClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.impact.com",
    });

    const result = await brand.getPromoCode({
      path: {
        PromoCodeId: 7777777,
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
  async expirePromoCode() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const brand = createBrandClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.impact.com",
    });

    const result = await brand.expirePromoCode({
      path: {
        PromoCodeId: 7777777,
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
};
