// What only the PostgreSQL store does: a clear word, with no password in it, when the server cannot
// be reached or the URL is wrong. Everything else it promises is in store-contract.test.ts.

import { createServer } from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { PostgresStore } from '../../src/store/postgres-store.js';
import { freshPgDatabase, PG_URL } from '../helpers/postgres.js';
import { waitFor } from '../integration/wait.js';

describe('PostgresStore', () => {
  it('says which server it could not reach, hiding the password', async () => {
    // A port nothing listens on.
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const error = await PostgresStore.open({ url: `postgres://bot:s3cret-pw@127.0.0.1:${port}/briefbot`, poolSize: 2 }).then(
      () => null,
      (err: Error) => err,
    );
    expect(error?.message).toMatch(
      new RegExp(`cannot open the database at postgres://bot:\\*\\*\\*@127\\.0\\.0\\.1:${port}/briefbot: .*is PostgreSQL running`),
    );
    expect(error?.message).not.toContain('s3cret-pw');
  });

  it('is chosen by a postgres:// BRIEFBOT_DB, with its pool size; a broken URL is a configuration error', () => {
    const config = parseConfig({ BRIEFBOT_DB: 'postgresql://bot:pw@db.internal:5432/briefbot', BRIEFBOT_DB_POOL_SIZE: '25' });
    expect(config.postgres).toEqual({ url: 'postgresql://bot:pw@db.internal:5432/briefbot', poolSize: 25 });
    expect(config.dbPath).toBe('postgresql://bot:***@db.internal:5432/briefbot');
    expect(parseConfig({}).postgres).toBeNull();
    expect(() => parseConfig({ BRIEFBOT_DB: 'postgres://bot:p@ss@word@/x y' })).toThrow(/BRIEFBOT_DB: not a valid URL/);
    expect(() => parseConfig({ BRIEFBOT_DB: 'postgres://h/db', BRIEFBOT_DB_POOL_SIZE: '0' })).toThrow(/BRIEFBOT_DB_POOL_SIZE/);
  });

  it.skipIf(!PG_URL)('survives its connections being cut (a server restart): it reports each, and the next call reconnects', async () => {
    const url = await freshPgDatabase();
    const errors: Error[] = [];
    const store = await PostgresStore.open({ url, poolSize: 2, onError: (err) => errors.push(err) });
    try {
      await store.subscribe({ platform: 'shell', channel: 't', time: '09:00', timeZone: 'UTC', createdBy: null }, 1);
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      const cut = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [
        new URL(url).pathname.slice(1),
      ]);
      await admin.end();
      expect(cut.rowCount).toBeGreaterThan(0);
      await waitFor(() => errors.length > 0, 'the dropped connection reported');
      expect(await store.listSubscriptions()).toHaveLength(1);
      expect(await store.ping()).toBe(true);
    } finally {
      await store.close();
    }
  });
});
