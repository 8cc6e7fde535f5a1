// Runs every extractor over an article once and keeps what they found, with the sentences they
// found it in, so that the card and the question answering share one reading of the text.

import type { Article } from './article/article.js';
import { representedCountries } from './extract/countries.js';
import { findEvent, type EventInfo } from './extract/event.js';
import { pickKeyPoints } from './extract/key-points.js';
import { findPeople, participantsOf, type Person } from './extract/people.js';
import { findProposals, type Proposals } from './extract/proposals.js';
import { splitSentences, type Sentence } from './extract/sentences.js';

export interface Analysis {
  article: Article;
  sentences: Sentence[];
  /** Everyone named with a title, an appositive or an honorific, present or not. */
  people: Person[];
  participants: Person[];
  countries: string[];
  proposals: Proposals;
  event: EventInfo;
  keyPoints: string[];
}

export function analyzeArticle(article: Article): Analysis {
  const sentences = splitSentences(article.paragraphs);
  const people = findPeople(sentences);
  const participants = participantsOf(people);
  const countries = [...new Set([
    ...participants.map((p) => p.affiliation).filter((c): c is string => !!c),
    ...representedCountries(sentences),
  ])];
  return {
    article,
    sentences,
    people,
    participants,
    countries: orderByFirstMention(countries, sentences),
    proposals: findProposals(sentences, article.title),
    event: findEvent(sentences, article.datelinePlace),
    keyPoints: pickKeyPoints(sentences, article.title),
  };
}

function orderByFirstMention(countries: string[], sentences: readonly Sentence[]): string[] {
  const text = sentences.map((s) => s.text).join(' ');
  const at = (c: string) => { const i = text.indexOf(c); return i < 0 ? Number.MAX_SAFE_INTEGER : i; };
  return [...countries].sort((a, b) => at(a) - at(b));
}
