// Gives the test run a temporary folder of its own: every test, and every process a test starts, makes
// its files under it (os.tmpdir() reads TMPDIR), and the whole folder is removed after the run, so a
// run leaves nothing behind in the machine's /tmp however its tests end.

import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's temporary folder. */
    runTmp: string;
  }
}

export default function setup(project: TestProject): () => void {
  const before = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-tests-'));
  // (Others may pass through it, not list it: the throwaway PostgreSQL server runs as its own user, in a folder here.)
  chmodSync(dir, 0o711);
  process.env.TMPDIR = dir;
  project.provide('runTmp', dir);
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
