// Generated from ../../specs/openapi-3.0.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/openapi-3.0.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

// The TypeScript code samples of the reference docs, as functions, so that
// type-checking proves each sample still compiles against the client.
import type { Openapi30Client } from "./sdk.js";

export function listProducts(openapi30: Openapi30Client) {
  return openapi30.listProducts({
    query: {
      minPrice: 12.5,
    },
  });
}

export function createProduct(openapi30: Openapi30Client) {
  return openapi30.createProduct({
    body: {
      category: {},
      discontinuedAt: "2026-01-15T10:00:00Z",
      name: "name 1",
      price: 12.5,
    },
  });
}
