import { defineConfig } from 'vitest/config';

// Tests that start servers of their own (PostgreSQL primary and standby, nginx): `npm run test:cluster`.
export default defineConfig({
  test: {
    include: ['tests/cluster/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
