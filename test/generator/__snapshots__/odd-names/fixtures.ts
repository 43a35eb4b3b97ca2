// Generated from ../../specs/odd-names.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
  class_: [{}] satisfies RequestFixture<paths["/classes"]["get"]>[],
  listAllPets: [{}] satisfies RequestFixture<paths["/pets"]["get"]>[],
  new_: [
    {
      body: {
        "@type": "type 1",
        "back`tick": true,
        "first name": "first name 1",
        'it\'s "quoted"': "it s quoted 1",
        "x-rate-limit": 100,
      },
      contentType: "application/json",
    },
  ] satisfies RequestFixture<paths["/pets"]["post"]>[],
  petsGetV2: [
    {
      path: {
        id: "id 1",
      },
    },
  ] satisfies RequestFixture<paths["/pets/{id}"]["get"]>[],
  _2faEnable: [
    {
      path: {
        id: "id 1",
      },
    },
  ] satisfies RequestFixture<paths["/pets/{id}"]["put"]>[],
  delete_: [
    {
      path: {
        id: "id 1",
      },
    },
  ] satisfies RequestFixture<paths["/pets/{id}"]["delete"]>[],
  größeÄndern: [{}] satisfies RequestFixture<paths["/sizes"]["get"]>[],
};

/** Response bodies per operation and status; the spec's examples come first. */
export const responses = {
  class_: {
    204: [null] satisfies ResponseBody<paths["/classes"]["get"], 204>[],
  },
  listAllPets: {
    200: [
      [
        {
          name: "name 1",
          status: "available",
        },
      ],
      [
        {
          name: "name 2",
          status: "sold-out",
        },
      ],
      [
        {
          name: "name 3",
          status: "on hold",
        },
      ],
    ] satisfies ResponseBody<paths["/pets"]["get"], 200>[],
  },
  new_: {
    201: [null] satisfies ResponseBody<paths["/pets"]["post"], 201>[],
  },
  petsGetV2: {
    200: ["available", "sold-out", "on hold"] satisfies ResponseBody<paths["/pets/{id}"]["get"], 200>[],
  },
  _2faEnable: {
    204: [null] satisfies ResponseBody<paths["/pets/{id}"]["put"], 204>[],
  },
  delete_: {
    204: [null] satisfies ResponseBody<paths["/pets/{id}"]["delete"], 204>[],
  },
  größeÄndern: {
    204: [null] satisfies ResponseBody<paths["/sizes"]["get"], 204>[],
  },
};

/** Instances of every named schema. */
export const schemas = {
  "Pet.Summary": [
    {
      name: "name 1",
      status: "available",
    },
    {
      name: "name 2",
      status: "sold-out",
    },
    {
      name: "name 3",
      status: "on hold",
    },
  ] satisfies components["schemas"]["Pet.Summary"][],
  "odd-props": [
    {
      "@type": "type 1",
      "back`tick": true,
      "first name": "first name 1",
      'it\'s "quoted"': "it s quoted 1",
      "x-rate-limit": 100,
    },
  ] satisfies components["schemas"]["odd-props"][],
  "pet-status": ["available", "sold-out", "on hold"] satisfies components["schemas"]["pet-status"][],
};
