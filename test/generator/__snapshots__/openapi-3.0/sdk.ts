// Generated from ../../specs/openapi-3.0.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
export interface Openapi30OperationTypes {
  listProducts: paths["/products"]["get"];
  createProduct: paths["/products"]["post"];
}
type O = Openapi30OperationTypes;

/** What the client core needs to know of OpenAPI 3.0 1.0.0, derived from the spec. */
const description: ApiDescription = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
  operations: {
    listProducts: {
      method: "GET",
      path: "/products",
      success: {
        "200": {
          array: {
            ref: "Product",
          },
        },
      },
    },
    createProduct: {
      method: "POST",
      path: "/products",
      body: "json",
      success: {
        "201": {
          ref: "Product",
        },
      },
    },
  },
  shapes: {
    Category: {
      object: {
        name: "string",
      },
      required: [],
    },
    Product: {
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
    },
  },
};

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

/** `createOpenapi30Client({ accountSid, authToken })`; `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createOpenapi30Client(options: ClientOptions): Openapi30Client {
  const core = new ImpactClient(options, description);
  const client: Record<string, unknown> = {
    options: core.options,
  };
  for (const operation of Object.keys(description.operations)) {
    client[operation] = (init?: CallInit) => core.call(operation, init);
  }
  return client as unknown as Openapi30Client;
}
