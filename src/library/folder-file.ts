// Reads an article file from the briefings folder the way a hostile folder cannot abuse: only a
// regular file that really sits inside the folder (no symlink out to the bot's .env or /etc/shadow,
// no FIFO swapped in to hang start-up), opened without following links and without blocking,
// and only once it has stopped changing (a file still being written is read when it is whole).

import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { UserError } from '../core/errors.js';
import { MAX_ARTICLE_CHARS } from '../core/article/article.js';
import { decodeText } from '../core/article/charset.js';

/** How long a file's size and time must stay the same before it is read as whole. */
export const SETTLE_MS = 250;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const same = (a: Stats, b: Stats) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

export async function readFolderFile(dir: string, name: string, settleMs = SETTLE_MS): Promise<string> {
  if (name.includes('/') || name.includes(sep) || name === '..' || name === '.') throw new UserError(`${name}: not a file name`);
  const path = join(dir, name);
  const first = await lstat(path).catch(() => {
    throw new UserError(`no such file: ${name}`);
  });
  if (first.isSymbolicLink()) throw new UserError(`${name} is a symbolic link; only regular files in the briefings folder are read`);
  if (!first.isFile()) throw new UserError(`${name} is not a regular file`);
  const [root, real] = await Promise.all([realpath(dir), realpath(path)]);
  if (!real.startsWith(root + sep)) throw new UserError(`${name} is not inside the briefings folder`);
  if (first.size > MAX_ARTICLE_CHARS) throw new UserError(`${name} is larger than ${MAX_ARTICLE_CHARS} bytes`);
  // A file still being written: wait until it stops changing.
  let before = first;
  for (let tries = 0; settleMs > 0; tries++) {
    await sleep(settleMs);
    const now = await lstat(path);
    if (same(before, now)) break;
    if (tries >= 20) throw new UserError(`${name} is still changing; it will be read when it settles`);
    before = now;
  }
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.ino !== before.ino) throw new UserError(`${name} changed while it was being opened`);
    if (info.size > MAX_ARTICLE_CHARS) throw new UserError(`${name} is larger than ${MAX_ARTICLE_CHARS} bytes`);
    const buf = Buffer.alloc(info.size);
    const { bytesRead } = await handle.read(buf, 0, info.size, 0);
    return decodeText(buf.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}
