// The run's temporary folder (test/setup/temp-dir.ts): what a test makes under os.tmpdir(), and what a process it
// starts makes there, is inside it, so the run removes it all.

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

describe('the test run’s temporary folder', () => {
  const runTmp = inject('runTmp');

  it('holds what a test makes under os.tmpdir()', () => {
    expect(runTmp).toMatch(/briefbot-tests-/);
    expect(mkdtempSync(join(tmpdir(), 'briefbot-probe-')).startsWith(runTmp + sep)).toBe(true);
  });

  it('holds what a process a test starts makes there', () => {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], { encoding: 'utf8' });
    expect(child.stdout).toBe(runTmp);
  });
});
