import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (jsdom, no browser) and end-to-end tests that drive
// the built extension in real Chromium and Firefox ESR (two files at a time, each browser of a file in turn).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          // vitest's default is one worker fewer than the CPUs: one file at a time on a 2-core machine, one core idle.
          maxWorkers: Math.max(2, availableParallelism() - 1),
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two files at a time, each with its own server and browser profiles: an e2e file mostly waits (pages,
          // popups, quiet periods), using well under one core. TMT_E2E_WORKERS=1 runs them one by one.
          maxWorkers: Number(process.env.TMT_E2E_WORKERS) || 2,
        },
      },
    ],
  },
});
