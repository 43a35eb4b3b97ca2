// A linted single JSON spec bundled where it lies, as Redocly's bundler would
// bundle it, where a walk can tell what the bundler would change: on a large
// spec the bundler resolves and walks every $ref again after lint has (GitHub
// Enterprise 3.8: 0.4 s of a 6.5 s run), mostly to change nothing.
import { detectSpec, getTypes, isMappingRef, normalizeTypes, unescapePointerFragment, type Config, type NormalizedNodeType, type SpecVersion } from "@redocly/openapi-core";

/**
 * What Redocly's bundler (not dereferencing) changes in a document whose every
 * $ref lint resolved, and what this does about it:
 * - a $ref into another file or a URL (or naming its own file) becomes a
 *   component: any $ref not `#` or starting `#/` sends the spec to the bundler;
 * - an Example's `externalValue` is read into its `value`: any `externalValue` does;
 * - a discriminator's `mapping` or `defaultMapping` is pointed at a component
 *   (a copy made where it points elsewhere): any but a mapping straight to a
 *   component schema, which it leaves as written;
 * - a $ref that its walker types as a plain value (GitHub's one `example:
 *   {$ref}`, one inside an extension or a security requirement) is replaced by
 *   its target, a shallow copy: done here as the bundler does it, where the
 *   $ref stands alone and its target holds no $ref; otherwise the bundler runs.
 *   Where a $ref is walked, and with which type, comes from walking the document
 *   as Redocly's walker does, with Redocly's own node types (the config's type
 *   extensions included), into each $ref's target;
 * - decorators and preprocessors the config turns on: any sends it to the bundler;
 * - a document without `components` gets an empty one: done here too.
 * Returns undefined when `document` now is what the bundler would have made of
 * it, or the first reason the bundler must run, with `document` untouched.
 * JSON only: a YAML alias puts one node at two places.
 */
export function bundleInPlace(document: unknown, config: Config, readAsJson: boolean, maxSteps = MAX_WALK_STEPS): string | undefined {
  if (!readAsJson) return "the spec is not read as JSON";
  if (!isObject(document)) return "the document is not an object";
  let version: SpecVersion;
  try {
    version = detectSpec(document);
  } catch {
    return "Redocly does not recognise its version";
  }
  if (!version.startsWith("oas3")) return `it is ${version}, not OpenAPI 3`;
  const decorating = [
    ...Object.keys(config.decorators[version] ?? {}).filter((id) => config.getDecoratorSettings(id, version).severity !== "off"),
    ...Object.keys(config.preprocessors[version] ?? {}).filter((id) => config.getPreprocessorSettings(id, version).severity !== "off"),
  ];
  if (decorating.length > 0) return `the config turns on ${decorating[0]}`;
  const types = normalizeTypes(config.extendTypes(getTypes(version), version), config) as Record<string, NormalizedNodeType>;
  const root = types.Root;
  if (!root) return "Redocly has no Root type for it";
  const walk = new TypedWalk(document, types, maxSteps);
  const reason = walk.from(root) ?? walk.inlinesSettled();
  if (reason !== undefined) return reason;
  walk.applyInlines();
  document.components ||= {};
  return undefined;
}

/**
 * A bound on the nodes walked (each once per type it is reached with, and each
 * in a target a $ref is to be replaced by). Past it
 * the answer is "walk it with the bundler", not an error: GitHub's 11 MB spec
 * takes about 0.4 million.
 */
export const MAX_WALK_STEPS = 20_000_000;

type NodeType = NormalizedNodeType & { directResolveAs?: unknown; resolvable?: boolean };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNamed(type: unknown): type is NodeType {
  return typeof (type as { name?: unknown } | undefined)?.name === "string";
}

function isRef(value: unknown): value is Record<string, unknown> & { $ref: string } {
  return isObject(value) && typeof value.$ref === "string";
}

/** The reason a $ref is the bundler's where it points out of this file (which the bundler reads, and this does not). */
function outsideTheFile(ref: string): string | undefined {
  return ref.startsWith("#/") || ref === "#" ? undefined : `a $ref to ${JSON.stringify(ref.slice(0, 80))}`;
}

/** Redocly's walk (walk.js) without its visitors: which node it reaches with which type. */
class TypedWalk {
  private readonly seen = new Map<string, Set<unknown>>();
  private readonly targets = new Map<string, unknown>();
  private readonly inlined = new Map<Record<string, unknown>, { holder: Record<string, unknown>; key: string; target: unknown }>();
  private readonly refHolders = new Map<unknown, boolean>();
  /** Nodes walked so far, the holdsRef checks' included: bounded by maxSteps. */
  private steps = 0;

