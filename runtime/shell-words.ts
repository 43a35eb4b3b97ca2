// Shell words for the curl samples a reader pastes into bash or zsh. Every piece
// of the spec's text goes inside single quotes, where the shell expands nothing;
// only the variables the sample itself names (`$IMPACT_AUTH_TOKEN`) are left to
// the shell, outside any quoted spec text. A control or invisible character is
// written as an ANSI-C escape (`$'\x1b'`): pasted raw, an ESC or a ^U is read by
// the terminal or the line editor (ending bracketed paste, erasing the line
// typed so far) before any quote can protect it, and a bidi override makes the
// text shown differ from the text run.

/** One piece of a word: text from the spec, or a variable the reader sets. */
export type WordPart = { text: string } | { variable: string };

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

/** Parts joined into one word: text quoted, each variable as `"$NAME"`. */
export function shellWord(parts: readonly WordPart[]): string {
  const pieces: string[] = [];
  let text = "";
  for (const part of parts) {
    if ("text" in part) {
      text += part.text;
      continue;
    }
    if (!/^[A-Z_][A-Z0-9_]*$/.test(part.variable)) throw new Error(`not a shell variable name: ${part.variable}`);
    if (text) pieces.push(shellQuote(text));
    text = "";
    pieces.push(`"$${part.variable}"`);
  }
  if (text || !pieces.length) pieces.push(shellQuote(text));
  return pieces.join("");
}
