// Generated from ../../specs/colliding-names.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/colliding-names.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface CollidingNamesOperationTypes {
  getPets2: paths["/Pets"]["get"];
  getPets: paths["/all-pets"]["get"];
  listPets2: paths["/pets"]["get"];
  list_pets: paths["/pets"]["post"];
  listPets: paths["/pets/search"]["get"];
}
type O = CollidingNamesOperationTypes;

/** The core every operation function takes: `createCollidingNamesCore({ accountSid, authToken })`. */
export type CollidingNamesCore = Core$ & { readonly api$: "CollidingNames" };

/** A core for Colliding names 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export declare function createCollidingNamesCore(options: ClientOptions): CollidingNamesCore;

/**
 * Get pets (no id; derived name would be getPets)
 *
 * `GET /Pets`
 */
export declare function getPets2(
  core: CollidingNamesCore,
  ...init: CallArgs<O["getPets2"]>
): ApiPromise<SuccessBody<O["getPets2"]>>;

/**
 * Get pets (explicit id getPets)
 *
 * `GET /all-pets`
 */
export declare function getPets(
  core: CollidingNamesCore,
  ...init: CallArgs<O["getPets"]>
): ApiPromise<SuccessBody<O["getPets"]>>;

/**
 * List pets (kebab-case id)
 *
 * `GET /pets`
 */
export declare function listPets2(
  core: CollidingNamesCore,
  ...init: CallArgs<O["listPets2"]>
): ApiPromise<SuccessBody<O["listPets2"]>>;

/**
 * List pets by filter (snake_case id)
 *
 * `POST /pets`
 */
export declare function list_pets(
  core: CollidingNamesCore,
  ...init: CallArgs<O["list_pets"]>
): ApiPromise<SuccessBody<O["list_pets"]>>;

/**
 * List pets (camelCase id)
 *
 * `GET /pets/search`
 */
export declare function listPets(
  core: CollidingNamesCore,
  ...init: CallArgs<O["listPets"]>
): ApiPromise<SuccessBody<O["listPets"]>>;

/**
 * A client for Colliding names 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface CollidingNamesClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * Get pets (no id; derived name would be getPets)
   *
   * `GET /Pets`
   */
  getPets2(...init: CallArgs<O["getPets2"]>): ApiPromise<SuccessBody<O["getPets2"]>>;
  /**
   * Get pets (explicit id getPets)
   *
   * `GET /all-pets`
   */
  getPets(...init: CallArgs<O["getPets"]>): ApiPromise<SuccessBody<O["getPets"]>>;
  /**
   * List pets (kebab-case id)
   *
   * `GET /pets`
   */
  listPets2(...init: CallArgs<O["listPets2"]>): ApiPromise<SuccessBody<O["listPets2"]>>;
  /**
   * List pets by filter (snake_case id)
   *
   * `POST /pets`
   */
  list_pets(...init: CallArgs<O["list_pets"]>): ApiPromise<SuccessBody<O["list_pets"]>>;
  /**
   * List pets (camelCase id)
   *
   * `GET /pets/search`
   */
  listPets(...init: CallArgs<O["listPets"]>): ApiPromise<SuccessBody<O["listPets"]>>;
}

/** `createCollidingNamesClient({ accountSid, authToken })`: every operation as a method. */
export declare function createCollidingNamesClient(options: ClientOptions): CollidingNamesClient;

// Only what is exported above is this module's: `O` stays private.
export {};
