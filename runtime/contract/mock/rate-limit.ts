// The rate limit a consumer can ask for: a window per API, counted from its
// first request, answered 429 with the API's own rate-limit headers once the
// limit is passed, so a client's throttling can be tested as against impact.com.
import type { Api } from "./api.js";
import { MockHttpError } from "./http-error.js";
import type { MockBehaviour } from "./options.js";

export class RateWindows {
  private readonly windows = new Map<string, { started: number; count: number }>();

  constructor(private readonly options: MockBehaviour) {}

  /** Counts one request to `api`; a 429 once the window holds more than the limit. */
  count(api: Api): void {
    const { rateLimit } = this.options;
    if (!rateLimit) return;
    const windowMs = (rateLimit.windowSeconds ?? 3600) * 1000;
    const current = Date.now();
    let window = this.windows.get(api.name);
    if (!window || current - window.started >= windowMs) this.windows.set(api.name, (window = { started: current, count: 0 }));
    window.count += 1;
    const reset = Math.ceil((window.started + windowMs - current) / 1000);
    if (window.count > rateLimit.limit) {
      throw new MockHttpError(429, "Rate limit exceeded", [], api.rateHeaders(rateLimit.limit, 0, reset));
    }
  }
}
