// Generated from ../../specs/circular.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/circular.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface CircularOperationTypes {
  createCompany: paths["/companies"]["post"];
  getList: paths["/list"]["get"];
  getPerson: paths["/people/{personId}"]["get"];
  getTree: paths["/tree"]["get"];
}
type O = CircularOperationTypes;

/** The core every operation function takes: `createCircularCore({ accountSid, authToken })`. */
export type CircularCore = Core$ & { readonly api$: "Circular" };

/** A core for Circular schemas 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export declare function createCircularCore(options: ClientOptions): CircularCore;

/**
 * Create a company
 *
 * `POST /companies`
 */
export declare function createCompany(
  core: CircularCore,
  ...init: CallArgs<O["createCompany"]>
): ApiPromise<SuccessBody<O["createCompany"]>>;

/**
 * Get a linked list
 *
 * `GET /list`
 */
export declare function getList(
  core: CircularCore,
  ...init: CallArgs<O["getList"]>
): ApiPromise<SuccessBody<O["getList"]>>;

/**
 * Get a person
 *
 * `GET /people/{personId}`
 */
export declare function getPerson(
  core: CircularCore,
  ...init: CallArgs<O["getPerson"]>
): ApiPromise<SuccessBody<O["getPerson"]>>;

/**
 * Get the tree
 *
 * `GET /tree`
 */
export declare function getTree(
  core: CircularCore,
  ...init: CallArgs<O["getTree"]>
): ApiPromise<SuccessBody<O["getTree"]>>;

/**
 * A client for Circular schemas 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface CircularClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * Create a company
   *
   * `POST /companies`
   */
  createCompany(...init: CallArgs<O["createCompany"]>): ApiPromise<SuccessBody<O["createCompany"]>>;
  /**
   * Get a linked list
   *
   * `GET /list`
   */
  getList(...init: CallArgs<O["getList"]>): ApiPromise<SuccessBody<O["getList"]>>;
  /**
   * Get a person
   *
   * `GET /people/{personId}`
   */
  getPerson(...init: CallArgs<O["getPerson"]>): ApiPromise<SuccessBody<O["getPerson"]>>;
  /**
   * Get the tree
   *
   * `GET /tree`
   */
  getTree(...init: CallArgs<O["getTree"]>): ApiPromise<SuccessBody<O["getTree"]>>;
}

/** `createCircularClient({ accountSid, authToken })`: every operation as a method. */
export declare function createCircularClient(options: ClientOptions): CircularClient;

// Only what is exported above is this module's: `O` stays private.
export {};
