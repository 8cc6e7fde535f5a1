// What only the SQLite store does: its file (created with its folders), and a clear word when the
// file cannot be used. Everything else it promises is in store-contract.test.ts, on both stores.

import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite-store.js';

describe('SqliteStore', () => {
  it('creates the database file and its folders on first use', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'briefbot-db-')), 'nested', 'bot.db');
    const a = new SqliteStore(path);
    await a.subscribe({ platform: 'slack', channel: 'C1', time: '09:00', timeZone: 'UTC', createdBy: null }, 1000);
    await a.close();
    expect(existsSync(path)).toBe(true);
    const b = new SqliteStore(path);
    expect(await b.listSubscriptions()).toHaveLength(1);
    await b.close();
  });

  it('says clearly when the database cannot be opened', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-bad-'));
    const corrupt = join(dir, 'corrupt.db');
    writeFileSync(corrupt, 'this is not a database, just text that is long enough to be read as a header '.repeat(20));
    expect(() => new SqliteStore(corrupt)).toThrow(/cannot open the database at .*corrupt\.db.*BRIEFBOT_DB/);
    const underFile = join(corrupt, 'inside', 'x.db');
    expect(() => new SqliteStore(underFile)).toThrow(/cannot open the database/);
  });
});
