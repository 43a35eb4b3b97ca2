// Generated from ../../specs/colliding-names.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
export interface CollidingNamesOperationTypes {
  getPets2: paths["/Pets"]["get"];
  getPets: paths["/all-pets"]["get"];
  listPets2: paths["/pets"]["get"];
  list_pets: paths["/pets"]["post"];
  listPets: paths["/pets/search"]["get"];
}
type O = CollidingNamesOperationTypes;

/** What the client core needs to know of Colliding names 1.0.0, derived from the spec. */
const description: ApiDescription = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
  operations: {
    getPets2: {
      method: "GET",
      path: "/Pets",
      success: {
        "200": {
          ref: "PetList",
        },
      },
    },
    getPets: {
      method: "GET",
      path: "/all-pets",
      success: {
        "200": {
          ref: "PetList",
        },
      },
    },
    listPets2: {
      method: "GET",
      path: "/pets",
      success: {
        "200": {
          ref: "PetList",
        },
      },
    },
    list_pets: {
      method: "POST",
      path: "/pets",
      body: "json",
      success: {
        "200": {
          ref: "PetList",
        },
      },
    },
    listPets: {
      method: "GET",
      path: "/pets/search",
      success: {
        "200": {
          ref: "PetList",
        },
      },
    },
  },
  shapes: {
    Pet: {
      object: {
        name: "string",
      },
      required: ["name"],
    },
    PetList: {
      array: {
        ref: "Pet",
      },
    },
  },
};

/**
 * A client for Colliding names 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface CollidingNamesClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * Get pets (no id; derived name would be getPets)
   *
   * `GET /Pets`
   */
  getPets2(...init: CallArgs<O["getPets2"]>): ApiPromise<SuccessBody<O["getPets2"]>>;
  /**
   * Get pets (explicit id getPets)
   *
   * `GET /all-pets`
   */
  getPets(...init: CallArgs<O["getPets"]>): ApiPromise<SuccessBody<O["getPets"]>>;
  /**
   * List pets (kebab-case id)
   *
   * `GET /pets`
   */
  listPets2(...init: CallArgs<O["listPets2"]>): ApiPromise<SuccessBody<O["listPets2"]>>;
  /**
   * List pets by filter (snake_case id)
   *
   * `POST /pets`
   */
  list_pets(...init: CallArgs<O["list_pets"]>): ApiPromise<SuccessBody<O["list_pets"]>>;
  /**
   * List pets (camelCase id)
   *
   * `GET /pets/search`
   */
  listPets(...init: CallArgs<O["listPets"]>): ApiPromise<SuccessBody<O["listPets"]>>;
}

/** `createCollidingNamesClient({ accountSid, authToken })`; `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createCollidingNamesClient(options: ClientOptions): CollidingNamesClient {
  const core = new ImpactClient(options, description);
  const client: Record<string, unknown> = {
    options: core.options,
  };
  for (const operation of Object.keys(description.operations)) {
    client[operation] = (init?: CallInit) => core.call(operation, init);
  }
  return client as unknown as CollidingNamesClient;
}
