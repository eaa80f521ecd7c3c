import { defineConfig } from "vitest/config";

/**
 * Three projects, each runnable alone (`npm run test:unit`, `test:site`,
 * `test:browser`); `npm test` runs all three.
 *
 * - unit: functions and plugins in-process, and the deploy files; nothing builds a site.
 * - site: the built pages, and the build command itself.
 * - browser: the built site in Chromium.
 *
 * The site and browser projects share one build of `data/` per run
 * (test/support/global-setup.ts); the browser project's files share one
 * Chromium, each in a context of its own (test/support/browser-server.ts).
 */
const BUILT_SITE = ["test/support/global-setup.ts"];
const SHARED_CHROMIUM = "test/support/browser-server.ts";

export default defineConfig({
  test: {
    pool: "forks",
    // Test files share their worker's modules rather than import them again for every file: most of the
    // unit tests' time was importing. What they test keeps no state between calls, a file that changes
    // process.env puts it back, and each file's own module state (its browser, its folders) is its own.
    isolate: false,
    // Vitest's default on 2 cores is 1 worker: every file in turn, each waiting on its child processes.
    maxWorkers: 3,
    // Every test file deletes the temporary folders it made (test/support/temporary.ts).
    setupFiles: ["test/support/cleanup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/scripts/**/*.test.ts", "test/plugins/**/*.test.ts", "test/deploy/**/*.test.ts"],
        },
      },
      {
        extends: true,
        // Tests here spawn builds: minutes, not seconds, when the machine is busy.
        test: { name: "site", include: ["test/site/**/*.test.ts"], globalSetup: BUILT_SITE, testTimeout: 180_000 },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: [...BUILT_SITE, SHARED_CHROMIUM],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
