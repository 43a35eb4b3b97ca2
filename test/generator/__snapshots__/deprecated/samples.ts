// Generated from ../../specs/deprecated.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
