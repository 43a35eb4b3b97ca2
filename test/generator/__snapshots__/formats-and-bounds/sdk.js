// Generated from ../../specs/formats-and-bounds.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/formats-and-bounds.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
const Record$shape = {
  object: {
    id: "string",
    createdAt: "string",
    birthday: "string",
    email: "string",
    homepage: "string",
    ip: "string",
    count: "integer",
    bigCount: "integer",
    ratio: "number",
    amount: "number",
    blob: "string",
    code: "string",
    nickname: "string",
    priority: "integer",
    kind: "any",
    note: "string",
    tags: {
      array: "string",
    },
    attributes: {
      object: {},
      required: [],
    },
  },
  required: ["id", "code", "kind", "createdAt"],
};

// Each operation as the client core needs it.
/** @type {OperationDescription} */
const createRecord$operation = {
  method: "POST",
  path: "/records",
  body: "json",
  success: {
    201: {
      ref: () => Record$shape,
    },
  },
};

/** @type {typeof sdk$.createFormatsAndBoundsCore} */
export function createFormatsAndBoundsCore(options) {
  return /** @type {sdk$.FormatsAndBoundsCore} */ (new Core$(options, settings$));
}

/** @type {typeof sdk$.createRecord} */
export function createRecord(core, ...init) {
  return core.call(createRecord$operation, init[0]);
}

/** @type {typeof sdk$.createFormatsAndBoundsClient} */
export function createFormatsAndBoundsClient(options) {
  const core = createFormatsAndBoundsCore(options);
  return {
    options: core.options,
    createRecord: (...init) => createRecord(core, ...init),
  };
}
