import { describe, expect, it } from 'vitest';
import { displayWidth, forTerminal, wrapLine } from '../../src/render/terminal.js';

const words = (t: string) => t.split(/\s+/).filter(Boolean);

describe('the terminal renderer', () => {
  const long =
    "  • The Minister of International Development of Norway, Eirik Solbakken, told delegates that his country's money was not charity but prevention, arguing that every dollar spent before the next rainy season would save several afterwards.";

  it('wraps at word boundaries to the width, with a hanging indent under a bullet', () => {
    const lines = wrapLine(long, 60);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(60);
    // No word is split: the words come out exactly as they went in.
    expect(words(lines.join(' '))).toEqual(words(long));
    for (const l of lines.slice(1)) expect(l.startsWith('    ') && !l.startsWith('     ')).toBe(true);
  });

  it('counts a pictograph as two columns and leaves short lines alone', () => {
    expect(displayWidth('📰 News')).toBe(7);
    expect(wrapLine('short line', 60)).toEqual(['short line']);
  });

  it('cuts only a word wider than the whole line', () => {
    const url = `See https://example.org/${'a'.repeat(120)} now`;
    const lines = wrapLine(url, 40);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(40);
    expect(lines.join('').replace(/\s+/g, '')).toBe(url.replace(/\s+/g, ''));
  });

  it('sets headings in bold on a colour terminal, and prints no escape codes without colour', () => {
    const card = '📰 Envoys meet in Oslo\nPolar Post\n\nKey points\n  • Talks opened.';
    expect(forTerminal(card, { columns: 60, color: true })).toContain('\x1b[1m📰 Envoys meet in Oslo\x1b[22m');
    expect(forTerminal(card, { columns: 60, color: true })).toContain('\x1b[2mPolar Post\x1b[22m');
    expect(forTerminal(card, { columns: 60, color: false })).not.toMatch(/\x1b\[/);
    expect(forTerminal(card, { columns: null, color: false })).toBe(card);
  });
});
