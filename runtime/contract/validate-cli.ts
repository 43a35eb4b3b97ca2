#!/usr/bin/env node
// `npm run validate -- --api brand --operation getPromoCode --status 200 [--strict] FILE`
// checks a response body (FILE, JSON) against the spec: in the wire form impact.com
// really sends unless --strict asks for the documented types. With --request, FILE
// holds { path, query, body } and is checked as a request. Exits 0 when valid, 1
// when not, printing each problem with its JSON pointer and rule; 2 on bad usage.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createValidators } from "./validators.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const USAGE = `usage: impact-promo-validate --api brand|partner --operation ID (--status CODE [--strict] | --request) FILE
  checks FILE (JSON) against the spec; exits 0 when valid, 1 when not, 2 on bad usage
  --api        brand or partner
  --operation  the operation id, e.g. getPromoCode
  --status     check FILE as the response body with this status code
  --strict     check the documented types, not the wire form impact.com sends
  --request    check FILE as a request: { "path": {...}, "query": {...}, "body": ... }`;

function usageError(message: string): number {
  console.error(`impact-promo-validate: ${message}\n${USAGE}`);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        api: { type: "string" },
        operation: { type: "string" },
        status: { type: "string" },
        strict: { type: "boolean", default: false },
        request: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const file = positionals[0];
  if (!values.api || !values.operation || !file || (!values.request && !values.status)) return usageError("--api, --operation, FILE and one of --status or --request are required");
  if (positionals.length > 1) return usageError(`one FILE only, not ${positionals.length}`);
  if (!/^(brand|partner)$/.test(values.api)) return usageError(`--api must be brand or partner, not ${JSON.stringify(values.api)}`);
  if (values.status !== undefined && !/^[1-5]\d\d$/.test(values.status)) return usageError(`--status must be an HTTP status code, not ${JSON.stringify(values.status)}`);
  // The clean view: the validators widen its responses by its x-wire-format themselves.
  const spec = path.join(ROOT, "generated", values.api, "openapi.clean.json");
  const document = JSON.parse(await readFile(spec, "utf8").catch(() => {
    throw new Error(`no API "${values.api}" (looked for ${path.relative(process.cwd(), spec)})`);
  })) as Record<string, unknown>;
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`${file} is not readable JSON: ${(error as Error).message}`);
  }
  const validators = createValidators(document);
  const issues = values.request
    ? validators.validateRequest(values.operation, value as Record<string, unknown>)
    : validators.validateResponse(values.operation, Number(values.status), value, { mode: values.strict ? "strict" : "wire" });
  const what = values.request ? `request of ${values.operation}` : `${values.operation} ${values.status} (${values.strict ? "strict" : "wire"})`;
  if (issues.length === 0) {
    console.log(`${file}: valid ${what}`);
    return 0;
  }
  console.log(`${file}: ${issues.length} problem(s) as ${what}`);
  for (const issue of issues) console.log(`  ${issue.pointer}  ${issue.rule}  ${issue.message}`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`validate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
