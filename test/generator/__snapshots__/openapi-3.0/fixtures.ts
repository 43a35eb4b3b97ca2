// Generated from ../../specs/openapi-3.0.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

import type { components, paths } from "./schema.js";

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

/** Requests per operation; the spec's examples come first. */
export const requests = {
  listProducts: [
    {
      query: {
        minPrice: 12.5,
      },
    },
  ] satisfies RequestFixture<paths["/products"]["get"]>[],
  createProduct: [
    {
      body: {
        category: {
          name: "name 1",
        },
        discontinuedAt: "2026-01-15T10:00:00Z",
        name: "name 1",
        price: 12.5,
      },
      contentType: "application/json",
    },
  ] satisfies RequestFixture<paths["/products"]["post"]>[],
};

/** Response bodies per operation and status; the spec's examples come first. */
export const responses = {
  listProducts: {
    200: [
      [
        {
          category: {
            name: "name 1",
          },
          discontinuedAt: "2026-01-15T10:00:00Z",
          name: "name 1",
          price: 12.5,
        },
      ],
    ] satisfies ResponseBody<paths["/products"]["get"], 200>[],
  },
  createProduct: {
    201: [
      {
        category: {
          name: "name 1",
        },
        discontinuedAt: "2026-01-15T10:00:00Z",
        name: "name 1",
        price: 12.5,
      },
    ] satisfies ResponseBody<paths["/products"]["post"], 201>[],
  },
};

/** Instances of every named schema. */
export const schemas = {
  Category: [
    {
      name: "Tools",
    },
  ] satisfies components["schemas"]["Category"][],
  Product: [
    {
      discontinuedAt: null,
      name: "Widget",
      price: 9.5,
    },
  ] satisfies components["schemas"]["Product"][],
};
