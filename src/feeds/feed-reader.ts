// Reads fetched feed documents in a worker thread with a deadline: a document that takes too long
// is abandoned (its thread replaced) with a plain message.

import { UserError } from '../core/errors.js';
import type { FeedReadReply, FeedReadRequest } from '../core/worker/read-feed.js';
import { workerFile } from '../library/off-thread.js';
import { WorkerPool } from '../library/worker-pool.js';

/** Far longer than any real feed takes (a 5 MB feed reads in about a second). */
export const FEED_READ_DEADLINE_MS = 15_000;

export class FeedReader {
  private readonly pool: WorkerPool<FeedReadRequest, FeedReadReply>;

  constructor(deadlineMs = FEED_READ_DEADLINE_MS) {
    this.pool = new WorkerPool(workerFile('read-feed.js'), {
      size: 1,
      deadlineMs,
      overran: (r) => new UserError(`the feed at ${r.url} took longer than ${Math.round(deadlineMs / 1000)} s to read; it was abandoned`),
    });
  }

  read(request: FeedReadRequest): Promise<FeedReadReply> {
    return this.pool.run(request);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
