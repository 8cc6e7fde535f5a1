// scripts/key-fact-bound.mjs: the most key facts any choice of points carries at a share of the words. Its two counting
// steps on small hand-made cases; the script's run over ../shared is a measurement, not a test.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script of the project, with no types.
import { cheapest, mostCarried } from '../scripts/key-fact-bound.mjs';

const sentence = (words: number, ...facts: number[]) => ({ words, carries: new Set(facts) });

describe('key-fact bound', () => {
  it.each([
    // [sentences, facts, least words for 0, 1, 2 … facts]
    ['one fact per sentence: the cheapest first', [sentence(12, 0), sentence(5, 1), sentence(9, 2)], 3, [0, 5, 14, 26]],
    ['a sentence with two facts beats two with one each', [sentence(10, 0, 1), sentence(6, 0), sentence(6, 1)], 2, [0, 6, 10]],
    ['one fact for no fewer words than the two a sentence holds together', [sentence(5, 0, 1)], 2, [0, 5, 5]],
    ['a fact no sentence holds is never carried', [sentence(7, 0), sentence(3)], 2, [0, 7, Number.POSITIVE_INFINITY]],
  ])('%s', (_name, costs, facts, least) => {
    expect(cheapest(costs, new Array(facts).fill(null))).toEqual(least);
  });

  it('splits the words between articles at best, where taking the cheapest fact first would not', () => {
    // Greedy by facts per word takes article A's first fact (1 per 4 words), then has 6 words left: nothing else fits.
    // The best split spends all 10 on article B's two facts.
    const articles = [
      { inLead: 0, best: [0, 4, 40] },
      { inLead: 1, best: [0, 9, 10] },
    ];
    expect(mostCarried(articles, 10)).toBe(3);
    expect(mostCarried(articles, 14)).toBe(4);
    // The facts the leads carry count whatever the room.
    expect(mostCarried(articles, 0)).toBe(1);
  });
});
