// Reads small counts written as words or digits ("four", "4", "twelve").

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

export const COUNT_WORD = `(?:\\d{1,2}|${WORDS.join('|')})`;

/** A number written as a word, up to the tens ("fourteen", "sixty"; "twenty-five" is read as "twenty"), for finding a count,
 * not reading its value. */
export const NUMBER_WORD = `(?:${[...WORDS.slice(1), 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].join('|')})`;

/** A word that opens with a count: "five-member", "27-member", "five-nation", "three-judge". */
export const COUNTED_WORD = new RegExp(`^(?:\\d+|${NUMBER_WORD})-\\p{Ll}`, 'iu');

export function parseCount(text: string): number | null {
  const t = text.toLowerCase().trim();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  const i = WORDS.indexOf(t);
  return i >= 0 ? i : null;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** The ordinals "first" to "tenth", as an expression's alternation. */
export const ORDINAL_WORD = ORDINALS.join('|');

/** "third" → 3, "3rd" → 3, "secondly" → 2. */
export function parseOrdinal(text: string): number | null {
  const t = text.toLowerCase().replace(/ly$/, '').trim();
  const i = ORDINALS.indexOf(t);
  if (i >= 0) return i + 1;
  const m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t);
  return m ? Number(m[1]) : null;
}
