// Generated from ../../specs/circular.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
