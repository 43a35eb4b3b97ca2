// Generated from ../../specs/webhooks.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
  getOrder: [
    {
      path: {
        orderId: 1001,
      },
    },
  ] satisfies RequestFixture<paths["/orders/{orderId}"]["get"]>[],
};

/** Response bodies per operation and status; the spec's examples come first. */
export const responses = {
  getOrder: {
    200: [
      {
        id: 1001,
        total: 12.5,
      },
    ] satisfies ResponseBody<paths["/orders/{orderId}"]["get"], 200>[],
  },
};

/** Instances of every named schema. */
export const schemas = {
  Cancellation: [
    {
      orderId: 1001,
      reason: "reason 1",
    },
  ] satisfies components["schemas"]["Cancellation"][],
  Order: [
    {
      id: 1001,
      total: 12.5,
    },
  ] satisfies components["schemas"]["Order"][],
};
