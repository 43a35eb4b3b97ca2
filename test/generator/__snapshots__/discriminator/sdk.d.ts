// Generated from ../../specs/discriminator.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/discriminator.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface DiscriminatorOperationTypes {
  getExtended: paths["/extended"]["get"];
  listPets: paths["/pets"]["get"];
  createPet: paths["/pets"]["post"];
}
type O = DiscriminatorOperationTypes;

/** The core every operation function takes: `createDiscriminatorCore({ accountSid, authToken })`. */
export type DiscriminatorCore = Core$ & { readonly api$: "Discriminator" };

/** A core for Discriminator and allOf 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export declare function createDiscriminatorCore(options: ClientOptions): DiscriminatorCore;

/**
 * Get an extended record
 *
 * `GET /extended`
 */
export declare function getExtended(
  core: DiscriminatorCore,
  ...init: CallArgs<O["getExtended"]>
): ApiPromise<SuccessBody<O["getExtended"]>>;

/**
 * List pets
 *
 * `GET /pets`
 */
export declare function listPets(
  core: DiscriminatorCore,
  ...init: CallArgs<O["listPets"]>
): ApiPromise<SuccessBody<O["listPets"]>>;

/**
 * Create a pet
 *
 * `POST /pets`
 */
export declare function createPet(
  core: DiscriminatorCore,
  ...init: CallArgs<O["createPet"]>
): ApiPromise<SuccessBody<O["createPet"]>>;

/**
 * A client for Discriminator and allOf 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface DiscriminatorClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * Get an extended record
   *
   * `GET /extended`
   */
  getExtended(...init: CallArgs<O["getExtended"]>): ApiPromise<SuccessBody<O["getExtended"]>>;
  /**
   * List pets
   *
   * `GET /pets`
   */
  listPets(...init: CallArgs<O["listPets"]>): ApiPromise<SuccessBody<O["listPets"]>>;
  /**
   * Create a pet
   *
   * `POST /pets`
   */
  createPet(...init: CallArgs<O["createPet"]>): ApiPromise<SuccessBody<O["createPet"]>>;
}

/** `createDiscriminatorClient({ accountSid, authToken })`: every operation as a method. */
export declare function createDiscriminatorClient(options: ClientOptions): DiscriminatorClient;

// Only what is exported above is this module's: `O` stays private.
export {};
