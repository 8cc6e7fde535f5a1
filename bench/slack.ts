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
  const { apiUrl, respondUrl, pageUrl } = await next<{ apiUrl: string; respondUrl: string; pageUrl: string }>(server);
  const measure = async (p: number, n: number, command: string, text = '') => {
    sender.postMessage({ port: p, n, secret: SECRET, respondUrl, command, text });
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
      // The hostile page below is served on loopback.
      BRIEFBOT_ALLOW_PRIVATE_URLS: '1',
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
  // /help while hostile pages are being fetched and briefed (in worker threads): acks must not wait.
  const sideLoad = new Worker(new URL('./slack-load.js', import.meta.url), { workerData: { role: 'sender' } });
  let loading = true;
  const feed = (async () => {
    while (loading) {
      sideLoad.postMessage({ port, n: 1, secret: SECRET, respondUrl, command: '/briefing', text: `${pageUrl}?${Math.random()}` });
      await next<{ samples: number[] }>(sideLoad);
      await new Promise((r) => setTimeout(r, 150));
    }
  })();
  await new Promise((r) => setTimeout(r, 500));
  const busy: number[] = [],
    quiet: number[] = [];
  for (let r = 0; r < 4; r++) {
    busy.push(...(await measure(port, ROUND, '/help')));
    quiet.push(...(await measure(port + 1, ROUND, '/help')));
  }
  loading = false;
  await feed;
  await sideLoad.terminate();
  report('slack: /help ack while hostile pages are briefed, briefbot', busy);
  report('slack: /help ack, bare Bolt app alongside', quiet);
  console.log(
    `${'slack: /help ratio while briefing hostile pages'.padEnd(58)} ${(percentile(busy, 50) / percentile(quiet, 50)).toFixed(2)}× (target: within the usual ratio)`,
  );
  await app.shutdown();
  await bare.stop();
  sender.postMessage('stop');
  server.postMessage('stop');
}
