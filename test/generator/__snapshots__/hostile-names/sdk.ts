// Generated from ../../specs/hostile-names.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/hostile-names.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface HostileNamesOperationTypes {
  proto: paths["/things"]["get"];
  constructor_: paths["/things"]["post"];
}
type O = HostileNamesOperationTypes;

/** What the client core needs to know of Hostile names 1 as a whole. */
const settings$: ApiSettings = {
  server: "https://api.example.com",
  queryArrays: {
    style: "form",
    explode: true,
  },
};

// The documented shape of each response schema, for turning the wire form into it.
const evil$shape: Shape = {
  object: {
    ["__proto__"]: {
      object: {
        polluted: "boolean",
      },
      required: [],
    } as Shape,
    toString: "string" as Shape,
  },
  required: ["__proto__", "toString"],
};

// Each operation as the client core needs it.
const proto$operation: OperationDescription = {
  method: "GET",
  path: "/things",
  success: {
    "200": {
      ref: () => evil$shape,
    },
  },
};
const constructor_$operation: OperationDescription = {
  method: "POST",
  path: "/things",
  body: "json",
  success: {
    "204": null,
  },
};

/** The core every operation function takes: `createHostileNamesCore({ accountSid, authToken })`. */
export type HostileNamesCore = Core$ & { readonly api$: "HostileNames" };

/** A core for Hostile names 1; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createHostileNamesCore(options: ClientOptions): HostileNamesCore {
  return new Core$(options, settings$) as HostileNamesCore;
}

/**
 * `GET /things`
 */
export function proto(core: HostileNamesCore, ...init: CallArgs<O["proto"]>): ApiPromise<SuccessBody<O["proto"]>> {
  return core.call(proto$operation, init[0]);
}

/**
 * `POST /things`
 */
export function constructor_(
  core: HostileNamesCore,
  ...init: CallArgs<O["constructor_"]>
): ApiPromise<SuccessBody<O["constructor_"]>> {
  return core.call(constructor_$operation, init[0]);
}

/**
 * A client for Hostile names 1: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface HostileNamesClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * `GET /things`
   */
  proto(...init: CallArgs<O["proto"]>): ApiPromise<SuccessBody<O["proto"]>>;
  /**
   * `POST /things`
   */
  constructor_(...init: CallArgs<O["constructor_"]>): ApiPromise<SuccessBody<O["constructor_"]>>;
}

/** `createHostileNamesClient({ accountSid, authToken })`: every operation as a method. */
export function createHostileNamesClient(options: ClientOptions): HostileNamesClient {
  const core = createHostileNamesCore(options);
  return {
    options: core.options,
    proto: (...init) => proto(core, ...init),
    constructor_: (...init) => constructor_(core, ...init),
  };
}
