// Generated from ../../specs/no-operation-ids.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/no-operation-ids.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

// The TypeScript code samples of the reference docs, as functions, so that
// type-checking proves each sample still compiles against the client.
import type { NoOperationIdsClient } from "./sdk.js";

export function getPets(noOperationIds: NoOperationIdsClient) {
  return noOperationIds.getPets();
}

export function postPets(noOperationIds: NoOperationIdsClient) {
  return noOperationIds.postPets({
    body: {
      id: 1001,
      name: "name 1",
    },
  });
}

export function getPetsByPetId(noOperationIds: NoOperationIdsClient) {
  return noOperationIds.getPetsByPetId({
    path: {
      petId: 1001,
    },
  });
}

export function deletePetsByPetId(noOperationIds: NoOperationIdsClient) {
  return noOperationIds.deletePetsByPetId({
    path: {
      petId: 1001,
    },
  });
}

export function getPetsByPetIdToysByToyId(noOperationIds: NoOperationIdsClient) {
  return noOperationIds.getPetsByPetIdToysByToyId({
    path: {
      petId: 1001,
      toyId: "toyId 1",
    },
  });
}
