// Finds countries in text (names, aliases, demonyms, possessives) and normalises them, and picks
// out the countries an article says were represented at the event.

import { COUNTRY_BY_CAPITAL, COUNTRY_BY_FORM, COUNTRY_FORMS } from './lexicon/countries.js';
import { isTitleHead } from './lexicon/titles.js';
import { ABSENCE, TO_COME } from './lexicon/verbs.js';
import { COUNT_WORD } from './numbers.js';
import type { Sentence } from './sentences.js';
import { codePointAt, codePointBefore, isAlnum, isLetter } from './tokens.js';
import { memoize } from '../memo.js';

/** (Read-only: a sentence's mentions are shared by every reader that asks.) */
export interface CountryMention {
  readonly country: string;
  readonly form: string;
  readonly start: number;
  readonly end: number;
}

/** The forms by their first two characters (every form has two or more), each list longest first: at a place in the
 * text, the first that fits is the longest name there ("Niger" never inside "Nigeria", "Guinea-Bissau" before "Guinea"). */
const FORMS_BY_OPENING = new Map<string, string[]>();
for (const form of COUNTRY_FORMS) {
  const forms = FORMS_BY_OPENING.get(form.slice(0, 2));
  if (forms) forms.push(form);
  else FORMS_BY_OPENING.set(form.slice(0, 2), [form]);
}
/** A name is a word of its own: no letter or digit right before it, nor one, a dollar sign or a full stop and a letter
 * right after it ("US$500 million" is a currency, "Peru.com" no country). */
const joinedBefore = (text: string, at: number) => isAlnum(codePointBefore(text, at));
const joinedAfter = (text: string, at: number) => {
  const next = codePointAt(text, at);
  return isAlnum(next) || next === 36 || (next === 46 && isLetter(codePointAt(text, at + 1)));
};
/** Which UTF-16 code units open a form: a text's other characters are passed over at the cost of an array read. */
const OPENS_A_FORM = new Uint8Array(0x10000);
for (const form of COUNTRY_FORMS) OPENS_A_FORM[form.charCodeAt(0)] = 1;

/** The UK's nations, whose names also open or close other names: "Scotland Yard", "New England", "Wales Online",
 * "the Bank of England", "the Church of Scotland" (not an office's: "First Minister of Scotland"). */
const NATION_IN_NAMES = new Set(['England', 'Scotland', 'Wales']);

function inLongerName(text: string, start: number, end: number): boolean {
  const bodyOf = /\b(\p{Lu}\p{L}+) of\s$/u.exec(text.slice(Math.max(0, start - 40), start));
  return /\bNew\s$/.test(text.slice(Math.max(0, start - 4), start)) || /^\s\p{Lu}/u.test(text.slice(end, end + 2)) || (!!bodyOf && !isTitleHead(bodyOf[1]));
}

/** Before "America" or "American": a part of the continent, or a body of all of it ("Latin American", "Inter-American
 * Development Bank"), not the United States. */
const PART_OF_AMERICA = /(?:\b(?:Latin|South|North|Central)\s+|\b(?:Inter|Pan|Meso|Afro|Ibero|Anglo|Euro)-)$/;

/** The names of countries in the text, left to right, each the longest form at its place; looked up by the first
 * two characters of each form, not searched for as one long alternation at every place. A sentence is read once, however
 * many readers ask (the people, the countries represented, the event, the order of the countries). */
export const findCountries: (text: string) => readonly CountryMention[] = memoize(scanCountries);

function scanCountries(text: string): readonly CountryMention[] {
  const found: CountryMention[] = [];
  for (let start = 0; start < text.length; start++) {
    const forms = OPENS_A_FORM[text.charCodeAt(start)] ? FORMS_BY_OPENING.get(text.slice(start, start + 2)) : undefined;
    if (!forms || joinedBefore(text, start)) continue;
    const form = forms.find((f) => text.startsWith(f, start) && !joinedAfter(text, start + f.length));
    if (!form) continue;
    const end = start + form.length;
    const kept =
      !(NATION_IN_NAMES.has(form) && inLongerName(text, start, end)) &&
      !(form.startsWith('America') && PART_OF_AMERICA.test(text.slice(Math.max(0, start - 8), start)));
    if (kept) found.push({ country: COUNTRY_BY_FORM.get(form)!, form, start, end });
    start = end - 1;
  }
  return found;
}

