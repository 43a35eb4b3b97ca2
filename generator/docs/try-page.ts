// The site's "Try it" page (try.html): one form per operation of every API,
// filled with the inputs of the operation's code sample (the same task, the
// same values), which the page's script (try-it.ts) sends to a mock running in
// the reader's browser (try-mock.ts: the generated MSW handlers in msw's service
// worker) or to the API's own server with the reader's credentials. This module
// reads the forms' fields off each spec and bundles the two scripts with
// esbuild for the browser; build.ts renders try.hbs and writes the files.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { clientName } from "../generated-names.js";
import { CLEAN_VIEW_NAME } from "../wire-view.js";
import type { OpenApiDocument } from "../bundle.js";
import type { RequestFixture } from "../emit-fixtures.js";
import { sampleRequest } from "../emit-samples.js";
import { buildModel, resolveRef, type OperationModel } from "../model.js";

/**
 * The origin the mock answers on, inside the page only. `.invalid` can never
 * resolve (RFC 6761), so a request to it that the worker did not take fails
 * rather than reaching anyone.
 */
export const MOCK_ORIGIN = "https://mock.impact-promo-api.invalid";
const MSW_WORKER = new URL("../../node_modules/msw/lib/mockServiceWorker.js", import.meta.url);
/** Fields of an operation's form: parameters beyond this many are left out, and the form says how many. */
export const MAX_FIELDS = 64;
/** Characters of a prefilled body; a longer sample body starts empty. */
const MAX_BODY_CHARS = 64 * 1024;

type Json = Record<string, any>;

export interface TryField {
  id: string;
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  value: string;
  /** An enum's values, for a `<select>`; the empty choice first when the field is optional. */
  options: Array<{ value: string; selected: boolean }> | undefined;
}

export interface TryOperation {
  id: string;
  summary: string;
  method: string;
  path: string;
  server: string;
  reference: string;
  fields: TryField[];
  fieldsLeftOut: number;
  body: { id: string; text: string; mediaTypes: Array<{ value: string; selected: boolean }> } | undefined;
}

export interface TryApi {
  name: string;
  title: string;
  version: string;
  operations: TryOperation[];
  /** The origin of the API's own server, which the page may connect to; none when the spec names no absolute http(s) server. */
  origin: string | undefined;
}

/** An id attribute (and fragment) made of the API's and the operation's names: letters, digits, `-` and `_` only. */
function fieldId(...parts: string[]): string {
  return parts.map((part) => part.replace(/[^A-Za-z0-9_-]/g, "_")).join("-");
}

