// Generated from ../../specs/webhooks.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/webhooks.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface WebhooksOperationTypes {
  getOrder: paths["/orders/{orderId}"]["get"];
}
type O = WebhooksOperationTypes;

/** What the client core needs to know of Webhooks 1.0.0 as a whole. */
const settings$: ApiSettings = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
};

// The documented shape of each response schema, for turning the wire form into it.
const Order$shape: Shape = {
  object: {
    id: "integer",
    total: "number",
  },
  required: ["id", "total"],
};

// Each operation as the client core needs it.
const getOrder$operation: OperationDescription = {
  method: "GET",
  path: "/orders/{orderId}",
  success: {
    "200": {
      ref: () => Order$shape,
    },
  },
  integerPath: ["orderId"],
};

/** The core every operation function takes: `createWebhooksCore({ accountSid, authToken })`. */
export type WebhooksCore = Core$ & { readonly api$: "Webhooks" };

/** A core for Webhooks 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createWebhooksCore(options: ClientOptions): WebhooksCore {
  return new Core$(options, settings$) as WebhooksCore;
}

/**
 * Get an order
 *
 * `GET /orders/{orderId}`
 */
export function getOrder(core: WebhooksCore, ...init: CallArgs<O["getOrder"]>): ApiPromise<SuccessBody<O["getOrder"]>> {
  return core.call(getOrder$operation, init[0]);
}

/**
 * A client for Webhooks 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface WebhooksClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * Get an order
   *
   * `GET /orders/{orderId}`
   */
  getOrder(...init: CallArgs<O["getOrder"]>): ApiPromise<SuccessBody<O["getOrder"]>>;
}

/** `createWebhooksClient({ accountSid, authToken })`: every operation as a method. */
export function createWebhooksClient(options: ClientOptions): WebhooksClient {
  const core = createWebhooksCore(options);
  return {
    options: core.options,
    getOrder: (...init) => getOrder(core, ...init),
  };
}
