// Generated from ../../specs/circular.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
export interface CircularOperationTypes {
  createCompany: paths["/companies"]["post"];
  getList: paths["/list"]["get"];
  getPerson: paths["/people/{personId}"]["get"];
  getTree: paths["/tree"]["get"];
}
type O = CircularOperationTypes;

/** What the client core needs to know of Circular schemas 1.0.0, derived from the spec. */
const description: ApiDescription = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
  operations: {
    createCompany: {
      method: "POST",
      path: "/companies",
      body: "json",
      success: {
        "201": {
          ref: "Company",
        },
      },
    },
    getList: {
      method: "GET",
      path: "/list",
      success: {
        "200": {
          ref: "LinkedItem",
        },
      },
    },
    getPerson: {
      method: "GET",
      path: "/people/{personId}",
      success: {
        "200": {
          ref: "Person",
        },
      },
    },
    getTree: {
      method: "GET",
      path: "/tree",
      success: {
        "200": {
          ref: "TreeNode",
        },
      },
    },
  },
  shapes: {
    Company: {
      object: {
        name: "string",
        employees: {
          array: {
            ref: "Person",
          },
        },
      },
      required: ["name", "employees"],
    },
    LinkedItem: {
      object: {
        value: "integer",
        next: {
          ref: "LinkedItem",
        },
      },
      required: ["value"],
    },
    Person: {
      object: {
        name: "string",
        employer: {
          ref: "Company",
        },
      },
      required: ["name"],
    },
    TreeNode: {
      object: {
        value: "string",
        children: {
          array: {
            ref: "TreeNode",
          },
        },
      },
      required: ["value", "children"],
    },
  },
};

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

/** `createCircularClient({ accountSid, authToken })`; `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createCircularClient(options: ClientOptions): CircularClient {
  const core = new ImpactClient(options, description);
  const client: Record<string, unknown> = {
    options: core.options,
  };
  for (const operation of Object.keys(description.operations)) {
    client[operation] = (init?: CallInit) => core.call(operation, init);
  }
  return client as unknown as CircularClient;
}
