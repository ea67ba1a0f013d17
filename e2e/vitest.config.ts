import { defineConfig } from 'vitest/config';

// Browser journeys against the real server: one server for the run (global setup), one test file at a
// time in one fork, so that the run fits in two CPU cores.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['./src/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 90_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    // The browser and the server share two cores: give the page time to settle before failing.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
