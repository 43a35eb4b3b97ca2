// Turning the wire form into the documented types. The generator compiles each
// response schema into a Shape (a small description of which fields are
// integers, numbers, booleans, enums, arrays and objects); `normalize` walks a
// parsed body along its shape and applies the document's x-wire-format flags.
// No field is special-cased by hand: everything follows from the spec.
//
// Named schemas are separate constants linked by `ref: () => Shape` (lazy, so
// recursive schemas work), never looked up by name: a bundler then keeps only
// the shapes of the operations a consumer imports.
import type { WireFormat } from "../wire-format.js";

export type Shape =
  | "integer"
  | "number"
  | "boolean"
  | "string"
  | "any"
  | { enum: readonly string[] }
  | { array: Shape }
  | { object: Readonly<Record<string, Shape>>; required: readonly string[] }
  | { ref: () => Shape };

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

export class Normalizer {
  private readonly enumSpellings = new WeakMap<object, Map<string, string>>();

  constructor(private readonly wire: WireFormat) {}

  normalize(value: unknown, shape: Shape): unknown {
    if (value === null || value === undefined) return value;
    if (typeof shape === "string") return this.scalar(value, shape);
    if ("ref" in shape) return this.normalize(value, shape.ref());
    if ("enum" in shape) return this.enumValue(value, shape);
    if ("array" in shape) {
      if (typeof value === "string" && this.wire.arraysAsCommaSeparatedStrings) {
        return value === "" ? [] : value.split(",").map((item) => this.normalize(item.trim(), shape.array));
      }
      return Array.isArray(value) ? value.map((item) => this.normalize(item, shape.array)) : value;
    }
    if (typeof value !== "object" || Array.isArray(value)) return value;
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      // Own properties only: a key such as `constructor` or `toString` is data, not the shape's inherited member.
      const property = Object.hasOwn(shape.object, key) ? shape.object[key] : undefined;
      if (property !== undefined && this.wire.emptyStringIsAbsent && (item === "" || item === null) && !shape.required.includes(key)) {
        continue; // "" or null for an optional field means it is absent
      }
      const normalized = property === undefined ? item : this.normalize(item, property); // undocumented keys are kept as sent
      // Assigning `__proto__` would replace the result's prototype: define it, a plain key as JSON.parse made it.
      if (key === "__proto__") Object.defineProperty(result, key, { value: normalized, enumerable: true, writable: true, configurable: true });
      else result[key] = normalized;
    }
    return result;
  }

  private scalar(value: unknown, shape: "integer" | "number" | "boolean" | "string" | "any"): unknown {
    if (typeof value !== "string" || !this.wire.scalarsAsStrings) return value;
    switch (shape) {
      case "integer":
        return INTEGER.test(value) ? Number(value) : value;
      case "number":
        return NUMBER.test(value) ? Number(value) : value;
      case "boolean": {
        const lower = value.toLowerCase();
        return lower === "true" ? true : lower === "false" ? false : value;
      }
      default:
        return value;
    }
  }

  private enumValue(value: unknown, shape: { enum: readonly string[] }): unknown {
    if (typeof value !== "string" || !this.wire.enumsIgnoreCase) return value;
    let spellings = this.enumSpellings.get(shape);
    if (!spellings) {
      spellings = new Map(shape.enum.map((documented) => [documented.toLowerCase(), documented]));
      this.enumSpellings.set(shape, spellings);
    }
    return spellings.get(value.toLowerCase()) ?? value;
  }
}
