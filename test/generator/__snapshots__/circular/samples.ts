// Generated from ../../specs/circular.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/circular.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

// The TypeScript code samples of the reference docs, as functions, so that
// type-checking proves each sample still compiles against the client.
import type { CircularClient } from "./sdk.js";

export function createCompany(circular: CircularClient) {
  return circular.createCompany({
    body: {
      employees: [
        {
          name: "name 1",
        },
      ],
      name: "name 1",
    },
  });
}

export function getList(circular: CircularClient) {
  return circular.getList();
}

export function getPerson(circular: CircularClient) {
  return circular.getPerson({
    path: {
      personId: 1001,
    },
  });
}

export function getTree(circular: CircularClient) {
  return circular.getTree();
}
