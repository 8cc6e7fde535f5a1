// Finds the people an article names, with the titles and countries it gives them, from the
// structures English news uses: "Foreign Minister Wang Yi", "Prime Minister of Japan Naoto Kan",
// "Nikolai Patrushev, secretary of the Security Council of Russia,", "Mr Medvedev"; then merges
// later mentions ("Wang", "President Putin") into the person first named in full.

import { FULL_MONTH, WEEKDAY, isCalendarWord } from './lexicon/calendar.js';
import { BODIES_NAMED_LIKE_PEOPLE } from './lexicon/bodies.js';
import { CITIES_OF_SEVERAL_WORDS } from './lexicon/cities.js';
import { COUNTRIES, COUNTRY_BY_FORM, COUNTRY_NAMES } from './lexicon/countries.js';
import {
  BODY_KINDS,
  BODY_KIND_PAIRS,
  BUSINESS_KINDS,
  REGION_ADJECTIVES,
  STAFF_KINDS,
  BODY_HEADS,
  PLAIN_BODY_NOUNS,
  COMMON_CAPITALISED,
  COUNSEL,
  DEGREES,
  HONORIFICS,
  NAME_PARTICLES,
  ORG_WORDS,
  TITLE_BODIES,
  singularTitleHead,
  TITLE_CONNECTORS,
  TITLE_MODIFIERS,
  BODY_BEFORE_COUNTRY,
  COMPANY_WORDS,
  isTitleHead,
  isTitleWord,
  TRADE_WORDS,
} from './lexicon/titles.js';
import { MEMBER_HONORIFICS, MEMBER_OFFICES, PARTY_LABELS } from './lexicon/parties.js';
import { PARTY_STATE, partyAndState, TITLE_ABBREVIATIONS } from './lexicon/us-politics.js';
import {
  ABSENCE,
  ATTRIBUTION_VERBS,
  EXPECTED_AT,
  FINITE_VERB,
  IN_A_CALL,
  MISSED_A_PART,
  PARTICIPANT_VERBS,
  SENDING_VERBS,
  SPEECH_VERBS,
  TRAVELS_ON,
} from './lexicon/verbs.js';
import { findCountries, firstCountryIn, openingCountry } from './countries.js';
import { COUNTED_WORD } from './numbers.js';
import type { Sentence } from './sentences.js';
import { escapeRegExp, isAcronym, isCapitalised, tokenize, type Token, unquoted } from './tokens.js';
import { memoize } from '../memo.js';

export interface Mention {
  name: string;
  sentence: number;
  start: number;
  end: number;
  /** Title given right here, as the text words it ("Foreign Minister", "chief advisor of …"). */
  role: string | null;
  affiliation: string | null;
  /** How the mention was recognised as a person. */
  signal: 'title' | 'appositive' | 'honorific' | 'action' | 'none';
  /** "former US President …": named for context, not as an actor. */
  former: boolean;
  /** A surname alone that speaks ("…," Roy said): the full name the text gives it elsewhere is a person's. */
  speaks?: boolean;
  /** "President Tom Vale's special envoy", "a message from President Tom Vale": named as whose office another holds, or
   * whose words another brought, not as one who acts. */
  owner?: boolean;
}

export interface Person {
  name: string;
  roles: string[];
  affiliation: string | null;
  mentions: Mention[];
  /** The article says this person stayed away ("did not participate", "skipped"). */
  absent: boolean;
  /** The sentence that says so. */
  absentAt: number | null;
  /** Every mention is of a former office-holder. */
  contextOnly: boolean;
  /** How the person took part, or why not, with the sentence that decided it. */
  participation: Participation;
  participationAt: number | null;
}

/**
 * present: at the event; remote: by video link or phone; stand-in: there in someone else's place
 * ("was represented by", "sent … to take his place"); absent: stayed away; earlier: quoted from an
 * earlier event; context: named for context (former office-holders, spokespeople).
 */
export type Participation = 'present' | 'remote' | 'stand-in' | 'absent' | 'earlier' | 'context';

/** Every word of every country name: none of them is part of a person's name. */
const COUNTRY_WORDS = new Set([...COUNTRY_BY_FORM.keys()].flatMap((f) => f.split(/[\s-]+/)).map((w) => w.toLowerCase()));

/** The words for a country's people and things: "Egyptian", "Kenyan". */
const DEMONYMS = new Set(COUNTRIES.flatMap((c) => c.demonyms));
/** … and for its people in the plural: "Egyptians", "Kenyans". */
const DEMONYM_PLURALS = new Set([...DEMONYMS].map((d) => `${d}s`));

/** Country names of one word (not demonyms): "Montenegro", "Jordan", "Chad". */
const COUNTRY_NAME_WORDS = new Set(COUNTRIES.flatMap((c) => c.names).filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n)));

const MONTH_NAMES = new Set(['May', 'June', 'April', 'August']);

/** Words of a country's name of several words that are also people's names ("Rui Costa", "Ted Marshall"). */
const NAME_WORDS_IN_COUNTRY_NAMES = new Set(['Costa', 'Marshall', 'Solomon', 'Vincent', 'Lucia', 'Salvador', 'Leone', 'Sierra', 'Marino', 'Cook']);
/** The words that close those countries' names after them ("Costa Rica", "Marshall Islands", "Sierra Leone"). */
const COUNTRY_NAME_TAILS = new Set(['Rica', 'Islands', 'Leone']);

/** Could this word be part of a person's name? (A word in lower case never is: it is passed over without a look in the
 * cache, as most words are.) */
const isNameWord = (word: string): boolean => isCapitalised(word) && isCapitalisedNameWord(word);
const isCapitalisedNameWord = memoize((word: string): boolean => {
  if (isAcronym(word)) return false;
  const w = word.toLowerCase();
  if (COMMON_CAPITALISED.has(w) || ORG_WORDS.has(w) || HONORIFICS.has(w) || COUNTRY_WORDS.has(w) || isTitleWord(w) || singularTitleHead(w)) return false;
  if (w.includes('-') && w.split('-').some((p) => COUNTRY_WORDS.has(p) || isTitleWord(p))) return false;
  // (A country's people, counted: "the three Chileans, two engineers and a pilot," names no one.)
  if (DEMONYM_PLURALS.has(word)) return false;
  return /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(word) && !/\d/.test(word);
}, 20_000);

/** The cities of several words by their first word, each as the texts of its tokens. */
const CITIES_BY_FIRST_WORD = new Map<string, string[][]>();
for (const city of CITIES_OF_SEVERAL_WORDS) {
  const words = tokenize(city).map((t) => t.text);
  CITIES_BY_FIRST_WORD.set(words[0], [...(CITIES_BY_FIRST_WORD.get(words[0]) ?? []), words]);
}
/** The most tokens a city's name runs to. */
const LONGEST_CITY = Math.max(...[...CITIES_BY_FIRST_WORD.values()].flat().map((words) => words.length));

/** Do tokens `a` to `b` lie inside a city's name of several words ("Los Angeles", "Rio de Janeiro")? */
function insideCityName(tokens: readonly Token[], a: number, b: number): boolean {
  for (let p = Math.max(0, a - LONGEST_CITY + 1); p <= a; p++)
    for (const city of CITIES_BY_FIRST_WORD.get(tokens[p].text) ?? []) if (p + city.length >= b && city.every((w, i) => tokens[p + i]?.text === w)) return true;
  return false;
}

/** A ruler's number after the name: II to XIX (not "V" or "X", which stand for other things). */
const REGNAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX)$/;

/** Months, and a month cut short, that are also given names ("Jan Vale", "June Roy"). */
const MONTH_GIVEN_NAMES = new Set(['Jan', 'April', 'May', 'June', 'August']);
/** Words before a month that make it the month ("in June Ana Roy …", "last May"). */
const BEFORE_A_MONTH = new Set([
  'in',
  'on',
  'since',
  'by',
  'until',
  'till',
  'of',
  'last',
  'next',
  'early',
  'late',
  'mid',
  'this',
  'from',
  'through',
  'before',
  'after',
  'during',
  'to',
  'and',
]);

/** "said Jan Vale", "Jan de Vries": a month that is a given name, before a surname, with a name's particles or none (not a
 * day, nor after a word that makes it the month). */
function monthAsGivenName(tokens: Token[], i: number): boolean {
  let k = i + 1;
  while (k - i <= 3 && tokens[k]?.word && NAME_PARTICLES.has(tokens[k].text)) k++;
  return (
    MONTH_GIVEN_NAMES.has(tokens[i].text) &&
    tokens[i + 1]?.text !== '.' &&
    !!tokens[k]?.word &&
    isNameWord(tokens[k].text) &&
    !BEFORE_A_MONTH.has(tokens[i - 1]?.text.toLowerCase() ?? '')
  );
}

/** Words that are a name's first word only right after an office or an honorific, with a name word after them: countries
 * that are also given names ("Board chair Jordan Vale", "Ms Georgia Roy"; "the Jordan Valley", "Jordan's king" stay the
 * country's), and family names written as English function words ("General Secretary To Vale", "Vice Premier He Ivo", "Mr So Ivo"; "Secretary to
 * the board" is in lower case). */
const NAMES_AFTER_AN_OFFICE = new Set(['Jordan', 'Georgia', 'Chad', 'India', 'Kenya', 'To', 'So', 'An', 'He']);

/** A word of NAMES_AFTER_AN_OFFICE at `i` opens a name: an office or an honorific before it, a name word after it. */
function nameAfterAnOffice(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.text.replace(/\.$/, '') ?? '';
  return (
    NAMES_AFTER_AN_OFFICE.has(tokens[i].text) &&
    !!tokens[i + 1]?.word &&
    isNameWord(tokens[i + 1].text) &&
    (HONORIFICS.has(before.toLowerCase()) || isTitleHead(before))
  );
}

/** "Mayor Lucia Vale", "Vincent Roy said": a word of a country's longer name that is also a given name opens a name when a
 * surname follows it and the country's other words do not stand around it ("Saint Lucia", "El Salvador", "Costa Rica"). */
function countryWordAsGivenName(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.text ?? '';
  return (
    NAME_WORDS_IN_COUNTRY_NAMES.has(tokens[i].text) &&
    !/^(?:Saint|St|San|El)$/.test(before) &&
    !(before === '.' && tokens[i - 2]?.text === 'St') &&
    !!tokens[i + 1]?.word &&
    isNameWord(tokens[i + 1].text)
  );
}

/** Words of bodies and places (ORG_WORDS) that are also surnames: "Ana Street", "Tom Hall". */
const SURNAMES_OF_PLACES = new Set(['Hall', 'Street', 'Day', 'North', 'West', 'Post']);

/** An honorific right before the name at `i` ("Dr. Ana Street": its full stop may be a token of its own), or an office
 * around it as officeAround reads one ("the health secretary, Ana Street,"). */
function officeBefore(tokens: Token[], i: number): boolean {
  const honorific = tokens[i - 1]?.text === '.' ? tokens[i - 2] : tokens[i - 1];
  return HONORIFICS.has(honorific?.text.toLowerCase().replace(/\.$/, '') ?? '') || officeAround(tokens, i);
}

/** Titles that are also given names ("Emir Kovač", "King Obi"). */
const GIVEN_NAME_TITLES = new Set(['emir', 'amir', 'king', 'prince', 'princess', 'sultan', 'dean', 'earl', 'duke']);
/** Of those, the ones that are given names often enough to be one right after an office ("director Amir Vale"). */
const OFFICE_THEN_GIVEN_NAME = new Set(['Amir', 'Dean']);

/** An office right before the word ("director Amir Vale"), or one the name stands in apposition to: "His lawyer, Dean
 * Vale, said" and "Dean Vale, his lawyer, said" (a dean would be "Dean Ana Vale of the law school"). */
function officeAround(tokens: Token[], i: number): boolean {
  const before = (k: number) => tokens[i - k]?.text.toLowerCase() ?? '';
  if (isTitleHead(before(1)) || (before(1) === ',' && isTitleHead(before(2)))) return true;
  if (tokens[i + 2]?.text !== ',' || !/^(?:his|her|their|its|the|a)$/i.test(tokens[i + 3]?.text ?? '')) return false;
  return [4, 5, 6].some((k) => tokens[i + k]?.word && isTitleHead(tokens[i + k].text.toLowerCase()));
}

/** "Hafiz Emir Kovač", "Dr King Obi": after an honorific, a title that is also a given name is a given
 * name when a surname follows it ("Mr President Obama" stays an office). */
function givenNameAfterHonorific(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // (The honorific's full stop may be a token of its own: "Prof. Amir Vale".)
  const before = (tokens[i - 1]?.text === '.' ? tokens[i - 2] : tokens[i - 1])?.text.toLowerCase().replace(/\.$/, '') ?? '';
  return (
    !!t?.word &&
    isCapitalised(t.text) &&
    GIVEN_NAME_TITLES.has(t.text.toLowerCase()) &&
    // ("Non-executive director Amir Vale": after an office, a title word that is also a given name is the name's.)
    (HONORIFICS.has(before) || (OFFICE_THEN_GIVEN_NAME.has(t.text) && officeAround(tokens, i))) &&
    !!tokens[i + 1]?.word &&
    isNameWord(tokens[i + 1].text)
  );
}

/** "Ms. TANAKA Aiko": a surname in capitals after an honorific, then the given name (as Japan's foreign
 * ministry writes names). */
function capsSurnameAfterHonorific(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1]?.text === '.' ? tokens[i - 2] : tokens[i - 1];
  return (
    // The honorific first: it rules out almost every word at once.
    !!before?.word &&
    HONORIFICS.has(before.text.toLowerCase()) &&
    !!t?.word &&
    /^\p{Lu}{3,}$/u.test(t.text) &&
    // "Ms. TANAKA Aiko"; or a transcript's speaker, in capitals, opening the paragraph ("MR MILLER: Good afternoon").
    ((!!tokens[i + 1]?.word && isNameWord(tokens[i + 1].text)) || (tokens[i + 1]?.text === ':' && before === tokens[0]))
  );
}

/** "Sgt", "Insp" written without a full stop before a name ("Sgt Leon Vale"): an office, no word of the name. Though right
 * after an office's head and before a lone surname it is a given name ("Defence Minister Gen Vale": no minister is a general
 * by a rank written short, and a surname alone names no one). */
const titleAbbreviationAt = (tokens: Token[], i: number): boolean =>
  TITLE_ABBREVIATIONS.has(tokens[i].text.toLowerCase()) &&
  isCapitalised(tokens[i].text) &&
  isNameWord(tokens[i + 1]?.text ?? '') &&
  !(i > 0 && isCapitalised(tokens[i - 1].text) && isTitleHead(tokens[i - 1].text.toLowerCase()) && !isNameWord(tokens[i + 2]?.text ?? ''));

