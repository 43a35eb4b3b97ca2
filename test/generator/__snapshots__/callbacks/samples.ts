// Generated from ../../specs/callbacks.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
