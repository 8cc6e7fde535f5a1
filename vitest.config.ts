import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // A temporary folder of the run's own, removed after it (set up first, so removed last); a real PostgreSQL server for
    // the tests that run on both stores.
    globalSetup: ['test/setup/temp-dir.ts', 'test/setup/postgres.ts'],
    // A developer's own .env (read from the project folder) must not reach the tests.
    env: { BRIEFBOT_ENV_FILE: '/nonexistent/briefbot-test.env' },
    // The JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
