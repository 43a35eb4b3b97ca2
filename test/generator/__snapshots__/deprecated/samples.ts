// Generated from ../../specs/deprecated.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/deprecated.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

// The TypeScript code samples of the reference docs, as functions, so that
// type-checking proves each sample still compiles against the client.
import type { DeprecatedClient } from "./sdk.js";

export function listUsers(deprecated: DeprecatedClient) {
  return deprecated.listUsers({
    query: {
      offset: 100,
      page: 100,
    },
  });
}

export function searchUsers(deprecated: DeprecatedClient) {
  return deprecated.searchUsers({
    query: {
      q: "q 1",
    },
  });
}
