// Guards the Slack HTTP endpoint before Bolt reads a byte: a body over the cap is refused with 413
// (by its Content-Length, or as soon as the stream passes the cap), and a body that is not a Slack
// payload at all (JSON `null`, a form whose `payload` is not an object) gets 400. Every request is
// answered. The buffered body is handed to Bolt as `rawBody`, which it then uses as it is.

import type { IncomingMessage, ServerResponse } from 'node:http';

/** Slack's own payloads are a few kilobytes; nothing legitimate comes near this. */
export const MAX_SLACK_BODY = 1024 * 1024;

function refuse(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/plain', connection: 'close' });
  res.end(message);
}

/** True for a body Bolt can read: a JSON object, or a form (whose `payload`, if any, is a JSON object). */
export function isSlackPayload(body: string, contentType: string): boolean {
  try {
    if (/json/i.test(contentType)) {
      const parsed: unknown = JSON.parse(body);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
    }
    const payload = new URLSearchParams(body).get('payload');
    if (payload === null) return true;
    const parsed: unknown = JSON.parse(payload);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

export function guardSlackRequest(next: (req: IncomingMessage, res: ServerResponse) => void, max = MAX_SLACK_BODY) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'POST') {
      next(req, res);
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) {
      refuse(res, 413, 'request body too large');
      req.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        refuse(res, 413, 'request body too large');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => refuse(res, 400, 'bad request'));
    req.on('end', () => {
      if (size > max) return;
      const rawBody = Buffer.concat(chunks);
      if (!isSlackPayload(rawBody.toString('utf8'), String(req.headers['content-type'] ?? ''))) {
        refuse(res, 400, 'not a Slack request');
        return;
      }
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = rawBody;
      try {
        next(req, res);
      } catch {
        refuse(res, 404, 'not found');
      }
    });
  };
}
