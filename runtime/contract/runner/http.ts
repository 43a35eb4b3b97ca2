// Sending one request: the headers every request carries (Accept, IR-Version,
// Basic auth or a deliberately wrong one), no redirects followed (they could
// carry the credentials elsewhere), a timeout per request, the run's bounds
// (--max-requests, --time-limit, a server that stopped answering), each API's
// rate limit (rate-limit.ts), a turn per request (turns.ts), and --read-only.
import type { EncodedRequest, OperationPlan } from "./plan.js";
import { RateLimits } from "./rate-limit.js";
import type { Turns } from "./turns.js";

/** Which credentials a request carries: the configured ones, none, or another account's. */
export type AuthMode = "valid" | "none" | "wrong-account";

/** A request as it went over the wire: the encoded body, not the generated value. */
export interface SentRequest {
  method: string;
  url: string;
  body?: string;
  contentType?: string;
  auth: AuthMode;
  irVersion?: string;
}

export interface Exchange {
  sent: SentRequest;
  status?: number;
  /** Response headers, names lower-cased. */
  headers: Record<string, string>;
  text?: string;
  transportError?: string;
}

export interface SessionOptions {
  accountSid: string;
  authToken: string;
  timeoutMs: number;
  fetch: typeof fetch;
  maxRequests: number;
  timeLimitMs: number;
  /** The longest wait a rate limit may ask for before the run gives up on that API. */
  maxWaitMs: number;
  /** Refuse to send anything but GET: a last guard behind the plans --read-only selects. */
  readOnly: boolean;
  turns?: Turns;
  /** Aborted when the run is asked to stop (SIGINT): nothing more is tested, cleanup still runs. */
  interrupt?: AbortSignal;
}

// After this many requests in a row go unanswered the server is taken to be
// down: the remaining checks are reported as not run instead of each waiting for its timeout.
const SILENT_STREAK_LIMIT = 3;
/** Answers are read up to this size: a 1,000-item page is about 1 MiB; past the cap the answer counts as none. */
export const MAX_RESPONSE_BYTES = 16 << 20;

export class Session {
  requests = 0;
  private silentStreak = 0;
  private readonly started = Date.now();
  private readonly authorization: string;
  private readonly wrongAuthorization: string;

  readonly rateLimits: RateLimits;

  constructor(private readonly options: SessionOptions) {
    this.authorization = basic(options.accountSid, options.authToken);
    this.wrongAuthorization = basic(`${options.accountSid}-not-this-account`, options.authToken);
    this.rateLimits = new RateLimits({ maxWaitMs: options.maxWaitMs, deadline: this.started + options.timeLimitMs, timeLimitText: `${options.timeLimitMs / 1000} s` });
  }

  /** Why no more requests may be sent (to this operation's API, when given), or undefined while they may. */
  stopReason(plan?: OperationPlan): string | undefined {
    if (this.requests >= this.options.maxRequests) return `not run: --max-requests ${this.options.maxRequests} reached`;
    if (Date.now() - this.started >= this.options.timeLimitMs) return `not run: --time-limit ${this.options.timeLimitMs / 1000} s reached`;
    if (this.silentStreak >= SILENT_STREAK_LIMIT) return `not run: the server left the last ${this.silentStreak} requests unanswered`;
    if (this.options.interrupt?.aborted) return `not run: interrupted (${String(this.options.interrupt.reason ?? "stopped")})`;
    return plan ? this.rateLimits.stopReason(plan.api) : undefined;
  }

  /**
   * Waits for its turn, then sends a request and returns the final answer; each
   * 429 (or 503 naming a wait) on the way is handed to `observe` first (it is
   * judged too), then sent again after the wait it asked for. Undefined when
   * the bounds or the API's rate limit forbid sending.
   */
  async send(plan: OperationPlan, encoded: EncodedRequest, auth: AuthMode, observe: (exchange: Exchange) => void): Promise<Exchange | undefined> {
    await this.options.turns?.take();
    for (let attempt = 0; ; attempt += 1) {
      if (this.stopReason(plan)) return undefined;
      if (!(await this.rateLimits.pace(plan.api))) return undefined;
      if (this.stopReason(plan)) return undefined;
      const exchange = await this.once(plan, encoded, auth);
      if (!this.rateLimits.learn(plan.api, exchange, attempt)) return exchange;
      observe(exchange);
    }
  }

  /**
   * Cleanup's own sender: past --max-requests, --time-limit and an interrupt
   * (what the run created must not stay because its test budget ran out), but
   * within `requests` and --max-wait per rate-limit wait. Each call answers
   * the final exchange, or why nothing (more) could be sent.
   */
  cleanupBudget(requests: number): { send(plan: OperationPlan, encoded: EncodedRequest): Promise<Exchange | string> } {
    let left = requests;
    let silent = 0;
    return {
      send: async (plan, encoded) => {
        for (let attempt = 0; ; attempt += 1) {
          if (left <= 0) return `not sent: the cleanup's budget of ${requests} requests was spent`;
          if (silent >= SILENT_STREAK_LIMIT) return `not sent: the server left the last ${silent} cleanup requests unanswered`;
          const waited = await this.rateLimits.paceCleanup(plan.api);
          if (waited) return waited;
          left -= 1;
          const exchange = await this.once(plan, encoded, "valid");
          silent = exchange.status === undefined ? silent + 1 : 0;
          if (!this.rateLimits.learn(plan.api, exchange, attempt)) return exchange;
        }
      },
    };
  }

  private async once(plan: OperationPlan, encoded: EncodedRequest, auth: AuthMode): Promise<Exchange> {
    const { method } = plan.operation;
    if (this.options.readOnly && method !== "GET") throw new Error(`--read-only: refusing to send ${method} ${encoded.url}`);
    const { url, body, contentType } = encoded;
    const sent: SentRequest = { method, url, auth, ...(body === undefined ? {} : { body }), ...(contentType ? { contentType } : {}), ...(plan.irVersion ? { irVersion: plan.irVersion } : {}) };
    const headers: Record<string, string> = { accept: "application/json" };
    if (plan.irVersion) headers["ir-version"] = plan.irVersion;
    if (auth === "valid") headers.authorization = this.authorization;
    if (auth === "wrong-account") headers.authorization = this.wrongAuthorization;
    if (contentType) headers["content-type"] = contentType;
    this.requests += 1;
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    try {
      const response = await this.options.fetch(url, { method, headers, ...(body === undefined ? {} : { body }), redirect: "manual", signal });
      const text = await readCapped(response);
      this.silentStreak = 0;
      if (text === undefined) return { sent, headers: {}, transportError: `the answer is larger than ${MAX_RESPONSE_BYTES >> 20} MiB; not read further` };
      const answerHeaders: Record<string, string> = {};
      response.headers.forEach((value, name) => (answerHeaders[name.toLowerCase()] = value));
      return { sent, status: response.status, headers: answerHeaders, text };
    } catch (error) {
      this.silentStreak += 1;
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason = signal.aborted ? `no answer within ${this.options.timeoutMs} ms` : `the request failed: ${cause?.code ?? cause?.message ?? (error as Error).message}`;
      return { sent, headers: {}, transportError: reason };
    }
  }
}

async function readCapped(response: Response): Promise<string | undefined> {
  if (!response.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_RESPONSE_BYTES) return undefined; // leaving the loop cancels the stream
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
}
