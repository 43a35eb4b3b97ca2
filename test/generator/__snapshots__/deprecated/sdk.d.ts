// Generated from ../../specs/deprecated.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/deprecated.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface DeprecatedOperationTypes {
  listUsers: paths["/users"]["get"];
  searchUsers: paths["/users/search"]["get"];
}
type O = DeprecatedOperationTypes;

/** The core every operation function takes: `createDeprecatedCore({ accountSid, authToken })`. */
export type DeprecatedCore = Core$ & { readonly api$: "Deprecated" };

/** A core for Deprecated things 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export declare function createDeprecatedCore(options: ClientOptions): DeprecatedCore;

/**
 * List users
 *
 * `GET /users`
 */
export declare function listUsers(
  core: DeprecatedCore,
  ...init: CallArgs<O["listUsers"]>
): ApiPromise<SuccessBody<O["listUsers"]>>;

/**
 * Search users (old)
 *
 * Use listUsers instead.
 *
 * `GET /users/search`
 * @deprecated The API marks this operation as deprecated.
 */
export declare function searchUsers(
  core: DeprecatedCore,
  ...init: CallArgs<O["searchUsers"]>
): ApiPromise<SuccessBody<O["searchUsers"]>>;

/**
 * A client for Deprecated things 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface DeprecatedClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * List users
   *
   * `GET /users`
   */
  listUsers(...init: CallArgs<O["listUsers"]>): ApiPromise<SuccessBody<O["listUsers"]>>;
  /**
   * Search users (old)
   *
   * Use listUsers instead.
   *
   * `GET /users/search`
   * @deprecated The API marks this operation as deprecated.
   */
  searchUsers(...init: CallArgs<O["searchUsers"]>): ApiPromise<SuccessBody<O["searchUsers"]>>;
}

/** `createDeprecatedClient({ accountSid, authToken })`: every operation as a method. */
export declare function createDeprecatedClient(options: ClientOptions): DeprecatedClient;

// Only what is exported above is this module's: `O` stays private.
export {};
