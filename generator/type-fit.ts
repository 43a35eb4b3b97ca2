// What openapi-typescript's types accept, where that is narrower than JSON Schema.
// A fixture must be valid against its schema and also type-check against the
// generated types; these are the known places where the two differ:
// - an object's properties are closed: a key the schema does not declare is an
//   excess property to TypeScript, though JSON Schema allows it;
// - `type: object` with nothing else is `Record<string, unknown>` (our one
//   option away from openapi-typescript's defaults, see emit-types.ts): any
//   object fits, and it leaves the allOf it is part of open;
// - properties next to an `additionalProperties` schema become
//   `{ ... } & { [key: string]: T }`: every property must also be a T;
// - a schema a discriminator maps to gets the discriminator property, required,
//   typed as the mapping's value(s);
// - a property with a `default` is required (openapi-typescript's
//   `defaultNonNullable`, on by default);
// - a oneOf or anyOf is a union: where every branch carries a discriminator
//   value, the value must carry one of them (GitHub's `GET /user` examples,
//   which leave `user_view_type` out, fit neither branch); an array under a
//   union must fit one branch's array type; properties any branch declares are
//   not excess (TypeScript checks excess properties against the whole union),
//   but such a property's value must be valid against a branch that declares
//   it, even where JSON Schema let the object through another, open branch
//   (GitHub's environment protection rules: a reviewer team without `type`).
// Whether this list is complete is tsc's to say: the tests and `npm run corpus`
// type-check every fixture as a literal (test/support/fixture-literals.ts); on
// GitHub's spec that found 7 fixtures tsc refused, which this file now refuses.
import type { OpenApiDocument } from "./bundle.js";
import { resolveRef } from "./model.js";
import { unescapePointerSegment } from "../runtime/json-pointer.js";

type Schema = Record<string, any>;

export interface DiscriminatorTag {
  property: string;
  values: string[];
}

function resolve(document: OpenApiDocument, schema: unknown): Schema | undefined {
  if (!schema || typeof schema !== "object") return undefined;
  try {
    const resolved = resolveRef<unknown>(document, schema);
    return resolved && typeof resolved === "object" && !Array.isArray(resolved) ? (resolved as Schema) : undefined;
  } catch {
    return undefined;
  }
}

/** The branches of a schema's oneOf and anyOf: openapi-typescript makes one union of them. */
function unionBranches(schema: Schema): Schema[] {
  return [...(Array.isArray(schema.oneOf) ? schema.oneOf : []), ...(Array.isArray(schema.anyOf) ? schema.anyOf : [])];
}

function refName(ref: unknown): string | undefined {
  return typeof ref === "string" ? unescapePointerSegment(decodeURIComponent(ref.slice(ref.lastIndexOf("/") + 1))) : undefined;
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
  /** Declared property names and their schemas: in the schema itself or an allOf member, so every one applies. */
  properties: Map<string, Schema[]>;
  /** Property names declared in oneOf/anyOf branches: one of their schemas applies. */
  branchProperties: Map<string, Schema[]>;
  /** Whether keys beyond the declared ones are allowed. */
  open: boolean;
  /** An `additionalProperties` schema every property must also satisfy. */
  indexSchemas: Schema[];
  /** Properties openapi-typescript makes required because they have a `default`. */
  defaulted: Set<string>;
}

