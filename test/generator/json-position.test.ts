// The JSON scan that locates a warning gives the line and column Redocly's own
// lookup gives (it parses the file into a YAML syntax tree), on real specs as
// written, minified and with CRLF line ends, at every node.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { getLineColLocation, Source } from "@redocly/openapi-core";
import { describe, expect, it, vi } from "vitest";
import { jsonValuePosition } from "../../generator/json-position.js";
import { problemWhere } from "../../generator/problems.js";
import { escapePointerSegment } from "../../runtime/json-pointer.js";

const examples = path.join(path.dirname(createRequire(import.meta.url).resolve("@readme/oas-examples/package.json")), "3.0", "json");

/** Every path of `value`'s nodes, the root's first. */
function allPaths(value: unknown, at: string[] = [], out: string[][] = []): string[][] {
  out.push(at);
  if (value && typeof value === "object") for (const [key, child] of Object.entries(value)) allPaths(child, [...at, key], out);
  return out;
}

function redoclys(text: string, segments: readonly string[], reportOnKey = false): { line: number; col: number } {
  const pointer = `#/${segments.map((segment) => escapePointerSegment(segment).replace(/%/g, "%25")).join("/")}`;
  return getLineColLocation({ source: new Source("spec.json", text), pointer, reportOnKey }).start;
}

describe("jsonValuePosition", () => {
  const specs = ["petstore.json", "polymorphism.json", "parameters-style.json", "readme-extensions.json", "schema-enums.json"];
  for (const name of specs) {
    const written = readFileSync(path.join(examples, name), "utf8");
    const forms: Array<[string, string]> = [
      ["as written", written],
      ["minified", JSON.stringify(JSON.parse(written))],
      ["with CRLF line ends and a byte order mark", `\uFEFF${written.replace(/\n/g, "\r\n")}`],
    ];
    for (const [form, text] of forms) {
      it(`agrees with Redocly's lookup at every node of ${name}, ${form}`, () => {
        const paths = allPaths(JSON.parse(text.replace(/^\uFEFF/, "")));
        expect(paths.length).toBeGreaterThan(50);
        // Redocly's lookup counts a byte order mark on lines after the first only (its tree's offsets leave it out, its
        // line starts do not): the scan counts it nowhere, as the lookup does on the same text without it.
        const withoutMark = text.replace(/^\uFEFF/, "");
        for (const segments of paths) expect(jsonValuePosition(text, segments), segments.join("/")).toEqual(redoclys(withoutMark, segments));
        // A lint problem reported on a key (an unknown property, say) is located at the key, an item's at the item.
        for (const segments of paths) expect(jsonValuePosition(text, segments, { key: true }), `${segments.join("/")} (key)`).toEqual(redoclys(withoutMark, segments, true));
      });
    }
  }

  it("reads escaped keys as JSON does, and takes an object's first of a repeated key, as Redocly does", () => {
    const text = '{\n  "a\\/b": 1,\n  "x": 1,\n  "x": [true, {"y": null}]\n}';
    expect(jsonValuePosition(text, ["a/b"])).toEqual({ line: 2, col: 11 });
    expect(jsonValuePosition(text, ["x"])).toEqual(redoclys(text, ["x"]));
    expect(jsonValuePosition('{"x": [true, {"y": null}]}', ["x", "1", "y"])).toEqual({ line: 1, col: 20 });
  });

  it("answers undefined, never throws, where the path is absent or the text is not JSON", () => {
    expect(jsonValuePosition('{"a": 1}', ["b"])).toBeUndefined();
    expect(jsonValuePosition('{"a": [1]}', ["a", "1"])).toBeUndefined();
    expect(jsonValuePosition('{"a": [1]}', ["a", "01"])).toBeUndefined();
    expect(jsonValuePosition('{"a": 1', ["b"])).toBeUndefined();
    expect(jsonValuePosition('{"a": "never ends', ["a", "x"])).toBeUndefined();
    expect(jsonValuePosition("{a: 1, b: 2}", ["b"])).toBeUndefined();
    expect(jsonValuePosition('{"a": }', ["b"])).toBeUndefined();
  });

  it("skips nesting a million deep without a stack", () => {
    const deep = `{"a": ${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}, "b": 2}`;
    expect(jsonValuePosition(deep, ["b"])).toEqual({ line: 1, col: 2_000_014 });
  });

  it("is used for every JSON example spec the generator might warn about (none is left to Redocly's parse)", () => {
    const files = readdirSync(examples).filter((file) => file.endsWith(".json"));
    for (const file of files) expect(jsonValuePosition(readFileSync(path.join(examples, file), "utf8"), []), file).toEqual({ line: 1, col: 1 });
  });

  it("locates a lint problem in a JSON spec where Redocly's lookup does, on a key or a value, without parsing the file into a tree", () => {
    const written = readFileSync(path.join(examples, "polymorphism.json"), "utf8");
    const file = path.join(process.cwd(), "spec.json");
    const paths = allPaths(JSON.parse(written)).filter((segments) => segments.length > 0);
    for (const [segments, reportOnKey] of [
      [paths[paths.length - 1]!, false],
      [paths[paths.length - 1]!, true],
      [["paths", "/pets", Object.keys(JSON.parse(written).paths["/pets"])[0]!], true],
      [["components", "schemas"], false],
    ] as Array<[string[], boolean]>) {
      const source = new Source(file, written);
      const parse = vi.spyOn(source, "getAst");
      const pointer = `#/${segments.map((segment) => escapePointerSegment(segment).replace(/%/g, "%25")).join("/")}`;
      const where = problemWhere({ ruleId: "r", message: "m", severity: "warn", suggest: [], location: [{ source, pointer, reportOnKey }] });
      const expected = getLineColLocation({ source: new Source(file, written), pointer, reportOnKey }).start;
      expect(where, `${pointer}${reportOnKey ? " (key)" : ""}`).toBe(`spec.json:${expected.line}:${expected.col}`);
      expect(parse, pointer).not.toHaveBeenCalled();
    }
    // A path the file lacks is Redocly's to answer (its deepest node along the way).
    const source = new Source(file, written);
    const parse = vi.spyOn(source, "getAst");
    const pointer = "#/components/schemas/NoSuchSchema/properties";
    const expected = getLineColLocation({ source: new Source(file, written), pointer }).start;
    expect(problemWhere({ ruleId: "r", message: "m", severity: "warn", suggest: [], location: [{ source, pointer }] })).toBe(`spec.json:${expected.line}:${expected.col}`);
    expect(parse).toHaveBeenCalled();
  });
});
