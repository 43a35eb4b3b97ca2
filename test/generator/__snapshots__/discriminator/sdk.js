// Generated from ../../specs/discriminator.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/discriminator.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
const Extended$shape = {
  object: {
    id: "string",
    createdAt: "string",
    label: "string",
    tags: {
      array: "string",
    },
  },
  required: ["id", "label"],
};
/** @type {Shape} */
const Pet$shape = "any";

// Each operation as the client core needs it.
/** @type {OperationDescription} */
const getExtended$operation = {
  method: "GET",
  path: "/extended",
  success: {
    200: {
      ref: () => Extended$shape,
    },
  },
};
/** @type {OperationDescription} */
const listPets$operation = {
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
const createPet$operation = {
  method: "POST",
  path: "/pets",
  body: "json",
  success: {
    201: {
      ref: () => Pet$shape,
    },
  },
};

/** @type {typeof sdk$.createDiscriminatorCore} */
export function createDiscriminatorCore(options) {
  return /** @type {sdk$.DiscriminatorCore} */ (new Core$(options, settings$));
}

/** @type {typeof sdk$.getExtended} */
export function getExtended(core, ...init) {
  return core.call(getExtended$operation, init[0]);
}

/** @type {typeof sdk$.listPets} */
export function listPets(core, ...init) {
  return core.call(listPets$operation, init[0]);
}

/** @type {typeof sdk$.createPet} */
export function createPet(core, ...init) {
  return core.call(createPet$operation, init[0]);
}

/** @type {typeof sdk$.createDiscriminatorClient} */
export function createDiscriminatorClient(options) {
  const core = createDiscriminatorCore(options);
  return {
    options: core.options,
    getExtended: (...init) => getExtended(core, ...init),
    listPets: (...init) => listPets(core, ...init),
    createPet: (...init) => createPet(core, ...init),
  };
}
