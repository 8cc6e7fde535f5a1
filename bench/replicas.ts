// Digests of 10,000 subscriptions due at once, delivered by 1 and by 3 replicas (separate processes)
// sharing one PostgreSQL database: throughput of each, their ratio, and how long a claim takes. Twice:
// with a platform that answers at once (the bot and the database are the limit), and with 20 ms per
// message (as a chat platform's API: the waiting is the limit, and replicas share it; 3,000 then).
// Needs PostgreSQL's server programs (a throwaway server is started on loopback); skipped without them.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { PostgresStore } from '../src/store/postgres-store.js';
import { report } from './stats.js';

const SUBSCRIPTIONS = 10_000;
/** With a slow platform, fewer (the single replica alone would take two minutes for 10,000). */
const SUBSCRIPTIONS_SLOW = 3_000;

type LocalPostgres = {
  findPostgresBin(): string | null;
  startLocalPostgres(): Promise<{ url: string; stop: () => void }>;
};

async function database(adminUrl: string, name: string, subscriptions: number): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // Migrated once, then the subscriptions in one statement: all due a few minutes ago.
  await (await PostgresStore.open({ url: url.toString(), poolSize: 1 })).close();
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const at = new Date(Date.now() - 3 * 60_000).toISOString().slice(11, 16);
  await client.query(
    `INSERT INTO subscriptions (platform, channel, time, time_zone, created_by, created_at)
     SELECT 'slack', 'C' || i, $1, 'UTC', NULL, $2 FROM generate_series(1, $3) AS i`,
    [at, Date.now() - 2 * 86_400_000, subscriptions],
  );
  await client.end();
  return url.toString();
}

async function run(root: string, url: string, replicas: number, latencyMs: number): Promise<{ seconds: number; delivered: number[]; claims: number[] }> {
  const script = join(root, '.bench-dist', 'bench', 'digest-replica.js');
  const children = Array.from({ length: replicas }, () =>
    spawn(process.execPath, [script, url, join(root, 'briefings'), String(latencyMs)], { stdio: ['pipe', 'pipe', 'inherit'] }),
  );
  const lines = children.map((c) => createInterface({ input: c.stdout! })[Symbol.asyncIterator]());
  for (const l of lines) await l.next(); // "ready"
  const start = performance.now();
  for (const c of children) c.stdin!.write('go\n');
  const results = await Promise.all(lines.map(async (l) => JSON.parse((await l.next()).value as string) as { delivered: number; claims: number[] }));
  const seconds = (performance.now() - start) / 1000;
  return { seconds, delivered: results.map((r) => r.delivered), claims: results.flatMap((r) => r.claims) };
}

export async function benchReplicas(root: string): Promise<void> {
  const local = (await import(pathToFileURL(join(root, 'scripts', 'local-postgres.mjs')).href)) as LocalPostgres;
  if (!local.findPostgresBin()) {
    console.log('replicas: skipped (PostgreSQL is not installed)');
    return;
  }
  const server = await local.startLocalPostgres();
  // An interrupted bench stops its server too.
  const interrupted = () => {
    server.stop();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const cores = (await import('node:os')).cpus().length;
    for (const latencyMs of [0, 20]) {
      const rates: number[] = [];
      const platform = latencyMs ? `a platform taking ${latencyMs} ms per message` : 'a platform answering at once';
      for (const replicas of [1, 3]) {
        const count = latencyMs ? SUBSCRIPTIONS_SLOW : SUBSCRIPTIONS;
        const url = await database(server.url, `bench_${latencyMs}_${replicas}`, count);
        const r = await run(root, url, replicas, latencyMs);
        const total = r.delivered.reduce((a, b) => a + b, 0);
        rates.push(total / r.seconds);
        console.log(
          `digests on PostgreSQL, ${platform}, ${replicas} replica${replicas > 1 ? 's' : ''}: ${total} of ${count} in ${r.seconds.toFixed(1)} s = ${(total / r.seconds).toFixed(0)}/s (each: ${r.delivered.join(', ')})`,
        );
        report(`  claim latency (${r.claims.length} claims, won or lost)`, r.claims);
        if (!latencyMs && replicas === 1) {
          // Every minute for the catch-up window, each replica's tick finds those digests done.
          const again = await run(root, url, 1, 0);
          console.log(`  the next tick, finding all ${count} done: ${(again.seconds * 1000).toFixed(0)} ms, ${again.claims.length} claims`);
        }
      }
      console.log(`  3 replicas / 1 replica throughput = ${(rates[1] / rates[0]).toFixed(2)}× (all processes and the server on ${cores} cores)`);
    }
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    server.stop();
  }
}
