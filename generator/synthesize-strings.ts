// Strings for fixtures: readable text from a property's name, values of the
// formats synthesis knows, and strings that match a pattern, within a
// schema's length bounds.
import RandExpModule from "randexp";
import { guardedPattern, guardedSpecPattern } from "../runtime/safe-regex.js";
import { bound, type Schema } from "./schema-reading.js";

// randexp is CommonJS (`module.exports = RandExp`) while its types declare a default export.
const RandExp = RandExpModule as unknown as typeof RandExpModule.default;

/** The most characters synthesis builds for one string, whatever `minLength` asks (see MAX_ITEMS in synthesize.ts). */
export const MAX_STRING_LENGTH = 4096;
const BASE_DATE = Date.UTC(2026, 0, 15, 10, 0, 0);

/** One string for `schema`: its pattern's, else its format's, else text from `hint`; `warn` hears what could not be honoured. */
export function synthesizeString(schema: Schema, variant: number, hint: string, warn: (message: string) => void): string {
  let minLength = bound(schema.minLength, 0);
  const maxLength = bound(schema.maxLength, Number.POSITIVE_INFINITY);
  if (minLength > MAX_STRING_LENGTH) {
    warn(`asks for ${minLength} characters; synthesis builds at most ${MAX_STRING_LENGTH}`);
    minLength = MAX_STRING_LENGTH;
  }
  const fromFormat = formatted(schema.format, variant);
  let value = fromFormat ?? readableText(hint, variant);
  if (typeof schema.pattern === "string") {
    // The format's value where the pattern takes it too: a string built from the pattern alone is seldom of the
    // format (Loket's ids, uuids that also match a GUID pattern).
    if (fromFormat !== undefined && fromFormat.length >= minLength && fromFormat.length <= maxLength && matchesPattern(schema.pattern, fromFormat)) return fromFormat;
    const matched = memoizedFromPattern(schema.pattern, variant, minLength, maxLength);
    if (typeof matched === "string") return matched;
    warn(matched.problem);
  }
  // A date-time stretches in its fraction of a second, where padding would break it (UniCourt's, of exactly 25 characters).
  if (schema.format === "date-time" && (value.length < minLength || value.length > maxLength)) value = stretchedDateTime(value, minLength, maxLength) ?? value;
  if (value.length > maxLength) value = value.slice(0, maxLength);
  if (value.length < minLength) value += "x".repeat(minLength - value.length);
  return value;
}

/** `2026-01-15T10:00:00Z` with as many fraction digits as make it `minLength` to `maxLength` long; undefined if none can. */
function stretchedDateTime(value: string, minLength: number, maxLength: number): string | undefined {
  const seconds = value.slice(0, 19);
  // 20 characters with no fraction; 21 is none (a fraction has a digit); 22 up, one more digit each.
  const length = Math.max(minLength, 20) === 21 ? 22 : Math.max(minLength, 20);
  if (length > maxLength || length > MAX_STRING_LENGTH) return undefined;
  return length === 20 ? `${seconds}Z` : `${seconds}.${"0".repeat(length - 21)}Z`;
}

/** `hint` made words, numbered by variant: "created at 2". */
export function readableText(hint: string, variant: number): string {
  const base = hint.replace(/[^A-Za-z0-9]+/g, " ").trim() || "text";
  return `${base} ${variant + 1}`;
}

