// Generated from ../../specs/callbacks.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
export interface CallbacksOperationTypes {
  createSubscription: paths["/subscriptions"]["post"];
}
type O = CallbacksOperationTypes;

/** What the client core needs to know of Callbacks 1.0.0, derived from the spec. */
const description: ApiDescription = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
  operations: {
    createSubscription: {
      method: "POST",
      path: "/subscriptions",
      body: "json",
      success: {
        "201": {
          ref: "Subscription",
        },
      },
    },
  },
  shapes: {
    Subscription: {
      object: {
        id: "string",
        callbackUrl: "string",
      },
      required: ["id", "callbackUrl"],
    },
  },
};

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

/** `createCallbacksClient({ accountSid, authToken })`; `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createCallbacksClient(options: ClientOptions): CallbacksClient {
  const core = new ImpactClient(options, description);
  const client: Record<string, unknown> = {
    options: core.options,
  };
  for (const operation of Object.keys(description.operations)) {
    client[operation] = (init?: CallInit) => core.call(operation, init);
  }
  return client as unknown as CallbacksClient;
}
