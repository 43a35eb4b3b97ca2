import { readFileSync } from "node:fs";
import ts from "typescript";
import { configDefaults, defineConfig } from "vitest/config";

// The package's own imports (impact-promo-api/...) resolve to the TypeScript
// sources, not dist/: the same map tsconfig.json's `paths` gives tsc, so the
// published package.json names only files that ship.
const tsconfig = ts.parseConfigFileTextToJson("tsconfig.json", readFileSync(new URL("./tsconfig.json", import.meta.url), "utf8"));
const paths = (tsconfig.config?.compilerOptions?.paths ?? {}) as Record<string, string[]>;
const alias = Object.entries(paths).map(([specifier, [target]]) => ({
  find: new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`),
  replacement: new URL(target!, import.meta.url).pathname,
}));

// Lighthouse's performance score is a timing: with the other suites running beside it on
// a 2-core machine, a page that scores 100 alone scored 86 (CI, 2026-12-07). So the file
// that runs Lighthouse is a project of its own, run alone once every other file is done.
const TIMED_IN_BROWSER = ["test/docs/site-quality.test.ts"];

export default defineConfig({
  resolve: { alias },
  test: {
    // Lint and bundle runs spawn Redocly; give them room on a 2-core machine.
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "suites", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...TIMED_IN_BROWSER], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: "timed in a browser", include: TIMED_IN_BROWSER, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