export function countryOf(form: string): string | null {
  return COUNTRY_BY_FORM.get(form.trim()) ?? null;
}

/** The country a sentence opens with, as its subject ("Peru and Chile pledged …", "The United States, which …"), or null;
 * not a country's word that opens a longer name ("The Peruvian Dockers' Union said …"). */
export function openingCountry(text: string): string | null {
  const first = findCountries(text.slice(0, 80))[0];
  return first && /^(?:The\s+)?$/.test(text.slice(0, first.start)) && !/^\s+\p{Lu}/u.test(text.slice(first.end)) ? first.country : null;
}

/** The first country a phrase names ("Secretary of Iran's Supreme …" → Iran). */
export const firstCountryIn = memoize((text: string): string | null => findCountries(text)[0]?.country ?? null, 5000);

/** Those who take part for their learning or trade: "researchers from Peru and Chile", "two physicists from Ghana and
 * Chile". */
const SCHOLARS = 'researchers|scientists|experts|chemists|physicists|economists|engineers|academics';
/** A cheap first look before the full attendance pattern. */
const ATTENDANCE_HINT = new RegExp(
  `attend|part|join|represent|delegat|leaders|ministers|presidents|premiers|chancellors|ambassadors|counterparts|officials|envoys|mediators|negotiators|heads of|${SCHOLARS}|teams|clerics|abstention|objection|voting|voted|abstain`,
  'i',
);
/** Words that say a country took part: "attended by", "representatives of", "leaders of". */
const ATTENDANCE = new RegExp(
  String.raw`\b(attend(?:ed|ing|s)?|in attendance|took part|take part|taking part|participat\w*|join(?:ed|s)?|represent(?:ed|ing|atives?)(?: of| from)?|delegat(?:es|ions?)(?: of| from)|(?:leaders|ministers|presidents|premiers|chancellors|ambassadors|officials|envoys|mediators|negotiators|delegates|delegations|representatives|counterparts|heads of state|heads of government|${SCHOLARS}|teams|partners|clerics|participants) (?:of|from)|abstentions?,?\s+(?:from|including)|objections?\s+from|(?:those|countries|states|nations)\s+(?:voting\s+(?:against|for|in favou?r)|(?:who|that)\s+(?:voted\s+(?:against|for|in favou?r)|abstained)|abstaining)\s+(?:included|including|were)|(?<![\p{L}\s])\s*(?:Voting|Abstaining)\s+(?:(?:against|for|in favou?r)\s+)?(?:were|was|included))\b`,
  'giu',
);
const NEIGHBOURING = /\b(neighbou?ring|bordering|surrounding|around|near|against)\s+(the\s+)?$/i;
/** Right after a country: it stayed away, in the words a person's absence is told in ("Russia did not attend", "Iran was
 * absent", "Cuba boycotted the talks"). */
