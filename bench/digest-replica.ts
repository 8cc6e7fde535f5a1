// One replica of the digest bench (bench/replicas.ts starts one process per replica): opens the
// PostgreSQL store and the library, says "ready", waits for "go" on stdin, delivers every digest due
// (to a platform that answers at once, or after a set latency per message),
// then prints how many it delivered and how long each claim took.

import type { Digest, DigestPoster } from '../src/adapters/adapter.js';
import { postDigestParts } from '../src/adapters/adapter.js';
import { Library } from '../src/library/library.js';
import { DigestScheduler } from '../src/schedule/scheduler.js';
import { PostgresStore } from '../src/store/postgres-store.js';

const [url, briefings, latency = '0'] = process.argv.slice(2);
/** Milliseconds each message takes to post (a platform's round trip); 0: answered at once. */
const postMs = Number(latency);
const post = (id: string) => (postMs ? new Promise<string>((r) => setTimeout(() => r(id), postMs)) : Promise.resolve(id));
const store = await PostgresStore.open({ url, poolSize: 4 });
const claims: number[] = [];
const claim = store.claimDelivery.bind(store);
store.claimDelivery = async (...args) => {
  const start = performance.now();
  try {
    return await claim(...args);
  } finally {
    claims.push(performance.now() - start);
  }
};
let delivered = 0;
let n = 0;
const poster: DigestPoster = {
  platform: 'slack',
  async postDigest(_channel: string, digest: Digest) {
    delivered++;
    return postDigestParts(
      digest,
      () => post(`h${n++}`),
      () => post(`c${n++}`),
    );
  },
};
const library = new Library(store, { allowPrivateUrls: false });
await library.ingestDirectory(briefings);
const scheduler = new DigestScheduler(store, library, { catchUpHours: 12, postWhenEmpty: false });
scheduler.addPoster(poster);
process.stdout.write('ready\n');
process.stdin.once('data', async () => {
  await scheduler.tick();
  process.stdout.write(`${JSON.stringify({ delivered, claims })}\n`);
  await store.close();
  process.exit(0);
});
