import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitParagraph } from '../../../src/core/extract/sentences.js';

describe('splitParagraph', () => {
  it('does not break on honorifics, initials, dotted abbreviations or decimals', () => {
    expect(splitParagraph('Mr. Vladimir Putin met U.S. envoy John J. Sullivan on Sept. 3. Growth was 2.5 percent. It rose.')).toEqual([
      'Mr. Vladimir Putin met U.S. envoy John J. Sullivan on Sept. 3.',
      'Growth was 2.5 percent.',
      'It rose.',
    ]);
  });

  it('does not break on an office written short before a name ("Coun. Roy", "Det. Insp. Vale"), but does at a name after it', () => {
    expect(splitParagraph('Council approved a motion by Coun. Roy to study it. Cllr. Vale and Det. Insp. Kim agreed. It passed.')).toEqual([
      'Council approved a motion by Coun. Roy to study it.',
      'Cllr. Vale and Det. Insp. Kim agreed.',
      'It passed.',
    ]);
  });

  it('ends a sentence at a one-letter name after a small word ("a post on X."), not at an initial after a name', () => {
    expect(splitParagraph('Ana Roy congratulated him in a post on X. President Tom Vale met envoy Lee K. Park.')).toEqual([
      'Ana Roy congratulated him in a post on X.',
      'President Tom Vale met envoy Lee K. Park.',
    ]);
  });

  it('ends a sentence at a letter that labels an option ("want Option A.")', () => {
    expect(splitParagraph('Traders want Option A. The rowing club backed Option B. Ana Roy chose Phase C. Tom Vale agreed.')).toEqual([
      'Traders want Option A.',
      'The rowing club backed Option B.',
      'Ana Roy chose Phase C.',
      'Tom Vale agreed.',
    ]);
  });

  it('does not break at a court case\'s "v." ("Peru v. Chile")', () => {
    expect(splitParagraph('The case, Peru v. Chile, was brought in 2019. It was heard in May.')).toEqual([
      'The case, Peru v. Chile, was brought in 2019.',
      'It was heard in May.',
    ]);
  });

  it('reads "No." as an abbreviation only before a number ("No. 10"), and as a reply\'s stop before a word', () => {
    expect(splitParagraph('ANA ROY: No. All of it will go through UN agencies. The No. 2 official agreed.')).toEqual([
      'ANA ROY: No.',
      'All of it will go through UN agencies.',
      'The No. 2 official agreed.',
    ]);
  });

  it('ends a sentence at a time of day or a company\'s "Inc." before a word that opens one ("7 p.m. It …"), not before a name or a day', () => {
    expect(
      splitParagraph('The ferry struck rocks shortly after 7 p.m. It began to list. Talks ended at 9 p.m. Friday with Halvex Inc. The firm agreed.'),
    ).toEqual(['The ferry struck rocks shortly after 7 p.m.', 'It began to list.', 'Talks ended at 9 p.m. Friday with Halvex Inc.', 'The firm agreed.']);
    // (… as does a capitalised word the sentence goes on from in lower case, no day or month.)
    expect(
      splitParagraph('People were told to stay indoors until 4 p.m. Hospitals in Lima reported more cases. Talks resumed at 9 a.m. Monday morning.'),
    ).toEqual(['People were told to stay indoors until 4 p.m.', 'Hospitals in Lima reported more cases.', 'Talks resumed at 9 a.m. Monday morning.']);
    // (… as does a quantifier or a connective: "began at 4 a.m. Only 40 of the 640 departures left.")
    expect(splitParagraph('The strike began at 4 a.m. Only 40 of the 640 departures left. Talks ended at 9 p.m. But no deal was reached.')).toEqual([
      'The strike began at 4 a.m.',
      'Only 40 of the 640 departures left.',
      'Talks ended at 9 p.m.',
      'But no deal was reached.',
    ]);
    expect(splitParagraph('At 10 a.m. Ana Roy opened the session with Halvex Inc. chief Tom Vale.')).toEqual([
      'At 10 a.m. Ana Roy opened the session with Halvex Inc. chief Tom Vale.',
    ]);
  });

  it('cuts run-on text without stops into bounded pieces at spaces', () => {
    const pieces = splitParagraph('word '.repeat(1000));
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.every((p) => p.length <= MAX_SENTENCE_CHARS && !p.startsWith(' '))).toBe(true);
    expect(pieces.join(' ').split(' ')).toHaveLength(1000);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitParagraph('He said "we agree." Then he left!')).toEqual(['He said "we agree."', 'Then he left!']);
  });
});
