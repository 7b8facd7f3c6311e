import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium via playwright-core against the built site on loopback.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
