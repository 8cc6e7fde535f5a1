// Gives the tests a real PostgreSQL server: the one BRIEFBOT_TEST_PG_URL names (CI starts one), else
// a throwaway server started here on 127.0.0.1 and stopped after the run. Without PostgreSQL on the
// machine the PostgreSQL tests say so and are skipped, unless BRIEFBOT_TEST_PG_REQUIRED is set (CI),
// when the run fails instead.

import type { TestProject } from 'vitest/node';
import { startLocalPostgres } from '../../scripts/local-postgres.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An administrator's URL of the test server (each test file makes databases of its own), or ''. */
    pgUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  let url = process.env.BRIEFBOT_TEST_PG_URL?.trim() ?? '';
  let stop = () => {};
  if (!url) {
    try {
      const server = await startLocalPostgres();
      url = server.url;
      stop = server.stop;
    } catch (err) {
      if (process.env.BRIEFBOT_TEST_PG_REQUIRED)
        throw new Error(`BRIEFBOT_TEST_PG_REQUIRED is set but PostgreSQL could not be started: ${(err as Error).message}`);
      process.stderr.write(`\n[postgres] ${(err as Error).message}: the PostgreSQL tests are skipped (SQLite ones run)\n\n`);
    }
  }
  project.provide('pgUrl', url);
  return stop;
}
