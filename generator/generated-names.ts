// The names the generated modules declare themselves, where an operation's name
// goes too: sdk.js declares every operation as a function beside its own imports
// and helpers, client.ts and sdk.js make them members of a client object,
// samples.js imports the client's factory and declares `process`, and index.ts exports them all
// beside the client runtime's exports. An operation named like one of these
// would declare a name twice (TS2440, TS2393, TS2308) or replace a client's own
// member, so model.ts gives it another name and says so.
//
// A template that declares a new name must list it here:
// test/generator/hostile-identifiers.test.ts parses the emitted modules and
// fails on any declared name this list lacks.
import { toIdentifier } from "./names.js";

/** What index.ts re-exports from the client runtime (runtime/client/index.ts), beside the operations. */
const RUNTIME_EXPORTS = [
  "ApiConnectionError",
  "ApiPaginationError",
  "ApiRedirectError",
  "ApiRequestError",
  "ApiResponseFormatError",
  "ApiResponseTooLargeError",
  "ApiStatusError",
  "ApiTimeoutError",
  "ApiUserAbortError",
  "AuthenticationError",
  "BadRequestError",
  "ImpactError",
  "KEPT_BODY_LENGTH",
  "MAX_LOCATION_LENGTH",
  "InternalServerError",
  "NotFoundError",
  "PermissionDeniedError",
  "RateLimitError",
  "FieldError",
  "RateLimit",
  "ApiPromise",
  "CLIENT_DEFAULTS",
  "ImpactClient",
  "ApiSettings",
  "CallInit",
  "ClientOptions",
  "OperationDescription",
  "PublicClientOptions",
  "WithResponse",
  "paginate",
  "Shape",
  "CallArgs",
  "OperationInit",
  "PageItem",
  "SuccessBody",
];

/** sdk.js and sdk.d.ts (templates/sdk.*.hbs): their imports (JSDoc's included) and the declarations whose names do not depend on the API's. */
const SDK_NAMES = ["Core$", "paginate$", "paths", "O", "settings$", "sdk$"];

/** client.ts (templates/client.hbs), and what index.ts (templates/index.hbs) exports beside the sdk and the runtime. */
const CLIENT_NAMES = ["createFetchClient", "wrapAsPathBasedClient", "Client", "paths", "createOperations", "byPath", "client", "Operations", "createClient", "components", "operations"];

/**
 * The names in scope where an operation function is called or declared (the
 * parameters and locals of `create…Client` and of the operation functions), and
 * the members a client has besides its operations.
 */
const CLIENT_SCOPE = ["options", "core", "init", "pages", "paginate"];

/** samples.js (emit-samples.ts) declares the little of Node's `process` its programs read, so that it checks without @types/node. */
const SAMPLES_NAMES = ["process"];

/**
 * Members that give any object a behaviour of its own: a client with `then` is
 * taken for a promise and called when returned from an async function, `toJSON`
 * when logged as JSON, `toString` and `valueOf` when printed. And the rest of
 * `Object.prototype`'s names, which a reader expects to mean what they always do.
 */
const OBJECT_MEMBERS = [
  "then",
  "toJSON",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "__proto__",
  "constructor",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "toString",
  "valueOf",
];

/** The suffixes of the sdk's names for the API as a whole: `BrandClient`, `createBrandCore`, … */
function apiNames(name: string): string[] {
  return [`${name}OperationTypes`, `${name}Core`, `create${name}Core`, `${name}Pages`, `${name}Client`, `create${name}Client`];
}

/**
 * `brand` → `Brand`, `colliding-names` → `CollidingNames`: the prefix of the API's
 * client names. `Api` is added where a name would be one the runtime exports
 * (`impact` → `ImpactApi`, as the runtime has an `ImpactClient`).
 */
export function clientName(apiName: string): string {
  const identifier = toIdentifier(apiName).replace(/_+$/, "");
  const name = identifier.charAt(0).toUpperCase() + identifier.slice(1);
  const taken = new Set([...RUNTIME_EXPORTS, ...SDK_NAMES, ...CLIENT_NAMES]);
  return apiNames(name).some((candidate) => taken.has(candidate)) ? `${name}Api` : name;
}

/** The API's client name as a variable (`brand`), as the code samples name the client. */
export function clientVariable(apiName: string): string {
  const name = clientName(apiName);
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Every name the generated modules of the API `apiName` declare, which no operation may take; without `apiName`, those every API's modules declare. */
export function generatorNames(apiName?: string): string[] {
  const ofApi = apiName === undefined ? [] : [...apiNames(clientName(apiName)), clientVariable(apiName)];
  return [...new Set([...RUNTIME_EXPORTS, ...SDK_NAMES, ...CLIENT_NAMES, ...CLIENT_SCOPE, ...SAMPLES_NAMES, ...OBJECT_MEMBERS, ...ofApi])];
}
