// PostgreSQL for tests: a database of its own per call on the test server (test/setup/postgres.ts).

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The test server's administrator URL, or '' when there is none (the PostgreSQL tests skip). */
export const PG_URL = inject('pgUrl');

/** A new, empty database on the test server; returns its URL. */
export async function freshPgDatabase(): Promise<string> {
  const name = `bb_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
