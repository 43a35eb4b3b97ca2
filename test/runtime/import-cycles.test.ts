// No import cycles among the repository's own modules. A cycle makes one of its
// modules run before the other has defined its exports (a `const` read too
// early throws), makes a bundler keep both or neither, and is the mark of two
// files sharing one job. Type-only imports count too: they tie the files as
// tightly for a reader, and a later value import along the same edge would
// close the cycle at run time. Imports are read with TypeScript's own scanner
// (`ts.preProcessFile`: static, type-only, re-exports, dynamic `import()` and
// `import("…")` types), not a regex that comments or strings would fool.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../support/project.js";

const ROOTS = ["runtime", "generator", "release", "bench"];
const SOURCE = /\.(?:[cm]?ts|[cm]?js)$/;

/** The relative imports of one module, as written. */
function importsOf(text: string): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((file) => file.fileName)
    .filter((specifier) => specifier.startsWith("./") || specifier.startsWith("../"));
}

/** The source file a relative specifier names: under NodeNext `./x.js` is written for `./x.ts`. */
function resolveImport(from: string, specifier: string, exists: (file: string) => boolean): string | undefined {
  const target = path.resolve(path.dirname(from), specifier);
  const candidates = [target.replace(/\.js$/, ".ts"), target.replace(/\.mjs$/, ".mts"), target.replace(/\.cjs$/, ".cts"), target, `${target}.ts`, path.join(target, "index.ts")];
  return candidates.find(exists);
}

/** Module → the modules it imports, both as paths relative to `root`. */
type ImportGraph = Map<string, string[]>;

function importGraph(root: string, files: readonly string[], read: (file: string) => string): ImportGraph {
  const known = new Set(files);
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const absolute = path.join(root, file);
    const targets = importsOf(read(file))
      .map((specifier) => resolveImport(absolute, specifier, (candidate) => known.has(path.relative(root, candidate))))
      .filter((target): target is string => target !== undefined)
      .map((target) => path.relative(root, target));
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/**
 * One cycle per strongly connected component (Tarjan's algorithm), each as the
 * path from its alphabetically first file back to it, so a failure names a
 * concrete chain of imports to cut.
 */
function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    for (let member = stack.pop()!; ; member = stack.pop()!) {
      onStack.delete(member);
      component.push(member);
      if (member === file) break;
    }
    if (component.length > 1 || graph.get(file)?.includes(file)) components.push(component.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return components.map((component) => cycleThrough(graph, new Set(component), component[0]!)).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** The shortest import chain from `start` back to itself inside `component` (breadth first). */
function cycleThrough(graph: ImportGraph, component: ReadonlySet<string>, start: string): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const file = queue[head]!;
    for (const target of graph.get(file) ?? []) {
      if (!component.has(target)) continue;
      if (target === start) {
        const chain = [file];
        while (chain[0] !== start) chain.unshift(previous.get(chain[0]!)!);
        return [...chain, start];
      }
      if (previous.has(target)) continue;
      previous.set(target, file);
      queue.push(target);
    }
  }
  return [start, start];
}

function sourceFiles(root: string, folder: string): string[] {
  return readdirSync(path.join(root, folder)).flatMap((name) => {
    const relative = path.join(folder, name);
    if (name === "node_modules") return [];
    if (statSync(path.join(root, relative)).isDirectory()) return sourceFiles(root, relative);
    return SOURCE.test(name) ? [relative] : [];
  });
}

describe("import cycles", () => {
  it("finds a cycle, through type-only imports, re-exports and `.js` specifiers, and nothing in a chain", () => {
    const files: Record<string, string> = {
      "a.ts": 'import type { B } from "./b.js";\n// import { C } from "./c.js";',
      "b.ts": 'export * from "./sub/c.js";',
      "sub/c.ts": 'const a = await import("../a.js");\nimport { d } from "./d.js";',
      "sub/d.ts": 'const text = "import \\"../a.js\\""; import { e } from "../e.js";',
      "e.mts": 'export const e = "./sub/d.js";',
      "self.ts": 'import "./self.js";',
    };
    const graph = importGraph("/repo", Object.keys(files), (file) => files[file]!);
    expect(graph.get("a.ts")).toEqual(["b.ts"]);
    expect(graph.get("sub/d.ts")).toEqual([]); // `../e.js` names no .ts file; the .mts is `../e.mjs`
    expect(importCycles(graph)).toEqual([
      ["a.ts", "b.ts", "sub/c.ts", "a.ts"],
      ["self.ts", "self.ts"],
    ]);
  });

  it(`none among the sources of ${ROOTS.join("/, ")}/`, () => {
    const files = ROOTS.flatMap((folder) => (existsSync(path.join(PROJECT_ROOT, folder)) ? sourceFiles(PROJECT_ROOT, folder) : []));
    const graph = importGraph(PROJECT_ROOT, files, (file) => readFileSync(path.join(PROJECT_ROOT, file), "utf8"));
    // The scan sees the real imports: a resolver that quietly found none would find no cycle either.
    expect(graph.get(path.join("runtime", "contract", "mock", "http.ts"))).toContain(path.join("runtime", "contract", "mock", "core.ts"));
    expect(graph.get(path.join("generator", "emit-msw.ts"))).toContain(path.join("runtime", "contract", "mock", "precompile.ts"));
    const cycles = importCycles(graph);
    const report = cycles.map((cycle) => `  ${cycle.join(" → ")}`).join("\n");
    expect(cycles, `import cycles (cut one import of each):\n${report}`).toEqual([]);
  });
});
