// Generated from ../../specs/hostile-names.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/hostile-names.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
