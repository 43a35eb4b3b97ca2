// Generated from ../../specs/odd-names.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/odd-names.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface OddNamesOperationTypes {
  class_: paths["/classes"]["get"];
  listAllPets: paths["/pets"]["get"];
  new_: paths["/pets"]["post"];
  petsGetV2: paths["/pets/{id}"]["get"];
  _2faEnable: paths["/pets/{id}"]["put"];
  delete_: paths["/pets/{id}"]["delete"];
  größeÄndern: paths["/sizes"]["get"];
}
type O = OddNamesOperationTypes;

/** What the client core needs to know of Odd names 1.0.0 as a whole. */
const settings$: ApiSettings = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
};

// The documented shape of each response schema, for turning the wire form into it.
const petStatus$shape: Shape = {
  enum: ["available", "sold-out", "on hold"],
};
const petSummary$shape: Shape = {
  object: {
    name: "string",
    status: {
      ref: () => petStatus$shape,
    },
  },
  required: ["name"],
};

// Each operation as the client core needs it.
const class_$operation: OperationDescription = {
  method: "GET",
  path: "/classes",
  success: {
    "204": null,
  },
};
const listAllPets$operation: OperationDescription = {
  method: "GET",
  path: "/pets",
  success: {
    "200": {
      array: {
        ref: () => petSummary$shape,
      },
    },
  },
};
const new_$operation: OperationDescription = {
  method: "POST",
  path: "/pets",
  body: "json",
  success: {
    "201": null,
  },
};
const petsGetV2$operation: OperationDescription = {
  method: "GET",
  path: "/pets/{id}",
  success: {
    "200": {
      ref: () => petStatus$shape,
    },
  },
};
const _2faEnable$operation: OperationDescription = {
  method: "PUT",
  path: "/pets/{id}",
  success: {
    "204": null,
  },
};
const delete_$operation: OperationDescription = {
  method: "DELETE",
  path: "/pets/{id}",
  success: {
    "204": null,
  },
};
const größeÄndern$operation: OperationDescription = {
  method: "GET",
  path: "/sizes",
  success: {
    "204": null,
  },
};

/** The core every operation function takes: `createOddNamesCore({ accountSid, authToken })`. */
export type OddNamesCore = Core$ & { readonly api$: "OddNames" };

/** A core for Odd names 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createOddNamesCore(options: ClientOptions): OddNamesCore {
  return new Core$(options, settings$) as OddNamesCore;
}

/**
 * Id that is the reserved word class
 *
 * `GET /classes`
 */
export function class_(core: OddNamesCore, ...init: CallArgs<O["class_"]>): ApiPromise<SuccessBody<O["class_"]>> {
  return core.call(class_$operation, init[0]);
}

/**
 * Id with spaces
 *
 * `GET /pets`
 */
export function listAllPets(
  core: OddNamesCore,
  ...init: CallArgs<O["listAllPets"]>
): ApiPromise<SuccessBody<O["listAllPets"]>> {
  return core.call(listAllPets$operation, init[0]);
}

/**
 * Id that is the reserved word new
 *
 * `POST /pets`
 */
export function new_(core: OddNamesCore, ...init: CallArgs<O["new_"]>): ApiPromise<SuccessBody<O["new_"]>> {
  return core.call(new_$operation, init[0]);
}

/**
 * Id with dots
 *
 * `GET /pets/{id}`
 */
export function petsGetV2(
  core: OddNamesCore,
  ...init: CallArgs<O["petsGetV2"]>
): ApiPromise<SuccessBody<O["petsGetV2"]>> {
  return core.call(petsGetV2$operation, init[0]);
}

/**
 * Id with a leading digit
 *
 * `PUT /pets/{id}`
 */
export function _2faEnable(
  core: OddNamesCore,
  ...init: CallArgs<O["_2faEnable"]>
): ApiPromise<SuccessBody<O["_2faEnable"]>> {
  return core.call(_2faEnable$operation, init[0]);
}

/**
 * Id that is the reserved word delete
 *
 * `DELETE /pets/{id}`
 */
export function delete_(core: OddNamesCore, ...init: CallArgs<O["delete_"]>): ApiPromise<SuccessBody<O["delete_"]>> {
  return core.call(delete_$operation, init[0]);
}

/**
 * Id with non-ASCII letters
 *
 * `GET /sizes`
 */
export function größeÄndern(
  core: OddNamesCore,
  ...init: CallArgs<O["größeÄndern"]>
): ApiPromise<SuccessBody<O["größeÄndern"]>> {
  return core.call(größeÄndern$operation, init[0]);
}

/**
 * A client for Odd names 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface OddNamesClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * Id that is the reserved word class
   *
   * `GET /classes`
   */
  class_(...init: CallArgs<O["class_"]>): ApiPromise<SuccessBody<O["class_"]>>;
  /**
   * Id with spaces
   *
   * `GET /pets`
   */
  listAllPets(...init: CallArgs<O["listAllPets"]>): ApiPromise<SuccessBody<O["listAllPets"]>>;
  /**
   * Id that is the reserved word new
   *
   * `POST /pets`
   */
  new_(...init: CallArgs<O["new_"]>): ApiPromise<SuccessBody<O["new_"]>>;
  /**
   * Id with dots
   *
   * `GET /pets/{id}`
   */
  petsGetV2(...init: CallArgs<O["petsGetV2"]>): ApiPromise<SuccessBody<O["petsGetV2"]>>;
  /**
   * Id with a leading digit
   *
   * `PUT /pets/{id}`
   */
  _2faEnable(...init: CallArgs<O["_2faEnable"]>): ApiPromise<SuccessBody<O["_2faEnable"]>>;
  /**
   * Id that is the reserved word delete
   *
   * `DELETE /pets/{id}`
   */
  delete_(...init: CallArgs<O["delete_"]>): ApiPromise<SuccessBody<O["delete_"]>>;
  /**
   * Id with non-ASCII letters
   *
   * `GET /sizes`
   */
  größeÄndern(...init: CallArgs<O["größeÄndern"]>): ApiPromise<SuccessBody<O["größeÄndern"]>>;
}

/** `createOddNamesClient({ accountSid, authToken })`: every operation as a method. */
export function createOddNamesClient(options: ClientOptions): OddNamesClient {
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
