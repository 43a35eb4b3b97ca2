// Generated from ../../specs/json-spec.json by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/json-spec.json --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

// The TypeScript code samples of the reference docs, as functions, so that
// type-checking proves each sample still compiles against the client.
import type { JsonSpecClient } from "./sdk.js";

export function listNotes(jsonSpec: JsonSpecClient) {
  return jsonSpec.listNotes();
}

export function createNote(jsonSpec: JsonSpecClient) {
  return jsonSpec.createNote({
    body: {
      id: 1001,
      pinned: true,
      text: "text 1",
    },
  });
}
