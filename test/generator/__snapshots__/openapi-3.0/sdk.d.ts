// Generated from ../../specs/openapi-3.0.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/openapi-3.0.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

import type {
  ImpactClient as Core$,
  ApiPromise,
  CallArgs,
  ClientOptions,
  PublicClientOptions,
  SuccessBody,
} from "../../../../runtime/client/index.js";
import type { paths } from "./schema.js";

/** The type of each operation, by the client's name for it. */
export interface Openapi30OperationTypes {
  listProducts: paths["/products"]["get"];
  createProduct: paths["/products"]["post"];
}
type O = Openapi30OperationTypes;

/** The core every operation function takes: `createOpenapi30Core({ accountSid, authToken })`. */
export type Openapi30Core = Core$ & { readonly api$: "Openapi30" };

/** A core for OpenAPI 3.0 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export declare function createOpenapi30Core(options: ClientOptions): Openapi30Core;

/**
 * List products
 *
 * `GET /products`
 */
export declare function listProducts(
  core: Openapi30Core,
  ...init: CallArgs<O["listProducts"]>
): ApiPromise<SuccessBody<O["listProducts"]>>;

/**
 * Create a product
 *
 * `POST /products`
 */
export declare function createProduct(
  core: Openapi30Core,
  ...init: CallArgs<O["createProduct"]>
): ApiPromise<SuccessBody<O["createProduct"]>>;

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
export declare function createOpenapi30Client(options: ClientOptions): Openapi30Client;

// Only what is exported above is this module's: `O` stays private.
export {};