  constructor(
    private readonly document: Record<string, unknown>,
    private readonly types: Record<string, NodeType>,
    private readonly maxSteps: number,
  ) {}

  from(root: NodeType): string | undefined {
    const stack: Array<{ node: unknown; type: NodeType; key: string }> = [{ node: this.document, type: root, key: "" }];
    while (stack.length > 0) {
      if (++this.steps > this.maxSteps) return `more than ${this.maxSteps} nodes to walk`;
      const { node, type, key } = stack.pop()!;
      // Each node once per type, as Redocly's walker (a $ref's target is reached with the $ref's type).
      let seenOfType = this.seen.get(type.name);
      if (!seenOfType) this.seen.set(type.name, (seenOfType = new Set()));
      if (seenOfType.has(node)) continue;
      seenOfType.add(node);
      if (isRef(node)) {
        const elsewhere = outsideTheFile(node.$ref);
        if (elsewhere) return elsewhere;
        const target = this.target(node.$ref);
        if (target === undefined) return `a $ref this walk cannot follow: ${JSON.stringify(node.$ref.slice(0, 80))} at \`${key}\``;
        stack.push({ node: target, type, key });
        // Keys written beside a $ref are walked as the type's own (walk.js: isRefWithSiblings).
        for (const sibling of Object.keys(node)) {
          const reason = sibling === "$ref" ? undefined : this.push(stack, type, node, sibling);
          if (reason) return reason;
        }
        continue;
      }
      if (Array.isArray(node)) {
        const items = type.items as unknown;
        if (items === undefined) continue;
        for (const item of node) {
          let itemType = typeof items === "function" ? (items as (value: unknown, at: string) => unknown)(item, "") : items;
          let value = item;
          if (isObject(itemType) && !isNamed(itemType) && itemType.directResolveAs) {
            if (typeof item !== "string" || !item.startsWith("#/")) return `a reference ${JSON.stringify(String(item).slice(0, 80))} in \`${key}\``;
            itemType = itemType.directResolveAs;
            value = { $ref: item };
          }
          if (isNamed(itemType)) stack.push({ node: value, type: itemType, key });
        }
        continue;
      }
      if (!isObject(node)) continue;
      if (Object.hasOwn(node, "externalValue")) return "an example's externalValue";
      if (type.name === "Discriminator") {
        const moved = this.movedMapping(node);
        if (moved) return moved;
      }
      const prefix = type.extensionsPrefix;
      for (const name of Object.keys(node)) {
        if (!type.additionalProperties && !Object.hasOwn(type.properties, name) && !(prefix !== undefined && name.startsWith(prefix))) continue;
        const reason = this.push(stack, type, node, name);
        if (reason) return reason;
      }
    }
    return undefined;
  }

  /** walk.js's walkProp: the type a property is walked with, or none. */
  private push(stack: Array<{ node: unknown; type: NodeType; key: string }>, type: NodeType, holder: Record<string, unknown>, name: string): string | undefined {
    let value = holder[name];
    if (value === undefined) return undefined;
    let propertyType: unknown = Object.hasOwn(type.properties, name) ? type.properties[name] : undefined;
    const extension = type.extensionsPrefix !== undefined && name.startsWith(type.extensionsPrefix);
    if (propertyType === undefined && !extension) propertyType = type.additionalProperties;
    if (typeof propertyType === "function") propertyType = (propertyType as (value: unknown, key: string) => unknown)(value, name);
    if (extension && !isNamed(propertyType)) propertyType = this.types.SpecExtension;
    if (!isNamed(propertyType) && isObject(propertyType) && propertyType.directResolveAs) {
      if (typeof value !== "string" || !value.startsWith("#/")) return `a reference ${JSON.stringify(String(value).slice(0, 80))} at \`${name}\``;
      propertyType = propertyType.directResolveAs;
      value = { $ref: value };
    }
    if (isObject(propertyType) && !isNamed(propertyType) && propertyType.resolvable !== false) {
      return isRef(value) ? this.inline(holder, name, value) : undefined;
    }
    if (!isNamed(propertyType)) return undefined;
    stack.push({ node: value, type: propertyType, key: name });
    return undefined;
  }

