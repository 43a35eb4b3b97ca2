// The spec-change gate, so that people who regenerate their client know what
// changed and whether it breaks them:
//
//   npm run diff                 every change since the last release (or --base REF), rated from the caller's side
//   npm run version:check        fails when package.json's version is not bumped enough for those changes
//   npm run changelog            writes CHANGELOG.md's entry for the current version; an existing one only with --replace
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { baseLabel, ReleaseError, resolveBase, type Base } from "./base-ref.js";
import type { SpecChange } from "./operation-compare.js";
import { diffSpecs, maxImpact, type ApiDiff } from "./spec-diff.js";
import { checkVersion } from "./versioning.js";

const HEADER = "# Changelog\n\nAPI changes per released version, written by `npm run changelog` from the spec diff; not edited by hand.\n";

function counts(diff: ApiDiff): string {
  return (["major", "minor", "patch"] as const).map((impact) => `${diff.changes.filter((change) => change.impact === impact).length} ${impact}`).join(", ");
}

function listed(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * One sentence for a change repeated in several operations (a shared parameter
 * added to each): the changes whose sentences differ only in the one operation
 * each names become one naming them all, in the place of the first.
 */
export function mergeRepeats(changes: readonly SpecChange[]): SpecChange[] {
  const groups = new Map<string, SpecChange[]>();
  const order: Array<SpecChange | string> = [];
  for (const change of changes) {
    const [operation] = change.operations;
    const word = operation === undefined || change.operations.length !== 1 ? undefined : new RegExp(`\\b${operation.replace(/[$]/g, "\\$&")}\\b`, "g");
    const template = word && change.description.match(word)?.length === 1 ? `${change.impact}\u0000${change.description.replace(word, "\u0001")}` : undefined;
    if (template === undefined) {
      order.push(change);
      continue;
    }
    if (!groups.has(template)) {
      groups.set(template, []);
      order.push(template);
    }
    groups.get(template)!.push(change);
  }
  return order.map((entry) => {
    if (typeof entry !== "string") return entry;
    const group = groups.get(entry)!;
    if (group.length === 1) return group[0]!;
    const operations = group.flatMap((change) => change.operations);
    return { ...group[0]!, operations: [...operations].sort(), description: entry.slice(entry.indexOf("\u0000") + 1).replace("\u0001", listed(operations)) };
  });
}

export function formatDiff(diffs: readonly ApiDiff[], base?: Base): string {
  const lines: string[] = base ? [`Compared with ${baseLabel(base)}, ${base.chosen}.`] : [];
  for (const diff of diffs) {
    lines.push(`${diff.api}: ${diff.bump === "none" ? "no changes" : `${diff.bump} (${counts(diff)})`}`);
    for (const change of mergeRepeats(diff.changes)) lines.push(`  ${change.impact.padEnd(5)}  ${change.description}.`);
  }
  return lines.join("\n");
}

export function changelogEntry(version: string, base: string, diffs: readonly ApiDiff[]): string {
  const bump = maxImpact(diffs.map((diff) => diff.bump));
  const lines = [`## ${version}`, "", bump === "none" ? `No API changes since ${base}.` : `API changes since ${base}, rated ${bump}.`];
  for (const diff of diffs.filter((candidate) => candidate.changes.length > 0)) {
    lines.push("", `### ${diff.api}`);
    for (const change of mergeRepeats(diff.changes)) lines.push(`- ${change.description.replace(/\s*\n\s*/g, " ")} (${change.impact}).`);
  }
  return `${lines.join("\n")}\n`;
}

/** The section of `changelog` for `version`, if it has one. */
export function entryFor(changelog: string, version: string): string | undefined {
  return changelog.split(/\n(?=## )/).find((section) => section.startsWith(`## ${version}\n`));
}

/** CHANGELOG.md with `entry` as the section for its version: replacing one there, else first. */
export function withEntry(changelog: string | undefined, version: string, entry: string): string {
  const body = (changelog ?? HEADER).trimEnd();
  const sections = body.split(/\n(?=## )/).map((section) => section.trimEnd());
  // The header is the tool's own: an older wording is brought up to date.
  if (!sections[0]!.startsWith("## ")) sections.shift();
  const head = HEADER.trimEnd();
  const others = sections.filter((section) => !section.startsWith(`## ${version}\n`));
  return `${[head, entry.trimEnd(), ...others].join("\n\n")}\n`;
}

const USAGE = `usage: release/main.ts diff|check-version|changelog [--base REF] [--replace]
  (npm run diff / npm run version:check / npm run changelog -- [--base REF])
  diff           every API change since the base, rated major/minor/patch from the caller's side
  check-version  exit 1 when package.json's version is not bumped enough for the changes since the base
  changelog      write CHANGELOG.md's entry for package.json's version from the diff against the base
  --base REF     the commit, branch or tag to compare with (its spec/, bundled by the current bundler);
                 default: the last release, the newest commit whose package.json has another version
  --replace      changelog only: replace the entry CHANGELOG.md already has for this version`;

const COMMANDS = ["diff", "check-version", "changelog"];

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { base: { type: "string" }, replace: { type: "boolean" }, help: { type: "boolean", short: "h" } }, strict: true, allowPositionals: true });
  } catch (error) {
    console.error(`release: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, ...extra] = positionals;
  const usageError = (problem: string) => {
    console.error(`release: ${problem}\n${USAGE}`);
    return 2;
  };
  if (command === undefined || !COMMANDS.includes(command)) return usageError(`unknown command ${command ?? "(none)"}: use ${COMMANDS.join(", ")}`);
  if (extra.length > 0) return usageError(`unexpected ${extra.join(" ")}`);
  if (values.base === "") return usageError("--base needs a commit, branch or tag");
  if (values.replace && command !== "changelog") return usageError("--replace is for changelog only");
  const root = process.cwd();
  const base = await resolveBase(values.base, root);
  const version = (JSON.parse(await readFile(path.join(root, "package.json"), "utf8")) as { version: string }).version;
  const file = path.join(root, "CHANGELOG.md");
  const current = command === "changelog" ? await readFile(file, "utf8").catch(() => undefined) : undefined;
  // Refused before the diff, which takes a while: nothing is lost and nothing is waited for.
  const existing = current === undefined ? undefined : entryFor(current, version);
  if (existing !== undefined && !values.replace) {
    console.error(`release: CHANGELOG.md already has an entry for ${version}; left as it is (pass --replace to write it again from the diff against ${baseLabel(base)})`);
    return 1;
  }
  const diffs = await diffSpecs(base, root);
  switch (command) {
    case "diff":
      console.log(formatDiff(diffs, base));
      return 0;
    case "check-version": {
      if (base.version === undefined) throw new ReleaseError(`package.json has no version at ${base.short} (${base.chosen})`);
      const verdict = checkVersion(base.version, version, maxImpact(diffs.map((diff) => diff.bump)));
      (verdict.ok ? console.log : console.error)(`${verdict.message} (compared with ${baseLabel(base)}, ${base.chosen})`);
      if (!verdict.ok) console.error(formatDiff(diffs));
      return verdict.ok ? 0 : 1;
    }
    case "changelog": {
      await writeFile(file, withEntry(current, version, changelogEntry(version, baseLabel(base), diffs)));
      console.log(`CHANGELOG.md: entry for ${version} ${existing === undefined ? "written" : "replaced"} from the diff against ${baseLabel(base)}.`);
      return 0;
    }
  }
  return 2;
}

if (process.argv[1] && new URL(import.meta.url).pathname === path.resolve(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      // One line, never a stack (the release commands' errors are about their input).
      console.error(`release: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      process.exit(1);
    },
  );
}
