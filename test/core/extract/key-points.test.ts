import { describe, expect, it } from 'vitest';
import { pickKeyPoints } from '../../../src/core/extract/key-points.js';
import { sentencesOf } from './helpers.js';

const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Every word of the point comes from the sentence, in order. */
const fromSentence = (point: string, sentence: string) => {
  const s = words(sentence);
  let i = 0;
  for (const w of words(point)) {
    while (i < s.length && s[i] !== w) i++;
    if (i++ >= s.length) return false;
  }
  return true;
};

describe('pickKeyPoints', () => {
  const s = sentencesOf(
    'Foreign Minister Ana Lima of Peru opened the Pacific trade talks in Lima on Monday with ten delegations.',
    'Foreign Minister Ana Lima of Peru opened the Pacific trade talks in Lima on Monday with ten delegations present.',
    'The delegations from Chile, Japan and Canada agreed to cut tariffs on farm goods by half within five years.',
    'Lima said the deal would lift trade across the Pacific region and create jobs for young people.',
    'It rained.',
    '"We are not there yet.',
    'But we are close," Lima said.',
    'Trade across the region has grown steadily over the past decade as ports were modernised and rail links improved.',
    'Farm groups in several countries have long argued that tariffs on grain and fruit hold back growth in rural areas.',
    'The talks were first proposed by a group of economists who studied regional supply chains and shipping costs.',
    'Observers from international organisations followed the opening session from the gallery of the conference hall.',
    'Talks will resume in Tokyo next spring, when ministers plan to sign the final text of the agreement.',
  );
  const points = pickKeyPoints(s, { title: 'Pacific trade talks open in Lima' });

  it('picks 3 to 8 points, the lead first, with no near-duplicates and no fragments', () => {
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(8);
    expect(points[0].sentence).toBe(0);
    expect(points.map((p) => p.text)).not.toContain('It rained.');
    expect(points.filter((p) => p.text.startsWith('Foreign Minister Ana Lima'))).toHaveLength(1);
    // Half a quotation is not a point.
    expect(points.some((p) => p.sentence === 5 || p.sentence === 6)).toBe(false);
    expect(points[0].text).toBe(s[0].text);
  });

  it('keeps the decision and what comes next, each point cut from its own sentence', () => {
    expect(points.some((p) => p.text.includes('agreed to cut tariffs'))).toBe(true);
    expect(points.some((p) => p.text.includes('Tokyo'))).toBe(true);
    for (const p of points) expect(fromSentence(p.text, s[p.sentence].text), p.text).toBe(true);
  });
});
