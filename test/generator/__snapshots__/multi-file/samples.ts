// Generated from ../../specs/multi-file/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

// The TypeScript code samples of the reference docs, as functions, so that
// type-checking proves each sample still compiles against the client.
import type { MultiFileClient } from "./sdk.js";

export function listItems(multiFile: MultiFileClient) {
  return multiFile.listItems({
    query: {
      status: "draft",
    },
  });
}

export function getItem(multiFile: MultiFileClient) {
  return multiFile.getItem({
    path: {
      itemId: 1001,
    },
  });
}
