// Generated from ../../specs/odd-names.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

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
export interface OddNamesOperationTypes {
  class_: paths["/classes"]["get"];
  listAllPets: paths["/pets"]["get"];
  new_: paths["/pets"]["post"];
  petsGetV2: paths["/pets/{id}"]["get"];
  _2faEnable: paths["/pets/{id}"]["put"];
  delete_: paths["/pets/{id}"]["delete"];
  größeÄndern: paths["/sizes"]["get"];
}
type O = OddNamesOperationTypes;

/** What the client core needs to know of Odd names 1.0.0, derived from the spec. */
const description: ApiDescription = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
  operations: {
    class_: {
      method: "GET",
      path: "/classes",
      success: {
        "204": null,
      },
    },
    listAllPets: {
      method: "GET",
      path: "/pets",
      success: {
        "200": {
          array: {
            ref: "Pet.Summary",
          },
        },
      },
    },
    new_: {
      method: "POST",
      path: "/pets",
      body: "json",
      success: {
        "201": null,
      },
    },
    petsGetV2: {
      method: "GET",
      path: "/pets/{id}",
      success: {
        "200": {
          ref: "pet-status",
        },
      },
    },
    _2faEnable: {
      method: "PUT",
      path: "/pets/{id}",
      success: {
        "204": null,
      },
    },
    delete_: {
      method: "DELETE",
      path: "/pets/{id}",
      success: {
        "204": null,
      },
    },
    größeÄndern: {
      method: "GET",
      path: "/sizes",
      success: {
        "204": null,
      },
    },
  },
  shapes: {
    "pet-status": {
      enum: ["available", "sold-out", "on hold"],
    },
    "Pet.Summary": {
      object: {
        name: "string",
        status: {
          ref: "pet-status",
        },
      },
      required: ["name"],
    },
  },
};

/**
 * A client for Odd names 1.0.0: Basic auth, `Accept: application/json`, the wire
 * format turned into the documented types, typed errors, retries and timeouts.
 */
export interface OddNamesClient {
  /** The client's options, without the auth token. */
  readonly options: PublicClientOptions;
  /**
   * Id that is the reserved word class
   *
   * `GET /classes`
   */
  class_(...init: CallArgs<O["class_"]>): ApiPromise<SuccessBody<O["class_"]>>;
  /**
   * Id with spaces
   *
   * `GET /pets`
   */
  listAllPets(...init: CallArgs<O["listAllPets"]>): ApiPromise<SuccessBody<O["listAllPets"]>>;
  /**
   * Id that is the reserved word new
   *
   * `POST /pets`
   */
  new_(...init: CallArgs<O["new_"]>): ApiPromise<SuccessBody<O["new_"]>>;
  /**
   * Id with dots
   *
   * `GET /pets/{id}`
   */
  petsGetV2(...init: CallArgs<O["petsGetV2"]>): ApiPromise<SuccessBody<O["petsGetV2"]>>;
  /**
   * Id with a leading digit
   *
   * `PUT /pets/{id}`
   */
  _2faEnable(...init: CallArgs<O["_2faEnable"]>): ApiPromise<SuccessBody<O["_2faEnable"]>>;
  /**
   * Id that is the reserved word delete
   *
   * `DELETE /pets/{id}`
   */
  delete_(...init: CallArgs<O["delete_"]>): ApiPromise<SuccessBody<O["delete_"]>>;
  /**
   * Id with non-ASCII letters
   *
   * `GET /sizes`
   */
  größeÄndern(...init: CallArgs<O["größeÄndern"]>): ApiPromise<SuccessBody<O["größeÄndern"]>>;
}

/** `createOddNamesClient({ accountSid, authToken })`; `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createOddNamesClient(options: ClientOptions): OddNamesClient {
  const core = new ImpactClient(options, description);
  const client: Record<string, unknown> = {
    options: core.options,
  };
  for (const operation of Object.keys(description.operations)) {
    client[operation] = (init?: CallInit) => core.call(operation, init);
  }
  return client as unknown as OddNamesClient;
}
