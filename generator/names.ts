// Turning names from a spec (operation ids, paths, schema names) into identifiers
// that are valid, readable and stable across runs.

const RESERVED = new Set(
  `break case catch class const continue debugger default delete do else enum export extends false finally for
  function if import in instanceof new null return super switch this throw true try typeof var void while with
  yield let static implements interface package private protected public await arguments eval undefined NaN
  Infinity constructor prototype __proto__`.split(/\s+/),
);

const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

function words(text: string): string[] {
  return (
    text
      // split camelCase and digit boundaries, then anything that is not a letter or digit
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  );
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `list-pets.v2` → `listPetsV2`; keeps an id that is already a valid camelCase identifier as it is. */
export function toIdentifier(name: string): string {
  if (IDENTIFIER.test(name) && !RESERVED.has(name)) return name;
  const parts = words(name);
  let identifier = parts.map((part, index) => (index === 0 ? part.charAt(0).toLowerCase() + part.slice(1) : capitalize(part))).join("");
  if (identifier === "") identifier = "operation";
  if (/^\p{N}/u.test(identifier)) identifier = `_${identifier}`;
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
 * `3`, …: the same spec always yields the same names.
 */
export function disambiguate<T>(items: readonly T[], nameOf: (item: T) => string): Map<T, string> {
  const taken = new Set<string>();
  const result = new Map<T, string>();
  for (const item of items) {
    const base = nameOf(item);
    let name = base;
    for (let suffix = 2; taken.has(name.toLowerCase()); suffix += 1) name = `${base}${suffix}`;
    taken.add(name.toLowerCase());
    result.set(item, name);
  }
  return result;
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
  return IDENTIFIER.test(name) ? name : literal(name);
}

/** Sets an own property, even one named `__proto__` (which plain assignment turns into a prototype change). */
export function setOwn(target: Record<string, unknown>, name: string, value: unknown): void {
  // Only `__proto__` is an accessor on Object.prototype; any other name assigned becomes an own data property. A
  // defined property turns the object into a slow dictionary, which cost a tenth of fixture synthesis on GitHub's spec.
  if (name === "__proto__") Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  else target[name] = value;
}
