// Generated from ../../specs/multi-file/openapi.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/multi-file/openapi.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface MultiFileOperationTypes {
  listItems: paths["/items"]["get"];
  getItem: paths["/items/{itemId}"]["get"];
}
type O = MultiFileOperationTypes;

/** What the client core needs to know of Multi-file spec 1.0.0 as a whole. */
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
    id: "integer",
    name: "string",
    status: {
      ref: () => ItemStatus$shape,
    },
  },
  required: ["id", "name", "status"],
};
const ItemStatus$shape: Shape = {
  enum: ["draft", "active", "archived"],
};

// Each operation as the client core needs it.
const listItems$operation: OperationDescription = {
  method: "GET",
  path: "/items",
  success: {
    "200": {
      array: {
        ref: () => Item$shape,
      },
    },
  },
};
const getItem$operation: OperationDescription = {
  method: "GET",
  path: "/items/{itemId}",
  success: {
    "200": {
      ref: () => Item$shape,
    },
  },
  integerPath: ["itemId"],
};

/** The core every operation function takes: `createMultiFileCore({ accountSid, authToken })`. */
export type MultiFileCore = Core$ & { readonly api$: "MultiFile" };

/** A core for Multi-file spec 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createMultiFileCore(options: ClientOptions): MultiFileCore {
  return new Core$(options, settings$) as MultiFileCore;
}

/**
 * List items
 *
 * `GET /items`
 */
export function listItems(
  core: MultiFileCore,
  ...init: CallArgs<O["listItems"]>
): ApiPromise<SuccessBody<O["listItems"]>> {
  return core.call(listItems$operation, init[0]);
}

/**
 * Get an item
 *
 * `GET /items/{itemId}`
 */
export function getItem(core: MultiFileCore, ...init: CallArgs<O["getItem"]>): ApiPromise<SuccessBody<O["getItem"]>> {
  return core.call(getItem$operation, init[0]);
}

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
export function createMultiFileClient(options: ClientOptions): MultiFileClient {
  const core = createMultiFileCore(options);
  return {
    options: core.options,
    listItems: (...init) => listItems(core, ...init),
    getItem: (...init) => getItem(core, ...init),
  };
}
