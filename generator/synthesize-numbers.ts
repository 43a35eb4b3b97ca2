// Numbers for fixtures: readable ones (1001 on for an id, 100 on for another
// integer, 12.5 on for a number) moved inside a schema's bounds and onto its
// multipleOf.
import type { Schema } from "./schema-reading.js";

/** One number for `schema`, the `declared` type's unless its format makes it an integer; `warn` hears when no number fits. */
export function synthesizeNumber(schema: Schema, declared: "integer" | "number", variant: number, hint: string, warn: (message: string) => void): number {
  // OpenAPI's int32 and int64 formats make a `number` an integer too.
  const type = declared === "integer" || schema.format === "int32" || schema.format === "int64" ? "integer" : "number";
  const isId = /id$/i.test(hint);
  let value = type === "integer" ? (isId ? 1001 : 100) + variant : 12.5 + variant;
  let minimum = schema.minimum ?? Number.NEGATIVE_INFINITY;
  let maximum = schema.maximum ?? Number.POSITIVE_INFINITY;
  const step = type === "integer" ? 1 : 0.5;
  if (typeof schema.exclusiveMinimum === "number") minimum = Math.max(minimum, schema.exclusiveMinimum + step);
  if (typeof schema.exclusiveMaximum === "number") maximum = Math.min(maximum, schema.exclusiveMaximum - step);
  if (minimum > maximum) {
    warn(`no ${type} lies between ${minimum} and ${maximum}`);
    return Number.isFinite(minimum) ? minimum : value;
  }
  if (value < minimum || value > maximum) {
    const span = maximum - minimum;
    value = Number.isFinite(span) ? minimum + (variant % (Math.floor(span / step) + 1)) * step : value < minimum ? minimum + variant * step : maximum - variant * step;
  }
  if (typeof schema.multipleOf === "number" && schema.multipleOf > 0) {
    value = Math.ceil(value / schema.multipleOf) * schema.multipleOf;
    if (value > maximum) value -= schema.multipleOf;
    if (value < minimum) warn(`no multiple of ${schema.multipleOf} lies between ${minimum} and ${maximum}`);
    value = Number(value.toPrecision(12));
  }
  return type === "integer" ? Math.round(value) : value;
}
