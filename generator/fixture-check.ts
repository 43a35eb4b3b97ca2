// Checks values against the schemas of the document they come from, so that
// neither a spec's examples (untrusted: real specs' examples often disagree with
// their own schemas) nor a synthesized value that missed becomes a fixture that
// is not valid. Unlike the runtime's SchemaValidator (strict, 3.1, our own
// specs), this one reads any 3.0 or 3.1 document: `nullable`, boolean exclusive
// bounds, unknown keywords and formats, and patterns written for other regex
// dialects.
//
// Two validators, one after the other. @cfworker/json-schema interprets a schema
// where it stands: nothing to compile, which is what one-off checks of
// thousands of different schemas need (on GitHub's spec ajv spent 1.8 s
// generating code for checks the interpreter makes in a fraction of that).
// What it cannot take (a pattern that is not valid with the `u` flag, a
// reference it cannot resolve) goes to ajv, compiled without the `u` flag.
//
// Neither runs a spec's pattern on JavaScript's own regex engine, where
// `^(a+)+$` against 40 `a`s and a `!` runs for minutes: both go through
// runtime/safe-regex.ts (RE2, or a time limit). The interpreter has no hook for
// patterns, so it is handed each `pattern` as a `format` of ours, and a schema
// with `patternProperties` (which it would match natively) goes to ajv. A value
// the guard cannot decide makes the check "unknown", naming the pattern.
import { format as interpreterFormats, validate as interpret, type OutputUnit } from "@cfworker/json-schema";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule, { type FormatsPlugin } from "ajv-formats";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { guardedPattern, guardedSpecPattern } from "../runtime/safe-regex.js";
import type { OpenApiDocument } from "./bundle.js";
import { safeDecode } from "./model.js";
import { escapePointerSegment, unescapePointerSegment } from "../runtime/json-pointer.js";
import { hasType, holdsData, typesOf } from "./schema-reading.js";
import type { Unvouched } from "./synthesize-vouching.js";
import { TypeFit } from "./type-fit.js";
import { VerdictMemo } from "./verdict-memo.js";

const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? (addFormatsModule as unknown as FormatsPlugin);

type Json = Record<string, any>;
const DOCUMENT_ID = "urn:impact-promo-api:fixture-check";

// The string formats OpenAPI adds that the interpreter does not know, as ajv-formats checks them (`format` is the
// interpreter's table of format checks, open for additions).
for (const name of ["byte", "iso-time", "iso-date-time"] as const) {
  const definition = fullFormats[name] as unknown;
  const check =
    typeof definition === "function"
      ? (definition as (text: string) => boolean)
      : definition instanceof RegExp
        ? (text: string) => definition.test(text)
        : typeof (definition as { validate?: unknown })?.validate === "function"
          ? ((definition as { validate: (text: string) => boolean }).validate)
          : undefined;
  if (check && !(name in interpreterFormats)) (interpreterFormats as Record<string, (text: string) => boolean>)[name] = check;
}

/** A pattern the guard did not decide on a value: the check is "unknown", not a verdict. */
class PatternUndecided extends Error {}

function decided(result: boolean | { undecided: string }): boolean {
  if (typeof result === "boolean") return result;
  throw new PatternUndecided(result.undecided);
}

// The interpreter's format for one `pattern` (it matches `pattern` itself with `new RegExp`). The name cannot be a
// real format's; one entry per distinct pattern, in the interpreter's shared table.
const PATTERN_FORMAT = "\u0000pattern\u0000";

/** The format name that checks `pattern` in the interpreter, or undefined when it does not compile with `u`. */
function patternFormat(pattern: string): string | undefined {
  const name = `${PATTERN_FORMAT}${pattern}`;
  const formats = interpreterFormats as Record<string, (text: string) => boolean>;
  if (Object.hasOwn(formats, name)) return name;
  let guarded: ReturnType<typeof guardedPattern>;
  try {
    guarded = guardedPattern(pattern, { unicode: true });
  } catch {
    return undefined;
  }
  formats[name] = (text) => decided(guarded.test(text));
  return name;
}

