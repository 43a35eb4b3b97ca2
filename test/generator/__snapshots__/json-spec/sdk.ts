// Generated from ../../specs/json-spec.json by this project's generator. Do not edit: change the spec and run `npm run generate`.

import {
  ImpactClient,
  type ApiDescription,
  type ApiPromise,
  type CallArgs,
  type CallInit,
  type ClientOptions,
  type PublicClientOptions,
  type SuccessBody,
} from "../../../../runtime/client/index.js";
import type { paths } from "./schema.js";

/** The type of each operation, by the client's name for it. */
export interface JsonSpecOperationTypes {
  listNotes: paths["/notes"]["get"];
  createNote: paths["/notes"]["post"];
}
type O = JsonSpecOperationTypes;

/** What the client core needs to know of JSON spec 1.0.0, derived from the spec. */
const description: ApiDescription = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
  operations: {
    listNotes: {
      method: "GET",
      path: "/notes",
      success: {
        "200": {
          array: {
            ref: "Note",
          },
        },
      },
    },
    createNote: {
      method: "POST",
      path: "/notes",
      body: "json",
      success: {
        "201": {
          ref: "Note",
        },
      },
    },
  },
  shapes: {
    Note: {
      object: {
        id: "integer",
        text: "string",
        pinned: "boolean",
      },
      required: ["text"],
    },
  },
};

/**
 * A client for JSON spec 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface JsonSpecClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * List notes
   *
   * `GET /notes`
   */
  listNotes(...init: CallArgs<O["listNotes"]>): ApiPromise<SuccessBody<O["listNotes"]>>;
  /**
   * Create a note
   *
   * `POST /notes`
   */
  createNote(...init: CallArgs<O["createNote"]>): ApiPromise<SuccessBody<O["createNote"]>>;
}

/** `createJsonSpecClient({ accountSid, authToken })`; `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createJsonSpecClient(options: ClientOptions): JsonSpecClient {
  const core = new ImpactClient(options, description);
  const client: Record<string, unknown> = {
    options: core.options,
  };
  for (const operation of Object.keys(description.operations)) {
    client[operation] = (init?: CallInit) => core.call(operation, init);
  }
  return client as unknown as JsonSpecClient;
}
