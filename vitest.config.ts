import { defineConfig } from 'vitest/config';

// Unit tests only; browser tests run through scripts/run-tests.ts against the built site.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
