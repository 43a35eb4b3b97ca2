// Turning names from a spec (operation ids, paths, schema names) into identifiers
// that are valid, readable and stable across runs.
import { createRequire } from "node:module";

// Words no binding may take in a strict-mode module (modules are strict), and names
// TypeScript itself reserves at a module's top level: `undefined` and `globalThis`
// (TS2397), `require`, `exports` and `module` where the module compiles to CommonJS
// (TS2441). `constructor`, `prototype` and `__proto__` mean something on any object.
const RESERVED = new Set(
  `break case catch class const continue debugger default delete do else enum export extends false finally for
  function if import in instanceof new null return super switch this throw true try typeof var void while with
  yield let static implements interface package private protected public await arguments eval undefined NaN
  Infinity constructor prototype __proto__ globalThis require exports module __esModule`.split(/\s+/),
);

// ECMAScript's IdentifierName: ID_Start, `$` or `_`, then ID_Continue or `$`. `²` is a
// number but neither (TS1127 "Invalid character"). The zero-width joiners ECMAScript
// also allows are refused: they make two names that look the same.
const IDENTIFIER_NAME = /^[\p{ID_Start}$_][\p{ID_Continue}$]*$/u;
const JOINER = /[\u200c\u200d]/;
const ASCII = /^[\x00-\x7f]*$/;
/** What separates the words of a name: anything that cannot continue an identifier, and `_`. */
const WORD_BREAK = /[^\p{ID_Continue}]|[_\u200c\u200d]/u;

let typescript: typeof import("typescript") | undefined;

/**
 * TypeScript's own verdict on a non-ASCII name: its Unicode tables may be older or
 * newer than Node's, and the name must be valid to both. Loaded only for such a
 * name, so a spec of ASCII names never pays for loading the compiler.
 */
function typescriptAccepts(name: string): boolean {
  const ts = (typescript ??= createRequire(import.meta.url)("typescript") as typeof import("typescript"));
  return [...name].every((character, index) => (index === 0 ? ts.isIdentifierStart : ts.isIdentifierPart)(character.codePointAt(0)!, ts.ScriptTarget.ESNext));
}

/** A name that may stand bare as a property key (`{ name: … }`, `object.name`): reserved words included. */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER_NAME.test(name) && !JOINER.test(name) && (ASCII.test(name) || typescriptAccepts(name));
}

/** A name that may be declared: an identifier name that is not reserved. */
export function isIdentifier(name: string): boolean {
  return isIdentifierName(name) && !RESERVED.has(name);
}

function words(text: string): string[] {
  return (
    text
      // split camelCase and digit boundaries, then anything that cannot be part of an identifier
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
      .split(WORD_BREAK)
      .filter(Boolean)
  );
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * `list-pets.v2` → `listPetsV2`; keeps an id that is already a valid identifier as it is.
 * Compatibility forms are folded first: `get²` becomes `get2`, not `get`.
 */
export function toIdentifier(name: string): string {
  if (isIdentifier(name)) return name;
  const parts = words(name.normalize("NFKC"));
  let identifier = parts.map((part, index) => (index === 0 ? part.charAt(0).toLowerCase() + part.slice(1) : capitalize(part))).join("");
  // A character Node takes for a letter but this TypeScript does not (their Unicode versions differ) is left out.
  if (!isIdentifierName(`_${identifier}`)) identifier = [...identifier].filter((character) => isIdentifierName(`_${character}`)).join("");
  if (identifier === "") identifier = "operation";
  if (!isIdentifierName(identifier)) identifier = `_${identifier}`;
  if (RESERVED.has(identifier)) identifier = `${identifier}_`;
  return identifier;
}

/** A name for an operation without an id: `get /pets/{petId}/toys` → `getPetsByPetIdToys`. */
export function deriveOperationName(method: string, path: string): string {
  const segments = path.split("/").filter(Boolean);
  const parts = segments.flatMap((segment) => {
    const parameter = /^\{(.+)\}$/.exec(segment);
    return parameter ? ["by", ...words(parameter[1]!)] : words(segment);
  });
  return toIdentifier([method.toLowerCase(), ...parts.map(capitalize)].join(" "));
}

/**
 * Gives each item a unique identifier. Items are taken in the order given (the
 * caller sorts them), so the first keeps the plain name and later ones get `2`,
 * `3`, …: the same spec always yields the same names. No item gets a name in
 * `reserved` (compared exactly: those are names the generated code declares).
 */
export function disambiguate<T>(items: readonly T[], nameOf: (item: T) => string, reserved: ReadonlySet<string> = new Set()): Map<T, string> {
  const taken = new Set<string>();
  const result = new Map<T, string>();
  for (const item of items) {
    const base = nameOf(item);
    let name = base;
    // Ends: each suffix tried is either free or taken by one of the items or reserved names before it.
    for (let suffix = 2; taken.has(collisionKey(name)) || reserved.has(name); suffix += 1) name = `${base}${suffix}`;
    taken.add(collisionKey(name));
    result.set(item, name);
  }
  return result;
}

/** Names that differ only in case or in compatibility form (`ｇｅｔ`, `get`) are one name to a reader. */
export function collisionKey(name: string): string {
  return name.normalize("NFKC").toLowerCase();
}

/** Text that is safe inside a `/** … *\/` comment. */
export function jsDocText(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/\r\n?/g, "\n").trim();
}

/**
 * A string literal for generated code, quoted as prettier quotes it: double quotes
 * unless the text holds more double quotes than single ones.
 */
export function literal(text: string): string {
  const doubled = JSON.stringify(text);
  const doubles = text.split('"').length - 1;
  const singles = text.split("'").length - 1;
  if (doubles <= singles) return doubled;
  return `'${doubled.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/**
 * A name as an object key: bare where it is an identifier, quoted otherwise.
 * `__proto__` is computed (`["__proto__"]`): written bare or quoted in an object
 * literal it would set the prototype instead of adding a property.
 */
export function propertyKey(name: string): string {
  if (name === "__proto__") return `[${literal(name)}]`;
  return isIdentifierName(name) ? name : literal(name);
}

/** Sets an own property, even one named `__proto__` (which plain assignment turns into a prototype change). */
export function setOwn(target: Record<string, unknown>, name: string, value: unknown): void {
  // Only `__proto__` is an accessor on Object.prototype; any other name assigned becomes an own data property. A
  // defined property turns the object into a slow dictionary, which cost a tenth of fixture synthesis on GitHub's spec.
  if (name === "__proto__") Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  else target[name] = value;
}
