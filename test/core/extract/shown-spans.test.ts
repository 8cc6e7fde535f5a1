// The titles a key point leaves out, as a table of [sentence, without the titles the card shows]:
// only the title goes, never the name, and a title that is itself the news stays.
import { describe, expect, it } from 'vitest';
import { findPeople, participantsOf } from '../../../src/core/extract/people.js';
import { findEvent } from '../../../src/core/extract/event.js';
import { shownEventSpans, shownTitleSpans, withoutSpans } from '../../../src/core/extract/shown-spans.js';
import { sentencesOf } from './helpers.js';

const CASES: Array<[string, string]> = [
  // a title (with the country before it) in front of the name
  [
    'Chilean State Councillor and Foreign Minister Ana Lima on Thursday chaired the third meeting of the group.',
    'Ana Lima on Thursday chaired the third meeting of the group.',
  ],
  [
    'Secretary-treasurer Glenda Hart told the board the later start would add $260,000 a year.',
    'Glenda Hart told the board the later start would add $260,000 a year.',
  ],
  // a determiner goes with the title it introduces
  ['Around the table sat the Peruvian Minister of Health, Tomas Vela, and two advisers.', 'Around the table sat Tomas Vela and two advisers.'],
  // a title set off by commas after the name
  ['Winona Reyes, president of the teachers association, said the change was overdue.', 'Winona Reyes said the change was overdue.'],
  // in a list of names, the comma between two names stays
  [
    'Lima also met Celso Duarte, chief adviser to the Presidency of Brazil, South African Foreign Minister Nomsa Dube and Indian National Security Adviser Arjun Rao.',
    'Lima also met Celso Duarte, Nomsa Dube and Arjun Rao.',
  ],
  // a title whose company or body the card does not show stays whole
  ['Lima Phones boss Paul Petrie told the committee the firm was sorry.', 'Lima Phones boss Paul Petrie told the committee the firm was sorry.'],
  // … and goes whole when the card shows its company too ("Paul Petrie — boss, Halvex"), of one word or more
  [
    'The hearing opened with Lima Phones boss Paul Petrie telling the committee the firm was sorry.',
    'The hearing opened with Paul Petrie telling the committee the firm was sorry.',
  ],
  [
    'The hearing opened with Halvex boss Paul Petrie telling the committee the firm was sorry.',
    'The hearing opened with Paul Petrie telling the committee the firm was sorry.',
  ],
  // … or whose owner is a possessive
  [
    "The country's foreign minister, Sara Quist, said the border would stay open.",
    "The country's foreign minister, Sara Quist, said the border would stay open.",
  ],
  // … or a lowercase word that qualifies it (only a function word or a verb may stand before a title that goes)
  ['"The probe is healthy," said flight director Tomas Vela of the agency.', '"The probe is healthy," said flight director Tomas Vela of the agency.'],
  ['The club appointed its under-21 coach Tomas Vela as head coach.', 'The club appointed its under-21 coach Tomas Vela as head coach.'],
  ['"The probe is healthy," said director Tomas Vela of the agency.', '"The probe is healthy," said Tomas Vela of the agency.'],
  // a relative clause after the name keeps its comma
  ['Minister Per Lund was represented by his deputy, Anna Dahl, who read his speech.', 'Minister Per Lund was represented by Anna Dahl, who read his speech.'],
  // the comma that closes a phrase opened before the title stays ("The meeting, chaired by …, Ana Lima, also …")
  [
    "The meeting, chaired by Peru's Minister of Climate and Environment, Ana Lima, also discussed a plan to end gas imports.",
    'The meeting, chaired by Ana Lima, also discussed a plan to end gas imports.',
  ],
  // a title that names a body and then a second office is one title, and goes whole
  [
    'Member of the Political Bureau of the Lima Party Central Committee and Foreign Minister Ana Roy held talks with Chilean Foreign Minister Tom Vale.',
    'Ana Roy held talks with Tom Vale.',
  ],
  // a title that is the news, or a former office, stays
  [
    'Newly elected union president Bríd Kelly thanked the delegates for their support.',
    'Newly elected union president Bríd Kelly thanked the delegates for their support.',
  ],
  [
    'Former Chief Minister Jagan Rao dismissed the package as an announcement without money.',
    'Former Chief Minister Jagan Rao dismissed the package as an announcement without money.',
  ],
];

