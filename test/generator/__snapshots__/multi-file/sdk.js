// Generated from ../../specs/multi-file/openapi.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/multi-file/openapi.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
const Item$shape = {
  object: {
    id: "integer",
    name: "string",
    status: {
      ref: () => ItemStatus$shape,
    },
  },
  required: ["id", "name", "status"],
};
/** @type {Shape} */
const ItemStatus$shape = {
  enum: ["draft", "active", "archived"],
};

// Each operation as the client core needs it.
/** @type {OperationDescription} */
const listItems$operation = {
  method: "GET",
  path: "/items",
  success: {
    200: {
      array: {
        ref: () => Item$shape,
      },
    },
  },
};
/** @type {OperationDescription} */
const getItem$operation = {
  method: "GET",
  path: "/items/{itemId}",
  success: {
    200: {
      ref: () => Item$shape,
    },
  },
  integerPath: ["itemId"],
};

/** @type {typeof sdk$.createMultiFileCore} */
export function createMultiFileCore(options) {
  return /** @type {sdk$.MultiFileCore} */ (new Core$(options, settings$));
}

/** @type {typeof sdk$.listItems} */
export function listItems(core, ...init) {
  return core.call(listItems$operation, init[0]);
}

/** @type {typeof sdk$.getItem} */
export function getItem(core, ...init) {
  return core.call(getItem$operation, init[0]);
}

/** @type {typeof sdk$.createMultiFileClient} */
export function createMultiFileClient(options) {
  const core = createMultiFileCore(options);
  return {
    options: core.options,
    listItems: (...init) => listItems(core, ...init),
    getItem: (...init) => getItem(core, ...init),
  };
}
