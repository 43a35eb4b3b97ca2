// Generated from ../../specs/webhooks.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/webhooks.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

import type {
  ImpactClient as Core$,
  ApiPromise,
  CallArgs,
  ClientOptions,
  PublicClientOptions,
  SuccessBody,
} from "../../../../runtime/client/index.js";
import type { paths } from "./schema.js";

/** The type of each operation, by the client's name for it. */
export interface WebhooksOperationTypes {
  getOrder: paths["/orders/{orderId}"]["get"];
}
type O = WebhooksOperationTypes;

/** The core every operation function takes: `createWebhooksCore({ accountSid, authToken })`. */
export type WebhooksCore = Core$ & { readonly api$: "Webhooks" };

/** A core for Webhooks 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export declare function createWebhooksCore(options: ClientOptions): WebhooksCore;

/**
 * Get an order
 *
 * `GET /orders/{orderId}`
 */
export declare function getOrder(
  core: WebhooksCore,
  ...init: CallArgs<O["getOrder"]>
): ApiPromise<SuccessBody<O["getOrder"]>>;

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
export declare function createWebhooksClient(options: ClientOptions): WebhooksClient;

// Only what is exported above is this module's: `O` stays private.
export {};
