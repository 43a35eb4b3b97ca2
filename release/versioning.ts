// The package version follows the spec: a change rated major needs a major
// bump, minor a minor one, patch any bump. Plain semver, major.minor.patch.
import type { Impact } from "./spec-diff.js";

export interface Version {
  major: number;
  minor: number;
  patch: number;
}

export function parseVersion(text: string): Version {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a major.minor.patch version`);
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

export function formatVersion(version: Version): string {
  return `${version.major}.${version.minor}.${version.patch}`;
}

/** The bump from `from` to `to`: which part grew first, or none. */
export function bumpBetween(from: Version, to: Version): Impact | "none" | "backwards" {
  if (to.major !== from.major) return to.major > from.major ? "major" : "backwards";
  if (to.minor !== from.minor) return to.minor > from.minor ? "minor" : "backwards";
  if (to.patch !== from.patch) return to.patch > from.patch ? "patch" : "backwards";
  return "none";
}

/** The smallest version after `from` that a change of `impact` allows. */
export function nextVersion(from: Version, impact: Impact): Version {
  if (impact === "major") return { major: from.major + 1, minor: 0, patch: 0 };
  if (impact === "minor") return { major: from.major, minor: from.minor + 1, patch: 0 };
  return { ...from, patch: from.patch + 1 };
}

const RANK = { none: 0, patch: 1, minor: 2, major: 3 } as const;

export interface VersionVerdict {
  ok: boolean;
  message: string;
}

/** Whether going from `base` to `current` is bump enough for changes rated `required`. */
export function checkVersion(base: string, current: string, required: Impact | "none"): VersionVerdict {
  const from = parseVersion(base);
  const to = parseVersion(current);
  const bump = bumpBetween(from, to);
  if (bump === "backwards") return { ok: false, message: `package.json version went backwards, from ${base} to ${current}.` };
  if (required === "none") return { ok: true, message: `No API changes; version ${current} is fine.` };
  if (RANK[bump] >= RANK[required]) return { ok: true, message: `API changes rated ${required}; ${base} → ${current} is a ${bump} bump, enough.` };
  const wanted = formatVersion(nextVersion(from, required));
  return {
    ok: false,
    message: `API changes rated ${required} need a ${required} version bump, but ${base} → ${current} is ${bump === "none" ? "no bump" : `only a ${bump} bump`}: set "version" in package.json to ${wanted} (and run npm run changelog).`,
  };
}
