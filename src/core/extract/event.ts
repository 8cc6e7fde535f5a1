// Finds the event the article reports: its name ("13th Meeting of BRICS …", "North American
// Leaders' Summit"), where it was held, and when, as the text words them.

import { countryOf } from './countries.js';
import type { Sentence } from './sentences.js';

export interface EventInfo {
  name: string | null;
  location: string | null;
  date: string | null;
  /** Sentences the name, place and date were read from. */
  evidence: number[];
}

const bothCases = (words: string[]) => `(?:${words.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})`;
const EVENT_NOUN = bothCases([
  'meeting',
  'summit',
  'conference',
  'forum',
  'dialogue',
  'talks',
  'session',
  'congress',
  'assembly',
  'symposium',
  'consultations',
  'gathering',
  'convention',
]);
const MODIFIER = `(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|video|virtual|online|joint|trilateral|bilateral|multilateral|annual|informal|extraordinary|special|ministerial|high-level|emergency|regional|international|[\\p{Lu}][\\p{L}\\p{N}'’./&-]*)`;
const COMPLEMENT_WORD = `(?:[\\p{Lu}][\\p{L}\\p{N}'’./&-]*|foreign|ministers|leaders|countries|neighbou?ring|national|security|advisers|heads|states?|governments?|and|of|the|from|on|for)`;
const EVENT = new RegExp(`(?:(?:${MODIFIER})\\s+){0,8}${EVENT_NOUN}(?:\\s+(?:of|on|among|between|for)\\s+(?:${COMPLEMENT_WORD}\\s*){1,14})?`, 'gu');

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DATE_EXPR = `(?:(?:from\\s+)?${WEEKDAY}(?:\\s+(?:to|through|and)\\s+${WEEKDAY})?|${MONTH}\\s+\\d{1,2}(?:\\s*(?:-|–|to|and)\\s*\\d{1,2})?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|(?:in\\s+)?${MONTH}\\s+\\d{4})`;
const DATE = new RegExp(`(?:on\\s+)?(?:the\\s+(?:morning|afternoon|evening|night)\\s+of\\s+)?${DATE_EXPR}`, 'g');
const PLACE_WORD = `(?:the\\s+)?[\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:of\\s+)?[\\p{Lu}][\\p{L}'’.-]*){0,4}`;
/** "in the Rwandan capital Kigali", "in the port city of Calais": the place after its description. */
const PLACE_DESCRIPTION = `(?:the\\s+(?:[\\p{Lu}][\\p{L}]+\\s+)?(?:capital|city|town|port|port city|resort|village|seaside town)(?:\\s+of)?,?\\s+)?`;
const PLACE = new RegExp(
  `\\b(held|hosted|took place|taking place|convened|opened|meet|met|meeting|summit|conference|talks)?\\s*\\b(?:in|at)\\s+${PLACE_DESCRIPTION}(${PLACE_WORD}(?:,\\s+${PLACE_WORD})?)`,
  'gu',
);
const NOT_A_PLACE = new RegExp(`^(?:the\\s+)?(?:${MONTH}|${WEEKDAY}|\\d|The|This|That|His|Her|Its|Their|Our|First|Second|Last|Next|Covid|COVID)`);

const EVENT_AT_END = new RegExp(`${EVENT_NOUN}$`);
const PLACE_FOLLOWERS = new Set(
  'on in at to for from with and which where that this last next during earlier later since after before ahead amid while as by under when today yesterday tomorrow tonight'.split(
    ' ',
  ),
);

const GENERIC = /^(the|a|an|its|their|this|that)?\s*(meeting|summit|conference|talks|session|forum|visit)$/i;

function cleanEventName(raw: string): string {
  return raw
    .replace(/\s+(?:and|of|the|from|on|for)\s*$/i, '')
    .replace(/\s+(?:and|of|the|from|on|for)\s*$/i, '')
    .trim();
}

/** How specific an event name is: capitalised words and a complement make it a name. */
function specificity(name: string): number {
  if (GENERIC.test(name)) return 0;
  const caps = (name.match(/(?:^|\s)[\p{Lu}\d]/gu) ?? []).length;
  return caps * 2 + (/\s(of|on|among|between|for)\s/.test(name) ? 2 : 0) + Math.min(name.split(' ').length, 8) * 0.25;
}

export function findEvent(sentences: readonly Sentence[], datelinePlace: string | null = null): EventInfo {
  let best: { name: string; score: number; sentence: number } | null = null;
  for (const s of sentences.slice(0, 12)) {
    for (const m of s.text.matchAll(EVENT)) {
      const name = cleanEventName(m[0]);
      const score = specificity(name) - s.index * 0.5;
      if (specificity(name) >= 0.5 && (!best || score > best.score)) best = { name, score, sentence: s.index };
    }
  }
  const evidence = new Set<number>();
  const order = best ? [best.sentence, ...sentences.map((s) => s.index).filter((i) => i !== best!.sentence)] : sentences.map((s) => s.index);
  let location: string | null = null;
  let date: string | null = null;
  for (const i of order.slice(0, 6)) {
    const s = sentences[i];
    if (!location) {
      for (const m of s.text.matchAll(PLACE)) {
        const place = m[2].replace(/[,.]+\s*$/, '').trim();
        if (NOT_A_PLACE.test(place) || EVENT_AT_END.test(place)) continue;
        // "in APEC", "in NATO": an acronym is an organisation, unless it names a country ("in the UAE").
        if (/^(the\s+)?[\p{Lu}\d.&-]{2,}$/u.test(place) && !countryOf(place.replace(/^the\s+/, ''))) continue;
        // "in Arab countries": a capitalised adjective before a common noun is not a place.
        const next = /^\s+([a-z]+)/.exec(s.text.slice(m.index! + m[0].length));
        if (next && !PLACE_FOLLOWERS.has(next[1])) continue;
        location = place.replace(/^the\s+/i, 'the ');
        evidence.add(i);
        break;
      }
    }
    if (!date) {
      const m = s.text.match(DATE);
      if (m) {
        date = m[0].replace(/^on\s+/i, '').trim();
        evidence.add(i);
      }
    }
  }
  if (datelinePlace && location && !location.toLowerCase().includes(datelinePlace.toLowerCase()) && !/,/.test(location) && /^the /i.test(location)) {
    location = `${location.replace(/^the /, '')}, ${titleCase(datelinePlace)}`;
  }
  if (!location && datelinePlace) location = titleCase(datelinePlace);
  if (best) evidence.add(best.sentence);
  return { name: best?.name ?? null, location, date, evidence: [...evidence].sort((a, b) => a - b) };
}

function titleCase(place: string): string {
  return place === place.toUpperCase() ? place.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : place;
}
