// Generated from ../../specs/media-types.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

export type { components, operations, paths } from "./schema.js";
export { createClient, createOperations, type Operations } from "./client.js";
export * from "./sdk.js";
export * from "../../../../runtime/client/index.js";
