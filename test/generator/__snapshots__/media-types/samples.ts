// Generated from ../../specs/media-types.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/media-types.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

// The TypeScript code samples of the reference docs, as functions, so that
// type-checking proves each sample still compiles against the client.
import type { MediaTypesClient } from "./sdk.js";

export function downloadFile(mediaTypes: MediaTypesClient) {
  return mediaTypes.downloadFile({
    path: {
      fileId: "fileId 1",
    },
  });
}

export function createItemJson(mediaTypes: MediaTypesClient) {
  return mediaTypes.createItemJson({
    body: {
      name: "name 1",
      quantity: 100,
    },
  });
}

export function createItemForm(mediaTypes: MediaTypesClient) {
  return mediaTypes.createItemForm({
    body: {
      name: "name 1",
      quantity: 100,
    },
  });
}

export function getItemVendor(mediaTypes: MediaTypesClient) {
  return mediaTypes.getItemVendor({
    path: {
      itemId: 1001,
    },
  });
}

export function uploadFile(mediaTypes: MediaTypesClient) {
  return mediaTypes.uploadFile({
    body: {
      caption: "caption 1",
      file: "file 1",
    },
  });
}
