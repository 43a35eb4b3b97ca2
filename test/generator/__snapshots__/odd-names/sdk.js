// Generated from ../../specs/odd-names.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/odd-names.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
const petStatus$shape = {
  enum: ["available", "sold-out", "on hold"],
};
/** @type {Shape} */
const petSummary$shape = {
  object: {
    name: "string",
    status: {
      ref: () => petStatus$shape,
    },
  },
  required: ["name"],
};

// Each operation as the client core needs it.
/** @type {OperationDescription} */
const class_$operation = {
  method: "GET",
  path: "/classes",
  success: {
    204: null,
  },
};
/** @type {OperationDescription} */
const listAllPets$operation = {
  method: "GET",
  path: "/pets",
  success: {
    200: {
      array: {
        ref: () => petSummary$shape,
      },
    },
  },
};
/** @type {OperationDescription} */
const new_$operation = {
  method: "POST",
  path: "/pets",
  body: "json",
  success: {
    201: null,
  },
};
/** @type {OperationDescription} */
const petsGetV2$operation = {
  method: "GET",
  path: "/pets/{id}",
  success: {
    200: {
      ref: () => petStatus$shape,
    },
  },
};
/** @type {OperationDescription} */
const _2faEnable$operation = {
  method: "PUT",
  path: "/pets/{id}",
  success: {
    204: null,
  },
};
/** @type {OperationDescription} */
const delete_$operation = {
  method: "DELETE",
  path: "/pets/{id}",
  success: {
    204: null,
  },
};
/** @type {OperationDescription} */
const größeÄndern$operation = {
  method: "GET",
  path: "/sizes",
  success: {
    204: null,
  },
};

/** @type {typeof sdk$.createOddNamesCore} */
export function createOddNamesCore(options) {
  return /** @type {sdk$.OddNamesCore} */ (new Core$(options, settings$));
}

/** @type {typeof sdk$.class_} */
export function class_(core, ...init) {
  return core.call(class_$operation, init[0]);
}

/** @type {typeof sdk$.listAllPets} */
export function listAllPets(core, ...init) {
  return core.call(listAllPets$operation, init[0]);
}

/** @type {typeof sdk$.new_} */
export function new_(core, ...init) {
  return core.call(new_$operation, init[0]);
}

/** @type {typeof sdk$.petsGetV2} */
export function petsGetV2(core, ...init) {
  return core.call(petsGetV2$operation, init[0]);
}

/** @type {typeof sdk$._2faEnable} */
export function _2faEnable(core, ...init) {
  return core.call(_2faEnable$operation, init[0]);
}

/** @type {typeof sdk$.delete_} */
export function delete_(core, ...init) {
  return core.call(delete_$operation, init[0]);
}

/** @type {typeof sdk$.größeÄndern} */
export function größeÄndern(core, ...init) {
  return core.call(größeÄndern$operation, init[0]);
}

/** @type {typeof sdk$.createOddNamesClient} */
export function createOddNamesClient(options) {
  const core = createOddNamesCore(options);
  return {
    options: core.options,
    class_: (...init) => class_(core, ...init),
    listAllPets: (...init) => listAllPets(core, ...init),
    new_: (...init) => new_(core, ...init),
    petsGetV2: (...init) => petsGetV2(core, ...init),
    _2faEnable: (...init) => _2faEnable(core, ...init),
    delete_: (...init) => delete_(core, ...init),
    größeÄndern: (...init) => größeÄndern(core, ...init),
  };
}
