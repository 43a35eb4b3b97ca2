#!/usr/bin/env node
// `npm run mock -- --port N [--rate-limit N] [--error-rate 0.1] [--delay-ms 50] [--seed S]`
// Serves the stateful mock of both APIs until interrupted.
import { parseArgs } from "node:util";
import { startMockServer } from "./mock.js";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    host: { type: "string", default: "127.0.0.1" },
    "rate-limit": { type: "string" },
    "error-rate": { type: "string" },
    "delay-ms": { type: "string" },
    seed: { type: "string" },
  },
  strict: true,
});
const number = (text: string | undefined, name: string) => {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} takes a non-negative number, not "${text}"`);
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
