// Generated from ../../specs/deprecated.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
  listUsers: [
    {
      query: {
        offset: 100,
        page: 100,
      },
    },
  ] satisfies RequestFixture<paths["/users"]["get"]>[],
  searchUsers: [
    {
      query: {
        q: "q 1",
      },
    },
  ] satisfies RequestFixture<paths["/users/search"]["get"]>[],
};

/** Response bodies per operation and status; the spec's examples come first. */
export const responses = {
  listUsers: {
    200: [
      [
        {
          id: 1001,
          name: "name 1",
          username: "username 1",
        },
      ],
    ] satisfies ResponseBody<paths["/users"]["get"], 200>[],
  },
  searchUsers: {
    200: [
      [
        {
          id: 1001,
          name: "name 1",
          username: "username 1",
        },
      ],
    ] satisfies ResponseBody<paths["/users/search"]["get"], 200>[],
  },
};

/** Instances of every named schema. */
export const schemas = {
  User: [
    {
      id: 1001,
      name: "name 1",
      username: "username 1",
    },
  ] satisfies components["schemas"]["User"][],
};
