// `npx tsx test/corpus/bundle-in-place.ts [--help]`: holds the generator's
// in-place bundle (generator/bundle-shortcut.ts) to Redocly's own bundler on
// every OpenAPI 3.0/3.1 JSON spec of the corpora, and exits non-zero on any
// spec where the two differ, or when no spec was compared.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { bundle, lint } from "@redocly/openapi-core";
import { bundleInPlace } from "../../generator/bundle-shortcut.js";
import { foreignSpecConfig } from "../../generator/load.js";
import { refPolicyFor, SpecResolver } from "../../generator/resolver.js";
import { installCorpora, jsonFiles, OAS_EXAMPLES } from "./corpora.js";

const HELP = `Usage: npx tsx test/corpus/bundle-in-place.ts

For every OpenAPI 3.0/3.1 JSON spec of APIs.guru's directory, GitHub's
api.github.com.json and ReadMe's examples (installing the corpora first if
needed): lints it with the generator's rules for a foreign spec, and where lint
passes, bundles it in place and with Redocly's bundler and compares the two as
JSON. Prints each spec that differs and each the shortcut leaves to the
bundler, with its reason, then the counts. Exits 1 if any differs or none was
compared. About 10 minutes on 2 cores.`;

if (process.argv.includes("--help")) {
  console.log(HELP);
  process.exit(0);
}
const unknown = process.argv.slice(2).filter((argument) => argument !== "--help");
if (unknown.length > 0) {
  console.error(`bundle-in-place: unknown argument ${JSON.stringify(unknown[0])}; --help lists the options`);
  process.exit(2);
}

const corpora = installCorpora();
const files = [...(await jsonFiles(path.join(corpora.directory, "api"))), corpora.githubSpec, ...(await jsonFiles(OAS_EXAMPLES)).filter((file) => /\/3\.[01]\/json\//.test(file))];
const config = await foreignSpecConfig();
const counts = { same: 0, differ: 0, toBundler: 0, notCompared: 0 };
for (const file of files) {
  // Named from the node_modules folder it is in (the corpora's cache is far from here).
  const shown = file.slice(file.lastIndexOf("node_modules/") + "node_modules/".length);
  try {
    if (statSync(file).size > 64 << 20) {
      counts.notCompared++;
      continue;
    }
    const document = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    if (!/^3\.[01]\./.test(String(document.openapi))) {
      counts.notCompared++;
      continue;
    }
    const resolver = new SpecResolver(config.resolve, refPolicyFor(file, config), file);
    const problems = await lint({ ref: file, config, externalRefResolver: resolver });
    if (problems.some((problem) => problem.severity === "error" || problem.ruleId === "no-unresolved-refs")) {
      counts.notCompared++; // the generator refuses it before bundling
      continue;
    }
    const reason = bundleInPlace(document, config, true);
    if (reason !== undefined) {
      counts.toBundler++;
      console.log(`to the bundler  ${shown}  ${reason}`);
      continue;
    }
    const redocly = await bundle({ ref: file, config, externalRefResolver: resolver, componentRenamingConflicts: "error" });
    if (JSON.stringify(redocly.bundle.parsed) === JSON.stringify(document)) counts.same++;
    else {
      counts.differ++;
      console.log(`DIFFERS         ${shown}`);
    }
  } catch (error) {
    counts.notCompared++;
    console.log(`not compared    ${shown}  ${(error as Error).message.split("\n")[0]!.slice(0, 160)}`);
  }
}
console.log(
  `${files.length} files: ${counts.same} bundled in place equal to Redocly's bundle, ${counts.differ} different, ` +
    `${counts.toBundler} left to the bundler, ${counts.notCompared} not compared (not OpenAPI 3.0/3.1 JSON, or refused by lint)`,
);
process.exit(counts.differ > 0 || counts.same === 0 ? 1 : 0);
