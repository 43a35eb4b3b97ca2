// Every check, by name. The five response checks judge every answer the run
// gets; the other five judge answers in their own situation (a valid or
// invalid request, missing credentials, a read after a create or a delete).
import { contentTypeConformance } from "./content-type-conformance.js";
import { ensureResourceAvailability } from "./ensure-resource-availability.js";
import { ignoredAuth } from "./ignored-auth.js";
import { negativeDataRejection } from "./negative-data-rejection.js";
import { notAServerError } from "./not-a-server-error.js";
import { positiveDataAcceptance } from "./positive-data-acceptance.js";
import { responseHeadersConformance } from "./response-headers-conformance.js";
import { responseSchemaConformance } from "./response-schema-conformance.js";
import { statusCodeConformance } from "./status-code-conformance.js";
import { useAfterFree } from "./use-after-free.js";

export { contentTypeConformance, ensureResourceAvailability, ignoredAuth, negativeDataRejection, notAServerError, positiveDataAcceptance, responseHeadersConformance, responseSchemaConformance, statusCodeConformance, useAfterFree };
export type { Check, Verdict } from "./check.js";

export const RESPONSE_CHECKS = [notAServerError, statusCodeConformance, contentTypeConformance, responseHeadersConformance, responseSchemaConformance];

export const CHECK_RULES = Object.fromEntries(
  [...RESPONSE_CHECKS, negativeDataRejection, positiveDataAcceptance, ignoredAuth, useAfterFree, ensureResourceAvailability].map((check) => [check.name, check.rule]),
);
