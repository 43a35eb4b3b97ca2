// Generated from ../../spec/brand/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

import { createMockHandlers, type MockHandlerOptions, type MockHandlers } from "../../runtime/contract/mock/msw.js";
import { responses } from "./fixtures.js";
import document from "./openapi.clean.json" with { type: "json" };
import { requestValidators } from "./request-validators.js";
import type { operations } from "./schema.js";

export type { MockHandlerOptions, MockHandlers, OperationOverride } from "../../runtime/contract/mock/msw.js";

/**
 * Mock Service Worker handlers that answer like impact.com's brand API, on
 * `https://api.impact.com` unless `origin` says otherwise: stateful, validating,
 * in wire form. Pass `handlers` to `setupServer` or `setupWorker`, call
 * `reset()` after each test, and `override(operationId, status)` to test error paths.
 */
export function createBrandMockHandlers(options: MockHandlerOptions = {}): MockHandlers<operations> {
  return createMockHandlers<operations>({ name: "brand", document, fixtures: responses, requestValidators }, options);
}
