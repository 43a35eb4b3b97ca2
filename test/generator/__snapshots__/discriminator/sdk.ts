// Generated from ../../specs/discriminator.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/discriminator.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface DiscriminatorOperationTypes {
  getExtended: paths["/extended"]["get"];
  listPets: paths["/pets"]["get"];
  createPet: paths["/pets"]["post"];
}
type O = DiscriminatorOperationTypes;

/** What the client core needs to know of Discriminator and allOf 1.0.0 as a whole. */
const settings$: ApiSettings = {
  server: "https://api.example.test",
  queryArrays: {
    style: "form",
    explode: true,
  },
};

// The documented shape of each response schema, for turning the wire form into it.
const Extended$shape: Shape = {
  object: {
    id: "string",
    createdAt: "string",
    label: "string",
    tags: {
      array: "string",
    },
  },
  required: ["id", "label"],
};
const Pet$shape: Shape = "any";

// Each operation as the client core needs it.
const getExtended$operation: OperationDescription = {
  method: "GET",
  path: "/extended",
  success: {
    "200": {
      ref: () => Extended$shape,
    },
  },
};
const listPets$operation: OperationDescription = {
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
const createPet$operation: OperationDescription = {
  method: "POST",
  path: "/pets",
  body: "json",
  success: {
    "201": {
      ref: () => Pet$shape,
    },
  },
};

/** The core every operation function takes: `createDiscriminatorCore({ accountSid, authToken })`. */
export type DiscriminatorCore = Core$ & { readonly api$: "Discriminator" };

/** A core for Discriminator and allOf 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createDiscriminatorCore(options: ClientOptions): DiscriminatorCore {
  return new Core$(options, settings$) as DiscriminatorCore;
}

/**
 * Get an extended record
 *
 * `GET /extended`
 */
export function getExtended(
  core: DiscriminatorCore,
  ...init: CallArgs<O["getExtended"]>
): ApiPromise<SuccessBody<O["getExtended"]>> {
  return core.call(getExtended$operation, init[0]);
}

/**
 * List pets
 *
 * `GET /pets`
 */
export function listPets(
  core: DiscriminatorCore,
  ...init: CallArgs<O["listPets"]>
): ApiPromise<SuccessBody<O["listPets"]>> {
  return core.call(listPets$operation, init[0]);
}

/**
 * Create a pet
 *
 * `POST /pets`
 */
export function createPet(
  core: DiscriminatorCore,
  ...init: CallArgs<O["createPet"]>
): ApiPromise<SuccessBody<O["createPet"]>> {
  return core.call(createPet$operation, init[0]);
}

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

/** `createDiscriminatorClient({ accountSid, authToken })`: every operation as a method. */
export function createDiscriminatorClient(options: ClientOptions): DiscriminatorClient {
  const core = createDiscriminatorCore(options);
  return {
    options: core.options,
    getExtended: (...init) => getExtended(core, ...init),
    listPets: (...init) => listPets(core, ...init),
    createPet: (...init) => createPet(core, ...init),
  };
}
