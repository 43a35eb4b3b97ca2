// Which enum values the synthesized fixtures show: recorded per enum schema
// while values are made, measured against every enum in the document, and
// which enum schemas a value of a schema can reach (what further variants of a
// list could still show).
import type { OpenApiDocument } from "./bundle.js";
import { escapePointerSegment } from "../runtime/json-pointer.js";
import { holdsData, isSchemaObject, typesOf, type Direction, type Schema } from "./schema-reading.js";
import type { ShadowedBranches } from "./shadowed-branches.js";

/** Records which values of which enum schemas the synthesized fixtures contain. */
export class EnumCoverage {
  /** Per enum schema, how many times each value was recorded (see `forget`). */
  private readonly seen = new Map<Schema, Map<unknown, number>>();

  record(schema: Schema, value: unknown, times = 1): void {
    let values = this.seen.get(schema);
    if (!values) this.seen.set(schema, (values = new Map()));
    values.set(value, (values.get(value) ?? 0) + times);
  }

  /** Takes back one record of `value`: a composition made it for a part whose value the merge replaced. */
  forget(schema: Schema, value: unknown): void {
    const values = this.seen.get(schema);
    const count = values?.get(value);
    if (!values || count === undefined) return;
    if (count > 1) values.set(value, count - 1);
    else values.delete(value);
  }

  /** Whether some value of the enum `schema` has not been seen. */
  lacks(schema: Schema): boolean {
    const seen = this.seen.get(schema);
    return !seen || (schema.enum as unknown[]).some((value) => !seen.has(value));
  }

  /** Whether `other` saw an enum value this one has not. */
  addsTo(other: EnumCoverage): boolean {
    for (const [schema, values] of this.seen) {
      const known = other.seen.get(schema);
      for (const value of values.keys()) if (!known?.has(value)) return true;
    }
    return false;
  }

  /** Records everything `other` saw. */
  absorb(other: EnumCoverage): void {
    for (const [schema, values] of other.seen) for (const [value, times] of values) this.record(schema, value, times);
  }

  /**
   * Covered and total enum values over every enum schema in `document`. The
   * values `refused` where they are written (see Synthesizer.refused) are
   * reported apart: no value valid against the schema can show them.
   */
  measure(
    document: OpenApiDocument,
    refused: ReadonlyMap<Schema, ReadonlyMap<unknown, string>> = new Map(),
    reached?: () => Reached,
  ): EnumCoverageMeasure {
    let covered = 0;
    let total = 0;
    const missing: string[] = [];
    const cannot: string[] = [];
    // Worked out only when some value is in no fixture: most specs have none.
    let reachable: Reached | undefined;
    for (const { schema, pointer } of enumSchemas(document)) {
      const seen = this.seen.get(schema);
      for (const value of schema.enum as unknown[]) {
        total += 1;
        if (seen?.has(value)) covered += 1;
        else {
          const given = refused.get(schema)?.get(value);
          if (given === undefined) reachable ??= reached?.();
          const reason =
            given ??
            (!reachable
              ? undefined
              : !reachable.all.has(schema)
                ? UNREACHED
                : !reachable.typed.has(schema)
                  ? UNTYPED
                  : !reachable.requested.has(schema)
                    ? UNREQUESTED
                  : !reachable.held.has(schema)
                    ? SHADOWED
                    : reachable.shadowedValue?.(schema, value)
                      ? SHADOWED_VALUE
                    : !reachable.sent.has(schema)
                      ? ONE_WAY
                      : undefined);
          if (reason === undefined) missing.push(`${pointer}: ${JSON.stringify(value)}`);
          else cannot.push(`${pointer}: ${JSON.stringify(value)} (${reason})`);
        }
      }
    }
    return { covered, total, missing, unholdable: cannot };
  }
}

