// Generated from ../../specs/openapi-3.0.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/openapi-3.0.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

import type { components, operations } from "./schema.js";
import * as data from "./fixtures/data.js";

type ParametersIn<Op, In extends string> = Op extends { parameters: infer P }
  ? P extends { [K in In]?: infer T }
    ? T
    : never
  : never;
type Body<Op> = Op extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? C[keyof C]
    : never
  : never;
type ResponseBody<Op, Status> = Op extends { responses: infer R }
  ? Status extends keyof R
    ? R[Status] extends { content: infer C }
      ? C[keyof C]
      : null
    : never
  : never;

/** A request: path, query and header parameters, and the body with its media type. */
export interface RequestFixture<Op> {
  path?: ParametersIn<Op, "path">;
  query?: ParametersIn<Op, "query">;
  header?: ParametersIn<Op, "header">;
  body?: Body<Op>;
  contentType?: string;
}

/** Each operation's type in `schema.ts`, by the name the fixtures use. */
export interface Operations {
  listProducts: operations["listProducts"];
  createProduct: operations["createProduct"];
}

type StatusesOf<Op> = Op extends { responses: infer R } ? keyof R : never;

/** Requests per operation (`fixtures/requests.json`); the spec's examples come first. */
export type Requests = { [Name in keyof Operations]: RequestFixture<Operations[Name]>[] };
/** Response bodies per operation and documented status (`fixtures/responses.json`); the spec's examples come first. */
export type Responses = {
  [Name in keyof Operations]: { [Status in StatusesOf<Operations[Name]>]: ResponseBody<Operations[Name], Status>[] };
};
/** Instances of every named schema (`fixtures/schemas.json`). */
export type Schemas = { [Name in keyof components["schemas"]]: components["schemas"][Name][] };

export const requests = data.requests as unknown as Requests;
export const responses = data.responses as unknown as Responses;
export const schemas = data.schemas as unknown as Schemas;
