// Splits a sentence into word and punctuation tokens with their character offsets.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** True for words (letters or digits), false for punctuation and possessive markers. */
  word: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|['’]s\b|\S/gu;

/** A one-character token is a word when it is a letter or a digit; ASCII is answered without a regular expression. */
function isWordCharacter(character: string): boolean {
  const c = character.charCodeAt(0);
  return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /[\p{L}\p{N}]/u.test(character);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0];
    const start = m.index!;
    // "Iran's" → "Iran" + "'s": the possessive marks an owner, not part of the name.
    const possessive = word.length > 2 && word.endsWith('s') && (word.endsWith("'s") || word.endsWith('’s')) ? /^(.+)(['’]s)$/u.exec(word) : null;
    if (possessive && /[\p{L}]/u.test(possessive[1])) {
      tokens.push({ text: possessive[1], start, end: start + possessive[1].length, word: true });
      tokens.push({ text: possessive[2], start: start + possessive[1].length, end: start + word.length, word: false });
      continue;
    }
    // Anything longer than one character matched as a word; a single character may be punctuation.
    tokens.push({ text: word, start, end: start + word.length, word: word.length > 1 || isWordCharacter(word) });
  }
  return tokens;
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

/** Opens with a capital letter; ASCII is answered without a regular expression. */
export const isCapitalised = (word: string) => {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
};
/** An acronym written with one small letter inside: "AfD", "PiS", "MoD". */
const MIXED_ACRONYM = /^\p{Lu}(?:\p{Ll}\p{Lu}|\p{Ll}\p{Lu}\p{Lu}|\p{Lu}\p{Ll}\p{Lu})$/u;
/** "CPC", "BRICS", "US": acronyms are organisations or countries, not people's names; so are the few written with one
 * small letter inside. */
export const isAcronym = (word: string) => word.length > 1 && (/^[\p{Lu}\p{N}.&-]+$/u.test(word) || MIXED_ACRONYM.test(word));

/** The text as a literal inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
