// Generated from ../../specs/deprecated.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
export interface DeprecatedOperationTypes {
  listUsers: paths["/users"]["get"];
  searchUsers: paths["/users/search"]["get"];
}
type O = DeprecatedOperationTypes;

/** What the client core needs to know of Deprecated things 1.0.0, derived from the spec. */
const description: ApiDescription = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
  operations: {
    listUsers: {
      method: "GET",
      path: "/users",
      success: {
        "200": {
          array: {
            ref: "User",
          },
        },
      },
    },
    searchUsers: {
      method: "GET",
      path: "/users/search",
      success: {
        "200": {
          array: {
            ref: "User",
          },
        },
      },
    },
  },
  shapes: {
    User: {
      object: {
        id: "integer",
        name: "string",
        username: "string",
      },
      required: ["id", "name"],
    },
  },
};

/**
 * A client for Deprecated things 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface DeprecatedClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * List users
   *
   * `GET /users`
   */
  listUsers(...init: CallArgs<O["listUsers"]>): ApiPromise<SuccessBody<O["listUsers"]>>;
  /**
   * Search users (old)
   *
   * Use listUsers instead.
   *
   * `GET /users/search`
   * @deprecated The API marks this operation as deprecated.
   */
  searchUsers(...init: CallArgs<O["searchUsers"]>): ApiPromise<SuccessBody<O["searchUsers"]>>;
}

/** `createDeprecatedClient({ accountSid, authToken })`; `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createDeprecatedClient(options: ClientOptions): DeprecatedClient {
  const core = new ImpactClient(options, description);
  const client: Record<string, unknown> = {
    options: core.options,
  };
  for (const operation of Object.keys(description.operations)) {
    client[operation] = (init?: CallInit) => core.call(operation, init);
  }
  return client as unknown as DeprecatedClient;
}
