import { defineConfig } from "vitest/config";

// Two projects: fast unit tests of plain functions, and browser tests over a built site.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
          exclude: ["tests/browser/**", "tests/site/**", "node_modules/**"],
          testTimeout: 60_000,
        },
      },
      {
        // Checks of the built Palmar site, in Node and in Chromium; the site is built once for all.
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts", "tests/browser/**/*.test.ts"],
          globalSetup: ["tests/site/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
