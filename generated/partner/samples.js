// Generated from ../../spec/partner/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

// The client programs of the reference docs' code samples, each as shown but
// for its import, so that type-checking (checkJs) proves each still compiles
// against the client. A default export declares no name an operation could clash with.
import { createPartnerClient } from "./index.js";

// The samples are Node programs; this much of Node's `process` is typed here, so that
// the file also checks in a project without @types/node (a browser app's, say).
/** @type {{ readonly env: Readonly<Record<string, string | undefined>> }} */
const process = /** @type {any} */ (globalThis).process;

export default {
  async getPromoCodeExceptionList() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const partner = createPartnerClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.impact.com",
    });

    const result = await partner.getPromoCodeExceptionList({
      path: {
        PromoCodeExceptionListId: 99999,
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
  async listPromoCodeExceptionListItems() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const partner = createPartnerClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.impact.com",
    });

    const result = await partner.listPromoCodeExceptionListItems({
      path: {
        PromoCodeExceptionListId: 99999,
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
  async listPromoCodes() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const partner = createPartnerClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.impact.com",
    });

    const result = await partner.listPromoCodes();
    console.log(JSON.stringify(result, null, 2));
  },
  async getPromoCode() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const partner = createPartnerClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.impact.com",
    });

    const result = await partner.getPromoCode({
      path: {
        Id: 3467,
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
};
