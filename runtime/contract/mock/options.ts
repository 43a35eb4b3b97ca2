// The behaviour a consumer can ask of the mock, its defaults, and the check
// that refuses a wrong option when the mock is made rather than when a test
// quietly never sees the fault it configured.

/** What both adapters accept: the behaviour a consumer can ask of the mock. */
export interface MockBehaviour {
  /** Answer 429 once this many requests arrived within `windowSeconds` (per API; default window an hour). */
  rateLimit?: { limit: number; windowSeconds?: number };
  /**
   * A share (0 to 1) of requests answered 500 or 503, a delay before every
   * answer, the seed of the fault dice, and the Retry-After those failures carry (none unless given).
   */
  faults?: { errorRate?: number; delayMs?: number; seed?: number; retryAfterSeconds?: number };
  /** Bodies above this many bytes get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * The most fields a form body, and the most parameters a query string, may
   * have: past it a body gets 413 and a URL 414, before any further is decoded.
   * Default 1,000 (`MOCK_DEFAULT_MAX_FIELDS`); the specs' largest body has a few dozen.
   */
  maxFields?: number;
  /**
   * The wait, in seconds, an overridden 429 or 503 announces (`Retry-After`,
   * and on a 429 the API's rate-limit headers). Default 0, so a client under
   * test retries at once instead of backing off; an override's own headers win.
   */
  overrideRetryAfterSeconds?: number;
}

/** The default of `maxFields`: far above any body the specs describe, low enough that parsing and validating stays in milliseconds. */
export const MOCK_DEFAULT_MAX_FIELDS = 1_000;

/** The default of `maxBodyBytes`: 1 MiB. */
export const MOCK_DEFAULT_MAX_BODY_BYTES = 1 << 20;

/** The limit an overridden 429 announces when no `rateLimit` is set: impact.com's default for a brand account, per hour. */
export const MOCK_DEFAULT_HOURLY_LIMIT = 1_000;

/** Options are checked once, up front: a typo must not turn into a mock that quietly never fails, or waits 1 ms instead of forever. */
export function checkBehaviour(options: MockBehaviour): void {
  const problem = (name: string, value: unknown, rule: string) => new TypeError(`mock option ${name} must be ${rule}; got ${JSON.stringify(value)}`);
  const { rateLimit, faults, maxBodyBytes, maxFields, overrideRetryAfterSeconds } = options;
  if (rateLimit !== undefined) {
    if (!Number.isSafeInteger(rateLimit.limit) || rateLimit.limit < 0) throw problem("rateLimit.limit", rateLimit.limit, "a whole number, 0 or more");
    if (rateLimit.windowSeconds !== undefined && !(rateLimit.windowSeconds > 0 && rateLimit.windowSeconds <= 86_400 * 366)) throw problem("rateLimit.windowSeconds", rateLimit.windowSeconds, "above 0 and at most a year");
  }
  if (faults?.errorRate !== undefined && !(faults.errorRate >= 0 && faults.errorRate <= 1)) throw problem("faults.errorRate", faults.errorRate, "between 0 and 1");
  // setTimeout turns anything past 2^31 - 1 ms into 1 ms.
  if (faults?.delayMs !== undefined && !(faults.delayMs >= 0 && faults.delayMs <= 2_147_483_647)) throw problem("faults.delayMs", faults.delayMs, "between 0 and 2147483647");
  if (faults?.retryAfterSeconds !== undefined && !(Number.isSafeInteger(faults.retryAfterSeconds) && faults.retryAfterSeconds >= 0)) throw problem("faults.retryAfterSeconds", faults.retryAfterSeconds, "a whole number, 0 or more");
  if (faults?.seed !== undefined && !Number.isFinite(faults.seed)) throw problem("faults.seed", faults.seed, "a finite number");
  if (maxBodyBytes !== undefined && !(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes >= 0)) throw problem("maxBodyBytes", maxBodyBytes, "a whole number of bytes, 0 or more");
  if (maxFields !== undefined && !(Number.isSafeInteger(maxFields) && maxFields >= 1)) throw problem("maxFields", maxFields, "a whole number, 1 or more");
  if (overrideRetryAfterSeconds !== undefined && !(Number.isSafeInteger(overrideRetryAfterSeconds) && overrideRetryAfterSeconds >= 0)) throw problem("overrideRetryAfterSeconds", overrideRetryAfterSeconds, "a whole number, 0 or more");
}
