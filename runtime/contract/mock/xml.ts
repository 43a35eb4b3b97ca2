// The mock's answers as XML, for requests that do not ask for JSON: impact.com
// answers XML by default, so a client that forgets `Accept: application/json`
// must fail against the mock as it would against the service. A small writer
// rather than a library: the shape is fixed (elements, one attribute list),
// the MSW entry has a size budget, and what needs care, escaping and names,
// is done here in full. What is impact.com's and what is assumed is in ./README.md.

/** impact.com's documented root element of every XML answer. */
export const XML_ROOT = "ImpactRadiusResponse";

/** A name XML 1.0 (5th edition) allows for an element or attribute, colon excluded so no namespace is implied. */
const NAME =
  /^[A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}][A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}\-.0-9\u00B7\u0300-\u036F\u203F\u2040]*$/u;

/** Characters XML 1.0 cannot carry at all, not even as a character reference (controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** A key the XML form cannot carry as a name: the mock reports it rather than write a broken document. */
export class XmlNameError extends Error {}

function checkedName(name: string, where: string): string {
  if (!NAME.test(name)) throw new XmlNameError(`The key ${JSON.stringify(name.slice(0, 100))} ${where} is not a valid XML name, so the answer cannot be sent as XML (ask for JSON with Accept: application/json)`);
  return name;
}

// A character XML cannot carry becomes U+FFFD; `\r` (and in attributes tab and newline) become references so a parser's normalisation does not change them.
function escapeText(text: string): string {
  return text.replace(NOT_XML_CHAR, "\uFFFD").replace(/[&<>\r]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" })[char]!);
}

function escapeAttribute(text: string): string {
  return text.replace(NOT_XML_CHAR, "\uFFFD").replace(/[&<>"\t\n\r]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" })[char]!);
}

/** The element name of one entry of a list named `name`: `PromoCodes` → `PromoCode`, `Categories` → `Category`. */
export function singular(name: string): string {
  if (/[^aeiou]ies$/.test(name)) return `${name.slice(0, -3)}y`;
  if (/[^su]s$/.test(name)) return name.slice(0, -1);
  return `${name}Item`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

function scalarText(value: unknown): string {
  return value === null || value === undefined ? "" : typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
}

/**
 * One element. An object's `@`-keys are attributes (the JSON form's
 * convention for them): on the element of its only list when it has one
 * (a paged list's envelope sits on the list, `<PromoCodes page="1" …>`), else
 * on the object's own element. Nesting is bounded by the value, which the
 * mock built itself from JSON it parsed or fixtures.
 */
function element(name: string, value: unknown, attributes: Array<[string, string]>, out: string[], depth: number): void {
  if (depth > 64) throw new XmlNameError(`The answer nests deeper than 64 levels at ${JSON.stringify(name)}, so it cannot be sent as XML`);
  const open = `<${name}${attributes.map(([key, text]) => ` ${key}="${escapeAttribute(text)}"`).join("")}`;
  if (Array.isArray(value)) {
    const item = checkedName(singular(name), `(an entry of ${name})`);
    if (value.length === 0) return void out.push(`${open}/>`);
    out.push(`${open}>`);
    for (const entry of value) element(item, entry, [], out, depth + 1);
    out.push(`</${name}>`);
    return;
  }
  if (!isRecord(value)) {
    const text = scalarText(value);
    out.push(text === "" ? `${open}/>` : `${open}>${escapeText(text)}</${name}>`);
    return;
  }
  const own: Array<[string, string]> = [];
  const children = Object.entries(value).filter(([key, child]) => {
    if (!key.startsWith("@")) return true;
    own.push([checkedName(key.slice(1), `(an attribute of ${name})`), scalarText(child)]);
    return false;
  });
  const lists = children.filter(([, child]) => Array.isArray(child));
  const listHoldsAttributes = own.length > 0 && lists.length === 1;
  const mine = listHoldsAttributes ? attributes : [...attributes, ...own];
  const openTag = `<${name}${mine.map(([key, text]) => ` ${key}="${escapeAttribute(text)}"`).join("")}`;
  if (children.length === 0) return void out.push(`${openTag}/>`);
  out.push(`${openTag}>`);
  for (const [key, child] of children) element(checkedName(key, `(in ${name})`), child, listHoldsAttributes && child === lists[0]![1] ? own : [], out, depth + 1);
  out.push(`</${name}>`);
}

/** `body` (the wire form of an answer) as impact.com's XML document. */
export function toXml(body: unknown): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  element(XML_ROOT, isRecord(body) ? body : { Value: body }, [], out, 0);
  return out.join("");
}
