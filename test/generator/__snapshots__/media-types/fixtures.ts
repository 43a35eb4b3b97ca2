// Generated from ../../specs/media-types.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
  downloadFile: [
    {
      path: {
        fileId: "fileId 1",
      },
    },
  ] satisfies RequestFixture<paths["/files/{fileId}"]["get"]>[],
  createItemJson: [
    {
      body: {
        name: "name 1",
        quantity: 100,
      },
      contentType: "application/json",
    },
  ] satisfies RequestFixture<paths["/items"]["post"]>[],
  createItemForm: [
    {
      body: {
        name: "name 1",
        quantity: 100,
      },
      contentType: "application/x-www-form-urlencoded",
    },
  ] satisfies RequestFixture<paths["/items/form"]["post"]>[],
  getItemVendor: [
    {
      path: {
        itemId: 1001,
      },
    },
  ] satisfies RequestFixture<paths["/items/{itemId}"]["get"]>[],
  uploadFile: [
    {
      body: {
        caption: "caption 1",
        file: "file 1",
      },
      contentType: "multipart/form-data",
    },
  ] satisfies RequestFixture<paths["/uploads"]["post"]>[],
};

/** Response bodies per operation and status; the spec's examples come first. */
export const responses = {
  downloadFile: {
    200: ["text 1"] satisfies ResponseBody<paths["/files/{fileId}"]["get"], 200>[],
  },
  createItemJson: {
    201: [
      {
        name: "name 1",
        quantity: 100,
      },
    ] satisfies ResponseBody<paths["/items"]["post"], 201>[],
  },
  createItemForm: {
    204: [null] satisfies ResponseBody<paths["/items/form"]["post"], 204>[],
  },
  getItemVendor: {
    200: [
      {
        name: "name 1",
        quantity: 100,
      },
    ] satisfies ResponseBody<paths["/items/{itemId}"]["get"], 200>[],
  },
  uploadFile: {
    200: ["text 1"] satisfies ResponseBody<paths["/uploads"]["post"], 200>[],
  },
};

/** Instances of every named schema. */
export const schemas = {
  Item: [
    {
      name: "name 1",
      quantity: 100,
    },
  ] satisfies components["schemas"]["Item"][],
};
