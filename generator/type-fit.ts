// What openapi-typescript's types accept, where that is narrower than JSON Schema.
// A fixture must be valid against its schema and also type-check against the
// generated types; these are the known places where the two differ:
// - an object's properties are closed: a key the schema does not declare is an
//   excess property to TypeScript, though JSON Schema allows it;
// - `type: object` with nothing else is `Record<string, never>`: only `{}`;
// - properties next to an `additionalProperties` schema become
//   `{ ... } & { [key: string]: T }`: every property must also be a T;
// - a schema a discriminator maps to gets the discriminator property, required,
//   typed as the mapping's value(s).
import type { OpenApiDocument } from "./bundle.js";
import { resolveRef } from "./model.js";

type Schema = Record<string, any>;

export interface DiscriminatorTag {
  property: string;
  values: string[];
}

function resolve(document: OpenApiDocument, schema: unknown): Schema | undefined {
  if (!schema || typeof schema !== "object") return undefined;
  try {
    return resolveRef<Schema>(document, schema);
  } catch {
    return undefined;
  }
}

function refName(ref: unknown): string | undefined {
  return typeof ref === "string" ? decodeURIComponent(ref.slice(ref.lastIndexOf("/") + 1)).replace(/~1/g, "/").replace(/~0/g, "~") : undefined;
}

/** Every schema with a discriminator, wherever it sits in the document. */
function schemasWithDiscriminator(document: OpenApiDocument): Schema[] {
  const found: Schema[] = [];
  const seen = new Set<object>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    const record = node as Schema;
    if (record.discriminator && typeof record.discriminator === "object" && typeof record.discriminator.propertyName === "string") found.push(record);
    for (const [key, value] of Object.entries(record)) if (key !== "example" && key !== "examples") visit(value);
  };
  visit(document.components);
  visit(document.paths);
  return found;
}

/**
 * The schemas openapi-typescript gives a fixed discriminator value: the targets of
 * a `mapping` (a reference or a bare schema name), the `oneOf`/`anyOf` branches
 * named by reference, and the schemas that extend a discriminated schema through
 * `allOf` (they get their mapping key, or their own name).
 */
export function discriminatorTags(document: OpenApiDocument): Map<Schema, DiscriminatorTag> {
  const tags = new Map<Schema, DiscriminatorTag>();
  const add = (target: Schema | undefined, property: string, value: string) => {
    if (!target) return;
    const tag = tags.get(target);
    if (!tag) tags.set(target, { property, values: [value] });
    else if (tag.property === property && !tag.values.includes(value)) tag.values.push(value);
  };
  const bases = new Map<Schema, { property: string; keyOf: Map<string, string> }>();
  for (const schema of schemasWithDiscriminator(document)) {
    const property: string = schema.discriminator.propertyName;
    const mapping = (schema.discriminator.mapping ?? {}) as Record<string, unknown>;
    const keyOf = new Map<string, string>();
    for (const [key, target] of Object.entries(mapping)) {
      const ref = typeof target === "string" && !target.includes("/") ? `#/components/schemas/${target}` : target;
      const name = refName(ref);
      if (name !== undefined) keyOf.set(name, key);
      if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)) add(resolve(document, { $ref: ref }), property, key);
    }
    for (const branch of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])] as Schema[]) {
      const name = refName(branch?.$ref);
      if (name !== undefined && !keyOf.has(name)) add(resolve(document, branch), property, name);
    }
    bases.set(schema, { property, keyOf });
  }
  for (const [name, raw] of Object.entries((document.components?.schemas ?? {}) as Record<string, Schema>)) {
    if (!raw || typeof raw !== "object" || !Array.isArray(raw.allOf)) continue;
    for (const member of raw.allOf as Schema[]) {
      const base = bases.get(resolve(document, member) as Schema);
      if (base && typeof member?.$ref === "string") add(raw, base.property, base.keyOf.get(name) ?? name);
    }
  }
  return tags;
}

interface ObjectParts {
  /** Declared property names and their schemas. */
  properties: Map<string, Schema[]>;
  /** Whether keys beyond the declared ones are allowed. */
  open: boolean;
  /** An `additionalProperties` schema every property must also satisfy. */
  indexSchemas: Schema[];
}

const MAX_FIT_DEPTH = 64;
/** The index type of `Record<string, never>`: no value fits it. */
const NEVER: Schema = { not: {} };

/** Finds where `value` does not fit the type openapi-typescript makes of `schema`; undefined when it fits. */
export class TypeFit {
  private readonly tags: Map<Schema, DiscriminatorTag>;

  constructor(
    private readonly document: OpenApiDocument,
    private readonly valid: (schema: Schema, value: unknown) => boolean,
  ) {
    this.tags = discriminatorTags(document);
  }

