// The JSON scan that locates a warning gives the line and column Redocly's own
// lookup gives (it parses the file into a YAML syntax tree), on real specs as
// written, minified and with CRLF line ends, at every node.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { getLineColLocation, Source } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { jsonValuePosition } from "../../generator/json-position.js";
import { escapePointerSegment } from "../../runtime/json-pointer.js";

const examples = path.join(path.dirname(createRequire(import.meta.url).resolve("@readme/oas-examples/package.json")), "3.0", "json");

/** Every path of `value`'s nodes, the root's first. */
function allPaths(value: unknown, at: string[] = [], out: string[][] = []): string[][] {
  out.push(at);
  if (value && typeof value === "object") for (const [key, child] of Object.entries(value)) allPaths(child, [...at, key], out);
  return out;
}

function redoclys(text: string, segments: readonly string[]): { line: number; col: number } {
  const pointer = `#/${segments.map((segment) => escapePointerSegment(segment).replace(/%/g, "%25")).join("/")}`;
  return getLineColLocation({ source: new Source("spec.json", text), pointer }).start;
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
});
