// Generated from ../../specs/openapi-3.0.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/openapi-3.0.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
const Product$shape = {
  object: {
    name: "string",
    price: "number",
    discontinuedAt: "string",
    category: {
      object: {
        name: "string",
      },
      required: [],
    },
  },
  required: ["name", "price"],
};

// Each operation as the client core needs it.
/** @type {OperationDescription} */
const listProducts$operation = {
  method: "GET",
  path: "/products",
  success: {
    200: {
      array: {
        ref: () => Product$shape,
      },
    },
  },
};
/** @type {OperationDescription} */
const createProduct$operation = {
  method: "POST",
  path: "/products",
  body: "json",
  success: {
    201: {
      ref: () => Product$shape,
    },
  },
};

/** @type {typeof sdk$.createOpenapi30Core} */
export function createOpenapi30Core(options) {
  return /** @type {sdk$.Openapi30Core} */ (new Core$(options, settings$));
}

/** @type {typeof sdk$.listProducts} */
export function listProducts(core, ...init) {
  return core.call(listProducts$operation, init[0]);
}

/** @type {typeof sdk$.createProduct} */
export function createProduct(core, ...init) {
  return core.call(createProduct$operation, init[0]);
}

/** @type {typeof sdk$.createOpenapi30Client} */
export function createOpenapi30Client(options) {
  const core = createOpenapi30Core(options);
  return {
    options: core.options,
    listProducts: (...init) => listProducts(core, ...init),
    createProduct: (...init) => createProduct(core, ...init),
  };
}
