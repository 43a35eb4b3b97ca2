// Answers written as impact.com writes them: JSON only when the request
// accepts it, XML otherwise (./xml.ts), in the wire form of the documented
// response (strings for scalars, "" for absent), impact.com's error body for a
// refusal, and every account URI naming the caller's account.
import { toWireValue } from "../../wire-values.js";
import type { OperationSpec } from "../operation-spec.js";
import type { Api } from "./api.js";
import type { MockHttpError } from "./http-error.js";
import { toXml } from "./xml.js";

type Json = Record<string, any>;

/** The core's answer; each adapter turns it into its own kind of response. */
export interface MockAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** How an answer is written: impact.com answers XML unless the request accepts JSON. */
export type AnswerFormat = "json" | "xml";

/**
 * The format `Accept` asks for. impact.com answers XML by default and JSON only
 * when asked, so no header, `*\/*`, `application/*` and `application/xml` all
 * get XML; `application/json` with a weight above 0 gets JSON, unless an XML
 * type is listed with a higher weight. Bounded: a header past 4 KiB is read
 * only that far.
 */
export function answerFormat(headers: Headers): AnswerFormat {
  const accept = (headers.get("accept") ?? "").slice(0, 4096);
  let json = 0;
  let xml = 0;
  for (const range of accept.split(",")) {
    const [type = "", ...parameters] = range.split(";").map((part) => part.trim().toLowerCase());
    const weight = parameters.find((parameter) => /^q\s*=/.test(parameter));
    const q = weight === undefined ? 1 : Number(weight.replace(/^q\s*=\s*/, ""));
    if (!(q >= 0 && q <= 1)) continue;
    if (type === "application/json") json = Math.max(json, q);
    else if (type === "application/xml" || type === "text/xml") xml = Math.max(xml, q);
  }
  return json > 0 && json >= xml ? "json" : "xml";
}

/** `body` written as `format` says, with its Content-Type. */
export function formatAnswer(status: number, body: unknown, format: AnswerFormat, headers: Record<string, string> = {}): MockAnswer {
  if (format === "json") return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
  return { status, headers: { "content-type": "application/xml", ...headers }, body: toXml(body) };
}

/** impact.com's error body: `{ Status: "ERROR", Message, Errors? }`, as JSON or XML. */
export function errorAnswer(error: MockHttpError, format: AnswerFormat = "json"): MockAnswer {
  return formatAnswer(error.status, errorBody(error), format, error.headers);
}

export function errorBody(error: MockHttpError): Json {
  return { Status: "ERROR", Message: error.message, ...(error.errors.length ? { Errors: error.errors } : {}) };
}

/** A clean body in the wire form of the operation's documented response for `status`, as JSON or XML. */
export function wireAnswer(api: Api | undefined, operation: OperationSpec | undefined, status: number, body: unknown, format: AnswerFormat, headers: Record<string, string> = {}): MockAnswer {
  const schema = operation?.responses[String(status)]?.schema ?? operation?.responses[`${String(status)[0]}XX`]?.schema;
  const wire = api?.wire && schema ? toWireValue(body, schema as Json, api.document, api.wire) : body;
  return formatAnswer(status, wire, format, headers);
}

/**
 * Copies `value` with every URI that names an account (`/Advertisers/<SID>/…`
 * under a key ending in `Uri`, `@uri` and the paging URIs alike) naming the
 * caller's, so following one with the caller's credentials works: the seed
 * data was written for some other account.
 */
export function withCallerAccount(value: unknown, accountPrefix: string, sid: string, key = "", depth = 0): unknown {
  if (typeof value === "string") {
    if (!/uri$/i.test(key) || !value.startsWith(accountPrefix)) return value;
    const rest = value.slice(accountPrefix.length);
    const end = rest.search(/[/?#]|$/);
    return `${accountPrefix}${encodeURIComponent(sid)}${rest.slice(end)}`;
  }
  if (depth > 64 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((entry) => withCallerAccount(entry, accountPrefix, sid, key, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([name, entry]) => [name, withCallerAccount(entry, accountPrefix, sid, name, depth + 1)]));
}
