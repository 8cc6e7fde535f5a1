// Discord interaction → first callback latency over the real discord.js client and a local fake
// gateway and REST API on loopback.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { startApp } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { FakeDiscord, IDS } from '../test/integration/fake-discord.js';
import { report } from './stats.js';

const N = 300;

export async function benchDiscord(root: string): Promise<void> {
  const discord = new FakeDiscord();
  await discord.start();
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
  const app = await startApp(
    parseConfig({
      DISCORD_TOKEN: 'bench-token',
      DISCORD_APPLICATION_ID: IDS.app,
      DISCORD_API_URL: discord.apiUrl,
      BRIEFBOT_DB: join(dir, 'bench.db'),
      BRIEFBOT_BRIEFINGS_DIR: join(root, 'briefings'),
      BRIEFBOT_CONFIG_DIR: join(dir, 'config'),
    }),
    { forceShell: false, stdin: new PassThrough(), stdout: new PassThrough(), interactive: false, logger: createLogger('silent') },
  );
  const samples: number[] = [];
  for (let i = 0; i < N + 20; i++) {
    const { id, at } = discord.interact(i % 2 ? 'help' : 'briefing', {});
    const callback = await discord.waitFor(() => discord.calls.find((c) => c.path.startsWith(`/interactions/${id}/`)));
    if (i >= 20) samples.push(callback.at - at);
  }
  await app.shutdown();
  await discord.stop();
  report(`discord: interaction → first callback (${N}, /briefing and /help)`, samples);
}
