// The mock's public entry (`impact-promo-api/mock`): the HTTP server, and the
// core's types for overrides. The core is ./mock/core.ts; the MSW handlers are
// ./mock/msw.ts (`impact-promo-api/brand/msw`, `/partner/msw`).
export { startMockServer, type MockOptions, type MockServer } from "./mock/http.js";
export type { MockAnswer, MockBehaviour, MockOverride, MockRequest } from "./mock/core.js";
