// The core must read English news in general, not the sample articles: no sample article's people
// may appear in src/core outside a comment. Reads ../shared/articles; skipped without it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const articles = resolve(root, '..', 'shared', 'articles');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The code without its comments. */
const code = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((l) => l.replace(/(^|\s)\/\/.*$/, ''))
    .join('\n');

describe.skipIf(!existsSync(articles))("src/core names no sample article's people (reads ../shared/articles; skipped without it)", () => {
  it('outside comments', () => {
    const names = readdirSync(articles)
      .filter((f) => f.endsWith('.gold.json'))
      .flatMap((f) => {
        const gold = JSON.parse(readFileSync(join(articles, f), 'utf8')) as { participants: Array<{ name: string }>; optional?: string[] };
        return [...gold.participants.map((p) => p.name), ...(gold.optional ?? [])];
      });
    const surnames = [...new Set(names.map((n) => n.split(/\s+/).at(-1)!).filter((w) => w.length > 3))];
    const found = sourceFiles(join(root, 'src', 'core')).flatMap((file) => {
      const text = code(readFileSync(file, 'utf8'));
      return surnames.filter((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text)).map((w) => `${file}: ${w}`);
    });
    expect(found).toEqual([]);
  });
});
