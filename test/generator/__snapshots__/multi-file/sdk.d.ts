// Generated from ../../specs/multi-file/openapi.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/multi-file/openapi.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface MultiFileOperationTypes {
  listItems: paths["/items"]["get"];
  getItem: paths["/items/{itemId}"]["get"];
}
type O = MultiFileOperationTypes;

/** The core every operation function takes: `createMultiFileCore({ accountSid, authToken })`. */
export type MultiFileCore = Core$ & { readonly api$: "MultiFile" };

/** A core for Multi-file spec 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export declare function createMultiFileCore(options: ClientOptions): MultiFileCore;

/**
 * List items
 *
 * `GET /items`
 */
export declare function listItems(
  core: MultiFileCore,
  ...init: CallArgs<O["listItems"]>
): ApiPromise<SuccessBody<O["listItems"]>>;

/**
 * Get an item
 *
 * `GET /items/{itemId}`
 */
export declare function getItem(
  core: MultiFileCore,
  ...init: CallArgs<O["getItem"]>
): ApiPromise<SuccessBody<O["getItem"]>>;

/**
 * A client for Multi-file spec 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface MultiFileClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * List items
   *
   * `GET /items`
   */
  listItems(...init: CallArgs<O["listItems"]>): ApiPromise<SuccessBody<O["listItems"]>>;
  /**
   * Get an item
   *
   * `GET /items/{itemId}`
   */
  getItem(...init: CallArgs<O["getItem"]>): ApiPromise<SuccessBody<O["getItem"]>>;
}

/** `createMultiFileClient({ accountSid, authToken })`: every operation as a method. */
export declare function createMultiFileClient(options: ClientOptions): MultiFileClient;

// Only what is exported above is this module's: `O` stays private.
export {};
