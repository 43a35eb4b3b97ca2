// Code samples for the reference docs, one TypeScript call and one curl command
// per operation, built from the spec and the operation's first request fixture
// (the spec's own example where it has one). The TypeScript calls also go into
// samples.ts, which `npm test` type-checks against the generated client: a
// sample that no longer compiles fails the build instead of misleading readers.
import type { OpenApiDocument } from "./bundle.js";
import { clientName } from "./emit-sdk.js";
import { printLiteral, type RequestFixture } from "./emit-fixtures.js";
import type { ApiModel, OperationModel } from "./model.js";
import { shellQuote, shellWord, type WordPart } from "../runtime/shell-words.js";

export interface CodeSample {
  lang: "TypeScript" | "Shell";
  label: string;
  source: string;
}

const ACCOUNT_SID = "IMPACT_ACCOUNT_SID";
const AUTH_TOKEN = "IMPACT_AUTH_TOKEN";

/** The version header (`x-api-version`) the client pins on every request itself, lower-cased; a sample that passed it would suggest it must. */
function pinnedHeader(document: OpenApiDocument): string | undefined {
  const declared = document["x-api-version"] as { header?: unknown } | undefined;
  if (!declared || typeof declared !== "object") return undefined;
  return typeof declared.header === "string" ? declared.header.toLowerCase() : "ir-version";
}

function callArgument(fixture: RequestFixture | undefined, pinned: string | undefined): string {
  if (!fixture) return "";
  const init: Record<string, unknown> = {};
  for (const key of ["path", "query", "header", "body"] as const) if (fixture[key] !== undefined) init[key] = fixture[key];
  if (pinned !== undefined && init.header && typeof init.header === "object") {
    const rest = Object.fromEntries(Object.entries(init.header).filter(([name]) => name.toLowerCase() !== pinned));
    if (Object.keys(rest).length) init.header = rest;
    else delete init.header;
  }
  return Object.keys(init).length ? printLiteral(init, 0) : "";
}

function typescriptCall(variable: string, operation: OperationModel, fixture: RequestFixture | undefined, pinned: string | undefined): string {
  return `${variable}.${operation.name}(${callArgument(fixture, pinned)})`;
}

type ServerObject = { url?: unknown; variables?: Record<string, { default?: unknown }> };

/**
 * The first server's URL, its variables filled in one pass (a default that
 * holds `{Other}` stays as written): `AccountSID` is the reader's
 * `$IMPACT_ACCOUNT_SID`, any other variable its default.
 */
function baseUrl(document: OpenApiDocument): WordPart[] {
  const servers = document.servers;
  const server = (Array.isArray(servers) ? servers[0] : undefined) as ServerObject | undefined;
  const template = typeof server?.url === "string" ? server.url : "https://example.invalid";
  const variables = server?.variables && typeof server.variables === "object" ? server.variables : {};
  const parts: WordPart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{([^{}]*)\}/g)) {
    const name = match[1]!;
    if (!Object.hasOwn(variables, name)) continue;
    parts.push({ text: template.slice(last, match.index) });
    parts.push(name === "AccountSID" ? { variable: ACCOUNT_SID } : { text: String(variables[name]?.default ?? name) });
    last = match.index + match[0].length;
  }
  parts.push({ text: template.slice(last) });
  return parts;
}

/** A parameter's or field's value as curl sends it: arrays comma-joined, objects as JSON. */
function plain(value: unknown): string {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? JSON.stringify(value) : String(value);
}

// Each piece is one shell word, so nothing from the spec can end a quote, run a
// command or become a curl option: the URL goes after `--url` (a server URL
// starting with `-` is still a URL), and every `--data-urlencode` pair holds a
// `=`, so curl never reads its content as `@file`.
function curlCommand(document: OpenApiDocument, operation: OperationModel, fixture: RequestFixture | undefined): string {
  let path = operation.path;
  for (const [name, value] of Object.entries(fixture?.path ?? {})) path = path.replaceAll(`{${name}}`, encodeURIComponent(plain(value)));
  const url = shellWord([...baseUrl(document), { text: path }]);
  const form = operation.requestBody?.content.some((media) => media.mediaType === "application/x-www-form-urlencoded");
  // curl URL-encodes the value of `name=value` but sends the name as it is given.
  const pair = (name: string, value: unknown) => shellQuote(`${encodeURIComponent(name)}=${plain(value)}`);
  const query = Object.entries(fixture?.query ?? {}).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((item) => pair(name, item)));
  const lines = [`curl -X ${operation.method.toUpperCase()}${query.length ? " -G" : ""} --url ${url}`, `-u "$${ACCOUNT_SID}:$${AUTH_TOKEN}"`, "-H 'Accept: application/json'"];
  for (const [name, value] of Object.entries(fixture?.header ?? {})) lines.push(`-H ${shellQuote(`${name}: ${plain(value)}`)}`);
  const cookies = Object.entries(fixture?.cookie ?? {}).map(([name, value]) => `${name}=${plain(value)}`);
  if (cookies.length) lines.push(`-b ${shellQuote(cookies.join("; "))}`);
  for (const item of query) lines.push(`--data-urlencode ${item}`);
  if (fixture?.body !== undefined) {
    if (form) {
      for (const [name, value] of Object.entries(fixture.body as Record<string, unknown>)) lines.push(`--data-urlencode ${pair(name, value)}`);
    } else {
      lines.push("-H 'Content-Type: application/json'", `--data-raw ${shellQuote(JSON.stringify(fixture.body))}`);
    }
  }
  return lines.join(" \\\n  ");
}

/**
 * Samples per operation name, and samples.ts. `packageImport` is what the
 * displayed TypeScript imports the client from (`impact-promo-api/brand`).
 */
export function emitSamples(
  document: OpenApiDocument,
  model: ApiModel,
  requests: Record<string, RequestFixture[]>,
  apiName: string,
  packageImport: string,
  header: string,
): { samples: Record<string, CodeSample[]>; module: string } {
  const name = clientName(apiName);
  const variable = name.charAt(0).toLowerCase() + name.slice(1);
  const samples: Record<string, CodeSample[]> = {};
  const functions: string[] = [];
  for (const operation of model.operations) {
    const fixture = requests[operation.name]?.[0];
    // No valid request could be made for it (the fixtures' warnings say why): a sample would not compile, or would mislead.
    if (!fixture) continue;
    const call = typescriptCall(variable, operation, fixture, pinnedHeader(document));
    const typescript = [
      `import { create${name}Client } from "${packageImport}";`,
      "",
      `const ${variable} = create${name}Client({`,
      `  accountSid: process.env.${ACCOUNT_SID}!,`,
      `  authToken: process.env.${AUTH_TOKEN}!,`,
      "});",
      `const result = await ${call};`,
    ].join("\n");
    samples[operation.name] = [
      { lang: "TypeScript", label: "TypeScript client", source: typescript },
      { lang: "Shell", label: "curl", source: curlCommand(document, operation, fixture) },
    ];
    functions.push(`export function ${operation.name}(${variable}: ${name}Client) {`, `  return ${call.replace(/\n/g, "\n  ")};`, "}", "");
  }
  const module = [
    header,
    "// The TypeScript code samples of the reference docs, as functions, so that",
    "// type-checking proves each sample still compiles against the client.",
    ...(functions.length ? [`import type { ${name}Client } from "./sdk.js";`, ""] : []),
    ...functions,
  ].join("\n");
  return { samples, module };
}
