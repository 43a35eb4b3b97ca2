// Generated from ../../specs/circular.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/circular.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
const Company$shape = {
  object: {
    name: "string",
    employees: {
      array: {
        ref: () => Person$shape,
      },
    },
  },
  required: ["name", "employees"],
};
/** @type {Shape} */
const LinkedItem$shape = {
  object: {
    value: "integer",
    next: {
      ref: () => LinkedItem$shape,
    },
  },
  required: ["value"],
};
/** @type {Shape} */
const Person$shape = {
  object: {
    name: "string",
    employer: {
      ref: () => Company$shape,
    },
  },
  required: ["name"],
};
/** @type {Shape} */
const TreeNode$shape = {
  object: {
    value: "string",
    children: {
      array: {
        ref: () => TreeNode$shape,
      },
    },
  },
  required: ["value", "children"],
};

// Each operation as the client core needs it.
/** @type {OperationDescription} */
const createCompany$operation = {
  method: "POST",
  path: "/companies",
  body: "json",
  success: {
    201: {
      ref: () => Company$shape,
    },
  },
};
/** @type {OperationDescription} */
const getList$operation = {
  method: "GET",
  path: "/list",
  success: {
    200: {
      ref: () => LinkedItem$shape,
    },
  },
};
/** @type {OperationDescription} */
const getPerson$operation = {
  method: "GET",
  path: "/people/{personId}",
  success: {
    200: {
      ref: () => Person$shape,
    },
  },
  integerPath: ["personId"],
};
/** @type {OperationDescription} */
const getTree$operation = {
  method: "GET",
  path: "/tree",
  success: {
    200: {
      ref: () => TreeNode$shape,
    },
  },
};

/** @type {typeof sdk$.createCircularCore} */
export function createCircularCore(options) {
  return /** @type {sdk$.CircularCore} */ (new Core$(options, settings$));
}

/** @type {typeof sdk$.createCompany} */
export function createCompany(core, ...init) {
  return core.call(createCompany$operation, init[0]);
}

/** @type {typeof sdk$.getList} */
export function getList(core, ...init) {
  return core.call(getList$operation, init[0]);
}

/** @type {typeof sdk$.getPerson} */
export function getPerson(core, ...init) {
  return core.call(getPerson$operation, init[0]);
}

/** @type {typeof sdk$.getTree} */
export function getTree(core, ...init) {
  return core.call(getTree$operation, init[0]);
}

/** @type {typeof sdk$.createCircularClient} */
export function createCircularClient(options) {
  const core = createCircularCore(options);
  return {
    options: core.options,
    createCompany: (...init) => createCompany(core, ...init),
    getList: (...init) => getList(core, ...init),
    getPerson: (...init) => getPerson(core, ...init),
    getTree: (...init) => getTree(core, ...init),
  };
}
