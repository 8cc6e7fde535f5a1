import { describe, expect, it } from 'vitest';
import { splitParagraph } from '../../../src/core/extract/sentences.js';

describe('splitParagraph', () => {
  it('does not break on honorifics, initials, dotted abbreviations or decimals', () => {
    expect(splitParagraph('Mr. Vladimir Putin met U.S. envoy John J. Sullivan on Sept. 3. Growth was 2.5 percent. It rose.')).toEqual([
      'Mr. Vladimir Putin met U.S. envoy John J. Sullivan on Sept. 3.', 'Growth was 2.5 percent.', 'It rose.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitParagraph('He said "we agree." Then he left!')).toEqual(['He said "we agree."', 'Then he left!']);
  });
});
