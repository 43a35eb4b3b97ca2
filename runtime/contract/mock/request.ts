// A request's parts read off the wire: path and query parameters typed as
// their schemas say (ids and integer filters also kept as exact text), and the
// body, read up to the size limit and parsed as JSON or form encoding. Every
// malformed part is a 400, 413 or 414 naming it, never a crash.
import { resolveLocalRef } from "../../json-ref.js";
import { coerceParameter, type OperationSpec } from "../operation-spec.js";
import { MockHttpError } from "./http-error.js";
import { checkBodyInteger, checkIntegerDigits, checkJsonIntegers, isIntegerSchema } from "./integers.js";
import { idKey } from "./store.js";
import { decodeComponent, parseForm } from "./url-encoding.js";

type Json = Record<string, any>;
/** Parsed parameters or form fields, by name. */
export type Fields = Record<string, unknown>;

/** A request as the core reads it: a Fetch API `Request` is one. */
export interface MockRequest {
  readonly method: string;
  /** Absolute URL; only its path and query are read. */
  readonly url: string;
  readonly headers: Headers;
  readonly body: ReadableStream<Uint8Array> | null;
}

/** A request's parts: typed for validation, and as exact text for lookups. */
export interface ParsedRequest {
  path: Fields;
  query: Fields;
  body: unknown;
  /** Path ids as exact decimal text, by parameter name. */
  ids: Record<string, string>;
  /** Query values, integers as exact decimal text. */
  exactQuery: Fields;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The body as text, read up to `limit` bytes; the adapter deals with what is left unread. */
async function readBody(request: MockRequest, limit: number): Promise<string> {
  const tooLarge = () => new MockHttpError(413, `The request body is larger than ${limit} bytes`);
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) bytes.set(chunk, (offset += chunk.byteLength) - chunk.byteLength);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new MockHttpError(400, "The request body is not valid UTF-8", [{ Field: "body", Message: "not valid UTF-8" }]);
  }
}

/**
 * The parameters and body of `request` as `operation` of the API in
 * `document` takes them; `search` is its query string already decoded and
 * `pathValues` its path parameters as sent (percent-encoded).
 */
export async function parseRequest(
  request: MockRequest,
  search: Map<string, string[]>,
  document: Json,
  operation: OperationSpec,
  pathValues: Record<string, string>,
  limits: { maxBodyBytes: number; maxFields: number },
): Promise<ParsedRequest> {
  const path: Fields = {};
  const query: Fields = {};
  // Path ids as exact text for lookups, and integer query values as exact text for filters: the Numbers above are for validation only.
  const ids: Record<string, string> = {};
  const exactQuery: Fields = {};
  for (const parameter of operation.parameters) {
    const integer = isIntegerSchema(document, parameter.schema);
    if (parameter.in === "path" && pathValues[parameter.name] !== undefined) {
      const text = decodeComponent(pathValues[parameter.name]!, parameter.name);
      if (integer) checkIntegerDigits(text, parameter.name);
      ids[parameter.name] = idKey(text);
      path[parameter.name] = coerceParameter(document, parameter.schema, text);
    }
    if (parameter.in === "query") {
      const values = search.get(parameter.name) ?? [];
      if (integer) for (const value of values) checkIntegerDigits(value, parameter.name);
      if (values.length) {
        query[parameter.name] = coerceParameter(document, parameter.schema, values.length === 1 ? values[0]! : values);
        exactQuery[parameter.name] = integer ? (Array.isArray(query[parameter.name]) ? values.map(idKey) : idKey(values[values.length - 1])) : query[parameter.name];
      }
    }
  }
  const text = await readBody(request, limits.maxBodyBytes);
  let body: unknown;
  if (text !== "") {
    const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim();
    if (type === "application/json") {
      try {
        body = JSON.parse(text);
      } catch (error) {
        throw new MockHttpError(400, `Malformed JSON body: ${(error as Error).message}`, [{ Field: "body", Message: "not valid JSON" }]);
      }
      checkJsonIntegers(text);
    } else if (type === "application/x-www-form-urlencoded") {
      const form = parseForm(text, limits.maxFields);
      const schema = operation.requestBody?.schema ? resolveLocalRef<Json>(document, operation.requestBody.schema) : undefined;
      const properties: Json = schema?.properties ?? {};
      // Own properties only: a field named `constructor` or `__proto__` is data, neither a schema from Object.prototype nor a prototype.
      body = Object.fromEntries(
        [...form].map(([name, values]) => {
          const schema = Object.hasOwn(properties, name) ? properties[name] : undefined;
          if (isIntegerSchema(document, schema)) for (const value of values) checkBodyInteger(value, name);
          return [name, coerceParameter(document, schema, values.length === 1 ? values[0]! : values)];
        }),
      );
    } else {
      throw new MockHttpError(400, `Unsupported Content-Type "${type || "(none)"}": send application/x-www-form-urlencoded or application/json`, [{ Field: "Content-Type", Message: "unsupported" }]);
    }
  }
  return { path, query, body, ids, exactQuery };
}
