import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'web/src/**/*.test.ts'],
    // Suites that start servers of their own run with `npm run test:cluster`; process-kill runs take a
    // minute or more on two cores: `npm run test:reliability`.
    exclude: ['tests/cluster/**', 'tests/faults/**', '**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
