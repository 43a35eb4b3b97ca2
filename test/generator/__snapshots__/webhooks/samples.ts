// Generated from ../../specs/webhooks.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

// The TypeScript code samples of the reference docs, as functions, so that
// type-checking proves each sample still compiles against the client.
import type { WebhooksClient } from "./sdk.js";

export function getOrder(webhooks: WebhooksClient) {
  return webhooks.getOrder({
    path: {
      orderId: 1001,
    },
  });
}
