// Several replicas of the bot (`node dist/main.js`, real processes) on one PostgreSQL database,
// posting to the local Slack fake in two workspaces installed through OAuth: every digest due goes
// out exactly once, the work is spread over the replicas, each workspace's digests carry its own
// token, and a replica killed with SIGKILL mid-run has its claimed digest finished by another after
// the lease, without a heading or card posted twice.

import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/store/postgres-store.js';
import { freshPgDatabase, PG_URL } from '../helpers/postgres.js';
import { FakeSlack, mentionEvent, sendSigned } from './fake-slack.js';
import { freePort, startNode, tempWorkspace } from './harness.js';
import { waitFor } from './wait.js';

const MAIN = join(import.meta.dirname, '..', '..', 'dist', 'main.js');
const SUBSCRIPTIONS = 300;
const WORKSPACES = ['T1', 'T2'] as const;

/** "HH:MM" in UTC a few minutes ago, and that digest's local date: due now, at every replica's first tick. */
function dueAMomentAgo(): { time: string; localDate: string } {
  const at = new Date(Date.now() - 3 * 60_000);
  return { time: at.toISOString().slice(11, 16), localDate: at.toISOString().slice(0, 10) };
}

/** A database with the two workspaces installed and `SUBSCRIPTIONS` Slack channels subscribed, half in each. */
async function seed(url: string): Promise<{ localDate: string; workspaceOf: Map<string, string> }> {
  const store = await PostgresStore.open({ url, poolSize: 2 });
  const { time, localDate } = dueAMomentAgo();
  const workspaceOf = new Map<string, string>();
  try {
    for (const team of WORKSPACES)
      await store.saveSlackInstallation(
        team,
        JSON.stringify({
          team: { id: team },
          enterprise: undefined,
          isEnterpriseInstall: false,
          bot: { token: `xoxb-${team}`, userId: `UBOT${team}`, scopes: [] },
        }),
        Date.now(),
      );
    for (let i = 0; i < SUBSCRIPTIONS; i++) {
      const channel = `C${String(i).padStart(4, '0')}`;
      const team = WORKSPACES[i % WORKSPACES.length];
      workspaceOf.set(channel, team);
      await store.rememberChannelWorkspace('slack', channel, team, Date.now());
      await store.subscribe({ platform: 'slack', channel, time, timeZone: 'UTC', createdBy: null }, Date.now() - 2 * 86_400_000);
    }
  } finally {
    await store.close();
  }
  return { localDate, workspaceOf };
}

const children: ChildProcess[] = [];
const fakes: FakeSlack[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const f of fakes.splice(0)) await f.stop();
});

/** A fake Slack answering after `latencyMs`, a fresh database seeded with the workspaces and the
 * subscriptions, and three replicas started on it. */
async function threeReplicas(latencyMs: number) {
  const slack = new FakeSlack();
  await slack.start();
  fakes.push(slack);
  slack.latencyMs = latencyMs;
  const url = await freshPgDatabase();
  const { localDate, workspaceOf } = await seed(url);
  const replicas = await startReplicas(3, url, slack);
  return { slack, url, localDate, workspaceOf, replicas };
}

async function startReplicas(count: number, url: string, slack: FakeSlack) {
  const ws = tempWorkspace();
  return Promise.all(
    Array.from({ length: count }, async () => {
      const port = await freePort();
      const replica = startNode(MAIN, {
        cwd: join(import.meta.dirname, '..', '..'),
        env: {
          PATH: process.env.PATH ?? '',
          BRIEFBOT_ENV_FILE: '/nonexistent/briefbot.env',
          BRIEFBOT_DB: url,
          BRIEFBOT_DB_POOL_SIZE: '4',
          BRIEFBOT_BRIEFINGS_DIR: ws.briefings,
          BRIEFBOT_CLAIM_LEASE_SECONDS: '5',
          BRIEFBOT_LOG_LEVEL: 'info',
          SLACK_CLIENT_ID: '111.222',
          SLACK_CLIENT_SECRET: 'client-secret',
          SLACK_STATE_SECRET: 'a-state-secret-of-some-length',
          SLACK_SIGNING_SECRET: 'signing-secret',
          SLACK_API_URL: slack.apiUrl,
          HOST: '127.0.0.1',
          PORT: String(port),
        },
      });
      children.push(replica.child);
      return { ...replica, url: `http://127.0.0.1:${port}` };
    }),
  );
}

/** Who delivered what: each delivery's status, owner and attempts. */
async function deliveries(url: string): Promise<Array<{ subscription_id: number; status: string; claimed_by: string; attempts: number }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT subscription_id::int AS subscription_id, status, claimed_by, attempts FROM deliveries')).rows;
  } finally {
    await client.end();
  }
}

/** The subscriptions a replica's log (one JSON line per record) says it delivered a digest for. */
function deliveredIn(log: string): number[] {
  const ids: number[] = [];
  for (const line of log.split('\n')) {
    if (!line.includes('"digest"')) continue;
    try {
      const record = JSON.parse(line);
      if (record.msg === 'digest' && record.status === 'delivered') ids.push(Number(record.subscription));
    } catch {
      // a line cut mid-write: the next poll reads it whole
    }
  }
  return ids;
}

