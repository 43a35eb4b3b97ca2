// Code samples for the reference docs, one TypeScript call and one curl command
// per operation, built from the spec and the operation's first request fixture
// (the spec's own example where it has one). The TypeScript calls also go into
// samples.ts, which `npm test` type-checks against the generated client: a
// sample that no longer compiles fails the build instead of misleading readers.
import type { OpenApiDocument } from "./bundle.js";
import { clientName } from "./emit-sdk.js";
import { printLiteral, type RequestFixture } from "./emit-fixtures.js";
import type { ApiModel, OperationModel } from "./model.js";

export interface CodeSample {
  lang: "TypeScript" | "Shell";
  label: string;
  source: string;
}

const ACCOUNT_SID = "IMPACT_ACCOUNT_SID";
const AUTH_TOKEN = "IMPACT_AUTH_TOKEN";

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function callArgument(fixture: RequestFixture | undefined): string {
  if (!fixture) return "";
  const init: Record<string, unknown> = {};
  for (const key of ["path", "query", "header", "body"] as const) if (fixture[key] !== undefined) init[key] = fixture[key];
  return Object.keys(init).length ? printLiteral(init, 0) : "";
}

function typescriptCall(variable: string, operation: OperationModel, fixture: RequestFixture | undefined): string {
  return `${variable}.${operation.name}(${callArgument(fixture)})`;
}

function curlCommand(document: OpenApiDocument, operation: OperationModel, fixture: RequestFixture | undefined): string {
  const server = ((document.servers as Array<{ url: string; variables?: Record<string, { default?: string }> }> | undefined) ?? [])[0];
  let base = server?.url ?? "https://example.invalid";
  for (const [name, variable] of Object.entries(server?.variables ?? {})) {
    base = base.replace(`{${name}}`, name === "AccountSID" ? `$${ACCOUNT_SID}` : String(variable.default ?? name));
  }
  let path = operation.path;
  for (const [name, value] of Object.entries(fixture?.path ?? {})) path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
  const form = operation.requestBody?.content.some((media) => media.mediaType === "application/x-www-form-urlencoded");
  const query = Object.entries(fixture?.query ?? {}).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((item) => `${name}=${item}`));
  const lines = [`curl -X ${operation.method.toUpperCase()}${query.length ? " -G" : ""} "${base}${path}"`, `-u "$${ACCOUNT_SID}:$${AUTH_TOKEN}"`, "-H 'Accept: application/json'"];
  for (const pair of query) lines.push(`--data-urlencode ${shellQuote(pair)}`);
  if (fixture?.body !== undefined) {
    if (form) {
      for (const [name, value] of Object.entries(fixture.body as Record<string, unknown>)) lines.push(`--data-urlencode ${shellQuote(`${name}=${value}`)}`);
    } else {
      lines.push("-H 'Content-Type: application/json'", `-d ${shellQuote(JSON.stringify(fixture.body))}`);
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
    const call = typescriptCall(variable, operation, fixture);
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
