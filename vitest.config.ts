import { readFileSync } from "node:fs";
import ts from "typescript";
import { defineConfig } from "vitest/config";

// The package's own imports (impact-promo-api/...) resolve to the TypeScript
// sources, not dist/: the same map tsconfig.json's `paths` gives tsc, so the
// published package.json names only files that ship.
const tsconfig = ts.parseConfigFileTextToJson("tsconfig.json", readFileSync(new URL("./tsconfig.json", import.meta.url), "utf8"));
const paths = (tsconfig.config?.compilerOptions?.paths ?? {}) as Record<string, string[]>;
const alias = Object.entries(paths).map(([specifier, [target]]) => ({
  find: new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`),
  replacement: new URL(target!, import.meta.url).pathname,
}));

export default defineConfig({
  resolve: { alias },
  test: {
    include: ["test/**/*.test.ts"],
    // Lint and bundle runs spawn Redocly; give them room on a 2-core machine.
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
