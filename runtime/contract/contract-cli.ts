#!/usr/bin/env node
// `npm run contract -- --base-url URL [--account-sid SID] [--auth-token TOKEN] [--runs N] [--seed S] [--api brand|partner]`
// checks the server at URL against the spec with generated requests (see
// runner.ts) and prints one line per operation, then each failure with its
// smallest failing request. Exits 0 when every check passes, 1 when any fails,
// 2 on bad usage.
import { parseArgs } from "node:util";
import { DEFAULT_ACCOUNT_SID, DEFAULT_APIS, DEFAULT_AUTH_TOKEN, DEFAULT_RUNS, formatReport, runContract, type ContractOptions } from "./runner.js";

const USAGE = `usage: impact-promo-contract --base-url URL [--account-sid SID] [--auth-token TOKEN] [--runs N] [--seed S] [--api brand|partner] [--operation ID]
  --account-sid   Basic auth username and the SID in every path (default ${DEFAULT_ACCOUNT_SID})
  --auth-token    Basic auth password (default ${DEFAULT_AUTH_TOKEN})
  --runs          generated requests per operation and check (default ${DEFAULT_RUNS})
  --seed          replay the requests of an earlier run
  --api           only this API; repeatable (default ${DEFAULT_APIS.join(" and ")})
  --operation     only this operation id; repeatable`;

class UsageError extends Error {}

function parseOptions(argv: string[]): ContractOptions | "help" {
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
  if (values["auth-token"] !== undefined) options.authToken = values["auth-token"];
  if (values.runs !== undefined) options.runs = integer("--runs", values.runs, 1);
  if (values.seed !== undefined) options.seed = integer("--seed", values.seed, 0);
  if (values.api) {
    const unknown = values.api.filter((api) => !(DEFAULT_APIS as readonly string[]).includes(api));
    if (unknown.length > 0) throw new UsageError(`--api must be ${DEFAULT_APIS.join(" or ")}, not ${unknown.join(", ")}`);
    options.apis = values.api;
  }
  if (values.operation) options.operations = values.operation;
  return options;
}

function integer(flag: string, text: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) throw new UsageError(`${flag} must be an integer of at least ${min}, not ${JSON.stringify(text)}`);
  return Number(text);
}

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`contract: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }
  const report = await runContract(options);
  console.log(formatReport(report));
  return report.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Not the server's fault (an unknown operation, an unreadable spec): usage, not a contract failure.
    console.error(`contract: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
