// Health endpoints for load balancers and orchestrators: GET /healthz answers while the process is
// alive; GET /readyz answers 200 only when the database responds and every chat adapter is
// connected, else 503 naming what is not ready. Served on the Slack HTTP receiver's port, or on
// BRIEFBOT_HEALTH_PORT for deployments without one (Discord only, Slack Socket Mode).

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { UserError } from './core/errors.js';

export interface ReadinessCheck {
  name: string;
  ready: () => boolean | Promise<boolean>;
}

/** How long a readiness check may take before it counts as failing. */
const CHECK_TIMEOUT_MS = 2_000;

async function passes(check: ReadinessCheck): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
    });
    return await Promise.race([Promise.resolve().then(() => check.ready()), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Answers /healthz and /readyz; returns false for any other request (left to the caller). */
export type HealthHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

export function healthHandler(checks: () => readonly ReadinessCheck[]): HealthHandler {
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/healthz' && path !== '/readyz') return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    void respond(req, res, path === '/readyz' ? checks() : null);
    return true;
  };
}

async function respond(req: IncomingMessage, res: ServerResponse, checks: readonly ReadinessCheck[] | null): Promise<void> {
  let status = 200;
  let body: Record<string, unknown> = { status: 'ok' };
  if (checks) {
    const results = await Promise.all(checks.map(async (c) => [c.name, await passes(c)] as const));
    const failing = results.filter(([, ok]) => !ok).map(([name]) => name);
    status = failing.length ? 503 : 200;
    body = { status: failing.length ? 'not ready' : 'ready', checks: Object.fromEntries(results.map(([n, ok]) => [n, ok ? 'ok' : 'failing'])) };
  }
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : JSON.stringify(body));
}

/** A server of its own for the health endpoints (everything else: 404). */
export async function startHealthServer(port: number, host: string, handler: HealthHandler): Promise<Server> {
  const server = createServer((req, res) => {
    if (!handler(req, res)) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new UserError(`BRIEFBOT_HEALTH_PORT ${port} is already in use on ${host}; set it to a free port`) : err),
    );
    server.listen(port, host, () => resolve());
  });
  return server;
}
