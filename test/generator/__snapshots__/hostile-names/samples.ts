// Generated from ../../specs/hostile-names.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

// The TypeScript code samples of the reference docs, as functions, so that
// type-checking proves each sample still compiles against the client.
import type { HostileNamesClient } from "./sdk.js";

export function proto(hostileNames: HostileNamesClient) {
  return hostileNames.proto({
    query: {
      tags: ["tag 1"],
    },
  });
}

export function constructor_(hostileNames: HostileNamesClient) {
  return hostileNames.constructor_({
    body: {
      constructor: "constructor 1",
    },
  });
}
