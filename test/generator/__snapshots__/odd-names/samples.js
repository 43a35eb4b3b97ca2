// Generated from ../../specs/odd-names.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/odd-names.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

// The client programs of the reference docs' code samples, each as shown but
// for its import, so that type-checking (checkJs) proves each still compiles
// against the client. A default export declares no name an operation could clash with.
import { createOddNamesClient } from "./index.js";

// The samples are Node programs; this much of Node's `process` is typed here, so that
// the file also checks in a project without @types/node (a browser app's, say).
/** @type {{ readonly env: Readonly<Record<string, string | undefined>> }} */
const process = /** @type {any} */ (globalThis).process;

export default {
  async class_() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const oddNames = createOddNamesClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.example.test",
    });

    const result = await oddNames.class_();
    console.log(JSON.stringify(result, null, 2));
  },
  async listAllPets() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const oddNames = createOddNamesClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.example.test",
    });

    const result = await oddNames.listAllPets();
    console.log(JSON.stringify(result, null, 2));
  },
  async new_() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const oddNames = createOddNamesClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.example.test",
    });

    const result = await oddNames.new_({
      body: {
        "@type": "type 1",
        "back`tick": true,
        "first name": "first name 1",
        'it\'s "quoted"': "it s quoted 1",
        "x-rate-limit": 100,
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
  async petsGetV2() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const oddNames = createOddNamesClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.example.test",
    });

    const result = await oddNames.petsGetV2({
      path: {
        id: "id 1",
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
  async _2faEnable() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const oddNames = createOddNamesClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.example.test",
    });

    const result = await oddNames._2faEnable({
      path: {
        id: "id 1",
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
  async delete_() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const oddNames = createOddNamesClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.example.test",
    });

    const result = await oddNames.delete_({
      path: {
        id: "id 1",
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
  async größeÄndern() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const oddNames = createOddNamesClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.example.test",
    });

    const result = await oddNames.größeÄndern();
    console.log(JSON.stringify(result, null, 2));
  },
};
