// Reads an article in a worker thread with a deadline: the parsing and extraction of a page happen
// off the event loop, and a page that takes longer than the deadline is abandoned (the worker is
// terminated) with a plain message, instead of freezing the bot.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../core/analysis.js';
import { UserError } from '../core/errors.js';
import type { ReadRequest } from '../core/worker/read-article.js';
import { PROJECT_DIR } from '../config.js';

/** Longer than any real article takes (a 1 MB one reads in well under a second). */
export const READ_DEADLINE_MS = 20_000;

/** The compiled worker: beside this file when running from dist/, in dist/ when running from src/ (tests). */
function workerFile(): URL {
  const beside = new URL('../core/worker/read-article.js', import.meta.url);
  if (existsSync(beside)) return beside;
  return new URL(`file://${join(PROJECT_DIR, 'dist', 'core', 'worker', 'read-article.js')}`);
}

type Reply = { ok: true; analysis: Analysis } | { ok: false; userError: boolean; message: string };

export function readOffThread(request: ReadRequest, deadlineMs = READ_DEADLINE_MS): Promise<Analysis> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile());
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () => finish(() => reject(new UserError(`the article took longer than ${Math.round(deadlineMs / 1000)} s to read; it was abandoned`))),
      deadlineMs,
    );
    worker.once('message', (reply: Reply) =>
      finish(() => {
        if (reply.ok) resolve(reply.analysis);
        else reject(reply.userError ? new UserError(reply.message) : new Error(reply.message));
      }),
    );
    worker.once('error', (err) => finish(() => reject(err)));
    worker.once('exit', (code) => finish(() => reject(new Error(`the article reader stopped (exit ${code})`))));
    worker.postMessage(request);
  });
}
