// Integer inputs checked on their text, before a Number could round them:
// impact.com refuses more than 16 digits, and the mock keeps a body's fields
// as Numbers, so one past 2^53 - 1 is refused rather than stored rounded.
import { resolveLocalRef } from "../../json-ref.js";
import { MockHttpError } from "./http-error.js";

type Json = Record<string, any>;

/** impact.com's documented bound on an integer input: 16 digits. */
export const MAX_INTEGER_DIGITS = 16;

/** A 400 naming `field` when `text` is an integer of more than 16 digits; checked on the text, before any Number could round it. */
export function checkIntegerDigits(text: string, field: string): void {
  const digits = /^[-+]?(\d+)$/.exec(text)?.[1]?.replace(/^0+(?=\d)/, "");
  if (digits !== undefined && digits.length > MAX_INTEGER_DIGITS) {
    throw new MockHttpError(400, "Validation Failed", [{ Field: field, Message: `${text.slice(0, 40)} has ${digits.length} digits; integers have at most ${MAX_INTEGER_DIGITS}` }]);
  }
}

/**
 * JSON numbers of a body are checked on the text (see checkBodyInteger), since
 * JSON.parse has rounded them by the time the mock sees the value. One left-to-right pass over string and number tokens, so digits
 * inside a string are never taken for a number.
 */
export function checkJsonIntegers(text: string): void {
  const tokens = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
  let key = "body";
  let keyEnd = -1;
  for (let match = tokens.exec(text); match; match = tokens.exec(text)) {
    const token = match[0];
    if (token.startsWith('"')) {
      key = token;
      keyEnd = match.index + token.length;
      continue;
    }
    if (!/^-?\d+$/.test(token)) continue;
    let field = "body";
    if (keyEnd >= 0 && /^\s*:\s*$/.test(text.slice(keyEnd, match.index))) {
      try {
        field = String(JSON.parse(key));
      } catch {
        // a broken key: JSON.parse reports the body below
      }
    }
    checkBodyInteger(token, field);
  }
}

/**
 * An integer of a body: at most 16 digits (impact.com's 400), and at most
 * 2^53 - 1, since the mock keeps a body's fields as Numbers: past it, a 400
 * rather than a record stored rounded. (Ids in a path have no such limit: they
 * are looked up as text.)
 */
export function checkBodyInteger(text: string, field: string): void {
  checkIntegerDigits(text, field);
  if (/^[-+]?\d+$/.test(text) && !Number.isSafeInteger(Number(text))) {
    throw new MockHttpError(400, "Validation Failed", [{ Field: field, Message: `${text} is past 2^53 - 1, which the mock cannot keep exactly in a body field` }]);
  }
}

/** Whether a parameter's or field's schema is an integer, or a list of them. */
export function isIntegerSchema(document: Json, schema: unknown): boolean {
  const resolved = schema && typeof schema === "object" ? resolveLocalRef<Json>(document, schema as Json) : undefined;
  const types = ([] as unknown[]).concat(resolved?.type ?? []);
  if (types.includes("array")) return isIntegerSchema(document, resolved?.items);
  return types.includes("integer");
}