/** Why a fixture cannot hold an enum value of a schema no fixture list's schema reaches. */
const UNREACHED = "no fixture's schema reaches it: a response header, a callback or webhook, a media type other than the one fixtures use, or a component nothing uses";

/** Why a fixture cannot hold an enum value reached only through schemas whose type holds no valid value (see untypable). */
const UNTYPED =
  "every fixture's way to it passes a schema no value of openapi-typescript's type can be: it requires a property its closed type does not declare, or one its index signature's type refuses";

/** Why a fixture cannot hold an enum value reached only through requests that cannot be made. */
const UNREQUESTED =
  "every fixture's way to it is a request with a required parameter no value can be (an enum none of whose values has the type beside it), so no request of it is made";

/** Why a fixture cannot hold an enum value reached only through oneOf branches (or their properties) other branches hold every value of (see shadowed-branches.ts). */
const SHADOWED =
  "every fixture's way to it passes a oneOf branch (or a property of one) whose every value other branches also hold, so no value matches that branch alone, or a oneOf whose branches are all such, or needs a request body that is one";

/** Why a fixture cannot hold an enum value of an inline oneOf branch that every value holding it matches another branch beside (see shadowed-branches.ts). */
const SHADOWED_VALUE =
  "every value holding it matches its oneOf branch and another: that branch, narrowed to the values holding it, is one other branches hold every value of";

/** Why a fixture does not show an enum value reached only through properties its direction leaves out. */
const ONE_WAY =
  "every fixture's way to it is a readOnly property of a request or a writeOnly one of a response, which OpenAPI says the message does not carry, and fixtures leave out";

/** The schemas of one fixture list, and the one of them every fixture must hold a value of (a required request body), if any. */
export interface FixtureRoots {
  schemas: ReadonlyArray<unknown>;
  required?: unknown;
  /** The schemas of a request's required parameters, each of which every fixture must hold a value of. */
  requiredParameters?: ReadonlyArray<unknown>;
  /** Which way its fixtures travel: a request's leave out readOnly properties, a response's writeOnly ones. */
  direction: Direction;
}

/**
 * The enum schemas fixture lists' schemas reach (`all`); of those, the ones reached
 * past no schema no value can be an instance of (`typed`, see untypable); and of
 * those, the ones reached past no shadowed oneOf branch either (`held`).
 */
export interface Reached {
  all: ReadonlySet<Schema>;
  typed: ReadonlySet<Schema>;
  /** Of those, the ones reached from a request every required parameter of which can have a value (or a response). */
  requested: ReadonlySet<Schema>;
  held: ReadonlySet<Schema>;
  /** Whether every value holding `value` in `schema`, an enum inline in a oneOf branch, matches another branch too. */
  shadowedValue?: (schema: Schema, value: unknown) => boolean;
  /** Of those, the ones reached past no property the fixture's direction leaves out (readOnly in a request…). */
  sent: ReadonlySet<Schema>;
}

export interface EnumCoverageMeasure {
  covered: number;
  total: number;
  /** Enum values in no fixture, as `pointer: value`. */
  missing: string[];
  /** Enum values in no fixture that no value valid against the schema can show, as `pointer: value (why)` (not in `missing`). */
  unholdable: string[];
}


/**
 * Whether `schema` has a property openapi-typescript requires (required, or with a `default`) of a type its
 * `additionalProperties` schema refuses: the type is `{ ... } & { [key: string]: T }`, so that property must be a T
 * too, and no value can be (Mist's junos_oob_ip_config: `type` is a string with a default, every other key an object).
 */
function refusedByIndex(schema: Schema, resolve: (schema: Schema) => Schema): boolean {
  const index = isSchemaObject(schema.additionalProperties) ? resolve(schema.additionalProperties) : undefined;
  const properties = isSchemaObject(schema.properties) ? schema.properties : undefined;
  const indexTypes = index ? schemaTypes(index) : [];
  if (!properties || indexTypes.length === 0) return false;
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(properties).some(([name, property]) => {
    if (!isSchemaObject(property) || !(required.has(name) || "default" in property)) return false;
    const types = schemaTypes(resolve(property));
    return types.length > 0 && !types.some((type) => indexTypes.includes(type) || (type === "integer" && indexTypes.includes("number")));
  });
}

