// Generated from ../../specs/callbacks.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/callbacks.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface CallbacksOperationTypes {
  createSubscription: paths["/subscriptions"]["post"];
}
type O = CallbacksOperationTypes;

/** What the client core needs to know of Callbacks 1.0.0 as a whole. */
const settings$: ApiSettings = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
};

// The documented shape of each response schema, for turning the wire form into it.
const Subscription$shape: Shape = {
  object: {
    id: "string",
    callbackUrl: "string",
  },
  required: ["id", "callbackUrl"],
};

// Each operation as the client core needs it.
const createSubscription$operation: OperationDescription = {
  method: "POST",
  path: "/subscriptions",
  body: "json",
  success: {
    "201": {
      ref: () => Subscription$shape,
    },
  },
};

/** The core every operation function takes: `createCallbacksCore({ accountSid, authToken })`. */
export type CallbacksCore = Core$ & { readonly api$: "Callbacks" };

/** A core for Callbacks 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createCallbacksCore(options: ClientOptions): CallbacksCore {
  return new Core$(options, settings$) as CallbacksCore;
}

/**
 * Subscribe to events
 *
 * `POST /subscriptions`
 */
export function createSubscription(
  core: CallbacksCore,
  ...init: CallArgs<O["createSubscription"]>
): ApiPromise<SuccessBody<O["createSubscription"]>> {
  return core.call(createSubscription$operation, init[0]);
}

/**
 * A client for Callbacks 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface CallbacksClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * Subscribe to events
   *
   * `POST /subscriptions`
   */
  createSubscription(...init: CallArgs<O["createSubscription"]>): ApiPromise<SuccessBody<O["createSubscription"]>>;
}

/** `createCallbacksClient({ accountSid, authToken })`: every operation as a method. */
export function createCallbacksClient(options: ClientOptions): CallbacksClient {
  const core = createCallbacksCore(options);
  return {
    options: core.options,
    createSubscription: (...init) => createSubscription(core, ...init),
  };
}
