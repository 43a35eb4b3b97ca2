// Generated from ../../specs/webhooks.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/webhooks.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

// What this module exports is declared in sdk.d.ts beside it, which is all a
// consumer's tsc reads. The JSDoc types tie each export to its declaration, so
// that a `checkJs` program of this file checks the two agree.
import { ImpactClient as Core$ } from "../../../../runtime/client/index.js";
/** @import { ApiSettings, OperationDescription, Shape } from "../../../../runtime/client/index.js" */
/** @import * as sdk$ from "./sdk.js" */

// What the client core needs to know of the API as a whole.
/** @type {ApiSettings} */
const settings$ = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
};

// The documented shape of each response schema, for turning the wire form into it.
/** @type {Shape} */
const Order$shape = {
  object: {
    id: "integer",
    total: "number",
  },
  required: ["id", "total"],
};

// Each operation as the client core needs it.
/** @type {OperationDescription} */
const getOrder$operation = {
  method: "GET",
  path: "/orders/{orderId}",
  success: {
    200: {
      ref: () => Order$shape,
    },
  },
  integerPath: ["orderId"],
};

/** @type {typeof sdk$.createWebhooksCore} */
export function createWebhooksCore(options) {
  return /** @type {sdk$.WebhooksCore} */ (new Core$(options, settings$));
}

/** @type {typeof sdk$.getOrder} */
export function getOrder(core, ...init) {
  return core.call(getOrder$operation, init[0]);
}

/** @type {typeof sdk$.createWebhooksClient} */
export function createWebhooksClient(options) {
  const core = createWebhooksCore(options);
  return {
    options: core.options,
    getOrder: (...init) => getOrder(core, ...init),
  };
}
