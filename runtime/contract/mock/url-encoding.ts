// Query strings and form bodies decoded strictly and with bounded work: a
// broken escape or invalid UTF-8 is the client's 400, and more pairs than the
// mock's maxFields are refused at the first one past it, whatever the rest holds.
import { MockHttpError } from "./http-error.js";

/** A percent-encoded URL component, decoded; a broken escape or invalid UTF-8 is the client's error. */
export function decodeComponent(text: string, field: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new MockHttpError(400, `Malformed percent-encoding in ${field}: "${text.slice(0, 100)}" is not valid UTF-8 once decoded`, [{ Field: field, Message: "malformed percent-encoding" }]);
  }
}

/**
 * `name=value` pairs of a query string or form body, grouped by name in one pass
 * (a name's values in order). Decoded strictly: URLSearchParams would turn `%ff`
 * into U+FFFD without a word and quietly accept a broken `%` escape. Refused at
 * the first pair past `limit`, so the work is bounded whatever the body or URL holds.
 */
function parsePairs(text: string, limit: number, refuseTooMany: () => MockHttpError, decode: (part: string, index: number, what: "name" | "value", name: string) => string): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  let count = 0;
  for (let start = 0, index = 0; start <= text.length; index += 1) {
    const ampersand = text.indexOf("&", start);
    const end = ampersand < 0 ? text.length : ampersand;
    const pair = text.slice(start, end);
    start = end + 1;
    if (pair === "") continue;
    if ((count += 1) > limit) throw refuseTooMany();
    const separator = pair.indexOf("=");
    const name = decode(separator < 0 ? pair : pair.slice(0, separator), index, "name", "");
    const value = decode(separator < 0 ? "" : pair.slice(separator + 1), index, "value", name);
    const values = grouped.get(name);
    if (values) values.push(value);
    else grouped.set(name, [value]);
  }
  return grouped;
}

/** A query string decoded strictly, at most `limit` parameters (414 past it). */
export function parseQuery(search: string, limit: number): Map<string, string[]> {
  const tooMany = () => new MockHttpError(414, `The query string has more than ${limit} parameters (the mock's maxFields)`, [{ Field: "query", Message: `more than ${limit} parameters` }]);
  return parsePairs(search.replace(/^\?/, ""), limit, tooMany, (part, _index, what, name) => decodeComponent(part.replace(/\+/g, " "), what === "name" ? "query" : name));
}

/** Form encoding parsed strictly, at most `limit` fields (413 past it). */
export function parseForm(text: string, limit: number): Map<string, string[]> {
  const malformed = (index: number, reason: string) => new MockHttpError(400, `Malformed form encoding: field ${index + 1} ${reason}`, [{ Field: "body", Message: "malformed form encoding" }]);
  const tooMany = () => new MockHttpError(413, `The form body has more than ${limit} fields (the mock's maxFields)`, [{ Field: "body", Message: `more than ${limit} fields` }]);
  return parsePairs(text, limit, tooMany, (part, index, what) => {
    if (what === "name" && part === "") throw malformed(index, "has no name");
    if (/%(?![0-9A-Fa-f]{2})/.test(part)) throw malformed(index, 'has a "%" not followed by two hex digits');
    try {
      return decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      throw malformed(index, "is not valid UTF-8 once decoded");
    }
  });
}
