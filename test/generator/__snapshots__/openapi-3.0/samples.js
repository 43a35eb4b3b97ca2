// Generated from ../../specs/openapi-3.0.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/openapi-3.0.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

// The client programs of the reference docs' code samples, each as shown but
// for its import, so that type-checking (checkJs) proves each still compiles
// against the client. A default export declares no name an operation could clash with.
import { createOpenapi30Client } from "./index.js";

// The samples are Node programs; this much of Node's `process` is typed here, so that
// the file also checks in a project without @types/node (a browser app's, say).
/** @type {{ readonly env: Readonly<Record<string, string | undefined>> }} */
const process = /** @type {any} */ (globalThis).process;

export default {
  async listProducts() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const openapi30 = createOpenapi30Client({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.example.test",
    });

    const result = await openapi30.listProducts();
    console.log(JSON.stringify(result, null, 2));
  },
  async createProduct() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const openapi30 = createOpenapi30Client({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.example.test",
    });

    const result = await openapi30.createProduct({
      body: {
        name: "name 1",
        price: 12.5,
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
};
