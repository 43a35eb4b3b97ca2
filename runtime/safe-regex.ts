// A schema's `pattern` run with bounded work, for the generator's example
// check and the validators alike: both read patterns from a spec nobody here
// wrote, and JavaScript's own regex engine backtracks, so `^(a+)+$` against 40
// `a`s and a `!` runs for minutes.
//
// A pattern is run by re2js (a JavaScript port of RE2: time linear in the
// input, whatever the pattern) when it can be written in RE2's syntax with the
// same meaning. JSON Schema reads a pattern as ECMA-262 with the `u` flag, and
// most of that syntax means the same in RE2; `toRe2` rewrites the few parts
// that do not (`.`, `\s`, `\S`, `\u…`, `[]`, `[^]`, `[[`) and declines what
// RE2 cannot run (lookaround, backreferences, counts over 1,000) or might read
// differently (long Unicode property names, surrogate escapes, inline
// modifiers), and so does every pattern that compiles only without `u`.
// A declined pattern runs on JavaScript's engine inside a `vm` script with a
// time limit, and after it has once run out of time it is not run again: each
// such pattern costs at most `PATTERN_LIMITS.backtrackingTimeMs` in all.
// Where `node:vm` is missing (a browser) it is not run at all.
//
// RE2 costs about 0.5 µs a test where JavaScript's engine takes 0.02 µs, which
// made the validators' wire mode 3 times slower. So a pattern RE2 can run whose
// backtracking can be counted (no repeated group: `backtrackingCost`) runs on
// JavaScript's engine for values short enough that the count stays under
// `PATTERN_LIMITS.nativeStepBudget`, and on RE2 for longer ones.
//
// A value longer than `PATTERN_LIMITS.maxInputLength` is not tested (RE2 takes
// about 60 ms per million characters). Whatever is not decided comes back as
// `{ undecided: reason }`: the caller says what it does with it.
import { RE2JS } from "re2js";

export const PATTERN_LIMITS = {
  /** Values longer than this (in UTF-16 code units) are not tested against a pattern. */
  maxInputLength: 1_048_576,
  /** How long a pattern RE2 cannot run may take on one value, once, before it is given up. */
  backtrackingTimeMs: 100,
  /**
   * A pattern without repeated groups runs on JavaScript's engine (25 times
   * faster than RE2 on short values) when its backtracking steps on the value
   * provably stay under this (see `backtrackingCost`).
   */
  nativeStepBudget: 1_000_000,
} as const;

/** Whether a value matched, or why that was not decided. */
export type PatternResult = boolean | { undecided: string };

export interface GuardedPattern {
  readonly pattern: string;
  /** `linear`: RE2; `timed`: JavaScript's engine under a time limit; `none`: nothing here can run it within a bound. */
  readonly engine: "linear" | "timed" | "none";
  test(text: string): PatternResult;
}

/**
 * `pattern` as a GuardedPattern, read with the `u` flag (JSON Schema's
 * reading) or without it (for patterns written for other dialects). Throws
 * the SyntaxError JavaScript throws when the pattern does not compile so.
 */
export function guardedPattern(pattern: string, { unicode = true }: { unicode?: boolean } = {}): GuardedPattern {
  const key = `${unicode ? "u" : "-"}${pattern}`;
  const known = cache.get(key);
  if (known) return known;
  const native = new RegExp(pattern, unicode ? "u" : "");
  const made = linear(pattern, unicode) ?? timed(pattern, native);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, made);
  return made;
}

/**
 * `pattern` read as JSON Schema means it (with `u`) or, if it does not compile
 * so, as written for another regex dialect (a bare `{`, `\_`): without `u`.
 * Throws the SyntaxError of the reading without `u` when neither compiles.
 */
export function guardedSpecPattern(pattern: string): GuardedPattern {
  try {
    return guardedPattern(pattern, { unicode: true });
  } catch {
    return guardedPattern(pattern, { unicode: false });
  }
}

// Compiling costs about 0.1 ms a pattern; a spec repeats its patterns. Bounded, for a process that reads many specs.
const CACHE_SIZE = 10_000;
const cache = new Map<string, GuardedPattern>();

function tooLong(text: string): { undecided: string } | undefined {
  return text.length > PATTERN_LIMITS.maxInputLength
    ? { undecided: `the value is longer than ${PATTERN_LIMITS.maxInputLength} characters, past which patterns are not tested` }
    : undefined;
}

function linear(pattern: string, unicode: boolean): GuardedPattern | undefined {
  const translated = unicode ? toRe2(pattern) : undefined;
  if (translated === undefined) return undefined;
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(translated);
  } catch {
    return undefined;
  }
  const cost = unicode ? backtrackingCost(pattern) : undefined;
  const native = cost ? new RegExp(pattern, "u") : undefined;
  return {
    pattern,
    engine: "linear",
    test: (text) => tooLong(text) ?? (native && cost!(text.length) <= PATTERN_LIMITS.nativeStepBudget ? native.test(text) : compiled.test(text)),
  };
}

