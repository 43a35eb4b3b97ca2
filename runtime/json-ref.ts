// Following local `$ref`s (`#/components/schemas/X`) through a bundled document.
// Lenient on purpose: runtime code reads documents the generator already checked,
// so a ref that leads nowhere yields undefined instead of an exception.
import { unescapePointerSegment } from "./json-pointer.js";

type Json = Record<string, any>;

export function resolveLocalRef<T = Json>(document: Json, node: unknown): T {
  let current = node as Json | undefined;
  for (let hops = 0; current && typeof current.$ref === "string" && current.$ref.startsWith("#/") && hops < 32; hops += 1) {
    current = (current.$ref as string)
      .slice(2)
      .split("/")
      .map(unescapePointerSegment)
      .reduce<Json | undefined>((parent, key) => parent?.[key], document);
  }
  return current as T;
}
