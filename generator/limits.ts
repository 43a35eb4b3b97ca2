// Bounds on the shape of a spec, checked before Redocly walks it: Redocly's
// walkers recurse (a spec nested ~600 schemas deep ran out of stack), follow a
// chain of $refs once per $ref in it (1,000 chained schemas took 16 s), and walk
// a YAML alias as often as it is used (an 888-byte file held 10⁹ values).
import path from "node:path";
import { isAbsoluteUrl, unescapePointerFragment, type BaseResolver } from "@redocly/openapi-core";
import { escapePointerSegment } from "../runtime/json-pointer.js";
import { SpecError } from "./problems.js";

/**
 * The defaults, each far above what real specs need: GitHub's REST spec nests
 * 29 levels deep counted through its $refs (ours 14), has no $ref to another
 * $ref deeper than 1, and neither uses YAML aliases.
 */
export const SPEC_LIMITS = {
  /** Objects and arrays from the root down, counted through $refs (a YAML file alone stops at 100: js-yaml's `maxDepth`). */
  depth: 256,
  /** $refs in a row, each pointing at another $ref. */
  refChain: 32,
  /** Values a YAML file's aliases add to it, counted as if each alias were a copy. */
  aliasExpansion: 100_000,
};

type Container = Record<string, unknown> | unknown[];

/** What the walk asks of the spec's resolver (./resolver.ts's SpecResolver, which reads these limits itself). */
type SpecFiles = Pick<BaseResolver, "resolveExternalRef" | "resolveDocument"> & { isInsideFolder(file: string): boolean };

function isContainer(value: unknown): value is Container {
  return typeof value === "object" && value !== null;
}

/**
 * Where the values that aliases add to `document` pass `limit` (the JSON pointer
 * of the alias that passes it), or an alias inside its own anchor (`endless`: it
 * expands without end), or undefined. One pass: each node's expanded size is
 * worked out once.
 */
export function measureAliasExpansion(document: unknown, limit: number): { pointer: string; endless: boolean } | undefined {
  if (!isContainer(document)) return undefined;
  interface Frame {
    node: Container;
    keys: string[];
    next: number;
    size: number;
  }
  const sizes = new Map<object, number>();
  const open = new Set<object>([document]);
  const stack: Frame[] = [{ node: document, keys: Object.keys(document), next: 0, size: 1 }];
  // Each frame's last key taken is the way to the frame above it; the top frame's is the alias at hand.
  const here = () => `/${stack.map((frame) => escapePointerSegment(frame.keys[frame.next - 1]!)).join("/")}`;
  let added = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next === frame.keys.length) {
      stack.pop();
      open.delete(frame.node);
      sizes.set(frame.node, frame.size);
      if (stack.length > 0) stack[stack.length - 1]!.size += frame.size;
      continue;
    }
    const key = frame.keys[frame.next++]!;
    const child = (frame.node as Record<string, unknown>)[key];
    if (!isContainer(child)) {
      frame.size += 1;
      continue;
    }
    const known = sizes.get(child);
    if (known !== undefined) {
      added += known;
      frame.size += known;
      if (added > limit) return { pointer: here(), endless: false };
    } else if (open.has(child)) {
      return { pointer: here(), endless: true }; // an alias inside its own anchor
    } else {
      open.add(child);
      stack.push({ node: child, keys: Object.keys(child), next: 0, size: 1 });
    }
  }
  return undefined;
}

interface Visit {
  node: Container;
  depth: number;
  /** The document's absolute ref. */
  document: string;
  parent?: Visit;
  key?: string;
  /** The pointer of a node reached by a $ref (or the root): where `parent` links stop. */
  pointer?: string;
}

interface Target {
  node: unknown;
  document: string;
  pointer: string;
}

/** A pointer as long as a refused nesting is shortened in the middle, so the message stays one readable line. */
function shortened(pointer: string): string {
  const parts = pointer.split("/");
  return parts.length <= 16 ? pointer : [...parts.slice(0, 8), `… ${parts.length - 15} more …`, ...parts.slice(-7)].join("/");
}

function pointerOf(visit: Visit): string {
  const keys: string[] = [];
  let at: Visit | undefined = visit;
  while (at && at.pointer === undefined) {
    keys.push(escapePointerSegment(at.key!));
    at = at.parent;
  }
  return [at?.pointer ?? "", ...keys.reverse()].join("/");
}

/**
 * Walks the spec from its root as Redocly's walkers do (depth first, in document
 * order, each node once, into the target of each $ref) and refuses, naming the
 * file and pointer, a nesting deeper than SPEC_LIMITS.depth or a chain of more
 * than SPEC_LIMITS.refChain $refs. Files are read through `resolver` (so lint and
 * bundle find them parsed); a $ref it refuses or cannot read is left for lint to
 * report where it is written.
 */
