// Generated from ../../specs/no-operation-ids.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
export interface NoOperationIdsOperationTypes {
  getPets: paths["/pets"]["get"];
  postPets: paths["/pets"]["post"];
  getPetsByPetId: paths["/pets/{petId}"]["get"];
  deletePetsByPetId: paths["/pets/{petId}"]["delete"];
  getPetsByPetIdToysByToyId: paths["/pets/{petId}/toys/{toyId}"]["get"];
}
type O = NoOperationIdsOperationTypes;

/** What the client core needs to know of No operation ids 1.0.0, derived from the spec. */
const description: ApiDescription = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
  operations: {
    getPets: {
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
    postPets: {
      method: "POST",
      path: "/pets",
      body: "json",
      success: {
        "201": {
          ref: "Pet",
        },
      },
    },
    getPetsByPetId: {
      method: "GET",
      path: "/pets/{petId}",
      success: {
        "200": {
          ref: "Pet",
        },
      },
    },
    deletePetsByPetId: {
      method: "DELETE",
      path: "/pets/{petId}",
      success: {
        "204": null,
      },
    },
    getPetsByPetIdToysByToyId: {
      method: "GET",
      path: "/pets/{petId}/toys/{toyId}",
      success: {
        "200": {
          ref: "Toy",
        },
      },
    },
  },
  shapes: {
    Pet: {
      object: {
        id: "integer",
        name: "string",
      },
      required: ["id", "name"],
    },
    Toy: {
      object: {
        id: "string",
        squeaky: "boolean",
      },
      required: ["id"],
    },
  },
};

/**
 * A client for No operation ids 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface NoOperationIdsClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * List pets
   *
   * `GET /pets`
   */
  getPets(...init: CallArgs<O["getPets"]>): ApiPromise<SuccessBody<O["getPets"]>>;
  /**
   * Create a pet
   *
   * `POST /pets`
   */
  postPets(...init: CallArgs<O["postPets"]>): ApiPromise<SuccessBody<O["postPets"]>>;
  /**
   * Get a pet
   *
   * `GET /pets/{petId}`
   */
  getPetsByPetId(...init: CallArgs<O["getPetsByPetId"]>): ApiPromise<SuccessBody<O["getPetsByPetId"]>>;
  /**
   * Delete a pet
   *
   * `DELETE /pets/{petId}`
   */
  deletePetsByPetId(...init: CallArgs<O["deletePetsByPetId"]>): ApiPromise<SuccessBody<O["deletePetsByPetId"]>>;
  /**
   * Get a toy of a pet
   *
   * `GET /pets/{petId}/toys/{toyId}`
   */
  getPetsByPetIdToysByToyId(
    ...init: CallArgs<O["getPetsByPetIdToysByToyId"]>
  ): ApiPromise<SuccessBody<O["getPetsByPetIdToysByToyId"]>>;
}

/** `createNoOperationIdsClient({ accountSid, authToken })`; `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createNoOperationIdsClient(options: ClientOptions): NoOperationIdsClient {
  const core = new ImpactClient(options, description);
  const client: Record<string, unknown> = {
    options: core.options,
  };
  for (const operation of Object.keys(description.operations)) {
    client[operation] = (init?: CallInit) => core.call(operation, init);
  }
  return client as unknown as NoOperationIdsClient;
}
