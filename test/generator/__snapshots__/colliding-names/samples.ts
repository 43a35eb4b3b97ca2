// Generated from ../../specs/colliding-names.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/colliding-names.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

// The TypeScript code samples of the reference docs, as functions, so that
// type-checking proves each sample still compiles against the client.
import type { CollidingNamesClient } from "./sdk.js";

export function getPets2(collidingNames: CollidingNamesClient) {
  return collidingNames.getPets2();
}

export function getPets(collidingNames: CollidingNamesClient) {
  return collidingNames.getPets();
}

export function listPets2(collidingNames: CollidingNamesClient) {
  return collidingNames.listPets2();
}

export function list_pets(collidingNames: CollidingNamesClient) {
  return collidingNames.list_pets({
    body: {
      name: "name 1",
    },
  });
}

export function listPets(collidingNames: CollidingNamesClient) {
  return collidingNames.listPets();
}
