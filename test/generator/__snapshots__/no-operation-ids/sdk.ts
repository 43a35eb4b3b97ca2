// Generated from ../../specs/no-operation-ids.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/no-operation-ids.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface NoOperationIdsOperationTypes {
  getPets: paths["/pets"]["get"];
  postPets: paths["/pets"]["post"];
  getPetsByPetId: paths["/pets/{petId}"]["get"];
  deletePetsByPetId: paths["/pets/{petId}"]["delete"];
  getPetsByPetIdToysByToyId: paths["/pets/{petId}/toys/{toyId}"]["get"];
}
type O = NoOperationIdsOperationTypes;

/** What the client core needs to know of No operation ids 1.0.0 as a whole. */
const settings$: ApiSettings = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
};

// The documented shape of each response schema, for turning the wire form into it.
const Pet$shape: Shape = {
  object: {
    id: "integer",
    name: "string",
  },
  required: ["id", "name"],
};
const Toy$shape: Shape = {
  object: {
    id: "string",
    squeaky: "boolean",
  },
  required: ["id"],
};

// Each operation as the client core needs it.
const getPets$operation: OperationDescription = {
  method: "GET",
  path: "/pets",
  success: {
    "200": {
      array: {
        ref: () => Pet$shape,
      },
    },
  },
};
const postPets$operation: OperationDescription = {
  method: "POST",
  path: "/pets",
  body: "json",
  success: {
    "201": {
      ref: () => Pet$shape,
    },
  },
};
const getPetsByPetId$operation: OperationDescription = {
  method: "GET",
  path: "/pets/{petId}",
  success: {
    "200": {
      ref: () => Pet$shape,
    },
  },
  integerPath: ["petId"],
};
const deletePetsByPetId$operation: OperationDescription = {
  method: "DELETE",
  path: "/pets/{petId}",
  success: {
    "204": null,
  },
  integerPath: ["petId"],
};
const getPetsByPetIdToysByToyId$operation: OperationDescription = {
  method: "GET",
  path: "/pets/{petId}/toys/{toyId}",
  success: {
    "200": {
      ref: () => Toy$shape,
    },
  },
  integerPath: ["petId"],
};

/** The core every operation function takes: `createNoOperationIdsCore({ accountSid, authToken })`. */
export type NoOperationIdsCore = Core$ & { readonly api$: "NoOperationIds" };

/** A core for No operation ids 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createNoOperationIdsCore(options: ClientOptions): NoOperationIdsCore {
  return new Core$(options, settings$) as NoOperationIdsCore;
}

/**
 * List pets
 *
 * `GET /pets`
 */
export function getPets(
  core: NoOperationIdsCore,
  ...init: CallArgs<O["getPets"]>
): ApiPromise<SuccessBody<O["getPets"]>> {
  return core.call(getPets$operation, init[0]);
}

/**
 * Create a pet
 *
 * `POST /pets`
 */
export function postPets(
  core: NoOperationIdsCore,
  ...init: CallArgs<O["postPets"]>
): ApiPromise<SuccessBody<O["postPets"]>> {
  return core.call(postPets$operation, init[0]);
}

/**
 * Get a pet
 *
 * `GET /pets/{petId}`
 */
export function getPetsByPetId(
  core: NoOperationIdsCore,
  ...init: CallArgs<O["getPetsByPetId"]>
): ApiPromise<SuccessBody<O["getPetsByPetId"]>> {
  return core.call(getPetsByPetId$operation, init[0]);
}

/**
 * Delete a pet
 *
 * `DELETE /pets/{petId}`
 */
export function deletePetsByPetId(
  core: NoOperationIdsCore,
  ...init: CallArgs<O["deletePetsByPetId"]>
): ApiPromise<SuccessBody<O["deletePetsByPetId"]>> {
  return core.call(deletePetsByPetId$operation, init[0]);
}

/**
 * Get a toy of a pet
 *
 * `GET /pets/{petId}/toys/{toyId}`
 */
export function getPetsByPetIdToysByToyId(
  core: NoOperationIdsCore,
  ...init: CallArgs<O["getPetsByPetIdToysByToyId"]>
): ApiPromise<SuccessBody<O["getPetsByPetIdToysByToyId"]>> {
  return core.call(getPetsByPetIdToysByToyId$operation, init[0]);
}

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

/** `createNoOperationIdsClient({ accountSid, authToken })`: every operation as a method. */
export function createNoOperationIdsClient(options: ClientOptions): NoOperationIdsClient {
  const core = createNoOperationIdsCore(options);
  return {
    options: core.options,
    getPets: (...init) => getPets(core, ...init),
    postPets: (...init) => postPets(core, ...init),
    getPetsByPetId: (...init) => getPetsByPetId(core, ...init),
    deletePetsByPetId: (...init) => deletePetsByPetId(core, ...init),
    getPetsByPetIdToysByToyId: (...init) => getPetsByPetIdToysByToyId(core, ...init),
  };
}
