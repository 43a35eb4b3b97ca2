// The one test of "a JSON object" (not null, not an array) that code reading
// untrusted documents and answers narrows with.
export function isJsonObject(value: unknown): value is Record<string, any> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
