// Generated from ../../specs/formats-and-bounds.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/formats-and-bounds.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

export type { components, operations, paths } from "./schema.js";
export { createClient, createOperations, type Operations } from "./client.js";
export * from "./sdk.js";
export * from "../../../../runtime/client/index.js";
