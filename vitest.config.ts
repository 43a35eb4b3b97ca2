import { defineConfig } from "vitest/config";

export default defineConfig({
  // The package's own imports (impact-promo-api/...) resolve to the TypeScript sources, not dist/.
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // Lint and bundle runs spawn Redocly; give them room on a 2-core machine.
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
