import { describe, expect, it } from 'vitest';
import { countWords, isCapitalised, tokenize } from '../../../src/core/extract/tokens.js';

describe('countWords', () => {
  // The count is that of the text's runs of non-space, as `\s` reads space (a no-break space and the ideographic one too).
  it.each([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    ['  two  words ', 2],
    ['tab\tand\nnewline', 3],
    ['no\u00a0break\u2009thin\u3000ideographic\ufeffmark', 5],
    ['Lima, 21 April – Ministers agreed.', 6],
    ['a\u200bb', 1],
  ])('counts %j as %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
    expect(countWords(text)).toBe(text.split(/\s+/).filter(Boolean).length);
  });
});

describe('tokenize', () => {
  it('splits words, punctuation and possessives, with offsets, whatever the script', () => {
    const text = "Élise's 3-point plan, à Lima (٣ votes) — U.S. & Iran’s e.g.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.text, t.word])).toEqual([
      ['Élise', true],
      ["'s", false],
      ['3-point', true],
      ['plan', true],
      [',', false],
      ['à', true],
      ['Lima', true],
      ['(', false],
      ['٣', true],
      ['votes', true],
      [')', false],
      ['—', false],
      ['U.S.', true],
      ['&', false],
      ['Iran', true],
      ['’s', false],
      ['e.g', true],
      ['.', false],
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('isCapitalised', () => {
  it.each([
    ['Lima', true],
    ['lima', false],
    ['Élise', true],
    ['élise', false],
    ['Ωmega', true],
    ['3rd', false],
    ['', false],
    ['"Lima"', false],
  ])('reads %j as %s', (word, capitalised) => {
    expect(isCapitalised(word)).toBe(capitalised);
    expect(isCapitalised(word)).toBe(/^\p{Lu}/u.test(word));
  });
});
