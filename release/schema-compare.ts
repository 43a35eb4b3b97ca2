// How one schema changed, as findings that do not yet know which way the data
// flows: "narrower" (accepts fewer values), "wider", a property removed… The
// caller (operation-compare.ts) rates each finding once for each direction the
// schema is used in, since a narrower schema breaks those who send and a wider
// one breaks those who read.
//
// Both documents are bundles: their only $refs are local. A schema component is
// compared once per pair of components (memoized), so a component reached from
// many operations costs one comparison and a cycle ends where it began.
import { isJsonObject } from "../runtime/json-object.js";
import { unescapePointerSegment } from "../runtime/json-pointer.js";

export type Effect =
  | "narrower"
  | "wider"
  | "different"
  | "docs"
  | "deprecated"
  | "default-added"
  | "default-changed"
  | "unknown"
  | "property-removed"
  | "property-added-optional"
  | "property-added-required"
  | "became-required"
  | "became-optional";

export interface Finding {
  effect: Effect;
  /** Where in the compared schema: property names, `[]` for an array's items, `*` for extra properties. */
  path: string[];
  /** What changed, in words that hold for either direction: "lost the value `WINNER`". */
  detail: string;
  /** The innermost schema component the change is in, and where inside it. */
  component?: { name: string; path: string[] };
}

type Json = Record<string, any>;

/** Bounds on what a spec can make the comparison do; a bundle of ours uses a few thousand nodes. */
export const COMPARE_LIMITS = { nodes: 200_000, depth: 64, refChain: 32 } as const;

const DOC_KEYS: Record<string, string> = {
  description: "description",
  title: "title",
  example: "example",
  examples: "examples",
  externalDocs: "external docs",
  $comment: "comment",
  "x-enumDescriptions": "value descriptions",
};

/** Keywords this file rates; any other keyword that changes is "unknown" (taken as breaking). */
const RATED = new Set([
  ...Object.keys(DOC_KEYS),
  "type",
  "nullable",
  "enum",
  "const",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "pattern",
  "format",
  "multipleOf",
  "uniqueItems",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "oneOf",
  "anyOf",
  "allOf",
  "default",
  "deprecated",
]);

const LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"] as const;
const UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"] as const;

/** A stable text of a JSON value, for equality regardless of key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isJsonObject(value)) return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(",")}}`;
  return JSON.stringify(value) ?? "undefined";
}

/** A value as a reader sees it: `WINNER`, `null`, `42`; long ones cut. */
export function showValue(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}…` : text}\``;
}

