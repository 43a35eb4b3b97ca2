// Generated from ../../specs/hostile-names.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/hostile-names.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface HostileNamesOperationTypes {
  proto: paths["/things"]["get"];
  constructor_: paths["/things"]["post"];
}
type O = HostileNamesOperationTypes;

/** The core every operation function takes: `createHostileNamesCore({ accountSid, authToken })`. */
export type HostileNamesCore = Core$ & { readonly api$: "HostileNames" };

/** A core for Hostile names 1; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export declare function createHostileNamesCore(options: ClientOptions): HostileNamesCore;

/**
 * `GET /things`
 */
export declare function proto(
  core: HostileNamesCore,
  ...init: CallArgs<O["proto"]>
): ApiPromise<SuccessBody<O["proto"]>>;

/**
 * `POST /things`
 */
export declare function constructor_(
  core: HostileNamesCore,
  ...init: CallArgs<O["constructor_"]>
): ApiPromise<SuccessBody<O["constructor_"]>>;

/**
 * A client for Hostile names 1: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface HostileNamesClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * `GET /things`
   */
  proto(...init: CallArgs<O["proto"]>): ApiPromise<SuccessBody<O["proto"]>>;
  /**
   * `POST /things`
   */
  constructor_(...init: CallArgs<O["constructor_"]>): ApiPromise<SuccessBody<O["constructor_"]>>;
}

/** `createHostileNamesClient({ accountSid, authToken })`: every operation as a method. */
export declare function createHostileNamesClient(options: ClientOptions): HostileNamesClient;

// Only what is exported above is this module's: `O` stays private.
export {};
