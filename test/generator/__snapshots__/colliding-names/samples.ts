// Generated from ../../specs/colliding-names.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
