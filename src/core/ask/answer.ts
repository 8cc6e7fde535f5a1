// Answers a question about an article from the article alone: each answer carries the sentences
// it rests on, and a question the text does not answer gets `answered: false`, never a guess.

import type { Analysis } from '../analysis.js';
import type { Person } from '../extract/people.js';
import type { Sentence } from '../extract/sentences.js';
import { findCountries } from '../extract/countries.js';
import { classify, type Intent } from './intents.js';
import { COUNTRIES } from '../extract/lexicon/countries.js';
import { findPerson, findPersonByRole, nameWordsOf, textMentions } from './names.js';
import { SentenceIndex, contentTerms } from './retrieve.js';

const DEMONYMS = new Map(COUNTRIES.map((c) => [c.name, [...c.names, ...c.demonyms]]));
const demonymsOf = (country: string) => DEMONYMS.get(country) ?? [];

export interface Answer {
  question: string;
  answered: boolean;
  answer: string;
  evidence: string[];
}

export const MAX_QUESTION_CHARS = 500;

const SPEECH = /\b(said|says|say|told|tell|stress\w*|not\w*|urg\w*|call\w* for|express\w*|confirm\w*|stat\w*|add\w*|emphasi\w*|underlin\w*|propos\w*|put forward|believ\w*|hop\w*|warn\w*|point\w* out|insist\w*|agree\w*|welcom\w*|describ\w*)\b/i;
const FUTURE = /\b(next|will be|will host|upcoming)\b/i;
const MEETING = /\b(met|meet\w*|talks?|held talks|bilateral|spoke with|conferred)\b/i;

/** Compact description: "Ajit Doval: National Security Adviser, India". */
export function describe(p: Person): string {
  const parts = [p.roles.join('; '), p.affiliation].filter(Boolean);
  return parts.length ? `${p.name}: ${parts.join(', ')}` : p.name;
}

class Answerer {
  private readonly index: SentenceIndex;
  private readonly text: string;
  /** The article's sentences, and its headline last: a page may put a whole lede in the headline. */
  private readonly pool: Sentence[];

  constructor(private readonly a: Analysis) {
    const title = a.article.title;
    this.pool = title ? [...a.sentences, { text: title, index: a.sentences.length, paragraph: -1 }] : [...a.sentences];
    this.index = new SentenceIndex(this.pool);
    this.text = this.pool.map((s) => s.text).join(' ');
  }

  private yes(question: string, answer: string, evidence: Iterable<number | Sentence>): Answer {
    const idx = [...new Set([...evidence].map((e) => (typeof e === 'number' ? e : e.index)))].sort((x, y) => x - y);
    return { question, answered: true, answer, evidence: idx.map((i) => this.pool[i].text) };
  }

  private no(question: string, answer: string): Answer {
    return { question, answered: false, answer, evidence: [] };
  }

  /** Sentences about a person: where they are named, and "He/She …" right after. */
  private sentencesOf(p: Person): Sentence[] {
    const named = new Set(p.mentions.map((m) => m.sentence));
    return this.a.sentences.filter((s) => named.has(s.index) || (named.has(s.index - 1) && /^(He|She)\b/.test(s.text)));
  }

  /** The person a phrase names; or, when the text never names them, a plain refusal. */
  private person(question: string, phrase: string): Person | Answer {
    const p = findPerson(this.a.people, phrase);
    if (p) return p;
    const shown = phrase.replace(/[?!.]+$/, '').trim();
    if (!nameWordsOf(phrase).length || !textMentions(this.text, phrase)) return this.no(question, `The article does not mention ${shown}.`);
    return this.search(question);
  }

  answer(question: string): Answer {
    const intent = classify(question);
    switch (intent.kind) {
      case 'identity': return this.identity(question, intent.who);
      case 'attendance': return this.attendance(question, intent.who);
      case 'participants': return this.participants(question);
      case 'absentees': return this.absentees(question);
      case 'topics': return this.topics(question);
      case 'presiding': return this.presiding(question, intent.verb);
      case 'represented': return this.represented(question, intent.what);
      case 'countries': return this.countries(question, intent.count);
      case 'where': return this.where(question);
      case 'when': return this.when(question);
      case 'met': return this.met(question, intent.who);
      case 'said': return this.said(question, intent.who, intent.about);
      case 'proposals': return this.proposals(question, intent);
      default: return this.search(question);
    }
  }

  private identity(question: string, who: string): Answer {
    const byRole = findPersonByRole(this.a.people, who, demonymsOf);
    const p = byRole ?? this.person(question, who);
    if (!('mentions' in p)) return p;
    const titled = p.mentions.filter((m) => m.role).map((m) => m.sentence);
    const evidence = titled.length ? titled.slice(0, 3) : [p.mentions[0].sentence];
    let answer = `${describe(p)}.`;
    if (p.absent) answer += ' The article says they did not take part.';
    else if (p.contextOnly) answer += ' The article names them for context, not as a participant.';
    else if (!p.roles.length) answer = `${p.name} is named in the article without a title: ${this.a.sentences[evidence[0]].text}`;
    return this.yes(question, answer, evidence);
  }

