#!/usr/bin/env node
// `npm run mock -- --port N [--rate-limit N] [--error-rate 0.1] [--delay-ms 50] [--seed S]`
// Serves the stateful mock of both APIs until interrupted.
import { parseArgs } from "node:util";
import { startMockServer } from "./mock.js";

const USAGE = `usage: impact-promo-mock [--port N] [--host H] [--rate-limit N] [--error-rate R] [--delay-ms MS] [--seed S]
  serves a stateful mock of the brand and partner APIs until interrupted
  --port        port to listen on (default 4010; 0 picks a free one)
  --host        address to listen on (default 127.0.0.1)
  --rate-limit  answer 429 after N requests per API per hour
  --error-rate  share of requests answered with a 5xx, 0 to 1
  --delay-ms    delay before each answer
  --seed        makes the injected faults repeatable`;

// Bad usage prints the usage and exits 2, never a stack trace.
function usageError(message: string): never {
  console.error(`impact-promo-mock: ${message}\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      "rate-limit": { type: "string" },
      "error-rate": { type: "string" },
      "delay-ms": { type: "string" },
      seed: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  }));
} catch (error) {
  usageError((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const number = (text: string | undefined, name: string) => {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < 0) usageError(`--${name} takes a non-negative number, not "${text}"`);
  return value;
};
const limit = number(values["rate-limit"], "rate-limit");
const errorRate = number(values["error-rate"], "error-rate");
const delayMs = number(values["delay-ms"], "delay-ms");
const seed = number(values.seed, "seed");
const server = await startMockServer({
  port: number(values.port, "port")!,
  host: values.host!,
  ...(limit !== undefined ? { rateLimit: { limit } } : {}),
  ...(errorRate !== undefined || delayMs !== undefined
    ? { faults: { ...(errorRate !== undefined ? { errorRate } : {}), ...(delayMs !== undefined ? { delayMs } : {}), ...(seed !== undefined ? { seed } : {}) } }
    : {}),
});
console.log(`mock of the brand and partner APIs at ${server.url} (brand: ${server.url}/Advertisers/<AccountSID>/…, partner: ${server.url}/Mediapartners/<AccountSID>/…)`);
const stop = () => void server.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