/** ajv's regex engine here: a pattern read as the generator's synthesis reads it, and run guarded. */
const ajvRegExp = Object.assign(
  (pattern: string) => {
    const guarded = guardedSpecPattern(pattern);
    return { test: (text: string) => decided(guarded.test(text)), toString: () => `/${pattern}/` };
  },
  { code: "guardedRegExp" },
);

/** Thrown while converting a schema the interpreter must not see (it would run a pattern natively): ajv decides. */
class NotForInterpreter extends Error {}

/**
 * Whether a value is valid. A value that is not says where: `at` is the JSON
 * pointer of the failing part, within `within` (a part of the value checked on
 * its own) if given, else within the whole value.
 */
export type CheckResult = { valid: true } | { valid: false; problem: string; at?: string | undefined; within?: unknown } | { valid: "unknown"; problem: string };

export class FixtureCheck {
  private readonly pointers: PointerIndex;
  private readonly fit: TypeFit;
  /** The schemas as the interpreter reads them, converted when first asked for (see InterpretedSchemas). */
  private readonly interpreted: InterpretedSchemas | undefined;
  private fallback: { ajv: Ajv2020; broken: Error | undefined } | undefined;
  private readonly compiled = new Map<string, ReturnType<Ajv2020["compile"]> | Error>();
  private readonly verdicts = new VerdictMemo<CheckResult>();

  /** `ajvOnly`: ajv decides everything (the tests' second opinion on what the interpreter let through). */
  constructor(
    private readonly document: OpenApiDocument,
    { ajvOnly = false }: { ajvOnly?: boolean } = {},
  ) {
    this.pointers = new PointerIndex(document);
    this.fit = new TypeFit(document, (schema, value) => plainEnumVerdict(schema, value) ?? this.validate(schema, value).valid !== false);
    if (ajvOnly) {
      this.interpreted = undefined;
      return;
    }
    this.interpreted = new InterpretedSchemas(document);
  }

  /** ajv, made on first use: most documents never need it. */
  private ajv(): { ajv: Ajv2020; broken: Error | undefined } {
    if (this.fallback) return this.fallback;
    // Each referenced schema compiles once, as a function of its own, unoptimized: it checks few values.
    const ajv = new Ajv2020({
      strict: false,
      allErrors: false,
      validateSchema: false,
      unicodeRegExp: false,
      logger: false,
      allowUnionTypes: true,
      inlineRefs: false,
      code: { optimize: false, regExp: ajvRegExp },
    });
    addFormats(ajv);
    let broken: Error | undefined;
    try {
      ajv.addSchema({ ...toJsonSchema2020(this.document, /^3\.0\./.test(this.document.openapi), false), $id: DOCUMENT_ID } as object, undefined, undefined, false);
    } catch (error) {
      broken = error as Error;
    }
    return (this.fallback = { ajv, broken });
  }

  /**
   * Whether `value` is an instance of `schema` (a schema object of the same
   * document, compared by identity) that openapi-typescript's type of it can hold.
   */
  check(schema: unknown, value: unknown): CheckResult {
    return this.verdicts.holding(() => {
      const result = this.validate(schema, value);
      return result.valid === true ? this.fits(schema, value) : result;
    });
  }

  /**
   * The check of a value synthesis made: only the parts it does not vouch for
   * (`Synthesizer.unvouched`) are checked, each against its own schema and
   * openapi-typescript's type of it; the rest is made valid and fitting.
   */
  checkSynthesized(unvouched: readonly Unvouched[]): CheckResult {
    for (const part of unvouched) {
      const result = this.check(part.schema, part.value);
      if (result.valid === false) return { ...result, within: part.value };
      if (result.valid !== true) return result;
    }
    return { valid: true };
  }

  /** Whether openapi-typescript's type of `schema` can hold `value`, as a CheckResult. */
  private fits(schema: unknown, value: unknown): CheckResult {
    const misfit = this.fit.misfit(schema, value);
    return misfit ? { valid: false, problem: misfit, at: misfitPath(misfit) } : { valid: true };
  }

  private validate(schema: unknown, value: unknown): CheckResult {
    if (schema === undefined || schema === true) return { valid: true };
    if (typeof schema !== "object" || schema === null) return this.validateAnew(schema, value);
    // An "unknown" (a guarded pattern that could not decide in time) is not kept: another try may decide.
    return this.verdicts.verdict(schema, value, () => this.validateAnew(schema, value), (verdict) => verdict.valid !== "unknown");
  }

