import { defineConfig } from 'vitest/config';

// Browser journeys against the real server: one server for the run (global setup) and two test files at
// a time, each in its own fork with its own browser. While one file's browser renders, the other's
// requests keep the server busy, which on two cores takes the run from about seven minutes to under
// five. Files may run side by side in any order: each creates its own children and notifications, and
// no two files change the same user's settings.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['./src/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: true,
    // A fork runs file after file: Playwright and axe-core are imported once per fork, not once per file.
    // Each file launches its own browser and signs its users in afresh, so no state passes between files.
    isolate: false,
    sequence: { concurrent: false },
    testTimeout: 90_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    // The browser and the server share two cores: give the page time to settle before failing.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
