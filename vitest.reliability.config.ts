import { defineConfig } from 'vitest/config';

/** The long fault runs (`npm run test:reliability`): real processes killed with SIGKILL mid-burst. */
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
