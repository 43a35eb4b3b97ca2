// Generated from ../../specs/hostile-names.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
  proto: [
    {
      query: {
        tags: ["tag 1"],
      },
    },
  ] satisfies RequestFixture<paths["/things"]["get"]>[],
  constructor_: [
    {
      body: {
        constructor: "constructor 1",
      },
      contentType: "application/json",
    },
  ] satisfies RequestFixture<paths["/things"]["post"]>[],
};

/** Response bodies per operation and status; the spec's examples come first. */
export const responses = {
  proto: {
    200: [
      {
        ["__proto__"]: {
          polluted: true,
        },
        toString: "toString 1",
      },
    ] satisfies ResponseBody<paths["/things"]["get"], 200>[],
  },
  constructor_: {
    204: [null] satisfies ResponseBody<paths["/things"]["post"], 204>[],
  },
};

/** Instances of every named schema. */
export const schemas = {
  "../../evil": [
    {
      ["__proto__"]: {
        polluted: true,
      },
      toString: "toString 1",
    },
  ] satisfies components["schemas"]["../../evil"][],
  ["__proto__"]: [
    {
      constructor: "constructor 1",
    },
  ] satisfies components["schemas"]["__proto__"][],
};
