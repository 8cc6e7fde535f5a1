// Posts a reply to a slash command's response_url: a plain JSON POST on Node's own http client,
// lighter than the Web API client for this one-off call (the ack path stays quick under load).

import http from 'node:http';
import https from 'node:https';

export interface ResponsePayload {
  response_type: 'ephemeral' | 'in_channel';
  text: string;
}

export function postToResponseUrl(responseUrl: string, payload: ResponsePayload, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const url = new URL(responseUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return reject(new Error('response_url is not http(s)'));
    const body = JSON.stringify(payload);
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(
      url,
      { method: 'POST', timeout: timeoutMs, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => ((res.statusCode ?? 500) < 400 ? resolve() : reject(new Error(`response_url answered ${res.statusCode}`))));
      },
    );
    req.on('timeout', () => req.destroy(new Error('response_url timed out')));
    req.on('error', reject);
    req.end(body);
  });
}
