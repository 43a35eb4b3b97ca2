// Generated from ../../specs/circular.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
  createCompany: [
    {
      body: {
        employees: [
          {
            employer: {
              employees: [],
              name: "name 1",
            },
            name: "name 1",
          },
        ],
        name: "name 1",
      },
      contentType: "application/json",
    },
  ] satisfies RequestFixture<paths["/companies"]["post"]>[],
  getList: [{}] satisfies RequestFixture<paths["/list"]["get"]>[],
  getPerson: [
    {
      path: {
        personId: 1001,
      },
    },
  ] satisfies RequestFixture<paths["/people/{personId}"]["get"]>[],
  getTree: [{}] satisfies RequestFixture<paths["/tree"]["get"]>[],
};

/** Response bodies per operation and status; the spec's examples come first. */
export const responses = {
  createCompany: {
    201: [
      {
        employees: [
          {
            employer: {
              employees: [],
              name: "name 1",
            },
            name: "name 1",
          },
        ],
        name: "name 1",
      },
    ] satisfies ResponseBody<paths["/companies"]["post"], 201>[],
  },
  getList: {
    200: [
      {
        next: {
          value: 100,
        },
        value: 100,
      },
    ] satisfies ResponseBody<paths["/list"]["get"], 200>[],
  },
  getPerson: {
    200: [
      {
        employer: {
          employees: [
            {
              name: "name 1",
            },
          ],
          name: "name 1",
        },
        name: "name 1",
      },
    ] satisfies ResponseBody<paths["/people/{personId}"]["get"], 200>[],
  },
  getTree: {
    200: [
      {
        children: [
          {
            children: [],
            value: "value 1",
          },
        ],
        value: "value 1",
      },
    ] satisfies ResponseBody<paths["/tree"]["get"], 200>[],
  },
};

/** Instances of every named schema. */
export const schemas = {
  Company: [
    {
      employees: [
        {
          employer: {
            employees: [],
            name: "name 1",
          },
          name: "name 1",
        },
      ],
      name: "name 1",
    },
  ] satisfies components["schemas"]["Company"][],
  LinkedItem: [
    {
      next: {
        value: 100,
      },
      value: 100,
    },
  ] satisfies components["schemas"]["LinkedItem"][],
  Person: [
    {
      employer: {
        employees: [
          {
            name: "name 1",
          },
        ],
        name: "name 1",
      },
      name: "name 1",
    },
  ] satisfies components["schemas"]["Person"][],
  TreeNode: [
    {
      children: [
        {
          children: [],
          value: "value 1",
        },
      ],
      value: "value 1",
    },
  ] satisfies components["schemas"]["TreeNode"][],
};