  /**
   * Notes a $ref walked as a plain value, which the bundler replaces by its
   * target (ref-utils.js replaceRef: an object target copied into the $ref's
   * object, shallowly; anything else put in its place). Only a lone $ref to a
   * target with no $ref in it: then no order of replacing can matter.
   */
  private inline(holder: Record<string, unknown>, key: string, ref: Record<string, unknown> & { $ref: string }): string | undefined {
    if (this.inlined.has(ref)) return undefined;
    const plainly = `a $ref at \`${key}\`, which Redocly walks as a plain value`;
    if (Object.keys(ref).length !== 1) return `${plainly}, with keys beside it`;
    const elsewhere = outsideTheFile(ref.$ref);
    if (elsewhere) return elsewhere;
    const target = this.target(ref.$ref);
    // A `__proto__` key Object.assign would take for the prototype: that copy is the bundler's to make.
    if (target === undefined || (isObject(target) && Object.hasOwn(target, "__proto__")) || this.holdsRef(target)) return `${plainly}, to a target this does not copy`;
    this.inlined.set(ref, { holder, key, target });
    return undefined;
  }

  /** Whether a $ref is anywhere in `value`; its nodes count against the walk's bound, so many $refs to one large target cannot multiply it. */
  private holdsRef(value: unknown): boolean {
    const known = this.refHolders.get(value);
    if (known !== undefined) return known;
    const stack = [value];
    let holds = false;
    while (stack.length > 0 && !holds) {
      if (++this.steps > this.maxSteps) return true;
      const node = stack.pop();
      if (Array.isArray(node)) {
        for (const item of node) stack.push(item);
      } else if (isObject(node)) {
        holds = Object.hasOwn(node, "$ref");
        for (const key of Object.keys(node)) stack.push(node[key]);
      }
    }
    this.refHolders.set(value, holds);
    return holds;
  }

  /** A reason where a $ref elsewhere points at one to be replaced (what it then reaches depends on the walk's order). */
  inlinesSettled(): string | undefined {
    if (this.inlined.size === 0) return undefined;
    for (const target of this.targets.values()) {
      if (isObject(target) && this.inlined.has(target)) return "a $ref to a $ref the bundler replaces";
    }
    return undefined;
  }

  applyInlines(): void {
    for (const [ref, { holder, key, target }] of this.inlined) {
      if (!isObject(target)) {
        holder[key] = target;
        continue;
      }
      delete ref.$ref;
      Object.assign(ref, { ...target });
    }
  }

  /**
   * The bundler points each mapping that names a place (isMappingRef) at a
   * component: one written `#/components/schemas/Name`, to a schema that is not
   * itself a $ref, it leaves as it is; anything else may be copied or renamed.
   */
  private movedMapping(discriminator: Record<string, unknown>): string | undefined {
    if (Object.hasOwn(discriminator, "defaultMapping")) return "a discriminator's defaultMapping";
    const mapping = discriminator.mapping;
    if (!isObject(mapping)) return undefined;
    for (const value of Object.values(mapping)) {
      if (typeof value !== "string" || !isMappingRef(value)) continue;
      const name = /^#\/components\/schemas\/([^/~%]+)$/.exec(value)?.[1];
      const schemas = (this.document.components as { schemas?: unknown } | undefined)?.schemas;
      const target = name !== undefined && isObject(schemas) && Object.hasOwn(schemas, name) ? schemas[name] : undefined;
      if (!isObject(target) || Object.hasOwn(target, "$ref")) return `a discriminator mapping to ${JSON.stringify(value.slice(0, 80))}`;
    }
    return undefined;
  }

  /** The node a local $ref points at, read as Redocly's resolver reads it (resolve.js followRef); undefined where this does not find one. */
  private target(ref: string): unknown {
    if (this.targets.has(ref)) return this.targets.get(ref);
    // ref-utils.js parseRef: what follows the first `#/`, split at `/`, each part unescaped, empty parts dropped.
    const segments = (ref.split("#/")[1] ?? "").split("/").map(unescapePointerFragment).filter(Boolean);
    let node: unknown = this.document;
    for (const key of segments) {
      // An array by a plain index only (Redocly reads `+key`: `01` too), an object by its own keys only (Redocly's
      // resolver takes inherited ones), never through a $ref (it would follow it): the rest is the bundler's.
      const present = Array.isArray(node) ? /^(0|[1-9]\d*)$/.test(key) && Number(key) < node.length : isObject(node) && !isRef(node) && Object.hasOwn(node, key);
      if (!present) {
        node = undefined;
        break;
      }
      node = (node as Record<string, unknown>)[key];
    }
    this.targets.set(ref, node);
    return node;
  }
}
