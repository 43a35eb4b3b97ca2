// Generated from ../../specs/formats-and-bounds.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
  createRecord: [
    {
      body: {
        amount: 12.5,
        attributes: {
          key1: 100,
        },
        bigCount: 100,
        birthday: "2026-01-15",
        blob: "Zml4dHVyZSAx",
        code: "RG-9792",
        count: 100,
        createdAt: "2026-01-15T10:00:00Z",
        email: "user1@example.com",
        homepage: "https://example.com/resources/1",
        id: "00000000-0000-4000-8000-000000000001",
        ip: "192.0.2.1",
        kind: "record",
        nickname: "nickname 1",
        note: "note 1",
        priority: 1,
        ratio: 0.5,
        tags: ["tag 1"],
      },
      contentType: "application/json",
    },
    {
      body: {
        amount: 13.5,
        attributes: {
          key1: 101,
        },
        bigCount: 101,
        birthday: "2026-01-16",
        blob: "Zml4dHVyZSAy",
        code: "XY-7267",
        count: 101,
        createdAt: "2026-01-16T10:00:00Z",
        email: "user2@example.com",
        homepage: "https://example.com/resources/2",
        id: "00000000-0000-4000-8000-000000000002",
        ip: "192.0.2.2",
        kind: "record",
        nickname: "nickname 2",
        note: "note 2",
        priority: 2,
        ratio: 0.5,
        tags: ["tag 2"],
      },
      contentType: "application/json",
    },
    {
      body: {
        amount: 14.5,
        attributes: {
          key1: 102,
        },
        bigCount: 102,
        birthday: "2026-01-17",
        blob: "Zml4dHVyZSAz",
        code: "GZ-3381",
        count: 102,
        createdAt: "2026-01-17T10:00:00Z",
        email: "user3@example.com",
        homepage: "https://example.com/resources/3",
        id: "00000000-0000-4000-8000-000000000003",
        ip: "192.0.2.3",
        kind: "record",
        nickname: "nickname 3",
        note: "note 3",
        priority: 3,
        ratio: 0.5,
        tags: ["tag 3"],
      },
      contentType: "application/json",
    },
  ] satisfies RequestFixture<paths["/records"]["post"]>[],
};

/** Response bodies per operation and status; the spec's examples come first. */
export const responses = {
  createRecord: {
    201: [
      {
        amount: 12.5,
        attributes: {
          key1: 100,
        },
        bigCount: 100,
        birthday: "2026-01-15",
        blob: "Zml4dHVyZSAx",
        code: "RG-9792",
        count: 100,
        createdAt: "2026-01-15T10:00:00Z",
        email: "user1@example.com",
        homepage: "https://example.com/resources/1",
        id: "00000000-0000-4000-8000-000000000001",
        ip: "192.0.2.1",
        kind: "record",
        nickname: "nickname 1",
        note: "note 1",
        priority: 1,
        ratio: 0.5,
        tags: ["tag 1"],
      },
      {
        amount: 13.5,
        attributes: {
          key1: 101,
        },
        bigCount: 101,
        birthday: "2026-01-16",
        blob: "Zml4dHVyZSAy",
        code: "XY-7267",
        count: 101,
        createdAt: "2026-01-16T10:00:00Z",
        email: "user2@example.com",
        homepage: "https://example.com/resources/2",
        id: "00000000-0000-4000-8000-000000000002",
        ip: "192.0.2.2",
        kind: "record",
        nickname: "nickname 2",
        note: "note 2",
        priority: 2,
        ratio: 0.5,
        tags: ["tag 2"],
      },
      {
        amount: 14.5,
        attributes: {
          key1: 102,
        },
        bigCount: 102,
        birthday: "2026-01-17",
        blob: "Zml4dHVyZSAz",
        code: "GZ-3381",
        count: 102,
        createdAt: "2026-01-17T10:00:00Z",
        email: "user3@example.com",
        homepage: "https://example.com/resources/3",
        id: "00000000-0000-4000-8000-000000000003",
        ip: "192.0.2.3",
        kind: "record",
        nickname: "nickname 3",
        note: "note 3",
        priority: 3,
        ratio: 0.5,
        tags: ["tag 3"],
      },
    ] satisfies ResponseBody<paths["/records"]["post"], 201>[],
  },
};

/** Instances of every named schema. */
export const schemas = {
  Record: [
    {
      amount: 12.5,
      attributes: {
        key1: 100,
      },
      bigCount: 100,
      birthday: "2026-01-15",
      blob: "Zml4dHVyZSAx",
      code: "RG-9792",
      count: 100,
      createdAt: "2026-01-15T10:00:00Z",
      email: "user1@example.com",
      homepage: "https://example.com/resources/1",
      id: "00000000-0000-4000-8000-000000000001",
      ip: "192.0.2.1",
      kind: "record",
      nickname: "nickname 1",
      note: "note 1",
      priority: 1,
      ratio: 0.5,
      tags: ["tag 1"],
    },
    {
      amount: 13.5,
      attributes: {
        key1: 101,
      },
      bigCount: 101,
      birthday: "2026-01-16",
      blob: "Zml4dHVyZSAy",
      code: "XY-7267",
      count: 101,
      createdAt: "2026-01-16T10:00:00Z",
      email: "user2@example.com",
      homepage: "https://example.com/resources/2",
      id: "00000000-0000-4000-8000-000000000002",
      ip: "192.0.2.2",
      kind: "record",
      nickname: "nickname 2",
      note: "note 2",
      priority: 2,
      ratio: 0.5,
      tags: ["tag 2"],
    },
    {
      amount: 14.5,
      attributes: {
        key1: 102,
      },
      bigCount: 102,
      birthday: "2026-01-17",
      blob: "Zml4dHVyZSAz",
      code: "GZ-3381",
      count: 102,
      createdAt: "2026-01-17T10:00:00Z",
      email: "user3@example.com",
      homepage: "https://example.com/resources/3",
      id: "00000000-0000-4000-8000-000000000003",
      ip: "192.0.2.3",
      kind: "record",
      nickname: "nickname 3",
      note: "note 3",
      priority: 3,
      ratio: 0.5,
      tags: ["tag 3"],
    },
  ] satisfies components["schemas"]["Record"][],
};
