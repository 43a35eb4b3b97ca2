// Generated from ../../specs/no-operation-ids.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/no-operation-ids.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
    id: "integer",
    name: "string",
  },
  required: ["id", "name"],
};
/** @type {Shape} */
const Toy$shape = {
  object: {
    id: "string",
    squeaky: "boolean",
  },
  required: ["id"],
};

// Each operation as the client core needs it.
/** @type {OperationDescription} */
const getPets$operation = {
  method: "GET",
  path: "/pets",
  success: {
    200: {
      array: {
        ref: () => Pet$shape,
      },
    },
  },
};
/** @type {OperationDescription} */
const postPets$operation = {
  method: "POST",
  path: "/pets",
  body: "json",
  success: {
    201: {
      ref: () => Pet$shape,
    },
  },
};
/** @type {OperationDescription} */
const getPetsByPetId$operation = {
  method: "GET",
  path: "/pets/{petId}",
  success: {
    200: {
      ref: () => Pet$shape,
    },
  },
  integerPath: ["petId"],
};
/** @type {OperationDescription} */
const deletePetsByPetId$operation = {
  method: "DELETE",
  path: "/pets/{petId}",
  success: {
    204: null,
  },
  integerPath: ["petId"],
};
/** @type {OperationDescription} */
const getPetsByPetIdToysByToyId$operation = {
  method: "GET",
  path: "/pets/{petId}/toys/{toyId}",
  success: {
    200: {
      ref: () => Toy$shape,
    },
  },
  integerPath: ["petId"],
};

/** @type {typeof sdk$.createNoOperationIdsCore} */
export function createNoOperationIdsCore(options) {
  return /** @type {sdk$.NoOperationIdsCore} */ (new Core$(options, settings$));
}

/** @type {typeof sdk$.getPets} */
export function getPets(core, ...init) {
  return core.call(getPets$operation, init[0]);
}

/** @type {typeof sdk$.postPets} */
export function postPets(core, ...init) {
  return core.call(postPets$operation, init[0]);
}

/** @type {typeof sdk$.getPetsByPetId} */
export function getPetsByPetId(core, ...init) {
  return core.call(getPetsByPetId$operation, init[0]);
}

/** @type {typeof sdk$.deletePetsByPetId} */
export function deletePetsByPetId(core, ...init) {
  return core.call(deletePetsByPetId$operation, init[0]);
}

/** @type {typeof sdk$.getPetsByPetIdToysByToyId} */
export function getPetsByPetIdToysByToyId(core, ...init) {
  return core.call(getPetsByPetIdToysByToyId$operation, init[0]);
}

/** @type {typeof sdk$.createNoOperationIdsClient} */
export function createNoOperationIdsClient(options) {
  const core = createNoOperationIdsCore(options);
  return {
    options: core.options,
    getPets: (...init) => getPets(core, ...init),
    postPets: (...init) => postPets(core, ...init),
    getPetsByPetId: (...init) => getPetsByPetId(core, ...init),
    deletePetsByPetId: (...init) => deletePetsByPetId(core, ...init),
    getPetsByPetIdToysByToyId: (...init) => getPetsByPetIdToysByToyId(core, ...init),
  };
}
