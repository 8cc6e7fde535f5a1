// Opens the store the configuration names: the embedded SQLite file (the default), or PostgreSQL
// when BRIEFBOT_DB is a postgres:// URL (several replicas on one database). The PostgreSQL client is
// loaded only then.

import type { Config } from '../config.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

export async function openStore(config: Pick<Config, 'dbPath' | 'postgres'>, onError?: (err: Error) => void): Promise<Store> {
  if (config.postgres) {
    const { PostgresStore } = await import('./postgres-store.js');
    // A pooled connection that drops while idle (a server restart) is reported; the pool replaces it.
    return PostgresStore.open({ ...config.postgres, onError });
  }
  return new SqliteStore(config.dbPath);
}
