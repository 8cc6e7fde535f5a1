// Ranks article sentences against a question with BM25 over lightly stemmed words, boosting
// sentences that name the people the question is about.

import type { Sentence } from '../extract/sentences.js';
import { words } from './names.js';
import { stem } from '../extract/stem.js';

// (The stemmer is the extractor's, which reads a headline's words in their forms too.)
export { isOwnStem, stem } from '../extract/stem.js';

const STOP = new Set(
  `a an the and or but of to in on at for from by with as is are was were be been being has have had do does
did what which who whom whose when where why how that this these those it its he she they them his her their there about
into over after before while said says tell me please any some many much article text else`.split(/\s+/),
);

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
