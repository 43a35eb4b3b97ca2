// How a bundled document's schemas are registered with ajv, shared by the
// validators (runtime/schema-validator.ts) and the MSW entry's ahead-of-time
// request validators (runtime/contract/mock/precompile.ts), so both compile the
// same schemas the same way. Imports nothing: the browser path may reach it.

/** OpenAPI keywords that are not JSON Schema keywords but may sit in schemas. */
export const OPENAPI_ANNOTATIONS = ["example", "discriminator", "xml", "externalDocs"];

/** The `$id` under which a document's component schemas are registered, as `$defs`. */
export const COMPONENTS_ID = "urn:impact-promo-api:components";

/** `#/components/schemas/X` becomes a reference into the registered components schema. */
export function retargetRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(retargetRefs);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => {
      if (key === "$ref" && typeof entry === "string" && entry.startsWith("#/components/schemas/")) {
        return [key, `${COMPONENTS_ID}#/$defs/${entry.slice("#/components/schemas/".length)}`];
      }
      return [key, retargetRefs(entry)];
    }),
  );
}

/** Every `x-` key in the document: ajv's strict mode must know them as keywords. */
export function extensionKeywords(document: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      for (const [key, entry] of Object.entries(value)) {
        if (key.startsWith("x-")) found.add(key);
        visit(entry);
      }
    }
  };
  visit(document);
  return [...found].sort();
}
