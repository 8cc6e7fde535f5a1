// Ranks article sentences against a question with BM25 over lightly stemmed words, boosting
// sentences that name the people the question is about.

import type { Sentence } from '../extract/sentences.js';
import { words } from './names.js';

const STOP = new Set(
  `a an the and or but of to in on at for from by with as is are was were be been being has have had do does
did what which who whom whose when where why how that this these those it its he she they his her their there about
into over after before while said says tell me please any some many much article text else`.split(/\s+/),
);

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

/** A light stemmer: enough to match "announce" with "announced" and "proposals" with "proposal". */
export function stem(word: string): string {
  let w = word.toLowerCase();
  const own = OWN_STEMS.get(w);
  if (own) return own;
  for (const suffix of ['ational', 'ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's', 'e', 'ly']) {
    if (w.length - suffix.length >= (SHORT_STEM_SUFFIXES.has(suffix) && !NO_PLURAL.test(w) ? 3 : 4) && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      // "banned", "planning", "committed": the consonant doubled before the ending is one ("ban", "plan", "commit").
      if ((suffix === 'ed' || suffix === 'ing') && w.length >= 4 && /([b-df-hj-kmnp-rtv-xz])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  // "carry" is "carries" and "carried" ("carr"), "country" is "countries": a consonant's final "y" goes as "ies" did.
  if (w.length >= 5 && /[^aeiou]y$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Prefixes that make another thing of the word after them: a "semi-final" is no final, an "ex-minister" no minister. */
const OTHER_THING = /^(?:semi|quarter|pre|post|ex|non|anti|vice|pseudo)-/;

/** "a share" after a sum is the sum's unit ("92 cents a share", "$3.40 per share"), not the company's shares. */
const PER_SHARE = /(\d|\bcents?)(\s+(?:a|per))\s+share\b/gi;

export function contentTerms(text: string, splitHyphens = true): string[] {
  // "bus-route" is also "bus" and "route" (in the text searched; a question's "CRV-212" stays one term).
  const all = words(text.replace(PER_SHARE, '$1$2')).flatMap((w) => (splitHyphens && w.includes('-') && !OTHER_THING.test(w) ? [w, ...w.split('-')] : [w]));
  return all.filter((w) => w.length > 1 && !STOP.has(w)).map(stem);
}

export interface Ranked {
  sentence: Sentence;
  score: number;
  /** Share of the question's content terms the sentence contains. */
  coverage: number;
}

export class SentenceIndex {
  private readonly terms: string[][];
  private readonly df = new Map<string, number>();
  private readonly avgLength: number;

  constructor(private readonly sentences: readonly Sentence[]) {
    this.terms = sentences.map((s) => contentTerms(s.text));
    for (const t of this.terms) for (const w of new Set(t)) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    this.avgLength = this.terms.reduce((n, t) => n + t.length, 0) / (this.terms.length || 1);
  }

  /** The content terms of the sentence at `index`, as the index read them. */
  termsOf(index: number): readonly string[] {
    return this.terms[index] ?? [];
  }

  idf(term: string): number {
    const n = this.sentences.length,
      df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Sentences by BM25 score; `boost` sentence indexes (naming the asked-about people) score higher. */
  rank(question: string, boost: ReadonlySet<number> = new Set()): Ranked[] {
    const query = [...new Set(contentTerms(question))];
    if (!query.length) return [];
    const k1 = 1.2,
      b = 0.75;
    const out: Ranked[] = [];
    this.terms.forEach((terms, i) => {
      let score = 0,
        hits = 0;
      for (const q of query) {
        const tf = terms.filter((t) => t === q).length;
        if (!tf) continue;
        hits++;
        score += (this.idf(q) * (tf * (k1 + 1))) / (tf + k1 * (1 - b + (b * terms.length) / (this.avgLength || 1)));
      }
      if (boost.has(i)) score *= 1.5;
      if (hits) out.push({ sentence: this.sentences[i], score, coverage: hits / query.length });
    });
    return out.sort((x, y) => y.score - x.score);
  }
}