function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.length ? text(value[0]) : "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** The first server's URL with every variable but `{AccountSID}` (the reader's) filled with its default, when it is absolute http(s). */
function serverUrl(document: OpenApiDocument): string | undefined {
  const server = (Array.isArray(document.servers) ? document.servers[0] : undefined) as Json | undefined;
  if (typeof server?.url !== "string") return undefined;
  const variables = (server.variables ?? {}) as Record<string, Json>;
  const url = server.url.replace(/\{([^{}]*)\}/g, (whole: string, name: string) => (name === "AccountSID" ? whole : text(variables[name]?.default)));
  try {
    const parsed = new URL(url.replaceAll("{AccountSID}", "x"));
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Values of an enum offered as a menu; a longer enum is a text field. */
const MAX_MENU_VALUES = 256;

function enumOf(document: OpenApiDocument, schema: unknown): string[] | undefined {
  let resolved: Json | undefined;
  try {
    resolved = resolveRef(document, schema);
  } catch {
    return undefined;
  }
  const values = resolved?.enum;
  return Array.isArray(values) && values.length > 0 && values.length <= MAX_MENU_VALUES ? values.map(text) : undefined;
}

function formOf(document: OpenApiDocument, apiName: string, operation: OperationModel, fixture: RequestFixture | undefined, server: string, reference: string, version: { header: string; value: string } | undefined): TryOperation {
  const id = fieldId(apiName, operation.name);
  const usable = operation.parameters.filter((parameter): parameter is typeof parameter & { in: TryField["in"] } => parameter.in !== "cookie");
  const fields = usable.slice(0, MAX_FIELDS).map((parameter): TryField => {
    const pinned = version && parameter.in === "header" && parameter.name.toLowerCase() === version.header.toLowerCase() ? version.value : undefined;
    const value = pinned ?? text((fixture?.[parameter.in] as Json | undefined)?.[parameter.name]);
    const values = enumOf(document, parameter.schema);
    return {
      id: fieldId(id, parameter.in, parameter.name),
      name: parameter.name,
      in: parameter.in,
      required: parameter.required,
      value,
      options: values && [...(parameter.required ? [] : [""]), ...values].map((option) => ({ value: option, selected: option === value })),
    };
  });
  const content = operation.requestBody?.content ?? [];
  const sendable = content.filter((media) => media.mediaType === "application/json" || media.mediaType === "application/x-www-form-urlencoded" || /\+json$/.test(media.mediaType));
  const preferred = sendable.find((media) => media.mediaType === fixture?.contentType) ?? sendable[0];
  const bodyText = fixture?.body === undefined ? "" : JSON.stringify(fixture.body, null, 2);
  return {
    id,
    summary: operation.summary ?? operation.operationId ?? `${operation.method.toUpperCase()} ${operation.path}`,
    method: operation.method.toUpperCase(),
    path: operation.path,
    server,
    reference,
    fields,
    fieldsLeftOut: usable.length - fields.length,
    body: preferred ? { id: fieldId(id, "body"), text: bodyText.length <= MAX_BODY_CHARS ? bodyText : "", mediaTypes: sendable.map((media) => ({ value: media.mediaType, selected: media === preferred })) } : undefined,
  };
}

/**
 * One API's forms. `requests` are the generator's request fixtures; each form
 * holds its code sample's inputs (`sampleRequest`), and `reference` gives an
 * operation's address in the reference page.
 */
export function tryApi(document: OpenApiDocument, api: { name: string; version: string }, requests: Record<string, RequestFixture[]>, reference: (operation: OperationModel) => string): TryApi {
  const server = serverUrl(document);
  const declared = document["x-api-version"] as Json | undefined;
  const version = declared && (typeof declared.value === "string" || typeof declared.value === "number") ? { header: typeof declared.header === "string" ? declared.header : "IR-Version", value: String(declared.value) } : undefined;
  const operations = buildModel(document, undefined, api.name).operations.map((operation) => {
    const first = requests[operation.name]?.[0];
    const fixture = first ? sampleRequest(document, operation, first) : undefined;
    // Without a server of its own an API is tried against the mock only: the form's impact.com address is the mock's, which the browser refuses to reach.
    return formOf(document, api.name, operation, fixture, server ?? `${MOCK_ORIGIN}/`, reference(operation), version);
  });
  return { name: api.name, title: String((document.info as Json | undefined)?.title ?? api.name), version: api.version, operations, origin: server ? new URL(server.replaceAll("{AccountSID}", "x")).origin : undefined };
}

const MOCK_APIS_MODULE = "virtual:try-mock-apis";

/**
 * The page's script and its lazily loaded mock, bundled for the browser, and
 * msw's worker, which must sit at the site's root to serve the page. The mock
 * is the built project's own: each API's generated/<api>/msw.ts, for the APIs
 * that publish a clean view; a request to any other API finds no mock to
 * answer it, and the page says so.
 */
export async function tryItScripts(projectRoot: string, apiNames: string[]): Promise<{ entry: string; files: Array<{ name: string; text: string }>; worker: { name: string; text: string } }> {
  const entries: string[] = [];
  for (const apiName of apiNames) {
    const file = path.join(projectRoot, "generated", apiName, "msw.ts");
    // The mock models APIs with a wire form (a clean view beside the wire one), as ours are; any other has no mock here.
    if (existsSync(file) && existsSync(path.join(projectRoot, "generated", apiName, `${CLEAN_VIEW_NAME}.json`))) entries.push(`import { create${clientName(apiName)}MockHandlers as api${entries.length} } from ${JSON.stringify(file)};`);
  }
  const mockApis = `${entries.join("\n")}\nexport const mockApis = [${entries.map((_, index) => `api${index}`).join(", ")}];\n`;
  let result;
  try {
    result = await build({
      entryPoints: [fileURLToPath(new URL("./browser/try-it.ts", import.meta.url))],
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      write: false,
      outdir: "/assets",
      entryNames: "try-it-[hash]",
      chunkNames: "try-mock-[hash]",
      legalComments: "none",
      logLevel: "silent",
      // msw and the mock's runtime resolve from this package, wherever the project is.
      nodePaths: [fileURLToPath(new URL("../../node_modules", import.meta.url))],
      plugins: [
        {
          name: "try-mock-apis",
          setup(plugin) {
            plugin.onResolve({ filter: /^virtual:try-mock-apis$/ }, () => ({ path: MOCK_APIS_MODULE, namespace: "try-mock-apis" }));
            plugin.onLoad({ filter: /.*/, namespace: "try-mock-apis" }, () => ({ contents: mockApis, loader: "ts", resolveDir: projectRoot }));
          },
        },
      ],
    });
  } catch (error) {
    const first = (error as { errors?: Array<{ text: string; location?: { file: string; line: number } | null }> }).errors?.[0];
    throw new Error(`the Try it page's scripts did not bundle: ${first ? `${first.location ? `${first.location.file}:${first.location.line}: ` : ""}${first.text}` : (error as Error).message}`);
  }
  const files = result.outputFiles.map((file) => ({ name: file.path.slice("/assets/".length), text: file.text }));
  const entry = files.find((file) => file.name.startsWith("try-it-"));
  if (!entry) throw new Error("esbuild wrote no try-it script");
  return { entry: entry.name, files, worker: { name: "mockServiceWorker.js", text: await readFile(MSW_WORKER, "utf8") } };
}
