// Generated from ../../specs/deprecated.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/deprecated.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
const User$shape = {
  object: {
    id: "integer",
    name: "string",
    username: "string",
  },
  required: ["id", "name"],
};

// Each operation as the client core needs it.
/** @type {OperationDescription} */
const listUsers$operation = {
  method: "GET",
  path: "/users",
  success: {
    200: {
      array: {
        ref: () => User$shape,
      },
    },
  },
};
/** @type {OperationDescription} */
const searchUsers$operation = {
  method: "GET",
  path: "/users/search",
  success: {
    200: {
      array: {
        ref: () => User$shape,
      },
    },
  },
};

/** @type {typeof sdk$.createDeprecatedCore} */
export function createDeprecatedCore(options) {
  return /** @type {sdk$.DeprecatedCore} */ (new Core$(options, settings$));
}

/** @type {typeof sdk$.listUsers} */
export function listUsers(core, ...init) {
  return core.call(listUsers$operation, init[0]);
}

/** @type {typeof sdk$.searchUsers} */
export function searchUsers(core, ...init) {
  return core.call(searchUsers$operation, init[0]);
}

/** @type {typeof sdk$.createDeprecatedClient} */
export function createDeprecatedClient(options) {
  const core = createDeprecatedCore(options);
  return {
    options: core.options,
    listUsers: (...init) => listUsers(core, ...init),
    searchUsers: (...init) => searchUsers(core, ...init),
  };
}
