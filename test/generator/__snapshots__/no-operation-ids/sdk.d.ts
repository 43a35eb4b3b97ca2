// Generated from ../../specs/no-operation-ids.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/no-operation-ids.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface NoOperationIdsOperationTypes {
  getPets: paths["/pets"]["get"];
  postPets: paths["/pets"]["post"];
  getPetsByPetId: paths["/pets/{petId}"]["get"];
  deletePetsByPetId: paths["/pets/{petId}"]["delete"];
  getPetsByPetIdToysByToyId: paths["/pets/{petId}/toys/{toyId}"]["get"];
}
type O = NoOperationIdsOperationTypes;

/** The core every operation function takes: `createNoOperationIdsCore({ accountSid, authToken })`. */
export type NoOperationIdsCore = Core$ & { readonly api$: "NoOperationIds" };

/** A core for No operation ids 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export declare function createNoOperationIdsCore(options: ClientOptions): NoOperationIdsCore;

/**
 * List pets
 *
 * `GET /pets`
 */
export declare function getPets(
  core: NoOperationIdsCore,
  ...init: CallArgs<O["getPets"]>
): ApiPromise<SuccessBody<O["getPets"]>>;

/**
 * Create a pet
 *
 * `POST /pets`
 */
export declare function postPets(
  core: NoOperationIdsCore,
  ...init: CallArgs<O["postPets"]>
): ApiPromise<SuccessBody<O["postPets"]>>;

/**
 * Get a pet
 *
 * `GET /pets/{petId}`
 */
export declare function getPetsByPetId(
  core: NoOperationIdsCore,
  ...init: CallArgs<O["getPetsByPetId"]>
): ApiPromise<SuccessBody<O["getPetsByPetId"]>>;

/**
 * Delete a pet
 *
 * `DELETE /pets/{petId}`
 */
export declare function deletePetsByPetId(
  core: NoOperationIdsCore,
  ...init: CallArgs<O["deletePetsByPetId"]>
): ApiPromise<SuccessBody<O["deletePetsByPetId"]>>;

/**
 * Get a toy of a pet
 *
 * `GET /pets/{petId}/toys/{toyId}`
 */
export declare function getPetsByPetIdToysByToyId(
  core: NoOperationIdsCore,
  ...init: CallArgs<O["getPetsByPetIdToysByToyId"]>
): ApiPromise<SuccessBody<O["getPetsByPetIdToysByToyId"]>>;

/**
 * A client for No operation ids 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface NoOperationIdsClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * List pets
   *
   * `GET /pets`
   */
  getPets(...init: CallArgs<O["getPets"]>): ApiPromise<SuccessBody<O["getPets"]>>;
  /**
   * Create a pet
   *
   * `POST /pets`
   */
  postPets(...init: CallArgs<O["postPets"]>): ApiPromise<SuccessBody<O["postPets"]>>;
  /**
   * Get a pet
   *
   * `GET /pets/{petId}`
   */
  getPetsByPetId(...init: CallArgs<O["getPetsByPetId"]>): ApiPromise<SuccessBody<O["getPetsByPetId"]>>;
  /**
   * Delete a pet
   *
   * `DELETE /pets/{petId}`
   */
  deletePetsByPetId(...init: CallArgs<O["deletePetsByPetId"]>): ApiPromise<SuccessBody<O["deletePetsByPetId"]>>;
  /**
   * Get a toy of a pet
   *
   * `GET /pets/{petId}/toys/{toyId}`
   */
  getPetsByPetIdToysByToyId(
    ...init: CallArgs<O["getPetsByPetIdToysByToyId"]>
  ): ApiPromise<SuccessBody<O["getPetsByPetIdToysByToyId"]>>;
}

/** `createNoOperationIdsClient({ accountSid, authToken })`: every operation as a method. */
export declare function createNoOperationIdsClient(options: ClientOptions): NoOperationIdsClient;

// Only what is exported above is this module's: `O` stays private.
export {};
