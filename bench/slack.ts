// Slack slash-command ack latency over signed requests on loopback: briefbot's Bolt app beside a
// bare Bolt app that only acks.

import { PassThrough } from 'node:stream';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bolt from '@slack/bolt';
import { startApp } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { FakeSlack, sendSigned, slashCommand } from '../test/integration/fake-slack.js';
import { report, timeIt } from './stats.js';

const SECRET = 'bench-secret';
const N = 500;

async function measure(url: string, slack: FakeSlack, text: string): Promise<number[]> {
  for (let i = 0; i < 20; i++) await sendSigned(url, slashCommand('/help', text, `${slack.url}/respond/w${i}`), 'application/x-www-form-urlencoded', SECRET);
  return timeIt(N, (i) => sendSigned(url, slashCommand('/help', text, `${slack.url}/respond/${i}`), 'application/x-www-form-urlencoded', SECRET));
}

export async function benchSlack(root: string, port: number): Promise<void> {
  const slack = new FakeSlack();
  await slack.start();
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
  const app = await startApp(parseConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port), HOST: '127.0.0.1',
    BRIEFBOT_DB: join(dir, 'bench.db'), BRIEFBOT_BRIEFINGS_DIR: join(root, 'briefings'), BRIEFBOT_CONFIG_DIR: join(dir, 'config'),
  }), { forceShell: false, stdin: new PassThrough(), stdout: new PassThrough(), interactive: false, logger: createLogger('silent') });
  const ours = await measure(`http://127.0.0.1:${port}`, slack, '');
  await app.shutdown();

  const bare = new bolt.App({ token: 'xoxb-bench', signingSecret: SECRET, clientOptions: { slackApiUrl: slack.apiUrl }, logLevel: bolt.LogLevel.ERROR, deferInitialization: true });
  bare.command('/help', async ({ ack }) => { await ack(); });
  await bare.init();
  await bare.start({ port: port + 1, host: '127.0.0.1' });
  const baseline = await measure(`http://127.0.0.1:${port + 1}`, slack, '');
  await bare.stop();
  await slack.stop();

  report(`slack: /help ack latency, briefbot (${N} signed requests)`, ours);
  report(`slack: /help ack latency, bare Bolt app that only acks`, baseline);
  const ratio = (a: number[], b: number[]) => (a.sort((x, y) => x - y)[Math.floor(a.length / 2)] / b.sort((x, y) => x - y)[Math.floor(b.length / 2)]).toFixed(2);
  console.log(`${'slack: ratio of p50s, briefbot / bare Bolt'.padEnd(58)} ${ratio(ours, baseline)}× (target: within 1.2×)`);
}