/** The types a schema names (`type`, and null where 3.0's `nullable` adds it); none when it names none. */
function schemaTypes(schema: Schema): unknown[] {
  if (!isSchemaObject(schema)) return [];
  const types = typesOf(schema);
  return schema.nullable === true && types.length > 0 ? [...types, "null"] : types;
}

/** Every schema object with an `enum` in the document (server variables are not schemas). */
export function enumSchemas(document: OpenApiDocument): Array<{ schema: Schema; pointer: string }> {
  const found: Array<{ schema: Schema; pointer: string }> = [];
  const visit = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) return node.forEach((entry, index) => visit(entry, `${pointer}/${index}`));
    if (!node || typeof node !== "object") return;
    const record = node as Schema;
    if (Array.isArray(record.enum) && !pointer.startsWith("#/servers")) found.push({ schema: record, pointer });
    for (const [key, value] of Object.entries(record)) {
      if (holdsData(key)) continue;
      visit(value, `${pointer}/${escapePointerSegment(key)}`);
    }
  };
  visit(document, "#");
  return found;
}

/**
 * Every enum schema a value of one of some roots can reach (through
 * properties, items, compositions and references), in one walk that enters
 * each schema once however many roots share it.
 */
export function reachableEnums(
  roots: Iterable<unknown>,
  resolve: (schema: Schema) => Schema,
  stop: (schema: Schema) => boolean = () => false,
  shadowed?: ShadowedBranches,
  /** A property the walk does not enter (see `leftOutOf`). */
  leftOut?: (property: unknown) => boolean,
): Set<Schema> {
  const found = new Set<Schema>();
  const seen = new Set<unknown>();
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isSchemaObject(node) || seen.has(node)) continue;
    seen.add(node);
    const schema = resolve(node);
    if (schema !== node) {
      stack.push(schema);
      continue;
    }
    if (stop(schema)) continue;
    // A oneOf no value matches exactly one branch of holds no value: nothing in it or beside it is ever shown.
    if (shadowed?.holdsNone(schema)) continue;
    if (isEnum(schema)) found.add(schema);
    pushSubschemas(schema, stack, shadowed?.of(schema), shadowed?.propertiesShadowed(schema), leftOut);
  }
  return found;
}

/**
 * The properties fixtures travelling `direction` leave out: readOnly ones in a request, writeOnly ones in a
 * response, unless they have a default (openapi-typescript makes those required). Synthesis and the coverage
 * measure both ask this one rule.
 */
export function leftOutOf(direction: Direction, resolve: (schema: Schema) => Schema): (property: unknown) => boolean {
  const flag = direction === "request" ? "readOnly" : "writeOnly";
  return (property) => isSchemaObject(property) && !("default" in property) && Boolean(resolve(property)?.[flag]);
}

/**
 * Whether a value of some roots can still show an enum value `coverage` lacks:
 * asked of every fixture list, before each of its variants. Coverage only grows
 * while fixtures are made, so a walk that finds nothing lacking marks every
 * schema it entered as spent, and no later walk enters them again; a walk that
 * finds something stops there. The whole document is walked about once in all,
 * where a walk per list from scratch cost Stripe's fixtures a fifth of their time.
 */
export class UncoveredEnums {
  /** Schemas below which (themselves included) `coverage` shows every enum value. */
  private readonly spent = new Set<unknown>();

  constructor(
    private readonly coverage: EnumCoverage,
    private readonly resolve: (schema: Schema) => Schema,
  ) {}

