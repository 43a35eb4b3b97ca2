// Generated from ../../specs/colliding-names.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/colliding-names.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

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
export interface CollidingNamesOperationTypes {
  getPets2: paths["/Pets"]["get"];
  getPets: paths["/all-pets"]["get"];
  listPets2: paths["/pets"]["get"];
  list_pets: paths["/pets"]["post"];
  listPets: paths["/pets/search"]["get"];
}
type O = CollidingNamesOperationTypes;

/** What the client core needs to know of Colliding names 1.0.0 as a whole. */
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
    name: "string",
  },
  required: ["name"],
};
const PetList$shape: Shape = {
  array: {
    ref: () => Pet$shape,
  },
};

// Each operation as the client core needs it.
const getPets2$operation: OperationDescription = {
  method: "GET",
  path: "/Pets",
  success: {
    "200": {
      ref: () => PetList$shape,
    },
  },
};
const getPets$operation: OperationDescription = {
  method: "GET",
  path: "/all-pets",
  success: {
    "200": {
      ref: () => PetList$shape,
    },
  },
};
const listPets2$operation: OperationDescription = {
  method: "GET",
  path: "/pets",
  success: {
    "200": {
      ref: () => PetList$shape,
    },
  },
};
const list_pets$operation: OperationDescription = {
  method: "POST",
  path: "/pets",
  body: "json",
  success: {
    "200": {
      ref: () => PetList$shape,
    },
  },
};
const listPets$operation: OperationDescription = {
  method: "GET",
  path: "/pets/search",
  success: {
    "200": {
      ref: () => PetList$shape,
    },
  },
};

/** The core every operation function takes: `createCollidingNamesCore({ accountSid, authToken })`. */
export type CollidingNamesCore = Core$ & { readonly api$: "CollidingNames" };

/** A core for Colliding names 1.0.0; pass it to the operation functions. `baseUrl`, `fetch`, `timeoutMs`, `maxRetries` and `headers` are optional. */
export function createCollidingNamesCore(options: ClientOptions): CollidingNamesCore {
  return new Core$(options, settings$) as CollidingNamesCore;
}

/**
 * Get pets (no id; derived name would be getPets)
 *
 * `GET /Pets`
 */
export function getPets2(
  core: CollidingNamesCore,
  ...init: CallArgs<O["getPets2"]>
): ApiPromise<SuccessBody<O["getPets2"]>> {
  return core.call(getPets2$operation, init[0]);
}

/**
 * Get pets (explicit id getPets)
 *
 * `GET /all-pets`
 */
export function getPets(
  core: CollidingNamesCore,
  ...init: CallArgs<O["getPets"]>
): ApiPromise<SuccessBody<O["getPets"]>> {
  return core.call(getPets$operation, init[0]);
}

/**
 * List pets (kebab-case id)
 *
 * `GET /pets`
 */
export function listPets2(
  core: CollidingNamesCore,
  ...init: CallArgs<O["listPets2"]>
): ApiPromise<SuccessBody<O["listPets2"]>> {
  return core.call(listPets2$operation, init[0]);
}

/**
 * List pets by filter (snake_case id)
 *
 * `POST /pets`
 */
export function list_pets(
  core: CollidingNamesCore,
  ...init: CallArgs<O["list_pets"]>
): ApiPromise<SuccessBody<O["list_pets"]>> {
  return core.call(list_pets$operation, init[0]);
}

/**
 * List pets (camelCase id)
 *
 * `GET /pets/search`
 */
export function listPets(
  core: CollidingNamesCore,
  ...init: CallArgs<O["listPets"]>
): ApiPromise<SuccessBody<O["listPets"]>> {
  return core.call(listPets$operation, init[0]);
}

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

/** `createCollidingNamesClient({ accountSid, authToken })`: every operation as a method. */
export function createCollidingNamesClient(options: ClientOptions): CollidingNamesClient {
  const core = createCollidingNamesCore(options);
  return {
    options: core.options,
    getPets2: (...init) => getPets2(core, ...init),
    getPets: (...init) => getPets(core, ...init),
    listPets2: (...init) => listPets2(core, ...init),
    list_pets: (...init) => list_pets(core, ...init),
    listPets: (...init) => listPets(core, ...init),
  };
}
