// Code samples for the reference docs, per operation: a TypeScript and a
// JavaScript program over the generated client, and a curl command. Each does
// what the operation's summary says with the inputs that task needs: the
// required parameters and body fields of the operation's first request fixture
// (the spec's own example where it has one), and no optional filter, so that
// pasted against the mock it answers with the records it promises. The client
// programs print the answer as JSON; they are one program (it uses no syntax
// TypeScript has and JavaScript lacks), which samples.js holds once per
// operation for our checks to type-check (checkJs): a sample that no longer
// compiles fails the build instead of misleading readers. JavaScript, not a .ts
// file, so that a consumer's tsc, which reads no .js file, does not check the
// docs' samples in every build (GitHub's: 3 s and 290,000 instantiations).
import type { OpenApiDocument } from "./bundle.js";
import { clientName } from "./emit-sdk.js";
import { printLiteral, type RequestFixture } from "./emit-fixtures.js";
import { resolveRef, type ApiModel, type OperationModel } from "./model.js";
import { shellQuote, shellWord, type WordPart } from "../runtime/shell-words.js";

export interface CodeSample {
  lang: "TypeScript" | "JavaScript" | "Shell";
  label: string;
  source: string;
}

/** The tabs each operation gets, matched by label in redocly.yaml's `openapi.codeSamples.languages`. */
export const SAMPLE_LABELS = { typescript: "TypeScript client", javascript: "JavaScript client", curl: "curl" } as const;

const ACCOUNT_SID = "IMPACT_ACCOUNT_SID";
const AUTH_TOKEN = "IMPACT_AUTH_TOKEN";
/** The origin a reader points every sample at instead of the spec's server's, e.g. the mock's. */
const BASE_URL = "IMPACT_BASE_URL";
/** Where samples.js puts a sample's lines: inside `async op() {` inside `export default {`. */
const MODULE_INDENT = 4;
/** allOf parts followed when reading a request body's required fields. */
const MAX_ALL_OF_DEPTH = 8;

type Json = Record<string, any>;
type ServerObject = { url?: unknown; variables?: Record<string, { default?: unknown }> };

/** The version header (`x-api-version`) and the value to send, if the spec pins one. */
function pinnedVersion(document: OpenApiDocument): { header: string; value: string } | undefined {
  const declared = document["x-api-version"] as { header?: unknown; value?: unknown } | undefined;
  if (!declared || typeof declared !== "object") return undefined;
  const header = typeof declared.header === "string" ? declared.header : "IR-Version";
  return typeof declared.value === "string" || typeof declared.value === "number" ? { header, value: String(declared.value) } : undefined;
}

/**
 * A request body's required fields, or undefined where the schema says more
 * than a list of them (branches, conditions, a minimum count): there, dropping
 * optional fields could make the request invalid, so the body stays whole.
 */
function requiredFields(document: OpenApiDocument, node: unknown, depth = 0): string[] | undefined {
  let schema: Json;
  try {
    schema = resolveRef(document, node);
  } catch {
    return undefined;
  }
  if (!schema || typeof schema !== "object" || depth > MAX_ALL_OF_DEPTH) return undefined;
  for (const keyword of ["oneOf", "anyOf", "not", "if", "dependentRequired", "dependentSchemas", "dependencies", "minProperties", "discriminator"]) {
    if (schema[keyword] !== undefined) return undefined;
  }
  const own = Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === "string") : [];
  // openapi-typescript (defaultNonNullable) types a property with a default of its own as required in a named schema: the sample keeps it too.
  const properties = schema.properties && typeof schema.properties === "object" ? (schema.properties as Json) : {};
  for (const [name, property] of Object.entries(properties)) {
    if (property && typeof property === "object" && (property as Json).default !== undefined && !own.includes(name)) own.push(name);
  }
  if (schema.allOf === undefined) return own;
  if (!Array.isArray(schema.allOf)) return undefined;
  const fields = [...own];
  for (const part of schema.allOf) {
    const more = requiredFields(document, part, depth + 1);
    if (!more) return undefined;
    fields.push(...more);
  }
  return fields;
}

