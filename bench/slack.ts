// Slack slash-command ack latency over signed requests on loopback: briefbot's Bolt app beside a
// bare Bolt app that only acks. The fake Slack and the sender run in a worker thread.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Worker } from 'node:worker_threads';
import bolt from '@slack/bolt';
import { startApp } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { percentile, report } from './stats.js';

const SECRET = 'bench-secret';
const N = 500;
const ROUND = 50;

export async function benchSlack(root: string, port: number): Promise<void> {
  const load = new URL('./slack-load.js', import.meta.url);
  const server = new Worker(load, { workerData: { role: 'server' } });
  const sender = new Worker(load, { workerData: { role: 'sender' } });
  const next = <T>(w: Worker) =>
    new Promise<T>((resolve, reject) => {
      const onError = (err: Error) => {
        w.off('message', onMessage);
        reject(err);
      };
      const onMessage = (msg: T) => {
        w.off('error', onError);
        resolve(msg);
      };
      w.once('message', onMessage);
      w.once('error', onError);
    });
  const { apiUrl, respondUrl } = await next<{ apiUrl: string; respondUrl: string }>(server);
  const measure = async (p: number, n: number, command: string) => {
    sender.postMessage({ port: p, n, secret: SECRET, respondUrl, command });
    return (await next<{ samples: number[] }>(sender)).samples;
  };

  const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
  const app = await startApp(
    parseConfig({
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: apiUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      BRIEFBOT_DB: join(dir, 'bench.db'),
      BRIEFBOT_BRIEFINGS_DIR: join(root, 'briefings'),
      BRIEFBOT_CONFIG_DIR: join(dir, 'config'),
    }),
    { forceShell: false, stdin: new PassThrough(), stdout: new PassThrough(), interactive: false, logger: createLogger('silent') },
  );
  const bare = new bolt.App({
    token: 'xoxb-bench',
    signingSecret: SECRET,
    clientOptions: { slackApiUrl: apiUrl },
    logLevel: bolt.LogLevel.ERROR,
    deferInitialization: true,
  });
  bare.command(/.*/, async ({ ack }) => {
    await ack();
  });
  await bare.init();
  await bare.start({ port: port + 1, host: '127.0.0.1' });

  for (const [command, what] of [
    ['/help', 'answered in the ack'],
    ['/briefing', 'card posted after the ack'],
  ] as const) {
    // Both apps run side by side and are measured in alternating rounds, so that drift in the
    // machine's load falls on both alike.
    await measure(port, ROUND, command);
    await measure(port + 1, ROUND, command);
    const ours: number[] = [],
      baseline: number[] = [];
    for (let r = 0; r < N / ROUND; r++) {
      ours.push(...(await measure(port, ROUND, command)));
      baseline.push(...(await measure(port + 1, ROUND, command)));
    }
    report(`slack: ${command} ack latency, briefbot (${what})`, ours);
    report(`slack: ${command} ack latency, bare Bolt app that only acks`, baseline);
    const ratio = percentile(ours, 50) / percentile(baseline, 50);
    console.log(`${`slack: ${command} ratio of p50s, briefbot / bare Bolt`.padEnd(58)} ${ratio.toFixed(2)}× (target: within 1.2×)`);
  }
  await app.shutdown();
  await bare.stop();
  sender.postMessage('stop');
  server.postMessage('stop');
}
