// Generated from ../../specs/webhooks.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
export interface WebhooksOperationTypes {
  getOrder: paths["/orders/{orderId}"]["get"];
}
type O = WebhooksOperationTypes;

/** What the client core needs to know of Webhooks 1.0.0, derived from the spec. */
const description: ApiDescription = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
  operations: {
    getOrder: {
      method: "GET",
      path: "/orders/{orderId}",
      success: {
        "200": {
          ref: "Order",
        },
      },
    },
  },
  shapes: {
    Order: {
      object: {
        id: "integer",
        total: "number",
      },
      required: ["id", "total"],
    },
  },
};

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

/** `createWebhooksClient({ accountSid, authToken })`; `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createWebhooksClient(options: ClientOptions): WebhooksClient {
  const core = new ImpactClient(options, description);
  const client: Record<string, unknown> = {
    options: core.options,
  };
  for (const operation of Object.keys(description.operations)) {
    client[operation] = (init?: CallInit) => core.call(operation, init);
  }
  return client as unknown as WebhooksClient;
}
