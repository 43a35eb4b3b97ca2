// Generated from ../../specs/colliding-names.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
  getPets2: [{}] satisfies RequestFixture<paths["/Pets"]["get"]>[],
  getPets: [{}] satisfies RequestFixture<paths["/all-pets"]["get"]>[],
  listPets2: [{}] satisfies RequestFixture<paths["/pets"]["get"]>[],
  list_pets: [
    {
      body: {
        name: "name 1",
      },
      contentType: "application/json",
    },
  ] satisfies RequestFixture<paths["/pets"]["post"]>[],
  listPets: [{}] satisfies RequestFixture<paths["/pets/search"]["get"]>[],
};

/** Response bodies per operation and status; the spec's examples come first. */
export const responses = {
  getPets2: {
    200: [
      [
        {
          name: "name 1",
        },
      ],
    ] satisfies ResponseBody<paths["/Pets"]["get"], 200>[],
  },
  getPets: {
    200: [
      [
        {
          name: "name 1",
        },
      ],
    ] satisfies ResponseBody<paths["/all-pets"]["get"], 200>[],
  },
  listPets2: {
    200: [
      [
        {
          name: "name 1",
        },
      ],
    ] satisfies ResponseBody<paths["/pets"]["get"], 200>[],
  },
  list_pets: {
    200: [
      [
        {
          name: "name 1",
        },
      ],
    ] satisfies ResponseBody<paths["/pets"]["post"], 200>[],
  },
  listPets: {
    200: [
      [
        {
          name: "name 1",
        },
      ],
    ] satisfies ResponseBody<paths["/pets/search"]["get"], 200>[],
  },
};

/** Instances of every named schema. */
export const schemas = {
  Pet: [
    {
      name: "name 1",
    },
  ] satisfies components["schemas"]["Pet"][],
  PetList: [
    [
      {
        name: "name 1",
      },
    ],
  ] satisfies components["schemas"]["PetList"][],
};