/** Runs of capitalised name words (with particles and initials inside): the candidate names. */
function nameRuns(tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    // ("H.E. Tom Vale": an honorific written as initials is no part of the name.)
    const initials =
      tokens[i].word &&
      /^(?:\p{Lu}\.){2,}$/u.test(tokens[i].text) &&
      !HONORIFICS.has(tokens[i].text.toLowerCase()) &&
      !!tokens[i + 1] &&
      isNameWord(tokens[i + 1].text);
    // Only a capitalised word that is no name word may be a given name or a surname in capitals after an honorific.
    const given =
      tokens[i].word &&
      !isNameWord(tokens[i].text) &&
      isCapitalised(tokens[i].text) &&
      (givenNameAfterHonorific(tokens, i) ||
        capsSurnameAfterHonorific(tokens, i) ||
        monthAsGivenName(tokens, i) ||
        nameAfterAnOffice(tokens, i) ||
        countryWordAsGivenName(tokens, i));
    if (!tokens[i].word || (!isNameWord(tokens[i].text) && !initials && !given) || titleAbbreviationAt(tokens, i)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const t = tokens[j];
      if (!t) break;
      // An initial: "J." in "Antony J. Blinken", "S." in "S. Jaishankar".
      if (t.word && /^\p{Lu}$/u.test(t.text) && tokens[j + 1]?.text === '.' && tokens[j + 2] && isNameWord(tokens[j + 2].text)) {
        j += 2;
        continue;
      }
      // Run-together initials: "J.R." in "J.R. O'Donnell".
      if (t.word && /^(?:\p{Lu}\.){2,}$/u.test(t.text) && tokens[j + 1] && isNameWord(tokens[j + 1].text)) {
        j++;
        continue;
      }
      if (t.word && (isNameWord(t.text) || (j === i && given))) {
        j++;
        continue;
      }
      // "Theresa May", "Olivia June": a month name can end a name that has already begun.
      if (j > i && t.word && MONTH_NAMES.has(t.text) && !/^\s*\d/.test(tokens[j + 1]?.text ?? '')) {
        j++;
        continue;
      }
      // "Luís Montenegro", "Michael Jordan": a one-word country name can end a name that has begun with a
      // given name (a title before it, or two name words), when no further capitalised word follows.
      // (Not after a body's word: "Network Rail Scotland said" is a body.)
      // (Nor after a body's common noun: "Statistics Norway said" is a body.)
      if (
        j > i &&
        t.word &&
        COUNTRY_NAME_WORDS.has(t.text) &&
        !isCapitalised(tokens[j + 1]?.text ?? '') &&
        !afterBodyWord(tokens, i) &&
        !(j === i + 1 && BODY_BEFORE_COUNTRY.has(tokens[i].text.toLowerCase()))
      ) {
        j++;
        continue;
      }
      // "Rui Costa", "Ted Marshall": a word of a country's longer name ends a name that has begun, when the
      // rest of that country's name does not follow ("Costa Rica"); "Ana Lucia Vale": or goes on with a surname.
      const next = tokens[j + 1]?.text ?? '';
      if (j > i && t.word && NAME_WORDS_IN_COUNTRY_NAMES.has(t.text) && (!isCapitalised(next) || (isNameWord(next) && !COUNTRY_NAME_TAILS.has(next)))) {
        j++;
        continue;
      }
      // "Health Secretary Wes Hall", "Peru's trade minister, Ana Street,": a body's or a place's word that is also a surname
      // ends a name begun with a given name, an office or an honorific before it, when no capitalised word follows ("Wall
      // Street", "the Carnegie Hall concert" have no office before them).
      if (j === i + 1 && t.word && SURNAMES_OF_PLACES.has(t.text) && !isCapitalised(next) && officeBefore(tokens, i)) {
        j++;
        continue;
      }
      // A regnal number ends a name: "King Charles III", "Pope Leo XIV".
      if (j > i && t.word && REGNAL.test(t.text)) {
        j++;
        break;
      }
      // A particle joined to the next word: "Nur al-Din Haddad", "Abdel Karim el-Tayeb".
      if (j > i && t.word && /^\p{Ll}+-\p{Lu}\p{Ll}/u.test(t.text) && NAME_PARTICLES.has(t.text.split('-')[0])) {
        j++;
        continue;
      }
      // Particles, one or more: "bin Salman", "von der Leyen", "de la Cruz".
      if (t.word && NAME_PARTICLES.has(t.text.toLowerCase())) {
        let k = j;
        while (tokens[k]?.word && NAME_PARTICLES.has(tokens[k].text.toLowerCase())) k++;
        if (k - j <= 3 && tokens[k]?.word && isNameWord(tokens[k].text)) {
          j = k;
          continue;
        }
      }
      break;
    }
    // ("Sinn Féin", "Plaid Cymru": a party's name is no person's; "Los Angeles", "de Janeiro": nor is a city's; nor the
    // rest of a name a compass word opens, "Southern Lima Power said".)
    if (
      j - i <= 5 &&
      !opensOrganisation(tokens, j) &&
      partyAt(tokens, i)?.length !== j - i &&
      !insideCityName(tokens, i, j) &&
      !afterCompass(tokens, i) &&
      !BODIES_NAMED_LIKE_PEOPLE.has(`${tokens[i].text} ${tokens[i + 1]?.text ?? ''}`)
    )
      runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** The tokens without the full stop of a name's suffix ("Tom Vale Jr., the mayor,", "Ana Roy Jr. said"): it ends
 * no sentence, and what follows the name (its office, its verb) reads right after it. Offsets are kept. */
function withoutSuffixStops(tokens: Token[]): Token[] {
  return tokens.filter((t, i) => !(t.text === '.' && /^(?:Jr|Sr)$/.test(tokens[i - 1]?.text ?? '') && i < tokens.length - 1));
}

/** Capitalised words of the compass that open a region's or a body's name, never a person's. */
const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Greater', 'Upper', 'Lower']);
const afterCompass = (tokens: Token[], i: number) =>
  i > 0 && tokens[i - 1].word && tokens[i - 1].end === tokens[i].start - 1 && COMPASS.has(tokens[i - 1].text);

/** The capitalised word right before `i` is a body's ("Network" before "Rail Scotland"). */
function afterBodyWord(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev?.word && isCapitalised(prev.text) && ORG_WORDS.has(prev.text.toLowerCase()) && !isTitleHead(prev.text);
}

/** "Health Services Workers' Union", "Gates Foundation": capitalised words that run on into an organisation word. */
function opensOrganisation(tokens: Token[], j: number): boolean {
  const next = /^['’]$/.test(tokens[j]?.text ?? '') ? tokens[j + 1] : tokens[j];
  return !!next?.word && isCapitalised(next.text) && ORG_WORDS.has(next.text.toLowerCase()) && !isTitleHead(next.text);
}

const LOWER_IN_TITLE = (w: string) => TITLE_CONNECTORS.has(w) || isTitleWord(w) || TITLE_BODIES.has(w) || !!singularTitleHead(w);

/** Styles a ruler's family is given with the name, also after an office. */
const STYLES = new Set(['Sheikh', 'Shaikh', 'Sheikha', 'Prince', 'Princess', 'Professor']);

/** The token before an honorific that stands at `k` ("Dr", or "Dr" and its full stop), or `k` when none does. */
function beforeHonorific(tokens: Token[], k: number): number {
  if (tokens[k]?.text === '.' && HONORIFICS.has(tokens[k - 1]?.text.toLowerCase() ?? '')) return k - 2;
  return HONORIFICS.has(tokens[k]?.text.toLowerCase() ?? '') ? k - 1 : k;
}

/** Military ranks written before a name. */
const RANKS = new Set(['General', 'Admiral', 'Marshal', 'Colonel', 'Brigadier', 'Commodore', 'Commander', 'Captain', 'Major']);

/** The words before `k` are an office that ends in a body's word: "Chief of Defence Staff", "Chief of the Defence Force". */
function endsOfficeOfBody(tokens: Token[], k: number): boolean {
  const last = tokens[k - 1]?.text ?? '';
  if (!isCapitalised(last) || isTitleWord(last) || RANKS.has(last)) return false;
  for (let j = k - 2; j >= Math.max(0, k - 6); j--) if (isTitleHead(tokens[j].text)) return tokens[j + 1]?.text === 'of';
  return false;
}

/** "Under Secretary of State": "Under", capitalised before "Secretary", is a word of the office (not "under Secretary X"). */
const underSecretary = (tokens: Token[], k: number) => tokens[k]?.text === 'Under' && tokens[k + 1]?.text === 'Secretary';

/** The title phrase just before a name: "South African Foreign Minister", "Minister in the Presidency of South Africa". */
function titleBefore(tokens: Token[], nameStart: number, runs: ReadonlyArray<[number, number]> = []): { from: number; former: boolean; end: number } | null {
  // "Minister Dr. S. Jaishankar", "President Mr Lee": an honorific may sit between title and name.
  let end = beforeHonorific(tokens, nameStart - 1) + 1;
  // "UAE President Sheikh Mohamed …": a style after the office, as an honorific is, is no part of it.
  if (end === nameStart && STYLES.has(tokens[end - 1]?.text ?? '') && isTitleHead(tokens[end - 2]?.text ?? '')) end -= 1;
  // "Chief of Defence Staff General X": a rank after an office that ends in a body's word is the person's rank, as
  // an honorific is ("Attorney General", "Lieutenant General" are offices whole).
  else if (end === nameStart && RANKS.has(tokens[end - 1]?.text ?? '') && endsOfficeOfBody(tokens, end - 1)) end -= 1;
  let k = end - 1;
  let from = end;
  // Titles are short; a bounded look-back keeps run-on text linear.
  while (k >= 0 && end - k <= MAX_TITLE_TOKENS) {
    const t = tokens[k];
    const w = t.text.toLowerCase();
    // "China's Foreign Minister", and a plural owner's bare apostrophe: "the Philippines' Foreign Secretary".
    if (isPossessive(tokens, k)) {
      from = k;
      k--;
      continue;
    }
    // "Minister of the National Development and Reform Commission (NDRC) Ma Kai".
    if (t.text === ')' && tokens[k - 2]?.text === '(' && isAcronym(tokens[k - 1]?.text ?? '')) {
      from = k - 2;
      k -= 3;
      continue;
    }
    // "Economy, Trade and Industry Minister": a comma inside a list of portfolios.
    if (t.text === ',' && portfolioComma(tokens, k, end)) {
      from = k;
      k--;
      continue;
    }
    if (!t.word) break;
    // ("brought the best wishes of King Ivo Kant to Chilean President X": another's full name, with "to" after it, ends the
    // title, where "Pacifica Air chief executive X" is a company's office; and so do the words of the name's own run before
    // it: "rector of Colegio San Mateo" names a school, no rector "San Mateo".)
    if (runs.some(([x, y]) => y - x >= 2 && k >= x && k < y && (y > nameStart || tokens[y]?.text === 'to'))) break;
    // ("WHO Director-General": a common word in capitals is an acronym; "Under Secretary": "Under" is the office's.)
    const officeWord = (t.text.length >= 3 && isAcronym(t.text)) || underSecretary(tokens, k);
    if (/^\p{N}/u.test(t.text) || (COMMON_CAPITALISED.has(w) && !TITLE_CONNECTORS.has(w) && !isTitleWord(w) && !officeWord)) break;
    if (w === 'and' || w === 'of' || w === 'for' || w === 'in' || w === 'on' || w === 'to' || w === 'at') {
      // A connector continues the title only between title words: "State Councilor and Foreign Minister".
      const left = tokens[k - 1];
      // "Revenue and Disaster Management Minister": one capitalised portfolio word before "and" (not a
      // person's name, which runs to two words: "Wang Yi and Prime Minister …").
      const portfolio =
        w === 'and' &&
        !!left &&
        isCapitalised(left.text) &&
        !(tokens[k - 2]?.word && isNameWord(tokens[k - 2].text)) &&
        // (Nor a name right after an office: "President To Lam and National Assembly Chairman X".)
        !(
          [tokens[k - 2], tokens[k - 3]].some((x) => x?.word && isTitleHead(x.text) && isCapitalised(x.text)) &&
          (isTitleHead(tokens[k - 2]?.text ?? '') || isCapitalised(tokens[k - 2]?.text ?? ''))
        ) &&
        isCapitalised(tokens[k + 1]?.text ?? '');
      if (!left?.word || (w === 'and' && !portfolio && !isTitleWord(left.text) && !ORG_WORDS.has(left.text.toLowerCase()))) break;
      // ("PM and Trade Minister X": an office written short before "and" is another's, or the two offices' owners are two.)
      if (w === 'and' && isAcronym(left.text)) break;
      // "the UAE's president and Saudi Crown Prince X": a country's word after "and" opens another person's office.
      if (w === 'and' && (COUNTRY_BY_FORM.has(tokens[k + 1]?.text ?? '') || COUNTRY_WORDS.has(tokens[k + 1]?.text.toLowerCase() ?? ''))) break;
      // "the governing Labour Party of Prime Minister X": an office already whole after "of" is the person's own;
      // what comes before "of" is whose it is not ("Deputy Prime Minister of Jordan and Foreign Minister X" goes on).
      if (
        (w === 'of' || w === 'for') &&
        !isTitleWord(left.text) &&
        !bodyOfPlaceBefore(tokens, k, end) &&
        !bodyThenAnotherOffice(tokens, k, end) &&
        tokens.slice(k + 1, end).some((x) => x.word && isTitleHead(x.text))
      )
        break;
      if (!portfolio && isNameWord(left.text) && !COUNTRY_WORDS.has(left.text.toLowerCase()) && w === 'and') break;
      // "Prince Feisal Al Hussein of Jordan and UCI president X": the country closes a person's name, not an office
      // ("Deputy Prime Minister of Jordan and Foreign Minister X" is one office).
      // (So does "to": "a message from Governor Ivo Kant of Chile to Mayor X" is no office "to Mayor" of Chile.)
      if ((w === 'and' || w === 'to') && COUNTRY_WORDS.has(left.text.toLowerCase()) && tokens[k - 2]?.text === 'of' && isNameWord(tokens[k - 3]?.text ?? ''))
        break;
      from = k;
      k--;
      continue;
    }
    if (w === 'the') {
      from = k;
      k--;
      continue;
    }
    // "Côte d'Ivoire's President": a particle joined to a capitalised word is part of the name before the office.
    if (!isCapitalised(t.text) && !LOWER_IN_TITLE(w) && !/^d['’]\p{Lu}/u.test(t.text) && !plainWordAfterOwner(tokens, k)) break;
    from = k;
    k--;
  }
  // "former central bank governor": a word trimmed off the front, or one of the lowercase words before it, may still
  // say the office is no longer held.
  const lookedFrom = from;
  // Trim the front to where the title really starts: a title word, a country or its adjective,
  // or an organisation named just before the office ("European Commission President").
  while (from < end) {
    const t = tokens[from];
    const w = t.text.toLowerCase();
    // "Hon'ble External Affairs Minister", "H.H. Sheikh": an honorific before the office is no part of it.
    if (HONORIFICS.has(w) && from + 1 < end) {
      from++;
      continue;
    }
    // "the European Union's environment commissioner": an owner other than a country is no part of the title.
    if (/^['’]s$/.test(tokens[from + 1]?.text ?? '') && !COUNTRY_BY_FORM.has(t.text) && !COUNTRY_WORDS.has(w)) {
      from++;
      continue;
    }
    // "Board member", "student union president", "Council members" over a list: a body named just before the office starts
    // the title.
    if (
      t.word &&
      TITLE_BODIES.has(w) &&
      from + 1 < end &&
      tokens.slice(from + 1, end).every((x) => TITLE_BODIES.has(x.text.toLowerCase()) || isTitleWord(x.text) || !!singularTitleHead(x.text))
    )
      break;
    // ("The Lima Medical Association's president", "The Kenyan Medical Association's …": a body's name of several words before
    // its owner's mark owns the office, whatever word opens it, its country's too.)
    const body = t.word && isCapitalised(t.text) ? ownerBodyEnd(tokens, from, end) : -1;
    if (body > from) {
      from = body;
      continue;
    }
    if (
      t.word &&
      (isTitleWord(w) || singularTitleHead(w) || COUNTRY_BY_FORM.has(t.text) || COUNTRY_WORDS.has(w) || isAcronym(t.text)) &&
      !TITLE_CONNECTORS.has(w)
    )
      break;
    if (underSecretary(tokens, from)) break;
    if (organisationBeforeTitle(tokens, from, end) || companyBeforeLowercaseTitle(tokens, from, end)) break;
    // "Consumer minister Eva Strand" opening a sentence: the capitalised word before a minister is the portfolio.
    if (from === 0 && t.word && isCapitalised(t.text) && from + 1 === end - 1 && GOVERNMENT_OFFICE.test(tokens[from + 1].text)) break;
    from++;
  }
  // "Quarry owner Breedon's planning manager": an owner named after a common noun that says what it is; the title is
  // the owner's and what follows (not "President Ana Roy's chief of staff", whose owner is named with an office).
  const owner = ownerAfterCommonNoun(tokens, from, end);
  if (owner >= 0) from = owner;
  if (from >= end) return null;
  const last = tokens[end - 1];
  if ((!last.word && last.text !== ')') || TITLE_CONNECTORS.has(last.text.toLowerCase())) return null;
  const phrase = tokens.slice(from, end);
  if (!phrase.some((t) => t.word && (isTitleHead(t.text) || singularTitleHead(t.text)))) return null;
  // ("a late goal from substitute X": "late" and "then" mark a former office-holder only right before an office's word.)
  const leadIn = tokens.slice(lowercaseLeadIn(tokens, lookedFrom), end);
  const former = leadIn.some(
    (t, i) => /^(?:former|ex)(?:$|-)/i.test(t.text) || /^(?:late|then)-/i.test(t.text) || (/^(?:late|then)$/i.test(t.text) && officeAfter(leadIn, i)),
  );
  return { from, end, former };
}

/** Where the name of a body of several capitalised words ends, before its owner's mark: "Lima Medical Association's",
 * "Peruvian Farmers' Union's" (the index of the mark), or -1. */
function ownerBodyEnd(tokens: Token[], from: number, end: number): number {
  let k = from;
  while (k < end && ((tokens[k].word && isCapitalised(tokens[k].text)) || (/^['’]$/.test(tokens[k].text) && /s$/.test(tokens[k - 1]?.text ?? '')))) k++;
  return k < end && k - 1 > from && /^['’]s$/.test(tokens[k].text) && ORG_WORDS.has(tokens[k - 1].text.toLowerCase()) ? k : -1;
}

/** An office's word right after token `i`, a country's words aside ("the late Chilean writer X"). */
function officeAfter(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (tokens[k] && (COUNTRY_WORDS.has(tokens[k].text.toLowerCase()) || DEMONYMS.has(tokens[k].text))) k++;
  return isTitleWord(tokens[k]?.text ?? '');
}

/** Where an owner named right after a lowercase common noun starts, inside a title phrase: "owner Breedon's planning
 * manager" → "Breedon's planning manager"; -1 when there is none. */
function ownerAfterCommonNoun(tokens: Token[], from: number, end: number): number {
  for (let q = from + 2; q < end - 1; q++) {
    if (!/^['’]s$/.test(tokens[q].text) || !isCapitalised(tokens[q - 1].text)) continue;
    let k = q - 1;
    while (k - 1 >= from && tokens[k - 1].word && isCapitalised(tokens[k - 1].text)) k--;
    return k > from && /^\p{Ll}+$/u.test(tokens[k - 1].text) && !COUNTRY_BY_FORM.has(tokens[q - 1].text) ? k : -1;
  }
  return -1;
}

/** "Angola's oil minister", "American basketball coach": one or two plain words between an owner (or a country's
 * word) and the office are the office's; a verb is not ("Peru sent Foreign Minister X"). */
function plainWordAfterOwner(tokens: Token[], k: number): boolean {
  for (let j = k; j > k - 3 && j >= 0; j--) {
    if (isPossessive(tokens, j) || (j < k && COUNTRY_BY_FORM.has(tokens[j].text))) return j < k;
    if (!tokens[j].word || !/^\p{Ll}+$/u.test(tokens[j].text)) return false;
    if (SENDING_VERBS.has(tokens[j].text) || PARTICIPANT_VERBS.has(tokens[j].text) || SPEECH_VERBS.has(tokens[j].text)) return false;
    // ("The Indian side included Defence Secretary X": a verb in the past, or "includes", is no word of an office.)
    if (/ed$/.test(tokens[j].text) || /^(?:is|was|are|were|has|have|had|includes|including|comprises|features)$/.test(tokens[j].text)) return false;
  }
  return false;
}

/** "The new interior minister is Ana Roy", "the incoming chair will be Tom Vale": an office named, then who now holds it. */
function newTitleIs(tokens: Token[], a: number): ReturnType<typeof titleBefore> {
  const will = tokens[a - 1]?.text.toLowerCase() === 'be' && tokens[a - 2]?.text.toLowerCase() === 'will';
  const copula = will ? a - 2 : /^(?:is|was)$/i.test(tokens[a - 1]?.text ?? '') ? a - 1 : -1;
  if (copula < 2) return null;
  const title = titleBefore(tokens, copula);
  if (!title) return null;
  let k = title.from;
  if (/^(?:new|incoming|next|acting|interim|current)$/i.test(tokens[k - 1]?.text ?? '')) k--;
  return k < title.from && /^the$/i.test(tokens[k - 1]?.text ?? '') ? { ...title, former: false } : null;
}

/** Where up to three lowercase words right before `k` begin ("former central bank" before "governor"). */
function lowercaseLeadIn(tokens: Token[], k: number): number {
  let i = k;
  while (i > 0 && k - i < 3 && tokens[i - 1].word && /^\p{Ll}/u.test(tokens[i - 1].text)) i--;
  return i;
}

/** Offices a portfolio is written before ("Housing minister", "Tourism secretary"). */
const GOVERNMENT_OFFICE = /^(?:minister|secretary|commissioner)$/i;

/** A comma between two capitalised portfolio words, in a list that goes on to "and": "Economy, Trade and Industry". */
function portfolioComma(tokens: Token[], k: number, end: number): boolean {
  const portfolio = (t: Token | undefined) => !!t?.word && isCapitalised(t.text) && TITLE_MODIFIERS.has(t.text.toLowerCase());
  if (!portfolio(tokens[k - 1]) || !portfolio(tokens[k + 1])) return false;
  for (let j = k + 1; j < end; j++) if (tokens[j].text === 'and') return true;
  return false;
}

/** How far back a title may reach from the name, in tokens. */
const MAX_TITLE_TOKENS = 16;

/** Capitalised words from `from` that end in an organisation word right before a title head, or name a body of a
 * place ("Reserve Bank of India Governor"). */
function organisationBeforeTitle(tokens: Token[], from: number, end: number): boolean {
  let k = from;
  // "The Farmers' Party leader": a plural's apostrophe inside the organisation's name is part of it.
  const inName = (t: Token, j: number) =>
    (t.word && isCapitalised(t.text) && !isTitleHead(t.text)) ||
    (j > from && isPossessive(tokens, j) && t.text.length === 1 && isCapitalised(tokens[j + 1]?.text ?? ''));
  while (k < end && k - from < MAX_TITLE_TOKENS && inName(tokens[k], k)) k++;
  if (tokens[k]?.text === 'of' && k > from && bodyOfPlaceBefore(tokens, k, end)) return true;
  // "World Health Organization regional adviser", "… Organization's regional adviser": an owner's mark and a plain
  // modifier may stand between the body and the office.
  let head = k < end && isPossessive(tokens, k) ? k + 1 : k;
  while (head < end - 1 && head - k < 2 && tokens[head].word && TITLE_MODIFIERS.has(tokens[head].text)) head++;
  return k > from && head < end && isTitleHead(tokens[head].text) && ORG_WORDS.has(tokens[k - 1].text.toLowerCase());
}

/** "Bank of England Governor", "Central Bank of the UAE Governor": the "of" at `k` joins an organisation word to the
 * capitalised name of its place, and an office follows (not "the Labour Party of Prime Minister X"). */
function bodyOfPlaceBefore(tokens: Token[], k: number, end: number): boolean {
  if (tokens[k]?.text !== 'of' || !ORG_WORDS.has(tokens[k - 1]?.text.toLowerCase() ?? '') || !isCapitalised(tokens[k - 1].text)) return false;
  let j = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
  const place = j;
  while (j < end && tokens[j].word && isCapitalised(tokens[j].text) && !isTitleWord(tokens[j].text)) j++;
  return j > place && j - place <= 3 && j < end && isTitleHead(tokens[j].text);
}

/** "Member of the Political Bureau of the Lima Party Central Committee and Foreign Minister X": what follows "of" at `k` is a
 * body's name (capitalised words ending in an organisation's word), then "and" and a second office of the same person. */
function bodyThenAnotherOffice(tokens: Token[], k: number, end: number): boolean {
  let j = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
  const body = j;
  while (j < end && j - body < 5 && tokens[j].word && isCapitalised(tokens[j].text) && !isTitleHead(tokens[j].text)) j++;
  return j > body && ORG_WORDS.has(tokens[j - 1].text.toLowerCase()) && tokens[j]?.text === 'and' && j + 1 < end;
}

/** "… with Halvex boss Tom Vale", "Brandvik chief executive Ana Roy", "Pacifica Air chief executive …": a company's
 * name of one to three capitalised words inside the sentence (not its first word, which may be any word), right before
 * an office in lower case. Its first word may name a company; the rest may be any capitalised word but an office's head. */
function companyBeforeLowercaseTitle(tokens: Token[], from: number, end: number): boolean {
  const t = tokens[from];
  if (from === 0 || !t.word || !isCapitalised(t.text) || isAcronym(t.text) || COMMON_CAPITALISED.has(t.text.toLowerCase()) || !mayNameCompany(t.text))
    return false;
  // The word before it is no part of a longer capitalised name.
  if (tokens[from - 1]?.word && isCapitalised(tokens[from - 1].text)) return false;
  let k = from + 1;
  while (k < end && k - from < 3 && tokens[k].word && isCapitalised(tokens[k].text) && !isTitleHead(tokens[k].text)) k++;
  const office = tokens.slice(k, end);
  return office.length > 0 && office.every((x) => x.word && /^\p{Ll}/u.test(x.text)) && office.some((x) => isTitleHead(x.text));
}

/** A capitalised word that may be a company's name before an office: no office word, portfolio, body or country. */
function mayNameCompany(word: string): boolean {
  const w = word.toLowerCase();
  return (
    !isTitleWord(word) && !TITLE_MODIFIERS.has(w) && !TITLE_BODIES.has(w) && !COUNTRY_WORDS.has(w) && !COUNTRY_BY_FORM.has(word) && !REGION_ADJECTIVES.has(w)
  );
}

/** A possessive's token: "'s", or a bare apostrophe after a plural ("the Philippines' minister"). */
function isPossessive(tokens: Token[], k: number): boolean {
  const t = tokens[k]?.text ?? '';
  return t === "'s" || t === '’s' || ((t === "'" || t === '’') && /s$/.test(tokens[k - 1]?.text ?? ''));
}

/** Words that end an appositive: the verb of the sentence has begun. */
function endsAppositive(tokens: Token[], k: number, headSeen: boolean): boolean {
  const t = tokens[k];
  // "the United Arab Emirates' minister": a plural owner's bare apostrophe runs on too.
  if (!t.word) return t.text !== '(' && t.text !== ')' && !isPossessive(tokens, k) && t.text !== '-';
  const w = t.text.toLowerCase();
  // "…, director of the Office for Foreign Affairs said at the meeting …": the sentence's verb, with no comma before it.
  // Plain words after an office may run on ("head of natural hazards"), but never past a reporting verb.
  if (headSeen && ATTRIBUTION_VERBS.has(w)) return true;
  // "a doctoral student at the University of Lima who co-led the team": a relative clause says what they did.
  if (headSeen && /^(?:who|whom|whose|which|that)$/.test(w)) return true;
  if (isCapitalised(t.text) || LOWER_IN_TITLE(w) || /^(a|an|also|its|his|her|their)$/.test(w)) return false;
  // "the committee chair", "the union's president": a body before the office names whose office it is.
  if (!headSeen && ORG_WORDS.has(w)) return false;
  // "the agency's medical director", "a senior research fellow": plain words that qualify an office a word or two on.
  if (!headSeen && tokens.slice(k + 1, k + 3).some((x) => x.word && isTitleHead(x.text))) return false;
  // "the company's chief executive": an owner before its possessive.
  if (isPossessive(tokens, k + 1)) return false;
  // "head of natural hazards", "vice-president of developer relations": once the office is named, an
  // of/for/at-phrase runs in plain words up to the next punctuation.
  return !(headSeen && ofPhraseBefore(tokens, k));
}

/** True when a connector (of, for, at, in) stands a few plain words before k, after the office. */
function ofPhraseBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 9; j--) {
    if (!tokens[j].word && tokens[j].text !== "'s" && tokens[j].text !== '’s') return false;
    if (/^(of|for|at|in)$/i.test(tokens[j].text)) return true;
    if (CLAUSE_WORDS.has(tokens[j].text.toLowerCase())) return false;
  }
  return false;
}

/** Right before a name (and its title): words brought from someone ("a message from", "a letter from"). */
const SENT_WORDS_FROM = /\b(?:message|letter|greetings|invitation|note|condolences|congratulations)\s+from\s+(?:the\s+)?$/i;

/** Of those, the letters that name an office: counsel's rank, a seat in a parliament. */
const OFFICE_LETTERS = new Set(['SC', 'QC', 'KC', 'MP', 'MEP', 'MSP', 'MLA']);

/** Letters after a name that are not part of it: "Nora Castell SC", "Jo Hale MP". */
const POSTNOMINALS = new Set([...OFFICE_LETTERS, 'OBE', 'MBE', 'CBE', 'KBE', 'PhD', 'Jr', 'Sr']);

/** The appositive after a name: ", secretary of the Security Council of the Russian Federation,". */
function appositiveAfter(tokens: Token[], nameEnd: number, runs: ReadonlyArray<[number, number]>): { from: number; to: number; former: boolean } | null {
  // ", the Emirati scholar who serves as secretary-general of …": a relative clause may follow without a comma.
  const opener = tokens[nameEnd]?.text;
  if (opener !== ',' && opener?.toLowerCase() !== 'who') return null;
  let from = opener === ',' ? nameEnd + 1 : nameEnd;
  // ", who is also chairperson of the African Union,": a relative clause that names an office.
  const rel = tokens.slice(from, from + 4).map((t) => t.text.toLowerCase());
  // (… or served as one: ", who served as trade minister until 2020,".)
  const serves = rel[1] === 'serves' || rel[1] === 'served';
  if (rel[0] === 'who' && (rel[1] === 'is' || rel[1] === 'was' || serves)) from += rel[2] === 'also' || rel[2] === 'as' ? 3 : 2;
  else if (opener !== ',') return null;
  if (tokens[from]?.text.toLowerCase() === 'as' && serves) from++;
  // ", currently head of finance at …", ", now chief executive of …": the office, not the adverb before it.
  // (… nor the verb that gives it, after an age and a former office: "Tom Vale, 52, a former judge, becomes interior minister".)
  while (/^(?:currently|now|also|still|presently|becomes|became)$/i.test(tokens[from]?.text ?? '')) from++;
  // "Quito's mayor, Ana Roy, and the secretary-general …": the next item of a list, not an appositive; nor is the
  // sentence's verb after an age ("Tom Vale, 52, was previously deputy minister"), nor a clause of time or cause ("its
  // ambassador, Ana Roy, after its minister stayed at home"), nor where someone is ("Tom Vale, who is on a visit to
  // Lima,").
  if (
    /^(?:and|or|was|is|were|are|has|had|have|will|would|after|before|while|when|whereas|although|though|because|since|until|unless|despite|amid|on|at|for|with|from|to|under|among|into)$/i.test(
      tokens[from]?.text ?? '',
    )
  )
    return null;
  // (", as its minister was attending a debate": "as" opens a clause of why, whose subject the office is; though ", as chair
  // of the panel," gives one.)
  if (/^as$/i.test(tokens[from]?.text ?? '')) {
    if (clauseVerbAfter(tokens, from + 1)) return null;
    from++;
  }
  // ("Halvex, whose chief executive, Tom Vale, said …": the office is the next name's, set off after it.)
  if (/^whose$/i.test(tokens[from]?.text ?? '') && officeSetOffBeforeName(tokens, from + 1)) return null;
  let to = from;
  let headSeen = false;
  while (to < tokens.length && to - from < MAX_TITLE_TOKENS * 2 && !endsAppositive(tokens, to, headSeen)) {
    if (tokens[to].word && isTitleHead(tokens[to].text)) headSeen = true;
    to++;
  }
  while (to > from && (TITLE_CONNECTORS.has(tokens[to - 1].text.toLowerCase()) || /^(also|and)$/i.test(tokens[to - 1].text))) to--;
  // ", the prime minister's office said": an owner of what comes next, not an office of the name before it.
  // (Not a place's name that ends in one: ", vicar of St Mark's.")
  if (to <= from || (isPossessive(tokens, to - 1) && /^\p{Ll}/u.test(tokens[to]?.text ?? ''))) return null;
  const phrase = tokens.slice(from, to);
  // "… taken from a van in Lima Square, the city police said.": who says it, after a name that is an object of a clause
  // with its own verb ("in", "with", "met" before it), is no office of that name.
  if (/^the$/i.test(phrase[0].text) && ATTRIBUTION_VERBS.has(tokens[to]?.text.toLowerCase() ?? '') && objectBefore(tokens, nameEnd)) return null;
  // ("A firm she set up, Halvex, hired a pilot …": a verb and its object, the sentence's own after a name set off, is no
  // office.)
  if (VERB_AND_OBJECT.test(`${phrase[0].text} ${phrase[1]?.text ?? ''}`)) return null;
  // The office must come early: "the President of …", "member of …", "chief advisor of …".
  const headAt = phrase.findIndex((t) => t.word && isTitleHead(t.text));
  if (headAt < 0 || headAt > 5) return null;
  // A bare list of names is not an appositive; "a former Halvex courier", "the Holy See's envoy" are.
  const described = /^(a|an|the|its|his|her|their)$/i.test(phrase[0].text) || phrase.slice(0, headAt).some((_, i) => isPossessive(tokens, from + i));
  if (!described && phrase.slice(0, headAt).some((t) => t.word && isNameWord(t.text))) return null;
  // "…, Chief Adviser of Peru Tomas Vela": the next list item (title and name), not an appositive; its name may run on past
  // where the appositive would end ("…, Egyptian President Abdel Fattah al-Sisi and …").
  // (A full name: "professor at the University of Southern Lima" ends in a place's word, no next item.)
  if (runs.some(([a, b]) => a >= from && a < to && b - a >= 2 && titleBefore(tokens, a))) return null;
  // ", who was mayor from 2013 to 2020,", ", who served as minister until 2019,": an office held once, over a span now closed.
  const held = rel[0] === 'who' && (rel[1] === 'was' || rel[1] === 'served');
  const closed =
    held &&
    SPAN_CLOSED.test(
      tokens
        .slice(to, to + 5)
        .map((t) => t.text)
        .join(' '),
    );
  return { from, to, former: closed };
}

/** A verb in the past and the start of its object: "hired a", "opened the". */
const VERB_AND_OBJECT = /^\p{Ll}+ed (?:a|an|the|its|their)$/u;

/** After an office held, the span it was held over, closed: "from 2013 to 2020", "until 2019", "between 2010 and 2014". */
const SPAN_CLOSED = /^(?:from \d{4} (?:to|until) \d{4}|until \d{4}|between \d{4} and \d{4}|until last year)\b/;

/** The name that ends at nameEnd follows a word in lower case: a preposition or a verb whose object it is. (Its start is
 * walked back to over a few capitalised words, not looked up among the sentence's names: a sentence may hold thousands.) */
function objectBefore(tokens: Token[], nameEnd: number): boolean {
  let k = nameEnd - 1;
  for (let n = 0; n < 6 && k > 0 && tokens[k - 1].word && isCapitalised(tokens[k - 1].text); n++) k--;
  const before = tokens[k - 1];
  return !!before?.word && /^\p{Ll}/u.test(before.text);
}

/** From k, a few plain words, a comma and a capitalised word: an office set off before the name that holds it ("chief
 * executive, Tom Vale"). */
function officeSetOffBeforeName(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j - k <= 4; j++) {
    if (tokens[j].text === ',') return j > k && isCapitalised(tokens[j + 1]?.text ?? '');
    if (!tokens[j].word || isCapitalised(tokens[j].text)) return false;
  }
  return false;
}

/** "Arjun Rao of India": the country right after the name. */
function countryAfter(sentence: string, tokens: Token[], nameEnd: number): string | null {
  // "Amina Diallo (Senegal)".
  if (tokens[nameEnd]?.text === '(') {
    const close = tokens.findIndex((t, k) => k > nameEnd && t.text === ')');
    if (close > nameEnd + 1 && close <= nameEnd + 5)
      return COUNTRY_BY_FORM.get(sentence.slice(tokens[nameEnd + 1].end - tokens[nameEnd + 1].text.length, tokens[close - 1].end)) ?? null;
    return null;
  }
  if (tokens[nameEnd]?.text.toLowerCase() !== 'of') return null;
  const rest = sentence.slice(tokens[nameEnd].end).replace(/^\s+(the\s+)?/, '');
  const c = findCountries(rest)[0];
  if (!c || rest.slice(0, c.start).trim() !== '') return null;
  // "Rabbi Ana Roy of the American Jewish Committee": a body named with its country's word is the body.
  const body = bodyOfAfter(sentence, tokens, nameEnd);
  return body && body.length > c.form.length ? null : c.country;
}

/** "Socialist Republic of Viet Nam", "Kingdom of Thailand": a formal state name around a country. */
const FORMAL_STATE =
  /^(?:[\p{Lu}][\p{L}'’-]+\s+){0,3}(?:Republic|Kingdom|State|Federation|Commonwealth|Sultanate|Principality|Emirate|Confederation)\s+of\s+(?:the\s+)?(.+)$/u;

/** "Singapore Airlines chief executive", "American Airlines CEO": a company whose name opens with a country's
 * word, before the office; the company is the affiliation, not the country. */
const companyNamedForCountry = memoize((role: string): boolean => {
  // Cheap first: a company word in the role at all.
  if (!role.split(/\s+/).some((w) => COMPANY_WORDS.has(w.toLowerCase()))) return false;
  const lead = findCountries(role)[0];
  if (lead?.start !== 0) return false;
  const next = /^\s+(\p{Lu}[\p{L}-]*)/u.exec(role.slice(lead.end))?.[1];
  return COMPANY_WORDS.has(next?.toLowerCase() ?? '');
}, 5000);

/** The words that close a party's name: "Alliance Party", "Popular Front", "National Congress". */
const PARTY_WORDS = 'Party|Alliance|Union|Front|Bloc|Movement|Coalition|League|Rally|Congress';
/** A party's name that opens with its people's or country's word, then an office that leads or speaks for it: "Peruvian
 * Socialist Party leader" (a state's ruling party's "official" is the state's: "Chinese Communist Party official"). */
const PARTY_WITH_COUNTRY = new RegExp(
  String.raw`^((\p{Lu}[\p{L}-]*)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:${PARTY_WORDS}))\s+((?:\p{Lu}[\p{L}-]*\s+)?\p{Ll}[\p{Ll}\s-]*)$`,
  'u',
);
const PARTY_LEADS = /\b(?:leader|chair|chairman|chairwoman|whip|spokesman|spokeswoman|spokesperson)\b/i;
const partyNamedWithCountry = (role: string): { party: string; office: string } | null => {
  const m = PARTY_WITH_COUNTRY.exec(role);
  return m && COUNTRY_BY_FORM.has(m[2]) && PARTY_LEADS.test(m[3]) ? { party: m[1], office: m[3] } : null;
};

/** "Health Canada chief executive", "Air France chief executive": a body named with a common noun and its country,
 * before an office in lower case; the body is the affiliation, not the country. */
const BODY_WITH_COUNTRY = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)\s+(\p{Ll}[\p{Ll}\s-]*|CEO|CFO|COO|CTO)$/u;
function bodyNamedWithCountry(role: string): boolean {
  const m = BODY_WITH_COUNTRY.exec(role);
  return (
    !!m &&
    BODY_BEFORE_COUNTRY.has(m[1].toLowerCase()) &&
    COUNTRY_BY_FORM.has(m[2]) &&
    !GOVERNMENT_OFFICE.test(m[3]) &&
    m[3].split(' ').some((w) => isTitleHead(w))
  );
}

/** An office held in a country for someone else, right before that country: "the UN's envoy in", "representative in". */
const POSTED_IN =
  /\b(?:envoy|representative|ambassador|coordinator|correspondent|delegate|emissary|mission chief|head of mission|country director)\s+in\s+(?:the\s+)?$/i;

/** The first country an office names that is not where it is posted: "ambassador to Laos", "the IMF's mission chief
 * for Pakistan", "the UN's representative in Peru" name no country of theirs ("China sent its ambassador to Laos, X" makes
 * X China's). */
const homeCountryIn = memoize((role: string): string | null => {
  for (const c of findCountries(role)) {
    const before = role.slice(0, c.start);
    if (/\b(?:to|for)\s+(?:the\s+)?$/i.test(before) || POSTED_IN.test(before)) continue;
    // "professor of Egyptian art": a people's word after "of" names a subject, not whose office it is.
    if (DEMONYMS.has(c.form) && /\bof\s+$/i.test(before)) continue;
    // "Peruvian-born singer": where someone was born or is based is no country they speak for.
    if (BORN_OR_BASED.test(role.slice(c.end))) continue;
    return c.country;
  }
  return null;
}, 5000);

/** Right after a country's word: a compound of where someone was born, raised or is based ("Peruvian-born", "Lima-based"). */
const BORN_OR_BASED = /^-(?:born|based|raised|educated|trained)\b/;
/** Such a compound opening a role, with its country's word. */
const BORN_OR_BASED_WORD = /^\p{Lu}[\p{L}'’]*-(?:born|based|raised|educated|trained)\s+/u;

/** Removes the country from a title ("Chinese Foreign Minister" → "Foreign Minister"). */
export const cleanRole = memoize((role: string): string => {
  let r = role
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the|a|an)\s+/i, '');
  // "the first Indian prime minister (to visit …)", "its first female foreign minister": a description of the office-holder,
  // whose office is the words from the first title's word (not "First Minister", "first deputy prime minister").
  const ordinal = /^(?:(?:its|their|his|her)\s+)?(?:first|only|last|youngest|oldest)\s+(.+)$/.exec(r);
  if (ordinal) {
    const words = ordinal[1].split(' ');
    const office = words.findIndex((w) => isTitleWord(w));
    if (office > 0 && words.slice(0, office).every((w) => !isTitleWord(w))) {
      const before = words.slice(0, office).filter((w) => findCountries(w).length);
      r = [...before, ...words.slice(office)].join(' ');
    }
  }
  // "A third defendant, accountant X": which of the parties they were counted as is no part of the role.
  r = r.replace(/^(?:second|third|fourth|fifth|sixth|another|other)\s+(?=(?:defendant|victim|claimant|plaintiff|witness|complainant|survivor)s?$)/, '');
  // ("Peruvian-born singer": a birthplace is no part of the office, and no country it is of.)
  r = r.replace(BORN_OR_BASED_WORD, '');
  const lead = findCountries(r)[0];
  if (lead && lead.start === 0 && !companyNamedForCountry(r)) {
    r = r
      .slice(lead.end)
      .replace(/^\s*['’](?:s\b)?/, '')
      .trim();
  }
  // "… of the Russian Federation", "… of the Socialist Republic of Viet Nam" at the end names the
  // country, which the affiliation carries.
  for (const m of r.matchAll(/\s+of\s+(?:the\s+)?/g)) {
    const rest = r.slice(m.index! + m[0].length).trim();
    const formal = FORMAL_STATE.exec(rest);
    if (COUNTRY_BY_FORM.has(rest) || (formal && COUNTRY_BY_FORM.has(formal[1]))) {
      r = r.slice(0, m.index);
      break;
    }
  }
  // "fellow Kenyan X": a compatriot, whose country the affiliation carries; no office.
  const compatriot = /^fellow\s+(.+)$/i.exec(r);
  if (compatriot && COUNTRY_BY_FORM.has(compatriot[1])) return '';
  // ("Tom Vale, his lawyer, said": whose it is the sentence says; the office is "lawyer".)
  return r
    .replace(/^(the|a|an|his|her|their|its)\s+/i, '')
    .replace(/[,;\s]+$/, '')
    .trim();
});

/** "the Kenyan president, William Ruto, said": a title set off by commas before the name
 * (an honorific may follow the comma: "the Prime Minister of Australia, Mr Anthony Albanese,"). */
function setOffTitleBefore(tokens: Token[], a: number, b: number): ReturnType<typeof titleBefore> {
  // The name may carry its country ("the chair, Ana Roy of Peru,"), and be the first of two ("the co-chairs, Ana Roy and Tom Vale,").
  // (Or the body they come from: "The committee chair, Ana Roy of the Lima Party, asked …".)
  // ("Its counsel, Tom Vale KC,": letters after the name are the name's.)
  const named = POSTNOMINALS.has(tokens[b]?.text ?? '') ? b + 1 : b;
  const end = named + (countryWordsAt(tokens, named) || bodyOfWordsAt(tokens, named));
  const firstOfTwo = tokens[end]?.text === 'and' && isCapitalised(tokens[end + 1]?.text ?? '');
  if (tokens[end] && !/^[,.;]$/.test(tokens[end].text) && !firstOfTwo) return null;
  let comma = beforeHonorific(tokens, a - 1);
  // "Its director, Chile's Ana Roy,": the name's owner between the comma and the name.
  if (comma === a - 1 && isPossessive(tokens, comma)) {
    let k = comma - 1;
    while (k > comma - 4 && tokens[k]?.word && isCapitalised(tokens[k].text)) k--;
    if (k < comma - 1 && tokens[k]?.text === ',') comma = k;
  }
  if (tokens[comma]?.text !== ',' || !tokens[comma - 1]?.word) return null;
  // "Deputy Governors Ana Roy, Tom Vale and …": a list of names after a title, not a title set off before two.
  if (firstOfTwo && isCapitalised(tokens[comma - 1].text)) return null;
  const title = titleBefore(tokens, comma) ?? titleWithPhraseBefore(tokens, comma) ?? (firstOfTwo ? pluralTitleBeforeClause(tokens, comma) : null);
  // "…Council Ali Karimi, Tomas Vela, …" is a list of people, not a title set off before a name:
  // the words before the comma end in a name that itself follows a title or organisation word.
  if (!title || endsInTitledName(tokens, title.from, comma)) return null;
  // "Two executives of the construction firm, Halvex Bau, were charged": several office-holders set off before one name
  // are not that name; it names what comes right before it (the firm).
  if (
    !firstOfTwo &&
    tokens.slice(title.from, title.end).some((t, k, phrase) => t.word && singularTitleHead(t.text) && !/^['’]$/.test(phrase[k + 1]?.text ?? ''))
  )
    return null;
  // "António Roy, the President of the Council, Ana Vale": the title is the appositive of the name before it.
  const opener = tokens[title.from - 1]?.text.toLowerCase() === 'the' ? title.from - 2 : title.from - 1;
  if (
    tokens[opener]?.text === ',' &&
    tokens[opener - 1]?.word &&
    (isNameWord(tokens[opener - 1].text) || NAME_WORDS_IN_COUNTRY_NAMES.has(tokens[opener - 1].text))
  )
    return null;
  return title;
}

/** An office's head in the plural: "ministers", "councillors" (a word that is a title head as it stands is none). */
const isPluralTitleHead = (word: string) => !isTitleHead(word) && !!singularTitleHead(word);

/** A plural office and the clause that says which of them, set off before the names: "The three trustees who backed
 * the merger, Ana Roy and Tom Vale, said …" (the clause in plain words, no comma in it). */
function pluralTitleBeforeClause(tokens: Token[], comma: number): ReturnType<typeof titleBefore> {
  for (let k = comma - 1; k > 0 && comma - k <= 12; k--) {
    const t = tokens[k];
    if (!t.word || isCapitalised(t.text)) return null;
    if (t.text !== 'who') continue;
    const title = titleBefore(tokens, k);
    const last = title ? (tokens[title.end - 1]?.text ?? '') : '';
    return title && isPluralTitleHead(last.toLowerCase()) ? title : null;
  }
  return null;
}

/** How many tokens "of the Lima Party" takes at `k`: "of", "the" maybe, then capitalised words; 0 when none. */
function bodyOfWordsAt(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== 'of') return 0;
  let j = k + 1;
  if (tokens[j]?.text === 'the') j++;
  const first = j;
  while (j - first < 6 && tokens[j]?.word && isCapitalised(tokens[j].text)) j++;
  return j > first ? j - k : 0;
}

/** ", 61," or "(61)" right after a name: the person's age. */
function ageAt(tokens: Token[], k: number): boolean {
  const open = tokens[k]?.text;
  const age = tokens[k + 1]?.text ?? '';
  const close = tokens[k + 2]?.text;
  return /^\d{2,3}$/.test(age) && +age >= 16 && +age <= 110 && ((open === ',' && (close === ',' || close === '.')) || (open === '(' && close === ')'));
}

/** What a clause of "who" says only of a person: their own "his" or "her", a life's events, an office held, being held. (Sports
 * pages write "who" of a team too: "Lima Rovers, who had lost twice, …", "Quito City, who sacked their coach".) */
const PERSON_ONLY_CLAUSE =
  /^(?:[^,;.]*?\s)?(?:his|her|himself|herself|was born|died|married|resigned|retired|(?:held|holds|hold) (?:the|that|this|a) (?:post|office|job|role|position|portfolio|seat)|(?:also )?holds? (?:\p{L}+ )?(?:citizenship|nationality|passport)|served as|(?:was|were|has been|had been|is) (?:appointed|elected|named|sworn in|detained|jailed|arrested|imprisoned|sentenced|charged|held|released|freed|kidnapped|abducted))\b/u;

/** ", who …" at k: a relative clause of "who" set off after a name. */
const opensWhoClause = (tokens: Token[], k: number) => tokens[k]?.text === ',' && tokens[k + 1]?.text === 'who';

/** ", who had held the office …" at k: a relative clause only a person's. */
function whoClauseAt(sentence: string, tokens: Token[], k: number): boolean {
  return opensWhoClause(tokens, k) && PERSON_ONLY_CLAUSE.test(sentence.slice(tokens[k + 1].end + 1, tokens[k + 1].end + 120));
}

/** How many tokens "of Peru", "from the United States" take at k (0 when no country follows there). */
function countryWordsAt(tokens: Token[], k: number): number {
  if (!/^(?:of|from)$/.test(tokens[k]?.text ?? '')) return 0;
  const from = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
  for (let n = 4; n >= 1; n--) {
    const words = tokens.slice(from, from + n);
    if (words.length === n && words.every((t) => t.word) && COUNTRY_BY_FORM.has(words.map((t) => t.text).join(' '))) return from - k + n;
  }
  return 0;
}

function endsInTitledName(tokens: Token[], from: number, end: number): boolean {
  let k = end;
  while (k > from && tokens[k - 1].word && isNameWord(tokens[k - 1].text)) k--;
  if (end - k < 2) return false;
  // "Health Minister Dr Ana Roy, Lima,": an honorific between the title and the name.
  const before = tokens[beforeHonorific(tokens, k - 1)]?.text.toLowerCase() ?? '';
  // "Justices Elena Kagan, Sonia Sotomayor and …": a plural title over the list too.
  return isTitleWord(before) || !!singularTitleHead(before) || ORG_WORDS.has(before);
}

/** Words that show a clause, not a title, stands between a connector and the comma. */
const CLAUSE_WORDS = new Set(['said', 'says', 'was', 'is', 'were', 'are', 'has', 'have', 'had', 'that', 'who', 'which', 'when', 'where', 'will', 'would']);

/** "state secretary for economic cooperation, Katrin Vossen": a title whose of/for/in-phrase runs in
 * plain words up to the comma ("deputy permanent representative in Geneva", "chief executive of the Post Office"). */
function titleWithPhraseBefore(tokens: Token[], comma: number): ReturnType<typeof titleBefore> {
  for (let k = comma - 1; k > 0 && comma - k <= 8; k--) {
    const t = tokens[k];
    // "Minister of Commerce, Industry and Energy": commas between capitalised portfolio words.
    const listComma = t.text === ',' && isCapitalised(tokens[k + 1]?.text ?? '') && isCapitalised(tokens[k - 1]?.text ?? '');
    if (!t.word && t.text !== "'s" && t.text !== '’s' && t.text !== '-' && !listComma) return null;
    if (CLAUSE_WORDS.has(t.text.toLowerCase())) return null;
    if (!/^(of|for|in|at|on)$/i.test(t.text)) continue;
    const title = titleBefore(tokens, k);
    if (title) return { ...title, end: comma };
  }
  return null;
}

/** ", who chairs the alliance,", ", who heads the Qatar Fund for Development,": an office as a verb. */
const OFFICE_VERBS: Record<string, string> = {
  chairs: 'chair',
  heads: 'head',
  leads: 'leader',
  directs: 'director',
  runs: 'head',
  chaired: 'chair',
  headed: 'head',
  led: 'leader',
  run: 'head',
  directed: 'director',
  owns: 'owner',
  represents: 'representative',
  manages: 'manager',
  edits: 'editor',
  teaches: 'teacher',
};

/** Words that end what an office verb governs: "who led Lima | as mayor", "who heads the fund | and sits on …". */
const OFFICE_OBJECT_ENDS = new Set([
  'as',
  'and',
  'or',
  'but',
  'for',
  'since',
  'until',
  'from',
  'with',
  'to',
  'into',
  'at',
  'in',
  'during',
  'after',
  'before',
  'when',
  'while',
]);

/** A cause someone leads, not a body: "the opposition to the dam", "the campaign against the mine", "the push for a vote". */
const LED_A_CAUSE = /^(?:the\s+|a\s+)?(?:opposition|campaign|fight|push|drive|charge|revolt|rebellion|battle|effort|bid|call)\s+(?:to|against|for)\b/i;

function officeVerbAfter(sentence: string, tokens: Token[], b: number): string | null {
  if (tokens[b]?.text !== ',' || tokens[b + 1]?.text.toLowerCase() !== 'who') return null;
  const office = OFFICE_VERBS[tokens[b + 2]?.text.toLowerCase() ?? ''];
  // ("who led the opposition to the dam", "who led the campaign against it": a cause led, no office held.)
  if (!office || LED_A_CAUSE.test(sentence.slice(tokens[b + 3]?.start ?? sentence.length))) return null;
  let k = b + 3;
  // (A plural's bare apostrophe runs on too: "who heads the Lima farmers' union".)
  while (k < tokens.length && k - b < 14 && (tokens[k].word || isPossessive(tokens, k) || tokens[k].text === '-')) {
    // ("who led Lima as mayor for nine years and …": what was led ends before a joint in lower case; not "the Fund for
    // Development", a name's own.)
    if (k > b + 3 && OFFICE_OBJECT_ENDS.has(tokens[k].text) && !isCapitalised(tokens[k + 1]?.text ?? '')) break;
    k++;
  }
  if (k === b + 3) return null;
  return `${office} of ${sentence.slice(tokens[b + 3].start, tokens[k - 1].end)}`;
}

/** Bodies whose head is their leader: "the party, led by …". */
const LED_BODIES = new Set(['party', 'alliance', 'coalition', 'movement', 'opposition', 'team', 'campaign', 'group', 'union', 'bloc']);
/** Kinds of body run by someone that no other list names: a panel's, a jury's. */
const RUN_BODIES = new Set(['panel', 'board', 'jury', 'tribunal', 'inquiry', 'taskforce', 'delegation', 'team']);

/** "The Lima Institute, headed by Ana Roy,", "a meeting of the emergency committee, chaired by Professor Tom Vale": the body
 * set off before the verb of running it, its office in the body ("head of the Lima Institute"); null for what no body is
 * ("The talks, chaired by …": talks are no body). `from` is where the name, or the title before it, opens. */
function ranByBefore(sentence: string, tokens: Token[], from: number): string | null {
  let k = from;
  // ("chaired by Dr. Ana Roy": an honorific and its stop before the name.)
  while (k > 0 && (HONORIFICS.has(tokens[k - 1].text.toLowerCase()) || tokens[k - 1].text === '.')) k--;
  // (The office verbs in their past participle: "the committee, chaired by Ana Roy".)
  const verb = tokens[k - 2]?.text.toLowerCase() ?? '';
  const office = verb.endsWith('ed') || verb === 'run' ? OFFICE_VERBS[verb] : undefined;
  if (tokens[k - 1]?.text !== 'by' || !office || tokens[k - 3]?.text !== ',') return null;
  const end = k - 4;
  let j = end;
  // Back to the body's article ("the", "a", "its"), or to where the sentence opens, over words alone (and the apostrophe of
  // a plural's possessive inside a name: "the Farmers' Alliance").
  const wordy = (i: number) => tokens[i]?.word || (/^['’]$/.test(tokens[i]?.text ?? '') && !!tokens[i - 1]?.word && tokens[i - 1].text.endsWith('s'));
  while (j > 0 && end - j < 8 && wordy(j) && !/^(?:the|a|an|its|their|his|her)$/i.test(tokens[j].text) && wordy(j - 1)) j--;
  if (end - j >= 8 || !tokens[j]?.word) return null;
  const phrase = tokens.slice(j, end + 1).filter((t) => t.word);
  const isBody = (t: Token) => {
    const w = t.text.toLowerCase();
    const one = w.endsWith('s') ? w.slice(0, -1) : w;
    return BODY_HEADS.has(w) || BODY_HEADS.has(one) || BODY_KINDS.has(w) || RUN_BODIES.has(w);
  };
  // (Its last word, or a capitalised name's word before its "for"/"of": "Centres for Water Research".)
  if (!isBody(tokens[end]) && !phrase.some((t, i) => isCapitalised(t.text) && /^(?:for|of)$/.test(phrase[i + 1]?.text ?? '') && isBody(t))) return null;
  const body = sentence.slice(tokens[j].start, tokens[end].end).replace(/^(?:The|A|An|Its|Their|His|Her)\b/, (w) => w.toLowerCase());
  // (A party or a team has a leader; an agency led by someone, a head.)
  return `${office === 'leader' && !LED_BODIES.has(tokens[end].text.toLowerCase()) ? 'head' : office} of ${body}`;
}

/** ", who appears for Lima Couriers with …": the party counsel speaks for, by its capitalised name. */
function appearsForAfter(sentence: string, tokens: Token[], b: number, counsel = false): string | null {
  if (tokens[b]?.text !== ',') return null;
  // "Tom Vale KC, for the Home Office, told the court": counsel's side, set off after the name and its letters.
  const setOff = counsel && tokens[b + 1]?.text === 'for';
  const appears =
    tokens[b + 1]?.text.toLowerCase() === 'who' && /^(?:appears|appeared|acts|acted)$/i.test(tokens[b + 2]?.text ?? '') && tokens[b + 3]?.text === 'for';
  if (!setOff && !appears) return null;
  const from = setOff ? b + (tokens[b + 2]?.text === 'the' ? 3 : 2) : b + 4;
  let k = from;
  while (k < tokens.length && k - b < 8 && tokens[k].word && isCapitalised(tokens[k].text)) k++;
  // (Set off, the side closes on its comma.)
  if (k === from || (setOff && tokens[k]?.text !== ',')) return null;
  return sentence.slice(tokens[from].start, tokens[k - 1].end);
}

/** A government's own body, named for its country: "Ministry of Foreign Affairs of Peru", "Embassy of Chile". */
const GOVERNMENT_BODY = /^(?:(?:Permanent\s+)?Mission|Ministry|Department|Embassy|Office|Government|Presidency)\b/;

/** ", University of Lima" closing the sentence at `k`, or set off by commas (", Ministry of Foreign Affairs of Peru, on
 * behalf of …"): capitalised words (joined by of, for, the, &; no list) whose last word, or the word before their "of",
 * is a body's. */
function bodyClosingAfter(sentence: string, tokens: Token[], k: number): string | null {
  if (tokens[k]?.text !== ',') return null;
  const comma = tokens.findIndex((t, j) => j > k && (t.text === ',' || t.text === ';'));
  const end = comma > 0 ? comma : tokens.at(-1)?.text === '.' ? tokens.length - 1 : tokens.length;
  const words = tokens.slice(k + 1, end);
  if (words.length < 2 || words.length > 8 || !isCapitalised(words[0].text)) return null;
  if (!words.every((t) => (t.word && (isCapitalised(t.text) || /^(?:of|for|the)$/.test(t.text))) || t.text === '&')) return null;
  const of = words.findIndex((t) => t.text === 'of');
  const head = (of > 0 ? words[of - 1] : words.at(-1)!).text.toLowerCase();
  if (!BODY_HEADS.has(head) || COUNTRY_BY_FORM.has(words.map((t) => t.text).join(' '))) return null;
  return sentence.slice(words[0].start, words.at(-1)!.end);
}

/** Every office in the appositives after a name, stacked or not (", Member of …, Director of …,"), and where they end
 * (the name's end when there is none). */
function appositivesAfter(sentence: string, tokens: Token[], start: number, runs: ReadonlyArray<[number, number]>): { roles: string[]; end: number } {
  const roles: string[] = [];
  let end = start;
  for (let next = appositiveAfter(tokens, start, runs); next && roles.length < 3; next = appositiveAfter(tokens, next.to, runs)) {
    const office = sentence.slice(tokens[next.from].start, tokens[next.to - 1].end);
    roles.push(next.former && !FORMER_OFFICE.test(office) ? `former ${office}` : office);
    end = next.to;
  }
  return { roles, end };
}

/** Capitalised words (joined by "of", "and", "the") ending right before `end` that hold an organisation word: "School of Hygiene". */
function bodyNameBefore(tokens: Token[], end: number): boolean {
  for (let k = end - 1; k >= 0 && end - k <= 8; k--) {
    const t = tokens[k];
    if (!t.word) return false;
    if (/^(?:of|and|the|for)$/.test(t.text)) continue;
    if (!isCapitalised(t.text)) return false;
    // "Foreign Ministers Wang Yi and …": an office, so people's names, not a body's.
    if (isTitleHead(t.text) || singularTitleHead(t.text)) return false;
    if (ORG_WORDS.has(t.text.toLowerCase())) return true;
  }
  return false;
}

/** The verbs of running or joining the event, before a name ("chaired by") or after it ("X chaired"). */
const RAN = 'chaired|mediated|moderated|hosted|led|presided over|facilitated|brokered|opened|convened|presented';
// Or spoke or voted in it: "Former captain X, a trust member, spoke against the deal".
const RAN_IT = `${RAN}|attended|joined|took part in|addressed|spoke (?:against|for|in favou?r of|in support of)|voted (?:for|against)`;
const RAN_BY = `\\b(?:${RAN}) by\\s+(?:the\\s+)?`;
const RAN_IT_BEFORE = new RegExp(`${RAN_BY}$`, 'i');
/** … with the office before the name: "led by economist Dr. ", "chaired by Professor ". */
const RAN_IT_TITLED = new RegExp(`${RAN_BY}(?:[\\p{L}.'’-]+\\s+){0,4}$`, 'iu');
const RAN_IT_AFTER = new RegExp(`^(?:,[^,;]{1,80},)?\\s+(?:also\\s+)?(?:${RAN_IT})\\b`);

/** A title's words as the text gives them, its plural office made one ("Deputy Governors" → "Deputy Governor"). */
function singularRole(phrase: Token[], text: string): string {
  return phrase
    .map((t, k) => {
      // ("The Farmers' Party leader": a plural's bare apostrophe makes it an owner's name, kept as written; "Teachers union
      // president": a plural before the body whose office follows is whose body it is, no office of its own.)
      const one =
        t.word && !isTitleHead(t.text) && !/^['’]$/.test(phrase[k + 1]?.text ?? '') && !TITLE_BODIES.has(phrase[k + 1]?.text.toLowerCase() ?? '')
          ? singularTitleHead(t.text)
          : null;
      const gap = k + 1 < phrase.length ? text.slice(t.end, phrase[k + 1].start) : '';
      return (one ?? t.text) + gap;
    })
    .join('');
}

/** "Deputy Governors Ana Roy, Tom Vale and Lee Kim", "Foreign Ministers Wang Yi and Sergei Lavrov": a name
 * later in a list that a plural office opens has that office too. */
function pluralTitleOverList(tokens: Token[], runs: ReadonlyArray<[number, number]>, a: number): ReturnType<typeof titleBefore> {
  let start = a;
  for (let names = 0; names < 8; names++) {
    // ("directors Ana Roy and Dr Tom Vale": an honorific before a name of the list.)
    const before = beforeHonorific(tokens, start - 1);
    let k = before;
    if (tokens[k]?.text === 'and') k--;
    if (tokens[k]?.text !== ',' && tokens[before]?.text !== 'and') return null;
    if (tokens[k]?.text === ',') k--;
    // "foreign ministers Ana Roy of Peru, Tom Vale of Chile and …": each name may carry its country.
    for (let n = 1; n <= 3; n++) {
      const of = tokens[k - n];
      if (
        of?.word &&
        /^(?:of|from)$/.test(of.text) &&
        COUNTRY_BY_FORM.has(
          tokens
            .slice(k - n + 1, k + 1)
            .map((t) => t.text)
            .join(' '),
        )
      ) {
        k -= n + 1;
        break;
      }
    }
    const run = runs.find(([, j]) => j === k + 1);
    if (!run) return null;
    start = run[0];
    // "foreign ministers Ana Roy, …", or set off before the list: "the co-chairs of the talks, Ana Roy of Peru and …".
    const setOff = tokens[start - 1]?.text === ',' && !isCapitalised(tokens[start - 2]?.text ?? '');
    const title =
      titleBefore(tokens, start) ??
      (setOff ? (titleBefore(tokens, start - 1) ?? titleWithPhraseBefore(tokens, start - 1) ?? pluralTitleBeforeClause(tokens, start - 1)) : null);
    if (title) {
      const head = tokens.slice(title.from, title.end).find((t) => t.word && isPluralTitleHead(t.text));
      return head ? title : null;
    }
  }
  return null;
}

/** A word that closes a party's name after its label: "Alliance Party", "Democratic Alliance", "Popular Front". */
const PARTY_NAME_WORD = new RegExp(`^(?:${PARTY_WORDS})$`);

/** The party labels by their first word, looked up once per name run. */
const PARTIES_BY_FIRST_WORD = new Map<string, Array<readonly string[]>>();
for (const label of PARTY_LABELS) PARTIES_BY_FIRST_WORD.set(label[0], [...(PARTIES_BY_FIRST_WORD.get(label[0]) ?? []), label]);

/** The party label whose words start at token `k`, longest first ("Liberal Democrat" before "Liberal"), or null. */
function partyAt(tokens: Token[], k: number): { party: string; length: number } | null {
  let found: { party: string; length: number } | null = null;
  for (const label of PARTIES_BY_FIRST_WORD.get(tokens[k]?.text ?? '') ?? [])
    if ((!found || label.length > found.length) && label.every((w, i) => tokens[k + i]?.text === w)) found = { party: label.join(' '), length: label.length };
  // "Alliance Party MLA X", "Democratic Alliance leader X": a party's word after the label is its name's.
  const next = tokens[k + (found?.length ?? 0)]?.text ?? '';
  if (found && PARTY_NAME_WORD.test(next)) return { party: `${found.party} ${next}`, length: found.length + 1 };
  return found;
}

/** Where the bracket after a party's name closes: right after it, or after its state or region ("(Greens, NSW)",
 * "(Labor, Western Australia)"); -1 when the bracket holds more. */
function closingOfPartyBracket(tokens: Token[], k: number): number {
  if (tokens[k]?.text === ')') return k;
  if (tokens[k]?.text !== ',') return -1;
  let j = k + 1;
  while (j < k + 4 && tokens[j]?.word && isCapitalised(tokens[j].text)) j++;
  return j > k + 1 && tokens[j]?.text === ')' ? j : -1;
}

/** The party label whose words end just before token `k`. */
function partyEndingBefore(tokens: Token[], k: number): string | null {
  for (let length = 3; length >= 1; length--) {
    const found = partyAt(tokens, k - length);
    if (found?.length === length) return found.party;
  }
  return null;
}

/** "Committee chair Senator X", "Foreign Minister Senator X": an office, then the elected member's own, are two
 * roles, not one office called "chair Senator". */
function officeThenMember(role: string): string[] {
  const words = role.split(' ');
  const last = words[words.length - 1];
  return words.length >= 2 && isCapitalised(last) && MEMBER_OFFICES.has(last.toLowerCase()) && isTitleHead(words[words.length - 2])
    ? [words.slice(0, -1).join(' '), last]
    : [role];
}

const isMemberOffice = (phrase: Token[]) => phrase.some((t) => MEMBER_OFFICES.has(t.text.toLowerCase()));

/** An elected member's party, given before the office: "Tory MP X" (a word the title was trimmed of), "Labour MP X"
 * (the title's first word, then `roleFrom` is where the office starts), "Liberal Democrat Cllr X" (before the honorific
 * that is the office written short). */
function memberParty(
  tokens: Token[],
  a: number,
  before: { from: number; end: number } | null,
  honorificAt: number,
): { party: string; roleFrom: number | null } | null {
  if (before) {
    const office = tokens.slice(before.from, before.end);
    const leading = partyAt(tokens, before.from);
    if (leading && leading.length < office.length && isMemberOffice(office.slice(leading.length)))
      return { party: leading.party, roleFrom: before.from + leading.length };
    const trimmed = partyEndingBefore(tokens, before.from);
    return trimmed && isMemberOffice(office) ? { party: trimmed, roleFrom: null } : null;
  }
  if (honorificAt < 0 || honorificAt >= a) return null;
  const party = partyEndingBefore(tokens, honorificAt);
  return party ? { party, roleFrom: null } : null;
}

/** An office held before: "former Peruvian president", "ex-minister", "a former minister". */
const FORMER_OFFICE = /^(?:(?:the|a|an)\s+)?(?:former|ex)(?:\s|-)/i;

/** Reads one candidate name in its sentence: its titles, its country, and how we know it is a person. */
function readMention(s: Sentence, tokens: Token[], runs: ReadonlyArray<[number, number]>, a: number, b: number): Mention {
  const mention: Mention = {
    // "TANAKA Aiko" is written "Tanaka Aiko": the capitals only mark the surname.
    name: s.text
      .slice(tokens[a].start, tokens[b - 1].end)
      .replace(/\s{2,}/g, ' ')
      .replace(/^(\p{Lu})(\p{Lu}{2,})(?=\s|$)/u, (_, first: string, rest: string) => first + rest.toLowerCase()),
    sentence: s.index,
    start: tokens[a].start,
    end: tokens[b - 1].end,
    role: null,
    affiliation: null,
    signal: 'none',
    former: false,
  };
  const prev = tokens[a - 1]?.text === '.' ? tokens[a - 2] : tokens[a - 1];
  // (An honorific is capitalised: "will miss Lima's cup game" names no Miss Lima.)
  if (prev && isCapitalised(prev.text) && HONORIFICS.has(prev.text.toLowerCase())) mention.signal = 'honorific';
  if (isPossessive(tokens, b) && tokens.slice(b + 1, b + 4).some((t) => t.word && isTitleHead(t.text))) mention.owner = true;

  const roles: string[] = [];
  const before = titleBefore(tokens, a, runs) ?? setOffTitleBefore(tokens, a, b) ?? pluralTitleOverList(tokens, runs, a) ?? newTitleIs(tokens, a);
  // "delivered a message from President Tom Vale": the one whose words were brought was not there to say them.
  const opens = tokens[before?.from ?? a]?.start ?? 0;
  if (SENT_WORDS_FROM.test(s.text.slice(Math.max(0, opens - 60), opens))) mention.owner = true;
  // "The EU's chief negotiator, X", "Harbour University of Technology's Professor X": the owner the title was
  // trimmed of is the person's organisation.
  const titleOwner = before ? ownerBefore(s.text, tokens, before.from) : null;
  // "Brazil's lead negotiator, Ambassador Ana Roy,", "The project's co-lead, Harbour University of Technology's
  // Professor X,": an office set off before the title (and its owner) right before the name; not a list's item before.
  const titleStart = titleOwner?.from ?? before?.from ?? 0;
  const setOff = before && tokens[titleStart - 1]?.text === ',' ? setOffTitleBefore(tokens, titleStart, b) : null;
  const ownSetOff = setOff && !runs.some(([x, y]) => x >= setOff.from && y <= titleStart) ? setOff : null;
  // ("the AU's envoy, former Kenyan minister X": the owner of the office set off before, when the title has none.)
  const setOffOwner = ownSetOff && !titleOwner ? ownerBefore(s.text, tokens, ownSetOff.from) : null;
  if (ownSetOff) roles.push(singularRole(tokens.slice(ownSetOff.from, ownSetOff.end), s.text));
  // "Cllr Ana Roy": an honorific that is an elected member's office written short.
  const memberHonorific = prev && MEMBER_HONORIFICS.has(prev.text.toLowerCase()) ? (prev === tokens[a - 1] ? a - 1 : a - 2) : -1;
  const party = memberParty(tokens, a, before, memberHonorific);
  const beforeRole = before ? singularRole(tokens.slice(party?.roleFrom ?? before.from, before.end), s.text) : null;
  if (before && beforeRole !== null) {
    roles.push(...officeThenMember(beforeRole));
    mention.signal = 'title';
    // "mediated by former labour minister X", "Former minister X chaired the talks": a former office-holder
    // who runs or joins the event takes part in it; otherwise they are named for context.
    // ("In 2019, then-president X led a strike": an office held then is told of a time gone by, whatever they did.)
    const then = /^then\b/i.test(beforeRole) || /^then$/i.test(tokens[before.from - 1]?.text ?? '');
    // ("the chief mediator, former Peruvian president X": an office held now, set off before the former one, is theirs.)
    mention.former =
      before.former &&
      (then ||
        (!(ownSetOff && !ownSetOff.former) &&
          !RAN_IT_BEFORE.test(s.text.slice(Math.max(0, tokens[before.from].start - 40), tokens[before.from].start)) &&
          !RAN_IT_AFTER.test(s.text.slice(tokens[b - 1].end))));
  }
  // "Sen. Ana Roy", "Lt. Gov. Tom Vale": a title written short right before the name.
  const short = before ? null : abbreviatedTitleBefore(tokens, a);
  if (short) {
    roles.push(short);
    mention.signal = 'title';
  }
  // "Sen. Ana Roy (D-Wash.)": the party and state after a legislator's name; what follows it is read after it.
  const usParty = tokens[b]?.text === '(' ? PARTY_STATE.exec(s.text.slice(tokens[b].start)) : null;
  const partyState = usParty ? partyAndState(usParty[1], usParty[2]) : null;
  // "Cllr Ana Roy (Labour)", "Senator Ana Roy (Greens, NSW)": a party in brackets after the name, and its state.
  const bracketed = !partyState && tokens[b]?.text === '(' ? partyAt(tokens, b + 1) : null;
  const bracketEnd = bracketed ? closingOfPartyBracket(tokens, b + 1 + bracketed.length) : -1;
  const bracketParty = bracketEnd >= 0 ? bracketed!.party : null;
  const afterParty = partyState ? tokens.findIndex((t, k) => k > b && t.text === ')') + 1 : bracketParty ? bracketEnd + 1 : b;
  const afterName = POSTNOMINALS.has(tokens[afterParty]?.text ?? '') ? afterParty + 1 : afterParty;
  const country = countryAfter(s.text, tokens, afterName);
  const afterCountry = !country
    ? afterName
    : tokens[afterName].text === '('
      ? tokens.findIndex((t, k) => k > afterName && t.text === ')') + 1
      : afterName + (countryWordsAt(tokens, afterName) || 2);
  // "Ana Roy, 54, a professor at the University of Lima,": the appositive after the age.
  const afterAge = tokens[afterCountry]?.text === ',' && ageAt(tokens, afterCountry) ? afterCountry + 2 : afterCountry;
  const { roles: appositives, end: appositivesEnd } = appositivesAfter(s.text, tokens, afterAge, runs);
  roles.push(...appositives);
  // "Helen Vale of the University of Lima, the consortium's principal investigator,": an appositive after the body too.
  const ofBody = !country && !appositives.length && tokens[afterName]?.text.toLowerCase() === 'of' ? bodyOfSpan(tokens, afterName) : null;
  const afterBody = ofBody && tokens[ofBody.end]?.text === ',' ? appositivesAfter(s.text, tokens, ofBody.end, runs).roles : [];
  roles.push(...afterBody);
  // "Prof. Ana Roy, University of Lima", "Tom Vale, policy adviser, High Seas Alliance": a list's line that closes on a
  // body's name after the name (and its office).
  const closingBody = !country ? bodyClosingAfter(s.text, tokens, appositivesEnd) : null;
  if (closingBody && (mention.signal === 'honorific' || (mention.signal === 'none' && b - a >= 2))) mention.signal = 'appositive';
  const withLetters = afterName !== afterParty && OFFICE_LETTERS.has(tokens[afterParty]?.text ?? '');
  const appearsFor = !country ? appearsForAfter(s.text, tokens, afterAge, withLetters) : null;
  if (appearsFor && mention.signal === 'none' && b - a >= 2) mention.signal = 'appositive';
  const officeVerb = appositives.length ? null : officeVerbAfter(s.text, tokens, afterCountry);
  if (officeVerb) {
    appositives.push(officeVerb);
    roles.push(officeVerb);
  }
  // "The Lima Institute, headed by Ana Roy,": the office the body before the name gives, first.
  const ranBy = ranByBefore(s.text, tokens, before?.from ?? a);
  if (ranBy) {
    roles.unshift(ranBy);
    if (mention.signal === 'none' || mention.signal === 'honorific') mention.signal = 'appositive';
  }
  if (appositives.length && (mention.signal === 'none' || mention.signal === 'honorific')) mention.signal = 'appositive';
  // "… awarded to Ana Roy of Nigeria, Tom Vale of Japan and …": a full name given its country names a person.
  if (mention.signal === 'none' && b - a >= 2 && country && tokens[afterName]?.text.toLowerCase() === 'of') mention.signal = 'appositive';
  // "Tom Vale, 61, was sentenced …", "Tom Vale (61)": the age reports give of a person.
  if (mention.signal === 'none' && b - a >= 2 && ageAt(tokens, afterCountry)) mention.signal = 'appositive';
  // "succeeding Tom Vale, who had held the office since 2019": a full name that a clause of "who" describes is a person's.
  if (mention.signal === 'none' && b - a >= 2 && whoClauseAt(s.text, tokens, afterAge)) mention.signal = 'appositive';
  // "Vladimir Putin held talks with …", "…," said Mariam Koné: a full name doing what participants do.
  // "Ana Roy of Chile told reporters …": the verb after the name's country.
  // ("Tom Vale KC said …": the verb after the letters that follow the name.)
  // ("Mayor Ana Roy of Lima signed …": the place after a name and "of" is the office's, whatever verb follows it.)
  if (
    mention.signal === 'none' &&
    b - a >= 2 &&
    !(tokens[a - 1]?.text === 'of' && isNameWord(tokens[a - 2]?.text ?? '')) &&
    (actsAfter(tokens, b) ||
      actsAfter(tokens, afterName) ||
      (country && actsAfter(tokens, afterCountry)) ||
      speechBefore(tokens, a) ||
      AWARDED_TO_BEFORE.test(s.text.slice(Math.max(0, tokens[a].start - 60), tokens[a].start)) ||
      actsAfterAside(tokens, afterAge) ||
      actsAfterWhoClause(tokens, afterAge) ||
      diesAfter(tokens, afterAge) ||
      // ("…, his daughter, Eva Roy, said …": a full name set off by commas after a description, then a verb of speaking.)
      (describedBefore(tokens, a) && tokens[afterAge]?.text === ',' && SPEECH_VERBS.has(tokens[afterAge + 1]?.text.toLowerCase() ?? '')))
  )
    mention.signal = 'action';
  // "Cai Lin, Wang Tao and other Chinese officials attended the talks": each full name of a list whose verb is taking part
  // (the country's word after "other" is theirs).
  // ("Cai Lin, Wang Tao and Li Ming attended the talks": each of a list of full names.)
  const rest = mention.signal === 'none' && b - a >= 2 ? s.text.slice(tokens[b - 1].end, tokens[b - 1].end + 200) : '';
  const listed = rest ? LIST_TOOK_PART.exec(rest) : null;
  if (listed) {
    mention.signal = 'action';
    mention.affiliation ??= listed[1] ? (COUNTRY_BY_FORM.get(listed[1]) ?? null) : null;
  } else if (rest && NAMES_TOOK_PART.test(rest)) mention.signal = 'action';
  // "The Lima Alliance, led by Ana Roy, won …", "talks chaired by Ana Roy": a full name that runs something.
  if (mention.signal === 'none' && b - a >= 2 && RAN_IT_BEFORE.test(s.text.slice(Math.max(0, tokens[a].start - 30), tokens[a].start)))
    mention.signal = 'action';
  if (b - a === 1 && !afterBodyWord(tokens, a) && (SPEECH_VERBS.has(tokens[b]?.text.toLowerCase() ?? '') || speechBefore(tokens, a))) mention.speaks = true;
  // "Paraguay's Tomas Peralta", "Labour's Ian Hale": the owner is the person's country or organisation.
  // ("Its director, Chile's Ana Roy,": an owner after a title set off before it, too.)
  const owner = b - a >= 2 && (!before || isPossessive(tokens, a - 1)) ? (ownerBefore(s.text, tokens, a)?.owner ?? null) : null;
  if (owner && !before) {
    mention.signal = 'title';
    mention.affiliation = owner;
  }
  // "Owen Price, of the dockers union Unifor,": an of-phrase set off after the name.
  // (Not a body's name after "the": "the Reformed Church of East Lima".)
  const ofPhrase = !country && !appositives.length && !/^(?:the|a|an)$/i.test(tokens[a - 1]?.text ?? '') ? setOffOfPhrase(s.text, tokens, b) : null;
  if (ofPhrase && b - a >= 2) {
    mention.signal = mention.signal === 'none' ? 'appositive' : mention.signal;
    mention.affiliation = ofPhrase;
  }
  // "returned Gino Fabbri as president of the chess federation"; "Ana Diaz, a porter at the city hospital, was elected vice-president".
  // ("named Ana Roy its chief executive": the office right after the name a naming verb gives.)
  const namedBy = NAMING_VERBS.has(tokens[a - 1]?.text.toLowerCase() ?? '');
  const asRole =
    asTitleAfter(s.text, tokens, afterCountry, namedBy) ?? (appositives.length ? null : asTitleAfter(s.text, tokens, afterSetOff(tokens, afterCountry)));
  if (asRole) {
    // "bringing back former governor Ana Roy as finance minister": the office given now is hers, the former one is not.
    if (mention.former && beforeRole !== null) {
      roles.splice(roles.indexOf(beforeRole), 1);
      mention.former = false;
    }
    roles.push(asRole);
    if (mention.signal === 'none' || mention.signal === 'honorific') mention.signal = 'title';
  }
  const memberOf = partyState ?? party?.party ?? bracketParty;
  mention.affiliation = country ?? mention.affiliation ?? closingBody ?? appearsFor ?? memberOf;
  if (memberOf && mention.signal === 'none') mention.signal = 'appositive';
  // "Tom Vale KC", "Ana Roy MP": letters after the name that are an office are the office the text gives, when it gives no other.
  if (!roles.length && withLetters) {
    roles.push(tokens[afterParty].text);
    if (mention.signal === 'none' || mention.signal === 'action') mention.signal = 'title';
  }
  if (!roles.length && memberHonorific >= 0) roles.push(MEMBER_HONORIFICS.get(prev!.text.toLowerCase())!);
  // "Police named the pilot as Tom Vale": the office the name was given for.
  const namedAs = roles.length ? null : NAMED_AS_BEFORE.exec(s.text.slice(Math.max(0, tokens[a].start - 60), tokens[a].start));
  if (namedAs && isTitleHead(namedAs[1].split(' ').at(-1)!)) {
    roles.push(namedAs[1]);
    if (mention.signal === 'none' || mention.signal === 'appositive') mention.signal = 'title';
  }
  if (!roles.length) return mention;
  // "Andean Green Party Senate leader": a party named with its people's word is whose office it is, whole; its
  // country's word is the party's name, not a country they speak for.
  const partyRole = country ? -1 : roles.findIndex((r) => partyNamedWithCountry(r));
  const namedParty = partyRole >= 0 ? partyNamedWithCountry(roles[partyRole]) : null;
  if (namedParty) roles[partyRole] = namedParty.office;
  mention.role = roles.map(cleanRole).filter(Boolean).join('; ') || null;
  const company = roles.some((r) => companyNamedForCountry(r) || bodyNamedWithCountry(r));
  // "Reserve Bank of India Governor": a body named for its country is the affiliation, not the country.
  const ofPlace = !country && BODY_OF_PLACE.test(mention.role ?? '') ? leadingOrganisation(mention.role ?? '') : null;
  // (Whose office it is, as its owner names it: "Peru's", "The EU's", "Halvex's".)
  const ownerOfOffice = owner ?? titleOwner?.owner ?? setOffOwner?.owner ?? null;
  mention.affiliation =
    country ??
    namedParty?.party ??
    // ("Halvex's UK managing director, X": the body whose office it is, before the country its office is for.)
    ownerOfOffice ??
    // (Not a former office's, for one who acts now: "the chief mediator, former Peruvian president X" speaks for no country;
    // "Tom Vale, a former Chilean judge, was extradited": one named by a former office alone is of its country.)
    (company || ofPlace
      ? null
      : roles
          .filter((r, _, all) => mention.former || !FORMER_OFFICE.test(r) || all.every((o) => FORMER_OFFICE.test(o)))
          .map(homeCountryIn)
          .find(Boolean)) ??
    ofPhrase ??
    // (", Ministry of Foreign Affairs of Peru,": the country a government's body is of; ", University of Chile" is itself.)
    (closingBody && GOVERNMENT_BODY.test(closingBody) ? homeCountryIn(closingBody) : null) ??
    closingBody ??
    appearsFor ??
    memberOf ??
    null;
  // "UN Secretary-General", "European Commission President": the organisation leads the title (of one of the roles:
  // "Councillor Tom Vale, the Lima Party leader," is a councillor and the party's leader).
  const parts = mention.affiliation ? [] : (mention.role ?? '').split('; ');
  const at = parts.findIndex((r) => leadingOrganisation(r));
  if (at >= 0) {
    const org = leadingOrganisation(parts[at])!;
    mention.affiliation = org.organisation;
    parts[at] = org.title;
    mention.role = parts.join('; ');
  }
  return mention;
}

/** Before a name, the office someone named them for: "Police named the pilot as ", "identified the driver as ". */
const NAMED_AS_BEFORE = /\b(?:named|identified|confirmed)\s+(?:the|a|an|its|their)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s+as\s+$/u;

/** "Sen." before a name, "Lt. Gov." ("Lieutenant Governor"), and British style without the full stops ("Sgt Leon
 * Vale", "Det Insp Ana Roy"): the office in full. */
function abbreviatedTitleBefore(tokens: Token[], a: number): string | null {
  const parts: string[] = [];
  let k = a - 1;
  for (;;) {
    const dotted = tokens[k]?.text === '.';
    const word = tokens[dotted ? k - 1 : k]?.text ?? '';
    const office = isCapitalised(word) ? TITLE_ABBREVIATIONS.get(word.toLowerCase()) : undefined;
    // (Without its full stop, only before a name of more than a letter: "Gen Z" is no general.)
    if (!office || (!dotted && !parts.length && (tokens[a]?.text.length ?? 0) < 2)) break;
    parts.unshift(office);
    k -= dotted ? 2 : 1;
  }
  return parts.length ? parts.join(' ') : null;
}

/** After a name: the rest of a list of names, then "(and) other officials" and a verb of taking part. */
const LIST_TOOK_PART =
  /^(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})*,?\s+(?:and|as well as)\s+(?:(?:other|several|some)\s+)?(?:senior\s+)?(?:(\p{Lu}[\p{L}]+)\s+)?(?:senior\s+)?(?:officials|leaders|ministers|delegates|representatives|members)\s+(?:also\s+)?(?:attended|took part|were present|joined)\b/u;

/** After a name: the rest of a list of full names, then a verb of taking part. */
const NAMES_TOOK_PART =
  /^(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3})*,?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}\s+(?:also\s+)?(?:attended|took part|were present|joined the (?:talks|meeting|session)|voted|abstained|dissented)\b/u;

/** Verbs of a result a person may win or lose (a title, a seat, a final). */
const WON = new Set(['won', 'wins', 'claimed', 'retained', 'defended', 'secured', 'lost']);

/** A participant verb right after the name ("Ayumi Kato opened …", "… also met …"). */
function actsAfter(tokens: Token[], b: number): boolean {
  let k = b;
  if (/^(also|then|later|again|briefly|first)$/i.test(tokens[k]?.text ?? '')) k++;
  const verb = tokens[k];
  if (!verb?.word) return false;
  const w = verb.text.toLowerCase();
  // "Jannik Sinner won his first title": a result won by someone his or hers is a person's (a team's is "its" or "their").
  if (WON.has(w) && /^(?:his|her)$/i.test(tokens[k + 1]?.text ?? '')) return true;
  return PARTICIPANT_VERBS.has(w) || SPEECH_VERBS.has(w);
}

/** "Ana Roy, a neighbour, said …", "Tom Vale, his son, told …": a full name set off by a short description (not an
 * office, which the appositives read), then a verb of speaking or taking part. */
function actsAfterAside(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text !== ',' || !/^(?:a|an|the|his|her|their|its)$/i.test(tokens[k + 1]?.text ?? '')) return false;
  for (let j = k + 2; j < k + 9 && tokens[j]; j++) {
    if (tokens[j].text === ',') return actsAfter(tokens, j + 1);
    if (!tokens[j].word || /^\p{Lu}/u.test(tokens[j].text)) return false;
  }
  return false;
}

/** "Ana Roy, who has run the firm since 2019, told …": a full name, a clause of "who" set off by commas, then a verb of
 * speaking or taking part. */
function actsAfterWhoClause(tokens: Token[], k: number): boolean {
  if (!opensWhoClause(tokens, k)) return false;
  for (let j = k + 2; j < k + 30 && tokens[j]; j++) {
    if (tokens[j].text === ',') return actsAfter(tokens, j + 1);
    if (/^[.;:!?"“”]$/.test(tokens[j].text)) return false;
  }
  return false;
}

/** ", his daughter, " right before a name: a short description in lower case after a determiner, set off by commas (not a
 * place's name: "in Lima, Santa Ana, said"). */
function describedBefore(tokens: Token[], a: number): boolean {
  if (tokens[a - 1]?.text !== ',') return false;
  for (let j = a - 2; j >= a - 8 && j > 0; j--) {
    if (!tokens[j].word || !/^\p{Ll}/u.test(tokens[j].text)) return false;
    if (/^(?:a|an|the|his|her|their|its)$/i.test(tokens[j].text)) return tokens[j - 1]?.text === ',';
  }
  return false;
}

/** Verbs only a person's life ends with, after a full name: "Ana Roy has died at 88", "Tom Vale died on Monday". */
function diesAfter(tokens: Token[], k: number): boolean {
  const at = /^(?:has|had)$/i.test(tokens[k]?.text ?? '') ? k + 1 : k;
  return /^(?:died|dies)$/i.test(tokens[at]?.text ?? '');
}

/** Before a name, a prize given to them: "gave the best actor award to ", "First prize went to ", "the gold medal went
 * to ". */
const AWARDED_TO_BEFORE =
  /\b(?:(?:award|prize|medal|trophy|title)\s+(?:went\s+)?to|(?:best\s+[\p{L}-]+|award|prize|medal|trophy)\s+went\s+to|awarded\s+to)\s+$/iu;

/** "…," said Dr. Mariam Kone-Diallo: a speech verb right before the name (an honorific between). */
function speechBefore(tokens: Token[], a: number): boolean {
  const k = beforeHonorific(tokens, a - 1);
  const verb = tokens[k];
  return !!verb?.word && SPEECH_VERBS.has(verb.text.toLowerCase()) && /^[,"”’']$/.test(tokens[k - 1]?.text ?? '');
}

/** "Paraguay's", "Labour's", "the Holy See's" before a name or a title: the owner (a country, or capitalised owner
 * words, which may be joined by "of" or "for": "Harbour University of Technology's"), and the token it starts at. */
function ownerBefore(sentence: string, tokens: Token[], a: number): { owner: string; from: number } | null {
  const mark = tokens[a - 1]?.text;
  // "Thames Water's X", and a plural owner's bare apostrophe: "United Utilities' X".
  const plural = (mark === "'" || mark === '’') && /s$/.test(tokens[a - 2]?.text ?? '');
  if (mark !== "'s" && mark !== '’s' && !plural) return null;
  let k = a - 2;
  // ("The WHO's director": a common word in capitals is an acronym, the owner's name.)
  const ownerWord = (t: Token) => t.word && isCapitalised(t.text) && (isAcronym(t.text) || !COMMON_CAPITALISED.has(t.text.toLowerCase()));
  while (k >= 0 && a - 2 - k < 8 && (ownerWord(tokens[k]) || (/^(?:of|for)$/.test(tokens[k].text) && k > 0 && ownerWord(tokens[k - 1])))) k--;
  if (k === a - 2) return null;
  const owner = sentence.slice(tokens[k + 1].start, tokens[a - 2].end);
  // ("The Kenyan Medical Association's": a body named with its country's word is itself the owner.)
  const body = ORG_WORDS.has(tokens[a - 2].text.toLowerCase()) && !COUNTRY_BY_FORM.has(owner);
  return { owner: COUNTRY_BY_FORM.get(owner) ?? (body ? owner : firstCountryIn(owner)) ?? owner, from: k + 1 };
}

/** ", of the UK union Unison," after a name: the organisation the person comes from. */
function setOffOfPhrase(sentence: string, tokens: Token[], b: number): string | null {
  if (tokens[b]?.text.toLowerCase() === 'of') return bodyOfAfter(sentence, tokens, b);
  if (tokens[b]?.text !== ',' || tokens[b + 1]?.text.toLowerCase() !== 'of') return null;
  let k = b + 2;
  while (k < tokens.length && k - b < 12 && (tokens[k].word || tokens[k].text === "'s" || tokens[k].text === '’s' || tokens[k].text === '-')) k++;
  if (k === b + 2 || (tokens[k] && !/^[,.;)]$/.test(tokens[k].text))) return null;
  // (", of the campaign group Save Lima Bay,": the kind of body in lower case before its name is no part of it.)
  const the = tokens[b + 2].text.toLowerCase() === 'the' ? b + 3 : b + 2;
  const from = the + kindBefore(tokens, the);
  if (from >= k) return null;
  const phrase = sentence.slice(tokens[from].start, tokens[k - 1].end);
  return /\p{Lu}/u.test(phrase) ? phrase : null;
}

/** "said Ana Roy of the Federation of Small Businesses", "Tom Vale of Lima Water Services told …": an organisation's
 * capitalised name right after the name and "of" (a body's word in it, or "the" before it; not "Lord Vale of Lima"). */
function bodyOfAfter(sentence: string, tokens: Token[], b: number): string | null {
  const span = bodyOfSpan(tokens, b);
  return span ? sentence.slice(tokens[span.from].start, tokens[span.end - 1].end) : null;
}

/** "… of Lima Water and Ana Roy of Vale Power": at `k`, an "and" before capitalised words and their own "of", the next
 * person's, which ends the body's name: where that "of" is, or -1. */
function nextOf(tokens: Token[], k: number): number {
  if (tokens[k].text !== 'and') return -1;
  let j = k + 1;
  while (j < tokens.length && j - k <= 4 && tokens[j].word && isCapitalised(tokens[j].text)) j++;
  return j > k + 1 && tokens[j]?.text === 'of' ? j : -1;
}

/** The tokens of the organisation's name after "of" at `b` (from its first word to the token after it), if one is there. */
function bodyOfSpan(tokens: Token[], b: number, nested = false): { from: number; end: number } | null {
  let from = tokens[b + 1]?.text.toLowerCase() === 'the' ? b + 2 : b + 1;
  // ("said Ana Roy of the campaign group Clean Rivers": the kind of body in lower case before its name, which it makes a body's.)
  const kind = from === b + 2 ? kindBefore(tokens, from) : 0;
  from += kind;
  let k = from;
  let body = kind > 0;
  while (k < tokens.length && k - from < 8) {
    const t = tokens[k];
    if (t.word && isCapitalised(t.text) && !COMMON_CAPITALISED.has(t.text.toLowerCase())) {
      body ||= ORG_WORDS.has(t.text.toLowerCase()) || COMPANY_WORDS.has(t.text.toLowerCase());
      k++;
    } else if (/^(?:of|for|and|&|'s|’s)$/.test(t.text) && k > from && tokens[k + 1]?.word && isCapitalised(tokens[k + 1].text)) {
      // ("Ana Roy of Lima Water and Tom Vale of Vale Power": the next person's "of" ends this name, and a body there makes
      // this one a body too.)
      const next = nextOf(tokens, k);
      if (next < 0) {
        k++;
        continue;
      }
      // (Only one look ahead: a long list of such pairs is read in a time linear in its length.)
      body ||= !nested && bodyOfSpan(tokens, next, true) !== null;
      break;
    } else break;
  }
  if (k === from || (!body && from === b + 1)) return null;
  // The name ends there: punctuation, or the sentence goes on in lower case ("… of the Federation said").
  if (tokens[k] && !/^[,.;:)]$/.test(tokens[k].text) && !(tokens[k].word && /^\p{Ll}/u.test(tokens[k].text))) return null;
  return { from, end: k };
}

/** How many tokens at `from` are a kind of body in lower case before a capitalised name ("campaign group", "charity"): up to
 * three words, the last a body's kind; 0 when there are none. */
function kindBefore(tokens: Token[], from: number): number {
  for (let n = 1; n <= 3; n++) {
    const last = tokens[from + n - 1];
    if (!last?.word || !/^\p{Ll}/u.test(last.text)) return 0;
    if (BODY_KINDS.has(last.text) && tokens[from + n]?.word && isCapitalised(tokens[from + n].text)) return n;
  }
  return 0;
}

/** Verbs that give the one named right after them an office, which may follow the name with no "as": "named Ana Roy its
 * chief executive", "elected Tom Vale president". */
const NAMING_VERBS = new Set(['named', 'names', 'appointed', 'appoints', 'elected', 'elects', 'made', 'makes', 'chose', 'picked', 'tapped']);

/** The office an election or appointment gives, after the name: "was elected president of …", "has been named as …", "took
 * over as music director of …", "became head of …". */
const GIVEN_FIRST = new Set(['was', 'is', 'has', 'had', 'were', 'took', 'takes', 'became', 'becomes']);
const GIVEN_OFFICE =
  /^(?:(?:was|is|has been|had been|were) (?:re-?elected|elected|appointed|named|sworn in|confirmed|returned)(?: unopposed)?(?: as)?|(?:took|takes) over as|became|becomes)$/i;

/** "… Gino Fabbri as president of the chess federation", "X was elected president of the IOC": an office given after the name. */
function asTitleAfter(sentence: string, tokens: Token[], b: number, namedBy = false): string | null {
  let k = b + 1;
  // "re-elected X for a fourth term as president": the term is no part of the office.
  if (/^for$/i.test(tokens[b]?.text ?? '') && /^(?:a|an|the|another)$/i.test(tokens[b + 1]?.text ?? '')) {
    const term = tokens.slice(b + 2, b + 6).findIndex((t) => /^terms?$/i.test(t.text));
    if (term >= 0 && /^as$/i.test(tokens[b + 3 + term]?.text ?? '')) {
      b += 3 + term;
      k = b + 1;
    }
  }
  const first = tokens[b]?.text.toLowerCase() ?? '';
  // "named Ana Roy its new chief executive", "elected Tom Vale president of the union": the office opens right after the name.
  if (namedBy && first !== 'as' && !GIVEN_FIRST.has(first) && tokens[b]?.word) k = b;
  else if (first !== 'as') {
    if (!GIVEN_FIRST.has(first)) return null;
    // The longest run of words that gives the office ("was returned unopposed as").
    const given = [5, 4, 3, 2, 1].find(
      (n) =>
        tokens.slice(b, b + n).every((t) => t.word) &&
        GIVEN_OFFICE.test(
          tokens
            .slice(b, b + n)
            .map((t) => t.text)
            .join(' '),
        ),
    );
    if (!given) return null;
    k = b + given;
  }
  if (/^(the|a|an|its|their|his|her)$/i.test(tokens[k]?.text ?? '')) k++;
  // "as the organisation's next secretary-general", "as its new chief executive": whose office, and that it is new,
  // are no part of it.
  // (A country's, though, is whose office it is: "sworn in as Chile's president".)
  const owner = tokens[k]?.word && /^['’]s$/.test(tokens[k + 1]?.text ?? '') ? k : -1;
  if (owner >= 0) k += 2;
  if (/^(?:new|next|incoming)$/i.test(tokens[k]?.text ?? '')) k++;
  const from = k;
  // "… president of FIFA on Thursday": the day is no part of the office.
  while (
    k < tokens.length &&
    k - from < 10 &&
    tokens[k].word &&
    !isCalendarWord(tokens[k].text) &&
    (isCapitalised(tokens[k].text) || LOWER_IN_TITLE(tokens[k].text.toLowerCase()))
  )
    k++;
  // "as president of the central bank": a body's word in lower case ends the office the words before it qualify.
  if (k > from && tokens[k]?.word && ORG_WORDS.has(tokens[k].text) && TITLE_MODIFIERS.has(tokens[k - 1].text.toLowerCase())) k++;
  while (k > from && TITLE_CONNECTORS.has(tokens[k - 1].text.toLowerCase())) k--;
  // ("X and Y were elected as vice-presidents": each holds the office, one.)
  const single = (w: string) => (isTitleHead(w) ? w : (singularTitleHead(w) ?? w));
  const headAt = tokens.slice(from, k).findIndex((t) => isTitleHead(single(t.text)));
  if (k <= from || headAt < 0 || headAt > 2) return null;
  const office = sentence.slice(tokens[from].start, tokens[k - 1].end);
  const country = owner >= 0 ? COUNTRY_BY_FORM.get(tokens[owner].text) : undefined;
  const held = k - from === 1 ? single(office) : office;
  return country ? `${held} of ${country}` : held;
}

/** A clause's finite verb: "was", "had", "could", "stayed" … */
const CLAUSE_VERB = new RegExp(`^(?:${FINITE_VERB})$`, 'u');

/** A finite verb within the next few words, before any comma: the words from `k` are a clause's subject and verb ("its
 * minister was attending"), not an office. */
function clauseVerbAfter(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j - k < 6 && tokens[j].word; j++) if (CLAUSE_VERB.test(tokens[j].text)) return j > k;
  return false;
}

/** Past a phrase set off by commas right after the name (", a porter at the city hospital,"): where the
 * sentence goes on, or -1 when no such phrase stands there. */
function afterSetOff(tokens: Token[], b: number): number {
  if (tokens[b]?.text !== ',') return -1;
  for (let k = b + 1; k < tokens.length && k - b <= 16; k++) {
    if (tokens[k].text === ',') return k > b + 1 ? k + 1 : -1;
    if (!tokens[k].word && !/^(?:'s|’s|-|\.)$/.test(tokens[k].text)) return -1;
  }
  return -1;
}

/** The word before a name (past an honorific) is an office: "President Putin", "Minister Dr. Souza". */
function endsInOffice(tokens: Token[], a: number): boolean {
  const k = beforeHonorific(tokens, a - 1);
  if (tokens[k]?.text === ',') return true; // a set-off title: "the finance minister, Godo"
  return !!tokens[k]?.word && isTitleHead(tokens[k].text);
}

/** "the" right before the name, or before a country's adjective there ("the Peruvian Blue Lantern") or a count of what it
 * is made of ("the five-nation Andean Water Board"). */
function theBefore(tokens: Token[], a: number): boolean {
  let k = tokens[a - 1] && COUNTRY_BY_FORM.has(tokens[a - 1].text) ? a - 2 : a - 1;
  if (COUNTED_WORD.test(tokens[k]?.text ?? '')) k--;
  return tokens[k]?.text.toLowerCase() === 'the';
}

/** Where a study appeared: "published (on Monday) in", "in the journal". */
const PUBLISHED_IN = /\b(?:published|appeared|appearing|reported)\b[^.;,]{0,30}\bin\s+(?:the\s+)?(?:journal\s+)?$|\bin the journal\s+$/i;

/** A kind of body or business set off by a comma before a name: "the battery supplier, Andes Cells", "its parent company,
 * Halvex Group"; not the body of someone's office ("the head of the group, Ana Roy", "a spokesman for the company, …"). */
function kindSetOffBefore(tokens: readonly Token[], a: number): boolean {
  if (tokens[a - 1]?.text !== ',' || !isBodyKind(tokens[a - 2]?.text ?? '')) return false;
  let j = a - 3;
  while (j >= a - 4 && j >= 0 && tokens[j].word && /^\p{Ll}/u.test(tokens[j].text) && !DETERMINER.test(tokens[j].text)) j--;
  const before = tokens[j]?.text ?? '';
  if (!DETERMINER.test(before) && !/^['’]s$/.test(before)) return false;
  return !/^(?:of|for|at|with|from|by|to)$/.test(tokens[j - 1]?.text ?? '');
}

/** A kind of body or business set off by commas after a name: "Andes Grid, the local utility, said", "Halvex, a drug company,
 * …"; not the body of someone's office ("Ana Roy, the head of the group,", "Tom Vale, the company's founder,"). */
function kindSetOffAfter(tokens: readonly Token[], b: number): boolean {
  if (tokens[b]?.text !== ',' || !DETERMINER.test(tokens[b + 1]?.text ?? '')) return false;
  let j = b + 2;
  while (j <= b + 4 && tokens[j]?.word && /^\p{Ll}/u.test(tokens[j].text) && !isBodyKind(tokens[j].text) && !LINKING.test(tokens[j].text)) j++;
  return isBodyKind(tokens[j]?.text ?? '') && tokens[j + 1]?.text === ',';
}

/** A kind of body or of business: "group", "charity", "utility", "supplier". */
const isBodyKind = (word: string) => BODY_KINDS.has(word) || BUSINESS_KINDS.has(word);

/** Small words that tie one noun phrase to another: a kind after them is of another body ("the head of the group"). */
const LINKING = /^(?:of|for|at|with|from|by|to|in|on|and|or|the|a|an|its|their)$/;

/** The words that open a noun phrase before a kind of body: "the", "its". */
const DETERMINER = /^(?:the|The|its|Its|their|Their|a|A|an|An)$/;

/** A nickname in quotation marks between a given name and a surname: Liam "No money" Byrne. (The quotation mark comes first,
 * so the name before it is looked for only where there is one.) */
const NICKNAME = /["“](?<=\b\p{Lu}[\p{L}'’-]+ ["“])[^"“”\n]{1,30}["”](?= \p{Lu})/gu;

export function findMentions(sentences: readonly Sentence[]): Mention[] {
  const mentions: Mention[] = [];
  // The names the text once calls a body by its kind ("made by drug company Halvex Pharma"): where the same name only
  // acts elsewhere ("Halvex Pharma said it would …"), it is that body still, not a person.
  const bodies = new Set<string>();
  for (const original of sentences) {
    // (This sentence's mentions are the ones pushed from here on.)
    const own = mentions.length;
    // The nickname is blanked out (offsets kept), so the name reads as given name and surname.
    const s = NICKNAME.test(original.text) ? { ...original, text: original.text.replace(NICKNAME, (m) => ' '.repeat(m.length)) } : original;
    NICKNAME.lastIndex = 0;
    const tokens = withoutSuffixStops(tokenize(s.text));
    const runs = nameRuns(tokens);
    for (const [a, b] of runs) {
      // "the UN's Emergency Relief Coordinator": capitalised words before an office name the office; though letters after
      // a full name are the person's ("Tom Vale MP said").
      if (tokens[b]?.word && isCapitalised(tokens[b].text) && isTitleHead(tokens[b].text) && !(b - a >= 2 && POSTNOMINALS.has(tokens[b].text))) continue;
      // "University of Southampton", "Trade and Investment": one capitalised word after a connector
      // ends the name of a body or a portfolio; a person's surname alone follows a title or an honorific.
      if (b - a === 1 && /^(of|for|and|on|in|at|to)$/.test(tokens[a - 1]?.text ?? '') && !/^['’]s$/.test(tokens[b]?.text ?? '')) continue;
      // "Minister of Petroleum and Natural Gas Ravi Nair": the portfolio's last words ran into the name (not after a
      // full name: "Ketanji Brown Jackson and Amy Coney Barrett" is two people).
      const afterFullName = tokens[a - 1]?.text === 'and' && runs.some(([x, y]) => y === a - 1 && y - x >= 2);
      if (b - a >= 3 && /^(of|for|and)$/.test(tokens[a - 1]?.text ?? '') && !afterFullName) {
        mentions.push(readMention(s, tokens, runs, b - 2, b));
        continue;
      }
      // "the London School of Hygiene and Tropical Medicine said": the end of a body's name after its "and".
      if (b - a === 2 && /^(?:and|of|for)$/.test(tokens[a - 1]?.text ?? '') && bodyNameBefore(tokens, a - 1)) continue;
      // "environmental group Haze Watch said": a body named after the kind of body it is, not a person.
      // ("the rights group Lima Ally": an office's word may open the body's name, before one more word.)
      let k = a - 1;
      while (b - a === 1 && k >= a - 2 && k > 0 && tokens[k].word && isCapitalised(tokens[k].text) && isTitleWord(tokens[k].text)) k--;
      const kind = tokens[k]?.text ?? '';
      // ("the battery supplier, Andes Cells of Osaka", "its parent company, Halvex Group": set off by a comma.)
      if (
        BODY_KINDS.has(kind) ||
        (k >= 1 && BODY_KIND_PAIRS.has(`${tokens[k - 1].text} ${kind}`.toLowerCase())) ||
        kindSetOffBefore(tokens, a) ||
        kindSetOffAfter(tokens, b)
      ) {
        bodies.add(s.text.slice(tokens[a].start, tokens[b - 1].end));
        continue;
      }
      // "the PM Lima Kant scheme", "the Ana Roy prize": a thing named after a name, not the person.
      if (NAMED_THING.test(s.text.slice(tokens[b - 1].end, tokens[b - 1].end + 24))) continue;
      // "a study published on Monday in Nature Astronomy said": a journal, not a person.
      if (PUBLISHED_IN.test(s.text.slice(Math.max(0, tokens[a].start - 60), tokens[a].start))) continue;
      // "analysts at Halvard Sachs said", "a spokesman for Air Lanka": a body its staff speak for.
      if (/^(?:at|for|from|with)$/.test(tokens[a - 1]?.text ?? '') && STAFF_KINDS.has(tokens[a - 2]?.text.toLowerCase() ?? '')) continue;
      const mention = readMention(s, tokens, runs, a, b);
      // "the Peruvian Blue Lantern said": a person named only by what they do is never "the" one.
      if (mention.signal === 'action' && theBefore(tokens, a)) continue;
      // "Minister for Public Expenditure, Fergal Dunne": a lone word whose "title" does not end in an
      // office ran on from the office's portfolio.
      if (b - a === 1 && mention.signal === 'title' && !endsInOffice(tokens, a)) continue;
      mentions.push(mention);
    }
    // "PRIME MINISTER ROY: Good afternoon.": a transcript's speaker, by office and surname, opening a paragraph.
    if (original.paragraph !== sentences[original.index - 1]?.paragraph) {
      const speaker = speakerLabel(s.text, s.index);
      if (speaker) mentions.push(speaker);
    }
    if (RESPECTIVELY_WORD.test(s.text)) givenRespectively(s.text, mentions.slice(own));
    if (/['’]s, /.test(s.text)) givenByEllipsis(s.text, mentions.slice(own));
  }
  return bodies.size ? mentions.filter((m) => !(bodies.has(m.name) && (m.signal === 'action' || m.signal === 'none'))) : mentions;
}

/** A transcript's speaker label in capitals: an office or an honorific, then the surname ("CHANCELLOR VALE:", "MR. ROY:"). */
const SPEAKER_LABEL = /^((?:\p{Lu}[\p{Lu}'’.-]*\s+){1,4})(\p{Lu}[\p{Lu}'’-]+):\s/u;
const titleCased = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();

/** A transcript speaker's label as a reader writes it ("PRIME MINISTER ROY: …" → "Prime Minister Roy"), or null. */
export function speakerOf(text: string): string | null {
  const m = speakerLabel(text, 0);
  return m ? [m.role, m.name].filter(Boolean).join(' ') : null;
}

/** The speaker a paragraph's label names, as a mention with the office the label gives; null for "QUESTION:", "MODERATOR:". */
function speakerLabel(text: string, sentence: number): Mention | null {
  const m = SPEAKER_LABEL.exec(text);
  if (!m) return null;
  const words = m[1].trim().split(/\s+/);
  // ("PRESIDENT VON DER LEYEN:": the small words of a name are the surname's, in lower case.)
  let particles = 0;
  while (particles < words.length - 1 && NAME_PARTICLES.has(words[words.length - 1 - particles].toLowerCase())) particles++;
  const office = words.slice(0, words.length - particles);
  const surname = m[2];
  const lower = (w: string) => w.toLowerCase().replace(/\.$/, '');
  if (!office.every((w) => isTitleWord(lower(w)) || HONORIFICS.has(lower(w)))) return null;
  // (A surname may be a word of a country's name, "PRESIDENT MARINO:", though not a country: "MINISTER PERU:".)
  if (isTitleWord(surname.toLowerCase()) || COMMON_CAPITALISED.has(surname.toLowerCase()) || COUNTRY_BY_FORM.has(titleCased(surname))) return null;
  const start = m[1].length - words.slice(office.length).reduce((n, w) => n + w.length + 1, 0);
  const name = [...words.slice(office.length).map((w) => w.toLowerCase()), titleCased(surname)].join(' ');
  const titles = office.filter((w) => !HONORIFICS.has(lower(w))).map(titleCased);
  return {
    name,
    sentence,
    start,
    end: m[1].length + surname.length,
    role: titles.length && titles.some((w) => isTitleHead(w)) ? titles.join(' ') : null,
    affiliation: null,
    signal: titles.length ? 'title' : 'honorific',
    former: false,
  };
}

/** A party named by one word and "Party": "the Labour Party". */
const PARTY_NAME = /\b(\p{Lu}\p{Ll}+) Party\b/gu;
/** Before a name: capitalised words, then a member's office in lower case ("Free Left leader "); the words are group 1. */
const PARTY_RUN_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:${[...MEMBER_OFFICES].join('|')})\s+$`, 'u');

/** An affiliation that is only a body's last word, which names no body alone ("Alliance leader Ana Roy", "Agency director
 * Tom Vale"): the body the text names in full with it ("the opposition Andes Alliance"), when it names one only; else it
 * stays as it is. A party's word its leader goes by ("Labour leader Ana Roy") is the party the text names with it ("the
 * Labour Party"). */
export function fullBodyNames(people: readonly Person[], texts: readonly string[]): void {
  const full = new Map<string, string | null>();
  // (The parties the text names, read once: a text may name thousands of people, each with a word of their own.)
  let parties: Set<string> | null = null;
  for (const p of people) {
    // "Free Left leader Ana Roy" in a report that names "the governing Free Left party": the party whose name stands
    // before a member's office.
    if (!p.affiliation && p.roles.some((r) => MEMBER_OFFICES.has(r.toLowerCase()))) {
      const run = p.mentions.map((m) => PARTY_RUN_BEFORE.exec((texts[m.sentence + 1] ?? '').slice(Math.max(0, m.start - 60), m.start))?.[1]).find(Boolean);
      const named = run ? new RegExp(String.raw`\b${escapeRegExp(run)}\s+party\b`) : null;
      if (run && named && texts.some((t) => named.test(t))) p.affiliation = run;
    }
    const head = p.affiliation;
    if (!head || !/^\p{Lu}\p{Ll}+$/u.test(head)) continue;
    // "Labour leader X" in a report that names the "Labour Party": the party, by its name.
    if (!BODY_HEADS.has(head.toLowerCase())) {
      parties ??= new Set(texts.flatMap((t) => [...t.matchAll(PARTY_NAME)].map((m) => m[1])));
      if (parties.has(head)) p.affiliation = `${head} Party`;
      continue;
    }
    if (!full.has(head)) {
      const names = new Set<string>();
      const named = new RegExp(`((?:\\p{Lu}[\\p{L}'’&.-]*\\s+){1,4})${head}\\b`, 'gu');
      for (const text of texts) for (const m of text.matchAll(named)) names.add(`${m[1]}${head}`.replace(/^(?:The|A|An)\s+/, ''));
      names.delete(head);
      full.set(head, names.size === 1 ? [...names][0] : null);
    }
    p.affiliation = full.get(head) ?? head;
  }
}

/** A person known by one word, named in full with it last in the headline ("… by Prime Minister Ana Roy and …"): that
 * full name (a transcript's speakers are named in full only there). */
export function fullNamesFromHeadline(people: Person[], title: string | null): void {
  if (!title || people.every((p) => p.name.includes(' '))) return;
  const tokens = tokenize(title);
  for (const p of people) {
    if (p.name.includes(' ')) continue;
    const at = tokens.findIndex((t) => t.text === p.name);
    let from = at;
    while (from > 0 && at - from < 3 && tokens[from - 1].word && isNameWord(tokens[from - 1].text)) from--;
    if (at > 0 && from < at)
      p.name = tokens
        .slice(from, at + 1)
        .map((t) => t.text)
        .join(' ');
  }
}

/** "Peru's Foreign Minister, Ana Roy, and Chile's, Tom Vale,": the office left out after the second owner is the first's. */
const ELLIPTICAL_OWNER = /^,\s+and\s+(\p{Lu}[\p{L}'’. -]{1,40}?)['’]s,\s+$/u;

function givenByEllipsis(text: string, mentions: Mention[]): void {
  for (const [i, m] of mentions.entries()) {
    const prev = mentions[i - 1];
    if (!prev?.role || m.role || prev.end >= m.start) continue;
    const owner = ELLIPTICAL_OWNER.exec(text.slice(prev.end, m.start))?.[1];
    const country = owner ? COUNTRY_BY_FORM.get(owner) : undefined;
    if (!country) continue;
    m.role = prev.role;
    m.affiliation ??= country;
    if (m.signal === 'none' || m.signal === 'honorific') m.signal = 'title';
  }
}

const RESPECTIVELY_WORD = /\brespectively\b/i;
/** "Defence ministers of Peru, Chile and Bolivia — Ana Roy, Tom Vale and Ivo Kant, respectively —": an office in the
 * plural over countries, then the names in the same order. */
const RESPECTIVELY = /\b((?:[\p{L}-]+\s+){0,3}?\p{L}+s)\s+of\s+([^—–(;]{3,160}?)\s*[—–(,]\s*([^—–();]{3,200}?),?\s+respectively\b/iu;

/** Gives each name of a "respectively" list the office (made singular) and the country in the same place. */
function givenRespectively(text: string, mentions: Mention[]): void {
  // (Read only in the words before the first "respectively": a bounded window, whatever the sentence's length.)
  const at = text.search(RESPECTIVELY_WORD);
  const m = RESPECTIVELY.exec(text.slice(Math.max(0, at - 400), at + 'respectively'.length));
  if (!m) return;
  const words = m[1].trim().split(/\s+/);
  const head = singularTitleHead(words.at(-1)!.toLowerCase());
  if (!head) return;
  const countries = findCountries(m[2]).map((c) => c.country);
  const names = m[3].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((n) => n.trim());
  if (countries.length < 2 || countries.length !== names.length) return;
  const role = [...words.slice(0, -1), head].join(' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  for (const [i, name] of names.entries()) {
    const mention = mentions.find((x) => x.name === name);
    if (!mention) continue;
    mention.role ??= role;
    mention.affiliation ??= countries[i];
    if (mention.signal === 'none' || mention.signal === 'honorific') mention.signal = 'title';
  }
}

/** The organisation a title opens with: an acronym ("NATO"), or capitalised words ending in an
 * organisation word ("European Commission", "World Bank"), before the office itself. */
export const leadingOrganisation = memoize((role: string): { organisation: string; title: string } | null => {
  // "MBA student", "PhD student": a degree, no body.
  if (DEGREES.has(role.split(' ')[0].toLowerCase())) return null;
  // "Interpol's executive director of police services", "the Commission's executive vice-president": the owner.
  const owner = POSSESSIVE_OWNER.exec(role);
  const ownerTitle = owner?.[2]
    .split(' ')
    .slice(0, 4)
    .some((w) => isTitleHead(w));
  if (owner && ownerTitle) return { organisation: owner[1], title: owner[2] };
  // "Halvex boss", "Pacifica Air chief executive": a company's name, one to three words, before an office in lower case.
  // ("Halvex CEO": an office's letters, too.)
  const company = /^(\p{Lu}[\p{L}&.-]+(?:\s\p{Lu}[\p{L}&.-]+){0,2})\s+(\p{Ll}[\p{Ll}\s-]*|CEO|CFO|COO|CTO)$/u.exec(role);
  // ("Consumer minister": a portfolio, not a company; companies have no ministers.)
  if (company && !GOVERNMENT_OFFICE.test(company[2]) && mayNameCompany(company[1].split(' ')[0]) && company[2].split(' ').some((w) => isTitleHead(w)))
    return { organisation: company[1], title: company[2] };
  // ("Health Canada chief executive": a body named with a common noun and its country, though that noun names no company.)
  if (company && bodyNamedWithCountry(role)) return { organisation: company[1], title: company[2] };
  // "UN Secretary-General", "EU foreign policy chief" (but "UN Security Council president", "AB Lima chairman" name a body, above).
  // ("W3C chief executive", "G20 president": an acronym may hold a digit.)
  // ("AfD co-leader": one small letter inside.)
  const acronym = /^(\p{Lu}[\p{Lu}\d]+|\p{Lu}\p{Ll}\p{Lu}\p{Lu}?)\s+(.+)$/u.exec(role);
  // ("CEO of Halvex Grid": an office's letters, then the body it heads, as "chief executive of …" is.)
  if (acronym && !/^of\s/.test(acronym[2])) return { organisation: acronym[1], title: acronym[2] };
  // "Bank of England Governor", "Central Bank of the UAE Governor": a body named for its place.
  const ofPlace = BODY_OF_PLACE.exec(role);
  if (ofPlace && ORG_WORDS.has(ofPlace[2].toLowerCase()) && isTitleHead(ofPlace[4].split(' ')[0])) return { organisation: ofPlace[1], title: ofPlace[4] };
  const words = role.split(' ');
  const head = words.findIndex((w) => isTitleHead(w));
  if (head < 2) return null;
  const lead = words.slice(0, head);
  while (lead.length && TITLE_MODIFIERS.has(lead.at(-1)!.toLowerCase()) && !ORG_WORDS.has(lead.at(-1)!.toLowerCase())) lead.pop();
  if (lead.length < 2 || !lead.every((w) => isCapitalised(w)) || !ORG_WORDS.has(lead.at(-1)!.toLowerCase())) return null;
  // "External Affairs Minister", "Home Affairs Minister": a portfolio, every word of it, not an organisation.
  if (lead.every((w) => TITLE_MODIFIERS.has(w.toLowerCase()))) return null;
  if (COUNTRY_BY_FORM.has(lead.join(' '))) return null;
  return { organisation: lead.join(' '), title: words.slice(lead.length).join(' ') };
}, 5000);

/** Capitalised words ending in a body's word, "of", its place, then the office: "Reserve Bank of India Governor". */
const BODY_OF_PLACE = /^((?:\p{Lu}[\p{L}-]*\s+)*(\p{Lu}[\p{L}-]*)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}?))\s+(\S.*)$/u;

/** Capitalised owner words and their possessive at the start of an office. */
const POSSESSIVE_OWNER = /^((?:[\p{Lu}][\p{L}.&-]*\s+(?:(?:of|for|and|the)\s+)*){0,5}[\p{Lu}][\p{L}.&-]*)['’]s\s+(.+)$/u;

const nameKey = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
/** A name's words, folded, without particles. */
const nameWords = memoize((name: string): string[] =>
  nameKey(name)
    .split(/\s+/)
    // "el-sisi" is "sisi": a later mention writes the name without its particle.
    .map((w) => (w.includes('-') && NAME_PARTICLES.has(w.split('-')[0]) ? w.slice(w.indexOf('-') + 1) : w))
    .filter((w) => !NAME_PARTICLES.has(w)),
);

/** The people found so far, filed by the words of their names: whom a name could match is looked up, not tried against
 * everyone (a list of thousands of names would take time growing with its square). namesMatch still decides. */
class NameIndex {
  /** Each word, the people whose names hold it. */
  private readonly byWord = new Map<string, Set<Person>>();
  /** Each set of words (sorted, joined), the people whose names are exactly those words. */
  private readonly byWords = new Map<string, Set<Person>>();

  private static key(words: readonly string[]): string {
    return [...new Set(words)].sort().join(' ');
  }

  add(p: Person): void {
    const words = nameWords(p.name);
    for (const w of words) {
      const people = this.byWord.get(w);
      if (people) people.add(p);
      else this.byWord.set(w, new Set([p]));
    }
    const key = NameIndex.key(words);
    const same = this.byWords.get(key);
    if (same) same.add(p);
    else this.byWords.set(key, new Set([p]));
  }

  /** A fuller name for someone ("President Biden" → "Joe Biden"): filed anew. */
  rename(p: Person, name: string): void {
    this.byWords.get(NameIndex.key(nameWords(p.name)))?.delete(p);
    p.name = name;
    this.add(p);
  }

  /** The people whose names hold every word of this one ("Roy" → "Ana Roy"), in the order they were found: among those
   * filed under its rarest word. */
  holding(name: string): Person[] {
    let fewest: Set<Person> | undefined;
    for (const w of nameWords(name)) {
      const people = this.byWord.get(w);
      if (!people) return [];
      if (!fewest || people.size < fewest.size) fewest = people;
    }
    return fewest ? [...fewest].filter((p) => namesMatch(name, p.name)) : [];
  }

  /** The people every word of whose names is in this one ("Joe Biden" → "Biden"): looked up by each set of its words. */
  within(name: string): Person[] {
    const words = [...new Set(nameWords(name))];
    const found = new Set<Person>();
    if (words.length > 8) {
      for (const w of words) for (const p of this.byWord.get(w) ?? []) if (namesMatch(p.name, name)) found.add(p);
      return [...found];
    }
    for (let subset = 1; subset < 1 << words.length; subset++) {
      const people = this.byWords.get(NameIndex.key(words.filter((_, i) => subset & (1 << i))));
      for (const p of people ?? []) found.add(p);
    }
    return [...found];
  }
}

/** True when the shorter name is a part of the longer ("Wang" of "Wang Yi", "Tomas Vela" of "Tomas Luis Nunes Vela"). */
export function namesMatch(short: string, long: string): boolean {
  const s = nameWords(short),
    l = new Set(nameWords(long));
  return s.length > 0 && s.every((w) => l.has(w));
}

/** Between a name and its absence phrase: no quotation, no reported clause, no new subject. */
const ABSENCE_GAP = /["“”]|\b(?:that|said|says|told|insisted|while|whose|whom)\b|[;:]/i;
/** A relative clause closed between them belongs to the name: "Ana Roy, whose state would be affected, did not attend". */
const CLOSED_RELATIVE = /^,\s+(?:who|whose|which)\b[^,;:"“”]*,\s*$/;
/** Between them, the person saying it of themselves: ", said in a statement that he ", ", told reporters she ".
 * ("Ana Roy said Tom Vale would not attend": the name nearer the phrase is the one absent.) */
const SAYS_OF_SELF =
  /^(?:,[^,;"“”]{1,80},|,)?\s+(?:said|says|told\s+(?:reporters|journalists|delegates|the\s+\p{Ll}+)|announced|confirmed|wrote)(?:\s+(?:in|on|at|to|through|via|from)\s+[^,;"“”]{1,60}?)?\s+(?:that\s+)?(?:he|she)\s+$/u;
/** A new subject named between them: ", and Russia did not attend", "… its ambassador, Ana Roy, after its minister stayed
 * home" (a clause of its own whose subject is someone else, named by office); or someone else's relative clause: "Ana Roy
 * came in place of her minister, who stayed home". */
const NEW_SUBJECT =
  /,\s+(?:and|but)\s+(?:the\s+)?\p{Lu}|\b(?:after|because|as|since|when)\s+(?:its|his|her|their|the)\s+(?:[\p{Ll}-]+\s+){0,3}$|\b(?:its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+who\s+$/u;

/** Marks, for each sentence stating an absence, the person named nearest before it. */
function absentNames(sentences: readonly Sentence[], mentions: readonly Mention[], bySentence: ReadonlyMap<number, readonly Mention[]>): Set<Mention> {
  const absent = new Set<Mention>();
  // The words of every name given with a title or the like: a bare surname among them is a known person's.
  let signalledWords: Set<string> | null = null;
  for (const s of sentences) {
    const m = ABSENCE.exec(s.text);
    if (!m) continue;
    // "X could not fly to Lima, and spoke to the session over a video link": away in person, there from afar, in the same
    // clause with no one else named before it.
    const rest = s.text.slice(m.index + m[0].length).split(';')[0];
    const remote = REMOTE.exec(rest);
    const afar = remote && !(bySentence.get(s.index) ?? []).some((x) => x.start > m.index && x.start < m.index + m[0].length + remote.index);
    if (afar) continue;
    const any = (bySentence.get(s.index) ?? []).filter((x) => x.end <= m.index);
    const before = any.filter((x) => x.signal !== 'none');
    // "… its state secretary, Ana Roy, as Vale was ill": a person named elsewhere by their surname alone is nearer.
    signalledWords ??= new Set(mentions.filter((o) => o.signal !== 'none').flatMap((o) => nameWords(o.name)));
    const known = any.filter((x) => x.signal === 'none' && nameWords(x.name).every((w) => signalledWords!.has(w)));
    const candidates = before.length ? [...before, ...known].sort((x, y) => x.end - y.end) : any;
    const nearest = candidates.at(-1);
    // "Godo insisted that "no flag was absent"": the phrase must belong to the name's own clause.
    const gap = nearest ? s.text.slice(nearest.end, m.index) : '';
    if (nearest && (CLOSED_RELATIVE.test(gap) || SAYS_OF_SELF.test(gap) || (!ABSENCE_GAP.test(gap) && !NEW_SUBJECT.test(gap)))) {
      absent.add(nearest);
      // "President Ana Roy and Prime Minister Tom Vale did not attend": every name of the subject joined to it.
      for (let i = candidates.length - 2; i >= 0 && joinedSubject(s.text.slice(candidates[i].end, candidates[i + 1].start)); i--) absent.add(candidates[i]);
    }
  }
  // An absence said before the name: "France are missing captain Ana Roy", "Apologies were received from Councillor Ana Roy".
  for (const x of mentions) {
    const before = sentences[x.sentence]?.text.slice(Math.max(0, x.start - 60), x.start) ?? '';
    if (x.signal !== 'none' && ABSENT_BEFORE.some((re) => re.test(before))) absent.add(x);
  }
  return absent;
}

/** Between two names of one subject: "and", or a comma, then only the next one's title ("and Prime Minister",
 * ", New Zealand's"). */
function joinedSubject(gap: string): boolean {
  const m = /^(?:\s*,)?\s+and\s+|^\s*,\s+/.exec(gap);
  if (!m) return false;
  return gap
    .slice(m[0].length)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => isCapitalised(w) || isTitleWord(w.toLowerCase()));
}

/** Right before a name (and its title): they sent their apologies ("Apologies were received from Councillor"). */
const APOLOGIES_FROM =
  /\b(?:[Aa]pologies|[Rr]egrets)(?:\s+for absence)?\s+(?:(?:were|was)\s+)?(?:received|sent|given|tendered|noted)?\s*(?:from|by)\s+(?:[\p{L}.]+\s+){0,3}$/u;

/** Right before a name: the side or the meeting goes without them. */
const MISSING_BEFORE = /\b(?:are|is|will be|were|was) (?:missing|without)\s+(?:(?:their|its|the|injured|suspended|star|regular)\s+)*(?:\p{Ll}+\s+){0,2}$/u;

/** Right before a name (and its title): the meeting would not have them ("declined to invite army chief", "disinvited
 * Prime Minister"); not an invitation sent ("invited"). */
const NOT_INVITED_BEFORE =
  /\b(?:(?:declined|refused|decided not|chose not)\s+to\s+invite|(?:did not|didn't|not to)\s+invite|disinvited|uninvited)\s+(?:(?:the|its|their)\s+)?(?:(?!(?:after|before|as|when|while|because|since|by|from|to|with|and|but|over|for)\b)[\p{L}.-]+\s+){0,3}$/u;

/** Right before a name, an absence: the side goes without them ("France are missing captain"), they sent apologies
 * ("Apologies were received from Councillor"), the meeting would not have them ("the bloc declined to invite army chief"). */
const ABSENT_BEFORE: readonly RegExp[] = [MISSING_BEFORE, APOLOGIES_FROM, NOT_INVITED_BEFORE];

/** "…, moderator of the Presbyterian Church, from Kenya;": the country the person's own clause says they come from. */
const FROM_COUNTRY = /^[^;:"“]{0,160}?\b(?:from|in)\s+(?:(?:northern|southern|eastern|western|central)\s+)?(.+)$/;

/** ", said …": what the person said follows the name, not who they are. */
const SAID_AFTER = new RegExp(`^,\\s*(?:${[...ATTRIBUTION_VERBS].join('|')})\\b`);

function countryInClause(sentence: string, end: number): string | null {
  const clause = sentence.slice(end).split(/[;:]/)[0];
  // Only an appositive set off after the name speaks for the person ("Okafor cited research from Finland" does not,
  // nor "…, said the government would move to opt-out consent, as in Spain").
  if (!clause.startsWith(',') || SAID_AFTER.test(clause)) return null;
  // ", who said 25 million people in Sudan …": a relative clause says what they did, not where they come from.
  if (/^,\s*(?:who|whom|whose|which|where|when)\b/i.test(clause)) return null;
  // The clause ends where another person's name begins a new list item or the verb's object starts.
  const m = FROM_COUNTRY.exec(clause.split(/,\s+(?:and\s+)?(?:the\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}/u)[0]);
  if (!m) return null;
  const c = findCountries(m[1])[0];
  return c && c.start === 0 ? c.country : null;
}

/** A year's digits anywhere: what YEAR needs before it is tried. */
const YEAR_DIGITS = /(?:19|20)\d\d/;
/** "in 2019", "a 2019 talk", "last year's conference": a sentence set before the reported event.
 * Years after "since", "by" or "until" describe a state or a target, not when something happened. */
const YEAR = /\b(since|by|until|before|through|to|from|in|during|the|a|an)?\s*(?:(?:early|late|mid)[- ])?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b/g;
const NOT_WHEN = new Set(['since', 'by', 'until', 'before', 'through', 'to', 'from']);
const LAST_YEAR = /\b(?:last|previous) year's\b|\ba year (?:ago|earlier)\b/i;
/** "compared with 21 in the same period a year earlier", "up from 12 a year ago": a comparison, not when the sentence happened. */
const COMPARED = /\b(?:compared (?:with|to)|than|up from|down from|against)\b[^,;]*$/i;

/** A sentence about what is still to come. */
const AHEAD = new RegExp(`\\b(?:will|would|next|upcoming|is to|are to|is due|are due|planned|scheduled|expected to|${EXPECTED_AT}|set to|to host)\\b`, 'i');

function setLastYear(text: string): boolean {
  const m = LAST_YEAR.exec(text);
  return !!m && !COMPARED.test(text.slice(Math.max(0, m.index - 80), m.index));
}

/** "X told the senate that …", "X said on Tuesday that …": what was said may be set in any year; the telling is not (its
 * own day may come between: "on Tuesday", "today"). */
const REPORTED_THAT = new RegExp(
  `\\b(?:said|says|told [^,;"“”]{1,40}?|added|noted|warned|argued|stressed|explained|cautioned)(?:\\s+(?:(?:early |late )?on ${WEEKDAY}|today|yesterday|this (?:morning|afternoon|evening)))? that\\b`,
);

/** (… or closing the sentence: "… and Tom Vale, who presided over last year's summit."; or set off as an appositive whose
 * relative clause holds the year: "Ana Roy, the engineer who built the Lima dam in 1971, has died.") */
const RELATIVE_ASIDE = /,\s+(?:(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){1,4})?(?:who|whose|which)\b[^,;]*(?:,|(?=[.!]?$))/gu;

/** A name opening a sentence, right before its verb: "Halvex said …", "The Lima Ports Authority has …" (with "The", group 1;
 * a party's after the side it is on: "The opposition Free Democrats said …"). */
const NAME_BEFORE_VERB =
  /^(The\s+(?:(?:opposition|governing|ruling)\s+)?)?(?!(?:It|He|She|They|We|I|This|That|These|Those|There|Here|Its|Their|His|Her)\s)((?:\p{Lu}[\p{L}&'’.-]*\s+){0,4}\p{Lu}[\p{L}&'’.-]*)\s+(?:said|says|added|announced|confirmed|denied|told|welcomed|warned|insisted|has|have|had|is|was|will|would)\b/u;

/** Before a name, from the sentence's start: a body that hires or fires them, and the office ("Lima City have sacked
 * manager ", "The Halvex Group appointed its new chief executive "); the body, a name of two words or more (one word alone
 * may be a city's, for its government: "Lima named …"), is group 1. */
const HIRED_BY_SUBJECT =
  /^(?:The\s+)?((?:\p{Lu}[\p{L}&'’.-]*\s+){1,4}\p{Lu}[\p{L}&'’.-]*)\s+(?:have\s+|has\s+)?(?:sacked|fired|dismissed|appointed|hired|named|signed|recruited)\s+(?:its\s+|their\s+)?(?:new\s+)?(?:(?!(?:the|a|an|as)\s)[\p{Ll}-]+\s+){1,3}$/u;

/** A sentence closed by a body saying it, named after "the" in two capitalised words or more: "…, the Lima Red Cross said." */
const TRAILING_BODY_SAID = /,\s+the\s+((?:\p{Lu}[\p{L}&'’.-]*\s+){1,4}\p{Lu}[\p{L}&'’.-]*)\s+(?:said|says|reported|announced)\b[^,;"“”]{0,40}[.!]["'”’]*$/u;

/** '"…," said its managing director, ', '"…," its leader, ': an office of the body named just before, spoken for in a
 * quotation's attribution. */
const SAID_ITS = /(?:\b(?:said|says|added)|["”],?)\s+(?:its|their)\s+[^,;"“”]{2,40},\s*$/;

/** A body opening a sentence, named after what it is: "The rival drivers' union, Aslan, …", "Halvex's parent company, Orbis
 * Mobility of Osaka, …", "A consumer group, Lima Watch, …", "The employers' body, the Andes Employers Council, …" (a name may
 * end in its mark: "Vale!"). */
const NAMED_BODY_SUBJECT =
  /^(?:The|An?|\p{Lu}[\p{L}&.-]*['’]s)\s+(?:[\p{Ll}'’-]+\s+){0,4}(?:union|party|group|company|firm|association|federation|confederation|movement|network|council|committee|alliance|coalition|agency|organi[sz]ation|bank|fund|developer|operator|maker|manufacturer|airline|club|team|insurer|retailer|builder|regulator|charity|supplier|carrier|producer|distributor|subsidiary|house|gallery|museum|studio|publisher|school|hospital|trust|body),\s+(?:the\s+)?(\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’.-]*){0,4}[?!]?)(?:\s+of\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?,/u;

/** A body opening a sentence before the kind of body it is: "The Lima Metal union said …". */
const NAME_OF_KIND_SUBJECT =
  /^The\s+((?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}\p{Lu}[\p{L}&'’.-]*)\s+(?:union|party|group|company|firm|association|federation|alliance|coalition|charity)\b(?=,|\s+\p{Ll})/u;

/** A body opening a sentence after the kind of body it is: "Investor group Halvex Watch, which …", "The rights group Lima Ally called". */
const BODY_OF_KIND_SUBJECT = new RegExp(
  String.raw`^(?:The\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:${[...BODY_KINDS, ...BUSINESS_KINDS].join('|')})\s+(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3})(?=,|\s+\p{Ll})`,
  'u',
);
/** A body opening a sentence by a name that ends in a body's word: "The Andes Delivery Group, which represents …", "The
 * opposition Lima Party called …" (a party's too, after a word in lower case that says which side it is on), "The Lima
 * College of Nurses said …" (and what it is of, twice: "The Andes Union of Nurses of Lima (AUNL), the largest …", its letters
 * after it). */
const BODY_NAME_SUBJECT = new RegExp(
  String.raw`^The\s+(?:(?:opposition|governing|ruling)\s+)?((?:\p{Lu}[\p{L}&'’.-]*\s+){1,5}(?:${[...BODY_HEADS, 'party']
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('|')})(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}){0,2})(?:\s+\(\p{Lu}{2,8}\))?(?=,|\s+\p{Ll})`,
  'u',
);

/** Words the article writes capitalised inside a sentence (not only as a sentence's first word). */
function capitalisedInside(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  // (Not the head of a longer name: "the Port of Lima" does not make "Port chief executive X" a company's.)
  for (const s of sentences) for (const m of s.text.matchAll(/(?<=[\p{L}\p{N},;:)]\s+)\p{Lu}[\p{L}&-]+(?![\p{L}&-]|\s+of\s+\p{Lu})/gu)) out.add(m[0]);
  // (… or the first word of a company's full name, wherever it stands: "Halvex Airlines and its crews agreed …".)
  for (const s of sentences) for (const m of s.text.matchAll(COMPANY_FULL_NAME)) out.add(m[1]);
  return out;
}

/** A company's name of two words, the second a company's word: "Halvex Airlines", "Halvex Motors", "Halvex Therapeutics". */
const COMPANY_FULL_NAME = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}&-]+)\s+(?:${[
    ...COMPANY_WORDS,
    ...'therapeutics pharma pharmaceuticals technologies group holdings systems labs industries logistics'.split(' '),
  ]
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('|')})\b`,
  'gu',
);

/** A sentence's first word taken for the body before an office ("Mission scientist Ana Roy said …", "Nurses' union leader
 * Tom Vale said …"): a plain noun, or a plural one whose members the office speaks for, when the article never writes it
 * capitalised inside a sentence. It becomes part of the office: "mission scientist", "nurses' union leader". */
function plainNounOpening(p: Person, sentences: readonly Sentence[], inside: () => ReadonlySet<string>): void {
  const body = p.affiliation;
  if (!body) return;
  const plain = PLAIN_BODY_NOUNS.has(body.toLowerCase());
  const opensWith = (m: Mention, start: string) => (sentences[m.sentence]?.text ?? '').startsWith(`${start}${m.role} `);
  // ("Nurses' union leader": a plural's possessive before an office in lower case; "Teachers union president", without it.)
  const whose = plain ? '' : /^\p{Lu}\p{Ll}+s$/u.test(body) ? ['’', "'", ''].find((q) => p.mentions.some((m) => opensWith(m, `${body}${q} `))) : undefined;
  if (whose === undefined) return;
  const opening = p.mentions.filter((m) => m.affiliation === body && m.role && opensWith(m, `${body}${whose} `) && (plain || /^\p{Ll}/u.test(m.role)));
  if (!opening.length || inside().has(body)) return;
  for (const m of opening) {
    const at = p.roles.indexOf(m.role!);
    if (at >= 0) p.roles[at] = `${body.toLowerCase()}${whose} ${m.role}`;
  }
  p.affiliation = p.mentions.map((m) => m.affiliation).find((a) => a && a !== body) ?? null;
}

/** The company opening the sentence before an office in lower case and the name: "Halvex chief executive Ana Roy"; or the
 * place or body before a capitalised one: "Lima Mayor Ana Roy", "Halvex CEO Tom Vale". */
function companyOpening(text: string, m: Mention, inside: () => ReadonlySet<string>): string | null {
  if (!m.role || m.start > 80) return null;
  const before = /^(\p{Lu}[\p{L}&-]+)\s+(.+?)\s+$/u.exec(text.slice(0, m.start));
  if (!before || before[2] !== m.role) return null;
  const word = before[1];
  return !COMMON_CAPITALISED.has(word.toLowerCase()) && mayNameCompany(word) && inside().has(word) ? word : null;
}

/** An election told without the office, right after a lead that gave it without the name. */
const ELECTED_AFTER_NAME = /^(?:,[^;]{1,150}?,)?\s+(?:was|has been|had been) (?:re-?elected|elected|appointed|named)\b/;
const UNNAMED_ELECTED = /^(?:An?|The)\s+[^,;]{1,80}?\s(?=(?:has been|was|had been) (?:re-?elected|elected|appointed|named)\b)/;

/** Right after a name: they speak ("Tom Vale told the committee", "Tom Vale said"; past their age and a relative clause set
 * off: "Tom Vale, 61, who had run the firm for a decade, said"). */
const SPEAKS_AFTER_NAME = new RegExp(
  `^(?:,\\s+\\d{1,3}(?=,))?(?:,\\s+who\\s+[^,;]{1,80}(?=,))?,?\\s+(?:also\\s+)?(?:${[...ATTRIBUTION_VERBS].join('|')}|testified|wrote)\\b`,
);
/** The offices a lead may give with no name: a body's head, a city's, a region's. */
const LEAD_OFFICE =
  'chief executive|chairman|chairwoman|chair|president|head|director|director-general|secretary-general|governor|commissioner|mayor|founder|boss|chief';
/** A lead whose subject is an office of a body, with no name: "The chief executive of Halvex Rail apologised …", "… of the
 * shipping firm Halvex apologised …", "… of Halvex, Chile's biggest lender, resigned …", "… of Lima Water told MPs
 * …". */
const UNNAMED_OFFICE_SUBJECT = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Lu}\s.,'’-]*(?:\([^)]*\))?\s*[—–-]+\s*)?The\s+((?:[\p{Ll}-]+\s+){0,2}(?:${LEAD_OFFICE}))\s+of\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){1,2}(?=\p{Lu}))?(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,4})(?:,\s+[^,;]{1,60},)?\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}+ed|told|said)\b`,
  'u',
);

/** A lead that closes with who says it, an office with no name: "…, the fund's director-general said.". */
const UNNAMED_OFFICE_SAID = new RegExp(
  String.raw`,\s+(?:the|its)\s+(?:\p{Ll}+['’]s\s+)?((?:[\p{Ll}-]+\s+)?(?:${LEAD_OFFICE}))\s+(?:said|says|told\s+\p{Ll}+)\.?$`,
  'u',
);

/** "A staff nurse from the city hospital has been elected president of the union. Ana Diaz, who …, was
 * elected on the second count": the office the unnamed lead (one or two sentences before, naming nobody) gave. */
function officeOfUnnamedLead(sentences: readonly Sentence[], m: Mention, named: ReadonlySet<number>): string | null {
  if (!ELECTED_AFTER_NAME.test(sentences[m.sentence]?.text.slice(m.end) ?? '')) return null;
  for (const at of [m.sentence - 1, m.sentence - 2]) {
    const text = sentences[at]?.text ?? '';
    const lead = named.has(at) ? null : UNNAMED_ELECTED.exec(text);
    if (!lead) continue;
    const tokens = tokenize(text);
    const b = tokens.findIndex((t) => t.start === lead[0].length);
    return b >= 0 ? asTitleAfter(text, tokens, b) : null;
  }
  return null;
}

/** A lead that tells of someone sentenced, convicted or charged by their office alone: "A former transport minister was
 * jailed on Friday for …", "A former chief executive of Halvex Bank was jailed …" (the office, without "former": they hold
 * it in the text's telling, though no longer). */
const UNNAMED_DEFENDANT =
  /^(?:An?|The)\s+(?:former\s+|ex-)?((?:[\p{Ll}-]+\s+){0,2}(?:minister|mayor|governor|official|senator|judge|general|president|director|chief executive|chairman|chairwoman|police chief|councillor))(?:\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}))?\s+(?:has\s+been|was|were)\s+(?:sentenced|jailed|convicted|charged|found guilty|acquitted)\b/u;

/** A country's "'s" before what it owns: "Peru's prime minister", "the United States's envoy". */
const COUNTRY_OWNS = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})['’]s\s+/gu;

/** Where, in a sentence, what a country owns begins: after "Peru's " in "… once Peru's prime minister walked out". */
function countriesOwningIn(text: string): Array<{ country: string; at: number }> {
  const out: Array<{ country: string; at: number }> = [];
  if (!text.includes("'s") && !text.includes('’s')) return out;
  for (const m of text.matchAll(COUNTRY_OWNS)) {
    const country = COUNTRY_BY_FORM.get(m[1]);
    if (country) out.push({ country, at: m.index + m[0].length });
  }
  return out;
}

/** "… once Peru's prime minister walked out. Prime Minister Tom Vale refused to sign …": the one country the
 * sentence before gives the office of, with no name after it, is the country of the one named with that office next. */
function countryOfUnnamedOffice(text: string, owned: ReadonlyArray<{ country: string; at: number }>, role: string): string | null {
  const countries = new Set<string>();
  for (const { country, at } of owned) {
    const after = text.slice(at + role.length, at + role.length + 3);
    if (text.slice(at, at + role.length).toLowerCase() === role.toLowerCase() && !/^(?:[\p{L}-]|,?\s+\p{Lu})/u.test(after)) countries.add(country);
  }
  return countries.size === 1 ? [...countries][0] : null;
}

/** "A former transport minister was jailed on Friday …. The court heard that Tom Vale, 58, took …": the first one the next
 * sentence names with no office of their own holds the office the lead gave. */
function officeOfUnnamedDefendant(sentences: readonly Sentence[], p: Person, people: readonly Person[]): { office: string; body: string | null } | null {
  const first = p.mentions[0];
  if (!first || first.sentence < 1 || first.sentence > 2) return null;
  const lead = UNNAMED_DEFENDANT.exec(sentences[first.sentence - 1]?.text ?? '');
  if (!lead) return null;
  // (Only the first of them: "… heard that Tom Vale and Ivo Kant took …" gives Vale the office.)
  const earlier = people.some((o) => o !== p && o.mentions.some((m) => m.sentence === first.sentence && m.start < first.start && !m.role));
  return earlier ? null : { office: lead[1], body: lead[2] ?? null };
}

/** "under a 2021 decision", "the 2019 law": a year that dates a rule in force sets no time for the sentence (though "at
 * the 2019 summit" and "a 2018 study by X" do). */
const YEAR_OF_RULE =
  /^\s+(?:decision|law|rule|ruling|resolution|agreement|treaty|accord|deal|ban|policy|directive|regulation|act|constitution|charter|framework|declaration|order|sanctions|mandate)\b/;
function yearOfARule(text: string, m: RegExpMatchArray): boolean {
  return /^(?:a|an|the)$/i.test(m[1] ?? '') && YEAR_OF_RULE.test(text.slice(m.index! + m[0].length));
}

/** The news's day as a lead gives it: "early on Sunday", "late Friday", "today". */
const DAY_OF_NEWS = new RegExp(
  `\\b(?:(?:on|early on|late on|early|late|by|since) ${WEEKDAY}|today|yesterday|tonight|this (?:morning|afternoon|evening))\\b`,
  'i',
);
/** A date with its year: "22 October 2024", "October 22, 2024". */
const FULL_DATE = new RegExp(`\\b(?:\\d{1,2}\\s+${FULL_MONTH}|${FULL_MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?),?\\s+(?:19|20)\\d\\d\\b`);
/** News dated by its day alone ("… struck southern Peru early on Sunday"), with no year of its own in its date or its lead. */
export function datedByDayAlone(sentences: readonly Sentence[], published: string | null): boolean {
  // (The lead: the first of the opening two sentences that gives the news's day; a caption or a dateline may come first,
  // and a full date in the opening lines, "Oslo, 22 October 2024", is the report's own.)
  const opening = sentences.slice(0, 3);
  const lead = opening.slice(0, 2).find((s) => DAY_OF_NEWS.test(s.text));
  return !!lead && !YEAR_DIGITS.test(lead.text) && !YEAR_DIGITS.test(published ?? '') && !opening.some((s) => FULL_DATE.test(s.text));
}

/** Before a year, what makes it a time gone by in news of this week: "in", "a", "during", or "the" and a month ("the
 * March 2019 floods"; "the 2024 budget" is no time gone by). */
const YEAR_GONE_BEFORE = new RegExp(`(?:^|\\s)(?:(?:in|a|an|during)\\s+|the\\s+${FULL_MONTH}\\s+)$`, 'i');
/** A sentence that opens with a month alone, no day of it: "In February, …", "Back in March …". */
const MONTH_GONE_BY = new RegExp(`^(?:In|Back in|Earlier in|Last) ${FULL_MONTH}\\b(?!\\s+\\d)`);

/** The sentences set before the reported event. With `dayAlone` (news dated by its day alone: it happened this week), every
 * sentence dated by a year and telling of nothing to come is: "A 2007 quake near Pisco killed more than 500 people." */
export function earlierEventSentences(sentences: readonly Sentence[], published: string | null, dayAlone = false): Set<number> {
  // A relative clause set off by commas ("X, whose team last won in 1962, said …") is background: its year is not the sentence's.
  // (Read only in a sentence with a year's digits or the word "year": most have neither.)
  // (So are a speaker's own words: 'said the vote had "settled what was open a year ago"'.)
  const settings = sentences.map((s) =>
    YEAR_DIGITS.test(s.text) || /year/i.test(s.text) ? unquoted(s.text.split(REPORTED_THAT)[0]).replace(RELATIVE_ASIDE, ',') : '',
  );
  const dated = settings.map((text) =>
    YEAR_DIGITS.test(text) ? [...text.matchAll(YEAR)].filter((m) => !NOT_WHEN.has((m[1] ?? '').toLowerCase()) && !yearOfARule(text, m)) : [],
  );
  const when = dated.map((found) => found.map((m) => Number(m[2])));
  // The report's date counts too: "a 2019 talk" in a report of 2024 is earlier; a year before the report's may be the
  // event's own (a December meeting reported in January).
  const reported = Number(/\b(?:19|20)\d\d\b/.exec(published ?? '')?.[0] ?? 0);
  // A year still to come ("offer to host the fifth meeting in Quito in 2032") sets no other sentence back.
  let latest = Math.max(0, reported - 1);
  when.forEach((years, i) => {
    if (years.length && !AHEAD.test(sentences[i].text)) for (const y of years) latest = Math.max(latest, y);
  });
  const out = new Set<number>();
  for (const s of sentences) {
    const years = when[s.index];
    // (In news of this week, a time gone by: "in 2019", "a 2007 quake"; not "the 2024 budget", "the 2023 model year".)
    // (… or a month it opens with: "In February, Halden recalled 96,000 pickups.")
    const gone =
      dayAlone &&
      !AHEAD.test(s.text) &&
      (MONTH_GONE_BY.test(s.text) || dated[s.index].some((m) => YEAR_GONE_BEFORE.test(settings[s.index].slice(0, m.index! + m[0].length - 4))));
    // (A sentence of what is still to come is never set before the news, whatever year it names: "A decision is expected in
    // February 2027", in a report of a shortlist "for the 2036 Games".)
    if ((settings[s.index] && setLastYear(settings[s.index])) || (years.length && years.every((y) => y < latest) && !AHEAD.test(settings[s.index])) || gone)
      out.add(s.index);
  }
  return out;
}

function newPerson(name: string): Person {
  return {
    name,
    roles: [],
    affiliation: null,
    mentions: [],
    absent: false,
    absentAt: null,
    contextOnly: false,
    participation: 'present',
    participationAt: null,
  };
}

/** Groups mentions into people: signalled full names first, then shorter mentions merged into them. */
export function findPeople(sentences: readonly Sentence[], published: string | null = null): Person[] {
  const mentions = findMentions(sentences);
  // Each sentence's mentions in order, looked up rather than searched for among all of a long article's.
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const absent = absentNames(sentences, mentions, bySentence);
  const earlier = earlierEventSentences(sentences, published);
  const people: Person[] = [];
  const owner = new Map<Mention, Person>();
  // (Per sentence, the countries it gives something of, read once however many people it comes before.)
  const ownedIn: Array<Array<{ country: string; at: number }> | undefined> = [];
  const longestFirst = (x: Mention, y: Mention) => nameWords(y.name).length - nameWords(x.name).length || x.sentence - y.sentence || x.start - y.start;
  const index = new NameIndex();
  // Pass 1: mentions with a title, an appositive or an honorific make people.
  for (const m of mentions.filter((x) => x.signal !== 'none').sort(longestFirst)) {
    const matches = index.holding(m.name);
    if (matches.length === 1) {
      owner.set(m, matches[0]);
      continue;
    }
    if (matches.length > 1) continue;
    const person = newPerson(m.name);
    people.push(person);
    index.add(person);
    owner.set(m, person);
  }
  // (The names that speak alone, "'…,' Roy said", asked after for every full name below.)
  const speakingNames = new Set(mentions.filter((x) => x.speaks).map((x) => x.name));
  // Pass 2: bare mentions join the one person they name; a fuller bare name ("Joe Biden" for a
  // person so far known as "President Biden") also gives that person their full name.
  for (const m of mentions.filter((x) => x.signal === 'none').sort(longestFirst)) {
    const shorter = index.holding(m.name);
    if (shorter.length === 1) {
      owner.set(m, shorter[0]);
      continue;
    }
    if (shorter.length > 1) continue;
    const fuller = index.within(m.name);
    if (fuller.length === 1 && nameWords(m.name).length <= 4) {
      index.rename(fuller[0], m.name);
      owner.set(m, fuller[0]);
      continue;
    }
    // "Ana Roy won the race …. '…,' Roy said.": a full name whose surname speaks alone is a person's.
    const words = nameWords(m.name);
    // (The surname: a company that speaks is not the first word of its product's name, "Lumex Aria".)
    if (!fuller.length && words.length >= 2 && words.length <= 4 && speakingNames.has(m.name.split(/\s+/).at(-1) ?? '')) {
      m.signal = 'action';
      const person = newPerson(m.name);
      people.push(person);
      index.add(person);
      owner.set(m, person);
    }
  }
  for (const m of mentions) {
    const p = owner.get(m);
    if (!p) continue;
    p.mentions.push(m);
    if (m.role) for (const r of m.role.split('; ')) addRole(p.roles, r);
    p.affiliation ??= m.affiliation;
    if (absent.has(m)) {
      p.absent = true;
      p.absentAt ??= m.sentence;
    }
  }
  const named = new Set(mentions.map((m) => m.sentence));
  // The words right before and right after a mention, in its sentence: what the checks below read around a name.
  const textBefore = (m: Mention, chars: number) => (sentences[m.sentence]?.text ?? '').slice(Math.max(0, m.start - chars), m.start);
  const textAfter = (m: Mention, chars: number) => (sentences[m.sentence]?.text ?? '').slice(m.end, m.end + chars);
  // Whether a sentence lays sanctions: read once per sentence, and only for one a list of those targeted follows.
  const sanctioning = new Map<number, boolean>();
  const sanctionsIn = (i: number) => {
    let found = sanctioning.get(i);
    if (found === undefined) sanctioning.set(i, (found = SANCTIONS.test(sentences[i]?.text ?? '')));
    return found;
  };
  // Read only when a sentence opens with a word before an office in lower case (rare; the whole text is long).
  let inside: Set<string> | null = null;
  const insideWords = () => (inside ??= capitalisedInside(sentences));
  // Each sentence's mentions with whose they are, in order: built once, and only when a counterpart asks for it.
  let mentionsBySentence: Map<number, Array<{ person: Person; mention: Mention }>> | null = null;
  const namedIn = (sentence: number) => {
    if (!mentionsBySentence) {
      mentionsBySentence = new Map();
      for (const person of people)
        for (const mention of person.mentions) {
          const list = mentionsBySentence.get(mention.sentence) ?? [];
          list.push({ person, mention });
          mentionsBySentence.set(mention.sentence, list);
        }
      for (const list of mentionsBySentence.values()) list.sort((x, y) => x.mention.start - y.mention.start);
    }
    return mentionsBySentence.get(sentence) ?? [];
  };
  // (The sentence anyone is first named in: read once, for the one named first.)
  const earliestNamed = people.reduce((n, q) => Math.min(n, q.mentions[0]?.sentence ?? Number.POSITIVE_INFINITY), Number.POSITIVE_INFINITY);
  for (const p of people) {
    // "Halvex chief executive Ana Roy said …": a sentence's first word is the company when the article also writes it
    // capitalised inside a sentence ("Shares in Halvex jumped").
    p.affiliation ??= p.mentions.map((m) => companyOpening(sentences[m.sentence]?.text ?? '', m, insideWords)).find(Boolean) ?? null;
    plainNounOpening(p, sentences, insideWords);
    // "Prime Minister Ana Roy and her Chilean counterpart Tom Vale": a counterpart holds the office of the one named before.
    const counterpart = p.roles.findIndex((r) => /^counterpart$/i.test(r));
    // ("their Japanese counterparts, Foreign Minister X and …": an office of their own says what "counterpart" would.)
    if (counterpart >= 0 && p.roles.length > 1) p.roles.splice(counterpart, 1);
    else if (counterpart >= 0) {
      const office = p.mentions
        .filter((m) => COUNTERPART_BEFORE.test(textBefore(m, 60)))
        .map((m) => {
          // (The one named last before, by this mention's office or by theirs elsewhere: "Roy … with his counterpart, X".)
          // (… or, for one opening a sentence, the last named in the sentence before: "Peru's foreign minister, X, said …. Her
          // Chilean counterpart, Y, said …".)
          const before =
            namedIn(m.sentence)
              .filter((x) => x.person !== p && x.mention.end <= m.start)
              .at(-1) ??
            (m.start <= 30
              ? namedIn(m.sentence - 1)
                  .filter((x) => x.person !== p)
                  .at(-1)
              : undefined);
          return before?.mention.role?.split('; ')[0] || before?.person.roles[0];
        })
        .find((role) => role && PLAIN_OFFICE.test(role) && !role.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && COUNTRY_WORDS.has(w.toLowerCase())));
      if (office) p.roles.splice(counterpart, 1, office);
    }
    // "their Chilean counterparts, Foreign Minister X and Defence Minister Y": the next name of the list is a counterpart too,
    // of the same country.
    if (!p.affiliation)
      for (const m of p.mentions) {
        const prior = namedIn(m.sentence)
          .filter((x) => x.person !== p && x.mention.end <= m.start)
          .at(-1);
        const text = sentences[m.sentence]?.text ?? '';
        if (
          prior?.mention.affiliation &&
          LIST_NEXT_NAME.test(text.slice(prior.mention.end, m.start)) &&
          COUNTERPARTS_BEFORE.test(text.slice(Math.max(0, prior.mention.start - 60), prior.mention.start))
        ) {
          p.affiliation = prior.mention.affiliation;
          break;
        }
      }
    if (!p.roles.length) {
      const office = p.mentions.map((m) => officeOfUnnamedLead(sentences, m, named)).find(Boolean);
      const defendant = office ? null : officeOfUnnamedDefendant(sentences, p, people);
      if (office) addRole(p.roles, office);
      else if (defendant) {
        addRole(p.roles, defendant.office);
        p.affiliation ??= defendant.body;
      }
    }
    // "The chief executive of Halvex Rail apologised to MPs … '…,' Tom Vale told them.": the first one
    // named, speaking, holds the office the lead gave without a name (as does "…, the fund's director-general said.").
    const first = p.mentions[0];
    if (!p.roles.length && first && first.sentence <= 2 && first.sentence <= earliestNamed) {
      const lead = sentences
        .slice(0, first.sentence)
        .map((s) => UNNAMED_OFFICE_SUBJECT.exec(s.text) ?? UNNAMED_OFFICE_SAID.exec(s.text))
        .find(Boolean);
      if (lead && SPEAKS_AFTER_NAME.test(sentences[first.sentence].text.slice(first.end, first.end + 120))) {
        addRole(p.roles, lead[1]);
        p.affiliation ??= lead[2] ?? null;
      }
    }
    p.affiliation ??= p.mentions.map((m) => countryInClause(sentences[m.sentence]?.text ?? '', m.end)).find(Boolean) ?? null;
    if (!p.affiliation && first && first.sentence > 0 && p.roles.length) {
      const before = sentences[first.sentence - 1].text;
      const owned = (ownedIn[first.sentence - 1] ??= countriesOwningIn(before));
      p.affiliation = countryOfUnnamedOffice(before, owned, p.roles[0]);
    }
    const signalled = p.mentions.filter((m) => m.signal !== 'none');
    // Former office-holders and spokespeople are named for context: they speak about the event.
    p.contextOnly =
      (signalled.every((m) => m.former) && !p.mentions.some((m) => onTrial(sentences[m.sentence]?.text ?? '', m))) ||
      (signalled.length > 0 && signalled.every((m) => SPOKESPERSON.test(m.role ?? ''))) ||
      // "said Ana Roy, an analyst at Lima Bank": a market's commentator on the news, not one who took part in it (unless
      // the text puts them in the room: "asked from the floor", "told the meeting").
      // ("The study, led by economist Dr. Ana Roy, …": one who ran what is reported is no commentator on it.)
      (signalled.length > 0 &&
        signalled.every((m) => COMMENTATOR.test(m.role ?? '')) &&
        !p.mentions.some((m) => IN_THE_ROOM.test(sentences[m.sentence]?.text ?? '')) &&
        !p.mentions.some((m) => RAN_IT_TITLED.test(textBefore(m, 60)))) ||
      // "… met President Tom Vale's special envoy": named only as whose office the one who came holds.
      (signalled.length > 0 && signalled.every((m) => m.owner)) ||
      // "a 2019 talk by co-founder Marcus Feld": every signalled mention is set in an earlier year.
      (signalled.length > 0 && signalled.every((m) => earlier.has(m.sentence))) ||
      // "… brought the greetings of President Ana Roy": one whose words or wishes another brought; or to whom, far away
      // ("brought the best wishes of King Ivo Kant to Chilean President Tom Vale").
      (signalled.length > 0 && p.mentions.every((m) => BROUGHT_FROM.test(textBefore(m, 80)) || WISHES_TO.test(textBefore(m, 120)))) ||
      // "… and leaves for Quito on Sunday for a meeting with Chile's Ana Roy": one met at a later meeting, after the lead.
      p.mentions.every((m) => m.sentence > 1 && LATER_MEETING_BEFORE.test(textBefore(m, 160))) ||
      // "She will invite President Tom Vale to open the session": one only to be asked, later, took part in nothing reported.
      // ("The declaration invites Governor Ana Roy to a follow-up summit": one a text asks of, who took part in nothing reported.)
      p.mentions.every(
        (m) =>
          TO_BE_ASKED_BEFORE.test(textBefore(m, 80)) ||
          ASKED_BY_TEXT_BEFORE.test(textBefore(m, 80)) ||
          // ("It urges a truce by May and tasks Envoy X with a report": a sentence whose subject is the text.)
          (m.start <= 200 && ASKED_BY_IT_BEFORE.test(textBefore(m, 200))),
      ) ||
      // "It takes effect once President Ana Roy signs it": one whose act is still awaited took part in nothing reported.
      p.mentions.every((m) => AWAITED_BEFORE.test(textBefore(m, 40)) && AWAITED_ACT_AFTER.test(textAfter(m, 30))) ||
      // "President Ana Roy, whose country is not a member, welcomed the statement": an outsider to the body that met.
      p.mentions.some((m) => NOT_A_MEMBER.test(textAfter(m, 80))) ||
      // "Her husband, the composer Tom Vale, died in 2011": one who died years before took part in nothing reported now.
      p.mentions.some((m) => DIED_BEFORE.test(textAfter(m, 120))) ||
      // "Tom Vale, 52, was hit by a falling crane while …", "the killing of Ana Roy": one killed in what is reported, named with
      // no office, took part in none of what the report tells of (the hearing, the trial, the talks).
      (!p.roles.length &&
        p.mentions.some((m) => KILLED_AFTER_NAME.test(textAfter(m, 80)) || DEATH_OF_BEFORE.test(textBefore(m, 30))) &&
        !p.mentions.some((m) => m.speaks)) ||
      // "She is survived by her daughter, the sculptor Ana Roy": an obituary's family, named as such, took part in nothing.
      (signalled.length > 0 && p.mentions.every((m) => SURVIVED_BY.test(textBefore(m, 100)))) ||
      // "The shortlist also included novelists Tom Vale and Ana Roy": a prize's other contenders, named as such, took part in
      // nothing reported (the winner is named as winning).
      p.mentions.every((m) => SHORTLISTED_BEFORE.test(textBefore(m, 150))) ||
      // "The EU imposed sanctions on 14 officials. Among them are Interior Minister Tom Vale and …": whom the measures target,
      // not who took them.
      // (Looked at near the name only, and each sentence before a list read once: a hostile text may name thousands.)
      p.mentions.every(
        (m) =>
          SANCTIONED_BEFORE.test(textBefore(m, 200)) ||
          (m.start > 0 && LIST_OF_THEM.test(sentences[m.sentence]?.text ?? '') && sanctionsIn(m.sentence - 1)) ||
          // ("… had struck from a draft list that included the army chief, Tom Vale", a few sentences after the sanctions:
          // a name on a list of them.)
          (LISTED_BEFORE.test(textBefore(m, 160)) && [0, 1, 2, 3].some((k) => m.sentence >= k && sanctionsIn(m.sentence - k))),
      ) ||
      // "a diamond necklace that belonged to Queen Ana": an owner or a namesake of what the report is about.
      // ("A painting by the Dutch artist Tom Vale sold for …": the maker of what the report is about, named only as such.)
      p.mentions.every((m) => OWNER_OF_THING_BEFORE.test(textBefore(m, 80)) || MADE_BY_BEFORE.test(textBefore(m, 80))) ||
      // "Professor Tom Vale of Lima University, who was not involved in the research, said …": an outsider's view of it.
      p.mentions.some((m) => NOT_INVOLVED.test(textAfter(m, 140))) ||
      // "Roy will travel to Paris on Tuesday for talks with President Tom Vale": someone named only as whom a meeting to come
      // is with, after the lead (a preview's lead tells of the meeting to come it reports).
      (signalled.length > 0 && signalled.every((m) => m.sentence >= 3 && MEETING_TO_COME.test(textBefore(m, 160)))) ||
      // "Secretary of State Tom Vale is due to meet the ministers on Monday", "its chief, Ana Roy, is due to give evidence next
      // month": someone named only as doing something still to come, after the lead, has taken part in nothing yet.
      (signalled.length > 0 && signalled.every((m) => m.sentence >= 3 && STILL_TO_DO.test(textAfter(m, 120)))) ||
      // "Peru stayed away from the summit; its envoy, Ana Roy, said the snub would cost the bloc": one who speaks for a
      // country their sentence keeps away, in a clause of their own that tells of no attending.
      p.mentions.every((m) => forAnAbsentee(sentences[m.sentence]?.text ?? '', m)) ||
      // "Will the Secretary meet President Tom Vale?": someone named only in the questions put is asked about.
      p.mentions.every((m) => /\?["'”’)]*$/.test(sentences[m.sentence]?.text ?? ''));
    classifyParticipation(p, sentences, bySentence, signalled.length > 0 && signalled.every((m) => earlier.has(m.sentence)));
    p.roles.sort((a, b) => b.length - a.length);
  }
  for (const p of people) {
    // "India's delegation, led by Environment Secretary X": the country whose delegation they lead.
    for (const m of p.affiliation ? [] : p.mentions) {
      const before = textBefore(m, 120);
      const led = / (?:delegation|side|team)\b/.test(before) ? DELEGATION_LED.exec(before) : null;
      if (led) p.affiliation ??= COUNTRY_BY_FORM.get(led[1] ?? led[2]) ?? null;
      // "The Indian side included Defence Secretary X and …": whose side the people it lists are on.
      const side = / (?:side|delegation|team)[ ,]/.test(before) ? SIDE_INCLUDED.exec(before) : null;
      if (side) p.affiliation ??= COUNTRY_BY_FORM.get(side[1] ?? side[2] ?? side[3]) ?? null;
      // "X and Y were part of the Indian delegation": the country whose delegation they were in.
      const after = textAfter(m, 160);
      const member = after.includes('delegation') || / (?:team|side)\b/.test(after) ? PART_OF_DELEGATION.exec(after) : null;
      if (member) p.affiliation ??= COUNTRY_BY_FORM.get(member[1]) ?? null;
      // "X, Minister of Trade, led the Chilean delegation to …": the country whose delegation they led.
      const headed = after.includes(' delegation') ? LED_THE_DELEGATION.exec(after) : null;
      if (headed) p.affiliation ??= COUNTRY_BY_FORM.get(headed[1]) ?? null;
      // "Ana Roy was accompanied by Trade Minister X and …": those who came with someone are on their side.
      const leader = before.includes('accompanied') ? ACCOMPANIED_BY.exec(before)?.[1] : undefined;
      const companion = leader ? index.holding(leader).find((o) => o !== p && o.affiliation) : undefined;
      if (companion) p.affiliation ??= companion.affiliation;
    }
    // "Lima City have sacked manager X", "Halvex appointed chief executive X": the body that hires or fires them, named as
    // the sentence's subject (no person's name).
    for (const m of p.affiliation || !p.roles.length ? [] : p.mentions) {
      // (From the sentence's start: a subject within the first words.)
      const hirer = m.start <= 120 ? HIRED_BY_SUBJECT.exec(textBefore(m, 120))?.[1] : undefined;
      if (hirer && !index.holding(hirer).length && !index.within(hirer).length && !COUNTRY_BY_FORM.has(hirer)) {
        p.affiliation = hirer;
        break;
      }
    }
    // "Peru had pushed for a smaller cut. Its fisheries minister, X, said …": the country the sentence
    // before is about (its subject).
    for (const m of p.affiliation ? [] : p.mentions) {
      const text = sentences[m.sentence]?.text ?? '';
      // "Its general secretary, X, said …", or an attribution '"…," said its managing director, X.'
      const its = (/^(?:Its|Their)\s/.test(text) && m.start <= 80) || SAID_ITS.test(text.slice(Math.max(0, m.start - 60), m.start));
      if (!its) continue;
      const prev = sentences[m.sentence - 1]?.text ?? '';
      // (Not a country's word that opens a longer name: "The Peruvian Dockers' Union said … Its leader, X, …" is the union's.)
      // ("Peru turned the offer down, said its envoy, X": an attribution's "its" is its own sentence's subject first.)
      const subject = openingCountry(text) ?? openingCountry(prev);
      if (subject) {
        p.affiliation = subject;
        break;
      }
      // "The rival drivers' union, Aslan, did not take part. Its general secretary, X, said …": the body named as
      // the subject (set off after what it is), never a person.
      // ("Investor group Halvex Watch, which …", "The rights group Lima Ally called …", "The Andes Delivery Group, which …":
      // a body named after its kind, or by a name that ends in a body's word.)
      const body = (NAMED_BODY_SUBJECT.exec(prev) ?? BODY_OF_KIND_SUBJECT.exec(prev) ?? BODY_NAME_SUBJECT.exec(prev) ?? NAME_OF_KIND_SUBJECT.exec(prev))?.[1];
      if (body && !index.holding(body).length && !index.within(body).length) {
        p.affiliation = body;
        // "… did not take part in the talks. Its general secretary, X, said …": speaking for a body that stayed away.
        if (ABSENCE.test(prev)) p.contextOnly = true;
        break;
      }
      // "Halvex said it would appeal. Its chief executive, X, said …", "The Lima Ports Authority said … Its director, X, …":
      // a name opening the sentence before its verb, no person's, written capitalised inside a sentence too, or a name of
      // two words or more after "The".
      const named = NAME_BEFORE_VERB.exec(prev);
      const name = named?.[2];
      if (name && !index.holding(name).length && !index.within(name).length && (named[1] ? name.includes(' ') : insideWords().has(name.split(' ')[0]))) {
        p.affiliation = name;
        break;
      }
      // "Hundreds of families were moved, the Lima Red Cross said. Its president, X, …": with no body as the subject, the
      // one the sentence closes by saying it said so (named after "the", in two words or more: no person's name).
      const source = TRAILING_BODY_SAID.exec(prev)?.[1];
      if (source && !index.holding(source).length && !index.within(source).length) {
        p.affiliation = source;
        break;
      }
    }
    // "Malaysia was represented by its deputy minister, X", "Chile, an associate member, sent its ambassador,
    // X, as an observer": the country that sent them (a stand-in's too).
    // "Nigeria was represented by its OPEC governor, X": the country outranks the body in the office, which
    // goes back into the office ("OPEC governor").
    if (!p.affiliation || !COUNTRY_NAMES.has(p.affiliation))
      for (const m of p.mentions) {
        const before = (sentences[m.sentence]?.text ?? '').slice(0, m.start);
        if (!/\b(?:sent|dispatched|represented by|through)\b/.test(before)) continue;
        const sent = (/\brepresented by\b/.test(before) && REPRESENTED_TOO.exec(before)) || COUNTRY_SENT.exec(before);
        // "Chile and Peru sent their foreign ministers, X and Y": each name is its own country's, in order.
        // ("Saint Vincent and the Grenadines was represented by …": a country whose name has small words in it.)
        const country = countryInTurn(before) ?? (sent && COUNTRY_BY_FORM.has(sent[1]) ? COUNTRY_BY_FORM.get(sent[1]) : countrySendingIn(before));
        if (country) {
          const body = p.affiliation;
          if (body) p.roles = p.roles.map((r) => (r.includes(body) ? r : `${body} ${r}`));
          p.affiliation = country;
          break;
        }
      }
    // "Roy's coach, X": an owner who is a person named in the report is whose office it is, no organisation.
    const owner = p.affiliation;
    if (owner && p.roles.length && (index.holding(owner).some((o) => o !== p) || index.within(owner).some((o) => o !== p && o.name.includes(' ')))) {
      p.roles = p.roles.map((r) => `${owner}'s ${r}`);
      p.affiliation = null;
    }
    if (p.participation !== 'stand-in') continue;
    const at = p.mentions.find((m) => m.sentence === p.participationAt);
    const principal = standsInFor(p, people, sentences);
    if (!principal) {
      // "Finland was represented by Foreign Minister X" at a ministers' meeting: with nobody named as away and
      // no lesser office ("its deputy …"), X is simply who came for Finland, not someone's stand-in.
      const before = at ? (sentences[at.sentence]?.text ?? '').slice(Math.max(0, at.start - 80), at.start) : '';
      // ("Chile, an observer, sent its environment minister, X": so is one a country sent, unless to take someone's place.)
      const after = at ? (sentences[at.sentence]?.text ?? '').slice(at.end, at.end + 80) : '';
      const came =
        /\brepresented by\s+(?:[\p{L}.,'’-]+\s+){0,6}$/u.test(before) ||
        (/\b(?:sent|dispatched)\s+(?:(?:his|her|their|its)\s+)?(?:[\p{L}.,'’-]+\s+){0,5}$/u.test(before) && !IN_PLACE_RE.test(after));
      if (came && !LESSER_OFFICE.test(before)) p.participation = 'present';
      continue;
    }
    p.affiliation ??= principal.affiliation;
    // "A sent B to take her place", "A was represented by B": A was not there.
    // (Though one who missed only a part of it was: "A did not join the closing session and was represented by B".)
    if (!principal.absent && !MISSED_A_PART.test(sentences[p.participationAt ?? -1]?.text ?? '')) {
      principal.absent = true;
      principal.absentAt = p.participationAt;
      principal.participation = 'absent';
      principal.participationAt = p.participationAt;
    }
  }
  // "Norwegian fish farmer Norvik reported … Norvik shares fell 4%": a one-word name the text trades shares in is a company;
  // so is a longer one with no office that opens with it ("Norvik Appliances said …").
  // So is the company the report is about ("Halvex Stores said on Tuesday that hackers … The company said …"), and a name
  // given after a body's word ("their employer, the charity Lima Aid, said").
  const traded = tradedNames(sentences);
  const reported = reportedCompany(sentences, people);
  const bodies = bodyNames(sentences);
  const companies = new Set(
    people.filter((p) => traded.has(p.name) || (!p.roles.length && (traded.has(p.name.split(' ')[0]) || p.name === reported || bodies.has(p.name)))),
  );
  const persons = companies.size ? people.filter((p) => !companies.has(p)) : people;
  // "The Lima Dockers Union called a strike. The union's general secretary, Ana Roy, said …": an office of "the union", "the
  // trust", is the one body the text names with that word last.
  const kinds = new Map<string, string | null>();
  const writtenIn = new Map<string, boolean>();
  for (const p of persons) {
    // ("The Forum's Secretary General, X": the body its kind's word alone stands for, when the text names one such.)
    if (p.affiliation && /^\p{Lu}\p{Ll}+$/u.test(p.affiliation) && CALLED_BY_KIND.has(p.affiliation.toLowerCase())) {
      const kind = p.affiliation;
      p.affiliation = bodyOfKind(sentences, kind.toLowerCase(), kinds) ?? kind;
      // ("Museum director Ana Roy said …" of "a museum in Lima": a kind's word capitalised only as a sentence's first, with no
      // body of that kind named, is part of the office, not a body's name.)
      if (p.affiliation === kind && !writtenInside(sentences, kind, writtenIn)) {
        p.affiliation = null;
        p.roles = p.roles.map((r, i) => (i === 0 ? `${kind} ${r}` : r));
      }
    }
    if (p.affiliation) continue;
    const own = kindsOwnBody(sentences, p.mentions, kinds);
    p.affiliation = own ?? whoseOffice(sentences, p, persons);
    // ("the union's general secretary" of the Lima Dockers Union is its "general secretary": the card shows whose.)
    if (own) p.roles = withoutKindOwner(p.roles);
  }
  // "Halvex Motors on Thursday cut its forecast. … Chief executive X told analysts …": a company's officers, named without
  // it, are the company's that the report is about.
  const company = reported ?? (companies.size === 1 ? [...companies][0].name : null);
  if (company)
    for (const p of persons) {
      if (!p.affiliation && p.roles.length && p.roles.every(isCompanyOffice) && !namesMatch(p.name, company)) {
        p.affiliation = company;
        // (… as is "the company's chief executive" of the company the report is about.)
        p.roles = withoutKindOwner(p.roles);
      }
      // ("Halvex's chief executive, X" in a report on Halvex Systems: the company by its full name.)
      else if (p.affiliation && company.startsWith(`${p.affiliation} `)) p.affiliation = company;
    }
  // "The Bank of Lima left its benchmark rate unchanged at 4% … Deputy Governor X and external member Y wanted a cut": a central
  // bank's officers, named without it, are the bank's whose rate decision the report is about.
  const bank = centralBankOf(sentences);
  if (bank) for (const p of persons) if (!p.affiliation && p.roles.length && p.roles.every((r) => CENTRAL_BANK_OFFICE.test(r))) p.affiliation = bank;
  officesOfCountryLists(persons, sentences);
  // "Peru, which left the pact years ago, took part from afar, with its envoy Ana Roy …": "its" is the country the sentence
  // opens with.
  for (const p of persons) {
    if (p.affiliation) continue;
    for (const m of p.mentions) {
      const text = sentences[m.sentence]?.text ?? '';
      if (!ITS_OFFICE_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start))) continue;
      // (… or the body it opens with: "The Lima Party lost ground, and its leader, X, conceded.")
      const opening = openingCountry(text) ?? BODY_NAME_SUBJECT.exec(text)?.[1];
      if (opening) {
        p.affiliation = opening;
        break;
      }
    }
  }
  return persons.sort((a, b) => firstAt(a) - firstAt(b));
}

/** Right after the name of one who speaks for an absent country: their own attending ("…, attended in his place"). */
const ATTENDED_AFTER = /^[^.;]{0,80}?\b(?:attended|took part|instead)\b/;
/** The mention is of "its" office-holder, after a clause whose subject, a country, stayed away ("Peru stayed away from the
 * summit; its envoy, X, said …"), and their own clause tells of no attending. */
function forAnAbsentee(text: string, m: Mention): boolean {
  if (!ITS_OFFICE_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start))) return false;
  return !!openingCountry(text) && ABSENCE.test(text.slice(0, m.start)) && !ATTENDED_AFTER.test(text.slice(m.end));
}

/** Right before a name: an office of "its" ("with its envoy ", "its ambassador, "). */
const ITS_OFFICE_BEFORE = /\bits\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,?\s+$/u;
/** A plural office over a list of countries: "The prime ministers of Peru, Chile and Bolivia". */
const OFFICES_OF_COUNTRIES = /\b((?:\p{Ll}[\p{Ll}-]*\s+){0,2})(\p{L}+)\s+of\s+([^.;:]{3,200})/gu;

/** "The prime ministers of Peru, Chile and Bolivia met … Peru's Ana Roy hosted …": one named by their country alone, after a
 * plural office over a list that names it, holds that office. (Each sentence is read once, and only before the first
 * such person's first mention.) */
function officesOfCountryLists(persons: readonly Person[], sentences: readonly Sentence[]): void {
  const bare = persons.filter((p) => !p.roles.length && p.affiliation && COUNTRY_NAMES.has(p.affiliation));
  if (!bare.length) return;
  const last = bare.reduce((n, p) => Math.max(n, p.mentions[0]?.sentence ?? 0), 0);
  const offices: Array<{ at: number; office: string; countries: Set<string> }> = [];
  for (const s of sentences.slice(0, last + 1))
    for (const m of s.text.matchAll(OFFICES_OF_COUNTRIES)) {
      const head = singularTitleHead(m[2]);
      if (!head || m[2].toLowerCase() === head.toLowerCase()) continue;
      // (The words right before it that qualify the office: "prime", "foreign"; not "alongside the".)
      const words = m[1].trim().split(/\s+/).filter(Boolean);
      let from = words.length;
      while (from > 0 && TITLE_MODIFIERS.has(words[from - 1])) from--;
      const modifiers = words.slice(from);
      const countries = new Set(findCountries(m[3]).map((c) => c.country));
      if (countries.size >= 2) offices.push({ at: s.index, office: [...modifiers, head].join(' ').toLowerCase(), countries });
    }
  for (const p of bare) {
    const office = offices.find((o) => o.at <= (p.mentions[0]?.sentence ?? 0) && o.countries.has(p.affiliation!));
    if (office) p.roles.push(office.office);
  }
}

/** An office owned by a body's kind, before a name ("The union's general secretary, Ana Roy") or after it ("Ana Roy, the
 * trust's chief executive,"): the kind. */
const KIND_BEFORE = /\b[Tt]he\s+(\p{Ll}+)['’]s\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,?\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?$/u;
const KIND_AFTER = /^,\s+the\s+(\p{Ll}+)['’]s\s/u;
/** "… a stake in the bank, and its chief executive, X": an office of "its", the kind the clause before names ("the bank"). */
const KIND_THEN_ITS = /\bthe\s+(\p{Ll}+),?\s+and\s+its\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,?\s+$/u;
/** Capitalised words, then a kind of body in lower case: "the Lima School District board". */
const KIND_IN_LOWER_CASE = /\b((?:\p{Lu}[\p{L}'’.-]*\s+){1,5})(board|union|council|committee|trust)\b/gu;
/** The kinds of body a report names and then calls by its kind alone ("the union", "the trust"). */
const CALLED_BY_KIND = new Set([...BODY_KINDS, ...BODY_HEADS, 'board', 'league', 'court', 'forum', 'gallery', 'orchestra', 'theatre', 'theater']);
/** A sentence that opens with a body called by its kind: "The gallery, which reopened on Tuesday, said …". */
const THE_KIND_OPENS = /^The\s+(\p{Ll}+)\b/u;

/** "… by the service Halvex, whose chief executive, X, welcomed it": the name whose office X holds. */
/** (A body's name may hold "of" or "for": "the University of Lima, whose vice-rector Ana Roy"; its office may be a title in
 * capitals, set off or not: "Lima University of Technology, whose Professor Ana Roy will lead".) */
const WHOSE_OFFICE_BEFORE =
  /(?:\b(\p{Ll}+)\s+)?(\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:of|for)\s+)?\p{Lu}[\p{L}&'’.-]*){0,4}),\s+whose\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+,?\s+$/u;

/** The body a person is named as an officer of after "whose", named after its kind ("the service Halvex, whose chief
 * executive, X"), or in one word no person's name ends with; no person's ("Ana Roy, whose lawyer, X, …"). */
function whoseOffice(sentences: readonly Sentence[], p: Person, persons: readonly Person[]): string | null {
  for (const m of p.mentions) {
    const found = WHOSE_OFFICE_BEFORE.exec((sentences[m.sentence]?.text ?? '').slice(Math.max(0, m.start - 80), m.start));
    if (!found) continue;
    const [, kind, name] = found;
    const body =
      (kind && (CALLED_BY_KIND.has(kind) || BUSINESS_KINDS.has(kind) || ONLINE_KINDS.has(kind))) ||
      (!name.includes(' ') && !persons.some((q) => namesMatch(name, q.name))) ||
      // ("Lima University of Technology, whose …": a name with a body's word in it.)
      name.split(/\s+/).some((w) => BODY_HEADS.has(w.toLowerCase()));
    if (body) return name;
  }
  return null;
}

/** Kinds of body a name may follow beyond a body's and a business's kinds: "the streaming service Halvex". */
const ONLINE_KINDS = new Set(['service', 'platform', 'app', 'website', 'site', 'brand', 'label', 'chain']);

/** The one body the text names with a kind's word last ("the union" → "the Lima Dockers Union"), read once per kind; null
 * when it names none, or more than one. */
function bodyOfKind(sentences: readonly Sentence[], kind: string, known: Map<string, string | null>): string | null {
  if (!known.has(kind)) {
    const named = new Set<string>();
    for (const s of sentences) for (const name of kindNamesIn(s.text, kind)) named.add(name);
    // ("The Lima School District board voted …": a body's name, closed by a body's word, before the kind in lower case.)
    if (!named.size)
      for (const s of sentences)
        for (const found of s.text.matchAll(KIND_IN_LOWER_CASE))
          if (found[2] === kind && ORG_WORDS.has(found[1].trim().split(/\s+/).pop()!.toLowerCase())) named.add(found[1].trim().replace(/^The\s+/, ''));
    // ("made by the Lima company Halvex Pharma …. The company's chief executive, X": a name after the kind's word.)
    if (!named.size) for (const found of namesAfterBodyWords(sentences)) if (found.kind === kind) named.add(found.name);
    // ("Fees at the University of Lima will rise …. University president Ana Roy said …": a body named for its place, the
    // kind's word first.)
    if (!named.size) {
      const ofPlace = new RegExp(
        String.raw`\b[Tt]he\s+(${kind.charAt(0).toUpperCase()}${kind.slice(1)}\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})`,
        'gu',
      );
      for (const s of sentences) for (const found of s.text.matchAll(ofPlace)) named.add(found[1]);
    }
    known.set(kind, named.size === 1 ? [...named][0] : null);
  }
  return known.get(kind) ?? null;
}

/** The text writes a kind's word, capitalised, inside a sentence ("from the Museum on Sunday"): a body's own name, not the
 * first word of one. (Read once a kind: a text may name thousands of people with one kind's office.) */
function writtenInside(sentences: readonly Sentence[], kind: string, known: Map<string, boolean>): boolean {
  if (!known.has(kind)) {
    const inside = new RegExp(`\\S\\s+${kind}\\b`, 'u');
    known.set(
      kind,
      sentences.some((s) => inside.test(s.text)),
    );
  }
  return known.get(kind)!;
}

/** Each kind's expression for the names kindNamesIn reads, built once. */
const KIND_NAMES = new Map<string, RegExp>();
/** The bodies a text names with a kind's word last, in order; not the kind's word alone, capitalised as the body's own
 * ("The Forum's Secretary General"). ("the Trade, Mining and Energy Committee": a name's own list of capitalised words,
 * joined by "and"; "the Lima Board for Water Supply": what it is for or of, after it.) */
function kindNamesIn(text: string, kind: string): string[] {
  let re = KIND_NAMES.get(kind);
  if (!re)
    KIND_NAMES.set(
      kind,
      (re = new RegExp(
        String.raw`\b((?:\p{Lu}[\p{L}'’.-]*(?:,\s+(?=\p{Lu}[\p{L}'’.-]*\s+(?:\p{Lu}|and\s))|\s+and\s+(?=\p{Lu}))?\s*){1,6}${kind.charAt(0).toUpperCase()}${kind.slice(1)}${KIND_NAME_GOES_ON})\b`,
        'gu',
      )),
    );
  return [...text.matchAll(re)].map((found) => found[1].replace(/^The\s+/, '')).filter((name) => name.toLowerCase() !== kind);
}

/** The one body the text names with a kind's word last ("the Lima Dockers Union", "Halvex Health Trust"), capitalised, for
 * a person whose office some mention gives as that kind's ("the union's general secretary"); null when it names none, or
 * more than one. (Each kind's names are read once over the text: a kind is one of the body words, a bounded few.) */
function kindsOwnBody(sentences: readonly Sentence[], mentions: readonly Mention[], known: Map<string, string | null>): string | null {
  for (const m of mentions) {
    const text = sentences[m.sentence]?.text ?? '';
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    // ("Federation president Ana Roy", "Court President Ana Roy", "union official Ana Roy": the kind opening the office is the same.)
    const opening = m.role?.match(/^(\p{L}\p{Ll}+)\s+\p{L}/u)?.[1].toLowerCase();
    // ("The gallery said it would review its security. Its director, X, said …": the kind the sentence before opens with.)
    const its = /^(?:Its|Their)\s/.test(text) && m.start <= 80 ? THE_KIND_OPENS.exec(sentences[m.sentence - 1]?.text ?? '')?.[1] : undefined;
    // ("General secretary Ana Roy told delegates …" of a union's conference: a union's office, named without it.)
    const unions = GENERAL_SECRETARY.test(m.role ?? '') ? 'union' : undefined;
    const kind =
      (KIND_BEFORE.exec(before.slice(-60)) ?? KIND_THEN_ITS.exec(before) ?? KIND_AFTER.exec(text.slice(m.end, m.end + 60)))?.[1] ?? unions ?? opening ?? its;
    if (!kind || !CALLED_BY_KIND.has(kind)) continue;
    // (Of a text that names two such: the one its sentence names just before, "elected leader of the Lima Green Party,
    // defeating the party's deputy chair, X", though the report names another party further on.)
    const body = bodyOfKind(sentences, kind, known) ?? kindNamesIn(text.slice(0, m.start), kind).at(-1);
    if (body) return body;
  }
  return null;
}

/** A union's office, whose kind the text need not name beside it: "general secretary", "deputy general secretary". */
const GENERAL_SECRETARY = /^(?:deputy\s+|assistant\s+)?general\s+secretary$/i;

/** A body's kind owning the office that follows: "the union's general secretary", "the agency's head of research". */
const KIND_OWNS_OFFICE = /^(?:the\s+)?(\p{L}+)['’]s\s+(?=\p{L})/u;
/** The offices without their body's kind, once the affiliation names the body: "union's general secretary" → "general secretary". */
const withoutKindOwner = (roles: string[]) =>
  roles.map((r) => r.replace(KIND_OWNS_OFFICE, (all, kind: string) => (CALLED_BY_KIND.has(kind.toLowerCase()) ? '' : all)));

/** What a body's name may go on with after its kind's word: "for" or "of" and capitalised words, not a day's or a month's
 * ("the Lima Board for Water Supply", "the Council of Lima"; not "the Board on Monday"). */
const KIND_NAME_GOES_ON = String.raw`(?:\s+(?:for|of)\s+(?:the\s+)?(?!(?:${WEEKDAY}|${FULL_MONTH})\b)\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?(?!(?:${WEEKDAY}|${FULL_MONTH})\b)\p{Lu}[\p{L}'’-]*){0,3})?`;

/** A body's word and the name after it: "the charity Lima Aid", "the retailer Halvex Stores", "its parent company Halvex". */
const BODY_WORD_NAME =
  /\b(?:charity|company|firm|group|organi[sz]ation|union|club|retailer|agency|foundation|association|insurer|airline|carmaker|operator|developer|publisher|broadcaster|network|coalition|trust|lender|bank|band|team|party|alliance)\s+(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,4})/gu;
/** … after an article or an owner, and a word that may qualify it ("the charity", "its parent company", "the Peruvian
 * company"): in lower case, or a country's adjective. */
const BODY_WORD_OPENS = /\b(?:the|a|an|its|their|his|her)\s+(?:([\p{L}-]+)\s+)?$/u;
const opensBodyWord = (before: string) => {
  const opens = BODY_WORD_OPENS.exec(before);
  return !!opens && (!opens[1] || /^\p{Ll}/u.test(opens[1]) || COUNTRY_BY_FORM.has(opens[1]));
};

/** Each body's word the text writes before a name, after an article or an owner: "the Danish company Halvex Pharma" gives
 * the kind "company" and the name "Halvex Pharma". */
function* namesAfterBodyWords(sentences: readonly Sentence[]): Generator<{ kind: string; name: string }> {
  for (const s of sentences)
    for (const m of s.text.matchAll(BODY_WORD_NAME))
      if (opensBodyWord(s.text.slice(Math.max(0, m.index - 40), m.index))) yield { kind: m[0].split(/\s/)[0], name: m[1] };
}

/** Names the text gives a body's word before, wherever it does (a mention of a person's or not), each with the shorter
 * names its words open with ("the charity Lima Aid Trust" names "Lima Aid" too): read once, as tradedNames is. */
function bodyNames(sentences: readonly Sentence[]): Set<string> {
  const names = new Set<string>();
  for (const { name } of namesAfterBodyWords(sentences)) {
    const words = name.split(/\s+/);
    for (let n = 1; n <= words.length; n++) names.add(words.slice(0, n).join(' '));
  }
  return names;
}

/** A company's offices: "chief executive", "chief financial officer", "finance chief", "the company's chairman", "head of
 * software". */
const COMPANY_OFFICE =
  /^(?:(?:the\s+)?(?:company|firm|group|bank|carmaker|drugmaker|airline)['’]s\s+)?(?:chief\s+(?:[\p{L}-]+\s+){0,2}officer|chief executive|CEO|CFO|COO|CTO|finance director|(?:finance|financial|operating|technology|marketing|commercial|investment|risk|strategy)\s+chief|managing director|(?:board\s+)?chair(?:man|woman|person)?|vice-chair|(?:co-)?founder|general counsel|head of [\p{L} -]+)$/iu;
/** A company's office, or two joined ("President and Chief Executive Officer": a president beside a company's office is
 * the company's, where alone it may be a country's). */
const isCompanyOffice = (role: string) => {
  const parts = role.split(/\s+and\s+/i);
  return parts.some((part) => COMPANY_OFFICE.test(part)) && parts.every((part) => COMPANY_OFFICE.test(part) || /^president$/i.test(part));
};
/** The last word of a company's name: "Lima Therapeutics", "Halvex Group". */
const CORPORATE_SUFFIX = new Set([
  ...'therapeutics pharma pharmaceuticals technologies group inc ltd plc corp llc gmbh ag ab asa nv oyj spa holdings systems labs industries energy foods brands logistics'.split(
    ' ',
  ),
  ...TRADE_WORDS,
]);
/** Words a report calls the company it is about by: "the company", "the carmaker". */
const THE_COMPANY = /\bthe (?:company|firm|carmaker|automaker|drugmaker|chipmaker|airline|retailer|insurer|lender|conglomerate|manufacturer)\b/i;
/** The words for a company's trade, as a lead writes them before its name ("Carmaker Halvex", "Norwegian shipbuilder
 * Halvex"): its first letter either case. */
const TRADE =
  'carmaker automaker drugmaker chipmaker planemaker steelmaker shipbuilder retailer insurer lender miner brewer airline broadcaster publisher conglomerate manufacturer start-?up maker company firm giant provider designer developer producer supplier group operator chain'
    .split(' ')
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
/** A word for a company's trade opening the lead before its name: "Carmaker Halvex on Tuesday unveiled …". */
const TRADE_BEFORE_NAME = new RegExp(String.raw`^(?:${TRADE})\s+(?=\p{Lu})`, 'u');
/** A trade's word closing the words before a name: "Software maker ", "Norwegian shipbuilder ". */
const TRADE_ENDS = new RegExp(String.raw`\b(?:${TRADE})\s*$`, 'u');
/** A capitalised run opening the lead, after any dateline, before its verb: "Halvex Motors on Thursday cut …", "Halvex AB
 * (Nasdaq: HLVX) today announced …" (after its nation and trade too: "Norwegian shipbuilder Halvex Marine will cut …",
 * "Danish budget airline Halvair filed …"); or the company whose people the lead's subject are ("Shareholders of Halvex
 * Group voted …", "The board of Halvex Group has removed …", "Workers at Halvex Motors …", "Investors in chemicals group
 * Halvex …", "… in the chemicals group Halvex …"); never an article ("A failure at cloud provider Halvex knocked …"), nor a
 * preposition opening a phrase ("Under the plan, staff will …"). */
const LEAD_SUBJECT = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Lu}\s.,'’-]*(?:\([^)]*\))?\s*[—–-]+\s*)?(?:The\s+(?:board|shareholders)\s+of\s+(?=\p{Lu}))?(?!(?:The|A|An|This|That|These|Those|Its|Their|He|She|It|They|We|I|You|His|Her|Our|My|There|Here|Under|After|Before|In|On|At|For|With|Without|Despite|During|Following|Since|As|While|When|If|Although|By|From|To|Over|Amid|According|Across|Throughout)\s)(?:\p{Lu}\p{Ll}+\s+(?:of|at|in|from)\s+(?:\p{Ll}+\s+){0,2}(?:(?:${TRADE})\s+(?=\p{Lu}))?)?(?:\p{Lu}\p{Ll}+\s+(?:\p{Ll}+\s+)?(?:${TRADE})\s+(?=\p{Lu}))?((?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}\p{Lu}[\p{L}&'’.-]*)(?:\s+\([^()]{1,40}\))?(?:,\s+(?:the|a|an)\s+[^,;]{1,60},)?\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:has\s+|have\s+|will\s+)?(?!(?:of|at|in|from|for|with|and|to|the|a|an|its|their|this|that)\b)\p{Ll}+\b`,
  'u',
);

/** Names whose shares the text trades: "Norvik shares fell", "Norvik's shares", "shares in Norvik", "Norvik stock". */
const TRADED = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}-]+)(?:['’]s)?\s+(?:shares|stock|share price)\b|\bshares\s+(?:in|of)\s+(\p{Lu}[\p{L}-]+)/gu;
function tradedNames(sentences: readonly Sentence[]): Set<string> {
  const names = new Set<string>();
  for (const s of sentences) if (/\b(?:shares|stock|share price)\b/.test(s.text)) for (const m of s.text.matchAll(TRADED)) names.add(m[1] ?? m[2]);
  return names;
}

/** One capitalised word naming people in the plural by what they do: "Regulators", "Investors", "Scientists". */
const PLURAL_DOERS = /^\p{Lu}\p{Ll}+(?:ors|ers|ists|ians|ials|ents|ants|ees)$/u;

/** A central bank by its name: "the Bank of Lima", "the Reserve Bank of Andesia", "the Lima Central Bank", "the European
 * Central Bank", "the Federal Reserve". */
const CENTRAL_BANK =
  /\b((?:(?!The\s)\p{Lu}[\p{L}'’-]+\s+){0,2}(?:Central|Reserve)\s+Bank(?:\s+of\s+\p{Lu}[\p{L}-]+)?|Bank\s+of\s+\p{Lu}[\p{L}-]+|Federal\s+Reserve)\b/u;
/** A central bank's offices: its governor and deputies, the outside members of its rate-setting committee. */
const CENTRAL_BANK_OFFICE = /^(?:deputy\s+)?governor$|^external\s+member$|^chief\s+economist$/i;
/** The central bank a report of a rate decision is about: named in its first sentences, with the rate. */
function centralBankOf(sentences: readonly Sentence[]): string | null {
  for (const s of sentences.slice(0, 3)) {
    const bank = /\brates?\b/.test(s.text) ? CENTRAL_BANK.exec(s.text)?.[1] : undefined;
    if (bank) return bank;
  }
  return null;
}

/** The company a business report is about: the subject of its lead, named with a company's word ("Motors", "Airlines") or
 * called "the company" further on; never a country or a person's name (of the people the text names, when given: "Chair
 * Ana Roy told the meeting …" in a report that calls a company "the company" names no company). */
export function reportedCompany(sentences: readonly Sentence[], people: readonly { name: string; roles: readonly string[] }[] = []): string | null {
  const lead = sentences.slice(0, 3).find((s) => LEAD_SUBJECT.test(s.text));
  const subject = lead ? LEAD_SUBJECT.exec(lead.text)! : null;
  const name = subject ? subject[1].replace(TRADE_BEFORE_NAME, '') : null;
  if (!subject || !name || COUNTRY_BY_FORM.has(name) || findCountries(name).length) return null;
  if (people.some((p) => name.endsWith(` ${p.name}`) || (name === p.name && p.roles.length))) return null;
  // ("Chief executive Ana Roy said …": an office opening the lead, before its words in lower case, names no company.)
  if (nameWords(name).every((w) => isTitleWord(w) || TITLE_MODIFIERS.has(w.toLowerCase()))) return null;
  // ("Regulators fined Halvex Rail …", "Investors sold …": people named by what they do, in the plural, are no company.)
  if (PLURAL_DOERS.test(name)) return null;
  // ("Rail workers will strike …", "Steel prices rose …": a company's word alone is no company's name.)
  if (!name.includes(' ') && COMPANY_WORDS.has(name.toLowerCase())) return null;
  // ("Carmaker Halvex said …", "Software maker Halvex said …": its trade, written before it, says it is a company.)
  const byTrade = TRADE_BEFORE_NAME.test(subject[1]) || TRADE_ENDS.test(subject[0].slice(0, subject[0].indexOf(subject[1])));
  const last = name.split(/\s+/).pop()!.toLowerCase();
  // (A union, a council or a party is no company, though the report calls another one "the company".)
  // (… or one well known, written as a person's name would be: "Morgan Stanley".)
  const called =
    byTrade ||
    COMPANY_WORDS.has(last) ||
    CORPORATE_SUFFIX.has(last) ||
    BODIES_NAMED_LIKE_PEOPLE.has(name) ||
    (!ORG_WORDS.has(last) && sentences.some((s) => THE_COMPANY.test(s.text)));
  return called && !nameWords(name).some((w) => HONORIFICS.has(w.toLowerCase())) ? name : null;
}

/** A full stop that ends an honorific ("Dr.", "Mr."), not a sentence: words before a name may hold one. */
const HONORIFIC_STOP = String.raw`\.(?<=\b(?:${[...HONORIFICS, ...TITLE_ABBREVIATIONS.keys()]
  .filter((w) => /^[a-z]+$/.test(w))
  .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
  .join('|')})\.)`;

/** Up to four capitalised words, the first after a non-letter: where a country's name may stand. */
const CAPITALISED_RUN = String.raw`(?:^|[^\p{L}])(?:The\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})`;
/** The words a country sends someone in, right after its name ("took part online through its envoy" too). */
const SENDS = 'was (?:again |also |once again |only )?represented by|sent|dispatched|(?:took part|participated|joined)(?: [^.;,]{1,30}?)? through';
/** A country that sent a stand-in, or was represented by one, in the words before the stand-in's name ("Peru sent …", "…
 * except Peru, which sent …"). */
const COUNTRY_SENT = new RegExp(
  String.raw`${CAPITALISED_RUN}(?:,\s+(?:which|who|an?|the)\b[^,;]{1,80},)?(?:,\s+which)?\s+(?:${SENDS})\s+(?:(?:its|their)\s+)?[^.;]{0,80}$`,
  'u',
);
/** Countries opening the sentence that sent one each, named in order after a plural office: "Chile and Peru sent their
 * foreign ministers, " (the first's), "…, Ana Roy and " (the second's); an aside may follow them ("Peru and Chile,
 * both founding members, sent their presidents, "). The countries, then the names before this one. */
const JOINT_SENT =
  /^(?:The\s+)?((?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s+|\s+and\s+(?:the\s+)?))+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?:,\s+[^,;]{1,80},)?\s+(?:sent|dispatched)\s+their\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+s,\s+([^;]{0,160}?)$/u;
/** Where a list's items part: ", ", ", and ", " and ". */
const LIST_PARTS = /,\s+(?:and\s+)?|\s+and\s+(?:the\s+)?/;

/** The country of the name a sentence's opening countries sent in turn ("Chile and Peru sent their foreign ministers, X
 * and Y": Y is Peru's); null when the words before the name are no such list, or name more than the countries. */
function countryInTurn(before: string): string | null {
  const m = JOINT_SENT.exec(before);
  if (!m) return null;
  const countries = m[1].split(LIST_PARTS).map((c) => COUNTRY_BY_FORM.get(c));
  const at = m[2] ? m[2].split(LIST_PARTS).filter(Boolean).length : 0;
  return countries.every(Boolean) && at < countries.length && (!m[2] || LIST_PARTS.test(m[2].slice(-6))) ? (countries[at] ?? null) : null;
}

/** Right after a country, its verb of sending (or its government's, or its leader's: "Peru's interim government sent …",
 * "Peru's president sent her trade minister, …"). */
const SENDS_AFTER = new RegExp(
  `^(?:['’]s\\s+(?:[\\p{Ll}-]+\\s+)?(?:government|junta|regime|authorities|leadership|president|minister|premier|chancellor|king|emir))?\\s+(?:${SENDS})\\s`,
  'u',
);
/** The country right before "was represented by", "sent" in the words before a name, whatever its name's words. */
function countrySendingIn(before: string): string | null {
  const found = findCountries(before);
  const sending = found.find((c) => SENDS_AFTER.test(before.slice(c.end)));
  if (sending) return sending.country;
  // "Timor-Leste, which …, attended as a full member, represented by Foreign Minister X": the sentence's subject.
  const subject = found[0];
  if (subject && /^(?:The\s+)?$/.test(before.slice(0, subject.start)) && /,\s+represented by\s+[^,;]{0,80}$/.test(before)) return subject.country;
  // "…, and Peru, represented by its ambassador to the UN, X, pledged …": a clause's subject right before it, an office set off
  // before the name.
  const clause = found.findLast((c) => SET_OFF_REPRESENTED.test(before.slice(c.end)) && CLAUSE_OPENS.test(before.slice(0, c.start)));
  return clause?.country ?? null;
}

/** Right after a country: ", represented by its ambassador to the UN, " before the name. */
const SET_OFF_REPRESENTED = /^,\s+represented by\s+[^,;]{0,80}(?:,\s*)?$/;
/** Where a clause opens, right before its subject: the sentence's start, ", and (the)", "; (the)". */
const CLAUSE_OPENS = /(?:^|,\s+and\s+|;\s+|\band\s+)(?:[Tt]he\s+)?$/;

/** "Peru was represented by X, and Chile by Y": the country of the elliptical second clause, before Y's name (whose
 * office may be set off before it: "and Chile by its Crown Prince, Sheikh Y"). */
const REPRESENTED_TOO = new RegExp(
  String.raw`,?\s+and${CAPITALISED_RUN}\s+by\s+(?:(?:its|their)\s+)?(?:[^.;,]|${HONORIFIC_STOP}){0,60}(?:,\s+(?:[\p{L}.'’-]+\s+){0,2})?$`,
  'u',
);
/** Offices that stand in for a higher one: "its deputy foreign minister", "an under-secretary", "its ambassador". */
const LESSER_OFFICE =
  /\b(?:deputy|vice|junior|acting|assistant|under|under-secretary|undersecretary|state secretary|secretary of state for|minister of state|ambassador|envoy|charg[eé] d['’]affaires|permanent representative|senior official|official)\b/i;

/** A country whose delegation someone leads, in the words before their name ("led by Dr. X" too; "The Peruvian
 * delegation, led by …": the country by its adjective, or its initials, "The U.S. delegation"; "Peru, whose delegation is
 * led by …"; "The Peruvian side was led by …"; and the next of those it is led by, "led by Foreign Minister X and Defence
 * Minister "). */
const DELEGATION_LED = new RegExp(
  String.raw`(?:${CAPITALISED_RUN}(?:['’]s|,\s+whose)|\b[Tt]he\s+(\p{Lu}\p{L}+|\p{Lu}(?:\.\p{Lu})+\.))\s+(?:delegation|side|team),?\s+(?:was\s+|is\s+)?(?:led|headed)\s+by\s+(?:(?:[^.;]|${HONORIFIC_STOP}){0,60}|(?:[^.;,]|${HONORIFIC_STOP}){1,80}\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4})$`,
  'u',
);

/** After a name (and an office set off after it): the country's delegation they led ("…, Minister of Trade, led the
 * Chilean delegation", " headed the Peruvian delegation"). */
const LED_THE_DELEGATION = /^(?:,[^,;]{1,80},)?\s+(?:led|headed)\s+the\s+(\p{Lu}[\p{L}]+)\s+delegation\b/u;
/** After a name: the country's delegation they were in ("… were part of the Indian delegation"). */
const PART_OF_DELEGATION = /^[^.;]{0,100}?\b(?:was|were)\s+(?:also\s+)?(?:part of|members of|among|in|on)\s+the\s+(\p{Lu}\p{L}+)\s+(?:delegation|team|side)\b/u;

/** Whom the people after it came with: "Ana Roy was accompanied by …" (the last word of their name; an initial's full stop
 * runs on: "… by Minister S. Vale and …"). */
const ACCOMPANIED_BY = /\b(\p{Lu}[\p{L}'’-]+)\s+(?:was|were|is|are)\s+(?:also\s+)?accompanied\s+by\s+(?:[^.;]|(?<=\b\p{Lu})\.){0,120}$/u;

/** A country's side, and the people it included: "The Indian side included …", "Kenya's delegation included …", "Present
 * on the Chilean side were …", "On the Peruvian side, the session was attended by …". */
const SIDE_INCLUDED =
  /(?:\b[Tt]he\s+(\p{Lu}[\p{L}]+)|\b(\p{Lu}[\p{L}]+)['’]s)\s+(?:side|delegation|team)\s+(?:also\s+)?(?:included|includes|comprised|consisted of|was made up of)\s[^.;]{0,120}$|\b[Oo]n\s+the\s+(\p{Lu}[\p{L}]+)\s+side(?:\s+were|,\s+the\s+[\p{L}-]+\s+were\s+attended\s+by)\s[^.;]{0,120}$/u;

/** Sending someone, or being represented by them: the words between a principal and their stand-in. */
const SENT = /\b(?:(?:sent|sending|dispatched|delegated)(?! (?:by|to)\b)|(?:was|were) represented by)\b/i;

/** Right after a name: the common noun of a thing named after it ("PM Lima Kant scheme", "Ana Roy prize"), or a place named
 * after someone ("the Prince Ana Roy Stadium", "Tom Vale International Airport"). */
const NAMED_THING =
  /^\s+(?:(?:scheme|programme|yojana|mission|initiative|project|prize|award|fellowship|scholarship|doctrine|formula|model|trophy|cup|lecture|medal)s?\b|(?:Yojana|Abhiyan|Scheme|Programme|Mission|Prize|Award|Trophy|Medal)\b|(?:International\s+)?(?:Stadium|Arena|Airport|Mosque|Cathedral|Temple|Station|Gallery|Theatre|Theater|Hotel|Avenue|Boulevard|Highway|Prison|Harbou?r|Hospital|University|College|School|Bridge|Hall|Centre|Center|Museum|Library)\b)/;

/** A clause of its own with a subject of its own, before "was represented by": ", while the rebels' side was". */
const ANOTHER_SUBJECT = /(?:,\s+(?:while|whereas|and|but)|;)\s+(?:the\s+)?\p{Lu}/u;

/** "Peralta … sent his foreign minister, Diana Molina, to take his place": the person named before a
 * stand-in, in the sentence that says so, whom the stand-in represents (and whose country or body). */
function standsInFor(p: Person, people: readonly Person[], sentences: readonly Sentence[]): Person | null {
  const at = p.mentions.find((m) => m.sentence === p.participationAt);
  if (!at) return null;
  const text = sentences[at.sentence]?.text ?? '';
  let best: { person: Person; end: number } | null = null;
  for (const q of people) {
    if (q === p) continue;
    for (const m of q.mentions) if (m.sentence === at.sentence && m.end <= at.start && (!best || m.end > best.end)) best = { person: q, end: m.end };
  }
  // "Verma attended in place of Secretary Antony Blinken": the principal named after the stand-in; so is the one a
  // clause after says was elsewhere ("… Vice President Ana Roy, as President Tom Vale was in Brussels").
  const away = /^[^;.]{0,60}?,\s+(?:as|because|since|while)\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;
  const elsewhere = people.find((q) =>
    q.mentions.some(
      (m) =>
        q !== p &&
        m.sentence === at.sentence &&
        m.start > at.end &&
        away.test(text.slice(at.end, m.start)) &&
        /^\s+(?:was|were|had been)\b/.test(text.slice(m.end)),
    ),
  );
  if (elsewhere) return elsewhere;
  const after = IN_PLACE_OF.exec(text.slice(at.end));
  if (after) {
    const from = at.end + after[0].length;
    const named = people.find((q) => q !== p && q.mentions.some((m) => m.sentence === at.sentence && m.start >= from && m.start - from <= 60));
    if (named) return named;
  }
  if (!best) return null;
  // "Ana Roy of Peru joined from Lima, while Chile was represented by …": another country that sends, or is
  // represented, between them is whom the stand-in is for; the person before is no principal of theirs.
  const between = text.slice(best.end, at.start);
  const principal = best.person;
  const sent = SENT.exec(between);
  const before = sent ? between.slice(0, sent.index).trimEnd() : '';
  const sender = findCountries(before).at(-1);
  if (sender && sender.end === before.length && sender.country !== principal.affiliation) return null;
  // ("The army delegation was led by Gen. X, while the Lima Front was represented by its deputy commander, Y": another subject,
  // in a clause of its own, sent the stand-in.)
  if (sent && ANOTHER_SUBJECT.test(before)) return null;
  // Already known to be away, or the words between say the principal sent (or was represented by) the stand-in.
  return principal.absent || SENT.test(between) ? principal : null;
}

function firstAt(p: Person): number {
  const m = p.mentions[0];
  return m.sentence * 100_000 + m.start;
}

/** Keeps the more complete of two roles when one contains the other. */
const SPOKESPERSON = /\b(spokes(?:person|man|woman)|press secretary|press officer)\b/i;
/** Right after a name: they are outside the body that met ("…, whose country is not a G7 member, …"). */
const NOT_A_MEMBER = /^,\s+(?:whose (?:country|government|state) (?:is|was)|who (?:is|was)|which (?:is|was)) not (?:a|an) (?:[\p{L}\d-]+\s+){0,3}?member\b/u;

/** The wishes one brings from another, or to another: "greetings", "best wishes". */
const WISHES = 'greetings|regards|best wishes|congratulations';
/** Up to a name, the office before it, capitalised ("the President of the Commission "). */
const OFFICE_BEFORE_NAME = String.raw`(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+(?:of\s+(?:the\s+)?)?){0,5}$`;
/** Before a name: what another brought from them, or needs of them ("brought the greetings of President", "a message
 * from", "needs the approval of the presidents"). */
const BROUGHT_FROM = new RegExp(
  `\\b(?:${WISHES}|message|letter|good wishes|condolences|invitation|approval|consent|sign-off|blessing)\\s+(?:of|from)\\s+(?:(?:the\\s+)?[\\p{L}.'’-]+\\s+){0,4}$`,
  'u',
);
/** Before a name: the wishes another brought them ("brought the best wishes of King Ivo Kant to President ", "sent his best
 * wishes to "), the name's own title at most four words. */
const WISHES_TO = new RegExp(`\\b(?:${WISHES})\\b[^.;]{0,80}?\\bto\\s+(?:(?:the\\s+)?[\\p{L}.'’-]+\\s+){0,4}$`, 'u');
/** Before a name (and its title), an act still awaited: "once President ", "until the governor, ". */
const AWAITED_BEFORE = /\b(?:once|until|unless)\s+(?:[\p{L}.'’-]+,?\s+){0,3}$/u;
/** After the name, the act awaited: " signs it", " approves the bill". */
const AWAITED_ACT_AFTER = /^,?\s+(?:signs|approves)\b/;
/** Before a name (and its title): one someone will ask, urge or invite, later ("would ask King ", "will invite President "). */
const TO_BE_ASKED_BEFORE =
  /\b(?:will|would|is to|are to|plans? to|intends? to|is expected to)\s+(?:ask|urge|invite|call on|write to|petition)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/u;
/** Before a name (and its title): one a text adopted asks or tasks ("The motion asks Mayor ", "the declaration
 * invites the President of the Commission "). */
const ASKED_BY_TEXT_BEFORE = new RegExp(
  `\\b(?:resolution|declaration|statement|communiqu[eé]|text|motion|decision)\\s+(?:also\\s+)?(?:asks|asked|requests|calls on|called on|urges|invites|tasks)\\s+${OFFICE_BEFORE_NAME}`,
  'u',
);
/** From a sentence's start to a name: the text adopted, as "It", asks or tasks them after what else it does ("It urges a truce
 * by May and tasks Envoy "). */
const ASKED_BY_IT_BEFORE = new RegExp(
  `^It\\s+(?:also\\s+)?(?:calls|urges|demands)\\b[^.;]{1,140}?\\s+and\\s+(?:also\\s+)?(?:asks|requests|tasks)\\s+${OFFICE_BEFORE_NAME}`,
  'u',
);
/** Before a name: a meeting someone travels on to after the news ("flies on to Quito for a summit
 * with"). */
const LATER_MEETING_BEFORE = new RegExp(
  String.raw`${TRAVELS_ON}(?:(?!\b(?:after|before|when|while)\b)[^.;]){0,80}\b(?:for|to attend|to join)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:meeting|summit|talks|visit)\b[^.;]{0,60}\bwith\s+[^.;]{0,80}$`,
  'u',
);
/** After a name: that they died in a year of their own ("…, died in 2011", "…, who died in 2011,"). */
const DIED_BEFORE = /^(?:,[^,;]{1,80},)?\s*,?\s+(?:who\s+)?died\s+in\s+(?:19|20)\d\d\b/;

/** After a name, that they were killed: ", 52, was hit by a crane", " died in the blaze", " was shot dead". */
const KILLED_AFTER_NAME = /^(?:,[^,;]{1,60}){0,3},?\s+(?:(?:was|were)\s+(?:struck|hit|killed|shot|stabbed|crushed|found dead)|died|drowned)\b/;
/** Before a name: whose death the report is about ("after the death of ", "the killing of "). */
const DEATH_OF_BEFORE = /\b(?:death|deaths|killing|murder)\s+of\s+$/;

/** Before a name: an obituary's list of the family left ("is survived by her daughter, the sculptor "). */
const SURVIVED_BY = /\bsurvived by\b[^.;]{0,80}$/;

/** Before a name, in its sentence: the list of a prize's other contenders ("The shortlist also included novelists ", "Other
 * nominees were ", "The runners-up were "). */
const SHORTLISTED_BEFORE =
  /\b(?:(?:the\s+)?short-?list\s+(?:also\s+)?(?:included|includes|featured|comprised)|(?:also\s+)?shortlisted\s+(?:were|was|are)|(?:other\s+)?(?:nominees|finalists|runners-up|contenders)\s+(?:also\s+)?(?:were|included|are)|(?:beat|beating|ahead of)\s+(?:a\s+)?shortlist\s+(?:of|that included))\b[^.;]*$/iu;

/** Before a name, in its sentence: that sanctions are laid on them ("imposed sanctions on 14 officials, among them Interior
 * Minister ", "froze the assets of "); not a name after the clause ("…, Treasury Secretary Ana Roy said"). */
const SANCTIONED_BEFORE =
  /\b(?:sanctions?\s+(?:on|against)|sanctioned|blacklisted|froze\s+the\s+assets\s+of|asset\s+freezes?\s+(?:on|against)|travel\s+bans?\s+(?:on|against))\b(?:[^.;,]|,(?=\s+(?:among|including|and|as well as)\b)){0,160}$/u;
/** Opening a sentence: the members of a list the sentence before told of ("Among them are ", "They include "). */
const LIST_OF_THEM =
  /^(?:Among\s+(?:them|those\s+(?:listed|named|targeted))\s+(?:are|were|is|was)|(?:They|Those\s+(?:listed|named|targeted))\s+(?:include|included))\b/u;
/** Before a name: a list, a package or a draft of measures that names it ("a draft list that included the army chief,
 * "); whom it names are targets when the measures are sanctions. */
const LISTED_BEFORE =
  /\b(?:list|package|version|draft|round)\s+(?:that|which)\s+(?:included|includes|named|names|listed|lists|targeted|targets|would\s+have\s+(?:included|named|targeted))\b[^.;]{0,100}$/u;
/** Sanctions of any kind: "sanctions", "froze the assets", "travel bans", "blacklisted". */
const SANCTIONS = /\bsanction(?:s|ed)?\b|\bfreez(?:e|es|ing)\s+(?:the\s+)?assets\b|\btravel\s+bans?\b|\bblacklist(?:ed)?\b/u;

/** Before a name (and its office): whose a thing was or whom it is named for ("a necklace that belonged to Queen ", "a
 * hall named after the late ", "a fund in memory of "): an owner or a namesake, no one who took part. */
const OWNER_OF_THING_BEFORE =
  /\b(?:(?:once\s+)?(?:belonged|belonging|belongs)\s+to|(?:once\s+|originally\s+)?owned\s+by|named\s+(?:after|for)|in\s+(?:memory|honou?r)\s+of|dedicated\s+to\s+the\s+memory\s+of)\s+(?:the\s+)?(?:late\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/u;

/** Before a name: the work it is the maker of ("a painting by the Dutch artist", "a novel by", "confirmed it was by"). */
const MADE_BY_BEFORE =
  /\b(?:(?:painting|portrait|drawing|sketch|sculpture|statue|novel|poem|manuscript|symphony|photograph|canvas|masterpiece|work)s?|(?:it|this|which|that)\s+was)\s+by\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/u;

/** After a name (and where they work): a clause that says they had no part in what is reported ("…, who was not involved in
 * the research", "…, who did not take part in the talks"). */
const NOT_INVOLVED =
  /^(?:\s+(?:of|at|from)\s+[^,;]{1,60})?,\s+who\s+(?:(?:was|is|were|are|has been|had been)\s+not\s+(?:involved|part of|a party to)|(?:did|does|has|had)\s+not\s+(?:take|taken|took)\s+part|(?:did|does)\s+not\s+(?:participate|attend|work on))\b/u;

/** Right before a name: a meeting still to come, with them ("will travel to Paris for talks with President", "is due to
 * meet"). */
const MEETING_TO_COME =
  /\b(?:will|is due to|are due to|is set to|are set to|is expected to|are expected to|plans to|is to|are to)\s+(?:[\p{L}\d,'’-]+\s+){0,12}?(?:(?:talks|meeting|meet|visit|call)\s+(?:with\s+)?|meet\s+)(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u;
/** Right after a name (and an aside set off after it): a meeting still to come, theirs ("is due to meet", ", is expected to
 * give evidence", "will visit", "will travel to"); not something else they will do ("will lead the combined company"). */
const STILL_TO_DO =
  /^(?:,[^,;]{1,80},|,)?\s+(?:(?:is|are) (?:due|set|expected|scheduled) to|will)\s+(?:meet|visit|travel|attend|join|address|appear|testify|give evidence|arrive|hold talks)\b/u;
/** Right before the first name of a list: "their Chilean counterparts, Foreign Minister ". */
const COUNTERPARTS_BEFORE = /\bcounterparts,?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** Between two names of a list: " and Defence Minister ", ", and ". */
const LIST_NEXT_NAME = /^,?\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** Right before a name: "his Chilean counterpart", "her counterpart, ". */
const COUNTERPART_BEFORE = /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{L}-]+\s+)?counterpart,?\s+$/u;
/** An office as it may pass to a counterpart: a few words, no country's ("Prime Minister", "Minister of Foreign Affairs",
 * "foreign minister"; not "Foreign Minister of Peru", "Peru's envoy"). */
const PLAIN_OFFICE = /^[\p{L}][\p{L}-]*(?:\s(?:(?:of|for|and)\s)?[\p{L}][\p{L}-]*){0,3}$/u;
/** Those who comment on news from outside it: "an analyst at Lima Bank", "chief economist", "a strategist". */
const COMMENTATOR = /^(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:analyst|economist|strategist|commentator)s?\b/iu;
/** Words that put someone in the room: "asked from the floor", "told the meeting", "attended". */
const IN_THE_ROOM =
  /\b(?:from the floor|told (?:the )?(?:meeting|conference|summit|delegates|audience|forum|session|hearing|investors|analysts)|attended|took part|participated|asked (?:a question|whether|why|how|if)|addressed)\b/i;

const roleKey = (role: string) =>
  role
    .toLowerCase()
    .replace(/advisor/g, 'adviser')
    .replace(/councillor/g, 'councilor')
    .replace(/under[\s-]secretary/g, 'undersecretary')
    .replace(/[’']/g, "'");

function addRole(roles: string[], role: string): void {
  const key = roleKey(role);
  if (roles.some((r) => roleKey(r).includes(key))) return;
  for (let i = roles.length - 1; i >= 0; i--) if (key.includes(roleKey(roles[i]))) roles.splice(i, 1);
  roles.push(role);
}

/** "joined by video link", "spoke … remotely", "took part online", "an online meeting", "agreed in a phone call": taking part from
 * elsewhere; not "an online ballot", "virtually all members", "posted a letter online". */
const REMOTE = new RegExp(
  String.raw`\b(?:by|via|over|through) (?:a )?(?:[Vv]ideo(?:[- ]?link| conference|conferencing| call)?|videoconference|phone|telephone|[Zz]oom|satellite link)\b|${IN_A_CALL}|\b[Rr]emotely\b|\b(?:[Vv]irtually|[Oo]nline)\b(?<!\b(?:posted|published|shared|uploaded|released|put|streamed|circulated|leaked)\s+(?:[\p{L}'’-]+\s+){0,4}\p{L}+)(?=\s+(?:meeting|session|summit|conference|talks|call|event|forum|gathering|from|via|by|at|in|on)\b|\s*[^\s\p{L}]|\s+\p{Lu}|$)`,
  'u',
);
/** A clause with a subject of its own after a name's: ", and Chile's president joined …", ", while the Lima Front …". */
const OTHERS_CLAUSE = /,\s+(?:and|while)\s+(?:the\s+)?\p{Lu}/u;
/** A past perfect right before how someone was reached: "had spoken by phone", "had earlier talked by video link". */
const HAD_BEFORE = /\bhad\s+(?:[\p{L}-]+\s+){1,2}$/u;
/** "was represented by X", "sent X to take his place", "in X's place": someone there instead of another; not
 * someone speaking "on behalf of the Group of 77" or "of the European Union", a group they belong to, nor "on behalf of
 * everyone at the club". */
const IN_PLACE = String.raw`[Oo]n behalf of(?!\s+(?:everyone|everybody|all|us)\b)(?!\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:[Gg]roup|bloc|[Uu]nion|[Aa]lliance|[Mm]ovement|countries|nations|states|members|governments?|coalition|[Cc]ommunity|[Oo]rgani[sz]ation|G-?\d+)\b)|in (?:his|her|their|\p{Lu}[\p{L}'’-]+['’]s) place|to take (?:his|her|their) place`;
const IN_PLACE_RE = new RegExp(IN_PLACE, 'u');
/** The words between a stand-in and the one named after whose place they took: "X, standing in for Y". */
const IN_PLACE_OF_WORDS = 'in place of|standing in for|stood in for|deputi[sz]ing for|substituting for|filling in for';
const IN_PLACE_OF = new RegExp(`^[^;.]{0,60}?\\b(?:${IN_PLACE_OF_WORDS})\\b`);
/** Before the name: "was represented by (his deputy,) X", "sent (her foreign minister,) X", "skipped it, sending her
 * junior minister, X", "took part online through its envoy, X", "on behalf of …". */
const STAND_IN_BEFORE = new RegExp(
  String.raw`\brepresented by\s+(?:(?!(?:as|while|because|since|when|after|who)\b)[\p{L}.,'’-]+\s+){0,6}$|\b(?:took part|participated|joined)\b[^.;]{0,40}\bthrough\s+(?:its|their)\s+[^.;]{0,60}$|\b(?:sent|sending|dispatched|delegated)\s+(?:(?:his|her|their|its)\s+)?(?:(?!(?:by|to|a|an)\b)[\p{L}-]+,?\s+){0,5}$|\b(?:${IN_PLACE})\b`,
  'u',
);
/** "represented by barrister X", "by their lawyer, X": a party's counsel speaks for it, and stands in for no one. */
const COUNSEL_BEFORE = new RegExp(String.raw`\brepresented by\s+(?:[\p{L}.,'’-]+\s+){0,4}?(?:${[...COUNSEL].join('|')})\b[\p{L}.,'’\s-]{0,40}$`, 'iu');
/** After the name, in its own clause: "X, in Vale's place", "X, to take his place"; after the office and body set off
 * after the name ("X, Director-General, Ministry of Foreign Affairs of Peru, on behalf of the Minister"). */
const AS_OBSERVER = /^[^;.]{0,40}?\bas (?:an? )?observers?\b/;
const STAND_IN_AFTER = new RegExp(String.raw`^(?:,[^,;.]{1,80}(?=,)){0,2}[^;.]{0,60}\b(?:${IN_PLACE}|${IN_PLACE_OF_WORDS})\b`, 'u');

/** Sets how a person took part (or why not), and the sentence that says so. */
function classifyParticipation(p: Person, sentences: readonly Sentence[], bySentence: ReadonlyMap<number, readonly Mention[]>, earlierOnly: boolean): void {
  if (p.absent) {
    p.participation = 'absent';
    p.participationAt = p.absentAt;
    return;
  }
  if (earlierOnly) {
    p.participation = 'earlier';
    p.participationAt = p.mentions[0].sentence;
    return;
  }
  if (p.contextOnly) {
    p.participation = 'context';
    p.participationAt = p.mentions[0].sentence;
    return;
  }
  for (const m of p.mentions) {
    const text = sentences[m.sentence]?.text ?? '';
    // (Most sentences tell of no one taking part from elsewhere: their clauses need no reading.)
    if (!REMOTE.test(text)) continue;
    // The person's own clause: from the name to the next semicolon, or to the next person named (who is not joined to
    // them as one subject: "Ana Roy and Prime Minister Tom Vale agreed in a phone call").
    const others = (bySentence.get(m.sentence) ?? []).filter((x) => x.start > m.end && x.signal !== 'none' && !p.mentions.includes(x));
    let end = m.end;
    let next: Mention | undefined = others[0];
    while (next && joinedSubject(text.slice(end, next.start))) {
      end = next.end;
      next = others.find((x) => x.start > end);
    }
    // (… or to a clause of a new subject, named or not: ", and Chile's president joined by video".)
    const own = text.slice(m.start, next ? next.start : undefined).split(/;/)[0];
    const clause = own.slice(0, OTHERS_CLAUSE.exec(own)?.index);
    const remote = REMOTE.exec(clause);
    // ("… said he had spoken by phone with both sides": a call made before, not how they took part.)
    if (remote && !HAD_BEFORE.test(clause.slice(Math.max(0, remote.index - 40), remote.index))) {
      p.participation = 'remote';
      p.participationAt = m.sentence;
      return;
    }
  }
  for (const m of p.mentions) {
    const text = sentences[m.sentence]?.text ?? '';
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    // "sent its ambassador, Ana Roy, as an observer": an observer sent stands in for no one.
    const observer = AS_OBSERVER.test(text.slice(m.end));
    if ((STAND_IN_BEFORE.test(before) && !COUNSEL_BEFORE.test(before) && !observer) || STAND_IN_AFTER.test(text.slice(m.end))) {
      p.participation = 'stand-in';
      p.participationAt = m.sentence;
      return;
    }
  }
  p.participation = 'present';
  p.participationAt = p.mentions.find((m) => m.signal !== 'none')?.sentence ?? p.mentions[0].sentence;
}

/** Words of a trial or a contest around a name: "found former mayor X guilty", "X was charged", "X pleaded not
 * guilty", "A third defendant, former official X, was acquitted", "former director X received eight years and former
 * official Y five years"; "defeating former police chief X", "X, who took 36%", "X conceded", "former minister X won the run-off". */
const ON_TRIAL_BEFORE = /\b(?:convicted|acquitted|sentenced|charged|jailed|indicted|found|cleared)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$/u;
/** Before a name: proceedings against the person ("approved the extradition of former minister X", "the trial of X"). */
const PROCEEDINGS_AGAINST_BEFORE =
  /\b(?:extradition|arrest|trial|prosecution|impeachment|conviction|acquittal|sentencing)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$/u;
const DEFEATED_BEFORE = /\b(?:defeat(?:ed|ing)|beat(?:ing)?|unseat(?:ed|ing)|oust(?:ed|ing))\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$/u;
const ON_TRIAL_AFTER =
  /^(?:,[^,;]{1,80},|,)?(?:\s+and\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},?)?\s+(?:guilty|not guilty|(?:was|were|has been|had been|is|will be)\s+(?:convicted|acquitted|sentenced|charged|jailed|indicted|accused|cleared|tried|given\s+(?:[\p{L}\d-]+\s+){0,2}(?:sentences?|prison terms?|jail terms?))|(?:received|got|was handed)\s+(?:an?\s+)?(?:[\p{L}\d-]+\s+){0,2}(?:years?|months?|sentences?|prison terms?|jail terms?)\b|(?:\p{Ll}+|\d+)\s+(?:years?|months?)(?=\s*[.;])|pleaded|testified|denied|stood trial|went on trial|conceded|won|wins|(?:was|has been)\s+(?:re-)?elected)\b|^,\s+who\s+(?:took|won|got|polled)\s+\d/u;

/** The person stands trial or for election in the sentence: a defendant or a candidate is no one named for context,
 * whatever office they once held. */
function onTrial(text: string, m: Mention): boolean {
  const after = text.slice(m.end, m.end + 120);
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  return (
    ON_TRIAL_AFTER.test(after) ||
    DEFEATED_BEFORE.test(before) ||
    PROCEEDINGS_AGAINST_BEFORE.test(before) ||
    (ON_TRIAL_BEFORE.test(before) && /^\s+(?:guilty|not guilty|of|on)\b/.test(after))
  );
}

/** People who took part: not absent, not named only as former office-holders. */
export function participantsOf(people: readonly Person[]): Person[] {
  return people.filter((p) => !p.absent && !p.contextOnly);
}
