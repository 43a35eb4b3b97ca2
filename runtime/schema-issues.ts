// ajv's errors for one value, turned into one issue per field, worded from the
// schema. ajv reports each keyword that failed, and in wire mode each
// alternative the wire rule added (runtime/wire-format.ts) fails as well, so one
// bad field came out as three or more errors, one of them quoting a pattern we
// generated. This pass groups the errors by the field they concern and says once
// what the spec allows there ("one of ACTIVE, INACTIVE"), adding what the wire
// form also accepts from the notes toWireSchema leaves on its alternatives.
// Shared by the runtime validators (runtime/schema-validator.ts) and the MSW
// entry's precompiled ones (runtime/contract/mock/precompile.ts), so both word
// an issue alike; it works from an error's params, and reads `parentSchema`
// (ajv's `verbose`) only to find the wire notes, which strict mode has none of.
// Imports no ajv: the browser path reaches it.
import { WIRE_NOTE } from "./wire-format.js";
import { escapePointerSegment, unescapePointerSegment } from "./json-pointer.js";

/** What this pass reads of an ajv error object. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
  /** Present when ajv runs with `verbose: true`. */
  parentSchema?: unknown;
}

/** One issue of one field: where in the value (a JSON pointer), the rule, and what the spec allows there. */
export interface FieldIssue {
  pointer: string;
  keyword: string;
  message: string;
}

/** The most allowed values an issue lists before saying how many more there are. */
export const SHOWN_ALLOWED_VALUES = 20;
/** A field name or allowed value longer than this is cut, with "…": names and values come from untrusted specs and bodies. */
export const MAX_QUOTED_LENGTH = 100;

/** Errors about a property of an object rather than its value: each names its own field. */
const PROPERTY_KEYWORDS: Record<string, string> = {
  required: "missingProperty",
  dependentRequired: "missingProperty",
  additionalProperties: "additionalProperty",
  unevaluatedProperties: "unevaluatedProperty",
};

/** Keywords whose error only sums up the errors of their subschemas. */
const SUMMARY_KEYWORDS = new Set(["anyOf", "oneOf", "if"]);

/** Which keyword names an issue, when several failed on one field: the one saying most about what is allowed. */
const RULE_PRIORITY = ["enum", "const", "type", "format", "pattern"];

const TYPE_WORDS: Record<string, string> = {
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  null: "null",
};

const FORMAT_WORDS: Record<string, string> = {
  "date-time": "an RFC 3339 date-time such as 2026-01-15T10:00:00Z",
  date: "an RFC 3339 date such as 2026-01-15",
  time: "a time such as 10:00:00Z",
  uri: "an absolute URI",
  "uri-reference": "a URI reference",
  email: "an email address",
  uuid: "a UUID",
  int32: "a 32-bit integer",
  int64: "a 64-bit integer",
};

/**
 * One issue per field for `errors`, the errors of one validation in ajv's order.
 * `rootName` names the value itself (a parameter's name, "the body"). Linear in
 * the number of errors and the length of their pointers.
 */
export function fieldIssues(errors: readonly SchemaError[], rootName: string): FieldIssue[] {
  const groups = new Map<string, SchemaError[]>();
  for (const error of errors) {
    const field = fieldOf(error);
    const group = groups.get(field);
    if (group) group.push(error);
    else groups.set(field, [error]);
  }
  // A field with an issue of its own makes the wire alternatives failing on its ancestors mere echoes of it.
  // Each ancestor is added once: the walk up stops where an earlier field's walk went.
  const ancestors = new Set<string>();
  for (const field of groups.keys()) {
    for (let slash = field.lastIndexOf("/"); slash >= 0; slash = slash === 0 ? -1 : field.lastIndexOf("/", slash - 1)) {
      const ancestor = field.slice(0, slash);
      if (ancestors.has(ancestor)) break;
      ancestors.add(ancestor);
    }
  }
  const issues: FieldIssue[] = [];
  for (const [field, group] of groups) {
    const issue = issueOf(field, group, rootName, ancestors.has(field));
    if (issue) issues.push(issue);
  }
  return issues;
}

/** The pointer of the field an error is about: its value's, or for a missing or extra property that property's. */
function fieldOf(error: SchemaError): string {
  const param = PROPERTY_KEYWORDS[error.keyword];
  const property = param === undefined ? undefined : error.params[param];
  return typeof property === "string" ? `${error.instancePath}/${escapePointerSegment(property)}` : error.instancePath;
}

function noteOf(error: SchemaError): string | true | undefined {
  const parent = error.parentSchema;
  if (!parent || typeof parent !== "object") return undefined;
  const note = (parent as Record<string, unknown>)[WIRE_NOTE];
  return typeof note === "string" || note === true ? note : undefined;
}

