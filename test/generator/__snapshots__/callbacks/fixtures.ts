// Generated from ../../specs/callbacks.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
  createSubscription: [
    {
      body: {
        callbackUrl: "https://example.com/resources/1",
        topic: "topic 1",
      },
      contentType: "application/json",
    },
  ] satisfies RequestFixture<paths["/subscriptions"]["post"]>[],
};

/** Response bodies per operation and status; the spec's examples come first. */
export const responses = {
  createSubscription: {
    201: [
      {
        callbackUrl: "https://example.com/resources/1",
        id: "id 1",
      },
    ] satisfies ResponseBody<paths["/subscriptions"]["post"], 201>[],
  },
};

/** Instances of every named schema. */
export const schemas = {
  Event: [
    {
      id: "id 1",
      payload: {
        key1: "value 1",
      },
      type: "type 1",
    },
  ] satisfies components["schemas"]["Event"][],
  Subscription: [
    {
      callbackUrl: "https://example.com/resources/1",
      id: "id 1",
    },
  ] satisfies components["schemas"]["Subscription"][],
  SubscriptionRequest: [
    {
      callbackUrl: "https://example.com/resources/1",
      topic: "topic 1",
    },
  ] satisfies components["schemas"]["SubscriptionRequest"][],
};