  private validateAnew(schema: unknown, value: unknown): CheckResult {
    const where = typeof schema === "object" && schema !== null ? this.pointers.get(schema) : undefined;
    const node = where === undefined ? undefined : this.interpreted?.at(where, false);
    if (node !== undefined && this.interpreted) {
      try {
        const result = interpret(value, node as Json, "2020-12", this.interpreted.lookup, true);
        return result.valid ? { valid: true } : failure(result.errors);
      } catch (error) {
        if (error instanceof PatternUndecided) return { valid: "unknown", problem: error.message };
        // A pattern JavaScript reads only without the `u` flag, a reference the interpreter cannot resolve: ajv decides.
      }
    }
    return this.validateWithAjv(schema, value, where);
  }

  private validateWithAjv(schema: unknown, value: unknown, where: string | undefined): CheckResult {
    const { ajv, broken } = this.ajv();
    if (broken) return { valid: "unknown", problem: `the document's schemas do not compile: ${broken.message}` };
    const key = where ?? JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      try {
        validate = ajv.compile(where ? { $ref: `${DOCUMENT_ID}${where}` } : { $id: `${DOCUMENT_ID}/inline${this.compiled.size}`, ...retarget(schema) });
      } catch (error) {
        validate = error as Error;
      }
      this.compiled.set(key, validate);
    }
    if (validate instanceof Error) return { valid: "unknown", problem: `its schema does not compile: ${validate.message}` };
    try {
      if (validate(value)) return { valid: true };
    } catch (error) {
      if (error instanceof PatternUndecided) return { valid: "unknown", problem: error.message };
      return { valid: "unknown", problem: `validation failed: ${(error as Error).message}` };
    }
    const first = validate.errors?.[0];
    return first ? { valid: false, problem: `${first.instancePath || "/"} ${first.message ?? first.keyword}`, at: first.instancePath } : { valid: false, problem: "does not match its schema" };
  }
}

/**
 * The document's schemas as the interpreter reads them (toJsonSchema2020),
 * each converted when first asked for, by its pointer or by a `$ref` to it:
 * no copy of the whole document, and no index of it built up front (which took
 * 0.5 s of GitHub's spec, most of it for schemas no check reaches). The
 * interpreter resolves a `$ref` by looking its text up in `lookup`, which does
 * the same.
 */
class InterpretedSchemas {
  private readonly converted = new Map<string, unknown>();
  private readonly openapi30: boolean;
  readonly lookup: Record<string, any>;

  constructor(private readonly document: OpenApiDocument) {
    this.openapi30 = /^3\.0\./.test(document.openapi);
    this.lookup = new Proxy(Object.create(null) as Record<string, any>, {
      get: (_target, key) => (typeof key === "string" && key.startsWith("#/") ? this.at(key, true) : undefined),
      has: (_target, key) => typeof key === "string" && key.startsWith("#/") && this.at(key, true) !== undefined,
      // What the interpreter lists in a message about a reference it cannot resolve: not the whole document.
      ownKeys: () => [],
    });
  }

  /** The converted schema at `pointer` (`#/…`; a `$ref`'s text is percent-decoded too), or undefined. */
  at(pointer: string, fromReference: boolean): unknown {
    // A pointer with no `%` reads the same decoded or not: one entry for both.
    const key = pointer.includes("%") ? `${fromReference ? "r" : "p"}${pointer}` : pointer;
    if (this.converted.has(key)) return this.converted.get(key);
    let node: unknown = this.document;
    for (const segment of pointer.slice(2).split("/")) {
      const name = unescapePointerSegment(fromReference ? safeDecode(segment) : segment);
      node = node && typeof node === "object" && Object.hasOwn(node, name) ? (node as Json)[name] : undefined;
    }
    let schema: unknown;
    try {
      schema = node === undefined ? undefined : toJsonSchema2020(node, this.openapi30, true);
    } catch (error) {
      if (!(error instanceof NotForInterpreter)) throw error;
      // Checked at its pointer, it goes to ajv; reached by a `$ref`, the interpreter fails to resolve it, and ajv decides.
      schema = undefined;
    }
    this.converted.set(key, schema);
    return schema;
  }
}