/** The fixture cut to what the task needs: path parameters, required parameters, and a body of its required fields (the whole body where none is required). The docs' "Try it" forms start from it too. */
export function sampleRequest(document: OpenApiDocument, operation: OperationModel, fixture: RequestFixture): RequestFixture {
  const required = (location: "query" | "header" | "cookie") => {
    const names = new Set(operation.parameters.filter((parameter) => parameter.in === location && parameter.required).map((parameter) => parameter.name));
    const kept = Object.entries(fixture[location] ?? {}).filter(([name]) => names.has(name));
    return kept.length ? Object.fromEntries(kept) : undefined;
  };
  const cut: RequestFixture = {};
  if (fixture.path) cut.path = fixture.path;
  for (const location of ["query", "header", "cookie"] as const) {
    const kept = required(location);
    if (kept) cut[location] = kept;
  }
  if (fixture.body !== undefined) {
    cut.body = fixture.body;
    const media = operation.requestBody?.content.find((candidate) => candidate.mediaType === fixture.contentType) ?? operation.requestBody?.content[0];
    const fields = media ? requiredFields(document, media.schema) : undefined;
    const body = fixture.body;
    if (fields?.length && body !== null && typeof body === "object" && !Array.isArray(body)) {
      const kept = Object.entries(body).filter(([name]) => fields.includes(name));
      if (kept.length) cut.body = Object.fromEntries(kept);
    }
  }
  if (fixture.contentType !== undefined) cut.contentType = fixture.contentType;
  return cut;
}

function callArgument(fixture: RequestFixture, pinned: string | undefined): string {
  const init: Record<string, unknown> = {};
  for (const key of ["path", "query", "header", "body"] as const) if (fixture[key] !== undefined) init[key] = fixture[key];
  // The client sends the pinned version itself; a sample that passed it would suggest it must.
  if (pinned !== undefined && init.header && typeof init.header === "object") {
    const rest = Object.fromEntries(Object.entries(init.header).filter(([name]) => name.toLowerCase() !== pinned.toLowerCase()));
    if (Object.keys(rest).length) init.header = rest;
    else delete init.header;
  }
  return Object.keys(init).length ? printLiteral(init, MODULE_INDENT) : "";
}

/** The first server's URL with its variables filled in one pass (a default that holds `{Other}` stays as written): `AccountSID` is the reader's `$IMPACT_ACCOUNT_SID`, any other variable its default. */
function serverParts(document: OpenApiDocument): WordPart[] {
  const servers = document.servers;
  const server = (Array.isArray(servers) ? servers[0] : undefined) as ServerObject | undefined;
  const template = typeof server?.url === "string" ? server.url : "https://example.invalid";
  const variables = server?.variables && typeof server.variables === "object" ? server.variables : {};
  const parts: WordPart[] = [];
  let text = "";
  let last = 0;
  for (const match of template.matchAll(/\{([^{}]*)\}/g)) {
    const name = match[1]!;
    if (!Object.hasOwn(variables, name)) continue;
    text += template.slice(last, match.index);
    if (name === "AccountSID") {
      parts.push({ text }, { variable: ACCOUNT_SID });
      text = "";
    } else {
      text += String(variables[name]?.default ?? name);
    }
    last = match.index + match[0].length;
  }
  parts.push({ text: text + template.slice(last) });
  return parts.filter((part) => !("text" in part) || part.text !== "");
}

// An origin of letters, digits, dots, hyphens and a port only: such text needs
// no quoting inside `"${IMPACT_BASE_URL:-…}"`, and no other is offered there.
const PLAIN_ORIGIN = /^https?:\/\/[A-Za-z0-9.-]{1,253}(?::\d{1,5})?(?=\/|$)/;

/** The server URL's origin, where the samples let `$IMPACT_BASE_URL` replace it, and the parts after it; no origin where the URL has none the shell can take plainly. */
function splitOrigin(parts: WordPart[]): { origin: string | undefined; rest: WordPart[] } {
  const first = parts[0];
  const origin = first && "text" in first ? PLAIN_ORIGIN.exec(first.text)?.[0] : undefined;
  if (!origin || !first || !("text" in first)) return { origin: undefined, rest: parts };
  const after = first.text.slice(origin.length);
  return { origin, rest: [...(after ? [{ text: after }] : []), ...parts.slice(1)] };
}

/** A parameter's or field's value as curl sends it: arrays comma-joined, objects as JSON. */
function plain(value: unknown): string {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? JSON.stringify(value) : String(value);
}

