#!/usr/bin/env node
// `npm run contract -- --base-url URL [options]` checks the server at URL
// against the spec (see runner.ts) and prints a line per operation, a table
// per check and each failure with its smallest failing request as a curl
// command; `--junit FILE` also writes the report as JUnit XML. Exits 0 when
// every operation passes, 1 when any fails or is not tested (unless
// --allow-not-tested) or a record the run created could not be removed, 2 on
// bad usage or a file it cannot write.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  DEFAULT_ACCOUNT_SID,
  DEFAULT_APIS,
  DEFAULT_AUTH_TOKEN,
  DEFAULT_MAX_REQUESTS,
  DEFAULT_MAX_WAIT_MS,
  DEFAULT_RUNS,
  DEFAULT_TIME_LIMIT_MS,
  DEFAULT_TIMEOUT_MS,
  formatReport,
  junitXml,
  runContract,
  type ContractOptions,
} from "./runner.js";
import { THROTTLE_RETRIES } from "./runner/rate-limit.js";

const USAGE = `usage: impact-promo-contract --base-url URL [--account-sid SID] [--auth-token TOKEN] [--runs N] [--seed S] [--api brand|partner] [--operation ID]
                             [--read-only] [--allow-not-tested] [--max-requests N] [--time-limit SECONDS] [--max-wait SECONDS]
                             [--timeout-ms MS] [--junit FILE] [--campaign-id ID] [--partner-id ID]
  --account-sid   Basic auth username and the SID in every path (default ${DEFAULT_ACCOUNT_SID})
  --auth-token    Basic auth password (default ${DEFAULT_AUTH_TOKEN}; also $IMPACT_AUTH_TOKEN); never printed
  --runs          generated valid requests per operation (default ${DEFAULT_RUNS})
  --seed          replay the requests of an earlier run (every report prints its seed)
  --api           only this API; repeatable (default ${DEFAULT_APIS.join(" and ")})
  --operation     only this operation id; repeatable (sequences then use only these)
  --read-only     send GETs only; the operations that write are left out (and listed as such)
  --allow-not-tested
                  exit 0 even when operations are not tested (the report still lists them)
  --max-requests  send no more than this many requests (default ${DEFAULT_MAX_REQUESTS})
  --time-limit    send nothing after this many seconds (default ${DEFAULT_TIME_LIMIT_MS / 1000})
  --max-wait      the longest wait a 429's Retry-After or rate-limit reset may ask for (default
                  ${DEFAULT_MAX_WAIT_MS / 1000}); a longer one, or one past --time-limit, ends the run's requests to that API
  --timeout-ms    per request, body included (default ${DEFAULT_TIMEOUT_MS})
  --junit         also write the report as JUnit XML to FILE
  --campaign-id   the campaign every create names (impact.com refuses the spec's example id);
                  default: the first CampaignId the server's answers show, else the example
  --partner-id    the partner every promo code is assigned to; default as for --campaign-id
What it sends:
  default      every operation. On a production account it creates a few records (the report
               counts them): promo codes whose Code starts CT<seed><run>, exception list items
               with such values, and exception lists named "impact-promo-contract run <seed> <run>
               #n"; never the spec's example values. It updates, expires and deletes only those
               records, at ids the server's answers gave, plus invalid requests and requests
               without or with another account's credentials. At the end, also after --max-requests,
               --time-limit, a rate-limit stop or Ctrl-C, it expires each code and deletes each item
               it created and is still live; exception lists, which the API cannot delete, stay
               (named in the report). Any record it could not remove is named and fails the run.
  --read-only  GET requests only: lists (walked up to 20 pages), records read by the ids those
               lists hold (else the spec's example ids), invalid queries and ids, and reads
               without or with another account's credentials. Nothing is created, changed or
               deleted; it still counts against the account's rate limit.
Rate limits: on 429 (and 503 with Retry-After) it waits as asked (Retry-After in seconds or as a
date, else X-RateLimit-Reset / RateLimit-Reset) and sends again, at most ${THROTTLE_RETRIES} times; an answer that says
nothing remains (X-RateLimit-Remaining: 0) holds the next request until the reset. Operations take
turns, so every operation gets its first requests before any gets more.
Exit: 0 when every operation passes, 1 when one fails or is not tested (no answer to it was a
success: nothing sent, or only 404s, 429s) or a record the run created could not be removed,
2 on bad usage.
The checks: not_a_server_error, status_code_conformance, content_type_conformance,
response_headers_conformance, response_schema_conformance, negative_data_rejection,
positive_data_acceptance, ignored_auth, use_after_free, ensure_resource_availability.`;

class UsageError extends Error {}

