// Generated from ../../specs/multi-file/openapi.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/multi-file/openapi.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
