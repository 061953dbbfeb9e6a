import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'eval/**/*.test.ts'],
    // Database-backed suites share one PostgreSQL server in CI; files run in parallel processes.
    pool: 'forks',
    testTimeout: 60_000,
    // Browser tests poll what the page shows until it matches: on a loaded CI machine an answer can take seconds.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
    globalSetup: ['test/e2e/support/build-web.ts'],
  },
});
