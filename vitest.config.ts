import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // A safety bound for the end-to-end tests on a busy 2-core machine, not a speed assertion.
    testTimeout: 30_000,
  },
});
