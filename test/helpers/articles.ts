import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

/** The plain-text articles at hand: the example briefing and the probe articles in the repo always, and the shared sample
 * articles (../shared/articles) when that folder is beside the clone (without it, they are left out cleanly). */
export function articlesAtHand(): string[] {
  const shared = resolve(root, '..', 'shared', 'articles');
  const probes = join(root, 'test', 'fixtures', 'probes');
  return [
    ...readdirSync(join(root, 'briefings')).map((f) => join(root, 'briefings', f)),
    ...readdirSync(probes).map((f) => join(probes, f)),
    ...(existsSync(shared) ? readdirSync(shared).map((f) => join(shared, f)) : []),
  ].filter((f) => f.endsWith('.txt'));
}
