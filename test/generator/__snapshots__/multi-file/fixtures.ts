// Generated from ../../specs/multi-file/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
  listItems: [
    {
      query: {
        status: "draft",
      },
    },
    {
      query: {
        status: "active",
      },
    },
    {
      query: {
        status: "archived",
      },
    },
  ] satisfies RequestFixture<paths["/items"]["get"]>[],
  getItem: [
    {
      path: {
        itemId: 1001,
      },
    },
  ] satisfies RequestFixture<paths["/items/{itemId}"]["get"]>[],
};

/** Response bodies per operation and status; the spec's examples come first. */
export const responses = {
  listItems: {
    200: [
      [
        {
          id: 1001,
          name: "name 1",
          status: "draft",
        },
      ],
      [
        {
          id: 1002,
          name: "name 2",
          status: "active",
        },
      ],
      [
        {
          id: 1003,
          name: "name 3",
          status: "archived",
        },
      ],
    ] satisfies ResponseBody<paths["/items"]["get"], 200>[],
  },
  getItem: {
    200: [
      {
        id: 1001,
        name: "name 1",
        status: "draft",
      },
      {
        id: 1002,
        name: "name 2",
        status: "active",
      },
      {
        id: 1003,
        name: "name 3",
        status: "archived",
      },
    ] satisfies ResponseBody<paths["/items/{itemId}"]["get"], 200>[],
  },
};

/** Instances of every named schema. */
export const schemas = {
  Item: [
    {
      id: 1001,
      name: "name 1",
      status: "draft",
    },
    {
      id: 1002,
      name: "name 2",
      status: "active",
    },
    {
      id: 1003,
      name: "name 3",
      status: "archived",
    },
  ] satisfies components["schemas"]["Item"][],
  ItemStatus: ["draft", "active", "archived"] satisfies components["schemas"]["ItemStatus"][],
};
