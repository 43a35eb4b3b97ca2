// Generated from ../../specs/multi-file/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
export interface MultiFileOperationTypes {
  listItems: paths["/items"]["get"];
  getItem: paths["/items/{itemId}"]["get"];
}
type O = MultiFileOperationTypes;

/** What the client core needs to know of Multi-file spec 1.0.0, derived from the spec. */
const description: ApiDescription = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
  operations: {
    listItems: {
      method: "GET",
      path: "/items",
      success: {
        "200": {
          array: {
            ref: "Item",
          },
        },
      },
    },
    getItem: {
      method: "GET",
      path: "/items/{itemId}",
      success: {
        "200": {
          ref: "Item",
        },
      },
    },
  },
  shapes: {
    Item: {
      object: {
        id: "integer",
        name: "string",
        status: {
          ref: "ItemStatus",
        },
      },
      required: ["id", "name", "status"],
    },
    ItemStatus: {
      enum: ["draft", "active", "archived"],
    },
  },
};

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

/** `createMultiFileClient({ accountSid, authToken })`; `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createMultiFileClient(options: ClientOptions): MultiFileClient {
  const core = new ImpactClient(options, description);
  const client: Record<string, unknown> = {
    options: core.options,
  };
  for (const operation of Object.keys(description.operations)) {
    client[operation] = (init?: CallInit) => core.call(operation, init);
  }
  return client as unknown as MultiFileClient;
}