/** Who claimed the first of these subscriptions' digests: the replica that delivered it. */
async function ownerOf(url: string, subscriptions: number[]): Promise<string | undefined> {
  if (!subscriptions.length) return undefined;
  return (await deliveries(url)).find((d) => d.subscription_id === subscriptions[0])?.claimed_by;
}

/** Waits until every subscription's digest is delivered, then a moment more for anything that would go out twice to do so. */
async function allDelivered(url: string, timeoutMs: number): Promise<void> {
  await waitFor(async () => (await deliveries(url)).filter((d) => d.status === 'delivered').length === SUBSCRIPTIONS, `${SUBSCRIPTIONS} digests`, timeoutMs);
  await new Promise((r) => setTimeout(r, 1_000));
}

/** The digest messages each channel received: headings and card parts, by channel. */
function digestPosts(slack: FakeSlack, localDate: string) {
  const byChannel = new Map<string, { headings: number; parts: string[]; tokens: Set<string | null> }>();
  for (const post of slack.posts()) {
    const text = String(post.args.text ?? '');
    const entry = byChannel.get(String(post.args.channel)) ?? { headings: 0, parts: [], tokens: new Set() };
    if (text.startsWith(`🗞️ Daily digest for ${localDate}`)) entry.headings++;
    const part = new RegExp(`🗞️ ${localDate} · (\\d+)/(\\d+)`).exec(text);
    if (part) entry.parts.push(part[1]);
    entry.tokens.add(post.token);
    byChannel.set(String(post.args.channel), entry);
  }
  return byChannel;
}

function expectEachOnce(slack: FakeSlack, localDate: string, workspaceOf: Map<string, string>): void {
  const posts = digestPosts(slack, localDate);
  expect(posts.size).toBe(SUBSCRIPTIONS);
  for (const [channel, p] of posts) {
    expect({ channel, headings: p.headings, parts: p.parts }).toEqual({ channel, headings: 1, parts: ['1'] });
    // Each workspace's digests with its own token, whichever replica sent them.
    expect([...p.tokens]).toEqual([`xoxb-${workspaceOf.get(channel)}`]);
  }
}

describe.skipIf(!PG_URL)('replicas on one PostgreSQL database', () => {
  it(`three replicas deliver ${SUBSCRIPTIONS} digests due at once exactly once, between them`, async () => {
    const { slack, url, localDate, workspaceOf, replicas } = await threeReplicas(5);
    await allDelivered(url, 90_000);
    expectEachOnce(slack, localDate, workspaceOf);
    const rows = await deliveries(url);
    expect(rows).toHaveLength(SUBSCRIPTIONS);
    const perReplica = [...new Set(rows.map((d) => d.claimed_by))].map((owner) => rows.filter((d) => d.claimed_by === owner).length);
    expect(perReplica).toHaveLength(3);
    expect(Math.min(...perReplica)).toBeGreaterThan(0);
    for (const r of replicas) expect(r.output.err).not.toMatch(/"level":50/);

    // Slack retries an event at another replica (behind a load balancer): it is answered once.
    const before = slack.posts().length;
    const event = mentionEvent('Ev-retried', '<@UBOT> hello', '1800000000.000001', undefined, 'C0000');
    for (const r of replicas) expect((await sendSigned(r.url, event, 'application/json', 'signing-secret')).status).toBe(200);
    await waitFor(() => slack.posts().length > before, 'the answer to the mention', 10_000);
    await new Promise((r) => setTimeout(r, 1_000));
    const answers = slack.posts().slice(before);
    expect(answers.map((p) => [p.args.channel, p.token])).toEqual([['C0000', 'xoxb-T1']]);
  }, 120_000);

  it('a replica killed mid-run has its claimed digest finished by another after the lease, nothing lost or doubled', async () => {
    // Slow enough that every replica is always in the middle of a digest.
    const {
      slack,
      url,
      localDate,
      workspaceOf,
      replicas: [victim],
    } = await threeReplicas(25);
    // The victim's owner id is the claimant of a digest its own log says it delivered; it is killed only
    // while the database shows it holding a claim, so that there is a claim to take over (a replica
    // that started late, or was between two digests, would leave nothing to retake).
    const owner = await waitFor(async () => ownerOf(url, deliveredIn(victim.output.err)), 'the victim delivering digests', 60_000);
    await waitFor(async () => (await deliveries(url)).some((d) => d.claimed_by === owner && d.status === 'claimed'), 'the victim holding a claim', 60_000);
    victim.child.kill('SIGKILL');
    await victim.closed;
    const held = (await deliveries(url)).filter((d) => d.claimed_by === owner && d.status === 'claimed').map((d) => d.subscription_id);
    expect(held.length).toBeGreaterThanOrEqual(1);
    await allDelivered(url, 120_000);
    expectEachOnce(slack, localDate, workspaceOf);
    // Every digest the dead replica held was taken over (a second attempt) and delivered by a replica still alive.
    const rows = await deliveries(url);
    for (const id of held) {
      const row = rows.find((d) => d.subscription_id === id);
      expect({ id, status: row?.status, retaken: (row?.attempts ?? 0) > 1, byAnother: row?.claimed_by !== owner }).toEqual({
        id,
        status: 'delivered',
        retaken: true,
        byAnother: true,
      });
    }
    expect(new Set(rows.map((d) => d.claimed_by)).size).toBeGreaterThanOrEqual(2);
  }, 180_000);
});
