import { defineConfig } from 'vitest/config';

// Browser tests: one real server on a fresh seeded SQLite database, driven by Debian's Chromium.
// Separate from `npm test` (they need the built app and a browser); .ci/run builds the app and runs them.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['tests/**/*.browser.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
