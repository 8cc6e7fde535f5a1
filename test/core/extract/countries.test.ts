import { describe, expect, it } from 'vitest';
import { findCountries, representedCountries } from '../../../src/core/extract/countries.js';
import { sentencesOf } from './helpers.js';

describe('countries', () => {
  it('normalises names, aliases and demonyms, longest form first', () => {
    expect(findCountries("The Russian Federation, the People's Republic of China, Dutch and U.S. officials, Niger and Nigeria").map((c) => c.country)).toEqual([
      'Russia',
      'China',
      'Netherlands',
      'United States',
      'Niger',
      'Nigeria',
    ]);
  });

  it('takes countries from attendance clauses and bilateral meetings, not from context', () => {
    expect(
      representedCountries(
        sentencesOf(
          'The meeting was attended by representatives of Belarus, Cuba and other countries.',
          'He brought counterparts from Nepal and Pakistan together, even as India-China relations remain strained.',
          'At the Japan-Russia Summit Meeting the leaders spoke.',
          'Foreign ministers from Egypt and Qatar also came.',
        ),
      ),
    ).toEqual(['Belarus', 'Cuba', 'Nepal', 'Pakistan', 'Japan', 'Russia', 'Egypt', 'Qatar']);
  });
});
