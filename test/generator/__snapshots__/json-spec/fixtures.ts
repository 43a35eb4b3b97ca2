// Generated from ../../specs/json-spec.json by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
  listNotes: [{}] satisfies RequestFixture<paths["/notes"]["get"]>[],
  createNote: [
    {
      body: {
        id: 1001,
        pinned: true,
        text: "text 1",
      },
      contentType: "application/json",
    },
  ] satisfies RequestFixture<paths["/notes"]["post"]>[],
};

/** Response bodies per operation and status; the spec's examples come first. */
export const responses = {
  listNotes: {
    200: [
      [
        {
          id: 1001,
          pinned: true,
          text: "text 1",
        },
      ],
    ] satisfies ResponseBody<paths["/notes"]["get"], 200>[],
  },
  createNote: {
    201: [
      {
        id: 1001,
        pinned: true,
        text: "text 1",
      },
    ] satisfies ResponseBody<paths["/notes"]["post"], 201>[],
  },
};

/** Instances of every named schema. */
export const schemas = {
  Note: [
    {
      id: 1001,
      pinned: true,
      text: "text 1",
    },
  ] satisfies components["schemas"]["Note"][],
};
