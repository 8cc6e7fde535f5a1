// The host's country in a report of two countries' sides meeting, read whole (as the card reads it).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analysis.js';
import { parsePlainText } from '../../../src/core/article/plain-text.js';

const read = (...paragraphs: string[]) => {
  const a = analyzeArticle(parsePlainText(`Ministers meet\n\n${paragraphs.join('\n\n')}`));
  return { people: a.participants.map((p) => [p.name, p.affiliation]), countries: a.countries };
};

describe("the host's country: an office named alone, meeting a guest given a country, in a report of two countries", () => {
  const later = ['Roy said Peru and Chile were close partners and should trade more.', 'Vale said Chile valued its ties with Peru.'];

  it('gives the host the other country ("Foreign Minister Ana Roy met with Chilean Foreign Minister Tom Vale")', () => {
    const found = read('Foreign Minister Ana Roy met with Chilean Foreign Minister Tom Vale in Lima on Monday.', ...later);
    expect(found.people).toEqual([
      ['Ana Roy', 'Peru'],
      ['Tom Vale', 'Chile'],
    ]);
    expect(found.countries).toEqual(['Chile', 'Peru']);
    // (An office that ends in a national one: "Member of the Lima Party's Political Bureau and Foreign Minister".)
    const bureau = read(
      "Member of the Political Bureau of the Lima Party Central Committee and Foreign Minister Ana Roy met with Chile's Foreign Minister Tom Vale.",
      ...later,
    );
    expect(bureau.people[0]).toEqual(['Ana Roy', 'Peru']);
    // (… and one whose portfolio holds "and": "Minister of Trade and Industry".)
    expect(read('Minister of Trade and Industry Ana Roy met with Chilean Foreign Minister Tom Vale.', ...later).people[0]).toEqual(['Ana Roy', 'Peru']);
  });

  it('gives none where the lead is no meeting, the office is named later, or a third country is named as often', () => {
    // (Not in the lead's meeting: who she is, the text does not say.)
    expect(
      read('Chilean Foreign Minister Tom Vale met officials in Lima on Monday.', 'Foreign Minister Ana Roy was not there.', ...later).people,
    ).not.toContainEqual(['Ana Roy', 'Peru']);
    // (Bolivia named as often as Peru: which side is hers, the text does not say.)
    expect(
      read(
        'Foreign Minister Ana Roy met with Chilean Foreign Minister Tom Vale in La Paz on Monday.',
        ...later,
        'Bolivia hosted the talks.',
        'Bolivia will host the next round.',
      ).people[0],
    ).toEqual(['Ana Roy', null]);
    // (A lead of no meeting: "signed a pact" says nothing of whose side is whose.)
    expect(read('Foreign Minister Ana Roy and Chilean Foreign Minister Tom Vale signed a trade pact on Monday.', ...later).people[0]).toEqual([
      'Ana Roy',
      null,
    ]);
    // (Her country named once only: too little to go on.)
    expect(read('Foreign Minister Ana Roy met with Chilean Foreign Minister Tom Vale.', 'Vale said Chile valued its ties with Peru.').people[0]).toEqual([
      'Ana Roy',
      null,
    ]);
    // (A guest whose country is neither of the two most named: no side of them.)
    expect(read('Foreign Minister Ana Roy met with Bolivian Foreign Minister Tom Vale on Monday.', ...later).people[0]).toEqual(['Ana Roy', null]);
  });
});
