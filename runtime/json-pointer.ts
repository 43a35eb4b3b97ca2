// One segment of a JSON pointer (RFC 6901): `~` is written `~0` and `/` is `~1`,
// and reading undoes them in the other order so that `~01` stays `~1`.

/** `segment` as it is written in a pointer. */
export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** A segment read from a pointer, back to the key it names. */
export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
