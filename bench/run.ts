// `npm run bench`: prints the figures the issues set targets for. Nothing here asserts: numbers
// are read, not enforced, so a slow machine never turns the tests red.

import { join } from 'node:path';
import { benchCore } from './core.js';
import { benchDigests } from './digests.js';
import { benchDiscord } from './discord.js';
import { benchFeeds } from './feeds.js';
import { benchReplicas } from './replicas.js';
import { benchSlack } from './slack.js';

const root = join(import.meta.dirname, '..', '..');
console.log(`briefbot bench — node ${process.version}, ${new Date().toISOString()}`);
await benchCore(root);
await benchSlack(root, 39_000 + Math.floor(Math.random() * 1000));
await benchDiscord(root);
await benchDigests(root);
await benchFeeds(root);
await benchReplicas(root);
process.exit(0);
