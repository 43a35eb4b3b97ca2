// Generated from ../../specs/hostile-names.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/hostile-names.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

// What this module exports is declared in sdk.d.ts beside it, which is all a
// consumer's tsc reads. The JSDoc types tie each export to its declaration, so
// that a `checkJs` program of this file checks the two agree.
import { ImpactClient as Core$ } from "../../../../runtime/client/index.js";
/** @import { ApiSettings, OperationDescription, Shape } from "../../../../runtime/client/index.js" */
/** @import * as sdk$ from "./sdk.js" */

// What the client core needs to know of the API as a whole.
/** @type {ApiSettings} */
const settings$ = {
  server: "https://api.example.com",
  queryArrays: {
    style: "form",
    explode: true,
  },
};

// The documented shape of each response schema, for turning the wire form into it.
/** @type {Shape} */
const evil$shape = {
  object: {
    ["__proto__"]: /** @type {Shape} */ ({
      object: {
        polluted: "boolean",
      },
      required: [],
    }),
    toString: /** @type {Shape} */ ("string"),
  },
  required: ["__proto__", "toString"],
};

// Each operation as the client core needs it.
/** @type {OperationDescription} */
const proto$operation = {
  method: "GET",
  path: "/things",
  success: {
    200: {
      ref: () => evil$shape,
    },
  },
};
/** @type {OperationDescription} */
const constructor_$operation = {
  method: "POST",
  path: "/things",
  body: "json",
  success: {
    204: null,
  },
};

/** @type {typeof sdk$.createHostileNamesCore} */
export function createHostileNamesCore(options) {
  return /** @type {sdk$.HostileNamesCore} */ (new Core$(options, settings$));
}

/** @type {typeof sdk$.proto} */
export function proto(core, ...init) {
  return core.call(proto$operation, init[0]);
}

/** @type {typeof sdk$.constructor_} */
export function constructor_(core, ...init) {
  return core.call(constructor_$operation, init[0]);
}

/** @type {typeof sdk$.createHostileNamesClient} */
export function createHostileNamesClient(options) {
  const core = createHostileNamesCore(options);
  return {
    options: core.options,
    proto: (...init) => proto(core, ...init),
    constructor_: (...init) => constructor_(core, ...init),
  };
}
