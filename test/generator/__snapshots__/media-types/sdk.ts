// Generated from ../../specs/media-types.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

import {
  ImpactClient,
  type ApiDescription,
  type ApiPromise,
  type CallArgs,
  type CallInit,
  type ClientOptions,
  type PublicClientOptions,
  type SuccessBody,
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

/** What the client core needs to know of Media types 1.0.0, derived from the spec. */
const description: ApiDescription = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
  operations: {
    downloadFile: {
      method: "GET",
      path: "/files/{fileId}",
      success: {
        "200": "string",
      },
    },
    createItemJson: {
      method: "POST",
      path: "/items",
      body: "json",
      success: {
        "201": {
          ref: "Item",
        },
      },
    },
    createItemForm: {
      method: "POST",
      path: "/items/form",
      body: "form",
      success: {
        "204": null,
      },
    },
    getItemVendor: {
      method: "GET",
      path: "/items/{itemId}",
      success: {
        "200": {
          ref: "Item",
        },
      },
    },
    uploadFile: {
      method: "POST",
      path: "/uploads",
      success: {
        "200": "string",
      },
    },
  },
  shapes: {
    Item: {
      object: {
        name: "string",
        quantity: "integer",
      },
      required: ["name"],
    },
  },
};

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

/** `createMediaTypesClient({ accountSid, authToken })`; `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createMediaTypesClient(options: ClientOptions): MediaTypesClient {
  const core = new ImpactClient(options, description);
  const client: Record<string, unknown> = {
    options: core.options,
  };
  for (const operation of Object.keys(description.operations)) {
    client[operation] = (init?: CallInit) => core.call(operation, init);
  }
  return client as unknown as MediaTypesClient;
}
