// Generated from ../../specs/discriminator.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/discriminator.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

// The TypeScript code samples of the reference docs, as functions, so that
// type-checking proves each sample still compiles against the client.
import type { DiscriminatorClient } from "./sdk.js";

export function getExtended(discriminator: DiscriminatorClient) {
  return discriminator.getExtended();
}

export function listPets(discriminator: DiscriminatorClient) {
  return discriminator.listPets();
}

export function createPet(discriminator: DiscriminatorClient) {
  return discriminator.createPet({
    body: {
      name: "name 1",
      petType: "cat",
    },
  });
}
