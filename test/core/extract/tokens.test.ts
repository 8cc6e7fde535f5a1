import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/core/extract/tokens.js';

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
