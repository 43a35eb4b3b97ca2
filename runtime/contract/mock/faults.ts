// Injected trouble, for testing a consumer's retries: a delay before every
// answer and a share of requests failed with 500 or 503, thrown by seeded dice
// so a failing test fails the same way again.
import { MockHttpError } from "./http-error.js";
import type { MockBehaviour } from "./options.js";

/** A seeded pseudo-random generator, so fault injection is reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

export class Faults {
  private readonly roll: () => number;

  constructor(private readonly options: MockBehaviour) {
    this.roll = random(options.faults?.seed ?? 1);
  }

  /** Waits the configured delay, then throws the dice: a 500 or 503 for the configured share of requests. */
  async strike(): Promise<void> {
    const faults = this.options.faults;
    if (faults?.delayMs) await sleep(faults.delayMs);
    if (faults?.errorRate && this.roll() < faults.errorRate) {
      const retryAfter: Record<string, string> = faults.retryAfterSeconds === undefined ? {} : { "Retry-After": String(faults.retryAfterSeconds) };
      throw new MockHttpError(this.roll() < 0.5 ? 500 : 503, "Injected fault", [], retryAfter);
    }
  }
}
