// Generated from ../../specs/discriminator.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
export interface DiscriminatorOperationTypes {
  getExtended: paths["/extended"]["get"];
  listPets: paths["/pets"]["get"];
  createPet: paths["/pets"]["post"];
}
type O = DiscriminatorOperationTypes;

/** What the client core needs to know of Discriminator and allOf 1.0.0, derived from the spec. */
const description: ApiDescription = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
  operations: {
    getExtended: {
      method: "GET",
      path: "/extended",
      success: {
        "200": {
          ref: "Extended",
        },
      },
    },
    listPets: {
      method: "GET",
      path: "/pets",
      success: {
        "200": {
          array: {
            ref: "Pet",
          },
        },
      },
    },
    createPet: {
      method: "POST",
      path: "/pets",
      body: "json",
      success: {
        "201": {
          ref: "Pet",
        },
      },
    },
  },
  shapes: {
    Base: {
      object: {
        id: "string",
        createdAt: "string",
      },
      required: ["id"],
    },
    Extended: {
      object: {
        id: "string",
        createdAt: "string",
        label: "string",
        tags: {
          array: "string",
        },
      },
      required: ["id", "label"],
    },
    Pet: "any",
  },
};

/**
 * A client for Discriminator and allOf 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface DiscriminatorClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * Get an extended record
   *
   * `GET /extended`
   */
  getExtended(...init: CallArgs<O["getExtended"]>): ApiPromise<SuccessBody<O["getExtended"]>>;
  /**
   * List pets
   *
   * `GET /pets`
   */
  listPets(...init: CallArgs<O["listPets"]>): ApiPromise<SuccessBody<O["listPets"]>>;
  /**
   * Create a pet
   *
   * `POST /pets`
   */
  createPet(...init: CallArgs<O["createPet"]>): ApiPromise<SuccessBody<O["createPet"]>>;
}

/** `createDiscriminatorClient({ accountSid, authToken })`; `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createDiscriminatorClient(options: ClientOptions): DiscriminatorClient {
  const core = new ImpactClient(options, description);
  const client: Record<string, unknown> = {
    options: core.options,
  };
  for (const operation of Object.keys(description.operations)) {
    client[operation] = (init?: CallInit) => core.call(operation, init);
  }
  return client as unknown as DiscriminatorClient;
}