/** The interpreter's verdict as a CheckResult: the innermost failure (its errors run from the failing leaf outwards). */
function failure(errors: readonly OutputUnit[]): CheckResult {
  let first: OutputUnit | undefined;
  for (const error of errors) if (!first || error.instanceLocation.length > first.instanceLocation.length) first = error;
  if (!first) return { valid: false, problem: "does not match its schema" };
  const at = first.instanceLocation.replace(/^#/, "");
  // "(11 matches)" would make one problem of a oneOf eleven different warnings.
  const message = first.keyword === "format" && first.error.includes(PATTERN_FORMAT) ? "String does not match pattern." : first.error.replace(/ \(\d+ matches\)/, "");
  return { valid: false, problem: `${at || "/"} ${message}`, at };
}

/**
 * Where each object of the document sits, so a schema compiles as a reference
 * into it. Each object keeps only its parent and key, and a pointer is spelled
 * out when asked: a string per object of GitHub's spec was 100 MB more for the
 * garbage collector to walk. Examples and `x-` extensions hold values, never
 * schemas, and are not indexed.
 */
class PointerIndex {
  private readonly parents = new Map<object, { parent: object | undefined; key: string }>();
  private readonly spelled = new Map<object, string>();

  constructor(document: object) {
    const stack: Array<{ node: object; parent: object | undefined; key: string }> = [{ node: document, parent: undefined, key: "" }];
    while (stack.length > 0) {
      const { node, parent, key } = stack.pop()!;
      if (this.parents.has(node)) continue;
      this.parents.set(node, { parent, key });
      const array = Array.isArray(node);
      for (const [name, value] of Object.entries(node)) {
        if (!value || typeof value !== "object") continue;
        if (!array && holdsData(name)) continue;
        stack.push({ node: value as object, parent: node, key: name });
      }
    }
  }

  get(node: object): string | undefined {
    const known = this.spelled.get(node);
    if (known !== undefined) return known;
    const entry = this.parents.get(node);
    if (!entry) return undefined;
    const pointer = entry.parent === undefined ? "#" : `${this.get(entry.parent)}/${escapePointerSegment(entry.key)}`;
    this.spelled.set(node, pointer);
    return pointer;
  }
}

/** Keywords beside `enum` that leave the verdict to the enum, `type` and `nullable`: none constrains a value. */
const BESIDE_PLAIN_ENUM = new Set(["enum", "type", "nullable", "description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly", "$comment", "externalDocs", "xml"]);

/**
 * Whether a primitive `value` is valid against a schema that is only an enum
 * of values (beside `type`, `nullable` and annotations), as toJsonSchema2020
 * reads it; undefined where the schema says more or the value is no primitive.
 * type-fit.ts asks this of one branch's copy of a property after another
 * (Mailchimp's 41 segment conditions each give `field` an enum of one value):
 * a lookup where the interpreter costs a hundred times as much.
 */
export function plainEnumVerdict(schema: unknown, value: unknown): boolean | undefined {
  if (value !== null && typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return undefined;
  if (typeof schema !== "object" || schema === null || !Array.isArray((schema as Json).enum)) return undefined;
  const plain = schema as Json;
  for (const key of Object.keys(plain)) if (!BESIDE_PLAIN_ENUM.has(key) && !key.startsWith("x-")) return undefined;
  if (plain.type !== undefined && typeof plain.type !== "string" && !Array.isArray(plain.type)) return undefined;
  const nullable = plain.nullable === true;
  if (value === null && nullable) return true;
  return plain.enum.includes(value) && hasType(value, typesOf(plain), nullable);
}

/** References inside a schema not found in the document point into the registered document. */
function retarget(value: unknown): Json {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!node || typeof node !== "object") return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, entry]) => [key, key === "$ref" && typeof entry === "string" && entry.startsWith("#") ? `${DOCUMENT_ID}${entry}` : visit(entry)]),
    );
  };
  return visit(value) as Json;
}