/** A value of `format`, dated or numbered by variant; undefined for no format or one synthesis does not know. */
function formatted(format: string | undefined, variant: number): string | undefined {
  const date = new Date(BASE_DATE + variant * 86_400_000);
  const n = variant + 1;
  switch (format) {
    case "date-time":
      return date.toISOString().replace(".000Z", "Z");
    case "date":
      return date.toISOString().slice(0, 10);
    case "time":
      return "10:00:00Z";
    case "duration":
      return `P${n}D`;
    case "email":
    case "idn-email":
      return `user${n}@example.com`;
    case "hostname":
    case "idn-hostname":
      return `host${n}.example.com`;
    case "ipv4":
      return `192.0.2.${n % 255}`;
    case "ipv6":
      return `2001:db8::${n.toString(16)}`;
    case "uri":
    case "url":
    case "iri":
      return `https://example.com/${n}`;
    case "uri-reference":
    case "iri-reference":
      return `/resources/${n}`;
    case "uri-template":
      return "https://example.com/{id}";
    case "uuid":
      return `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
    case "byte":
      return Buffer.from(`fixture ${n}`).toString("base64");
    case "json-pointer":
      return `/items/${n}`;
    case "regex":
      return "^[a-z]+$";
    default:
      return undefined;
  }
}

/**
 * `pattern` compiled as JSON Schema means it (Unicode), or, for patterns written
 * for other regex dialects (a bare `{`, `\_`), without the `u` flag; undefined if neither compiles.
 */
export function compilePattern(pattern: string): RegExp | undefined {
  for (const flags of ["u", ""]) {
    try {
      return new RegExp(pattern, flags);
    } catch {
      // try the next dialect
    }
  }
  return undefined;
}

/**
 * The most characters randexp may build for a pattern: `a{20000000}` took it
 * 6.5 s, and synthesis never keeps a string longer than MAX_STRING_LENGTH.
 */
export const MAX_PATTERN_GENERATION = 100_000;

/** Whether `text` matches the spec's `pattern`, asked of the guarded pattern; no when it cannot tell. */
function matchesPattern(pattern: string, text: string): boolean {
  try {
    return guardedSpecPattern(pattern).test(text) === true;
  } catch {
    return false;
  }
}

/**
 * The most characters of pattern-built strings (and refusals) kept for reuse. A
 * spec's `$ref`ed string schema is synthesized wherever it is used, with the
 * same pattern, variant and bounds. Past this many characters nothing more is
 * kept, so a hostile spec's patterns cost at most this much memory (8 MiB as
 * UTF-16).
 */
export const MAX_PATTERN_MEMO_CHARACTERS = 4 * 1024 * 1024;
/**
 * After this many variants of one pattern and bounds found no string (20
 * attempts each), the others are not tried: they give the same problem. EC2's
 * placement-group ARN pattern has a `^` in its middle, which nothing matches,
 * and its 48 variants took 1.3 s of the spec's 5.7 s of fixtures (randexp
 * builds each of `.{1,255}`'s characters anew).
 */
export const MAX_PATTERN_FAILED_VARIANTS = 2;
const patternMemo = new Map<string, string | { problem: string }>();
const failedVariants = new Map<string, number>();
let patternMemoCharacters = 0;

/** fromPattern, whose answer depends on its arguments alone, asked once per pattern, variant and bounds. */
function memoizedFromPattern(pattern: string, variant: number, minLength: number, maxLength: number): string | { problem: string } {
  const bounds = `${minLength}\0${maxLength}\0${pattern}`;
  const key = `${variant}\0${bounds}`;
  const known = patternMemo.get(key) ?? patternMemo.get(bounds);
  if (known !== undefined) return known;
  const answer = fromPattern(pattern, variant, minLength, maxLength);
  let remember = key;
  if (typeof answer !== "string") {
    const failures = (failedVariants.get(bounds) ?? 0) + 1;
    if (failures >= MAX_PATTERN_FAILED_VARIANTS) remember = bounds;
    else if (patternMemoCharacters + bounds.length <= MAX_PATTERN_MEMO_CHARACTERS) {
      failedVariants.set(bounds, failures);
      patternMemoCharacters += bounds.length;
    }
  }
  const cost = remember.length + (typeof answer === "string" ? answer.length : answer.problem.length);
  if (patternMemoCharacters + cost <= MAX_PATTERN_MEMO_CHARACTERS) {
    patternMemo.set(remember, answer);
    patternMemoCharacters += cost;
  }
  return answer;
}

/**
 * A string matching `pattern`, from a pseudo-random generator seeded by the
 * pattern and variant, or why there is none. randexp only builds strings from
 * the pattern's parts; whether one matches is asked of the guarded pattern
 * (runtime/safe-regex.ts), never of JavaScript's backtracking engine directly.
 */
function fromPattern(pattern: string, variant: number, minLength: number, maxLength: number): string | { problem: string } {
  const regex = compilePattern(pattern);
  if (!regex) return { problem: `the pattern /${pattern}/ does not compile as a JavaScript regular expression` };
  const guarded = guardedPattern(pattern, { unicode: regex.unicode });
  for (let attempt = 0; attempt < 20; attempt += 1) {
    let generator: InstanceType<typeof RandExp>;
    try {
      generator = new RandExp(regex);
    } catch (error) {
      return { problem: `cannot generate a string for /${pattern}/: ${(error as Error).message}` };
    }
    generator.max = Math.min(8, Math.max(1, maxLength));
    if (attempt === 0 && longestGenerated((generator as unknown as { tokens: PatternToken }).tokens, generator.max) > MAX_PATTERN_GENERATION) {
      return { problem: `cannot generate a string for /${pattern}/: it may build more than ${MAX_PATTERN_GENERATION} characters` };
    }
    let state = hash(`${pattern}#${variant}#${attempt}`);
    generator.randInt = (from: number, to: number) => {
      // mulberry32: small, fast and reproducible on every platform
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      return from + Math.floor(unit * (to - from + 1));
    };
    let value: string;
    try {
      value = generator.gen();
    } catch (error) {
      return { problem: `cannot generate a string for /${pattern}/: ${(error as Error).message}` };
    }
    if (value.length < minLength || value.length > maxLength) continue;
    const matched = guarded.test(value);
    if (matched === true) return value;
    if (matched !== false) return { problem: `cannot check a string generated for /${pattern}/: ${matched.undecided}` };
  }
  return { problem: `cannot produce a string of ${minLength} to ${maxLength} characters matching /${pattern}/` };
}

/** randexp's parse of a pattern (the `ret` library's tokens), as far as lengths go. */
interface PatternToken {
  type: number;
  stack?: PatternToken[];
  options?: PatternToken[][];
  min?: number;
  max?: number | null;
  value?: PatternToken | number;
}

// ret's token types
const ROOT = 0;
const GROUP = 1;
const POSITION = 2;
const REPETITION = 5;
const REFERENCE = 6;

/**
 * An upper bound on the characters randexp builds from `token`, where an open
 * repetition adds at most `openMax` more. A backreference repeats a group: it
 * counts as the longest the whole pattern builds without backreferences.
 */
function longestGenerated(token: PatternToken, openMax: number, referenced?: number): number {
  const reference = referenced ?? longestGenerated(token, openMax, 0);
  const visit = (node: PatternToken): number => {
    switch (node.type) {
      case ROOT:
      case GROUP: {
        const sequences = node.options ?? [node.stack ?? []];
        return Math.max(0, ...sequences.map((sequence) => sequence.reduce((sum, part) => sum + visit(part), 0)));
      }
      case POSITION:
        return 0;
      case REPETITION: {
        const times = node.max === null || node.max === undefined || node.max === Infinity ? (node.min ?? 0) + openMax : node.max;
        return times * (typeof node.value === "object" ? visit(node.value) : 1);
      }
      case REFERENCE:
        return reference;
      default:
        return 1;
    }
  };
  return visit(token);
}

function hash(text: string): number {
  let value = 2166136261;
  for (let index = 0; index < text.length; index += 1) value = Math.imul(value ^ text.charCodeAt(index), 16777619);
  return value >>> 0;
}