export function showValues(values: unknown[]): string {
  const shown = values.slice(0, 8).map(showValue);
  if (values.length > 8) shown.push(`${values.length - 8} more`);
  return shown.length <= 1 ? shown.join("") : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

/** `#/components/schemas/PromoCode` → `PromoCode`; undefined for other refs. */
export function schemaComponentName(ref: string): string | undefined {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  return match ? unescapePointerSegment(match[1]!) : undefined;
}

/**
 * Follows local $refs; reports the last schema component passed through.
 * OpenAPI 3.1 lets keywords stand beside a `$ref` (`description`, `deprecated`,
 * even `maxLength`), and they apply there: they are laid over the target, the
 * nearest `$ref`'s winning, so an edit beside a `$ref` is compared like any other.
 */
export function follow(document: Json, node: unknown): { node: unknown; component?: string | undefined } {
  let current = node;
  let component: string | undefined;
  const besides: Json[] = [];
  for (let hops = 0; isJsonObject(current) && typeof current.$ref === "string"; hops += 1) {
    const { $ref: ref, ...siblings } = current as Json & { $ref: string };
    if (hops >= COMPARE_LIMITS.refChain || !ref.startsWith("#/")) return { node: undefined, component };
    if (Object.keys(siblings).length > 0) besides.push(siblings);
    component = schemaComponentName(ref) ?? component;
    current = ref
      .slice(2)
      .split("/")
      .map(unescapePointerSegment)
      .reduce<unknown>((parent, key) => (isJsonObject(parent) || Array.isArray(parent) ? (parent as Json)[key] : undefined), document);
  }
  if (besides.length === 0 || !isJsonObject(current)) return { node: current, component };
  return { node: Object.assign({}, current, ...besides.reverse()), component };
}

/** A `$ref` with nothing beside it: what it means is its target's, so two such are compared once per pair of components. */
function isBareRef(node: unknown): boolean {
  return isJsonObject(node) && typeof node.$ref === "string" && Object.keys(node).length === 1;
}

const TYPE_WORDS: Record<string, string> = { null: "null", string: "a string", integer: "an integer", number: "a number", object: "an object", array: "an array", boolean: "a boolean" };

function typeWords(types: Iterable<string>): string {
  const words = [...types].map((type) => TYPE_WORDS[type] ?? `\`${type}\``);
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

/** The JSON types a schema allows, or undefined for any. OpenAPI 3.0's `nullable` counts as `null`. */
function typesOf(schema: Json): Set<string> | undefined {
  const declared = schema.type;
  if (declared === undefined) return undefined;
  const types = new Set<string>((Array.isArray(declared) ? declared : [declared]).filter((type): type is string => typeof type === "string"));
  if (schema.nullable === true) types.add("null");
  return types;
}

function covers(types: Set<string>, type: string): boolean {
  return types.has(type) || (type === "integer" && types.has("number"));
}

function enumOf(schema: Json): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  if ("const" in schema) return [schema.const];
  return undefined;
}

export class SchemaComparer {
  private readonly memo = new Map<string, Finding[]>();
  private readonly active = new Set<string>();
  private nodes = 0;

  constructor(
    private readonly base: Json,
    private readonly revision: Json,
  ) {}

  /** Findings for `before` (in the base document) against `after` (in the revision), either possibly a $ref. */
  compare(before: unknown, after: unknown, depth = 0): Finding[] {
    if ((this.nodes += 1) > COMPARE_LIMITS.nodes) throw new Error(`the specs are too large to compare (more than ${COMPARE_LIMITS.nodes} schema nodes)`);
    const b = follow(this.base, before);
    const r = follow(this.revision, after);
    const viaComponents = isBareRef(before) && isBareRef(after) && b.component && r.component;
    if (!viaComponents) return this.compareNodes(b.node, r.node, depth);
    const key = `${b.component}\u0000${r.component}`;
    const known = this.memo.get(key);
    if (known) return known;
    // Met again while comparing it (a recursive schema): its findings are being collected higher up.
    if (this.active.has(key)) return [];
    this.active.add(key);
    const findings = this.compareNodes(b.node, r.node, depth).map((finding) => (finding.component ? finding : { ...finding, component: { name: r.component!, path: finding.path } }));
    this.active.delete(key);
    this.memo.set(key, findings);
    return findings;
  }

  private flatten(document: Json, schema: unknown): Json {
    if (schema === true || schema === undefined) return {};
    if (schema === false) return { not: {} };
    if (!isJsonObject(schema)) return {};
    if (!Array.isArray(schema.allOf)) return schema;
    // allOf's members merged: what our specs use it for (an envelope plus the page's records).
    const { allOf, ...rest } = schema;
    const merged: Json = { ...rest, properties: { ...(rest.properties ?? {}) }, required: [...(rest.required ?? [])] };
    for (const member of allOf.slice(0, 64)) {
      const resolved = this.flatten(document, follow(document, member).node);
      for (const [key, value] of Object.entries(resolved)) {
        if (key === "properties" && isJsonObject(value)) Object.assign(merged.properties, value);
        else if (key === "required" && Array.isArray(value)) merged.required.push(...value);
        else if (!(key in merged)) merged[key] = value;
      }
    }
    if (Object.keys(merged.properties).length === 0) delete merged.properties;
    if (merged.required.length === 0) delete merged.required;
    else merged.required = [...new Set(merged.required)];
    return merged;
  }

  private compareNodes(beforeNode: unknown, afterNode: unknown, depth: number): Finding[] {
    if (depth > COMPARE_LIMITS.depth) return [{ effect: "unknown", path: [], detail: `nests deeper than ${COMPARE_LIMITS.depth} levels, where the comparison stops` }];
    const before = this.flatten(this.base, beforeNode);
    const after = this.flatten(this.revision, afterNode);
    const found: Finding[] = [];
    const add = (effect: Effect, detail: string, path: string[] = []) => found.push({ effect, path, detail });

    // Types.
    const beforeTypes = typesOf(before);
    const afterTypes = typesOf(after);
    if (beforeTypes && !afterTypes) add("wider", `is no longer limited to ${typeWords(beforeTypes)}`);
    else if (!beforeTypes && afterTypes) add("narrower", `is now limited to ${typeWords(afterTypes)}`);
    else if (beforeTypes && afterTypes) {
      const lost = [...beforeTypes].filter((type) => !covers(afterTypes, type));
      const gained = [...afterTypes].filter((type) => !beforeTypes.has(type) && !(type === "integer" && beforeTypes.has("number")));
      if (lost.length > 0 && gained.length > 0) add("different", `changed from ${typeWords(beforeTypes)} to ${typeWords(afterTypes)}`);
      else if (gained.length > 0) add("wider", `may now also be ${typeWords(gained)}`);
      else if (lost.length > 0) add("narrower", `can no longer be ${typeWords(lost)}`);
    }

    // Listed values.
    const beforeValues = enumOf(before);
    const afterValues = enumOf(after);
    if (beforeValues && !afterValues) add("wider", `is no longer limited to ${showValues(beforeValues)}`);
    else if (!beforeValues && afterValues) add("narrower", `is now limited to ${showValues(afterValues)}`);
    else if (beforeValues && afterValues) {
      const afterSet = new Set(afterValues.map(canonical));
      const beforeSet = new Set(beforeValues.map(canonical));
      const lost = beforeValues.filter((value) => !afterSet.has(canonical(value)));
      const gained = afterValues.filter((value) => !beforeSet.has(canonical(value)));
      if (lost.length > 0) add("narrower", `lost the value${lost.length > 1 ? "s" : ""} ${showValues(lost)}`);
      if (gained.length > 0) add("wider", `gained the value${gained.length > 1 ? "s" : ""} ${showValues(gained)}`);
    }

    // Ranges, lengths and counts: a larger lower bound or a smaller upper bound accepts fewer values.
    for (const [keys, tighter] of [
      [LOWER_BOUNDS, (b: number, a: number) => a > b],
      [UPPER_BOUNDS, (b: number, a: number) => a < b],
    ] as const) {
      for (const key of keys) {
        const b = before[key];
        const a = after[key];
        if (canonical(b) === canonical(a)) continue;
        if (typeof b === "boolean" || typeof a === "boolean") add("different", `${key} changed from ${String(b)} to ${String(a)}`);
        else if (typeof b !== "number") add("narrower", `gained ${key} ${a}`);
        else if (typeof a !== "number") add("wider", `lost ${key} ${b}`);
        else add(tighter(b, a) ? "narrower" : "wider", `${key} went from ${b} to ${a}`);
      }
    }

    // Pattern, format, multipleOf: gaining one narrows, losing one widens, changing one is neither.
    for (const key of ["pattern", "format", "multipleOf"] as const) {
      const b = before[key];
      const a = after[key];
      if (canonical(b) === canonical(a)) continue;
      if (b === undefined) add("narrower", `gained the ${key} ${showValue(a)}`);
      else if (a === undefined) add("wider", `lost the ${key} ${showValue(b)}`);
      else add("different", `${key} changed from ${showValue(b)} to ${showValue(a)}`);
    }
    if ((before.uniqueItems === true) !== (after.uniqueItems === true)) add(after.uniqueItems === true ? "narrower" : "wider", after.uniqueItems === true ? "now needs unique items" : "no longer needs unique items");

    // Properties.
    const beforeProperties: Json = isJsonObject(before.properties) ? before.properties : {};
    const afterProperties: Json = isJsonObject(after.properties) ? after.properties : {};
    const beforeRequired = new Set<string>(Array.isArray(before.required) ? before.required : []);
    const afterRequired = new Set<string>(Array.isArray(after.required) ? after.required : []);
    for (const name of Object.keys(beforeProperties)) {
      if (!(name in afterProperties)) add("property-removed", "was removed", [name]);
    }
    for (const name of Object.keys(afterProperties)) {
      if (!(name in beforeProperties)) add(afterRequired.has(name) ? "property-added-required" : "property-added-optional", "was added", [name]);
      else {
        if (!beforeRequired.has(name) && afterRequired.has(name)) add("became-required", "became required", [name]);
        if (beforeRequired.has(name) && !afterRequired.has(name)) add("became-optional", "became optional", [name]);
        for (const finding of this.compare(beforeProperties[name], afterProperties[name], depth + 1)) found.push({ ...finding, path: [name, ...finding.path] });
      }
    }

    // Extra properties.
    const open = (value: unknown) => value === undefined || value === true;
    const b = before.additionalProperties;
    const a = after.additionalProperties;
    if (canonical(b) !== canonical(a)) {
      if (isJsonObject(b) && isJsonObject(a)) for (const finding of this.compare(b, a, depth + 1)) found.push({ ...finding, path: ["*", ...finding.path] });
      else if (open(b) && a === false) add("narrower", "no longer accepts other properties");
      else if (b === false && open(a)) add("wider", "now accepts other properties");
      else add("different", "changed which other properties it accepts");
    }

    // Items.
    if (before.items !== undefined && after.items !== undefined) for (const finding of this.compare(before.items, after.items, depth + 1)) found.push({ ...finding, path: ["[]", ...finding.path] });
    else if (canonical(before.items) !== canonical(after.items)) add("different", "changed what its items are");

    // Alternatives: compared in order; one more widens, one fewer narrows.
    for (const key of ["oneOf", "anyOf"] as const) {
      const bl: unknown[] | undefined = Array.isArray(before[key]) ? before[key] : undefined;
      const al: unknown[] | undefined = Array.isArray(after[key]) ? after[key] : undefined;
      if (!bl && !al) continue;
      if (!bl || !al) {
        add("different", `${al ? "became" : "is no longer"} one of several shapes`);
        continue;
      }
      for (let index = 0; index < Math.min(bl.length, al.length, 64); index += 1) found.push(...this.compare(bl[index], al[index], depth + 1));
      if (al.length > bl.length) add("wider", `gained ${al.length - bl.length} possible shape${al.length - bl.length > 1 ? "s" : ""}`);
      if (al.length < bl.length) add("narrower", `lost ${bl.length - al.length} possible shape${bl.length - al.length > 1 ? "s" : ""}`);
    }

    // Defaults: what the server assumes when the value is left out.
    if (canonical(before.default) !== canonical(after.default)) {
      if (before.default === undefined) add("default-added", `gained the default ${showValue(after.default)}`);
      else if (after.default === undefined) add("default-changed", `lost its default ${showValue(before.default)}`);
      else add("default-changed", `default changed from ${showValue(before.default)} to ${showValue(after.default)}`);
    }

    if (before.deprecated !== true && after.deprecated === true) add("deprecated", "was marked deprecated");
    if (before.deprecated === true && after.deprecated !== true) add("docs", "is no longer deprecated");

    const docs = Object.keys(DOC_KEYS).filter((key) => canonical(before[key]) !== canonical(after[key]));
    if (docs.length > 0) add("docs", `${docs.map((key) => DOC_KEYS[key]).join(" and ")} changed`);

    const others = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !RATED.has(key) && canonical(before[key]) !== canonical(after[key]));
    for (const key of others) add("unknown", `\`${key}\` changed`);
    return found;
  }
}
