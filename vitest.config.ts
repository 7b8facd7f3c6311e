import { defineConfig } from 'vitest/config';

// Unit tests only; browser tests run through scripts/run-tests.ts against the built site.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // A few specifications compile the whole catalog (8,500 codes) from content: tens of seconds on
    // two busy cores, so the limits guard against hangs, not against that work.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
