// Generated from ../../specs/discriminator.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
  getExtended: [{}] satisfies RequestFixture<paths["/extended"]["get"]>[],
  listPets: [{}] satisfies RequestFixture<paths["/pets"]["get"]>[],
  createPet: [
    {
      body: {
        indoor: true,
        name: "name 1",
        petType: "cat",
      },
      contentType: "application/json",
    },
    {
      body: {
        barkVolume: 101,
        name: "name 2",
        petType: "dog",
      },
      contentType: "application/json",
    },
  ] satisfies RequestFixture<paths["/pets"]["post"]>[],
};

/** Response bodies per operation and status; the spec's examples come first. */
export const responses = {
  getExtended: {
    200: [
      {
        createdAt: "2026-01-15T10:00:00Z",
        id: "id 1",
        label: "label 1",
        tags: ["tag 1"],
      },
    ] satisfies ResponseBody<paths["/extended"]["get"], 200>[],
  },
  listPets: {
    200: [
      [
        {
          indoor: true,
          name: "name 1",
          petType: "cat",
        },
      ],
      [
        {
          barkVolume: 101,
          name: "name 2",
          petType: "dog",
        },
      ],
    ] satisfies ResponseBody<paths["/pets"]["get"], 200>[],
  },
  createPet: {
    201: [
      {
        indoor: true,
        name: "name 1",
        petType: "cat",
      },
      {
        barkVolume: 101,
        name: "name 2",
        petType: "dog",
      },
    ] satisfies ResponseBody<paths["/pets"]["post"], 201>[],
  },
};

/** Instances of every named schema. */
export const schemas = {
  Base: [
    {
      createdAt: "2026-01-15T10:00:00Z",
      id: "id 1",
    },
  ] satisfies components["schemas"]["Base"][],
  Cat: [
    {
      indoor: true,
      name: "name 1",
      petType: "cat",
    },
  ] satisfies components["schemas"]["Cat"][],
  Dog: [
    {
      barkVolume: 100,
      name: "name 1",
      petType: "dog",
    },
  ] satisfies components["schemas"]["Dog"][],
  Extended: [
    {
      createdAt: "2026-01-15T10:00:00Z",
      id: "id 1",
      label: "label 1",
      tags: ["tag 1"],
    },
  ] satisfies components["schemas"]["Extended"][],
  Pet: [
    {
      indoor: true,
      name: "name 1",
      petType: "cat",
    },
    {
      barkVolume: 101,
      name: "name 2",
      petType: "dog",
    },
  ] satisfies components["schemas"]["Pet"][],
};
