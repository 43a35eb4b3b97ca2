// Compiles response schemas into the runtime's Shapes: which fields are
// integers, numbers, booleans, enums, arrays and objects, and which are
// required. The client's normalizer walks bodies along these to undo the wire
// format, so no field is ever handled by hand.
import type { OpenApiDocument } from "./bundle.js";
import { resolveRef } from "./model.js";
import { unescapePointerSegment } from "../runtime/json-pointer.js";
/**
 * The runtime's Shape (runtime/client/shapes.ts) as the generator builds it:
 * references are component names here, printed as `ref: () => constant`.
 */
export type Shape =
  | "integer"
  | "number"
  | "boolean"
  | "string"
  | "any"
  | { enum: readonly string[] }
  | { array: Shape }
  | { object: Record<string, Shape>; required: readonly string[] }
  | { ref: string };

type Schema = Record<string, any>;
const COMPONENT = "#/components/schemas/";

export class ShapeCompiler {
  /** Named shapes, one per component schema reached. */
  // No prototype: a schema named `toString` or `__proto__` is a name like any other.
  readonly shapes: Record<string, Shape> = Object.create(null) as Record<string, Shape>;

  constructor(private readonly document: OpenApiDocument) {}

  shapeOf(schema: Schema | boolean | undefined): Shape {
    if (!schema || typeof schema !== "object") return "any";
    if (typeof schema.$ref === "string") {
      if (schema.$ref.startsWith(COMPONENT)) {
        const name = decodeURIComponent(unescapePointerSegment(schema.$ref.slice(COMPONENT.length)));
        if (!(name in this.shapes)) {
          this.shapes[name] = "any"; // a placeholder that ends recursion; replaced below
          this.shapes[name] = this.shapeOf(this.follow(schema));
        }
        return { ref: name };
      }
      return this.shapeOf(this.follow(schema));
    }
    if (Array.isArray(schema.allOf)) return this.merge([{ ...schema, allOf: undefined }, ...schema.allOf]);
    if (schema.oneOf || schema.anyOf) return "any";
    if (Array.isArray(schema.enum) && schema.enum.every((value: unknown) => typeof value === "string")) return { enum: schema.enum };
    const type = Array.isArray(schema.type) ? schema.type.find((entry: string) => entry !== "null") : schema.type;
    switch (type ?? (schema.properties ? "object" : schema.items ? "array" : undefined)) {
      case "integer":
      case "number":
      case "boolean":
      case "string":
        return type;
      case "array":
        return { array: this.shapeOf(schema.items) };
      case "object": {
        const properties = (schema.properties ?? {}) as Record<string, Schema>;
        return {
          object: Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, this.shapeOf(property)])),
          required: schema.required ?? [],
        };
      }
      default:
        return "any";
    }
  }

  /** The schema a `$ref` names; one that names nothing usable has no shape ("any"). */
  private follow(schema: Schema): Schema | undefined {
    try {
      return resolveRef<Schema>(this.document, schema);
    } catch {
      return undefined;
    }
  }

  /** The object shape of an allOf: its members' properties and required names together. */
  private merge(members: Schema[]): Shape {
    const object: Record<string, Shape> = {};
    const required = new Set<string>();
    for (const member of members) {
      let shape = this.shapeOf(member);
      while (typeof shape === "object" && "ref" in shape) shape = this.shapes[shape.ref] ?? "any";
      if (typeof shape === "object" && "object" in shape) {
        Object.assign(object, shape.object);
        for (const name of shape.required) required.add(name);
      }
    }
    return { object, required: [...required] };
  }

  /** For a paged list (an object with `@nextpageuri` and one array), the array's key. */
  pageItemsKey(shape: Shape): string | undefined {
    let resolved = shape;
    while (typeof resolved === "object" && "ref" in resolved) resolved = this.shapes[resolved.ref] ?? "any";
    if (typeof resolved !== "object" || !("object" in resolved) || !("@nextpageuri" in resolved.object)) return undefined;
    const arrays = Object.entries(resolved.object).filter(([, property]) => typeof property === "object" && "array" in property);
    return arrays.length === 1 ? arrays[0]![0] : undefined;
  }
}
