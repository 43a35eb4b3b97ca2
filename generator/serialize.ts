import { stringifyYaml } from "@redocly/openapi-core";
import { setOwn } from "./names.js";

/** JSON with two-space indentation and a final newline; key order is the input's. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** JSON with every object's keys sorted, for data files that must diff cleanly. */
export function toSortedJson(value: unknown): string {
  return toJson(sortKeys(value));
}

/** A copy of `value` with every object's keys in sorted order (the input is never changed: it may be the spec's own). */
export function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    const items = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index += 1) items[index] = sortKeys(value[index]);
    return items;
  }
  // A loop of assignments, not Object.fromEntries over mapped pairs: a third of the time on GitHub's 7,720 fixtures.
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) setOwn(sorted, key, sortKeys((value as Record<string, unknown>)[key]));
  return sorted;
}

/** YAML as Redocly's own `bundle -o file.yaml` writes it. */
export function toYaml(value: unknown): string {
  return stringifyYaml(value, { noRefs: true, lineWidth: -1 });
}
