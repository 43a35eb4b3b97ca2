// Generated from ../../specs/webhooks.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/webhooks.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