  /** An enum schema reachable from `roots` with a value `coverage` lacks, `hint` first (the last one found for the same roots); undefined when there is none. */
  below(roots: Iterable<unknown>, hint?: Schema): Schema | undefined {
    if (hint && this.coverage.lacks(hint)) return hint;
    const entered: unknown[] = [];
    const seen = new Set<unknown>();
    const stack: unknown[] = [...roots];
    while (stack.length > 0) {
      const node = stack.pop();
      if (!isSchemaObject(node) || seen.has(node) || this.spent.has(node)) continue;
      seen.add(node);
      entered.push(node);
      const schema = this.resolve(node);
      if (schema !== node) {
        stack.push(schema);
        continue;
      }
      if (isEnum(schema) && this.coverage.lacks(schema)) return schema;
      pushSubschemas(schema, stack);
    }
    for (const node of entered) this.spent.add(node);
    return undefined;
  }
}

function isEnum(schema: Schema): boolean {
  return Array.isArray(schema.enum) && schema.enum.length > 0;
}

/** Pushes the schemas directly below `schema` (any keyword's, not its data: examples, enum values, defaults), but `skipped` oneOf branches. */
function pushSubschemas(
  schema: Schema,
  stack: unknown[],
  skipped?: ReadonlySet<unknown>,
  skippedProperties?: ReadonlySet<string>,
  leftOut?: (property: unknown) => boolean,
): void {
  for (const [key, value] of Object.entries(schema)) {
    if (holdsData(key) || key === "enum" || key === "const" || key === "default") continue;
    if (key === "oneOf" && skipped?.size && Array.isArray(value)) {
      for (const branch of value) if (!skipped.has(branch)) stack.push(branch);
      continue;
    }
    if (key === "properties" && (skippedProperties?.size || leftOut) && isSchemaObject(value)) {
      for (const [name, property] of Object.entries(value)) if (!skippedProperties?.has(name) && !leftOut?.(property)) stack.push(property);
      continue;
    }
    if (key === "properties" || key === "patternProperties" || key === "$defs" || key === "dependentSchemas") {
      // One push at a time: a spread of a schema's 100,000 properties would overflow the call stack.
      if (isSchemaObject(value)) for (const property of Object.values(value)) stack.push(property);
    } else if (Array.isArray(value)) for (const entry of value) stack.push(entry);
    else stack.push(value);
  }
}

/**
 * Schemas no fixture can be an instance of: a closed object (properties, and
 * no additionalProperties or patternProperties) that requires a property it
 * does not declare. JSON Schema asks for the property; openapi-typescript's
 * type leaves it out, and a value that holds it does not type-check (ReadMe's
 * schema-enums, Twilio-like `RecordFile` in directory/github.com). A schema
 * that is a member of an allOf, oneOf or anyOf is left out: another member may
 * declare the property.
 */
export function untypable(document: OpenApiDocument, resolve: (schema: Schema) => Schema): (schema: Schema) => boolean {
  const members = new Set<Schema>();
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== "object" || depth > 512) return;
    if (Array.isArray(node)) return node.forEach((entry) => visit(entry, depth + 1));
    const record = node as Schema;
    for (const key of ["allOf", "oneOf", "anyOf"]) {
      if (Array.isArray(record[key])) for (const member of record[key] as unknown[]) if (isSchemaObject(member)) members.add(resolve(member));
    }
    for (const [key, value] of Object.entries(record)) if (!holdsData(key)) visit(value, depth + 1);
  };
  visit(document, 0);
  return (schema) => {
    if (members.has(schema) || ["allOf", "oneOf", "anyOf", "patternProperties"].some((key) => key in schema)) return false;
    if (refusedByIndex(schema, resolve)) return true;
    if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return false;
    const properties = isSchemaObject(schema.properties) ? schema.properties : undefined;
    if (!properties || Object.keys(properties).length === 0 || !Array.isArray(schema.required)) return false;
    return (schema.required as unknown[]).some((name) => typeof name === "string" && !Object.hasOwn(properties, name));
  };
}
