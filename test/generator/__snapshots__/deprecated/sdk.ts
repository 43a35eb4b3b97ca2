// Generated from ../../specs/deprecated.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/deprecated.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface DeprecatedOperationTypes {
  listUsers: paths["/users"]["get"];
  searchUsers: paths["/users/search"]["get"];
}
type O = DeprecatedOperationTypes;

/** What the client core needs to know of Deprecated things 1.0.0 as a whole. */
const settings$: ApiSettings = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
};

// The documented shape of each response schema, for turning the wire form into it.
const User$shape: Shape = {
  object: {
    id: "integer",
    name: "string",
    username: "string",
  },
  required: ["id", "name"],
};

// Each operation as the client core needs it.
const listUsers$operation: OperationDescription = {
  method: "GET",
  path: "/users",
  success: {
    "200": {
      array: {
        ref: () => User$shape,
      },
    },
  },
};
const searchUsers$operation: OperationDescription = {
  method: "GET",
  path: "/users/search",
  success: {
    "200": {
      array: {
        ref: () => User$shape,
      },
    },
  },
};

/** The core every operation function takes: `createDeprecatedCore({ accountSid, authToken })`. */
export type DeprecatedCore = Core$ & { readonly api$: "Deprecated" };

/** A core for Deprecated things 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createDeprecatedCore(options: ClientOptions): DeprecatedCore {
  return new Core$(options, settings$) as DeprecatedCore;
}

/**
 * List users
 *
 * `GET /users`
 */
export function listUsers(
  core: DeprecatedCore,
  ...init: CallArgs<O["listUsers"]>
): ApiPromise<SuccessBody<O["listUsers"]>> {
  return core.call(listUsers$operation, init[0]);
}

/**
 * Search users (old)
 *
 * Use listUsers instead.
 *
 * `GET /users/search`
 * @deprecated The API marks this operation as deprecated.
 */
export function searchUsers(
  core: DeprecatedCore,
  ...init: CallArgs<O["searchUsers"]>
): ApiPromise<SuccessBody<O["searchUsers"]>> {
  return core.call(searchUsers$operation, init[0]);
}

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

/** `createDeprecatedClient({ accountSid, authToken })`: every operation as a method. */
export function createDeprecatedClient(options: ClientOptions): DeprecatedClient {
  const core = createDeprecatedCore(options);
  return {
    options: core.options,
    listUsers: (...init) => listUsers(core, ...init),
    searchUsers: (...init) => searchUsers(core, ...init),
  };
}
