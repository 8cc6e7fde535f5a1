// Delivers one digest exactly once: claim it in the store (a unique key per subscription and local
// date), post it through the channel's adapter, then record the platform message ids. A claim
// abandoned by a crash is taken over after its lease; a second process finds the claim taken.

import type { DigestPoster } from '../adapters/adapter.js';
import type { Library } from '../library/library.js';
import type { ArticleSummary, Store, Subscription } from '../store/store.js';

export interface DeliveryOptions {
  owner: string;
  leaseMs: number;
  maxAttempts: number;
  postWhenEmpty: boolean;
  /** The time a posted part is recorded at (it renews the claim's lease); the wall clock by default. */
  clock?: () => number;
}

export type DeliveryOutcome =
  | { status: 'delivered'; messageIds: string[]; late: boolean; count: number }
  | { status: 'empty' }
  | { status: 'already-delivered' }
  /** Another process holds the claim; `retryAt`: when its lease runs out, if it has not finished by then. */
  | { status: 'claimed-elsewhere'; retryAt?: number }
  | { status: 'no-adapter' }
  | { status: 'failed'; error: string }
  | { status: 'dry-run'; count: number };

export const DEFAULT_DELIVERY: Omit<DeliveryOptions, 'owner'> = { leaseMs: 10 * 60_000, maxAttempts: 5, postWhenEmpty: false };

/** What a channel's digest holds: the articles added since its last digest (files, URLs), and the
 * stories of the feeds it follows in digest mode (one each, however many feeds carried it). */
export async function digestContents(
  store: Store,
  sub: Subscription,
  since: number,
  now: number,
): Promise<{ records: ArticleSummary[]; withoutCard: Array<{ title: string; link: string | null }> }> {
  const records = await store.articlesIngestedAfter(since);
  const ids = new Set(records.map((r) => r.id));
  const withoutCard: Array<{ title: string; link: string | null }> = [];
  for (const story of await store.digestStories(sub.platform, sub.channel, since, now)) {
    if (story.articleId === null) withoutCard.push({ title: story.title, link: story.link });
    else if (!ids.has(story.articleId)) {
      const record = await store.getArticle(story.articleId);
      if (record) {
        ids.add(record.id);
        records.push(record);
      }
    }
  }
  return { records, withoutCard };
}

export async function deliverDigest(
  store: Store,
  library: Library,
  posters: ReadonlyMap<string, DigestPoster>,
  sub: Subscription,
  localDate: string,
  late: boolean,
  now: number,
  options: DeliveryOptions,
  dryRun = false,
): Promise<DeliveryOutcome> {
  const existing = await store.getDelivery(sub.id, localDate);
  if (existing && (existing.status === 'delivered' || existing.status === 'empty')) return { status: 'already-delivered' };
  // The first digest covers the day before the subscription; later ones, what came since the last.
  const contents = async () => digestContents(store, sub, (await store.lastDeliveredAt(sub.id)) ?? sub.createdAt - 86_400_000, now);
  if (dryRun) {
    const { records, withoutCard } = await contents();
    return { status: 'dry-run', count: records.length + withoutCard.length };
  }
  const poster = posters.get(sub.platform);
  if (!poster) return { status: 'no-adapter' };

  // Claimed before its contents are read: replicas that lose the claim do no more work for it.
  const claim = await store.claimDelivery(sub.id, localDate, options.owner, now, { late, leaseMs: options.leaseMs, maxAttempts: options.maxAttempts });
  if (!claim) {
    const again = await store.getDelivery(sub.id, localDate);
    if (again && (again.status === 'delivered' || again.status === 'empty')) return { status: 'already-delivered' };
    return again?.status === 'claimed' ? { status: 'claimed-elsewhere', retryAt: again.claimedAt + options.leaseMs } : { status: 'claimed-elsewhere' };
  }
  const { records, withoutCard } = await contents();
  if (!records.length && !withoutCard.length && !options.postWhenEmpty) {
    await store.completeDelivery(claim.id, options.owner, 'empty', [], now);
    return { status: 'empty' };
  }
  try {
    // A retried claim resumes where the last attempt stopped: after the messages it recorded, and
    // after any further part found in the channel (posted by a process that died before recording it).
    let posted = claim.attempts > 1 ? (claim.messageIds ?? '').split(',').filter(Boolean) : [];
    if (claim.attempts > 1 && poster.findPostedParts) {
      const found = await poster.findPostedParts(sub.channel, localDate);
      if (found.length > posted.length) posted = found;
    }
    const briefings = (await Promise.all(records.map((r) => library.get(r.id)))).filter((b): b is NonNullable<typeof b> => !!b);
    if (posted.length > briefings.length) {
      await store.completeDelivery(claim.id, options.owner, 'delivered', posted, now);
      return { status: 'already-delivered' };
    }
    const messageIds = await poster.postDigest(sub.channel, {
      localDate,
      late: claim.late,
      briefings,
      withoutCard,
      alreadyPosted: posted,
      // Each part recorded as it goes out also renews the lease: a long digest is not taken over mid-way.
      onPosted: (ids) => store.recordDeliveryProgress(claim.id, options.owner, ids, (options.clock ?? Date.now)()),
    });
    await store.completeDelivery(claim.id, options.owner, 'delivered', messageIds, now);
    return { status: 'delivered', messageIds, late: claim.late, count: briefings.length };
  } catch (err) {
    const error = (err as Error).message ?? String(err);
    await store.failDelivery(claim.id, options.owner, error);
    return { status: 'failed', error };
  }
}
