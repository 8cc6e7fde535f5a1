// The health endpoints over real HTTP: alive always, ready only when every check passes.

import { afterEach, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { healthHandler, startHealthServer } from '../src/health.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { freePort } from './integration/harness.js';

let server: Server | null = null;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

describe('/healthz and /readyz', () => {
  it('answer alive always, ready only while the database answers and the adapters are connected', async () => {
    const store = new SqliteStore(':memory:');
    let connected = true;
    server = await startHealthServer(
      await freePort(),
      '127.0.0.1',
      healthHandler(() => [
        { name: 'database', ready: () => store.ping() },
        { name: 'discord', ready: () => connected },
      ]),
    );
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = async (path: string, method = 'GET') => {
      const res = await fetch(`${base}${path}`, { method });
      return { status: res.status, body: method === 'GET' && res.status !== 404 && res.status !== 405 ? await res.json() : null };
    };
    expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await get('/readyz')).toEqual({ status: 200, body: { status: 'ready', checks: { database: 'ok', discord: 'ok' } } });
    connected = false;
    expect(await get('/readyz')).toEqual({ status: 503, body: { status: 'not ready', checks: { database: 'ok', discord: 'failing' } } });
    store.close();
    expect((await get('/readyz')).body).toMatchObject({ checks: { database: 'failing' } });
    // Still alive: liveness says nothing about dependencies.
    expect((await get('/healthz')).status).toBe(200);
    expect((await get('/readyz', 'POST')).status).toBe(405);
    expect((await get('/elsewhere')).status).toBe(404);
  });

  it('names a port already in use', async () => {
    const port = await freePort();
    server = await startHealthServer(
      port,
      '127.0.0.1',
      healthHandler(() => []),
    );
    await expect(
      startHealthServer(
        port,
        '127.0.0.1',
        healthHandler(() => []),
      ),
    ).rejects.toThrow(`BRIEFBOT_HEALTH_PORT ${port} is already in use`);
  });
});
