// Generated from ../../specs/no-operation-ids.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
  getPets: [{}] satisfies RequestFixture<paths["/pets"]["get"]>[],
  postPets: [
    {
      body: {
        id: 1001,
        name: "name 1",
      },
      contentType: "application/json",
    },
  ] satisfies RequestFixture<paths["/pets"]["post"]>[],
  getPetsByPetId: [
    {
      path: {
        petId: 1001,
      },
    },
  ] satisfies RequestFixture<paths["/pets/{petId}"]["get"]>[],
  deletePetsByPetId: [
    {
      path: {
        petId: 1001,
      },
    },
  ] satisfies RequestFixture<paths["/pets/{petId}"]["delete"]>[],
  getPetsByPetIdToysByToyId: [
    {
      path: {
        petId: 1001,
        toyId: "toyId 1",
      },
    },
  ] satisfies RequestFixture<paths["/pets/{petId}/toys/{toyId}"]["get"]>[],
};

/** Response bodies per operation and status; the spec's examples come first. */
export const responses = {
  getPets: {
    200: [
      [
        {
          id: 1001,
          name: "name 1",
        },
      ],
    ] satisfies ResponseBody<paths["/pets"]["get"], 200>[],
  },
  postPets: {
    201: [
      {
        id: 1001,
        name: "name 1",
      },
    ] satisfies ResponseBody<paths["/pets"]["post"], 201>[],
  },
  getPetsByPetId: {
    200: [
      {
        id: 1001,
        name: "name 1",
      },
    ] satisfies ResponseBody<paths["/pets/{petId}"]["get"], 200>[],
    404: [null] satisfies ResponseBody<paths["/pets/{petId}"]["get"], 404>[],
  },
  deletePetsByPetId: {
    204: [null] satisfies ResponseBody<paths["/pets/{petId}"]["delete"], 204>[],
  },
  getPetsByPetIdToysByToyId: {
    200: [
      {
        id: "id 1",
        squeaky: true,
      },
    ] satisfies ResponseBody<paths["/pets/{petId}/toys/{toyId}"]["get"], 200>[],
  },
};

/** Instances of every named schema. */
export const schemas = {
  Pet: [
    {
      id: 1001,
      name: "name 1",
    },
  ] satisfies components["schemas"]["Pet"][],
  Toy: [
    {
      id: "id 1",
      squeaky: true,
    },
  ] satisfies components["schemas"]["Toy"][],
};
