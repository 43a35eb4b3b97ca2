// Request validation compiled ahead of time, for the MSW entry: ajv's standalone
// code for every parameter and body schema of one API, so a browser bundle
// carries a few kilobytes of generated checks instead of ajv itself (over 40 KiB
// gzipped). The generator writes the code (generated/<api>/request-validators.ts);
// `precompiledRequestValidator` runs it with the same rules as
// `createValidators().validateRequest`, which a test holds it to, request by request.
// ajv's settings here mirror SchemaValidator's strict mode (runtime/schema-validator.ts).
import { COMPONENTS_ID, extensionKeywords, OPENAPI_ANNOTATIONS, retargetRefs } from "../../schema-ids.js";
import { fieldIssues } from "../../schema-issues.js";
import { requestIssues } from "../request-issues.js";
import type { OperationSpec, RequestInput, ValidationIssue } from "../operation-spec.js";

type Json = Record<string, any>;
/** An ajv standalone validation function. */
export type CompiledValidator = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }> | null };

/** The key of a parameter's or a body's compiled validator. */
export function validatorKey(operationId: string, place: "path" | "query" | "body", name = ""): string {
  return `${operationId} ${place}${name ? ` ${name}` : ""}`;
}

/** `validateRequest` over compiled validators, with `createValidators`' pointers, rules and messages. */
export function precompiledRequestValidator(operations: ReadonlyMap<string, OperationSpec>, compiled: Record<string, CompiledValidator>) {
  const check = (key: string, value: unknown, prefix: string, rootName: string): ValidationIssue[] => {
    const validate = compiled[key];
    if (!validate || validate(value)) return [];
    return fieldIssues(validate.errors ?? [], rootName).map((problem) => ({ pointer: `${prefix}${problem.pointer === "/" ? "" : problem.pointer}` || "/", rule: problem.keyword, message: problem.message }));
  };
  return (operationId: string, input: RequestInput): ValidationIssue[] => {
    const operation = operations.get(operationId);
    if (!operation) throw new Error(`Unknown operation ${operationId}`);
    return requestIssues(operation, input, (value, pointer, place) => check(validatorKey(operationId, place.in, place.name), value, pointer, place.name ?? "the body"));
  };
}

// ---- generation time only (the generator calls this; the browser path never does) ----

/**
 * The source of an ES module exporting `requestValidators`: ajv's standalone code
 * for each parameter and body schema of the document's operations, keyed by
 * `validatorKey`. `ajv` is the Ajv2020 class, `standaloneCode` and `addFormats`
 * ajv's and ajv-formats' functions: passed in, so this module never imports ajv.
 */
export function requestValidatorsSource(
  document: Json,
  operations: ReadonlyMap<string, OperationSpec>,
  tools: { Ajv: new (options: object) => any; standaloneCode: (ajv: any, refs: Record<string, string>) => string; addFormats: (ajv: any) => unknown },
): string {
  const ajv = new tools.Ajv({ strict: true, allErrors: true, strictRequired: false, allowUnionTypes: true, code: { source: true, esm: true } });
  tools.addFormats(ajv);
  ajv.addVocabulary([...OPENAPI_ANNOTATIONS, ...extensionKeywords(document)]);
  ajv.addSchema({ $id: COMPONENTS_ID, $defs: retargetRefs(document.components?.schemas ?? {}) });
  const exports: Record<string, string> = {};
  const keys: Array<[string, string]> = [];
  const add = (key: string, schema: unknown) => {
    const name = `v${keys.length}`;
    ajv.addSchema({ ...(retargetRefs(schema) as Json), $id: `urn:impact-promo-api:request:${name}` });
    exports[name] = `urn:impact-promo-api:request:${name}`;
    keys.push([key, name]);
  };
  for (const operation of [...operations.values()].sort((a, b) => a.operationId.localeCompare(b.operationId))) {
    for (const parameter of operation.parameters) {
      if ((parameter.in === "path" || parameter.in === "query") && parameter.schema !== undefined) add(validatorKey(operation.operationId, parameter.in, parameter.name), parameter.schema);
    }
    if (operation.requestBody?.schema !== undefined) add(validatorKey(operation.operationId, "body"), operation.requestBody.schema);
  }
  // ajv's standalone code still `require`s its runtime helpers; an ES module imports them.
  const required = new Map<string, string>();
  const code = tools
    .standaloneCode(ajv, exports)
    .replace(/^"use strict";/, "")
    .replace(/require\("([^"]+)"\)/g, (_match, specifier: string) => {
      if (!required.has(specifier)) required.set(specifier, `required${required.size}`);
      return required.get(specifier)!;
    });
  // Node hands a CommonJS module over as `default`, bundlers as the namespace itself: take whichever holds ajv's exports.
  const imports = [...required].map(
    ([specifier, name]) => `import * as ${name}Module from ${JSON.stringify(`${specifier}.js`)};\nconst ${name} = ${name}Module.default?.__esModule ? ${name}Module.default : ${name}Module;`,
  );
  const table = `export const requestValidators = {\n${keys.map(([key, name]) => `  ${JSON.stringify(key)}: ${name},`).join("\n")}\n};\n`;
  return `${imports.join("\n")}\n${code}\n${table}`;
}

