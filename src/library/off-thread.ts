// Reads an article in a worker thread with a deadline: the parsing and extraction of a page happen
// off the event loop (in a small pool of long-lived threads), and a page that takes longer than the
// deadline is abandoned (its thread is replaced) with a plain message, instead of freezing the bot.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import type { Analysis } from '../core/analysis.js';
import { UserError } from '../core/errors.js';
import type { ReadRequest } from '../core/worker/read-article.js';
import { PROJECT_DIR } from '../config.js';
import { WorkerPool } from './worker-pool.js';

/** Longer than any real article takes (a 1 MB one reads in well under a second). */
export const READ_DEADLINE_MS = 20_000;

/** A compiled worker: beside this file when running from dist/, in dist/ when running from src/ (tests). */
export function workerFile(name = 'read-article.js'): URL {
  const beside = new URL(`../core/worker/${name}`, import.meta.url);
  if (existsSync(beside)) return beside;
  return new URL(`file://${join(PROJECT_DIR, 'dist', 'core', 'worker', name)}`);
}

type Reply = { ok: true; analysis: Analysis } | { ok: false; userError: boolean; message: string };

const overran = (deadlineMs: number) => () => new UserError(`the article took longer than ${Math.round(deadlineMs / 1000)} s to read; it was abandoned`);

/** Readers: up to two (one long article never makes every other wait), and always a core left for
 * the event loop that acknowledges Slack and Discord. Pools are kept per deadline. */
const READERS = Math.max(1, Math.min(2, availableParallelism() - 1));
const pools = new Map<number, WorkerPool<ReadRequest, Reply>>();

export async function readOffThread(request: ReadRequest, deadlineMs = READ_DEADLINE_MS): Promise<Analysis> {
  let pool = pools.get(deadlineMs);
  if (!pool) pools.set(deadlineMs, (pool = new WorkerPool(workerFile(), { size: READERS, deadlineMs, overran: overran(deadlineMs) })));
  const reply = await pool.run(request);
  if (reply.ok) return reply.analysis;
  throw reply.userError ? new UserError(reply.message) : new Error(reply.message);
}
