// Runs every extractor over an article once and keeps what they found, with the sentences they
// found it in, so that the card and the question answering share one reading of the text.

import type { Article } from './article/article.js';
import { findCountries, firstCountryIn, representedCountries, subjectCountries } from './extract/countries.js';
import { COUNTRY_NAMES, SHARED_SHORT_NAMES } from './extract/lexicon/countries.js';
import { isPartyAndState } from './extract/lexicon/us-politics.js';
import { findEvent, type EventInfo } from './extract/event.js';
import { homeCountryOffices, hostCountryOffices } from './extract/host-country.js';
import { KEY_POINT_SENTENCES, pickKeyPoints, type KeyPoint } from './extract/key-points.js';
import { datedByDayAlone, earlierEventSentences, findPeople, fullBodyNames, fullNamesFromHeadline, participantsOf, type Person } from './extract/people.js';
import { findProposals, type Proposals } from './extract/proposals.js';
import { splitSentences, type Sentence } from './extract/sentences.js';
import { mergeSpans, shownEventSpans, shownNames, shownTitleSpans } from './extract/shown-spans.js';

export interface Analysis {
  article: Article;
  sentences: Sentence[];
  /** Everyone named with a title, an appositive or an honorific, present or not. */
  people: Person[];
  participants: Person[];
  countries: string[];
  proposals: Proposals;
  event: EventInfo;
  keyPoints: KeyPoint[];
}

export function analyzeArticle(article: Article): Analysis {
  const sentences = splitSentences(article.paragraphs);
  const people = findPeople(sentences, article.published);
  fullNamesFromHeadline(people, article.title);
  fullBodyNames(people, [article.title ?? '', ...sentences.map((s) => s.text)]);
  homeCountryOffices(people, sentences);
  hostCountryOffices(people, sentences);
  const participants = participantsOf(people);
  // "Congo" in a report that says "DR Congo": the country the article names in full.
  const reading = sharedNameReading([article.title ?? '', ...sentences.map((s) => s.text)]);
  for (const p of people) if (p.affiliation && reading.has(p.affiliation)) p.affiliation = reading.get(p.affiliation)!;
  const countries = [
    ...new Set(
      [
        ...participants.map((p) => countryOfAffiliation(p.affiliation)).filter((c): c is string => !!c),
        ...representedCountries(sentences),
        // The headline's subject ("Pakistan tables six-point plan …") is a party to the event.
        ...(article.title ? subjectCountries(article.title) : []),
      ].map((c) => reading.get(c) ?? c),
    ),
  ];
  const proposals = findProposals(sentences, article.title);
  // Proposal items are on the card already; the sentence that states their count is not an item.
  const shown = new Set(proposals.evidence.filter((i) => proposals.items.length > 0 && !proposals.statedAt?.includes(i)));
  const event = findEvent(sentences, article.datelinePlace, article.published, proposals.items, article.title);
  // (Key points are read from the first sentences: the spans the card shows are needed in those only.)
  const body = sentences.slice(0, KEY_POINT_SENTENCES);
  return {
    article,
    sentences,
    people,
    participants,
    countries: orderByFirstMention(countries, sentences, reading),
    proposals,
    event,
    keyPoints: pickKeyPoints(sentences, {
      title: article.title,
      shown,
      shownSpans: mergeSpans(shownTitleSpans(body, participants), shownEventSpans(body, event)),
      stated: new Set(proposals.statedAt ?? []),
      shownItems: proposals.items,
      shownNames: shownNames(participants),
      interviewee: participants.length === 1 ? (participants[0].name.split(/\s+/).at(-1) ?? null) : null,
      earlier: earlierEventSentences(body, article.published, datedByDayAlone(body, article.published)),
    }),
  };
}

/** For each short name two countries share, the one the article means when it names only the other in full. */
function sharedNameReading(texts: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const shared of SHARED_SHORT_NAMES) {
    if (!texts.some((t) => t.includes(shared.form))) continue;
    const named = texts.flatMap((t) => findCountries(t)).filter((m) => m.form !== shared.form);
    if (named.some((m) => m.country === shared.other) && !named.some((m) => m.country === shared.usually)) out.set(shared.usually, shared.other);
  }
  return out;
}

/** The country an affiliation is of: itself, the first it names, or an American legislator's party and state. */
function countryOfAffiliation(affiliation: string | null): string | null {
  if (!affiliation) return null;
  if (COUNTRY_NAMES.has(affiliation)) return affiliation;
  return firstCountryIn(affiliation) ?? (isPartyAndState(affiliation) ? 'United States' : null);
}

function orderByFirstMention(countries: string[], sentences: readonly Sentence[], reading: ReadonlyMap<string, string>): string[] {
  const wanted = new Set(countries);
  const first = new Map<string, number>();
  // Sentence by sentence, stopping once every country is placed: long articles name them early.
  for (const s of sentences) {
    if (first.size === wanted.size) break;
    for (const m of findCountries(s.text)) {
      const country = reading.get(m.country) ?? m.country;
      if (wanted.has(country) && !first.has(country)) first.set(country, s.index * 1e6 + m.start);
    }
  }
  const at = (c: string) => first.get(c) ?? Number.MAX_SAFE_INTEGER;
  return [...countries].sort((a, b) => at(a) - at(b));
}
