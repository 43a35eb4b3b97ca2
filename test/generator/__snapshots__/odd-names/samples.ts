// Generated from ../../specs/odd-names.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/odd-names.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

// The TypeScript code samples of the reference docs, as functions, so that
// type-checking proves each sample still compiles against the client.
import type { OddNamesClient } from "./sdk.js";

export function class_(oddNames: OddNamesClient) {
  return oddNames.class_();
}

export function listAllPets(oddNames: OddNamesClient) {
  return oddNames.listAllPets();
}

export function new_(oddNames: OddNamesClient) {
  return oddNames.new_({
    body: {
      "@type": "type 1",
      "back`tick": true,
      "first name": "first name 1",
      'it\'s "quoted"': "it s quoted 1",
      "x-rate-limit": 100,
    },
  });
}

export function petsGetV2(oddNames: OddNamesClient) {
  return oddNames.petsGetV2({
    path: {
      id: "id 1",
    },
  });
}

export function _2faEnable(oddNames: OddNamesClient) {
  return oddNames._2faEnable({
    path: {
      id: "id 1",
    },
  });
}

export function delete_(oddNames: OddNamesClient) {
  return oddNames.delete_({
    path: {
      id: "id 1",
    },
  });
}

export function größeÄndern(oddNames: OddNamesClient) {
  return oddNames.größeÄndern();
}
