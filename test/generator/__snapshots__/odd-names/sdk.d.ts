// Generated from ../../specs/odd-names.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/odd-names.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

import type {
  ImpactClient as Core$,
  ApiPromise,
  CallArgs,
  ClientOptions,
  PublicClientOptions,
  SuccessBody,
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

/** The core every operation function takes: `createOddNamesCore({ accountSid, authToken })`. */
export type OddNamesCore = Core$ & { readonly api$: "OddNames" };

/** A core for Odd names 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export declare function createOddNamesCore(options: ClientOptions): OddNamesCore;

/**
 * Id that is the reserved word class
 *
 * `GET /classes`
 */
export declare function class_(
  core: OddNamesCore,
  ...init: CallArgs<O["class_"]>
): ApiPromise<SuccessBody<O["class_"]>>;

/**
 * Id with spaces
 *
 * `GET /pets`
 */
export declare function listAllPets(
  core: OddNamesCore,
  ...init: CallArgs<O["listAllPets"]>
): ApiPromise<SuccessBody<O["listAllPets"]>>;

/**
 * Id that is the reserved word new
 *
 * `POST /pets`
 */
export declare function new_(core: OddNamesCore, ...init: CallArgs<O["new_"]>): ApiPromise<SuccessBody<O["new_"]>>;

/**
 * Id with dots
 *
 * `GET /pets/{id}`
 */
export declare function petsGetV2(
  core: OddNamesCore,
  ...init: CallArgs<O["petsGetV2"]>
): ApiPromise<SuccessBody<O["petsGetV2"]>>;

/**
 * Id with a leading digit
 *
 * `PUT /pets/{id}`
 */
export declare function _2faEnable(
  core: OddNamesCore,
  ...init: CallArgs<O["_2faEnable"]>
): ApiPromise<SuccessBody<O["_2faEnable"]>>;

/**
 * Id that is the reserved word delete
 *
 * `DELETE /pets/{id}`
 */
export declare function delete_(
  core: OddNamesCore,
  ...init: CallArgs<O["delete_"]>
): ApiPromise<SuccessBody<O["delete_"]>>;

/**
 * Id with non-ASCII letters
 *
 * `GET /sizes`
 */
export declare function größeÄndern(
  core: OddNamesCore,
  ...init: CallArgs<O["größeÄndern"]>
): ApiPromise<SuccessBody<O["größeÄndern"]>>;

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
export declare function createOddNamesClient(options: ClientOptions): OddNamesClient;

// Only what is exported above is this module's: `O` stays private.
export {};
