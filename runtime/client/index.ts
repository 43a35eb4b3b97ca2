// The hand-written runtime that generated clients import: the client core and
// its errors. See runtime/README.md.
export {
  ApiConnectionError,
  ApiPaginationError,
  ApiRedirectError,
  ApiRequestError,
  ApiResponseFormatError,
  ApiResponseTooLargeError,
  ApiStatusError,
  ApiTimeoutError,
  ApiUserAbortError,
  AuthenticationError,
  BadRequestError,
  ImpactError,
  KEPT_BODY_LENGTH,
  InternalServerError,
  MAX_LOCATION_LENGTH,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type FieldError,
  type RateLimit,
} from "./errors.js";
export {
  ApiPromise,
  CLIENT_DEFAULTS,
  ImpactClient,
  type ApiSettings,
  type CallInit,
  type ClientOptions,
  type OperationDescription,
  type PublicClientOptions,
  type WithResponse,
} from "./core.js";
export { paginate } from "./paging.js";
export type { Shape } from "./shapes.js";
export type {
  CallArgs,
  OperationInit,
  PageItem,
  SuccessBody,
} from "./types.js";
