// The two stores behind one interface, for the tests that must hold on both: SQLite in a file of its
// own, and PostgreSQL in a database of its own on the test server (skipped when there is none).

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStore } from '../../src/store/postgres-store.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { freshPgDatabase, PG_URL } from './postgres.js';

export interface Backend {
  name: 'sqlite' | 'postgres';
  available: boolean;
  /** A new, empty database; `open` connects to it (again: another process, another replica). */
  database(): Promise<{ open(): Promise<Store>; env: Record<string, string> }>;
}

export const BACKENDS: readonly Backend[] = [
  {
    name: 'sqlite',
    available: true,
    async database() {
      const path = join(mkdtempSync(join(tmpdir(), 'briefbot-store-')), 'bot.db');
      return { open: async () => new SqliteStore(path), env: { BRIEFBOT_DB: path } };
    },
  },
  {
    name: 'postgres',
    available: !!PG_URL,
    async database() {
      const url = await freshPgDatabase();
      return { open: () => PostgresStore.open({ url, poolSize: 4 }), env: { BRIEFBOT_DB: url } };
    },
  },
];
