// Generated from ../../specs/formats-and-bounds.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/formats-and-bounds.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

// The client programs of the reference docs' code samples, each as shown but
// for its import, so that type-checking (checkJs) proves each still compiles
// against the client. A default export declares no name an operation could clash with.
import { createFormatsAndBoundsClient } from "./index.js";

// The samples are Node programs; this much of Node's `process` is typed here, so that
// the file also checks in a project without @types/node (a browser app's, say).
/** @type {{ readonly env: Readonly<Record<string, string | undefined>> }} */
const process = /** @type {any} */ (globalThis).process;

export default {
  async createRecord() {
    const accountSid = process.env.IMPACT_ACCOUNT_SID;
    const authToken = process.env.IMPACT_AUTH_TOKEN;
    if (!accountSid || !authToken) throw new Error("Set IMPACT_ACCOUNT_SID and IMPACT_AUTH_TOKEN");
    const formatsAndBounds = createFormatsAndBoundsClient({
      accountSid,
      authToken,
      baseUrl: process.env.IMPACT_BASE_URL || "https://api.example.test",
    });

    const result = await formatsAndBounds.createRecord({
      body: {
        code: "RG-9792",
        createdAt: "2026-01-15T10:00:00Z",
        id: "00000000-0000-4000-8000-000000000001",
        kind: "record",
      },
    });
    console.log(JSON.stringify(result, null, 2));
  },
};