/** Keywords (of JSON Schema and OpenAPI) whose value is a map from names to what the names stand for. */
const MAP_KEYWORDS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
  "schemas",
  "responses",
  "parameters",
  "requestBodies",
  "headers",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
  "paths",
  "webhooks",
  "content",
  "encoding",
  "mapping",
  "variables",
]);

/**
 * The document's schemas in JSON Schema 2020-12 terms, as openapi-typescript
 * reads them: `nullable: true` adds `null` (openapi-typescript honours it in 3.1
 * documents too, where it is not a keyword) and is then dropped, since ajv
 * refuses a `nullable` without a `type`; in 3.0 documents boolean
 * `exclusiveMinimum`/`exclusiveMaximum` become numbers and a `$ref`'s siblings
 * are ignored. Examples are left as they are.
 */
function toJsonSchema2020(document: unknown, openapi30: boolean, forInterpreter: boolean): Json {
  const visit = (node: unknown, isMap = false): unknown => {
    if (Array.isArray(node)) return node.map((item) => visit(item));
    if (!node || typeof node !== "object") return node;
    const result: Json = {};
    for (const [key, value] of Object.entries(node)) {
      if (isMap) {
        // The keys of a map are names (a property called `example` or `id` is a property like any other).
        result[key] = visit(value);
        continue;
      }
      if (forInterpreter && (holdsData(key) || (key === "id" && typeof value === "string"))) {
        // The interpreter walks every object below the root as a schema, and reads draft-04's `id` as a base URI:
        // examples, extensions and an OpenAPI `id` would be taken for schemas. None of them constrains a value.
        continue;
      }
      result[key] = key === "example" || key === "examples" ? value : visit(value, MAP_KEYWORDS.has(key));
    }
    if (isMap) return result;
    if (forInterpreter) toInterpreterPatterns(result);
    if (typeof result.nullable === "boolean") {
      const nullable = result.nullable;
      delete result.nullable;
      if (nullable) {
        if (typeof result.type === "string") result.type = [result.type, "null"];
        else if (Array.isArray(result.type) && !result.type.includes("null")) result.type = [...result.type, "null"];
        if (Array.isArray(result.enum) && !result.enum.includes(null)) result.enum = [...result.enum, null];
        if (!result.type && (result.allOf || result.oneOf || result.anyOf || result.$ref)) {
          if (openapi30 && typeof result.$ref === "string") return { anyOf: [{ $ref: result.$ref }, { type: "null" }] };
          return { anyOf: [result, { type: "null" }] };
        }
      }
    }
    if (!openapi30) return result;
    if (result.exclusiveMinimum === true && typeof result.minimum === "number") {
      result.exclusiveMinimum = result.minimum;
      delete result.minimum;
    } else if (typeof result.exclusiveMinimum === "boolean") delete result.exclusiveMinimum;
    if (result.exclusiveMaximum === true && typeof result.maximum === "number") {
      result.exclusiveMaximum = result.maximum;
      delete result.maximum;
    } else if (typeof result.exclusiveMaximum === "boolean") delete result.exclusiveMaximum;
    // In 3.0 a $ref's siblings are ignored.
    if (typeof result.$ref === "string") return { $ref: result.$ref };
    return result;
  };
  return visit(document) as Json;
}

/** A schema's `pattern` as a format of ours, so the interpreter runs it guarded; what cannot be so goes to ajv. */
function toInterpreterPatterns(schema: Json): void {
  if (schema.patternProperties !== undefined) throw new NotForInterpreter();
  if (typeof schema.pattern !== "string") return;
  const name = patternFormat(schema.pattern);
  // Not valid with `u`: the interpreter throws on compiling it, before matching anything, and ajv decides.
  if (name === undefined) return;
  delete schema.pattern;
  if (schema.format === undefined) schema.format = name;
  else if (schema.allOf === undefined || Array.isArray(schema.allOf)) schema.allOf = [...(schema.allOf ?? []), { format: name }];
  else throw new NotForInterpreter();
}

/** The JSON pointer a type-fit message starts with (`/a/b cannot be held…`); the root is "". */
function misfitPath(message: string): string | undefined {
  const path = /^(\/\S*) /.exec(message)?.[1];
  return path === "/" ? "" : path;
}
