// Generated from ../../specs/formats-and-bounds.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
export interface FormatsAndBoundsOperationTypes {
  createRecord: paths["/records"]["post"];
}
type O = FormatsAndBoundsOperationTypes;

/** What the client core needs to know of Formats and bounds 1.0.0, derived from the spec. */
const description: ApiDescription = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
  operations: {
    createRecord: {
      method: "POST",
      path: "/records",
      body: "json",
      success: {
        "201": {
          ref: "Record",
        },
      },
    },
  },
  shapes: {
    Record: {
      object: {
        id: "string",
        createdAt: "string",
        birthday: "string",
        email: "string",
        homepage: "string",
        ip: "string",
        count: "integer",
        bigCount: "integer",
        ratio: "number",
        amount: "number",
        blob: "string",
        code: "string",
        nickname: "string",
        priority: "integer",
        kind: "any",
        note: "string",
        tags: {
          array: "string",
        },
        attributes: {
          object: {},
          required: [],
        },
      },
      required: ["id", "code", "kind", "createdAt"],
    },
  },
};

/**
 * A client for Formats and bounds 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface FormatsAndBoundsClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * Create a record
   *
   * `POST /records`
   */
  createRecord(...init: CallArgs<O["createRecord"]>): ApiPromise<SuccessBody<O["createRecord"]>>;
}

/** `createFormatsAndBoundsClient({ accountSid, authToken })`; `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createFormatsAndBoundsClient(options: ClientOptions): FormatsAndBoundsClient {
  const core = new ImpactClient(options, description);
  const client: Record<string, unknown> = {
    options: core.options,
  };
  for (const operation of Object.keys(description.operations)) {
    client[operation] = (init?: CallInit) => core.call(operation, init);
  }
  return client as unknown as FormatsAndBoundsClient;
}
