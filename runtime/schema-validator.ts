import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule, { type FormatsPlugin } from "ajv-formats";
import { guardedPattern } from "./safe-regex.js";
import { COMPONENTS_ID, extensionKeywords, OPENAPI_ANNOTATIONS, retargetRefs } from "./schema-ids.js";
import { fieldIssues, type FieldIssue } from "./schema-issues.js";
import { readWireFormat, toWireSchema, WIRE_NOTE, type JsonSchema } from "./wire-format.js";

// ajv-formats ships CommonJS; under ESM its function sits on `default`.
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? (addFormatsModule as unknown as FormatsPlugin);

/** One field a value got wrong: where in the value (a JSON pointer), which rule, and what the spec allows there. */
export type ValidationProblem = FieldIssue;

export type ValidationMode = "strict" | "wire";


interface BundledDocument {
  [key: string]: unknown;
  components?: { schemas?: Record<string, JsonSchema> };
}

/**
 * Validates values against the schemas of one bundled OpenAPI 3.1 document with
 * ajv (JSON Schema 2020-12). In `wire` mode every schema is first widened by the
 * document's `x-wire-format` rule, so it accepts what the service really sends.
 */
export class SchemaValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    document: BundledDocument,
    readonly mode: ValidationMode = "strict",
  ) {
    const wire = mode === "wire" ? readWireFormat(document) : undefined;
    if (mode === "wire" && !wire) throw new Error("wire mode needs the document's x-wire-format declaration");
    this.widen = wire ? (schema) => toWireSchema(schema, wire, { notes: true }) : (schema) => schema;
    // `verbose` hands each error its parentSchema, where the wire alternatives' notes are (runtime/schema-issues.ts).
    this.ajv = new Ajv2020({ strict: true, allErrors: true, strictRequired: false, allowUnionTypes: true, verbose: wire !== undefined, code: { regExp: guardedRegExp } });
    addFormats(this.ajv);
    this.ajv.addVocabulary([...new Set([...OPENAPI_ANNOTATIONS, ...extensionKeywords(document), ...(wire ? [WIRE_NOTE] : [])])]);
    const schemas = document.components?.schemas ?? {};
    const defs = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, this.prepare(schema)]));
    this.ajv.addSchema({ $id: COMPONENTS_ID, $defs: defs });
  }

  private readonly widen: (schema: JsonSchema) => JsonSchema;

  /**
   * Validates `value` against `schema`, a schema taken from the same document:
   * one problem per field, `rootName` naming the value itself in the messages.
   */
  validate(schema: JsonSchema, value: unknown, rootName = "the value"): ValidationProblem[] {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(this.prepare(schema) as object);
      this.compiled.set(key, validate);
    }
    return validate(value) ? [] : fieldIssues(validate.errors ?? [], rootName);
  }

  private prepare(schema: JsonSchema): JsonSchema {
    return this.widen(retargetRefs(schema) as JsonSchema);
  }
}

/**
 * `pattern` as ajv runs it, with bounded work (runtime/safe-regex.ts): a value
 * the guard does not decide (longer than PATTERN_LIMITS.maxInputLength, or a
 * pattern RE2 cannot run that ran out of time) fails the pattern, so it is an
 * issue of that field rather than a hang or an exception out of the validator.
 */
const guardedRegExp = Object.assign(
  (pattern: string, flags: string) => {
    const guarded = guardedPattern(pattern, { unicode: flags.includes("u") });
    return {
      test: (value: string): boolean => guarded.test(value) === true,
      toString: () => `/${pattern}/${flags}`,
    };
  },
  { code: "guardedRegExp" },
);
