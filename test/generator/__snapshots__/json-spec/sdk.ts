// Generated from ../../specs/json-spec.json by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/json-spec.json --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

import {
  ImpactClient as Core$,
  type ApiPromise,
  type ApiSettings,
  type CallArgs,
  type ClientOptions,
  type OperationDescription,
  type PublicClientOptions,
  type SuccessBody,
  type Shape,
} from "../../../../runtime/client/index.js";
import type { paths } from "./schema.js";

/** The type of each operation, by the client's name for it. */
export interface JsonSpecOperationTypes {
  listNotes: paths["/notes"]["get"];
  createNote: paths["/notes"]["post"];
}
type O = JsonSpecOperationTypes;

/** What the client core needs to know of JSON spec 1.0.0 as a whole. */
const settings$: ApiSettings = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
};

// The documented shape of each response schema, for turning the wire form into it.
const Note$shape: Shape = {
  object: {
    id: "integer",
    text: "string",
    pinned: "boolean",
  },
  required: ["text"],
};

// Each operation as the client core needs it.
const listNotes$operation: OperationDescription = {
  method: "GET",
  path: "/notes",
  success: {
    "200": {
      array: {
        ref: () => Note$shape,
      },
    },
  },
};
const createNote$operation: OperationDescription = {
  method: "POST",
  path: "/notes",
  body: "json",
  success: {
    "201": {
      ref: () => Note$shape,
    },
  },
};

/** The core every operation function takes: `createJsonSpecCore({ accountSid, authToken })`. */
export type JsonSpecCore = Core$ & { readonly api$: "JsonSpec" };

/** A core for JSON spec 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createJsonSpecCore(options: ClientOptions): JsonSpecCore {
  return new Core$(options, settings$) as JsonSpecCore;
}

/**
 * List notes
 *
 * `GET /notes`
 */
export function listNotes(
  core: JsonSpecCore,
  ...init: CallArgs<O["listNotes"]>
): ApiPromise<SuccessBody<O["listNotes"]>> {
  return core.call(listNotes$operation, init[0]);
}

/**
 * Create a note
 *
 * `POST /notes`
 */
export function createNote(
  core: JsonSpecCore,
  ...init: CallArgs<O["createNote"]>
): ApiPromise<SuccessBody<O["createNote"]>> {
  return core.call(createNote$operation, init[0]);
}

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

/** `createJsonSpecClient({ accountSid, authToken })`: every operation as a method. */
export function createJsonSpecClient(options: ClientOptions): JsonSpecClient {
  const core = createJsonSpecCore(options);
  return {
    options: core.options,
    listNotes: (...init) => listNotes(core, ...init),
    createNote: (...init) => createNote(core, ...init),
  };
}
