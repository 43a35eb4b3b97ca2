// Generated from ../../specs/callbacks.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/callbacks.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface CallbacksOperationTypes {
  createSubscription: paths["/subscriptions"]["post"];
}
type O = CallbacksOperationTypes;

/** The core every operation function takes: `createCallbacksCore({ accountSid, authToken })`. */
export type CallbacksCore = Core$ & { readonly api$: "Callbacks" };

/** A core for Callbacks 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export declare function createCallbacksCore(options: ClientOptions): CallbacksCore;

/**
 * Subscribe to events
 *
 * `POST /subscriptions`
 */
export declare function createSubscription(
  core: CallbacksCore,
  ...init: CallArgs<O["createSubscription"]>
): ApiPromise<SuccessBody<O["createSubscription"]>>;

/**
 * A client for Callbacks 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface CallbacksClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * Subscribe to events
   *
   * `POST /subscriptions`
   */
  createSubscription(...init: CallArgs<O["createSubscription"]>): ApiPromise<SuccessBody<O["createSubscription"]>>;
}

/** `createCallbacksClient({ accountSid, authToken })`: every operation as a method. */
export declare function createCallbacksClient(options: ClientOptions): CallbacksClient;

// Only what is exported above is this module's: `O` stays private.
export {};