// Each piece is one shell word, so nothing from the spec can end a quote, run a
// command or become a curl option: the URL goes after `--url` (a server URL
// starting with `-` is still a URL), and every `--data-urlencode` pair holds a
// `=`, so curl never reads its content as `@file`.
function curlCommand(document: OpenApiDocument, operation: OperationModel, fixture: RequestFixture): string {
  let path = operation.path;
  for (const [name, value] of Object.entries(fixture.path ?? {})) path = path.replaceAll(`{${name}}`, encodeURIComponent(plain(value)));
  const { origin, rest } = splitOrigin(serverParts(document));
  const url = shellWord([...(origin ? [{ variable: BASE_URL, fallback: origin }] : []), ...rest, { text: path }]);
  const form = operation.requestBody?.content.some((media) => media.mediaType === "application/x-www-form-urlencoded");
  // curl URL-encodes the value of `name=value` but sends the name as it is given.
  const pair = (name: string, value: unknown) => shellQuote(`${encodeURIComponent(name)}=${plain(value)}`);
  const query = Object.entries(fixture.query ?? {}).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((item) => pair(name, item)));
  const lines = [`curl -X ${operation.method.toUpperCase()}${query.length ? " -G" : ""} --url ${url}`, `-u "$${ACCOUNT_SID}:$${AUTH_TOKEN}"`, "-H 'Accept: application/json'"];
  // curl has no client to pin the version, so the command sends it, as the API asks.
  const version = pinnedVersion(document);
  if (version) lines.push(`-H ${shellQuote(`${version.header}: ${version.value}`)}`);
  for (const [name, value] of Object.entries(fixture.header ?? {})) {
    if (version && name.toLowerCase() === version.header.toLowerCase()) continue;
    lines.push(`-H ${shellQuote(`${name}: ${plain(value)}`)}`);
  }
  const cookies = Object.entries(fixture.cookie ?? {}).map(([name, value]) => `${name}=${plain(value)}`);
  if (cookies.length) lines.push(`-b ${shellQuote(cookies.join("; "))}`);
  for (const item of query) lines.push(`--data-urlencode ${item}`);
  if (fixture.body !== undefined) {
    if (form) {
      for (const [name, value] of Object.entries(fixture.body as Record<string, unknown>)) lines.push(`--data-urlencode ${pair(name, value)}`);
    } else {
      lines.push("-H 'Content-Type: application/json'", `--data-raw ${shellQuote(JSON.stringify(fixture.body))}`);
    }
  }
  return lines.join(" \\\n  ");
}

/**
 * The client program's lines after its import, laid out for samples.js's
 * indentation: credentials from the environment (a missing one stops the
 * program with a message, so no `!` is needed), the origin from
 * `$IMPACT_BASE_URL` when set, the call, the answer printed.
 */
function programLines(document: OpenApiDocument, name: string, variable: string, operation: OperationModel, fixture: RequestFixture): string[] {
  const { origin } = splitOrigin(serverParts(document));
  return [
    `const accountSid = process.env.${ACCOUNT_SID};`,
    `const authToken = process.env.${AUTH_TOKEN};`,
    `if (!accountSid || !authToken) throw new Error("Set ${ACCOUNT_SID} and ${AUTH_TOKEN}");`,
    `const ${variable} = create${name}Client({`,
    "  accountSid,",
    "  authToken,",
    ...(origin ? [`  baseUrl: process.env.${BASE_URL} || ${JSON.stringify(origin)},`] : []),
    "});",
    "",
    // printLiteral lays the argument out at samples.js's indentation; these lines start at column 0.
    ...`const result = await ${variable}.${operation.name}(${callArgument(fixture, pinnedVersion(document)?.header)});`
      .split("\n")
      .map((line, index) => (index === 0 ? line : line.slice(MODULE_INDENT))),
    "console.log(JSON.stringify(result, null, 2));",
  ];
}

/**
 * Samples per operation name, and samples.js. `packageImport` is what the
 * displayed programs import the client from (`impact-promo-api/brand`).
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
  const methods: string[] = [];
  const pad = " ".repeat(MODULE_INDENT);
  for (const operation of model.operations) {
    const first = requests[operation.name]?.[0];
    // No valid request could be made for it (the fixtures' warnings say why): a sample would not compile, or would mislead.
    if (!first) continue;
    const fixture = sampleRequest(document, operation, first);
    const lines = programLines(document, name, variable, operation, fixture);
    const program = [`import { create${name}Client } from ${JSON.stringify(packageImport)};`, "", ...lines].join("\n");
    samples[operation.name] = [
      { lang: "TypeScript", label: SAMPLE_LABELS.typescript, source: program },
      { lang: "JavaScript", label: SAMPLE_LABELS.javascript, source: program },
      { lang: "Shell", label: SAMPLE_LABELS.curl, source: curlCommand(document, operation, fixture) },
    ];
    methods.push(`  async ${operation.name}() {`, ...lines.map((line) => (line ? `${pad}${line}` : "")), "  },");
  }
  const module = [
    header,
    "// The client programs of the reference docs' code samples, each as shown but",
    "// for its import, so that type-checking (checkJs) proves each still compiles",
    "// against the client. A default export declares no name an operation could clash with.",
    ...(methods.length
      ? [
          `import { create${name}Client } from "./index.js";`,
          "",
          "// The samples are Node programs; this much of Node's `process` is typed here, so that",
          "// the file also checks in a project without @types/node (a browser app's, say).",
          "/** @type {{ readonly env: Readonly<Record<string, string | undefined>> }} */",
          "const process = /** @type {any} */ (globalThis).process;",
          "",
          "export default {",
          ...methods,
          "};",
          "",
        ]
      : []),
  ].join("\n");
  return { samples, module };
}
