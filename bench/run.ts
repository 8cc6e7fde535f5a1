// `npm run bench`: prints the figures the issues set targets for. Nothing here asserts: numbers
// are read, not enforced, so a slow machine never turns the tests red.

import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCore } from './core.js';
import { benchDigests } from './digests.js';
import { benchDiscord } from './discord.js';
import { benchFeeds } from './feeds.js';
import { benchReplicas } from './replicas.js';
import { benchSlack } from './slack.js';

const root = join(import.meta.dirname, '..', '..');
// The bench's databases and folders, and its child processes' (os.tmpdir() reads TMPDIR), go in one folder, removed at exit.
const scratch = mkdtempSync(join(tmpdir(), 'briefbot-bench-run-'));
// (Others may pass through it, not list it: the throwaway PostgreSQL server runs as its own user, in a folder here.)
chmodSync(scratch, 0o711);
process.env.TMPDIR = scratch;
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
console.log(`briefbot bench — node ${process.version}, ${new Date().toISOString()}`);
await benchCore(root);
await benchSlack(root, 39_000 + Math.floor(Math.random() * 1000));
await benchDiscord(root);
await benchDigests(root);
await benchFeeds(root);
await benchReplicas(root);
process.exit(0);
