// Generated from ../../specs/formats-and-bounds.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/formats-and-bounds.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface FormatsAndBoundsOperationTypes {
  createRecord: paths["/records"]["post"];
}
type O = FormatsAndBoundsOperationTypes;

/** The core every operation function takes: `createFormatsAndBoundsCore({ accountSid, authToken })`. */
export type FormatsAndBoundsCore = Core$ & { readonly api$: "FormatsAndBounds" };

/** A core for Formats and bounds 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export declare function createFormatsAndBoundsCore(options: ClientOptions): FormatsAndBoundsCore;

/**
 * Create a record
 *
 * `POST /records`
 */
export declare function createRecord(
  core: FormatsAndBoundsCore,
  ...init: CallArgs<O["createRecord"]>
): ApiPromise<SuccessBody<O["createRecord"]>>;

/**
 * A client for Formats and bounds 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface FormatsAndBoundsClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * Create a record
   *
   * `POST /records`
   */
  createRecord(...init: CallArgs<O["createRecord"]>): ApiPromise<SuccessBody<O["createRecord"]>>;
}

/** `createFormatsAndBoundsClient({ accountSid, authToken })`: every operation as a method. */
export declare function createFormatsAndBoundsClient(options: ClientOptions): FormatsAndBoundsClient;

// Only what is exported above is this module's: `O` stays private.
export {};
