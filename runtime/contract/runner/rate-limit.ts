// Rate limits honoured, not burned. impact.com answers 429 with
// X-RateLimit-Reset (brand: seconds until the window resets) or RateLimit-Reset
// and Retry-After (partner); a 503 may carry Retry-After too. The runner waits
// as long as it is asked before sending to that API again, holds back before a
// 429 when an answer says nothing remains in the window, and gives up on an API
// (saying so) when the wait is longer than --max-wait or than what is left of
// --time-limit: a wait of an hour is where the budget ran out, not a pause.
/** A 429 without a wait of its own is retried after 1 s, then 2 s, 4 s. */
const FALLBACK_WAIT_MS = 1_000;
/** Sent again at most this many times after a 429: a server still refusing after the waits it asked for is reported as it is. */
export const THROTTLE_RETRIES = 3;
/** A reset past this is a Unix time, not seconds from now (impact.com sends seconds; other servers send either). */
const EPOCH_SECONDS = 1_000_000_000;

export interface Wait {
  ms: number;
  /** The header that asked for it, as sent: `Retry-After: 30`. */
  source: string;
}

const RESET_HEADERS = ["x-ratelimit-reset", "ratelimit-reset"];
const REMAINING_HEADERS = ["x-ratelimit-remaining", "x-ratelimit-remaining-hour", "ratelimit-remaining"];
const DISPLAY: Record<string, string> = {
  "retry-after": "Retry-After",
  "x-ratelimit-reset": "X-RateLimit-Reset",
  "ratelimit-reset": "RateLimit-Reset",
  "x-ratelimit-remaining": "X-RateLimit-Remaining",
  "x-ratelimit-remaining-hour": "X-RateLimit-Remaining-hour",
  "ratelimit-remaining": "RateLimit-Remaining",
};

/** The wait an answer asks for: Retry-After (seconds or an HTTP date), else a reset header (seconds, or a Unix time). */
export function requestedWait(headers: Record<string, string>, now: number): Wait | undefined {
  const retryAfter = headers["retry-after"]?.trim();
  if (retryAfter !== undefined && retryAfter !== "") {
    const source = `Retry-After: ${retryAfter.slice(0, 40)}`;
    if (/^\d{1,12}$/.test(retryAfter)) return { ms: Number(retryAfter) * 1000, source };
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return { ms: Math.max(0, date - now), source };
  }
  for (const name of RESET_HEADERS) {
    const text = headers[name]?.trim();
    if (text === undefined || !/^\d{1,12}(\.\d{1,6})?$/.test(text)) continue;
    const value = Number(text);
    const ms = value >= EPOCH_SECONDS ? Math.max(0, value * 1000 - now) : value * 1000;
    return { ms: Math.ceil(ms), source: `${DISPLAY[name]}: ${text.slice(0, 40)}` };
  }
  return undefined;
}

/** The requests an answer says are left in the window, if it says. */
function remaining(headers: Record<string, string>): { count: number; source: string } | undefined {
  for (const name of REMAINING_HEADERS) {
    const text = headers[name]?.trim();
    if (text !== undefined && /^\d{1,12}$/.test(text)) return { count: Number(text), source: `${DISPLAY[name]}: ${text}` };
  }
  return undefined;
}

/** What the rate limits read of an answer (the session's `Exchange` is one): a 429 or 503, and the headers naming a wait. */
export interface RateLimitAnswer {
  status?: number;
  /** Names lower-cased. */
  headers: Record<string, string>;
}

export interface RateLimitOptions {
  /** The longest single wait the run accepts. */
  maxWaitMs: number;
  /** When --time-limit ends (ms since the epoch). */
  deadline: number;
  /** How --time-limit reads in messages. */
  timeLimitText: string;
  sleep?: (ms: number) => Promise<void>;
}

export class RateLimits {
  /** Per API: not before this time, and why. */
  private readonly holds = new Map<string, { until: number; why: string }>();
  private readonly stops = new Map<string, string>();

  constructor(private readonly options: RateLimitOptions) {}

  /** Why nothing more is sent to this API, if the run gave up on it. */
  stopReason(api: string): string | undefined {
    return this.stops.get(api);
  }

  /** Every API given up on, with the reason. */
  stopped(): Map<string, string> {
    return new Map(this.stops);
  }

  /**
   * Reads an answer: a 429 (or a 503 that names a wait) holds the API back for
   * that wait; an answer that says nothing remains holds it back until the
   * reset. True when the request should be sent again once the hold is over.
   */
  learn(api: string, exchange: RateLimitAnswer, attempt: number): boolean {
    const now = Date.now();
    const wait = requestedWait(exchange.headers, now);
    if (exchange.status === 429) {
      const held = wait ?? { ms: FALLBACK_WAIT_MS * 2 ** attempt, source: "no Retry-After or reset header" };
      this.hold(api, now + held.ms, `429, ${held.source}`);
      return attempt < THROTTLE_RETRIES;
    }
    if (exchange.status === 503 && wait) {
      this.hold(api, now + wait.ms, `503, ${wait.source}`);
      return attempt < THROTTLE_RETRIES;
    }
    const left = remaining(exchange.headers);
    if (left && left.count === 0 && wait) this.hold(api, now + wait.ms, `${left.source}, ${wait.source}`);
    return false;
  }

  /** Waits out the API's hold; false, and the API given up on, when the wait is too long for the run's bounds. */
  async pace(api: string): Promise<boolean> {
    const hold = this.holds.get(api);
    if (!hold) return true;
    const now = Date.now();
    const wait = hold.until - now;
    if (wait <= 0) {
      this.holds.delete(api);
      return true;
    }
    const seconds = Math.ceil(wait / 1000);
    if (wait > this.options.maxWaitMs) {
      this.stops.set(api, `not run: the ${api} API's rate limit: the server asks to wait ${seconds} s (${hold.why}), more than --max-wait ${this.options.maxWaitMs / 1000} s`);
      return false;
    }
    if (hold.until > this.options.deadline) {
      this.stops.set(api, `not run: the ${api} API's rate limit: the server asks to wait ${seconds} s (${hold.why}), past the end of --time-limit ${this.options.timeLimitText}`);
      return false;
    }
    await (this.options.sleep ?? sleep)(wait);
    this.holds.delete(api);
    return true;
  }

  /** Cleanup waits out a hold up to --max-wait whatever --time-limit says; past it, the reason nothing was sent. */
  async paceCleanup(api: string): Promise<string | undefined> {
    const hold = this.holds.get(api);
    if (!hold) return undefined;
    const wait = hold.until - Date.now();
    if (wait > this.options.maxWaitMs) return `not sent: the ${api} API's rate limit asks to wait ${Math.ceil(wait / 1000)} s (${hold.why}), more than --max-wait ${this.options.maxWaitMs / 1000} s`;
    if (wait > 0) await (this.options.sleep ?? sleep)(wait);
    this.holds.delete(api);
    return undefined;
  }

  private hold(api: string, until: number, why: string): void {
    const earlier = this.holds.get(api);
    if (!earlier || earlier.until < until) this.holds.set(api, { until, why });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
