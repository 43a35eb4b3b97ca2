// Runs Redocly CLI (`npm run lint`, `npm run score`) as it is, except for one
// box: on Node 20 it prints a boxed "Node.js 20 support is ending" notice before
// every command, which filled every build and test log. Redocly has no setting
// for it, so its stderr passes through a filter that drops that one box and
// nothing else; stdout, the exit code and every other line are Redocly's own.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** What marks the notice: a box whose lines include this. */
const NOTICE = "Node.js 20 support is ending";
/** The most lines held while deciding whether a box is the notice (it has 13); past it they are printed as they are. */
export const MAX_BOX_LINES = 40;

const isBoxTop = (line: string) => line.trimStart().startsWith("╔");
const isBoxBottom = (line: string) => line.trimStart().startsWith("╚");

/**
 * A line filter for Redocly's stderr: `push` each line (without its newline),
 * get back the lines to print now; `end` gives back what is still held.
 */
export function noticeFilter() {
  let held: string[] | undefined;
  // Blank lines wait for the next line: before the notice they are its padding, and go with it.
  let blanks: string[] = [];
  const release = (lines: string[]) => {
    const out = [...blanks, ...lines];
    blanks = [];
    return out;
  };
  return {
    push(line: string): string[] {
      if (held === undefined) {
        if (line.trim() === "" && blanks.length < MAX_BOX_LINES) {
          blanks.push(line);
          return [];
        }
        if (!isBoxTop(line)) return release([line]);
        held = [line];
        return [];
      }
      held.push(line);
      if (isBoxBottom(line)) {
        const box = held;
        held = undefined;
        if (!box.some((entry) => entry.includes(NOTICE))) return release(box);
        blanks = [];
        return [];
      }
      if (held.length >= MAX_BOX_LINES) {
        const box = held;
        held = undefined;
        return release(box);
      }
      return [];
    },
    end(): string[] {
      const rest = release(held ?? []);
      held = undefined;
      return rest;
    },
  };
}

function redoclyBin(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("@redocly/cli/package.json");
  return path.join(path.dirname(manifest), (require(manifest) as { bin: { redocly: string } }).bin.redocly);
}

async function main(args: string[]): Promise<number> {
  const child = spawn(process.execPath, [redoclyBin(), ...args], { stdio: ["inherit", "inherit", "pipe"] });
  const filter = noticeFilter();
  let partial = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) for (const kept of filter.push(line)) process.stderr.write(`${kept}\n`);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((resolve) => {
    child.on("error", (error) => {
      console.error(`redocly: could not start Redocly CLI (${error.message})`);
      resolve(1);
    });
    child.on("close", (status, signal) => resolve(status ?? (signal ? 128 + 15 : 1)));
  });
  const rest = [...filter.end(), ...(partial ? [partial] : [])];
  for (const line of rest) process.stderr.write(`${line}\n`);
  return code;
}

/**
 * The Redocly commands to run for `args`: as given, except that `score`, which
 * takes one API, runs once per API named (and once for `--help`), so that
 * `npm run score` scores both APIs and `npm run score -- --help` only answers.
 */
export function commandsFor(args: readonly string[]): string[][] {
  const [command, ...rest] = args;
  if (command !== "score" || rest.includes("--help") || rest.includes("-h")) return [[...args]];
  // The APIs come first; from the first option on, everything is options and their values.
  const firstOption = rest.findIndex((arg) => arg.startsWith("-"));
  const apis = firstOption === -1 ? rest : rest.slice(0, firstOption);
  const options = firstOption === -1 ? [] : rest.slice(firstOption);
  return apis.length > 1 ? apis.map((api) => ["score", api, ...options]) : [[...args]];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  let code = 0;
  for (const command of commandsFor(process.argv.slice(2))) {
    code = await main(command);
    if (code !== 0) break;
  }
  process.exitCode = code;
}
