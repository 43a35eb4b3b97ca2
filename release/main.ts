// The spec-change gate, so that people who regenerate their client know what
// changed and whether it breaks them:
//
//   npm run diff -- --base REF            every change since REF, rated major/minor/patch, by operation
//   npm run version:check -- --base REF   fails when package.json's version is not bumped enough since REF
//   npm run changelog -- --base REF       writes CHANGELOG.md's entry for the current version from the diff
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { byOperation, diffSpecs, gitShow, maxImpact, type ApiDiff } from "./spec-diff.js";
import { checkVersion } from "./versioning.js";

const HEADER = "# Changelog\n\nAPI changes per released version, written by `npm run changelog` from `redocly diff`; not edited by hand.\n";

export function formatDiff(diffs: readonly ApiDiff[]): string {
  const lines: string[] = [];
  for (const diff of diffs) {
    const counts = (["major", "minor", "patch"] as const).map((impact) => `${diff.changes.filter((change) => change.impact === impact).length} ${impact}`);
    lines.push(`${diff.api}: ${diff.bump === "none" ? "no changes" : `${diff.bump} (${counts.join(", ")})`}`);
    for (const [operation, changes] of byOperation(diff.changes)) {
      lines.push(`  ${operation}`);
      for (const change of changes) lines.push(`    ${change.impact.padEnd(5)}  ${change.description}`);
    }
  }
  return lines.join("\n");
}

export function changelogEntry(version: string, base: string, diffs: readonly ApiDiff[]): string {
  const bump = maxImpact(diffs.map((diff) => diff.bump));
  const lines = [`## ${version}`, "", `API changes since ${base}, rated ${bump}.`];
  for (const diff of diffs.filter((candidate) => candidate.changes.length > 0)) {
    lines.push("", `### ${diff.api}`);
    for (const [operation, changes] of byOperation(diff.changes)) {
      lines.push(`- **${operation}**`);
      for (const change of changes) lines.push(`  - ${change.impact}: ${change.description.replace(/\n/g, " ")}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** CHANGELOG.md with `entry` as the section for its version: replacing one there, else first. */
export function withEntry(changelog: string | undefined, version: string, entry: string): string {
  const body = (changelog ?? HEADER).trimEnd();
  const sections = body.split(/\n(?=## )/).map((section) => section.trimEnd());
  const head = sections[0]!.startsWith("## ") ? HEADER.trimEnd() : sections.shift()!;
  const others = sections.filter((section) => !section.startsWith(`## ${version}\n`));
  return `${[head, entry.trimEnd(), ...others].join("\n\n")}\n`;
}

const USAGE = `usage: release/main.ts diff|check-version|changelog --base REF
  (npm run diff / npm run version:check / npm run changelog -- --base REF)
  diff           every API change since REF, rated major/minor/patch, under each operation it reaches
  check-version  exit 1 when package.json's version is not bumped enough for the changes since REF
  changelog      write CHANGELOG.md's entry for package.json's version from the diff against REF
  --base REF     the commit, branch or tag to compare with (the bundles committed in generated/ there)`;

const COMMANDS = ["diff", "check-version", "changelog"];

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { base: { type: "string" }, help: { type: "boolean", short: "h" } }, strict: true, allowPositionals: true });
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
  const base = values.base;
  const usageError = (problem: string) => {
    console.error(`release: ${problem}\n${USAGE}`);
    return 2;
  };
  if (command === undefined || !COMMANDS.includes(command)) return usageError(`unknown command ${command ?? "(none)"}: use ${COMMANDS.join(", ")}`);
  if (extra.length > 0) return usageError(`unexpected ${extra.join(" ")}`);
  if (!base) return usageError("--base REF is required (a commit, branch or tag to compare with)");
  const root = process.cwd();
  const diffs = await diffSpecs(base, root);
  const version = (JSON.parse(await readFile(path.join(root, "package.json"), "utf8")) as { version: string }).version;
  switch (command) {
    case "diff":
      console.log(formatDiff(diffs));
      return 0;
    case "check-version": {
      const baseManifest = await gitShow(base, "package.json", root);
      if (baseManifest === undefined) throw new Error(`package.json does not exist at ${base}`);
      const verdict = checkVersion((JSON.parse(baseManifest) as { version: string }).version, version, maxImpact(diffs.map((diff) => diff.bump)));
      (verdict.ok ? console.log : console.error)(verdict.message);
      if (!verdict.ok) console.error(formatDiff(diffs));
      return verdict.ok ? 0 : 1;
    }
    case "changelog": {
      const file = path.join(root, "CHANGELOG.md");
      const current = await readFile(file, "utf8").catch(() => undefined);
      await writeFile(file, withEntry(current, version, changelogEntry(version, base, diffs)));
      console.log(`CHANGELOG.md: entry for ${version} written from the diff against ${base}.`);
      return 0;
    }
  }
  return 2;
}

if (process.argv[1] && new URL(import.meta.url).pathname === path.resolve(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
