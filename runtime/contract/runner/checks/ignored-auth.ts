import type { AuthMode } from "../http.js";
import { describeAnswer, problem, type Check } from "./check.js";

/** Two probes per operation: no credentials (must be 401) and another account's (401 or 403). */
export const ignoredAuth: Check<{ auth: Exclude<AuthMode, "valid"> }> = {
  name: "ignored_auth",
  rule: "a request without credentials gets 401, one with another account's credentials 401 or 403",
  judge(_plan, exchange, { auth }) {
    const status = exchange.status;
    if (status === undefined || status >= 500 || status === 429) return "skip";
    if (status === 401 || (auth === "wrong-account" && status === 403)) return "pass";
    const what = auth === "none" ? "without credentials" : "with another account's credentials";
    return problem(`a request ${what} must get ${auth === "none" ? "401" : "401 or 403"}, got ${describeAnswer(exchange)}`);
  },
};
