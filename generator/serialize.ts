import { stringifyYaml } from "@redocly/openapi-core";

/** JSON with two-space indentation and a final newline; key order is the input's. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** JSON with every object's keys sorted, for data files that must diff cleanly. */
export function toSortedJson(value: unknown): string {
  return toJson(sortKeys(value));
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** YAML as Redocly's own `bundle -o file.yaml` writes it. */
export function toYaml(value: unknown): string {
  return stringifyYaml(value, { noRefs: true, lineWidth: -1 });
}
