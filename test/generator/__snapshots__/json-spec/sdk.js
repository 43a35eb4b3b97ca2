// Generated from ../../specs/json-spec.json by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/json-spec.json --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
const Note$shape = {
  object: {
    id: "integer",
    text: "string",
    pinned: "boolean",
  },
  required: ["text"],
};

// Each operation as the client core needs it.
/** @type {OperationDescription} */
const listNotes$operation = {
  method: "GET",
  path: "/notes",
  success: {
    200: {
      array: {
        ref: () => Note$shape,
      },
    },
  },
};
/** @type {OperationDescription} */
const createNote$operation = {
  method: "POST",
  path: "/notes",
  body: "json",
  success: {
    201: {
      ref: () => Note$shape,
    },
  },
};

/** @type {typeof sdk$.createJsonSpecCore} */
export function createJsonSpecCore(options) {
  return /** @type {sdk$.JsonSpecCore} */ (new Core$(options, settings$));
}

/** @type {typeof sdk$.listNotes} */
export function listNotes(core, ...init) {
  return core.call(listNotes$operation, init[0]);
}

/** @type {typeof sdk$.createNote} */
export function createNote(core, ...init) {
  return core.call(createNote$operation, init[0]);
}

/** @type {typeof sdk$.createJsonSpecClient} */
export function createJsonSpecClient(options) {
  const core = createJsonSpecCore(options);
  return {
    options: core.options,
    listNotes: (...init) => listNotes(core, ...init),
    createNote: (...init) => createNote(core, ...init),
  };
}