/**
 * An upper bound on the steps JavaScript's backtracking engine takes to test
 * `pattern` (valid with `u`) on a value of a given length, or undefined when
 * there is none this simple count gives: a repeated group, lookaround or a
 * backreference. With every quantifier on a single character (or `?` on a group), a failing test
 * tries each start, each count of each quantifier and each branch of each
 * alternative: (n + 1) starts × (n + 1) counts per open quantifier × (m − n + 1)
 * per `{n,m}` × 2 per `?` and `|`, each path at most pattern plus value long.
 */
export function backtrackingCost(pattern: string): ((length: number) => number) | undefined {
  let open = 0;
  let factor = 1;
  let previous: "atom" | "group" | "quantifier" | "none" = "none";
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index]!;
    if (char === "\\") {
      const next = pattern[index + 1] ?? "";
      if (/[1-9k]/.test(next)) return undefined;
      const braced = /^[upP]\{[^}]*\}/.exec(pattern.slice(index + 1));
      index += braced ? 1 + braced[0].length : 2;
      previous = "atom";
      continue;
    }
    if (char === "[") {
      index += 1;
      while (index < pattern.length && pattern[index] !== "]") index += pattern[index] === "\\" ? 2 : 1;
      index += 1;
      previous = "atom";
      continue;
    }
    const quantifier = /^(?:[*+?]|\{(\d+)(,(\d*))?\})/.exec(pattern.slice(index));
    if (quantifier) {
      index += quantifier[0].length;
      // `?` after a quantifier makes it lazy: the same paths, in another order.
      if (previous === "quantifier" && quantifier[0] === "?") continue;
      // A group taken at most once adds its branch; repeated, its own quantifiers would multiply past this count.
      if (previous === "group" && quantifier[0] !== "?") return undefined;
      const [whole, min, comma, max] = quantifier;
      if (whole === "*" || whole === "+" || (comma && !max)) open += 1;
      else if (whole === "?") factor *= 2;
      else if (comma) factor *= Number(max) - Number(min) + 1;
      previous = "quantifier";
      continue;
    }
    if (char === "(") {
      const opening = /^\((?:\?(?::|<[^>=!]*>|=|!|<=|<!))?/.exec(pattern.slice(index))![0];
      if (/[=!]$/.test(opening)) return undefined;
      index += opening.length;
      previous = "none";
      continue;
    }
    if (char === ")") previous = "group";
    else if (char === "|") {
      factor *= 2;
      previous = "none";
    } else previous = char === "^" || char === "$" ? "none" : "atom";
    index += 1;
  }
  return (length) => (length + 1) ** (open + 1) * factor * (pattern.length + length + 1);
}

interface VmModule {
  createContext(sandbox: object): object;
  Script: new (code: string) => { runInContext(context: object, options: { timeout: number }): unknown };
}
let vmTools: { context: { regex?: RegExp | undefined; text?: string | undefined }; script: { runInContext(context: object, options: { timeout: number }): unknown } } | null | undefined;

/** One context and one script for every timed pattern: a context costs about a megabyte. */
function vmRunner(): typeof vmTools {
  if (vmTools !== undefined) return vmTools;
  const vm = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.("node:vm") as VmModule | undefined;
  if (!vm) return (vmTools = null);
  const context = vm.createContext({}) as { regex?: RegExp | undefined; text?: string | undefined };
  return (vmTools = { context, script: new vm.Script("regex.test(text)") });
}

