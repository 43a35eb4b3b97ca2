#!/usr/bin/env node
// `npm run mock -- --port N [--rate-limit N] [--error-rate 0.1] [--delay-ms 50] [--seed S]`
// Serves the stateful mock of both APIs until interrupted.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startMockServer, type MockOptions } from "./mock.js";

const USAGE = `usage: impact-promo-mock [--port N] [--host H] [--rate-limit N] [--error-rate R] [--delay-ms MS] [--seed S] [--brand-fixtures FILE] [--partner-fixtures FILE]
  serves a stateful mock of the brand and partner APIs until interrupted
  --port        port to listen on (default 4010; 0 picks a free one)
  --host        address to listen on (default 127.0.0.1)
  --rate-limit  answer 429 after N requests per API per hour
  --error-rate  share of requests answered with a 5xx, 0 to 1
  --delay-ms    delay before each answer
  --seed        makes the injected faults repeatable
  --brand-fixtures, --partner-fixtures
                seed data instead of the generated fixtures: a JSON file shaped
                like impact-promo-api/brand/fixtures/responses.json
  A request asking IR-Version other than the API's own (brand 14, partner 16)
  is answered 400.`;

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
      "brand-fixtures": { type: "string" },
      "partner-fixtures": { type: "string" },
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
const seedData = (option: "brand-fixtures" | "partner-fixtures") => {
  const file = values[option];
  if (file === undefined) return undefined;
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as unknown;
    if (data === null || typeof data !== "object" || Array.isArray(data)) throw new Error("not a JSON object of operations");
    return data as Record<string, unknown>;
  } catch (error) {
    return usageError(`--${option} ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`);
  }
};
const brandFixtures = seedData("brand-fixtures");
const partnerFixtures = seedData("partner-fixtures");
const options: MockOptions = {
  port: number(values.port, "port")!,
  host: values.host!,
  fixtures: { ...(brandFixtures ? { brand: brandFixtures } : {}), ...(partnerFixtures ? { partner: partnerFixtures } : {}) },
  ...(limit !== undefined ? { rateLimit: { limit } } : {}),
  ...(errorRate !== undefined || delayMs !== undefined
    ? { faults: { ...(errorRate !== undefined ? { errorRate } : {}), ...(delayMs !== undefined ? { delayMs } : {}), ...(seed !== undefined ? { seed } : {}) } }
    : {}),
};
// A refused option or a port in use is one line, not a stack trace.
const server = await startMockServer(options).catch((error: NodeJS.ErrnoException) => {
  if (error instanceof TypeError) usageError(error.message);
  console.error(`impact-promo-mock: ${error.code === "EADDRINUSE" ? `port ${options.port} on ${options.host} is in use` : error.message}`);
  process.exit(1);
});
console.log(`mock of the brand and partner APIs at ${server.url} (brand: ${server.url}/Advertisers/<AccountSID>/…, partner: ${server.url}/Mediapartners/<AccountSID>/…)`);
const stop = () => void server.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
