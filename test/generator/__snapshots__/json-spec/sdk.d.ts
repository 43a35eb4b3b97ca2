// Generated from ../../specs/json-spec.json by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/json-spec.json --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface JsonSpecOperationTypes {
  listNotes: paths["/notes"]["get"];
  createNote: paths["/notes"]["post"];
}
type O = JsonSpecOperationTypes;

/** The core every operation function takes: `createJsonSpecCore({ accountSid, authToken })`. */
export type JsonSpecCore = Core$ & { readonly api$: "JsonSpec" };

/** A core for JSON spec 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export declare function createJsonSpecCore(options: ClientOptions): JsonSpecCore;

/**
 * List notes
 *
 * `GET /notes`
 */
export declare function listNotes(
  core: JsonSpecCore,
  ...init: CallArgs<O["listNotes"]>
): ApiPromise<SuccessBody<O["listNotes"]>>;

/**
 * Create a note
 *
 * `POST /notes`
 */
export declare function createNote(
  core: JsonSpecCore,
  ...init: CallArgs<O["createNote"]>
): ApiPromise<SuccessBody<O["createNote"]>>;

/**
 * A client for JSON spec 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface JsonSpecClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * List notes
   *
   * `GET /notes`
   */
  listNotes(...init: CallArgs<O["listNotes"]>): ApiPromise<SuccessBody<O["listNotes"]>>;
  /**
   * Create a note
   *
   * `POST /notes`
   */
  createNote(...init: CallArgs<O["createNote"]>): ApiPromise<SuccessBody<O["createNote"]>>;
}

/** `createJsonSpecClient({ accountSid, authToken })`: every operation as a method. */
export declare function createJsonSpecClient(options: ClientOptions): JsonSpecClient;

// Only what is exported above is this module's: `O` stays private.
export {};
