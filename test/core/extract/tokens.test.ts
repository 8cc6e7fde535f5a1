import { describe, expect, it } from 'vitest';
import { countWords, isCapitalised, lastWord, TOKEN, tokenize, unquoted } from '../../../src/core/extract/tokens.js';

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

describe('lastWord', () => {
  // Read from the end, it finds what `(\S+)\s*$` and `(\S+)\s+$` find from the start.
  it.each(['', '   ', 'one', 'said Dr. ', 'the Minister of Trade, ', 'tab\tand\nnewline\n', 'no\u00a0break\u3000', 'Élise’s 𝐀𝐧𝐚\u2009', 'a\u200bb  '])(
    'reads %j as its expressions do',
    (text) => {
      const any = /(\S+)\s*$/.exec(text);
      const spaced = /(\S+)\s+$/.exec(text);
      const last = lastWord(text);
      expect(last?.word ?? null).toBe(any?.[1] ?? null);
      expect(last?.start ?? null).toBe(any?.index ?? null);
      expect(last?.spaceAfter ?? false).toBe(!!spaced);
    },
  );
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
    ['\ud835\udc00bc', true],
    ['\ud835\udc1abc', false],
    ['3rd', false],
    ['', false],
    ['"Lima"', false],
  ])('reads %j as %s', (word, capitalised) => {
    expect(isCapitalised(word)).toBe(capitalised);
    expect(isCapitalised(word)).toBe(/^\p{Lu}/u.test(word));
  });
});

/** The tokens as the regular expression reads them: the specification the scanner keeps to. */
function byExpression(text: string) {
  return [...text.matchAll(TOKEN)].flatMap((m) => {
    const start = m.index ?? 0;
    const word = m[0];
    const possessive = /^(.+)(['’]s)$/u.exec(word);
    if (word.length > 2 && possessive && /\p{L}/u.test(possessive[1]))
      return [
        { text: possessive[1], start, end: start + possessive[1].length, word: true },
        { text: possessive[2], start: start + possessive[1].length, end: start + word.length, word: false },
      ];
    return [{ text: word, start, end: start + word.length, word: word.length > 1 || /[\p{L}\p{N}]/u.test(word) }];
  });
}

describe('tokenize, as the expression reads a text', () => {
  it.each([
    'U.S. and U.K. officials; U.S.-led, U.S, A.B.C.D. e.g. i.e.',
    "Iran's and Iran’s, the 'sixties, O'Brien's well-known 3.5-point plan",
    "the Lakers' 's' 's2 ’s_ 's- 'S",
    'Ñandú Ölmez ŁÓDŹ 𝐀𝐁 𝐀.𝐁. 😀 a😀b \ud800 lone \udc00 surrogates',
    'tabs\tand\u00a0no-break\u2009thin\u3000spaces\ufeffmark',
    '٣٤ votes, ४२ seats, Ⅻ, ½ and ²',
    "...--..''’’ -a- .b. a.-b a-.b a..b",
    '',
  ])('%j', (text) => {
    expect(tokenize(text)).toEqual(byExpression(text));
  });

  it('matches the expression on random text from a mean alphabet', () => {
    const alphabet = ['a', 'Z', 'É', 'é', 'ß', '3', '٣', '.', '-', "'", '’', 's', 'S', '_', ' ', '\u00a0', '😀', '𝐀', '\ud800', ',', '"'];
    let seed = 17;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 24) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(tokenize(text), JSON.stringify(text)).toEqual(byExpression(text));
    }
  });
});

describe('unquoted', () => {
  it('keeps the words outside quotations, straight or curly, and leaves an unclosed one', () => {
    expect(unquoted('Ana Roy said members had "won a deal a year ago" on Friday.')).toBe('Ana Roy said members had   on Friday.');
    expect(unquoted('He called it “historic” and left.')).toBe('He called it   and left.');
    expect(unquoted('She said "it was')).toBe('She said "it was');
  });
});
