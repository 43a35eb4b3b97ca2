// Generated from ../../specs/media-types.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/media-types.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
    name: "string",
    quantity: "integer",
  },
  required: ["name"],
};

// Each operation as the client core needs it.
/** @type {OperationDescription} */
const downloadFile$operation = {
  method: "GET",
  path: "/files/{fileId}",
  success: {
    200: "string",
  },
};
/** @type {OperationDescription} */
const createItemJson$operation = {
  method: "POST",
  path: "/items",
  body: "json",
  success: {
    201: {
      ref: () => Item$shape,
    },
  },
};
/** @type {OperationDescription} */
const createItemForm$operation = {
  method: "POST",
  path: "/items/form",
  body: "form",
  success: {
    204: null,
  },
};
/** @type {OperationDescription} */
const getItemVendor$operation = {
  method: "GET",
  path: "/items/{itemId}",
  success: {
    200: {
      ref: () => Item$shape,
    },
  },
  integerPath: ["itemId"],
};
/** @type {OperationDescription} */
const uploadFile$operation = {
  method: "POST",
  path: "/uploads",
  success: {
    200: "string",
  },
};

/** @type {typeof sdk$.createMediaTypesCore} */
export function createMediaTypesCore(options) {
  return /** @type {sdk$.MediaTypesCore} */ (new Core$(options, settings$));
}

/** @type {typeof sdk$.downloadFile} */
export function downloadFile(core, ...init) {
  return core.call(downloadFile$operation, init[0]);
}

/** @type {typeof sdk$.createItemJson} */
export function createItemJson(core, ...init) {
  return core.call(createItemJson$operation, init[0]);
}

/** @type {typeof sdk$.createItemForm} */
export function createItemForm(core, ...init) {
  return core.call(createItemForm$operation, init[0]);
}

/** @type {typeof sdk$.getItemVendor} */
export function getItemVendor(core, ...init) {
  return core.call(getItemVendor$operation, init[0]);
}

/** @type {typeof sdk$.uploadFile} */
export function uploadFile(core, ...init) {
  return core.call(uploadFile$operation, init[0]);
}

/** @type {typeof sdk$.createMediaTypesClient} */
export function createMediaTypesClient(options) {
  const core = createMediaTypesCore(options);
  return {
    options: core.options,
    downloadFile: (...init) => downloadFile(core, ...init),
    createItemJson: (...init) => createItemJson(core, ...init),
    createItemForm: (...init) => createItemForm(core, ...init),
    getItemVendor: (...init) => getItemVendor(core, ...init),
    uploadFile: (...init) => uploadFile(core, ...init),
  };
}
