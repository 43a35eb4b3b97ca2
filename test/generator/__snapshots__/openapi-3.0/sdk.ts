// Generated from ../../specs/openapi-3.0.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/openapi-3.0.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface Openapi30OperationTypes {
  listProducts: paths["/products"]["get"];
  createProduct: paths["/products"]["post"];
}
type O = Openapi30OperationTypes;

/** What the client core needs to know of OpenAPI 3.0 1.0.0 as a whole. */
const settings$: ApiSettings = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
};

// The documented shape of each response schema, for turning the wire form into it.
const Product$shape: Shape = {
  object: {
    name: "string",
    price: "number",
    discontinuedAt: "string",
    category: {
      object: {
        name: "string",
      },
      required: [],
    },
  },
  required: ["name", "price"],
};

// Each operation as the client core needs it.
const listProducts$operation: OperationDescription = {
  method: "GET",
  path: "/products",
  success: {
    "200": {
      array: {
        ref: () => Product$shape,
      },
    },
  },
};
const createProduct$operation: OperationDescription = {
  method: "POST",
  path: "/products",
  body: "json",
  success: {
    "201": {
      ref: () => Product$shape,
    },
  },
};

/** The core every operation function takes: `createOpenapi30Core({ accountSid, authToken })`. */
export type Openapi30Core = Core$ & { readonly api$: "Openapi30" };

/** A core for OpenAPI 3.0 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createOpenapi30Core(options: ClientOptions): Openapi30Core {
  return new Core$(options, settings$) as Openapi30Core;
}

/**
 * List products
 *
 * `GET /products`
 */
export function listProducts(
  core: Openapi30Core,
  ...init: CallArgs<O["listProducts"]>
): ApiPromise<SuccessBody<O["listProducts"]>> {
  return core.call(listProducts$operation, init[0]);
}

/**
 * Create a product
 *
 * `POST /products`
 */
export function createProduct(
  core: Openapi30Core,
  ...init: CallArgs<O["createProduct"]>
): ApiPromise<SuccessBody<O["createProduct"]>> {
  return core.call(createProduct$operation, init[0]);
}

/**
 * A client for OpenAPI 3.0 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface Openapi30Client {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * List products
   *
   * `GET /products`
   */
  listProducts(...init: CallArgs<O["listProducts"]>): ApiPromise<SuccessBody<O["listProducts"]>>;
  /**
   * Create a product
   *
   * `POST /products`
   */
  createProduct(...init: CallArgs<O["createProduct"]>): ApiPromise<SuccessBody<O["createProduct"]>>;
}

/** `createOpenapi30Client({ accountSid, authToken })`: every operation as a method. */
export function createOpenapi30Client(options: ClientOptions): Openapi30Client {
  const core = createOpenapi30Core(options);
  return {
    options: core.options,
    listProducts: (...init) => listProducts(core, ...init),
    createProduct: (...init) => createProduct(core, ...init),
  };
}