describe('shownTitleSpans', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    const sentences = sentencesOf(sentence);
    const spans = shownTitleSpans(sentences, participantsOf(findPeople(sentences)));
    expect(withoutSpans(sentence, spans.get(0) ?? []).replace(/\s+/g, ' ')).toBe(expected);
  });
});

// The event's day and place, as a table of [article, sentence index, without them]: cut only from the
// sentences the event was read from, never from a quotation or a later sentence that names another day.
const EVENT_CASES: Array<[string[], number, string]> = [
  // the day of the month after the weekday goes with it
  [
    ['The Lima Community Council met at the Lima Library on Monday 3 February at 7pm to discuss the budget.'],
    0,
    'The Lima Community Council met at 7pm to discuss the budget.',
  ],
  // the place's state goes with it
  [
    ['Peru will face Chile at the Copa after the draw at the Lima Arena summit in Springdale, Ark. on Friday.', 'The cup runs in June.'],
    0,
    'Peru will face Chile at the Copa after the draw at the Lima Arena summit.',
  ],
  [
    ['Energy ministers from five countries opened a ministerial meeting in Beijing on Saturday morning.', 'They agreed to meet again next year.'],
    0,
    'Energy ministers from five countries opened a ministerial meeting.',
  ],
  [
    ['Ana Roy on Wednesday, September 25, chaired the regional meeting of health ministers in Geneva.', 'The ministers agreed to share data.'],
    0,
    'Ana Roy chaired the regional meeting of health ministers.',
  ],
  // "late on Tuesday" goes whole: "late" alone would be left hanging
  [
    ['The city council of Lima voted 5-4 late on Tuesday to approve the tower, ending a two-year fight.', 'Building starts next spring.'],
    0,
    'The city council of Lima voted 5-4 to approve the tower, ending a two-year fight.',
  ],
  // a day or place that completes a participle stays, or the participle would dangle
  [
    ['LIMA — A committee of MPs has called for a phone ban in schools, in a report published on Saturday.', 'The ban would start in 2027.'],
    0,
    'LIMA — A committee of MPs has called for a phone ban in schools, in a report published on Saturday.',
  ],
  [
    ['Ministers opened the annual summit in Lima on Monday.', 'The hearing resumes on Monday in Lima, when two more witnesses are expected.'],
    1,
    'The hearing resumes on Monday in Lima, when two more witnesses are expected.',
  ],
  // … and so does one that ends a clause on its participle, set off by a comma; not one after a main verb
  [
    ['Ana Roy spoke to reporters about the Andes summit, opened on Monday.', 'Ministers agreed to meet again.'],
    0,
    'Ana Roy spoke to reporters about the Andes summit, opened on Monday.',
  ],
  [
    ['Ana Roy, who chaired the Andes summit, opened on Monday at the convention centre.', 'Ministers agreed to meet again.'],
    0,
    'Ana Roy, who chaired the Andes summit, opened at the convention centre.',
  ],
  // a place that completes who were meeting stays; one after the noun "meeting" goes
  [
    ['Andes leaders meeting in Lima agreed on Saturday that the time had come for talks on reparations.', 'The communique was adopted by all 12 members.'],
    0,
    'Andes leaders meeting in Lima agreed that the time had come for talks on reparations.',
  ],
  // … as does one that completes a participle opening the sentence: "Meeting, the ministers signed …" is no sentence
  [
    ['Meeting in Lima on Friday, the Andes ministers signed a declaration on three measures.', 'They will meet again in March.'],
    0,
    'Meeting in Lima, the Andes ministers signed a declaration on three measures.',
  ],
  // a place that names a noun after it stays ("at Lima airport"): "exchanged two prisoners airport" is no sentence
  [
    ['Peru and Chile exchanged two prisoners on Thursday at Lima airport, at the end of talks held in Lima.', 'Both men flew home.'],
    0,
    'Peru and Chile exchanged two prisoners at Lima airport, at the end of talks held in Lima.',
  ],
  [
    ['"We opened the summit in Lima on Monday," Ana Roy told the summit in Lima on Monday.'],
    0,
    '"We opened the summit in Lima on Monday," Ana Roy told the summit.',
  ],
];

describe('shownEventSpans', () => {
  it.each(EVENT_CASES)('%s', (paragraphs, index, expected) => {
    const sentences = sentencesOf(...paragraphs);
    const spans = shownEventSpans(sentences, findEvent(sentences, null));
    expect(withoutSpans(sentences[index].text, spans.get(index) ?? [])).toBe(expected);
  });
});
