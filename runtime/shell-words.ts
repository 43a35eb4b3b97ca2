// Shell words for the curl samples a reader pastes into bash or zsh. Every piece
// of the spec's text goes inside single quotes, where the shell expands nothing;
// only the variables the sample itself names (`$IMPACT_AUTH_TOKEN`) are left to
// the shell, outside any quoted spec text. A control or invisible character is
// written as an ANSI-C escape (`$'\x1b'`): pasted raw, an ESC or a ^U is read by
// the terminal or the line editor (ending bracketed paste, erasing the line
// typed so far) before any quote can protect it, and a bidi override makes the
// text shown differ from the text run.

/**
 * One piece of a word: text from the spec, or a variable the reader sets,
 * optionally with the text it stands for when unset (`"${NAME:-fallback}"`).
 */
export type WordPart = { text: string } | { variable: string; fallback?: string };

// What a fallback may hold: inside `"${NAME:-…}"` the shell still expands `$`,
// backquotes and `\`, `}` ends it and `!` may recall history, so only plain URL
// text is written there. A caller checks with `isPlainFallback` first.
const PLAIN_FALLBACK = /^[A-Za-z0-9.:/_-]*$/;

/** Whether `text` may be a variable's fallback in a word, as it is. */
export function isPlainFallback(text: string): boolean {
  return PLAIN_FALLBACK.test(text);
}

// C0 and C1 controls, DEL, format characters (bidi overrides, zero widths) and line/paragraph separators.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const UNSAFE_ALL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\\']/gu;
const NAMED: Record<string, string> = { "\n": "\\n", "\t": "\\t", "\r": "\\r", "\\": "\\\\", "'": "\\'" };

// Bytes, not `\u` escapes: bash reads `\u` only in a UTF-8 locale, `\x` in any.
function ansiEscape(character: string): string {
  return NAMED[character] ?? [...Buffer.from(character, "utf8")].map((byte) => `\\x${byte.toString(16).padStart(2, "0")}`).join("");
}

/** `text` as one shell word that the shell reads back as exactly `text`. */
export function shellQuote(text: string): string {
  if (UNSAFE.test(text)) return `$'${text.replace(UNSAFE_ALL, ansiEscape)}'`;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Parts joined into one word: text quoted, each variable as `"$NAME"` (or `"${NAME:-fallback}"`). */
export function shellWord(parts: readonly WordPart[]): string {
  const pieces: string[] = [];
  let text = "";
  for (const part of parts) {
    if ("text" in part) {
      text += part.text;
      continue;
    }
    if (!/^[A-Z_][A-Z0-9_]*$/.test(part.variable)) throw new Error(`not a shell variable name: ${part.variable}`);
    if (part.fallback !== undefined && !isPlainFallback(part.fallback)) throw new Error(`not a plain fallback for $${part.variable}: ${JSON.stringify(part.fallback)}`);
    if (text) pieces.push(shellQuote(text));
    text = "";
    pieces.push(part.fallback === undefined ? `"$${part.variable}"` : `"\${${part.variable}:-${part.fallback}}"`);
  }
  if (text || !pieces.length) pieces.push(shellQuote(text));
  return pieces.join("");
}
