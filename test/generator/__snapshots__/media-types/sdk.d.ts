// Generated from ../../specs/media-types.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/media-types.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface MediaTypesOperationTypes {
  downloadFile: paths["/files/{fileId}"]["get"];
  createItemJson: paths["/items"]["post"];
  createItemForm: paths["/items/form"]["post"];
  getItemVendor: paths["/items/{itemId}"]["get"];
  uploadFile: paths["/uploads"]["post"];
}
type O = MediaTypesOperationTypes;

/** The core every operation function takes: `createMediaTypesCore({ accountSid, authToken })`. */
export type MediaTypesCore = Core$ & { readonly api$: "MediaTypes" };

/** A core for Media types 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export declare function createMediaTypesCore(options: ClientOptions): MediaTypesCore;

/**
 * Download a file
 *
 * `GET /files/{fileId}`
 */
export declare function downloadFile(
  core: MediaTypesCore,
  ...init: CallArgs<O["downloadFile"]>
): ApiPromise<SuccessBody<O["downloadFile"]>>;

/**
 * Create an item from JSON
 *
 * `POST /items`
 */
export declare function createItemJson(
  core: MediaTypesCore,
  ...init: CallArgs<O["createItemJson"]>
): ApiPromise<SuccessBody<O["createItemJson"]>>;

/**
 * Create an item from a form
 *
 * `POST /items/form`
 */
export declare function createItemForm(
  core: MediaTypesCore,
  ...init: CallArgs<O["createItemForm"]>
): ApiPromise<SuccessBody<O["createItemForm"]>>;

/**
 * Get an item in the vendor format
 *
 * `GET /items/{itemId}`
 */
export declare function getItemVendor(
  core: MediaTypesCore,
  ...init: CallArgs<O["getItemVendor"]>
): ApiPromise<SuccessBody<O["getItemVendor"]>>;

/**
 * Upload a file
 *
 * `POST /uploads`
 */
export declare function uploadFile(
  core: MediaTypesCore,
  ...init: CallArgs<O["uploadFile"]>
): ApiPromise<SuccessBody<O["uploadFile"]>>;

/**
 * A client for Media types 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface MediaTypesClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * Download a file
   *
   * `GET /files/{fileId}`
   */
  downloadFile(...init: CallArgs<O["downloadFile"]>): ApiPromise<SuccessBody<O["downloadFile"]>>;
  /**
   * Create an item from JSON
   *
   * `POST /items`
   */
  createItemJson(...init: CallArgs<O["createItemJson"]>): ApiPromise<SuccessBody<O["createItemJson"]>>;
  /**
   * Create an item from a form
   *
   * `POST /items/form`
   */
  createItemForm(...init: CallArgs<O["createItemForm"]>): ApiPromise<SuccessBody<O["createItemForm"]>>;
  /**
   * Get an item in the vendor format
   *
   * `GET /items/{itemId}`
   */
  getItemVendor(...init: CallArgs<O["getItemVendor"]>): ApiPromise<SuccessBody<O["getItemVendor"]>>;
  /**
   * Upload a file
   *
   * `POST /uploads`
   */
  uploadFile(...init: CallArgs<O["uploadFile"]>): ApiPromise<SuccessBody<O["uploadFile"]>>;
}

/** `createMediaTypesClient({ accountSid, authToken })`: every operation as a method. */
export declare function createMediaTypesClient(options: ClientOptions): MediaTypesClient;

// Only what is exported above is this module's: `O` stays private.
export {};