export async function refuseTooDeep(root: string, resolver: SpecFiles, limits = SPEC_LIMITS): Promise<void> {
  const parsed = new Map<string, unknown>();
  const documentOf = async (base: string, uri: string): Promise<string | undefined> => {
    if (isAbsoluteUrl(uri)) return undefined; // fetched only by Redocly, when allowed: not twice
    const absolute = resolver.resolveExternalRef(base, uri);
    if (!parsed.has(absolute)) {
      if (!resolver.isInsideFolder(absolute)) return undefined;
      const loaded = await resolver.resolveDocument(base, uri).catch(() => undefined);
      if (!loaded || !("parsed" in loaded)) return undefined;
      parsed.set(absolute, loaded.parsed);
    }
    return absolute;
  };
  const follow = async (document: string, ref: string): Promise<Target | undefined> => {
    const hash = ref.indexOf("#");
    const uri = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? "" : ref.slice(hash + 1);
    if (fragment !== "" && !fragment.startsWith("/")) return undefined; // an $anchor: Redocly's to find
    const target = uri === "" ? document : await documentOf(document, uri);
    if (target === undefined) return undefined;
    let node = parsed.get(target);
    for (const segment of fragment.split("/").slice(1)) {
      if (!isContainer(node)) return undefined;
      const key = unescapePointerFragment(segment);
      if (!Object.hasOwn(node, key)) return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    return { node, document: target, pointer: fragment };
  };
  const refOf = (node: unknown) => (isContainer(node) && !Array.isArray(node) && typeof node.$ref === "string" ? node.$ref : undefined);
  const where = (visit: Visit) => `${path.relative(process.cwd(), visit.document) || visit.document}#${shortened(pointerOf(visit)) || "/"}`;

  /** Follows the $ref at `visit`: refuses a long chain from it, and walks on into its target. */
  const enter = async (visit: Visit, ref: string) => {
    const target = await follow(visit.document, ref);
    if (!target || !isContainer(target.node)) return;
    let hop: Target | undefined = target;
    const chain = new Set<unknown>([visit.node]);
    for (let length = 1; hop && refOf(hop.node) !== undefined && !chain.has(hop.node); length++) {
      if (length >= limits.refChain) {
        throw new SpecError(`${where(visit)}: starts a chain of more than ${limits.refChain} $refs, each to another $ref (the limit): refused`);
      }
      chain.add(hop.node);
      hop = await follow(hop.document, refOf(hop.node)!);
    }
    stack.push({ node: target.node, depth: visit.depth + 1, document: target.document, pointer: target.pointer });
  };
  /** A file not read yet: `visit`'s $ref is followed once the walk has nothing else to do, so files are read in parallel. */
  const unread = (visit: Visit, ref: string): Promise<unknown> | undefined => {
    const hash = ref.indexOf("#");
    const uri = hash < 0 ? ref : ref.slice(0, hash);
    if (uri === "" || isAbsoluteUrl(uri) || parsed.has(resolver.resolveExternalRef(visit.document, uri))) return undefined;
    return documentOf(visit.document, uri);
  };

  const rootDocument = (await resolver.resolveDocument(null, root, true)) as { parsed: unknown };
  parsed.set(root, rootDocument.parsed);
  if (!isContainer(rootDocument.parsed)) return;
  const seen = new Set<object>();
  const stack: Visit[] = [{ node: rootDocument.parsed, depth: 1, document: root, pointer: "" }];
  let waiting: Array<{ visit: Visit; ref: string; reading: Promise<unknown> }> = [];
  while (stack.length > 0 || waiting.length > 0) {
    if (stack.length === 0) {
      await Promise.all(waiting.map((wait) => wait.reading));
      // The first to wait ends on top of the stack, as it would have been walked first.
      for (const { visit, ref } of waiting.reverse()) await enter(visit, ref);
      waiting = [];
      continue;
    }
    const visit = stack.pop()!;
    if (seen.has(visit.node)) continue;
    seen.add(visit.node);
    if (visit.depth > limits.depth) {
      throw new SpecError(`${where(visit)}: nests more than ${limits.depth} levels deep (objects and arrays, counted through $refs; the limit): refused`);
    }
    const keys = Object.keys(visit.node);
    for (let index = keys.length - 1; index >= 0; index--) {
      const child = (visit.node as Record<string, unknown>)[keys[index]!];
      if (isContainer(child)) stack.push({ node: child, depth: visit.depth + 1, document: visit.document, parent: visit, key: keys[index]! });
    }
    const ref = refOf(visit.node);
    if (ref === undefined) continue;
    const reading = unread(visit, ref);
    if (reading) waiting.push({ visit, ref, reading });
    else await enter(visit, ref);
  }
}