const STAYED_AWAY = new RegExp(`^\\s+(?:also\\s+)?(?:${ABSENCE.source})`, 'i');
/** Where the attendance clause ends and another thought begins. */
const CLAUSE_END = /[;:]|,\s+(?:where|while|even|as|but|which|who|although|though|amid|after|before|when)\b|\s+(?:even as|while|amid)\b/;
/** "Japan-Russia Summit Meeting", "China-Pakistan talks": both sides of a bilateral event. */
const BILATERAL =
  /(?<![\p{L}-])((?:[\p{Lu}][\p{L}]+ )?[\p{Lu}][\p{L}]+)-((?:[\p{Lu}][\p{L}]+ )?[\p{Lu}][\p{L}]+) (?:(?:Joint|Strategic|Business|Economic|Trade|Ministerial|Foreign|Defen[cs]e|Leaders'?) ){0,2}(?:[Ss]ummit|[Mm]eeting|[Tt]alks|[Dd]ialogue|[Cc]onsultations?|Commission|Council|Forum)\b/gu;

function hasCapitalAfterHyphen(text: string): boolean {
  for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
    const c = text[i + 1];
    if (c && c !== c.toLowerCase()) return true;
  }
  return false;
}

/** Speaking to the event itself, not to a country's own public ("addressed the nation"). */
const ADDRESSED_EVENT = 'addressed the (?:council|meeting|summit|conference|session|assembly|talks|delegates|congress|forum|committee|ministers|leaders)\\b';
/** Verbs whose subject took part: "Japan was represented by its deputy …", "Chile was represented too.", "Washington sent
 * Under Secretary …". */
const TOOK_PART_VERBS =
  // A headline's present tense too: "Peru and Chile sign trade pact".
  'sign\\b|agree\\b|represented(?:\\s+by\\b|(?=\\s*[.;,]|\\s+(?:at|in)\\s))|(?:made|took) the decision|sent\\b(?!\\s+(?:a|an)\\s+(?:letter|message|statement))(?!\\s+(?:[\\w-]+\\s+){0,3}(?:aircraft|planes?|jets?|ships?|vessels?|troops|soldiers|aid|supplies|relief|food|money|funds|equipment|weapons|arms|condolences|tents|medicine|medicines|rescuers|teams)\\b)|hosted|co-hosted|agreed|decided|signed|tabled|proposed|put forward|held talks|exchanged|swapped|took part|participated|attended|blocked|vetoed|objected|opposed|raised (?:concerns|objections|reservations)|(?:pressed|pushed) for|(?:called for|requested|demanded|forced) a (?:recorded |roll-call |secret )?(?:vote|ballot)|abstain(?:ed|ing)|vot(?:ed|ing) (?:for|against|in favou?r)|' +
  // A stance taken on what the event weighed: "backed the package", "criticised the Peruvian position", "spoke strongly in
  // favour of", "asked that the text …", "asked for more time";
  // a commitment made there ("pledged to compensate"; not money pledged, which a written statement can give).
  '(?:backed|supported|endorsed|rejected|welcomed|criticised|criticized) (?:the|a|an|its|their) (?:[\\w-]+ ){0,3}?(?:package|plan|proposal|deal|resolution|text|draft|motion|measure|agreement|declaration|initiative|compromise|amendment|target|goal|position)s?\\b|spoke (?:\\w+ly )?(?:in favou?r of|against)\\b|asked that\\b|(?:asked|called) for (?:more|further) (?:time|detail|information|consultations)\\b|pledged to (?!pay\\b|give\\b|donate\\b|provide\\b)\\w+' +
  // … or what it won in the bargaining: "Chile won a waiver on fishing quotas", "Peru secured an opt-out", "won a
  // higher quota", "was granted an exemption".
  '|(?:won|secured|obtained|(?<=\\b(?:was|were)\\s)granted) (?:an?|the|its) (?:[\\w-]+ ){0,2}?(?:exemption|concession|waiver|opt-out|derogation|quota|target)s?\\b' +
  // … or the chair it handed on there: "Peru handed the rotating chairmanship to Chile".
  "|handed (?:over )?(?:the|its) (?:[\\w’'-]+ ){0,3}?(?:chair|chairmanship|presidency|gavel)\\b";
/** "… since December 2019, after the United States blocked new appointments": a country in a clause of
 * background, set in another year (not "ended without a communique, after Russia blocked language"). */
const IN_BACKGROUND = /\b(?:since|(?:19|20)\d\d\b)[^.;]{0,60}\b(?:after|since|before|because|when|until|once)\s+(?:the\s+)?$/i;
/** In a country's own clause: when what it did was done, before the event. */
const DONE_BEFORE = /\b(?:last (?:year|month|week)|(?:a|two|three|four|five|several|\d+) (?:years?|months?) ago|previously|in the past|earlier this year)\b/i;
/** A country's delegation, led by someone: it took part. */
const LED_DELEGATION = String.raw`(?:delegation|side|team),?\s+(?:was\s+|were\s+|is\s+|are\s+)?(?:led|headed)\s+by\b`;
/** What may stand between a run of countries and its verb, each with its example. */
const BETWEEN_SUBJECT_AND_VERB = [
  // "Chile, an associate member, sent …"
  String.raw`,\s+(?:an?|the|its)\s+[^,;]{1,40},`,
  // "Peru and Chile, among the largest producers of copper, pledged …", "Peru and Chile, both members of the bloc, …"
  String.raw`,\s+(?:among|both|all|one of|two of|three of)\s+[^,;]{1,60},`,
  // "Bolivia, which joined as a member last year, sent …", "Russia, whose participation … has been limited, took part"
  String.raw`,\s+(?:which|who|whose)\s+[^,;]{1,100},`,
  // "Saudi Arabia, Russia and several other producers blocked it"
  String.raw`\s+and\s+(?:several|some|a few|many|two|three|four|five|\d+)\s+(?:other\s+)?(?:[\p{Ll}-]+\s+)?(?:producers|countries|nations|states|members|governments|allies|partners|delegations)`,
  // "Egypt, the United Arab Emirates and the African Union sent observers"
  String.raw`\s+and\s+the\s+(?:\p{Lu}[\p{L}-]+\s+){1,4}?(?=(?:sent|signed|agreed|attended|took part|participated|abstained|voted)\b)`,
  // "The eight members of the group, Saudi Arabia, …, Algeria and Oman, made the decision"
  String.raw`,(?=\s+(?:(?:made|took) the decision|agreed to|decided to|voted to)\b)`,
  // "Peru, speaking for the Andean group, backed the plan"
  String.raw`,\s+speaking\s+(?:for|on behalf of)\s+[^,;]{1,60},`,
  // "Peru's delegation opposed the levy", "Chile's negotiators backed the text"
  String.raw`['’]s\s+(?:delegation|negotiators)`,
];
/** What may stand between an auxiliary and its verb: "has also signed", "were both represented by". */
const ADVERB = '(?:again|also|once again|only|both|all)';
/** A run of countries set off by a clause that gives their part in the event, whatever the main verb says: "Peru and
 * Chile, which are co-hosting the talks, said …", "Bolivia, which brokered the deal, …", "Peru and Chile, which attended as
 * members, urged …". */
const HOSTING_ASIDE = String.raw`,\s+(?:which|who)\s+(?:(?:(?:are|is|were|was|have been|has been)\s+(?:also\s+|jointly\s+)?)?(?:co-?hosting|hosting|co-?hosted|hosted|co-?chairing|chairing|co-?chaired|chaired|mediating|mediated|brokering|brokered|facilitating|facilitated)\s+(?:the|this|these)\s+(?:[\p{L}-]+\s+){0,2}?(?:talks|meeting|summit|conference|negotiations|session|forum|deal|agreement|ceasefire|truce)\b|(?:also\s+)?(?:attended|took part|participated)\s+as\s+(?:members|observers|guests|an? (?:member|observer|guest))\b)`;
/** A run of countries among those at the event who would not put their names to its text: "Peru and Chile were among
 * those that did not endorse the text". */
const AMONG_NON_SIGNERS = String.raw`\s+(?:were|was)\s+among\s+(?:those|the (?:countries|states|nations|members|delegations))\s+(?:that|who|which)\s+(?:did not|didn't|declined to|refused to)\s+(?:sign|endorse|back|support)\b`;
/** A report in the present of taking part: "are taking part", "is participating". */
const TAKING_PART = 'taking part|participating|attending';
// "China and Cuba were among those voting against", "Ships from Peru and Chile are taking part". ("The pact on Peru was
// signed by …": a country itself is never signed, agreed or hosted; after "was" only "represented by", "among …", a
// vote or what it was granted is the country's own part.)
// "Bolivia's foreign minister, who addressed the council, urged …": the country's official, unnamed, spoke at the event.
const SUBJECT_TOOK_PART = new RegExp(
  // ("The Peruvian delegation was led by …", "Peru's delegation, headed by …": its delegation took part.)
  `^${HOSTING_ASIDE}|^${AMONG_NON_SIGNERS}|^(?:['’]s|,\\s+whose)?\\s+${LED_DELEGATION}|^(?:['’]s\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}(?:minister|envoy|ambassador|representative|delegate|delegation|president|premier|leader|secretary|chancellor|foreign minister)\\b,?\\s+(?:who\\s+)?(?:${ADDRESSED_EVENT})|(?:${BETWEEN_SUBJECT_AND_VERB.join('|')})?\\s*(?:(?:both|all|each|also)\\s+)?(?:(?:has|have|had)\\s+(?:${ADVERB}\\s+)?|(?:was|were)\\s+(?:${ADVERB}\\s+)?(?=represented\\b|among|abstain|vot|granted\\s))?(?:among (?:those|the (?:(?:\\d[\\d,]*|${COUNT_WORD})\\s+)?(?:countries|states|nations|members))\\s+(?:who\\s+|that\\s+)?)?(?:${TOOK_PART_VERBS})|\\s+(?:is|are)\\s+(?:${ADVERB}\\s+)?(?:${TAKING_PART})\\b)`,
  'u',
);
/** The stance a country takes on what the event weighed, its verb after it in a clause of "which" ("a plan, which Chile
 * backed"). */
const STANCE_VERB = 'rejected|backed|supported';
/** A cheap first look for the same verbs anywhere in a sentence. */
const TOOK_PART_HINT = new RegExp(
  `${TOOK_PART_VERBS}|among (?:those|the) |\\b(?:which|who)\\s+(?:[a-z]+\\s+){0,2}(?:co-?)?(?:host|chair|mediat|broker|facilitat)|\\bwhich\\s[^.;]{1,80}\\s(?:${STANCE_VERB})\\b|${ADDRESSED_EVENT}|${LED_DELEGATION}|${TAKING_PART}`,
);

/** Countries that are the subject of a taking-part verb: "Pakistan and Uzbekistan have agreed …". */
export function subjectCountries(text: string): string[] {
  // Cheap checks first: a taking-part verb, and a capitalised word a country could be.
  if (!TOOK_PART_HINT.test(text) || !(/\p{Lu}/u.test(text.slice(1)) || COUNTRY_BY_FORM.has(text.split(/[\s,'’]/, 1)[0]))) return [];
  const found = findCountries(text);
  const out: string[] = [];
  // A run of countries joined by commas and "and", ending right before the verb.
  for (let i = 0; i < found.length; i++) {
    const after = text.slice(found[i].end);
    const joined = /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/;
    if (i + 1 < found.length && joined.test(text.slice(found[i].end, found[i + 1].start))) continue;
    let first = i;
    while (first > 0 && joined.test(text.slice(found[first - 1].end, found[first].start))) first--;
    // ("argued for a shared fund plan, which Peru, Chile and Bolivia backed": a stance on what the event weighed,
    // its subjects in a clause of "which".)
    const stance = STANCE_AFTER.test(after) && STANCE_ON_WHICH.test(text.slice(Math.max(0, found[first].start - 80), found[first].start));
    if (!stance && !SUBJECT_TOOK_PART.test(after)) continue;
    // "The United States signed the treaty last year but …": what it did before the event, not at it.
    if (DONE_BEFORE.test(after.split(/[,;]|\s(?:but|and|while)\s/)[0])) continue;
    if (IN_BACKGROUND.test(text.slice(Math.max(0, found[first].start - 100), found[first].start))) continue;
    for (let j = first; j <= i; j++) out.push(found[j].country);
  }
  for (const [city, country] of COUNTRY_BY_CAPITAL) {
    const at = text.indexOf(`${city} sent `);
    if (at >= 0 && SUBJECT_TOOK_PART.test(text.slice(at + city.length))) out.push(country);
  }
  return out;
}

/** Right after the countries of a clause of "which": the stance they took on it ("… rejected."). */
const STANCE_AFTER = new RegExp(`^\\s+(?:${STANCE_VERB})\\b`);
/** Before the countries: what the event weighed, and "which" ("a shared fund plan, which "). */
const STANCE_ON_WHICH = /\b(?:plan|proposal|system|text|deal|package|resolution|target)s?,?\s+which\s+(?:the\s+)?$/;
/** Verbs whose agents, after "by", put forward, brokered or opposed what the event decided ("The decision was opposed by
 * Peru and Chile"); or the thing put forward itself ("A proposal by Peru to …"). */
const PUT_FORWARD_BY =
  /\b(?:opposed|blocked|vetoed|presented|introduced|signed|tabled|sponsored|co-sponsored|drafted|written|co-written|authored|co-authored|submitted|put forward|proposed|brokered|mediated|co-hosted|[Aa] (?:proposal|motion|draft resolution|resolution|amendment)) by\b/g;

/** A deal made with the countries after it: "reached a staff-level agreement with Pakistan", "signed a pact with Peru
 * and Chile" (not one merely named: "its free-trade agreement with the European Union, under negotiation …"). */
const DEAL_WITH =
  /\b(?:reach(?:es|ed)?|sign(?:s|ed)?|str(?:uck|ikes?)|conclud(?:es|ed)|seal(?:s|ed)?)\s+(?:an?\s+|the\s+)?(?:[\p{L}\p{N}$€£.,-]+\s+){0,4}?(?:agreement|deal|accord|pact|arrangement|treaty|memorandum(?:\s+of\s+understanding)?)\s+with\s+/giu;

/** Where a clause opens: a stop, or a comma. */
const CLAUSE_OPENS = /[;:,]\s+/;
/** A clause told of a time to come: "when envoys from Quito will join them", "who are due to attend". */
const WILL_IN_CLAUSE = new RegExp(`\\b(?:${TO_COME})\\b`, 'i');
/** A sentence of an event still to come, before what it says: "The next one will be held in 2028, …". */
const ONE_TO_COME =
  /\b(?:will be|is to be|are to be|is due to be|would be)\s+(?:held|hosted|staged)\b|\bthe next (?:one|meeting|summit|conference|session|round)\b/i;

/** Those who hosted or chaired it along with the subject: "co-hosted the conference with …". */
const CO_HOSTED_WITH = /\bco-?(?:hosted|hosting|chaired|chairing|organi[sz]ed|sponsored)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}?with\s+/giu;
/** Where a list after it ends: the sentence's next clause. */
const LIST_END = /[.;:]|,\s+(?:said|says|who|which|where|while|but|as|after)\b/;

/** A visit's host: "a state visit to Kenya", "arrived in Kenya on Tuesday for a four-day state visit" (a visit of state). */
const VISIT_TO = /\b(?:state|official|working) visit to\s+/gi;
const ARRIVED_FOR_VISIT = /\barrived in\s+(?=(?:the\s+)?\p{Lu}[^.;]{0,60}?\bfor an?\s+(?:[\p{L}\d-]+\s+){0,2}(?:state|official|working) visit\b)/giu;

/** Talks the sentence is about, between sides it names: "Indirect talks between the government of Peru and the rebels
 * ended …", "Talks between Peru and Chile resumed …" (only as the sentence's subject, not talks someone mentions). */
const TALKS_BETWEEN =
  /^(?:The\s+)?(?:[\p{L}-]+\s+){0,3}?(?:[Tt]alks|[Nn]egotiations|[Cc]onsultations|[Dd]ialogue)\s+between\s+([^.;:]{3,160}?)(?=,\s+(?:which|who|where|with|as|after|but)\b|\s+(?:ended|began|opened|closed|resumed|broke|collapsed|were|was|have|has|will|in|on|at|after)\b)/u;

/** The run of countries (joined by commas and "and") that starts right at `at`. */
function countriesRightAfter(text: string, at: number, inSentence: readonly CountryMention[]): string[] {
  const out: string[] = [];
  for (const c of inSentence) {
    if (c.start < at) continue;
    if (!/^\s*(?:,|and|,\s*and)?\s*(?:the\s+)?$/.test(text.slice(at, c.start))) break;
    out.push(c.country);
    at = c.end;
  }
  return out;
}

/** Countries the article names as taking part, beyond the participants' own. */
export function representedCountries(sentences: readonly Sentence[]): string[] {
  const out: string[] = [];
  for (const { text } of sentences) {
    out.push(...subjectCountries(text));
    const sides = TALKS_BETWEEN.exec(text);
    if (sides) out.push(...findCountries(sides[1]).map((c) => c.country));
    let inSentence: readonly CountryMention[] | null = null;
    const attendance = ATTENDANCE_HINT.test(text) ? text.matchAll(ATTENDANCE) : [];
    for (const m of attendance) {
      inSentence ??= findCountries(text);
      if (!inSentence.length) break;
      // ("… in May, when envoys from Peru will join them", "…, when ministers from Peru are due to attend":
      // who will take part in a meeting to come.)
      // (Read within 160 characters either side: a sentence of any length costs no more per match.)
      const before =
        text
          .slice(Math.max(0, m.index! - 160), m.index)
          .split(CLAUSE_OPENS)
          .at(-1) ?? '';
      const after = text.slice(m.index, m.index! + 160).split(CLAUSE_OPENS)[0];
      if (WILL_IN_CLAUSE.test(before + after)) continue;
      const end = text.slice(m.index!).search(CLAUSE_END);
      const stop = end > 0 ? m.index! + end : text.length;
      // "Leaders of the Group of Seven … agreed to lend to Ukraine": "leaders of" names only the countries right after it.
      // ("Counsel representing 10 asylum seekers from Iraq and Iran": whom someone represents is right after the word, too.)
      // ("Those voting against included Israel, Peru and Chile": the list right after it, too.)
      if (/\b(?:of|from|including|included|were)$/i.test(m[0]) || /^representing$/i.test(m[0])) {
        out.push(...countriesRightAfter(text, m.index! + m[0].length, inSentence));
        continue;
      }
      for (const c of inSentence) {
        // "the countries neighbouring Afghanistan": the country named is the subject, not a guest.
        if (c.start < m.index! || c.end > stop || NEIGHBOURING.test(text.slice(Math.max(0, c.start - 24), c.start))) continue;
        // "Germany was represented by X, and Russia did not attend": a country said to stay away is no guest.
        if (STAYED_AWAY.test(text.slice(c.end, c.end + 60))) continue;
        out.push(c.country);
      }
    }
    // "The resolution, tabled by Britain, the United States and Norway, …": the countries that put it forward.
    // (Not the hosts of one still to come: "The next one will be held in 2028, co-hosted by Chile and Peru.")
    for (const m of text.includes(' by ') ? text.matchAll(PUT_FORWARD_BY) : []) {
      if (ONE_TO_COME.test(text.slice(0, m.index))) continue;
      inSentence ??= findCountries(text);
      out.push(...countriesRightAfter(text, m.index! + m[0].length, inSentence));
    }
    // "co-hosted the conference with the EU, the Andes Union, Peru and Chile": the countries in the list of co-hosts.
    for (const m of text.includes('co-') ? text.matchAll(CO_HOSTED_WITH) : []) {
      const list = text.slice(m.index! + m[0].length).split(LIST_END)[0];
      out.push(...findCountries(list).map((c) => c.country));
    }
    for (const m of / visit\b/.test(text) ? [...text.matchAll(VISIT_TO), ...text.matchAll(ARRIVED_FOR_VISIT)] : []) {
      inSentence ??= findCountries(text);
      out.push(...countriesRightAfter(text, m.index! + m[0].length, inSentence));
    }
    for (const m of / with /.test(text) ? text.matchAll(DEAL_WITH) : []) {
      inSentence ??= findCountries(text);
      out.push(...countriesRightAfter(text, m.index! + m[0].length, inSentence));
    }
    if (!hasCapitalAfterHyphen(text)) continue;
    for (const m of text.matchAll(BILATERAL)) {
      for (const side of [m[1], m[2]]) {
        const c = countryOf(side) ?? side.split(' ').map(countryOf).find(Boolean);
        if (c) out.push(c);
      }
    }
  }
  return [...new Set(out)];
}
