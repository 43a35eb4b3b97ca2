// A schema finding rated from the caller's side, and said in plain words.
// Requests: what callers send, so a narrower schema breaks them. Responses:
// what callers read, so a wider one breaks them. Removing a field breaks
// both (the generated type loses it), and so does a change this file does
// not know how to rate (it is taken as breaking, to be looked at).
import type { Effect } from "./schema-compare.js";

export type Impact = "major" | "minor" | "patch";
export type Direction = "request" | "response";

const RATINGS: Record<Effect, Record<Direction, Impact>> = {
  narrower: { request: "major", response: "minor" },
  wider: { request: "minor", response: "major" },
  different: { request: "major", response: "major" },
  unknown: { request: "major", response: "major" },
  docs: { request: "patch", response: "patch" },
  deprecated: { request: "minor", response: "minor" },
  "default-added": { request: "minor", response: "patch" },
  "default-changed": { request: "major", response: "patch" },
  "property-removed": { request: "major", response: "major" },
  "property-added-optional": { request: "minor", response: "minor" },
  "property-added-required": { request: "major", response: "minor" },
  "became-required": { request: "major", response: "minor" },
  "became-optional": { request: "minor", response: "major" },
};

export function rate(effect: Effect, direction: Direction): Impact {
  return RATINGS[effect][direction];
}

/** What callers must do, after the colon; nothing for changes that ask nothing of them. */
const CONSEQUENCES: Partial<Record<Effect, Partial<Record<Direction, string>>>> = {
  narrower: { request: "callers that send other values must change" },
  wider: { request: "callers may send more", response: "callers that read it must handle the new values" },
  different: { request: "callers must check what they send", response: "callers must check what they read" },
  unknown: { request: "this check cannot rate that change, so it counts as breaking", response: "this check cannot rate that change, so it counts as breaking" },
  deprecated: { request: "callers should stop sending it", response: "callers should stop relying on it" },
  "default-added": { request: "callers that leave it out get that value" },
  "default-changed": { request: "callers that leave it out get another value" },
  "property-removed": { request: "callers that send it must stop", response: "callers that read it must stop" },
  "property-added-optional": { request: "callers may send it", response: "callers may read it" },
  "property-added-required": { request: "every caller must send it", response: "callers may read it" },
  "became-required": { request: "every caller must send it" },
  "became-optional": { request: "callers may leave it out", response: "callers that read it must handle its absence" },
};

/**
 * One sentence: `subject` is the field or container ("`DealName`", "the request body of
 * createPromoCode"), `where` is the container when the subject is a field inside it.
 */
export function sentence(effect: Effect, direction: Direction, detail: string, subject: string, where: string | undefined): string {
  const consequence = CONSEQUENCES[effect]?.[direction];
  let text: string;
  if (effect === "property-removed") text = `${subject} was removed from ${where ?? "it"}`;
  else if (effect === "property-added-required") text = `${subject} was added to ${where ?? "it"} as a required field`;
  else if (effect === "property-added-optional") text = `${subject} was added to ${where ?? "it"}${direction === "request" ? " as an optional field" : ""}`;
  else text = `${subject}${where ? ` in ${where}` : ""} ${detail}`;
  return `${capitalize(text)}${consequence ? `: ${consequence}` : ""}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
