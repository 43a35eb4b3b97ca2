// Generated from ../../specs/callbacks.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/callbacks.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
const Subscription$shape = {
  object: {
    id: "string",
    callbackUrl: "string",
  },
  required: ["id", "callbackUrl"],
};

// Each operation as the client core needs it.
/** @type {OperationDescription} */
const createSubscription$operation = {
  method: "POST",
  path: "/subscriptions",
  body: "json",
  success: {
    201: {
      ref: () => Subscription$shape,
    },
  },
};

/** @type {typeof sdk$.createCallbacksCore} */
export function createCallbacksCore(options) {
  return /** @type {sdk$.CallbacksCore} */ (new Core$(options, settings$));
}

/** @type {typeof sdk$.createSubscription} */
export function createSubscription(core, ...init) {
  return core.call(createSubscription$operation, init[0]);
}

/** @type {typeof sdk$.createCallbacksClient} */
export function createCallbacksClient(options) {
  const core = createCallbacksCore(options);
  return {
    options: core.options,
    createSubscription: (...init) => createSubscription(core, ...init),
  };
}
