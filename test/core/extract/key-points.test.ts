import { describe, expect, it } from 'vitest';
import { pickKeyPoints } from '../../../src/core/extract/key-points.js';
import { sentencesOf } from './helpers.js';

describe('pickKeyPoints', () => {
  it('picks 3 to 6 whole sentences in reading order with no near-duplicates', () => {
    const s = sentencesOf(
      'Foreign Minister Ana Lima of Peru opened the Pacific trade talks in Lima on Monday with ten delegations.',
      'Foreign Minister Ana Lima of Peru opened the Pacific trade talks in Lima on Monday with ten delegations present.',
      'The delegations from Chile, Japan and Canada agreed to cut tariffs on farm goods by half within five years.',
      'Lima said the deal would lift trade across the Pacific region and create jobs for young people.',
      'It rained.',
      'Talks will resume in Tokyo next spring, when ministers plan to sign the final text of the agreement.',
    );
    const points = pickKeyPoints(s, 'Pacific trade talks open in Lima');
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(6);
    expect(points).not.toContain('It rained.');
    expect(points.filter((p) => p.startsWith('Foreign Minister Ana Lima'))).toHaveLength(1);
    const order = points.map((p) => s.findIndex((x) => x.text === p));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