const MAX_FIT_DEPTH = 64;
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
    const branches = unionBranches(resolved);
    if (branches.length > 0 && Array.isArray(value)) {
      // An array under a union: one branch's array type must hold it all.
      let first: string | undefined;
      for (const branch of branches) {
        const problem = this.misfit(branch, value, where, depth + 1);
        if (problem === undefined) return undefined;
        first ??= problem;
      }
      return first;
    }
    if (branches.length > 0 && value !== null && typeof value === "object") {
      // Where every branch carries a discriminator value, the value must carry one of them.
      const tags = branches.map((branch) => {
        const target = resolve(this.document, branch);
        return target && this.tags.get(target);
      });
      const record = value as Record<string, unknown>;
      if (tags.every((tag) => tag !== undefined) && !tags.some((tag) => tag!.values.includes(record[tag!.property] as string))) {
        const { property } = tags[0]!;
        const values = [...new Set(tags.flatMap((tag) => (tag!.property === property ? tag!.values : [])))];
        return `${where}/${property} must be ${values.map((entry) => JSON.stringify(entry)).join(" or ")} (the discriminator values openapi-typescript types the branches with)`;
      }
    }
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
    for (const name of parts.defaulted) {
      if (!Object.hasOwn(record, name)) return `${where}/${name} is missing (it has a default, so openapi-typescript's type requires it)`;
    }
    for (const [key, entry] of Object.entries(record)) {
      const declared = parts.properties.get(key);
      const inBranches = parts.branchProperties.get(key);
      if (!declared && !inBranches && !parts.open) return `${where}/${key} is not a declared property (openapi-typescript's type is closed)`;
      for (const index of parts.indexSchemas) {
        if (declared && !this.valid(index, entry)) return `${where}/${key} does not match the additionalProperties schema (openapi-typescript intersects the two)`;
      }
      // Declared in the schema or its allOf members, and the index signature: the types intersect, every one must hold the value.
      for (const candidate of [...(declared ?? []), ...parts.indexSchemas]) {
        const problem = this.misfit(candidate, entry, `${where}/${key}`, depth + 1);
        if (problem) return problem;
      }
      if (!declared && inBranches) {
        // TypeScript checks a property of a union's object literal against the branches that declare it, even where
        // JSON Schema let the value through another branch that does not (an open one), so validity is asked here too.
        const problems = inBranches.map((candidate) =>
          this.valid(candidate, entry)
            ? this.misfit(candidate, entry, `${where}/${key}`, depth + 1)
            : `${where}/${key} is valid against no branch that declares it (TypeScript checks it against those)`,
        );
        if (problems.every((problem) => problem !== undefined)) return problems[0];
      }
    }
    return undefined;
  }

  /** The object type openapi-typescript makes of `schema`, merged over allOf and (as a union) oneOf/anyOf; undefined if it is not an object type. */
  private parts(schema: Schema, visiting: Set<Schema>): ObjectParts | undefined {
    if (visiting.has(schema)) return { properties: new Map(), branchProperties: new Map(), open: true, indexSchemas: [], defaulted: new Set() };
    visiting.add(schema);
    const parts: ObjectParts = { properties: new Map(), branchProperties: new Map(), open: false, indexSchemas: [], defaulted: new Set() };
    let objectLike = false;
    const merge = (other: ObjectParts | undefined, union: boolean) => {
      if (!other) {
        // A member that is no object type (unknown, a string) leaves the whole open.
        parts.open = true;
        return;
      }
      objectLike = true;
      const into = union ? parts.branchProperties : parts.properties;
      for (const [key, list] of other.properties) into.set(key, [...(into.get(key) ?? []), ...list]);
      for (const [key, list] of other.branchProperties) parts.branchProperties.set(key, [...(parts.branchProperties.get(key) ?? []), ...list]);
      parts.open ||= other.open;
      if (!union) {
        parts.indexSchemas.push(...other.indexSchemas);
        for (const name of other.defaulted) parts.defaulted.add(name);
      }
    };
    const properties = schema.properties && typeof schema.properties === "object" ? (schema.properties as Record<string, Schema>) : undefined;
    if (properties) {
      objectLike = true;
      for (const [key, property] of Object.entries(properties)) {
        parts.properties.set(key, [property]);
        if (property && typeof property === "object" && "default" in property) parts.defaulted.add(key);
      }
    }
    const additional = schema.additionalProperties;
    if (additional !== undefined && additional !== false) {
      objectLike = true;
      parts.open = true;
      const resolved = resolve(this.document, additional);
      if (resolved && Object.keys(resolved).length > 0) parts.indexSchemas.push(resolved);
    }
    if (schema.patternProperties || schema.unevaluatedProperties === true || (schema.unevaluatedProperties && typeof schema.unevaluatedProperties === "object")) parts.open = true;
    for (const member of (Array.isArray(schema.allOf) ? schema.allOf : []) as Schema[]) {
      const resolved = resolve(this.document, member);
      merge(resolved ? this.parts(resolved, visiting) : undefined, false);
    }
    const branches = unionBranches(schema);
    for (const branch of branches) {
      const resolved = resolve(this.document, branch);
      merge(resolved ? this.parts(resolved, visiting) : undefined, true);
    }
    visiting.delete(schema);
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const composed = Array.isArray(schema.allOf) || branches.length > 0;
    // `type: object` and nothing else: `Record<string, unknown>`, open to any property.
    if (!objectLike && !composed && types.includes("object") && additional === undefined && !schema.patternProperties) {
      return { properties: new Map(), branchProperties: new Map(), open: true, indexSchemas: [], defaulted: new Set() };
    }
    return objectLike ? parts : undefined;
  }
}
