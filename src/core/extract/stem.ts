// A light stemmer, shared by the extractor (a headline's words in any of their forms) and the answerer (a question's
// words as the article writes them).

/** Endings a three-letter stem may lose too: "voting", "voted", "vote", "votes" are one word, "savings" is "save", and
 * "buys" is "buy" (though "bus", "plus", "bias" and "news" are no plurals). */
const SHORT_STEM_SUFFIXES = new Set(['ings', 'ing', 'ed', 'es', 'e', 's']);
const NO_PLURAL = /(?:ss|us|is|as|news)$/;

/** Words whose ending, cut, would make them another word: a "plane" is no "plan". */
const OWN_STEMS = new Map([
  ['plane', 'plane'],
  ['planes', 'plane'],
  // "wine jars" hold no "win", and "health care" no "cars".
  ['wine', 'wine'],
  ['wines', 'wine'],
  ['care', 'care'],
  ['cares', 'care'],
  ['cared', 'care'],
  ['caring', 'care'],
]);

/** A stem that is a whole word of its own, no prefix of a longer one's ("plane" is no longer form of "plan", "wine" none
 * of "win"). */
export const isOwnStem = (s: string) => OWN_STEMS.has(s);

/** Words ending in "ly" that are no adverbs: their "y" goes as in "supplies" and "supplied", not their "ly" ("supply" is
 * "suppl", never "supp"). */
const NOT_ADVERBS = new Set(['supply', 'comply', 'multiply', 'family', 'assembly', 'monopoly', 'anomaly']);

/** A light stemmer: enough to match "announce" with "announced" and "proposals" with "proposal". */
export function stem(word: string): string {
  let w = word.toLowerCase();
  const own = OWN_STEMS.get(w);
  if (own) return own;
  for (const suffix of ['ational', 'ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's', 'e', 'ly']) {
    if (suffix === 'ly' && NOT_ADVERBS.has(w)) break;
    if (w.length - suffix.length >= (SHORT_STEM_SUFFIXES.has(suffix) && !NO_PLURAL.test(w) ? 3 : 4) && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      // "immediately" is "immediate", whose "e" goes as it does alone ("immediat").
      if (suffix === 'ly' && w.length >= 5 && w.endsWith('e')) w = w.slice(0, -1);
      // "banned", "planning", "committed": the consonant doubled before the ending is one ("ban", "plan", "commit").
      if ((suffix === 'ed' || suffix === 'ing') && w.length >= 4 && /([b-df-hj-kmnp-rtv-xz])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  // "carry" is "carries" and "carried" ("carr"), "country" is "countries": a consonant's final "y" goes as "ies" did.
  if (w.length >= 5 && /[^aeiou]y$/.test(w)) w = w.slice(0, -1);
  return w;
}