  private attendance(question: string, who: string): Answer {
    const p = this.person(question, who);
    if (!('mentions' in p)) return p;
    const evidence = p.mentions.map((m) => m.sentence);
    if (p.absent) {
      const said = this.a.sentences[p.absentAt ?? p.mentions[0].sentence];
      return this.yes(question, `No. According to the article, ${p.name} did not take part: ${said.text}`, [said]);
    }
    if (p.contextOnly) return this.yes(question, `The article names ${p.name} only for context, not as a participant.`, evidence.slice(0, 2));
    return this.yes(question, `Yes. ${describe(p)} took part.`, evidence.slice(0, 2));
  }

  private participants(question: string): Answer {
    const list = this.a.participants;
    if (!list.length) return this.no(question, 'The article does not name the participants.');
    return this.yes(question, `Participants: ${list.map(describe).join('; ')}.`, list.map((p) => p.mentions.find((m) => m.role)?.sentence ?? p.mentions[0].sentence));
  }

  private absentees(question: string): Answer {
    const away = this.a.people.filter((p) => p.absent);
    if (!away.length) return this.no(question, 'The article does not name anyone who stayed away.');
    return this.yes(question, `Named as not taking part: ${away.map(describe).join('; ')}.`, away.map((p) => p.absentAt ?? p.mentions[0].sentence));
  }

  /** "What was discussed?": the key points are the article's own summary of it. */
  private topics(question: string): Answer {
    const points = this.a.keyPoints.slice(0, 3);
    if (!points.length) return this.search(question);
    const evidence = points.map((k) => this.a.sentences[k.sentence]).sort((a, b) => a.index - b.index);
    return this.yes(question, points.map((k) => k.text).join(' '), evidence);
  }

  private presiding(question: string, verb: RegExp): Answer {
    // Hosting, chairing or presiding over this event: a sentence about a future one ("the next
    // summit will be hosted by …") counts only when there is nothing else.
    const all = this.a.sentences.filter((s) => verb.test(s.text));
    const hits = [...all.filter((s) => !FUTURE.test(s.text)), ...all.filter((s) => FUTURE.test(s.text))];
    if (!hits.length) return this.no(question, 'The article does not say.');
    const people = this.a.people.filter((p) => p.mentions.some((m) => m.sentence === hits[0].index));
    const answer = people.length ? `${people.map(describe).join('; ')}. ${hits[0].text}` : hits[0].text;
    return this.yes(question, answer, [hits[0]]);
  }

  private represented(question: string, what: string): Answer {
    const target = findCountries(what)[0]?.country;
    const targetForms = target ? findCountries(this.text).filter((c) => c.country === target).map((c) => c.form) : nameWordsOf(what);
    const hits = this.a.sentences.filter((s) => /\brepresent\w*/i.test(s.text) && targetForms.some((f) => s.text.toLowerCase().includes(f.toLowerCase())));
    if (!hits.length) return this.search(question);
    return this.yes(question, hits[0].text, hits.slice(0, 2));
  }

  private countries(question: string, count: boolean): Answer {
    if (count) {
      const noun = /\b(delegates|delegations|participants|people|leaders)\b/i.exec(question)?.[1] ?? 'countries|nations|states';
      const re = new RegExp(`\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?)\\s+(?:\\w+\\s+){0,2}(${noun})\\b`, 'i');
      const hit = this.a.sentences.find((s) => re.test(s.text));
      if (hit) { const m = re.exec(hit.text)!; return this.yes(question, `${m[0]}, according to the article.`, [hit]); }
    }
    if (!this.a.countries.length) return this.no(question, 'The article does not say which countries took part.');
    const evidence = this.a.sentences.filter((s) => findCountries(s.text).some((c) => this.a.countries.includes(c.country)) && /\b(attend|represent|join|took part|participat|leaders of|counterparts|delegat|met|meeting)/i.test(s.text));
    const lead = count ? `The article names ${this.a.countries.length} countries` : 'Countries represented';
    return this.yes(question, `${lead}: ${this.a.countries.join(', ')}.`, evidence.slice(0, 3));
  }

  private where(question: string): Answer {
    const { location, evidence } = this.a.event;
    // "Where did Wang meet Patrushev?" is about a moment in the text, not the event's venue.
    const aboutSomeone = nameWordsOf(question.replace(/^where\s+\w+/i, '')).some((w) => findPerson(this.a.people, w));
    if (location && !aboutSomeone) {
      return this.yes(question, `${this.eventName()} was held in ${location}.`, evidence.filter((i) => this.a.sentences[i].text.includes(location.split(',')[0].replace(/^the /, ''))));
    }
    return this.search(question);
  }

