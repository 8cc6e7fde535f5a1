// `briefbot digest` and `briefbot subscriptions`: run a digest by hand through the same claim as
// the clock (so a second run for a date says "already delivered"), and list subscriptions.

import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { SHELL_CHANNEL } from '../adapters/shell.js';
import { openForCli, postersFor } from '../cli-context.js';
import { UsageError } from '../usage-error.js';
import { UserError } from '../core/errors.js';
import type { Subscription } from '../store/store.js';
import { deliverDigest, DEFAULT_DELIVERY, type DeliveryOutcome } from './deliver.js';
import { localDate } from './local-time.js';

const describeSub = (s: Subscription) => `#${s.id} ${s.platform} ${s.platform === 'shell' ? SHELL_CHANNEL : s.channel} daily at ${s.time} ${s.timeZone}`;

function describeOutcome(o: DeliveryOutcome): string {
  switch (o.status) {
    case 'delivered':
      return `delivered ${o.count} briefing${o.count === 1 ? '' : 's'}${o.late ? ' (late)' : ''}`;
    case 'empty':
      return 'nothing new since the last digest; nothing posted';
    case 'already-delivered':
      return 'already delivered';
    case 'claimed-elsewhere':
      return 'being delivered by another process';
    case 'no-adapter':
      return 'no credentials for this platform are configured; not delivered';
    case 'failed':
      return `failed: ${o.error}`;
    case 'dry-run':
      return `would deliver ${o.count} briefing${o.count === 1 ? '' : 's'} (dry run)`;
  }
}

/** "2025-02-29" and "2025-13-45" are not dates. */
function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export async function runDigestCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { subscription: { type: 'string' }, all: { type: 'boolean' }, date: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  });
  if (!values.all && !values.subscription) throw new UsageError('say which digest: --subscription ID or --all');
  if (values.date && !isCalendarDate(values.date)) throw new UserError(`--date must be a real date as YYYY-MM-DD (got "${values.date.slice(0, 20)}")`);
  const { config, store, library } = await openForCli();
  try {
    await library.ingestDirectory(config.briefingsDir);
    const subs = values.all
      ? await store.listSubscriptions()
      : [await store.getSubscription(Number(values.subscription))].filter((s): s is Subscription => !!s);
    if (!subs.length) throw new UserError(values.all ? 'there are no subscriptions' : `no subscription #${values.subscription}`);
    const posters = await postersFor(config, library, store);
    const owner = randomUUID();
    let failed = 0;
    for (const sub of subs) {
      const date = values.date ?? localDate(Date.now(), sub.timeZone);
      const outcome = await deliverDigest(
        store,
        library,
        posters,
        sub,
        date,
        false,
        Date.now(),
        { ...DEFAULT_DELIVERY, owner, leaseMs: config.claimLeaseMs, postWhenEmpty: config.digestWhenEmpty },
        values['dry-run'] ?? false,
      );
      if (outcome.status === 'failed' || outcome.status === 'no-adapter') failed++;
      process.stderr.write(`${describeSub(sub)} ${date}: ${describeOutcome(outcome)}\n`);
    }
    // cron and systemd read the exit code: a digest that did not go out is a failure.
    if (failed) throw new UserError(`${failed} of ${subs.length} digest${subs.length === 1 ? '' : 's'} not delivered`);
  } finally {
    await store.close();
  }
}

export async function runSubscriptionsCommand(_args: string[]): Promise<void> {
  const { store } = await openForCli();
  try {
    const subs = await store.listSubscriptions();
    process.stdout.write(subs.length ? `${subs.map(describeSub).join('\n')}\n` : 'No subscriptions. Create one with /subscribe HH:MM [zone] in a channel.\n');
  } finally {
    await store.close();
  }
}
