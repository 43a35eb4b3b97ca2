// When to retry and how long to wait, after the Stainless-generated SDKs: only
// idempotent methods, only on answers that may succeed later, honouring what the
// server says about waiting, otherwise exponential backoff with jitter.
import type { RateLimit } from "./errors.js";

export const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
const RETRYABLE_STATUSES = new Set([408, 429]);

export interface RetryPolicy {
  maxRetries: number;
  /** The longest wait the server may ask for before a retry; a longer ask is not honoured. */
  maxRetryDelayMs: number;
}

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status) || status >= 500;
}

/**
 * Milliseconds to wait before retry number `retry` (1-based). The server's own
 * figure wins (Retry-After, then X-RateLimit-Reset / RateLimit-Reset), capped;
 * otherwise 0.5 s doubling per retry up to 8 s, less up to 25% jitter.
 */
export function retryDelayMs(retry: number, rateLimit: RateLimit | undefined, policy: RetryPolicy, random = Math.random): number {
  const asked = rateLimit?.retryAfterSeconds ?? rateLimit?.resetSeconds;
  if (asked !== undefined && asked >= 0) return Math.min(asked * 1000, policy.maxRetryDelayMs);
  const backoff = Math.min(500 * 2 ** (retry - 1), 8000);
  return Math.round(backoff * (1 - random() * 0.25));
}
