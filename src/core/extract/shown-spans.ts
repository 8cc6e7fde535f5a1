// Finds, in each sentence, the words the card already shows elsewhere, so that a key point need not
// repeat them: the titles beside a participant's name ("Secretary-treasurer Glenda Hart told the
// board …" → "Glenda Hart told the board …"), and the event's own day and place where the sentence
// that names the event gives them ("… opened a ministerial meeting in Beijing on Saturday morning").
// Only those words go: never a name, and never a day or place the card does not show.

import { insideQuote } from './compress.js';
import { MONTH } from './lexicon/calendar.js';
import { COUNTRY_BY_FORM } from './lexicon/countries.js';
import { HONORIFICS } from './lexicon/titles.js';
import { PARTICIPANT_VERBS, SPEECH_VERBS } from './lexicon/verbs.js';
import type { EventInfo } from './event.js';
import type { Person } from './people.js';
import type { Sentence } from './sentences.js';
import { escapeRegExp, lastWord } from './tokens.js';

export interface Span {
  start: number;
  end: number;
  /** What the span is replaced by ("" or ","), so that the words around it still read. */
  with: string;
}

/** The shapes a title takes around a name, as data. */
const REGEXPS = {
  /** An abbreviation standing for a country or body before a title ("U.S.", "DRC", "NERC"). */
  abbreviation: /^(?:[A-Z]\.){2,4}$|^[A-Z]{2,6}$/,
  /** Words before a title that make the title the news. */
  newsTitle: /\b(?:elected|appointed|named|new|newly|incoming|outgoing|acting|interim|former|then)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/iu,
  /** After a name: ", a trustee of the district," as far as the clause's end. */
  appositive: /^,\s+([^,;:()"“”]{2,90}?)(,|;|(?=[.!]$))/,
};

const lower = (s: string) => s.toLowerCase().replace(/[’]/g, "'");

/** Whether `words` (one to three, as written) name a country or its people ("Chinese", "South African", "Egypt's", "U.S."). */
function isPlaceWord(words: string, affiliation: string | null): boolean {
  const bare = words.replace(/['’]s?$/, '');
  return COUNTRY_BY_FORM.has(bare) || REGEXPS.abbreviation.test(bare) || (!!affiliation && bare === affiliation);
}

/** Where the title that ends with the role at `roleStart` begins: the role, the country or body before
 * it ("U.S.", "Chinese", "Egypt's", the affiliation the card shows), and a determiner before those ("the DRC President"). */
function titleRunStart(text: string, roleStart: number, affiliation: string | null): number {
  let start = roleStart;
  for (let guard = 0; guard < 3; guard++) {
    const before = text.slice(0, start).trimEnd();
    const words = before.split(/\s+/);
    const n = [3, 2, 1].find((k) => words.length >= k && isPlaceWord(words.slice(-k).join(' '), affiliation));
    if (!n) break;
    start = before.length - words.slice(-n).join(' ').length;
  }
  const det = /(?:^|\s)(the|a|an|his|her|their|its|our)\s+$/i.exec(text.slice(0, start));
  return det ? start - det[0].trimStart().length : start;
}

/** Words after which a title opens a new phrase, so it can go without leaving a word stranded: a function
 * word, or a verb ("met", "welcomed", "said"; the irregular past forms here, the regular ones by their "-ed"). */
const BEFORE_A_TITLE = new Set(
  'and or but nor by with from of to for as when after before that while at on in than between among including also then is are was were be been has have had sat stood gave took made sent brought sought found left kept put saw heard'.split(
    ' ',
  ),
);

function titleMayFollow(before: string): boolean {
  const last = lastWord(before)?.word;
  if (!last || /[,;:(—–"“]$/.test(last)) return true;
  const word = last.toLowerCase();
  return BEFORE_A_TITLE.has(word) || PARTICIPANT_VERBS.has(word) || SPEECH_VERBS.has(word) || /\p{Ll}ed$/u.test(word);
}

/** The title before a name ("Chinese Foreign Minister Wang Yi", "Egypt's Minister of Foreign Affairs, Sami Haddad,"). */
function titleBefore(text: string, nameStart: number, nameEnd: number, role: string, affiliation: string | null): Span[] {
  let before = text.slice(0, nameStart);
  // An honorific left between a title and the name ("Superintendent Dr. Marcus Okafor").
  const last = lastWord(before);
  if (last?.spaceAfter && HONORIFICS.has(last.word.toLowerCase().replace(/\.$/, ''))) before = before.slice(0, last.start);
  const comma = /,\s+$/.exec(before);
  const bare = comma ? before.slice(0, comma.index) : before.trimEnd();
  if (!lower(bare).endsWith(lower(role))) return [];
  // A title that is itself the news stays ("newly elected president Ana Roy", "acting chair Ana Roy").
  if (REGEXPS.newsTitle.test(bare.slice(0, bare.length - role.length))) return [];
  const title = { start: titleRunStart(text, bare.length - role.length, affiliation), end: nameStart, with: '' };
  // A capitalised word left just before the title belongs to it ("Halvex boss …"): cutting the rest would strand it.
  // So would a possessive ("the country's foreign minister, …").
  if (/(?:[\p{Lu}][\p{L}.'’-]*|['’]s?)\s+$/u.test(text.slice(0, title.start))) return [];
  // So would a lowercase word that qualifies the title ("said flight director Ana Roy", "former under-21 coach …"):
  // the title may go only after a word that cannot qualify it, a function word or a verb.
  if (!titleMayFollow(text.slice(0, title.start))) return [];
  if (!comma) return [title];
  // "the Minister of Health, Tito Lomo, said": the comma closing the name goes with the title; though not the one that
  // closes a phrase opened before the title ("The meeting, chaired by Peru's minister, Ana Roy, also discussed …").
  const after = text.slice(nameEnd);
  if (/,\s+\p{Ll}+ed\s+(?:over\s+)?by\s+$/u.test(text.slice(0, title.start))) return /^(?:,\s+\p{Ll}|[;.!])/u.test(after) ? [title] : [];
  // … but not the comma that opens a relative clause ("…, Anna Dahl, who read his speech").
  if (/^,\s+(?!(?:who|whom|whose|which|where|when)\b)\p{Ll}/u.test(after)) return [title, { start: nameEnd, end: nameEnd + 1, with: '' }];
  return /^(?:,\s+\p{Ll}|[;.!])/u.test(after) ? [title] : [];
}

/** The title after a name (", president of the teachers' association,"). */
function titleAfter(text: string, nameEnd: number, role: string): Span[] {
  const m = REGEXPS.appositive.exec(text.slice(nameEnd));
  if (!m || !lower(m[1]).includes(lower(role))) return [];
  const next = text.slice(nameEnd + m[0].length).trimStart();
  // Between two names of a list the comma stays ("A, chief adviser, B and C" → "A, B and C").
  const keep = m[2] === ',' && /^[\p{Lu}]/u.test(next) ? ',' : m[2] === ';' ? ';' : '';
  return [{ start: nameEnd, end: nameEnd + m[0].length, with: keep }];
}

/** The names the card shows, lower case: each whole name and its last word ("ana roy", "roy"). */
export function shownNames(people: readonly Person[]): Set<string> {
  const names = new Set<string>();
  for (const p of people) {
    const lower = p.name.toLowerCase();
    names.add(lower);
    names.add(lower.split(/\s+/).at(-1) ?? lower);
  }
  return names;
}

/** For each sentence, the spans of the titles the card already shows beside the people it lists. */
export function shownTitleSpans(sentences: readonly Sentence[], people: readonly Person[]): Map<number, Span[]> {
  const found = new Map<number, Span[]>();
  for (const person of people) {
    for (const m of person.mentions) {
      const text = sentences[m.sentence]?.text;
      if (!m.role || m.former || !text) continue;
      const spans = titleBefore(text, m.start, m.end, m.role, m.affiliation);
      const all = spans.length ? spans : titleAfter(text, m.end, m.role);
      if (all.length) found.set(m.sentence, [...(found.get(m.sentence) ?? []), ...all]);
    }
  }
  // In reading order, none overlapping another.
  for (const [i, spans] of found) found.set(i, inOrder(spans));
  return found;
}

/** A participle the day or place completes ("a report published on Saturday", "talks held in Lima", "Governments
 * meeting at the Andes Authority failed", one opening the sentence: "Meeting in Lima, the ministers …"): without it the
 * participle would dangle, so the words stay. */
const COMPLETES =
  "(?<!\\b(?:published|released|issued|held|hosted|staged|dated|signed|scheduled|made public|gathered|convened|assembled))(?<!\\b[\\p{L}-]+[^'’s\\s]s\\s+(?:meeting|gathering))(?<!^\\p{Lu}\\p{Ll}+ing)";

/** The place is no modifier of a noun after it ("at Abu Dhabi airport", "in the Lima office"): a word of the
 * sentence's own may follow it (a function word, a verb: "the summit in Suva closed"), not a noun it names. */
const NOT_A_MODIFIER =
  '(?!\\s+(?!(?:on|in|at|to|and|or|but|for|with|from|by|after|before|as|when|while|where|which|who|that|the|a|an|last|this|next|earlier|later|said|says|is|are|was|were|has|have|had|will|would|\\p{Ll}+ed)\\b)\\p{Ll})';

/** The event's day and place as a sentence words them: "on Saturday morning", "late on Tuesday", "on Wednesday, September 25,", "in Beijing", "at the Hotel Park". */
function eventPhrases(event: EventInfo): RegExp[] {
  const out: RegExp[] = [];
  if (event.date && /^(?:the (?:morning|afternoon|evening|night) of )?[\p{L}\d ,]+$/u.test(event.date))
    out.push(
      new RegExp(
        `${COMPLETES}(?:\\s+(?:late|early|earlier|later))?\\s+on\\s+${escapeRegExp(event.date)}(?:\\s+(?:morning|afternoon|evening|night))?(?:,\\s+(?:[A-Z][a-z]+\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[A-Z][a-z]+)(?:,?\\s+\\d{4})?,(?=\\s)|\\s+(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2})(?:,?\\s+\\d{4})?)?(?=[\\s,.;])`,
        'gu',
      ),
    );
  // The place as the card shows it, or its first part ("Marine Research Centre, Lima" is
  // worded "at the Marine Research Centre"), with or without its article.
  if (event.location) {
    const whole = event.location.replace(/^the\s+/i, '');
    const places = [...new Set([whole, whole.split(',')[0].trim()])].map(escapeRegExp).join('|');
    // "in Washington, D.C.", "in Springdale, Ark.": the place's state goes with it.
    out.push(
      new RegExp(
        `${COMPLETES}\\s+(?:in|at)\\s+(?:the\\s+)?(?:${places})(?:\\.(?=\\s))?(?:,\\s+[A-Z][A-Za-z]?\\.(?:[A-Z]\\.)?(?=[\\s,;]|$)|,\\s+[A-Z][a-z]{1,4}\\.(?=[\\s,;]|$))?(?=[\\s,.;]|$)${NOT_A_MODIFIER}`,
        'gu',
      ),
    );
  }
  return out;
}

/** A clause that would end on its participle without the day or place: "the new plan, announced| on Monday." */
const ENDS_ON_PARTICIPLE = { before: /,\s+\p{Ll}+(?:ed|en)$/u, after: /^\s*(?:[.,;!]|$)/ };

/** For the sentences the event was read from, the spans of its day and place (outside quotations). */
export function shownEventSpans(sentences: readonly Sentence[], event: EventInfo): Map<number, Span[]> {
  const found = new Map<number, Span[]>();
  const phrases = eventPhrases(event);
  const dangles = (text: string, start: number, end: number) =>
    ENDS_ON_PARTICIPLE.before.test(text.slice(Math.max(0, start - 30), start)) && ENDS_ON_PARTICIPLE.after.test(text.slice(end));
  for (const i of event.evidence) {
    const text = sentences[i]?.text;
    if (!text) continue;
    const spans: Span[] = [];
    for (const re of phrases) {
      const m = [...text.matchAll(re)].find((x) => !insideQuote(text, x.index) && !dangles(text, x.index, x.index + x[0].length));
      if (m) spans.push({ start: m.index, end: m.index + m[0].length, with: '' });
    }
    if (spans.length) found.set(i, inOrder(spans));
  }
  return found;
}

/** Both kinds of span, per sentence, in reading order and none overlapping another. */
export function mergeSpans(...maps: ReadonlyArray<ReadonlyMap<number, Span[]>>): Map<number, Span[]> {
  const merged = new Map<number, Span[]>();
  for (const map of maps) for (const [i, spans] of map) merged.set(i, [...(merged.get(i) ?? []), ...spans]);
  for (const [i, spans] of merged) merged.set(i, inOrder(spans));
  return merged;
}

function inOrder(spans: Span[]): Span[] {
  let end = -1;
  return spans
    .sort((a, b) => a.start - b.start)
    .filter((s) => {
      if (s.start < end) return false;
      end = s.end;
      return true;
    });
}

/** The text with the spans cut out, each replaced by what it asks for. */
export function withoutSpans(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.with;
    at = s.end;
  }
  return out + text.slice(at);
}
