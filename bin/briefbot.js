#!/usr/bin/env node
// The `briefbot` command: runs the compiled CLI (built by `npm install` through "prepare").
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('briefbot: not built yet; run `npm install` (or `npm run build`) first\n');
  process.exit(1);
}
// `briefbot brief x | head -1`: the reader went away; that is not an error worth a stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import(cli.href);
// Exit explicitly: client libraries (REST queues, sweepers) may hold timers open.
process.exit(await main(process.argv.slice(2)));
