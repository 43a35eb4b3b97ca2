// Generated from ../../specs/media-types.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/media-types.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

import {
  ImpactClient as Core$,
  type ApiPromise,
  type ApiSettings,
  type CallArgs,
  type ClientOptions,
  type OperationDescription,
  type PublicClientOptions,
  type SuccessBody,
  type Shape,
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

/** What the client core needs to know of Media types 1.0.0 as a whole. */
const settings$: ApiSettings = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
};

// The documented shape of each response schema, for turning the wire form into it.
const Item$shape: Shape = {
  object: {
    name: "string",
    quantity: "integer",
  },
  required: ["name"],
};

// Each operation as the client core needs it.
const downloadFile$operation: OperationDescription = {
  method: "GET",
  path: "/files/{fileId}",
  success: {
    "200": "string",
  },
};
const createItemJson$operation: OperationDescription = {
  method: "POST",
  path: "/items",
  body: "json",
  success: {
    "201": {
      ref: () => Item$shape,
    },
  },
};
const createItemForm$operation: OperationDescription = {
  method: "POST",
  path: "/items/form",
  body: "form",
  success: {
    "204": null,
  },
};
const getItemVendor$operation: OperationDescription = {
  method: "GET",
  path: "/items/{itemId}",
  success: {
    "200": {
      ref: () => Item$shape,
    },
  },
  integerPath: ["itemId"],
};
const uploadFile$operation: OperationDescription = {
  method: "POST",
  path: "/uploads",
  success: {
    "200": "string",
  },
};

/** The core every operation function takes: `createMediaTypesCore({ accountSid, authToken })`. */
export type MediaTypesCore = Core$ & { readonly api$: "MediaTypes" };

/** A core for Media types 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createMediaTypesCore(options: ClientOptions): MediaTypesCore {
  return new Core$(options, settings$) as MediaTypesCore;
}

/**
 * Download a file
 *
 * `GET /files/{fileId}`
 */
export function downloadFile(
  core: MediaTypesCore,
  ...init: CallArgs<O["downloadFile"]>
): ApiPromise<SuccessBody<O["downloadFile"]>> {
  return core.call(downloadFile$operation, init[0]);
}

/**
 * Create an item from JSON
 *
 * `POST /items`
 */
export function createItemJson(
  core: MediaTypesCore,
  ...init: CallArgs<O["createItemJson"]>
): ApiPromise<SuccessBody<O["createItemJson"]>> {
  return core.call(createItemJson$operation, init[0]);
}

/**
 * Create an item from a form
 *
 * `POST /items/form`
 */
export function createItemForm(
  core: MediaTypesCore,
  ...init: CallArgs<O["createItemForm"]>
): ApiPromise<SuccessBody<O["createItemForm"]>> {
  return core.call(createItemForm$operation, init[0]);
}

/**
 * Get an item in the vendor format
 *
 * `GET /items/{itemId}`
 */
export function getItemVendor(
  core: MediaTypesCore,
  ...init: CallArgs<O["getItemVendor"]>
): ApiPromise<SuccessBody<O["getItemVendor"]>> {
  return core.call(getItemVendor$operation, init[0]);
}

/**
 * Upload a file
 *
 * `POST /uploads`
 */
export function uploadFile(
  core: MediaTypesCore,
  ...init: CallArgs<O["uploadFile"]>
): ApiPromise<SuccessBody<O["uploadFile"]>> {
  return core.call(uploadFile$operation, init[0]);
}

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
export function createMediaTypesClient(options: ClientOptions): MediaTypesClient {
  const core = createMediaTypesCore(options);
  return {
    options: core.options,
    downloadFile: (...init) => downloadFile(core, ...init),
    createItemJson: (...init) => createItemJson(core, ...init),
    createItemForm: (...init) => createItemForm(core, ...init),
    getItemVendor: (...init) => getItemVendor(core, ...init),
    uploadFile: (...init) => uploadFile(core, ...init),
  };
}
