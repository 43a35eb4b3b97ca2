// Where a path of keys leads in a JSON text, found by scanning the text once
// up to it, skipping every value off the path without building it. Redocly's
// lookup (getLineColLocation) parses the whole file into a YAML syntax tree
// first: 0.4 s and most of a gigabyte-scale spec's memory for the one warning a
// large JSON spec usually has. YAML, and JSON this scanner does not expect,
// still go to Redocly's.

/** Whether `text` opens as a JSON document (an object or an array), and is for the scan rather than Redocly's lookup. */
export function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s*[[{]/.test(text);
}

/** Line and column (both from 1), as Redocly's lookup gives them. */
export interface LineCol {
  line: number;
  col: number;
}

/**
 * The line and column where the value at `segments` starts in `text`, a JSON
 * document; undefined when `text` does not read as JSON along the way or the
 * path is not in it. Where an object repeats a key, the first is taken, as
 * Redocly's lookup takes it. The scan is linear in the text and iterative, so
 * a hostile file's nesting costs no stack. A byte order mark counts as no
 * column, as in Redocly's.
 */
export function jsonValuePosition(written: string, segments: readonly string[], { key = false }: { key?: boolean } = {}): LineCol | undefined {
  // Redocly's positions do not count a byte order mark.
  const text = written.startsWith("\uFEFF") ? written.slice(1) : written;
  const scanner = new Scanner(text);
  scanner.skipSpace();
  // With `key` (a problem Redocly reports on the key), an object member's key is where it starts; an item's is itself.
  let keyAt: number | undefined;
  for (const segment of segments) {
    const opener = text[scanner.at];
    keyAt = undefined;
    if (opener === "{") {
      if (!scanner.enterMember(segment)) return undefined;
      keyAt = scanner.keyAt;
    } else if (opener === "[") {
      if (!/^(0|[1-9]\d*)$/.test(segment) || !scanner.enterItem(Number(segment))) return undefined;
    } else {
      return undefined;
    }
  }
  if (scanner.at >= text.length) return undefined;
  return lineColOf(text, key && keyAt !== undefined ? keyAt : scanner.at);
}

class Scanner {
  at = 0;
  /** Where the key of the member `enterMember` last moved to starts. */
  keyAt = 0;
  constructor(private readonly text: string) {}

  skipSpace(): void {
    while (this.at < this.text.length) {
      const code = this.text.charCodeAt(this.at);
      if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return;
      this.at += 1;
    }
  }

  /** From `{`: moves to the value of member `key`; false when there is none or the text is not JSON. */
  enterMember(key: string): boolean {
    this.at += 1;
    this.skipSpace();
    if (this.text[this.at] === "}") return false;
    for (;;) {
      this.skipSpace();
      this.keyAt = this.at;
      const name = this.readString();
      if (name === undefined || !this.take(":")) return false;
      this.skipSpace();
      if (name === key) return true;
      if (!this.skipValue() || !this.take(",")) return false;
    }
  }

  /** From `[`: moves to item `index`; false when there is none or the text is not JSON. */
  enterItem(index: number): boolean {
    this.at += 1;
    this.skipSpace();
    if (this.text[this.at] === "]") return false;
    for (let item = 0; ; item += 1) {
      this.skipSpace();
      if (item === index) return true;
      if (!this.skipValue() || !this.take(",")) return false;
    }
  }

  /** Past `char`, after any space; false when something else comes first. */
  private take(char: string): boolean {
    this.skipSpace();
    if (this.text[this.at] !== char) return false;
    this.at += 1;
    return true;
  }

  /** A string's value, the scanner past its closing quote; undefined if none starts here. */
  private readString(): string | undefined {
    if (this.text[this.at] !== '"') return undefined;
    const start = this.at;
    if (!this.skipString()) return undefined;
    const raw = this.text.slice(start + 1, this.at - 1);
    if (!raw.includes("\\")) return raw;
    try {
      return JSON.parse(this.text.slice(start, this.at)) as string;
    } catch {
      return undefined;
    }
  }

  /** Past the string that starts here; false when it never ends. */
  private skipString(): boolean {
    for (let at = this.at + 1; at < this.text.length; at += 1) {
      const char = this.text[at];
      if (char === "\\") at += 1;
      else if (char === '"') {
        this.at = at + 1;
        return true;
      }
    }
    return false;
  }

  /** Past the value that starts here (nested ones counted, not followed); false when it never ends. */
  private skipValue(): boolean {
    let depth = 0;
    while (this.at < this.text.length) {
      const char = this.text[this.at]!;
      if (char === '"') {
        if (!this.skipString()) return false;
      } else if (char === "{" || char === "[") {
        depth += 1;
        this.at += 1;
      } else if (char === "}" || char === "]") {
        if (depth === 0) return false;
        depth -= 1;
        this.at += 1;
      } else if (depth > 0) {
        this.at += 1;
        continue;
      } else {
        // A number, true, false or null: up to the next delimiter.
        const start = this.at;
        while (this.at < this.text.length && !/[\s,\]}]/.test(this.text[this.at]!)) this.at += 1;
        return this.at > start;
      }
      if (depth === 0) return true;
    }
    return false;
  }
}

/** Redocly's line and column of `offset`: a `\r` right after a line feed counts as no column. */
function lineColOf(text: string, offset: number): LineCol {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  const skipped = line > 1 && text[lineStart] === "\r" && offset > lineStart ? 1 : 0;
  return { line, col: offset - lineStart + 1 - skipped };
}
