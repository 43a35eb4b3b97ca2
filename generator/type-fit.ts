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
// - a schema a discriminator maps to, or that extends a discriminated one, gets
//   the discriminator property, required, typed as the mapping's value(s) or
//   its own name; an allOf member's type omits that property (`Omit<…>`), so a
//   composition nothing re-tags has none (see discriminatorTypes);
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
import { escapePointerSegment, unescapePointerSegment } from "../runtime/json-pointer.js";
import { typesOf } from "./schema-reading.js";

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

/** A pointer as openapi-typescript's `createRef` writes one for a walk's path. */
function pointerOf(path: readonly string[]): string {
  return `#${path.map((segment) => `/${escapePointerSegment(segment)}`).join("")}`;
}

/**
 * The schemas openapi-typescript gives a fixed discriminator value, and which:
 * its `scanDiscriminators` and `createDiscriminatorProperty` (7.x) read without
 * changing the document, in the same order, since which schema gets which value
 * depends on it.
 * - A schema with a `discriminator` and a `oneOf`: each branch `$ref` and each
 *   mapping target (by its exact text) that resolves to an allOf or an object
 *   schema gets the mapping keys that name it, else the last segment of its ref.
 * - A schema whose allOf holds a `$ref` to a discriminated one (while every
 *   `$ref` before it is, too) inherits that discriminator; it gets the mapping
 *   keys whose value is its own pointer. One whose allOf holds an inline part
 *   with a `discriminator` takes that one (Microsoft Graph's every entity).
 * - A schema left with an inherited discriminator and no value, that has an
 *   allOf or anyOf and no discriminator of its own, gets the mapping key whose
 *   target ends in its name, else its name.
 */
export function discriminatorTags(document: OpenApiDocument): Map<Schema, DiscriminatorTag> {
  return discriminatorTypes(document).tags;
}

/**
 * `tags` (see discriminatorTags), and `omits`: the discriminator property
 * openapi-typescript leaves out of an allOf member's type (`Omit<Member,
 * "petType">`), a `$ref` to a schema a discriminator applies to or an inline
 * part with its own. Where no tag puts it back, the composed type has no such
 * property, and a value that holds it is refused (Microsoft Graph's
 * offerShiftRequest, whose JSON Schema requires `@odata.type`).
 */
export function discriminatorTypes(document: OpenApiDocument): { tags: Map<Schema, DiscriminatorTag>; omits: (member: unknown) => string | undefined } {
  const tags = new Map<Schema, DiscriminatorTag>();
  /** Discriminators by the pointer of the schema they apply to (openapi-typescript's `objects`). */
  const objects = new Map<string, Schema>();
  /** Pointers of schemas given their values from a mapping (its `refsHandled`). */
  const handled = new Set<string>();
  const target = (ref: string): Schema | undefined => (ref.startsWith("#/") ? resolve(document, { $ref: ref }) : undefined);
  const tag = (schema: Schema | undefined, property: string, values: string[]): boolean => {
    if (!schema || !(Array.isArray(schema.allOf) || schema.type === "object")) return false;
    // openapi-typescript adds one more allOf part (or replaces the property) each time; the first set holds here.
    if (!tags.has(schema)) tags.set(schema, { property, values });
    return true;
  };
  // Every node, parents first, in the document's key order; one path array, so a 20 MB spec allocates no copies.
  const path: string[] = [];
  const walk = (node: unknown, visit: (record: Schema, path: string[]) => void) => {
    if (!node || typeof node !== "object") return;
    if (!Array.isArray(node)) visit(node as Schema, path);
    for (const [key, value] of Object.entries(node)) {
      if (!value || typeof value !== "object") continue;
      path.push(key);
      walk(value, visit);
      path.pop();
    }
  };
  walk(document, (record, path) => {
    const discriminator = record.discriminator;
    if (!discriminator || typeof discriminator !== "object" || !discriminator.propertyName) return;
    objects.set(pointerOf(path), discriminator);
    if (!Array.isArray(record.oneOf)) return;
    const byRef = new Map<string, { inferred?: string; defined?: string[] }>();
    for (const branch of record.oneOf as unknown[]) {
      const ref = isObject(branch) ? branch.$ref : undefined;
      if (typeof ref !== "string") continue;
      const inferred = ref.split("/").pop();
      if (inferred) byRef.set(ref, { ...byRef.get(ref), inferred });
    }
    const mapping = isObject(discriminator.mapping) ? (discriminator.mapping as Record<string, unknown>) : {};
    for (const [key, ref] of Object.entries(mapping)) {
      if (typeof ref !== "string" || ref === "") continue;
      let entry = byRef.get(ref);
      if (!entry?.defined) byRef.set(ref, (entry = { defined: [] }));
      entry.defined!.push(key);
    }
    for (const [ref, { inferred, defined }] of byRef) {
      if (handled.has(ref) || (!inferred && !defined)) continue;
      if (tag(target(ref), String(discriminator.propertyName), defined ?? [inferred!])) handled.add(ref);
    }
  });
  walk(document, (record, path) => {
    if (!Array.isArray(record.allOf)) return;
    for (const member of record.allOf as unknown[]) {
      if (!isObject(member)) continue;
      if ("$ref" in member) {
        const inherited = objects.get(String(member.$ref));
        // openapi-typescript stops at the first $ref to a schema with no discriminator.
        if (!inherited) return;
        const own = pointerOf(path);
        const mapping = isObject(inherited.mapping) ? (inherited.mapping as Record<string, unknown>) : {};
        const values = Object.keys(mapping).filter((key) => mapping[key] === own);
        if (values.length > 0 && tag(target(own), String(inherited.propertyName), values)) handled.add(own);
        objects.set(own, { ...inherited });
      } else if (isObject(member.discriminator) && member.discriminator.propertyName) {
        objects.set(pointerOf(path), { ...member.discriminator });
      }
    }
  });
  for (const [own, discriminator] of objects) {
    if (handled.has(own)) continue;
    const schema = target(own);
    if (!schema || schema.discriminator || !(Array.isArray(schema.allOf) || Array.isArray(schema.anyOf))) continue;
    const name = unescapePointerSegment(own.slice(own.lastIndexOf("/") + 1));
    const mapping = isObject(discriminator.mapping) ? (discriminator.mapping as Record<string, unknown>) : {};
    const key = Object.keys(mapping).find((candidate) => {
      const ref = mapping[candidate];
      if (typeof ref !== "string") return false;
      return ref.startsWith("#") ? unescapePointerSegment(ref.slice(ref.lastIndexOf("/") + 1)) === name : ref === name;
    });
    if (!tags.has(schema)) tags.set(schema, { property: String(discriminator.propertyName), values: [key ?? name] });
  }
  const omits = (member: unknown): string | undefined => {
    if (!isObject(member)) return undefined;
    const discriminator = "$ref" in member ? objects.get(String(member.$ref)) : member.discriminator;
    return isObject(discriminator) && discriminator.propertyName ? String(discriminator.propertyName) : undefined;
  };
  return { tags, omits };
}

