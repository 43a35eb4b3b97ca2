// Generated from ../../specs/callbacks.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/callbacks.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

// The TypeScript code samples of the reference docs, as functions, so that
// type-checking proves each sample still compiles against the client.
import type { CallbacksClient } from "./sdk.js";

export function createSubscription(callbacks: CallbacksClient) {
  return callbacks.createSubscription({
    body: {
      callbackUrl: "https://example.com/1",
      topic: "topic 1",
    },
  });
}
