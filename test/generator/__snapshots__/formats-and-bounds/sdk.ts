// Generated from ../../specs/formats-and-bounds.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/formats-and-bounds.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface FormatsAndBoundsOperationTypes {
  createRecord: paths["/records"]["post"];
}
type O = FormatsAndBoundsOperationTypes;

/** What the client core needs to know of Formats and bounds 1.0.0 as a whole. */
const settings$: ApiSettings = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
};

// The documented shape of each response schema, for turning the wire form into it.
const Record$shape: Shape = {
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
};

// Each operation as the client core needs it.
const createRecord$operation: OperationDescription = {
  method: "POST",
  path: "/records",
  body: "json",
  success: {
    "201": {
      ref: () => Record$shape,
    },
  },
};

/** The core every operation function takes: `createFormatsAndBoundsCore({ accountSid, authToken })`. */
export type FormatsAndBoundsCore = Core$ & { readonly api$: "FormatsAndBounds" };

/** A core for Formats and bounds 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createFormatsAndBoundsCore(options: ClientOptions): FormatsAndBoundsCore {
  return new Core$(options, settings$) as FormatsAndBoundsCore;
}

/**
 * Create a record
 *
 * `POST /records`
 */
export function createRecord(
  core: FormatsAndBoundsCore,
  ...init: CallArgs<O["createRecord"]>
): ApiPromise<SuccessBody<O["createRecord"]>> {
  return core.call(createRecord$operation, init[0]);
}

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

/** `createFormatsAndBoundsClient({ accountSid, authToken })`: every operation as a method. */
export function createFormatsAndBoundsClient(options: ClientOptions): FormatsAndBoundsClient {
  const core = createFormatsAndBoundsCore(options);
  return {
    options: core.options,
    createRecord: (...init) => createRecord(core, ...init),
  };
}
