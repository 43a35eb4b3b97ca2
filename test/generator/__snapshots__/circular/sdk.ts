// Generated from ../../specs/circular.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/circular.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

import {
  ImpactClient as Core$,
  type ApiPromise,
  type ApiSettings,
  type CallArgs,
  type ClientOptions,
  type OperationDescription,
  type PublicClientOptions,
  type SuccessBody,
  type Shape,
} from "../../../../runtime/client/index.js";
import type { paths } from "./schema.js";

/** The type of each operation, by the client's name for it. */
export interface CircularOperationTypes {
  createCompany: paths["/companies"]["post"];
  getList: paths["/list"]["get"];
  getPerson: paths["/people/{personId}"]["get"];
  getTree: paths["/tree"]["get"];
}
type O = CircularOperationTypes;

/** What the client core needs to know of Circular schemas 1.0.0 as a whole. */
const settings$: ApiSettings = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
};

// The documented shape of each response schema, for turning the wire form into it.
const Company$shape: Shape = {
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
const LinkedItem$shape: Shape = {
  object: {
    value: "integer",
    next: {
      ref: () => LinkedItem$shape,
    },
  },
  required: ["value"],
};
const Person$shape: Shape = {
  object: {
    name: "string",
    employer: {
      ref: () => Company$shape,
    },
  },
  required: ["name"],
};
const TreeNode$shape: Shape = {
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
const createCompany$operation: OperationDescription = {
  method: "POST",
  path: "/companies",
  body: "json",
  success: {
    "201": {
      ref: () => Company$shape,
    },
  },
};
const getList$operation: OperationDescription = {
  method: "GET",
  path: "/list",
  success: {
    "200": {
      ref: () => LinkedItem$shape,
    },
  },
};
const getPerson$operation: OperationDescription = {
  method: "GET",
  path: "/people/{personId}",
  success: {
    "200": {
      ref: () => Person$shape,
    },
  },
  integerPath: ["personId"],
};
const getTree$operation: OperationDescription = {
  method: "GET",
  path: "/tree",
  success: {
    "200": {
      ref: () => TreeNode$shape,
    },
  },
};

/** The core every operation function takes: `createCircularCore({ accountSid, authToken })`. */
export type CircularCore = Core$ & { readonly api$: "Circular" };

/** A core for Circular schemas 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createCircularCore(options: ClientOptions): CircularCore {
  return new Core$(options, settings$) as CircularCore;
}

/**
 * Create a company
 *
 * `POST /companies`
 */
export function createCompany(
  core: CircularCore,
  ...init: CallArgs<O["createCompany"]>
): ApiPromise<SuccessBody<O["createCompany"]>> {
  return core.call(createCompany$operation, init[0]);
}

/**
 * Get a linked list
 *
 * `GET /list`
 */
export function getList(core: CircularCore, ...init: CallArgs<O["getList"]>): ApiPromise<SuccessBody<O["getList"]>> {
  return core.call(getList$operation, init[0]);
}

/**
 * Get a person
 *
 * `GET /people/{personId}`
 */
export function getPerson(
  core: CircularCore,
  ...init: CallArgs<O["getPerson"]>
): ApiPromise<SuccessBody<O["getPerson"]>> {
  return core.call(getPerson$operation, init[0]);
}

/**
 * Get the tree
 *
 * `GET /tree`
 */
export function getTree(core: CircularCore, ...init: CallArgs<O["getTree"]>): ApiPromise<SuccessBody<O["getTree"]>> {
  return core.call(getTree$operation, init[0]);
}

/**
 * A client for Circular schemas 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface CircularClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * Create a company
   *
   * `POST /companies`
   */
  createCompany(...init: CallArgs<O["createCompany"]>): ApiPromise<SuccessBody<O["createCompany"]>>;
  /**
   * Get a linked list
   *
   * `GET /list`
   */
  getList(...init: CallArgs<O["getList"]>): ApiPromise<SuccessBody<O["getList"]>>;
  /**
   * Get a person
   *
   * `GET /people/{personId}`
   */
  getPerson(...init: CallArgs<O["getPerson"]>): ApiPromise<SuccessBody<O["getPerson"]>>;
  /**
   * Get the tree
   *
   * `GET /tree`
   */
  getTree(...init: CallArgs<O["getTree"]>): ApiPromise<SuccessBody<O["getTree"]>>;
}

/** `createCircularClient({ accountSid, authToken })`: every operation as a method. */
export function createCircularClient(options: ClientOptions): CircularClient {
  const core = createCircularCore(options);
  return {
    options: core.options,
    createCompany: (...init) => createCompany(core, ...init),
    getList: (...init) => getList(core, ...init),
    getPerson: (...init) => getPerson(core, ...init),
    getTree: (...init) => getTree(core, ...init),
  };
}
