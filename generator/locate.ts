// Where a JSON pointer into the bundled document was written in the spec's own
// files, as `file:line:col`: a warning about an example or a fixture names the
// line to edit, as a lint warning does. The pointer is followed through the
// files as written, through each `$ref` it passes, and the line and column come
// from Redocly's own lookup (getLineColLocation), the one lint problems use,
// or for a JSON file from a scan to the value that gives the same answer.
import path from "node:path";
import { getLineColLocation, isAbsoluteUrl, type Source } from "@redocly/openapi-core";
import { jsonValuePosition, looksLikeJson } from "./json-position.js";
import type { SpecResolver } from "./resolver.js";
import { escapePointerSegment, unescapePointerSegment } from "../runtime/json-pointer.js";

/** The most `$ref`s one pointer is followed through (SPEC_LIMITS allows chains of 32). */
const MAX_HOPS = 64;

/** `file:line:col` of a bundle pointer, or undefined where it was not written in these files (a component bundling made). */
export type Locator = (pointer: string) => string | undefined;

/**
 * A locator over the files `resolver` read (lint and bundle resolve every file
 * first, so none is read here) and the bundle made of them. Files are parsed
 * again, once each and only when a pointer reaches them: bundling rewrote the
 * documents lint read. A pointer is followed from the root file through the
 * `$ref`s it passes; where it names what bundling added (a component made of
 * another file), the bundle's node there is found among the nodes of the other
 * files, which bundling moved without copying.
 */
export async function pointerLocator(resolver: SpecResolver, root: string, bundle: unknown): Promise<Locator> {
  const sources = new Map<string, Source>();
  const read = new Map<string, unknown>();
  for (const [ref, document] of resolver.cache) {
    const settled = await Promise.resolve(document).catch(() => undefined);
    if (!settled || !("source" in settled) || !settled.source) continue;
    sources.set(ref, settled.source);
    read.set(ref, settled.parsed);
  }
  const rootRef = resolver.resolveExternalRef(null, root);
  const parsed = new Map<string, unknown>();
  const dataOf = (ref: string): unknown => {
    if (!parsed.has(ref)) {
      const source = sources.get(ref);
      let data: unknown;
      try {
        data = source ? resolver.parseDocument(source, ref === rootRef).parsed : undefined;
      } catch {
        data = undefined;
      }
      parsed.set(ref, data);
    }
    return parsed.get(ref);
  };

  /** `file:line:col` of `segments` followed from the top of `file` as written, through `$ref`s. */
  const walk = (from: string, path: readonly string[]): string | undefined => {
    let segments = path;
    let file = from;
    let node = dataOf(file);
    let inFile: string[] = [];
    let hops = 0;
    for (let index = 0; index < segments.length; ) {
      if (node === null || typeof node !== "object") return undefined;
      const key = segments[index]!;
      const record = node as Record<string, unknown>;
      if (Array.isArray(node) ? /^(0|[1-9]\d*)$/.test(key) && Number(key) < node.length : Object.hasOwn(record, key)) {
        node = record[key];
        inFile.push(key);
        index += 1;
        continue;
      }
      // Not written here: it is in what this node's `$ref` names.
      const ref = Array.isArray(node) ? undefined : record.$ref;
      if (typeof ref !== "string" || ++hops > MAX_HOPS) return undefined;
      const hash = ref.indexOf("#");
      const uri = hash < 0 ? ref : ref.slice(0, hash);
      if (uri) file = resolver.resolveExternalRef(file, uri);
      if (!sources.has(file)) return undefined;
      node = dataOf(file);
      inFile = [];
      segments = [...refSegments(hash < 0 ? "" : ref.slice(hash + 1)), ...segments.slice(index)];
      index = 0;
    }
    const source = sources.get(file)!;
    // A JSON file is scanned to the value; Redocly's lookup would parse all of it into a syntax tree first.
    const start = (looksLikeJson(source.body) ? jsonValuePosition(source.body, inFile) : undefined) ??
      getLineColLocation({ source, pointer: redoclyPointer(inFile) }).start;
    return `${shownFile(file)}:${start.line}:${start.col}`;
  };

  // Every object node of the files other than the root, by identity: where bundling took a component from.
  let moved: Map<object, { file: string; parent: object | undefined; key: string }> | undefined;
  const movedFrom = (node: object): { file: string; path: string[] } | undefined => {
    if (!moved) {
      moved = new Map();
      for (const [file, data] of read) {
        if (file === rootRef || data === null || typeof data !== "object") continue;
        if (!moved.has(data)) moved.set(data, { file, parent: undefined, key: "" });
        const stack: object[] = [data];
        while (stack.length) {
          const parent = stack.pop()!;
          for (const [key, child] of Object.entries(parent)) {
            if (child === null || typeof child !== "object" || moved.has(child)) continue;
            moved.set(child, { file, parent, key });
            stack.push(child);
          }
        }
      }
    }
    const found = moved.get(node);
    if (!found) return undefined;
    const path: string[] = [];
    for (let at: typeof found | undefined = found; at?.parent; at = moved.get(at.parent)) path.unshift(at.key);
    return { file: found.file, path };
  };

  const locate: Locator = (pointer) => {
    const segments = pointerSegments(pointer);
    const direct = walk(rootRef, segments);
    if (direct !== undefined) return direct;
    // The bundle's nodes along the pointer, deepest first: the first one that came from another file locates the rest.
    const along: unknown[] = [bundle];
    for (const key of segments) {
      const node = along[along.length - 1];
      if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) break;
      along.push((node as Record<string, unknown>)[key]);
    }
    for (let depth = along.length - 1; depth > 0; depth -= 1) {
      const node = along[depth];
      if (node === null || typeof node !== "object") continue;
      const from = movedFrom(node);
      const found = from && walk(from.file, [...from.path, ...segments.slice(depth)]);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  // A position is a nicety of a message: where it cannot be told, the warning keeps its pointer.
  return (pointer) => {
    try {
      return locate(pointer);
    } catch {
      return undefined;
    }
  };
}

/** The segments of one of the generator's pointers (`#/a/b~1c`: `~0` and `~1` escaped, nothing percent-encoded). */
function pointerSegments(pointer: string): string[] {
  const body = pointer.replace(/^#?\/?/, "");
  return body === "" ? [] : body.split("/").map(unescapePointerSegment);
}

/** The segments of a `$ref`'s fragment, a URI fragment: percent-decoded as well. */
function refSegments(fragment: string): string[] {
  return pointerSegments(fragment).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
}

/** A pointer as Redocly's lookup reads it: it unescapes `~1`, `~0`, then percent-decodes, so `%` goes in as `%25`. */
function redoclyPointer(segments: readonly string[]): string {
  return `#/${segments.map((segment) => escapePointerSegment(segment).replace(/%/g, "%25")).join("/")}`;
}

/** A file relative to the working directory, as every message names it; a fetched one by its URL. */
function shownFile(file: string): string {
  if (isAbsoluteUrl(file)) return file;
  return path.relative(process.cwd(), file) || file;
}