  private when(question: string): Answer {
    const { date, evidence } = this.a.event;
    if (date) return this.yes(question, `${this.eventName()}: ${date}.`, evidence.filter((i) => this.a.sentences[i].text.includes(date)));
    if (this.a.article.published) return this.yes(question, `The article was published ${this.a.article.published}; it gives no other date.`, []);
    return this.no(question, 'The article does not say when.');
  }

  private eventName(): string {
    const name = this.a.event.name;
    return name ? `The ${name.replace(/^the\s+/i, '')}` : 'The event';
  }

  private met(question: string, who: string): Answer {
    const p = this.person(question, who);
    if (!('mentions' in p)) return p;
    const hits = this.sentencesOf(p).filter((s) => MEETING.test(s.text));
    if (!hits.length) return this.no(question, `The article does not say whom ${p.name} met.`);
    const others = this.a.people.filter((o) => o !== p && o.mentions.some((m) => hits.some((h) => h.index === m.sentence)));
    const answer = others.length ? `${p.name} met ${others.map(describe).join('; ')}.` : hits[0].text;
    return this.yes(question, answer, hits);
  }

  private said(question: string, who: string, about: string): Answer {
    const p = this.person(question, who);
    if (!('mentions' in p)) return p;
    const own = this.sentencesOf(p);
    const speech = own.filter((s) => SPEECH.test(s.text));
    const pool = speech.length ? speech : own;
    // Rank the person's sentences by the rest of the question: the other person, the topic.
    const topic = `${about}`;
    const other = findPerson(this.a.people.filter((x) => x !== p), about);
    const scored = pool.map((s) => {
      const terms = new Set(contentTerms(s.text));
      const topical = contentTerms(topic).filter((t) => terms.has(t)).length;
      const withOther = other?.mentions.some((m) => m.sentence === s.index) ? 3 : 0;
      return { s, score: topical + withOther };
    }).sort((x, y) => y.score - x.score || x.s.index - y.s.index);
    if (!scored.length) return this.no(question, `The article does not report what ${p.name} said.`);
    if (contentTerms(topic).length && scored[0].score === 0) return this.no(question, `The article does not report ${p.name} saying anything about that.`);
    const best = scored.filter((x) => x.score === scored[0].score).slice(0, 2).map((x) => x.s);
    return this.yes(question, best.map((s) => s.text).join(' '), best);
  }

  private proposals(question: string, intent: Extract<Intent, { kind: 'proposals' }>): Answer {
    const { items, stated, evidence } = this.a.proposals;
    if (intent.who && !items.length) return this.said(question, intent.who, '');
    if (!items.length) return stated ? this.yes(question, `The article says ${stated} proposals were put forward but does not list them.`, evidence) : this.no(question, 'The article does not report any proposals.');
    const statedNote = stated !== null && stated !== items.length ? ` (${stated} stated, ${items.length} listed in the text)` : '';
    const plural = (n: number) => `${n} proposal${n === 1 ? '' : 's'}`;
    if (intent.nth !== null) {
      const n = intent.nth === -1 ? items.length : intent.nth;
      if (n < 1 || n > items.length) {
        return this.no(question, stated && n <= stated ? `The article states ${stated} proposals but its text lists only ${items.length}; proposal ${n} is not in it.` : `The article lists ${items.length} proposals.`);
      }
      return this.yes(question, `Proposal ${n}${statedNote}: ${items[n - 1]}.`, evidence);
    }
    const lead = stated !== null && stated !== items.length ? `The article states ${plural(stated)} and lists ${items.length}` : plural(items.length);
    return this.yes(question, `${lead}: ${items.map((it, i) => `${i + 1}. ${it}`).join(' ')}`, evidence);
  }

  private search(question: string): Answer {
    const named = this.a.people.filter((p) => nameWordsOf(question).some((w) => findPerson([p], w)));
    const boost = new Set(named.flatMap((p) => p.mentions.map((m) => m.sentence)));
    const ranked = this.index.rank(question, boost);
    const best = ranked[0];
    const informative = contentTerms(question).filter((t) => this.index.idf(t) > 0);
    if (!best || best.coverage < 0.5 || !informative.length) return this.no(question, 'The article does not say.');
    const picks = ranked.filter((r) => r.score >= best.score * 0.8 && r.coverage >= 0.5).slice(0, 2).map((r) => r.sentence);
    return this.yes(question, picks.map((s) => s.text).join(' '), picks);
  }
}

const cache = new WeakMap<Analysis, Answerer>();

export function answerQuestion(analysis: Analysis, rawQuestion: string): Answer {
  const question = rawQuestion.replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION_CHARS);
  if (!question) return { question, answered: false, answer: 'Ask a question about the article, for example "who attended?".', evidence: [] };
  let answerer = cache.get(analysis);
  if (!answerer) { answerer = new Answerer(analysis); cache.set(analysis, answerer); }
  return answerer.answer(question);
}