  misfit(schema: unknown, value: unknown, where = "", depth = 0): string | undefined {
    const resolved = resolve(this.document, schema);
    if (!resolved || depth > MAX_FIT_DEPTH) return undefined;
    // Without `type`, JSON Schema lets any value through `properties` or `items`; openapi-typescript types them as an object or an array.
    if (resolved.type === undefined && !resolved.allOf && !resolved.oneOf && !resolved.anyOf && !resolved.enum && !("const" in resolved)) {
      const isObject = value !== null && typeof value === "object" && !Array.isArray(value);
      if ((resolved.properties || resolved.additionalProperties) && !isObject) return `${where || "/"} must be an object (openapi-typescript types the schema as one)`;
      if (resolved.items && !resolved.properties && !Array.isArray(value)) return `${where || "/"} must be an array (openapi-typescript types the schema as one)`;
    }
    if (Array.isArray(value)) {
      const items = resolved.items;
      if (!items || typeof items !== "object") return undefined;
      for (let index = 0; index < value.length; index += 1) {
        const problem = this.misfit(items, value[index], `${where}/${index}`, depth + 1);
        if (problem) return problem;
      }
      return undefined;
    }
    if (!value || typeof value !== "object") return undefined;
    const record = value as Record<string, unknown>;
    const tag = this.tags.get(resolved);
    if (tag && !tag.values.includes(record[tag.property] as string)) {
      return `${where}/${tag.property} must be ${tag.values.map((entry) => JSON.stringify(entry)).join(" or ")} (the discriminator value openapi-typescript types it as)`;
    }
    const parts = this.parts(resolved, new Set());
    if (!parts) return undefined;
    for (const [key, entry] of Object.entries(record)) {
      const declared = parts.properties.get(key);
      if (!declared && !parts.open) return `${where}/${key} is not a declared property (openapi-typescript's type is closed)`;
      for (const index of parts.indexSchemas) {
        if (index === NEVER) return `${where}/${key} cannot be held by openapi-typescript's type (an intersection with Record<string, never>)`;
        if (!this.valid(index, entry)) return `${where}/${key} does not match the additionalProperties schema (openapi-typescript intersects the two)`;
      }
      const candidates = declared ?? parts.indexSchemas.filter((index) => index !== NEVER);
      if (candidates.length === 0) continue;
      const problems = candidates.map((candidate) => this.misfit(candidate, entry, `${where}/${key}`, depth + 1));
      if (problems.every((problem) => problem !== undefined)) return problems[0];
    }
    return undefined;
  }

  /** The object type openapi-typescript makes of `schema`, merged over allOf and (as a union) oneOf/anyOf; undefined if it is not an object type. */
  private parts(schema: Schema, visiting: Set<Schema>): ObjectParts | undefined {
    if (visiting.has(schema)) return { properties: new Map(), open: true, indexSchemas: [] };
    visiting.add(schema);
    const parts: ObjectParts = { properties: new Map(), open: false, indexSchemas: [] };
    let objectLike = false;
    const merge = (other: ObjectParts | undefined, union: boolean) => {
      if (!other) {
        // A member that is no object type (unknown, a string) leaves the whole open.
        parts.open = true;
        return;
      }
      objectLike = true;
      for (const [key, list] of other.properties) parts.properties.set(key, [...(parts.properties.get(key) ?? []), ...list]);
      parts.open ||= other.open;
      if (!union) parts.indexSchemas.push(...other.indexSchemas);
    };
    const properties = schema.properties && typeof schema.properties === "object" ? (schema.properties as Record<string, Schema>) : undefined;
    if (properties) {
      objectLike = true;
      for (const [key, property] of Object.entries(properties)) parts.properties.set(key, [property]);
    }
    const additional = schema.additionalProperties;
    if (additional !== undefined && additional !== false) {
      objectLike = true;
      parts.open = true;
      const resolved = resolve(this.document, additional);
      if (resolved && Object.keys(resolved).length > 0 && properties) parts.indexSchemas.push(resolved);
    }
    if (schema.patternProperties || schema.unevaluatedProperties === true || (schema.unevaluatedProperties && typeof schema.unevaluatedProperties === "object")) parts.open = true;
    for (const member of (Array.isArray(schema.allOf) ? schema.allOf : []) as Schema[]) {
      const resolved = resolve(this.document, member);
      merge(resolved ? this.parts(resolved, visiting) : undefined, false);
    }
    const branches = [...(Array.isArray(schema.oneOf) ? schema.oneOf : []), ...(Array.isArray(schema.anyOf) ? schema.anyOf : [])] as Schema[];
    for (const branch of branches) {
      const resolved = resolve(this.document, branch);
      merge(resolved ? this.parts(resolved, visiting) : undefined, true);
    }
    visiting.delete(schema);
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const composed = Array.isArray(schema.allOf) || branches.length > 0;
    // `type: object` and nothing else: openapi-typescript's `Record<string, never>`.
    if (!objectLike && !composed && types.includes("object") && additional === undefined && !schema.patternProperties) {
      return { properties: new Map(), open: true, indexSchemas: [NEVER] };
    }
    return objectLike ? parts : undefined;
  }
}