function issueOf(field: string, group: SchemaError[], rootName: string, hasDeeperIssue: boolean): FieldIssue | undefined {
  const first = group[0]!;
  const pointer = first.instancePath || "/";
  const property = group.find((error) => error.keyword in PROPERTY_KEYWORDS);
  if (property) return { pointer, keyword: property.keyword, message: propertyMessage(property) };

  const notes = [...new Set(group.map(noteOf).filter((note): note is string => typeof note === "string"))];
  const spec = group.filter((error) => noteOf(error) === undefined);
  const checks = spec.filter((error) => !SUMMARY_KEYWORDS.has(error.keyword));
  const summaries = spec.filter((error) => SUMMARY_KEYWORDS.has(error.keyword));
  if (checks.length === 0 && hasDeeperIssue) return undefined;

  const subject = subjectOf(field, rootName);
  const wire = notes.length > 0 ? ` (${notes.join("; ")})` : "";
  if (checks.length === 0) {
    const summary = summaries[0];
    return { pointer, keyword: summary?.keyword ?? first.keyword, message: `${subject} ${summary?.message ?? "does not match its schema"}${wire}` };
  }
  // A type an enum or const beside it implies says nothing more. Under a spec's own
  // anyOf or oneOf the checks are each one branch's, so any one would do.
  const exactTypes = checks.flatMap((error) => (error.keyword === "enum" ? valuesOf(error.params.allowedValues) : error.keyword === "const" ? [error.params.allowedValue] : [])).map(jsonTypeOf);
  const implied = (error: SchemaError) => error.keyword === "type" && exactTypes.length > 0 && exactTypes.every((type) => typesOf(error).includes(type) || (type === "integer" && typesOf(error).includes("number")));
  const phrases = [...new Set(checks.filter((error) => !implied(error)).map(phraseOf))];
  const alternatives = summaries.length > 0;
  const said = alternatives && phrases.every((phrase) => phrase.startsWith("be ")) ? `be ${phrases.map((phrase) => phrase.slice(3)).join(" or ")}` : phrases.join(alternatives ? " or " : " and ");
  const rule = RULE_PRIORITY.find((keyword) => checks.some((error) => error.keyword === keyword)) ?? checks[0]!.keyword;
  return { pointer, keyword: rule, message: `${subject} must ${said}${wire}` };
}

function valuesOf(values: unknown): unknown[] {
  return Array.isArray(values) ? values : [];
}

function typesOf(error: SchemaError): string[] {
  const type = error.params.type;
  return Array.isArray(type) ? type.map(String) : String(type).split(",");
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function propertyMessage(error: SchemaError): string {
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
    return `${error.message}: ${JSON.stringify(cut(String(Object.values(error.params)[0])))}`;
  }
  return error.message ?? error.keyword;
}

/** What a failed check asks for, as the verb phrase after "must". */
function phraseOf(error: SchemaError): string {
  const params = error.params;
  switch (error.keyword) {
    case "enum":
      return `be one of ${listOf(valuesOf(params.allowedValues))}`;
    case "const":
      return `be ${valueOf(params.allowedValue)}`;
    case "type":
      return `be ${typesOf(error).map((type) => TYPE_WORDS[type] ?? quote(type)).join(" or ")}`;
    case "format": {
      const format = String(params.format);
      return `be ${FORMAT_WORDS[format] ?? `text in the ${quote(format)} format`}`;
    }
    case "pattern":
      // A pattern the spec wrote: the wire rule's own ones carry a note and never get here.
      return `match the pattern ${quote(String(params.pattern))}`;
    default:
      return (error.message ?? `satisfy ${error.keyword}`).replace(/^must /, "");
  }
}

function listOf(values: readonly unknown[]): string {
  const shown = values.slice(0, SHOWN_ALLOWED_VALUES).map(valueOf).join(", ");
  return values.length > SHOWN_ALLOWED_VALUES ? `${shown}, … (${values.length - SHOWN_ALLOWED_VALUES} more)` : shown;
}

/** An allowed value as the spec writes it: a plain word bare, anything else as JSON. */
function valueOf(value: unknown): string {
  if (typeof value === "string" && /^[\p{L}\p{N}_.:/@+-]+$/u.test(value)) return cut(value);
  return cut(JSON.stringify(value) ?? String(value));
}

/** A name or pattern as it reads in a message: bare when plain, else as JSON, so control characters cannot reach a terminal. */
function quote(text: string): string {
  return /^[\p{L}\p{N}\p{P}\p{S} ]*$/u.test(text) && text.trim() === text ? cut(text) : cut(JSON.stringify(text));
}

function cut(text: string): string {
  return text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH - 1)}…` : text;
}

/** The field's name as a reader knows it: `State`, `DealProducts[0]`, or `rootName` for the value itself. */
function subjectOf(field: string, rootName: string): string {
  const segments = field.split("/").slice(1).map(unescapePointerSegment);
  let indexes = "";
  while (segments.length > 0 && /^\d+$/.test(segments[segments.length - 1]!)) indexes = `[${segments.pop()}]${indexes}`;
  const name = segments.length > 0 ? quote(segments[segments.length - 1]!) : rootName;
  return `${name}${indexes}`;
}
