// The extraction and Q&A figures on the shared sample articles must not fall below the committed
// baseline (test/score-baseline.json). This test reads ../shared (the sample articles and the
// scorer beside the clone) and is skipped when that folder is absent; the product never needs it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');
const available = existsSync(join(shared, 'tools', 'score.mjs')) && existsSync(join(shared, 'articles'));

describe.skipIf(!available)('scores on ../shared/articles (skipped without ../shared)', () => {
  it('keeps every metric at or above the committed baseline', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'score.mjs')], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
    const below = run.stdout.split('\n').filter((l) => l.startsWith('below baseline'));
    expect(below, run.stdout.split('\n').slice(-4).join('\n') + run.stderr).toEqual([]);
    expect(run.status).toBe(0);
  }, 300_000);
});
