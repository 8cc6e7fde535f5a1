// Planning and delivering the digests of 1,000 subscriptions to the shell adapter.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { ShellAdapter } from '../src/adapters/shell.js';
import { CommandRouter } from '../src/commands/router.js';
import { Library } from '../src/library/library.js';
import { DigestScheduler } from '../src/schedule/scheduler.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { report } from './stats.js';

export async function benchDigests(root: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
  let now = Date.parse('2026-06-01T08:00:00Z');
  const clock = () => now;
  const store = new SqliteStore(join(dir, 'bench.db'));
  const library = new Library(store, { allowPrivateUrls: false, clock });
  await library.ingestDirectory(join(root, 'briefings'));
  const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney'];
  for (let i = 0; i < 1000; i++)
    await store.subscribe({ platform: 'shell', channel: `channel-${i}`, time: '09:00', timeZone: zones[i % zones.length], createdBy: null }, now - 3_600_000);
  const output = new PassThrough();
  output.resume();
  const shell = new ShellAdapter(new CommandRouter(library, store, { defaultTimeZone: 'UTC' }), {
    input: new PassThrough(),
    output,
    interactive: false,
    articleCount: 1,
  });
  const scheduler = new DigestScheduler(store, library, { catchUpHours: 24, postWhenEmpty: false, clock, owner: 'bench' });
  scheduler.addPoster(shell);
  now = Date.parse('2026-06-02T12:00:00Z');
  const start = performance.now();
  await scheduler.tick();
  const elapsed = performance.now() - start;
  let delivered = 0;
  for (const s of await store.listSubscriptions()) if ((await store.lastDeliveredAt(s.id)) !== null) delivered++;
  report(`digests: plan + deliver 1,000 subscriptions to the shell (${delivered} delivered)`, [elapsed]);
  await store.close();
}
