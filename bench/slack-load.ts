// The Slack side of the ack benchmark, in worker threads so that nothing but the measured app runs
// on the main event loop: the "server" worker is the fake Slack (Web API and response_url), the
// "sender" worker sends signed slash commands to a port and reports each round-trip time.

import { parentPort, workerData } from 'node:worker_threads';
import { FakeSlack, sendSigned, slashCommand } from '../test/integration/fake-slack.js';

const port = parentPort!;

if (workerData.role === 'server') {
  const slack = new FakeSlack();
  await slack.start();
  // A hostile page for /briefing <url> while acks are measured: 10,000 nested <div>s around text.
  const { createServer } = await import('node:http');
  const hostile = `<html><body>${'<div>'.repeat(10_000)}${'<p>The ministers met in Geneva and agreed to cut tariffs on grain within five years.</p>'.repeat(2000)}${'</div>'.repeat(10_000)}</body></html>`;
  const pages = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(hostile);
  });
  await new Promise<void>((r) => pages.listen(0, '127.0.0.1', r));
  const pageUrl = `http://127.0.0.1:${(pages.address() as { port: number }).port}/hostile`;
  port.postMessage({ apiUrl: slack.apiUrl, respondUrl: `${slack.url}/respond`, pageUrl });
  port.on('message', async () => {
    pages.close();
    await slack.stop();
    port.close();
  });
} else {
  port.on('message', async (msg: { port: number; n: number; secret: string; respondUrl: string; command: string; text?: string } | 'stop') => {
    if (msg === 'stop') {
      port.close();
      return;
    }
    const url = `http://127.0.0.1:${msg.port}`;
    const samples: number[] = [];
    for (let i = 0; i < msg.n; i++) {
      const body = slashCommand(msg.command, msg.text ?? '', `${msg.respondUrl}/${i}`);
      const start = performance.now();
      const res = await sendSigned(url, body, 'application/x-www-form-urlencoded', msg.secret);
      samples.push(performance.now() - start);
      if (res.status !== 200) throw new Error(`ack failed: ${res.status}`);
    }
    port.postMessage({ samples });
  });
}
