#!/usr/bin/env node
// A throwaway PostgreSQL server for development and tests, on 127.0.0.1 only: a fresh cluster in a
// folder (initdb), started on a free port (pg_ctl), trust authentication for the local user
// "briefbot". Never a production database.
//
//   node scripts/local-postgres.mjs start [folder]   prints BRIEFBOT_DB=postgres://… (folder: a new temporary one)
//   node scripts/local-postgres.mjs stop <folder>
//
// Needs PostgreSQL's server programs (Debian: postgresql; found on PATH or in /usr/lib/postgresql/*/bin).
// initdb refuses to run as root: as root, the server runs as the "postgres" user, which owns the folder.

import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The folder holding initdb and pg_ctl, or null. */
export function findPostgresBin() {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  }
  return null;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function asServerUser(command, args) {
  const root = process.getuid?.() === 0;
  const result = root ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' }) : spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${(result.stderr || result.stdout).trim().slice(0, 2000)}`);
  return result.stdout;
}

function ownBy(dir) {
  if (process.getuid?.() !== 0) return;
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0) throw new Error('running as root, and there is no "postgres" user to run the server as');
  chownSync(dir, Number(id.stdout), Number(gid.stdout));
}

/**
 * Starts a fresh server; returns its URL (database "postgres", user "briefbot") and a stop function.
 * @param {{ dir?: string, maxConnections?: number }} [options]
 * @returns {Promise<{ url: string, dir: string, stop: () => void }>}
 */
export async function startLocalPostgres(options = {}) {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin)');
  const dir = options.dir ? resolve(options.dir) : mkdtempSync(join(tmpdir(), 'briefbot-pg-'));
  mkdirSync(dir, { recursive: true });
  ownBy(dir);
  const data = join(dir, 'data');
  if (!existsSync(join(data, 'PG_VERSION'))) asServerUser(join(bin, 'initdb'), ['-D', data, '-U', 'briefbot', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    `-c max_connections=${options.maxConnections ?? 200}`,
    // A throwaway server: speed over durability.
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ].join(' ');
  asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', settings, 'start']);
  const stop = () => stopLocalPostgres(dir);
  return { url: `postgres://briefbot@127.0.0.1:${port}/postgres`, dir, stop };
}

/** Stops the server in a folder made by startLocalPostgres; with `remove`, deletes the folder. */
export function stopLocalPostgres(dir, remove = true) {
  const bin = findPostgresBin();
  const data = join(resolve(dir), 'data');
  if (bin && existsSync(join(data, 'postmaster.pid'))) {
    try {
      asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // Stopped already.
    }
  }
  if (remove) rmSync(dir, { recursive: true, force: true });
}

const invokedAs = process.argv[1] ? resolve(process.argv[1]) : '';
if (invokedAs.endsWith('local-postgres.mjs')) {
  const [command, folder] = process.argv.slice(2);
  try {
    if (command === 'start') {
      const { url, dir } = await startLocalPostgres({ dir: folder });
      process.stderr.write(`PostgreSQL runs in ${dir}; stop it with: node scripts/local-postgres.mjs stop ${dir}\n`);
      process.stdout.write(`BRIEFBOT_DB=${url}\n`);
    } else if (command === 'stop' && folder) {
      stopLocalPostgres(folder, false);
    } else {
      process.stderr.write('usage: node scripts/local-postgres.mjs start [folder] | stop <folder>\n');
      process.exit(2);
    }
  } catch (err) {
    process.stderr.write(`local-postgres: ${err.message}\n`);
    process.exit(1);
  }
}