interface CliOptions {
  contract: ContractOptions;
  junit?: string;
}

function parseOptions(argv: string[]): CliOptions | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        "base-url": { type: "string" },
        "account-sid": { type: "string" },
        "auth-token": { type: "string" },
        runs: { type: "string" },
        seed: { type: "string" },
        api: { type: "string", multiple: true },
        operation: { type: "string", multiple: true },
        "max-requests": { type: "string" },
        "time-limit": { type: "string" },
        "timeout-ms": { type: "string" },
        "max-wait": { type: "string" },
        "read-only": { type: "boolean" },
        "campaign-id": { type: "string" },
        "partner-id": { type: "string" },
        "allow-not-tested": { type: "boolean" },
        junit: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) return "help";
  const baseUrl = values["base-url"];
  if (!baseUrl) throw new UsageError("--base-url is required");
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) throw new UsageError(`--base-url must be an http(s) URL, not ${JSON.stringify(baseUrl)}`);
  const options: ContractOptions = { baseUrl };
  if (values["account-sid"] !== undefined) options.accountSid = values["account-sid"];
  const token = values["auth-token"] ?? process.env.IMPACT_AUTH_TOKEN;
  if (token !== undefined && token !== "") options.authToken = token;
  if (values.runs !== undefined) options.runs = integer("--runs", values.runs, 1);
  if (values.seed !== undefined) options.seed = integer("--seed", values.seed, 0);
  if (values["max-requests"] !== undefined) options.maxRequests = integer("--max-requests", values["max-requests"], 1);
  if (values["time-limit"] !== undefined) options.timeLimitMs = integer("--time-limit", values["time-limit"], 1) * 1000;
  if (values["timeout-ms"] !== undefined) options.timeoutMs = integer("--timeout-ms", values["timeout-ms"], 1);
  if (values["max-wait"] !== undefined) options.maxWaitMs = integer("--max-wait", values["max-wait"], 0) * 1000;
  if (values["read-only"]) options.readOnly = true;
  if (values["campaign-id"] !== undefined) options.campaignId = integer("--campaign-id", values["campaign-id"], 1, Number.MAX_SAFE_INTEGER);
  if (values["partner-id"] !== undefined) options.partnerId = integer("--partner-id", values["partner-id"], 1, Number.MAX_SAFE_INTEGER);
  if (values["allow-not-tested"]) options.allowNotTested = true;
  if (values.api) {
    const unknown = values.api.filter((api) => !(DEFAULT_APIS as readonly string[]).includes(api));
    if (unknown.length > 0) throw new UsageError(`--api must be ${DEFAULT_APIS.join(" or ")}, not ${unknown.join(", ")}`);
    options.apis = values.api;
  }
  if (values.operation) options.operations = values.operation;
  return { contract: options, ...(values.junit ? { junit: values.junit } : {}) };
}

// A timer past 2^31-1 ms fires at once, so the bounds stop well below that.
const MAX_BOUND = 2_000_000;

function integer(flag: string, text: string, min: number, max = flag === "--seed" ? Number.MAX_SAFE_INTEGER : MAX_BOUND): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || !Number.isSafeInteger(value) || value > max) {
    throw new UsageError(`${flag} must be an integer of at least ${min}${max === Number.MAX_SAFE_INTEGER ? "" : ` and at most ${max}`}, not ${JSON.stringify(text)}`);
  }
  return value;
}

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`impact-promo-contract: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }
  // Replaces an earlier JUnit report, never a file of something else; checked before the run, not after it.
  if (options.junit && existsSync(options.junit) && !/^<\?xml[^>]*>\s*<testsuites[\s>]/.test(readFileSync(options.junit, "utf8").slice(0, 500))) {
    console.error(`impact-promo-contract: ${options.junit} exists and is not a JUnit report; not overwriting it\n${USAGE}`);
    return 2;
  }
  // Ctrl-C stops the testing but not the cleanup; a second one leaves at once.
  const interrupt = new AbortController();
  process.once("SIGINT", () => {
    process.stderr.write("interrupted: removing what the run created (Ctrl-C again to leave it)\n");
    interrupt.abort("SIGINT");
    process.once("SIGINT", () => process.exit(130));
  });
  const report = await runContract({ ...options.contract, signal: interrupt.signal });
  console.log(formatReport(report));
  if (options.junit) {
    try {
      writeFileSync(options.junit, junitXml(report));
    } catch (error) {
      console.error(`impact-promo-contract: cannot write the JUnit report to ${options.junit}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return 2;
    }
  }
  return report.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Not the server's fault (an unknown operation, an unreadable spec): one line, no stack trace.
    console.error(`impact-promo-contract: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
