// Splits a sentence into word and punctuation tokens with their character offsets.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** True for words (letters or digits), false for punctuation and possessive markers. */
  word: boolean;
}

/** The tokens as a regular expression: the specification the scanner below follows, character class for character class
 * (kept for the tests that hold the two to each other). */
export const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|['’]s\b|\S/gu;

// What each character of the Basic Multilingual Plane is, found once and kept (0: not yet known).
const KNOWN = 1;
const LETTER = 2;
const UPPER = 4;
const NUMBER = 8;
const SPACE = 16;
const KINDS = new Uint8Array(0x10000);

function learnKind(cp: number): number {
  const c = String.fromCodePoint(cp);
  const kind = KNOWN | (/\p{L}/u.test(c) ? LETTER : 0) | (/\p{Lu}/u.test(c) ? UPPER : 0) | (/\p{N}/u.test(c) ? NUMBER : 0) | (/\s/u.test(c) ? SPACE : 0);
  if (cp < 0x10000) KINDS[cp] = kind;
  return kind;
}
const kindOf = (cp: number): number => (cp < 0x10000 && KINDS[cp]) || learnKind(cp);
for (let cp = 0; cp < 128; cp++) kindOf(cp);

/** The code point at i (a surrogate pair is one, as a `u` expression reads it); 0 past the end. */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) ?? 0) : c || 0;
}
/** The code point that ends right before offset i (a surrogate pair is one); 0 at the start. */
export function codePointBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  const high = text.charCodeAt(i - 2);
  return c >= 0xdc00 && c <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? (text.codePointAt(i - 2) ?? c) : c || 0;
}
const width = (cp: number) => (cp > 0xffff ? 2 : 1);
/** A letter or a digit, as `[\p{L}\p{N}]` reads it. */
export const isAlnum = (cp: number) => (kindOf(cp) & (LETTER | NUMBER)) !== 0;
/** A letter, as `\p{L}` reads it. */
export const isLetter = (cp: number) => (kindOf(cp) & LETTER) !== 0;
/** `\b` after an "s": the next character is not one of `\w` (ASCII letters, digits, "_"), or there is none. */
const ASCII_WORD = /[A-Za-z0-9_]/;

/** The end of the token that starts at i: the first of TOKEN's alternatives that fits there, as the expression takes it. */
function tokenEnd(text: string, i: number, first: number): number {
  // Initials: two or more capitals each with a full stop ("U.S.", "U.K.").
  let j = i;
  let pairs = 0;
  for (let cp = first; kindOf(cp) & UPPER && text.charCodeAt(j + width(cp)) === 46; cp = codePointAt(text, j)) {
    j += width(cp) + 1;
    pairs++;
  }
  if (pairs >= 2) return j;
  // A word: letters and digits, joined by single hyphens, apostrophes or full stops ("well-known", "Iran's", "e.g").
  if (isAlnum(first)) {
    j = i;
    for (;;) {
      for (let cp = codePointAt(text, j); j < text.length && isAlnum(cp); cp = codePointAt(text, j)) j += width(cp);
      const joiner = text.charCodeAt(j);
      if (!(joiner === 45 || joiner === 39 || joiner === 0x2019 || joiner === 46) || j + 1 >= text.length || !isAlnum(codePointAt(text, j + 1))) return j;
      j++;
    }
  }
  // A possessive's mark on its own ("'s" after a closing quotation mark or a name in capitals with full stops).
  if ((first === 39 || first === 0x2019) && text.charCodeAt(i + 1) === 115 && !ASCII_WORD.test(text.charAt(i + 2))) return i + 2;
  // Any other character that is not white space.
  return i + width(first);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let start = 0; start < text.length; ) {
    const first = codePointAt(text, start);
    if (kindOf(first) & SPACE) {
      start += width(first);
      continue;
    }
    const end = tokenEnd(text, start, first);
    const word = text.slice(start, end);
    // "Iran's" → "Iran" + "'s": the possessive marks an owner, not part of the name.
    const possessive = word.length > 2 && word.endsWith('s') && (word.endsWith("'s") || word.endsWith('’s')) ? /^(.+)(['’]s)$/u.exec(word) : null;
    if (possessive && /[\p{L}]/u.test(possessive[1])) {
      tokens.push({ text: possessive[1], start, end: start + possessive[1].length, word: true });
      tokens.push({ text: possessive[2], start: start + possessive[1].length, end, word: false });
    } else {
      // Anything longer than one character matched as a word; a single character may be punctuation.
      tokens.push({ text: word, start, end, word: word.length > 1 || isAlnum(first) });
    }
    start = end;
  }
  return tokens;
}

/** A quotation in straight or curly marks, each one in a text. */
export const QUOTATION = /["“][^"“”]*["”]/g;

/** A sentence's words outside its quotations (each quotation becomes a space). */
export function unquoted(text: string): string {
  return text.replace(QUOTATION, ' ');
}

/** The last word of a text (its last run of characters that are not white space, as `(\S+)\s*$` finds it), where it starts,
 * and whether white space follows it (as `(\S+)\s+$` needs); read from the end, not matched from the start. */
export function lastWord(text: string): { word: string; start: number; spaceAfter: boolean } | null {
  let end = text.length;
  while (end > 0 && kindOf(text.charCodeAt(end - 1)) & SPACE) end--;
  let start = end;
  while (start > 0 && !(kindOf(text.charCodeAt(start - 1)) & SPACE)) start--;
  return end > 0 ? { word: text.slice(start, end), start, spaceAfter: end < text.length } : null;
}

/** How many words (runs of characters that are not white space, as `\s` reads it) a text has, without building them. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space =
      c === 32 ||
      (c >= 9 && c <= 13) ||
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/** Opens with a capital letter (`\p{Lu}`). */
export const isCapitalised = (word: string) => (kindOf(codePointAt(word, 0)) & UPPER) !== 0;
/** An acronym written with one small letter inside: "AfD", "PiS", "MoD". */
const MIXED_ACRONYM = /^\p{Lu}(?:\p{Ll}\p{Lu}|\p{Ll}\p{Lu}\p{Lu}|\p{Lu}\p{Ll}\p{Lu})$/u;
/** "CPC", "BRICS", "US": acronyms are organisations or countries, not people's names; so are the few written with one
 * small letter inside. */
export const isAcronym = (word: string) => word.length > 1 && (/^[\p{Lu}\p{N}.&-]+$/u.test(word) || MIXED_ACRONYM.test(word));

/** The text as a literal inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
