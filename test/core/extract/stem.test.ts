// The light stemmer: a word's forms share one stem, and a stem is no prefix of another word's.
import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/core/extract/stem.js';

describe('stem', () => {
  it.each([
    [['announce', 'announced', 'announces'], 'announc'],
    [['proposal', 'proposals'], 'proposal'],
    [['ban', 'banned', 'banning'], 'ban'],
    [['carry', 'carries', 'carried'], 'carr'],
    // A word ending in "ly" that is no adverb loses its "y" as its other forms do, not its "ly".
    [['supply', 'supplies', 'supplied'], 'suppl'],
    [['family', 'families'], 'famil'],
    [['deep', 'deeply'], 'deep'],
    // An adverb of a word ending in "e" loses that "e" too, as the word does.
    [['immediate', 'immediately'], 'immediat'],
    [['complete', 'completed', 'completely'], 'complet'],
  ])('gives %j one stem, %s', (forms, expected) => {
    expect(forms.map(stem)).toEqual(forms.map(() => expected));
  });

  it('keeps a word whose ending, cut, would make another word', () => {
    expect(stem('planes')).toBe('plane');
    expect(stem('plans')).toBe('plan');
  });
});
