// Checks values against the schemas of the document they come from, with ajv, so
// that neither a spec's examples (untrusted: real specs' examples often disagree
// with their own schemas) nor a synthesized value that missed becomes a fixture
// that is not valid. Unlike the runtime's SchemaValidator (strict, 3.1, our own
// specs), this one reads any 3.0 or 3.1 document: `nullable`, boolean exclusive
// bounds, unknown keywords and formats, and patterns written for other regex
// dialects (compiled without the `u` flag).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule, { type FormatsPlugin } from "ajv-formats";
import type { OpenApiDocument } from "./bundle.js";
import type { Unvouched } from "./synthesize.js";
import { TypeFit } from "./type-fit.js";

const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? (addFormatsModule as unknown as FormatsPlugin);

type Json = Record<string, any>;
const DOCUMENT_ID = "urn:impact-promo-api:fixture-check";

/**
 * Whether a value is valid. A value that is not says where: `at` is the JSON
 * pointer of the failing part, within `within` (a part of the value checked on
 * its own) if given, else within the whole value.
 */
export type CheckResult = { valid: true } | { valid: false; problem: string; at?: string | undefined; within?: unknown } | { valid: "unknown"; problem: string };

export class FixtureCheck {
  private readonly ajv: Ajv2020;
  private readonly pointers: PointerIndex;
  private readonly compiled = new Map<string, ReturnType<Ajv2020["compile"]> | Error>();
  private readonly broken: Error | undefined;
  private readonly fit: TypeFit;

  constructor(document: OpenApiDocument) {
    // Each referenced schema compiles once, as a function of its own: inlining it into every schema that refers to
    // it, and optimizing the code of each, took two thirds of the generator's time on GitHub's spec (9.6 s of 14 s).
    this.ajv = new Ajv2020({
      strict: false,
      allErrors: false,
      validateSchema: false,
      unicodeRegExp: false,
      logger: false,
      allowUnionTypes: true,
      inlineRefs: false,
      code: { optimize: false },
    });
    addFormats(this.ajv);
    // Formats OpenAPI names that ajv-formats does not know are annotations here, as JSON Schema says of unknown formats.
    const copy = toJsonSchema2020(document, /^3\.0\./.test(document.openapi));
    this.pointers = new PointerIndex(document);
    this.fit = new TypeFit(document, (schema, value) => this.validate(schema, value).valid !== false);
    try {
      this.ajv.addSchema({ ...copy, $id: DOCUMENT_ID } as object, undefined, undefined, false);
    } catch (error) {
      this.broken = error as Error;
    }
  }

  /**
   * Whether `value` is an instance of `schema` (a schema object of the same
   * document, compared by identity) that openapi-typescript's type of it can hold.
   */
  check(schema: unknown, value: unknown): CheckResult {
    const result = this.validate(schema, value);
    if (result.valid !== true) return result;
    const misfit = this.fit.misfit(schema, value);
    return misfit ? { valid: false, problem: misfit, at: misfitPath(misfit) } : result;
  }

  /**
   * The check of a value synthesis made: only the parts it does not vouch for
   * (`Synthesizer.unvouched`) go through ajv, each against its own schema; the
   * whole value is still held against openapi-typescript's type.
   */
  checkSynthesized(schema: unknown, value: unknown, unvouched: readonly Unvouched[]): CheckResult {
    for (const part of unvouched) {
      const result = this.validate(part.schema, part.value);
      if (result.valid === false) return { ...result, within: part.value };
      if (result.valid !== true) return result;
    }
    const misfit = this.fit.misfit(schema, value);
    return misfit ? { valid: false, problem: misfit, at: misfitPath(misfit) } : { valid: true };
  }

  private validate(schema: unknown, value: unknown): CheckResult {
    if (schema === undefined || schema === true) return { valid: true };
    if (this.broken) return { valid: "unknown", problem: `the document's schemas do not compile: ${this.broken.message}` };
    const where = typeof schema === "object" && schema !== null ? this.pointers.get(schema) : undefined;
    const key = where ?? JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      try {
        validate = this.ajv.compile(where ? { $ref: `${DOCUMENT_ID}${where}` } : { $id: `${DOCUMENT_ID}/inline${this.compiled.size}`, ...retarget(schema) });
      } catch (error) {
        validate = error as Error;
      }
      this.compiled.set(key, validate);
    }
    if (validate instanceof Error) return { valid: "unknown", problem: `its schema does not compile: ${validate.message}` };
    try {
      if (validate(value)) return { valid: true };
    } catch (error) {
      return { valid: "unknown", problem: `validation failed: ${(error as Error).message}` };
    }
    const first = validate.errors?.[0];
    return first ? { valid: false, problem: `${first.instancePath || "/"} ${first.message ?? first.keyword}`, at: first.instancePath } : { valid: false, problem: "does not match its schema" };
  }
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
        if (!array && (name === "example" || name === "examples" || name.startsWith("x-"))) continue;
        stack.push({ node: value as object, parent: node, key: name });
      }
    }
  }

  get(node: object): string | undefined {
    const known = this.spelled.get(node);
    if (known !== undefined) return known;
    const entry = this.parents.get(node);
    if (!entry) return undefined;
    const pointer = entry.parent === undefined ? "#" : `${this.get(entry.parent)}/${entry.key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    this.spelled.set(node, pointer);
    return pointer;
  }
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

/**
 * The document's schemas in JSON Schema 2020-12 terms, as openapi-typescript
 * reads them: `nullable: true` adds `null` (openapi-typescript honours it in 3.1
 * documents too, where it is not a keyword) and is then dropped, since ajv
 * refuses a `nullable` without a `type`; in 3.0 documents boolean
 * `exclusiveMinimum`/`exclusiveMaximum` become numbers and a `$ref`'s siblings
 * are ignored. Examples are left as they are.
 */
function toJsonSchema2020(document: OpenApiDocument, openapi30: boolean): Json {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!node || typeof node !== "object") return node;
    const result: Json = {};
    for (const [key, value] of Object.entries(node)) result[key] = key === "example" || key === "examples" ? value : visit(value);
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

/** The JSON pointer a type-fit message starts with (`/a/b cannot be held…`); the root is "". */
function misfitPath(message: string): string | undefined {
  const path = /^(\/\S*) /.exec(message)?.[1];
  return path === "/" ? "" : path;
}
