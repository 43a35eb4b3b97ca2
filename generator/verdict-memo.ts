// Validity verdicts kept per schema and value, for FixtureCheck. A spec that
// writes a schema inline wherever it is used has many objects of one schema:
// Mailchimp's 41-branch segment condition stands inline in twenty operations,
// its copies differing only in their examples' timestamps, and each fixture list
// checks its 151 variants against its own copy. A schema is keyed by its text
// without annotations (descriptions, titles, examples, extensions), which no
// validator reads.
//
// A verdict depends on that text, the value, and the document the schema's
// `$ref`s point into (one memo per FixtureCheck, so per document). A schema
// whose text names another base (`$id`, `$anchor`, `$dynamicRef`,
// `$recursiveRef`, a `$ref` not into this document) is not kept, nor a value
// JSON cannot spell exactly (a non-finite number, -0, undefined, a class
// instance): keyed by its JSON text it would share another value's verdict.
import { createHash } from "node:crypto";

/**
 * The most characters of keys (schema digest and value text) kept. Past it the
 * memo starts anew, so a spec's values cost at most this much memory (32 MiB as
 * UTF-16) and checking goes on as it did without it.
 */
export const MAX_VERDICT_MEMO_CHARACTERS = 16 * 1024 * 1024;

const OTHER_BASE = /"\$(?:id|anchor|dynamicRef|dynamicAnchor|recursiveRef|recursiveAnchor)":|"\$ref":"(?!#\/|#")/;

export class VerdictMemo<Verdict> {
  /** Per schema object, the digest of its text; null when it is not kept. */
  private readonly digests = new WeakMap<object, string | null>();
  /** Per schema digest, per value text, the verdict. */
  private readonly verdicts = new Map<string, Map<string, Verdict>>();
  private characters = 0;
  /** Per value object, its text, while `holding` runs (no one changes a value while it is checked). */
  private texts: WeakMap<object, string | null> | undefined;

  /** The verdict on `value` against `schema`: one kept, else `decide`'s, kept when `keep` says so. */
  verdict(schema: object, value: unknown, decide: () => Verdict, keep: (verdict: Verdict) => boolean): Verdict {
    const digest = this.digestOf(schema);
    const text = digest === null ? undefined : this.textOf(value);
    if (digest === null || text === undefined) return decide();
    let byValue = this.verdicts.get(digest);
    const known = byValue?.get(text);
    if (known !== undefined) return known;
    const verdict = decide();
    const cost = digest.length + text.length;
    if (!keep(verdict) || cost > MAX_VERDICT_MEMO_CHARACTERS) return verdict;
    if (this.characters + cost > MAX_VERDICT_MEMO_CHARACTERS) {
      this.verdicts.clear();
      this.characters = 0;
      byValue = undefined;
    }
    if (!byValue) this.verdicts.set(digest, (byValue = new Map()));
    byValue.set(text, verdict);
    this.characters += cost;
    return verdict;
  }

  /** Runs `check` with each value object's text worked out once: a check asks of the same value per oneOf branch. */
  holding<T>(check: () => T): T {
    if (this.texts) return check();
    this.texts = new WeakMap();
    try {
      return check();
    } finally {
      this.texts = undefined;
    }
  }

  private textOf(value: unknown): string | undefined {
    if (typeof value !== "object" || value === null || !this.texts) return exactJson(value);
    const known = this.texts.get(value);
    if (known !== undefined) return known ?? undefined;
    const text = exactJson(value);
    this.texts.set(value, text ?? null);
    return text;
  }

  private digestOf(schema: object): string | null {
    const known = this.digests.get(schema);
    if (known !== undefined) return known;
    const text = schemaText(schema);
    const digest = text === undefined || OTHER_BASE.test(text) ? null : createHash("sha256").update(text).digest("base64");
    this.digests.set(schema, digest);
    return digest;
  }
}

/** `value` as JSON text, or undefined when that text would stand for another value too (see the file's head). */
function exactJson(value: unknown): string | undefined {
  return exactText(value, undefined);
}

/** Keywords that do not bear on which values are valid: copies that differ only in them share a verdict. */
function isAnnotation(keyword: string): boolean {
  return ANNOTATIONS.has(keyword) || keyword.startsWith("x-");
}
const ANNOTATIONS = new Set(["description", "title", "example", "examples", "$comment", "externalDocs", "deprecated"]);
/** Keywords whose value is one schema, an array of schemas, or a map from names to schemas. Any other keyword's value is kept as it is. */
const ONE_SCHEMA = new Set(["items", "additionalItems", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties"]);
const SCHEMA_LIST = new Set(["allOf", "anyOf", "oneOf", "prefixItems", "items"]);
const SCHEMA_MAP = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);

type Role = "schema" | "list" | "map" | "data";

/** A schema's text without its annotations, or undefined when that text would stand for another schema too. */
function schemaText(schema: object): string | undefined {
  return exactText(schema, "schema");
}

/**
 * JSON text of `value` read as `root` (a schema, whose annotations are left
 * out; undefined: data, kept whole), or undefined when it is not exact. An
 * object met in two roles (shared, as a YAML alias may share it) is not exact.
 */
function exactText(value: unknown, root: Role | undefined): string | undefined {
  let exact = true;
  const roles = new Map<object, Role>();
  const assign = (part: unknown, role: Role): void => {
    if (typeof part !== "object" || part === null) return;
    const known = roles.get(part);
    if (known !== undefined && known !== role) exact = false;
    roles.set(part, role);
  };
  if (root !== undefined) assign(value, root);
  let text: string | undefined;
  try {
    text = JSON.stringify(value, function (this: unknown, key: string, part: unknown) {
      const holder = this as Record<string, unknown>;
      // JSON.stringify hands the replacer what toJSON returned: the holder has the part as it is.
      const original = holder[key];
      if (typeof original === "number") {
        if (!Number.isFinite(original) || Object.is(original, -0)) exact = false;
      } else if (original === undefined || typeof original === "function" || typeof original === "symbol") {
        exact = false;
      } else if (typeof original === "object" && original !== null && !Array.isArray(original)) {
        const prototype = Object.getPrototypeOf(original);
        if (prototype !== Object.prototype && prototype !== null) exact = false;
      }
      if (root === undefined || key === "") return part;
      const role = roles.get(holder);
      if (role === "schema") {
        if (isAnnotation(key)) return undefined;
        assign(original, ONE_SCHEMA.has(key) && !Array.isArray(original) ? "schema" : SCHEMA_LIST.has(key) && Array.isArray(original) ? "list" : SCHEMA_MAP.has(key) ? "map" : "data");
      } else if (role === "list" || role === "map") {
        assign(original, "schema");
      } else {
        assign(original, "data");
      }
      return part;
    });
  } catch {
    return undefined; // a bigint, a cycle, nesting deeper than the stack
  }
  return exact && text !== undefined ? text : undefined;
}
