// What the wire carries, beside each clean type in the reference docs: a reader
// who calls the API with curl sees `"Id": "7777777"` where the schema says
// integer, and the docs say so on the property itself. The note is appended to
// the property's description, from the root's `x-wire-format`, only in schemas
// that a response reaches (requests take the documented types).
import type { OpenApiDocument } from "../bundle.js";
import { readWireFormat, type WireFormat } from "../../runtime/wire-format.js";
import { schemasOnResponses } from "../wire-view.js";
import { isJsonObject } from "../../runtime/json-object.js";

type Json = { [key: string]: any };
const SCHEMA_REF = "#/components/schemas/";

function typesOf(schema: Json): string[] {
  if (typeof schema.type === "string") return [schema.type];
  return Array.isArray(schema.type) ? schema.type.filter((type: unknown): type is string => typeof type === "string") : [];
}

/** The wire's departures for one property, as short phrases; none when it travels as documented. */
export function wireNote(target: Json, required: boolean, format: WireFormat): string | undefined {
  const types = typesOf(target);
  const phrases: string[] = [];
  if (format.scalarsAsStrings) {
    if (types.includes("integer")) phrases.push('a string of digits (`"7777777"`)');
    else if (types.includes("number")) phrases.push('a decimal string (`"5.00"`)');
    if (types.includes("boolean")) phrases.push('`"true"` or `"false"` in any case');
  }
  if (format.enumsIgnoreCase && (Array.isArray(target.enum) || "const" in target) && types.includes("string")) phrases.push("the value in another letter case");
  if (format.arraysAsCommaSeparatedStrings && types.includes("array")) phrases.push("a comma-separated string");
  if (format.emptyStringIsAbsent && !required) phrases.push('`""` or `null` when there is no value');
  if (phrases.length === 0) return undefined;
  return `On the wire also ${phrases.join(", or ")}.`;
}

/** Appends the wire note to each property of each response schema of `document`, in place; a document without `x-wire-format` is left as it is. */
export function addWireNotes(document: OpenApiDocument): void {
  const format = readWireFormat(document);
  if (!format) return;
  const schemas: Json = isJsonObject((document as Json).components?.schemas) ? (document as Json).components.schemas : {};
  const resolve = (node: Json): Json => {
    let current = node;
    for (let hops = 0; hops < 32 && typeof current.$ref === "string" && current.$ref.startsWith(SCHEMA_REF); hops++) {
      const next = schemas[current.$ref.slice(SCHEMA_REF.length)];
      if (!isJsonObject(next)) break;
      current = next;
    }
    return current;
  };
  const seen = new Set<Json>();
  const annotate = (schema: unknown, depth: number): void => {
    // Inline nesting only (components are visited by name); bounded like the spec's nesting (limits.ts).
    if (!isJsonObject(schema) || seen.has(schema) || depth > 64) return;
    seen.add(schema);
    for (const part of ["allOf", "anyOf", "oneOf"]) if (Array.isArray(schema[part])) for (const entry of schema[part]) if (isJsonObject(entry) && !entry.$ref) annotate(entry, depth + 1);
    if (isJsonObject(schema.items) && !schema.items.$ref) annotate(schema.items, depth + 1);
    if (!isJsonObject(schema.properties)) return;
    const required = new Set(Array.isArray(schema.required) ? schema.required : []);
    for (const [name, property] of Object.entries(schema.properties)) {
      if (!isJsonObject(property)) continue;
      const target = resolve(property);
      const note = wireNote(target, required.has(name), format);
      if (note !== undefined) {
        const description = typeof property.description === "string" ? property.description : typeof target.description === "string" ? target.description : "";
        property.description = description ? `${description.trimEnd()}\n\n${note}` : note;
      }
      if (!property.$ref) annotate(property, depth + 1);
    }
  };
  for (const name of [...schemasOnResponses(document)].sort()) annotate(schemas[name], 0);
}