function timed(pattern: string, native: RegExp): GuardedPattern {
  const runner = vmRunner();
  if (!runner) {
    const why = { undecided: `the pattern /${pattern}/ needs JavaScript's backtracking regex engine, which cannot be time-limited here` };
    return { pattern, engine: "none", test: () => why };
  }
  let gaveUp: { undecided: string } | undefined;
  return {
    pattern,
    engine: "timed",
    test(text) {
      const long = tooLong(text);
      if (long) return long;
      if (gaveUp) return gaveUp;
      runner.context.regex = native;
      runner.context.text = text;
      try {
        return runner.script.runInContext(runner.context, { timeout: PATTERN_LIMITS.backtrackingTimeMs }) === true;
      } catch (error) {
        const timedOut = (error as { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT";
        // A RangeError is V8's own limit on backtracking, met on this value only: the pattern stays in use.
        if (!timedOut) return { undecided: `the pattern /${pattern}/ could not be run on the value: ${(error as Error).message}` };
        gaveUp = { undecided: `the pattern /${pattern}/ ran over ${PATTERN_LIMITS.backtrackingTimeMs} ms on JavaScript's backtracking regex engine and is no longer run` };
        return gaveUp;
      } finally {
        runner.context.regex = undefined;
        runner.context.text = undefined;
      }
    },
  };
}

// What `\s` matches in JavaScript (WhiteSpace and LineTerminator), as RE2 class items; RE2's own `\s` is ASCII only.
const SPACE = "\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";
// What `.` matches in JavaScript without the `s` flag: everything but line terminators (RE2's: everything but `\n`).
const DOT = "[^\\n\\r\\x{2028}\\x{2029}]";
// Every code point: what `[^]` matches in JavaScript, and the complement of `[]`.
const ANY = "\\x{0}-\\x{10FFFF}";

/**
 * `pattern` (valid with the `u` flag) in RE2's syntax with the same meaning,
 * or undefined where that is not certain. Only rewrites tokens: RE2 then
 * refuses what it cannot run (lookaround, backreferences, large counts).
 */
export function toRe2(pattern: string): string | undefined {
  let out = "";
  let inClass = false;
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index]!;
    if (char === "\\") {
      const escape = translateEscape(pattern, index, inClass);
      if (!escape) return undefined;
      out += escape.text;
      index = escape.end;
      continue;
    }
    if (inClass) {
      if (char === "]") inClass = false;
      // RE2 reads `[[:alpha:]]` as a POSIX class; in JavaScript `[` in a class is itself.
      out += char === "[" ? "\\[" : char;
      index += 1;
      continue;
    }
    if (char === "[") {
      const negated = pattern[index + 1] === "^";
      const start = index + (negated ? 2 : 1);
      if (pattern[start] === "]") {
        // `[]` matches nothing and `[^]` anything; RE2 would read the `]` as a member.
        out += negated ? `[${ANY}]` : `[^${ANY}]`;
        index = start + 1;
        continue;
      }
      inClass = true;
      out += negated ? "[^" : "[";
      index = start;
      continue;
    }
    if (char === "(" && pattern[index + 1] === "?") {
      const rest = pattern.slice(index + 2, index + 4);
      // Named groups (`(?<name>`) and non-capturing ones mean the same; lookaround and modifiers are not taken.
      if (!(rest.startsWith(":") || (rest.startsWith("<") && rest !== "<=" && rest !== "<!"))) return undefined;
    }
    out += char === "." ? DOT : char;
    index += 1;
  }
  return out;
}

function translateEscape(pattern: string, index: number, inClass: boolean): { text: string; end: number } | undefined {
  const next = pattern[index + 1];
  if (next === undefined) return undefined;
  const end = index + 2;
  switch (next) {
    case "s":
      return { text: inClass ? SPACE : `[${SPACE}]`, end };
    case "S":
      // A negated set inside a class has no RE2 spelling.
      return inClass ? undefined : { text: `[^${SPACE}]`, end };
    case "b":
      // In a class `\b` is a backspace; outside, an ASCII word boundary in both.
      return { text: inClass ? "\\x{08}" : "\\b", end };
    case "0":
      return { text: "\\x{0}", end };
    case "c": {
      const letter = pattern[end];
      return letter && /[A-Za-z]/.test(letter) ? { text: `\\x{${(letter.charCodeAt(0) % 32).toString(16)}}`, end: end + 1 } : undefined;
    }
    case "u": {
      const braced = /^\{([0-9A-Fa-f]+)\}/.exec(pattern.slice(end));
      const plain = braced ? undefined : /^[0-9A-Fa-f]{4}/.exec(pattern.slice(end));
      const hex = braced?.[1] ?? plain?.[0];
      if (hex === undefined) return undefined;
      const code = parseInt(hex, 16);
      // A surrogate pair written as two escapes is one code point with `u`; RE2 would see two.
      if (code >= 0xd800 && code <= 0xdfff) return undefined;
      return { text: `\\x{${code.toString(16)}}`, end: end + (braced ? braced[0].length : 4) };
    }
    case "p":
    case "P": {
      const property = /^\{([A-Za-z_]+)(?:=([A-Za-z_]+))?\}/.exec(pattern.slice(end));
      if (!property) return undefined;
      const [whole, name, value] = property;
      // General categories and scripts are what both engines know; a name RE2 does not know fails its compile.
      const meant = value === undefined ? name : ["gc", "General_Category", "sc", "Script"].includes(name!) ? value : undefined;
      return meant === undefined ? undefined : { text: `\\${next}{${meant}}`, end: end + whole!.length };
    }
    case "k":
      return undefined;
    default:
      // Backreferences; the rest (`\d \w \t \x41 \. \-`, …) means the same in RE2.
      if (/[1-9]/.test(next)) return undefined;
      return { text: `\\${next}`, end };
  }
}
