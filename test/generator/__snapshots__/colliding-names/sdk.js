// Generated from ../../specs/colliding-names.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/colliding-names.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
const Pet$shape = {
  object: {
    name: "string",
  },
  required: ["name"],
};
/** @type {Shape} */
const PetList$shape = {
  array: {
    ref: () => Pet$shape,
  },
};

// Each operation as the client core needs it.
/** @type {OperationDescription} */
const getPets2$operation = {
  method: "GET",
  path: "/Pets",
  success: {
    200: {
      ref: () => PetList$shape,
    },
  },
};
/** @type {OperationDescription} */
const getPets$operation = {
  method: "GET",
  path: "/all-pets",
  success: {
    200: {
      ref: () => PetList$shape,
    },
  },
};
/** @type {OperationDescription} */
const listPets2$operation = {
  method: "GET",
  path: "/pets",
  success: {
    200: {
      ref: () => PetList$shape,
    },
  },
};
/** @type {OperationDescription} */
const list_pets$operation = {
  method: "POST",
  path: "/pets",
  body: "json",
  success: {
    200: {
      ref: () => PetList$shape,
    },
  },
};
/** @type {OperationDescription} */
const listPets$operation = {
  method: "GET",
  path: "/pets/search",
  success: {
    200: {
      ref: () => PetList$shape,
    },
  },
};

/** @type {typeof sdk$.createCollidingNamesCore} */
export function createCollidingNamesCore(options) {
  return /** @type {sdk$.CollidingNamesCore} */ (new Core$(options, settings$));
}

/** @type {typeof sdk$.getPets2} */
export function getPets2(core, ...init) {
  return core.call(getPets2$operation, init[0]);
}

/** @type {typeof sdk$.getPets} */
export function getPets(core, ...init) {
  return core.call(getPets$operation, init[0]);
}

/** @type {typeof sdk$.listPets2} */
export function listPets2(core, ...init) {
  return core.call(listPets2$operation, init[0]);
}

/** @type {typeof sdk$.list_pets} */
export function list_pets(core, ...init) {
  return core.call(list_pets$operation, init[0]);
}

/** @type {typeof sdk$.listPets} */
export function listPets(core, ...init) {
  return core.call(listPets$operation, init[0]);
}

/** @type {typeof sdk$.createCollidingNamesClient} */
export function createCollidingNamesClient(options) {
  const core = createCollidingNamesCore(options);
  return {
    options: core.options,
    getPets2: (...init) => getPets2(core, ...init),
    getPets: (...init) => getPets(core, ...init),
    listPets2: (...init) => listPets2(core, ...init),
    list_pets: (...init) => list_pets(core, ...init),
    listPets: (...init) => listPets(core, ...init),
  };
}