function isObject(value: unknown): value is Schema {
  return value !== null && typeof value === "object" && !Array.isArray(value);
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
  private readonly omits: (member: unknown) => string | undefined;

  constructor(
    private readonly document: OpenApiDocument,
    private readonly valid: (schema: Schema, value: unknown) => boolean,
  ) {
    ({ tags: this.tags, omits: this.omits } = discriminatorTypes(document));
  }

  /**
   * `siblings`: the other schemas the value's type is intersected with (a property declared by two allOf members, or
   * beside an index signature): a key one of them declares is no excess property, whichever declares it.
   */
  misfit(schema: unknown, value: unknown, where = "", depth = 0, siblings: readonly Schema[] = []): string | undefined {
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
      const excess = this.excessForNarrowed(resolved, branches, record, depth);
      if (excess) return `${where}/${excess.key} is not a property of the branches its ${excess.by} picks (TypeScript narrows the union by it)`;
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
    const parts = this.objectType(resolved);
    if (!parts) return undefined;
    for (const name of parts.defaulted) {
      if (!Object.hasOwn(record, name)) return `${where}/${name} is missing (it has a default, so openapi-typescript's type requires it)`;
    }
    for (const [key, entry] of Object.entries(record)) {
      // The tag's value was checked above; the type holds the property whatever its members omit.
      if (tag && key === tag.property) continue;
      const declared = parts.properties.get(key);
      const inBranches = parts.branchProperties.get(key);
      if (!declared && !inBranches && !parts.open && !siblings.some((sibling) => this.admits(sibling, key, depth)))
        return `${where}/${key} is not a declared property (openapi-typescript's type is closed)`;
      for (const index of parts.indexSchemas) {
        if (declared && !this.valid(index, entry)) return `${where}/${key} does not match the additionalProperties schema (openapi-typescript intersects the two)`;
      }
      // Declared in the schema or its allOf members, and the index signature: the types intersect, every one must hold the
      // value, and none closes it to the keys another declares (Mailchimp's Facebook ad, whose two allOf members each give
      // `report_summary` properties of their own).
      const intersected = [...(declared ?? []), ...parts.indexSchemas];
      // What the siblings say of the same key intersects too, at every depth below.
      const alongside = [...intersected, ...siblings.flatMap((sibling) => this.declarations(sibling, key))];
      for (const candidate of intersected) {
        const problem = this.misfit(candidate, entry, `${where}/${key}`, depth + 1, alongside.length > 1 ? alongside.filter((other) => other !== candidate) : []);
        if (problem) return problem;
      }
      if (!declared && inBranches) {
        // TypeScript checks a property of a union's object literal against the branches that declare it, even where
        // JSON Schema let the value through another branch that does not (an open one), so validity is asked here too.
        // One branch that holds it is enough: the rest are not asked (Mailchimp's 41 segment conditions each declare
        // all four properties of every condition).
        let first: string | undefined;
        for (const candidate of inBranches) {
          const problem = this.valid(candidate, entry)
            ? this.misfit(candidate, entry, `${where}/${key}`, depth + 1)
            : `${where}/${key} is valid against no branch that declares it (TypeScript checks it against those)`;
          if (problem === undefined) {
            first = undefined;
            break;
          }
          first ??= problem;
        }
        if (first !== undefined) return first;
      }
    }
    return undefined;
  }

  /**
   * TypeScript narrows a union an object literal is checked against by its literal-typed properties (Mist's device
   * models: `type: "gateway"` picks the gateway branch) and then checks excess properties against what is left: the first
   * key none of those branches, nor the schema around the union, has room for. Branches that do not declare the
   * property stay in, as do those that type it more widely, so this refuses only what tsc refuses.
   */
  private excessForNarrowed(schema: Schema, branches: readonly unknown[], record: Record<string, unknown>, depth: number): { key: string; by: string } | undefined {
    const resolved = branches.map((branch) => resolve(this.document, branch));
    for (const [by, value] of Object.entries(record)) {
      if (value === null || typeof value === "object") continue;
      const literal = (branch: Schema | undefined) => {
        const declared = branch && isObject(branch.properties) ? resolve(this.document, branch.properties[by]) : undefined;
        return declared && (Array.isArray(declared.enum) ? declared.enum : "const" in declared ? [declared.const] : undefined);
      };
      if (!resolved.some((branch) => literal(branch) !== undefined)) continue;
      const narrowed = resolved.filter((branch) => {
        const options = literal(branch);
        return options === undefined || options.some((option: unknown) => option === value);
      });
      if (narrowed.length === resolved.length || narrowed.length === 0) continue;
      const { oneOf: _oneOf, anyOf: _anyOf, ...around } = schema;
      for (const key of Object.keys(record)) {
        if (narrowed.some((branch) => !branch || this.admits(branch, key, depth))) continue;
        if (Object.keys(around).length > 0 && this.admitsAround(around, key)) continue;
        return { key, by };
      }
    }
    return undefined;
  }

  /** Whether the part of a schema around its union declares `key` (itself or in an allOf member), or is open. */
  private admitsAround(around: Schema, key: string): boolean {
    const parts = this.parts(around, new Set());
    return !parts || parts.open || parts.properties.has(key);
  }

  /**
   * Whether the object type of `schema` has room for `key`: it declares it (itself, in a member or a branch) or is open.
   * A schema that is no object type has none: intersected with one (`X & unknown` is X) it adds no key (Zuora's payment
   * method, whose custom-fields part is `{ [key: string]: unknown }` and leaves `gatewayOptions` closed).
   */
  private admits(schema: Schema, key: string, depth: number): boolean {
    const resolved = resolve(this.document, schema);
    if (!resolved || depth > MAX_FIT_DEPTH) return true;
    const parts = this.objectType(resolved);
    return parts !== undefined && (parts.open || parts.properties.has(key) || parts.branchProperties.has(key));
  }

  /** The schemas the object type of `schema` gives `key` (its own and its allOf members', and its index signature's). */
  private declarations(schema: Schema, key: string): Schema[] {
    const resolved = resolve(this.document, schema);
    const parts = resolved ? this.objectType(resolved) : undefined;
    return parts ? [...(parts.properties.get(key) ?? []), ...parts.indexSchemas] : [];
  }

  private readonly objectTypes = new WeakMap<Schema, ObjectParts | null>();

  /** `parts` of a schema, made once: the same named schema is asked of again for every value that holds it. */
  private objectType(schema: Schema): ObjectParts | undefined {
    let known = this.objectTypes.get(schema);
    if (known === undefined) this.objectTypes.set(schema, (known = this.parts(schema, new Set()) ?? null));
    return known ?? undefined;
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
      const memberParts = resolved ? this.parts(resolved, visiting) : undefined;
      const omitted = memberParts && this.omits(member);
      if (omitted !== undefined) {
        memberParts!.properties.delete(omitted);
        memberParts!.defaulted.delete(omitted);
      }
      merge(memberParts, false);
    }
    const branches = unionBranches(schema);
    for (const branch of branches) {
      const resolved = resolve(this.document, branch);
      // A branch typed as no object (Mist's `Detail[] | Wired`) is never the one an object takes: it leaves the union as it is.
      if (resolved && isTypedNonObject(resolved)) continue;
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

/** Whether `schema` names its types and object is not one of them (an array, a string). */
function isTypedNonObject(schema: Schema): boolean {
  const types = typesOf(schema);
  return types.length > 0 && !types.includes("object");
}
