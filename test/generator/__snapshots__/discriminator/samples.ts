// Generated from ../../specs/discriminator.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
