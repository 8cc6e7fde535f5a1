// Finds the proposals someone put forward: the count the text states ("four suggestions", "a
// four-point plan") and the items it lists. Every enumeration in the article is found first —
// inline lists (semicolons, commas, parallel phrases), bulleted/numbered/lettered blocks, ordinal
// sentence runs ("First, …", "The second …"), one sentence per item ("It also proposes …", "A third
// motion …") — then the one the text ties to proposals (its introduction, its noun, the stated count).

import { FULL_MONTH } from './lexicon/calendar.js';
import { NOT_PROPOSALS, PLAN_NOUNS, PLAN_UNITS, PROPOSAL_CUE, PROPOSAL_VERB, PUT_FORWARD, VOTE_OUTCOME, itemNounPattern } from './lexicon/proposals.js';
import { COUNT_WORD, ORDINAL_WORD, parseCount, parseOrdinal } from './numbers.js';
import type { Sentence } from './sentences.js';
import { ATTRIBUTION_VERB } from './lexicon/verbs.js';

export interface Proposals {
  stated: number | null;
  items: string[];
  /** Sentences the count and the items were read from. */
  evidence: number[];
  /** The sentence that states the count, when one does. */
  statedAt?: number[];
}

/** Someone putting ideas forward (not "the proposed pipeline", not shared goals "agreed"). */
const PROPOSING =
  /\b(?:(?<!\b(?:the|a|an|its|their|his|her|our|this|that|any|no)\s)(?<!['’]s\s|s['’]\s)propos(?:ed|es|e|ing)\b|put(?:s|ting)? forward|suggest(?:ed|s|ing)\b|recommend(?:ed|s|ing)\b|(?:offer|unveil|present|outlin|rais)(?:ed|es|s)\b[^.]{0,40}\b(?:proposals?|suggestions?|plan|initiative|ideas?)|\bproposals?\b|\bsuggestions?\b|\brecommendations?\b|\b\w+-point\b)/i;
/** The verb of putting things forward itself, not a noun that names them. */
const PROPOSED_LIST = /^(?:propos(?:ed|es|e)|put(?:s)? forward|suggested|recommended)$/i;
/** Where the listed items begin inside the proposing sentence. */
export const LIST_OPENER =
  /\b(?:including|among them|which (?:include[sd]?|were|are|is)|namely|as follows|such as|(?:calls?|called)(?: first(?:ly)?,?)? for)\b\s*:?\s*|:\s*|\s[—–]\s/i;
/** An opener of a list of some of the items counted: "including", "such as", "among them". */
const SOME_OPENER = /^(?:including|such as|among them)\b/i;
// "priority" is "priorities" with its plural "s": the "y" may be "ie".
const ITEM_NOUN = itemNounPattern();
/** "First, …", "Finally, …", "The second point calls for …", "The third is to …". */
const ORDINAL_OPENER = new RegExp(
  `^(?:(${ORDINAL_WORD})(?:ly)?\\b\\s*,?|(finally|lastly)\\s*,|the (${ORDINAL_WORD}|last|final)(?: (?:${ITEM_NOUN})s?)?(?: (?:is|was) (?:to\\s+)?| (?=\\w+s?\\b)(?!\\w+\\s+(?:will|would|is|was|are|were|has|had|have|can|could|should|must|may|might)\\b)|,(?=\\s+from\\s))|(?:a|the) (${ORDINAL_WORD}|further|final) (?:${ITEM_NOUN})s?\\b,?)\\s*`,
  'i',
);
/** "four proposals", "a six-step roadmap", "five motions", "three-pillar strategy", "a five-part roadmap"; "the plan has
 * five parts" (a plan's parts counted after it, never "in two parts" alone). */
const STATED = new RegExp(
  `\\b(${COUNT_WORD})(?:[- ](?:${ITEM_NOUN}|${PLAN_UNITS.join('|')}))?\\s+(?:(?:[\\w-]+\\s+){0,2}(?:${PLAN_NOUNS.join('|')})\\b|(?:\\w+\\s+)?(?:${ITEM_NOUN})s\\b)|\\b(${COUNT_WORD})[- ](?:point|step|pillar|item)\\b|\\b(?:${PLAN_NOUNS.join('|')})\\s+(?:has|had|have|comprises|comprised|consists of|is made up of)\\s+(${COUNT_WORD})\\s+(?:${PLAN_UNITS.join('|')}|strand|plank)s\\b`,
  'i',
);
/** A list item's marker at the start of a paragraph: "1.", "•", "(c)", "(iv)". */
export const BULLET = /^(?:\(?\d{1,2}[.)]|[•●▪◦*–-]|\(?(?:[a-h]|i{1,3}|iv|vi{0,3})\))\s+/;
/** Of those, a list's mark alone, no number or letter: "- ", "• ". */
export const LIST_MARK = /^[•●▪◦*–-]\s+/;

/** A vote's outcome closing an item: "; it was also carried", ", which failed 5-6", " and was carried by 412 votes to 38". */
const ITEM_OUTCOME = new RegExp(
  String.raw`(?:\s*;\s*(?:it|that|this)(?:\s+\p{L}+)?|,?\s+which|,?\s+and)\s+(?:was\s+|were\s+)?(?:also\s+)?(?:${VOTE_OUTCOME})\b[^;]*$`,
  'iu',
);

/** Why it was put forward, closing the item in a clause of its own: ", after floods destroyed 2,000 homes in
 * Lima", ", amid fears that …" (not ", after which talks would begin": what the proposal itself sets in order). */
const ITEM_OCCASION = /,\s+(?:after|amid|because|since)\s+(?!which\b|that\b)[^;]{0,160}?\b(?:was|were|had|has|have|is|are|\p{Ll}{3,}ed)\b[^;]*$/u;

/** What the list's last item is like, closing the list in a relative clause of its own: "…, including A and B, which it
 * said were overdue": no item. */
const LIST_TAIL_RELATIVE = /,\s+(?:which|who|whose)\s[^,;]*$/;

/** Two things joined by one "and", each a noun phrase of its own: "a return to yearly drills and a review of the rules",
 * "better lighting for night shifts and a check of the alarms" (the first may have no article, the second has one). */
const TWO_THINGS = /^((?:(?:a|an|the)\s+)?[^,;]+?)\s+and\s+((?:a|an|the)\s+(?![^,;]*\band\s+(?:a|an|the)\s)[^,;]+)$/;

/** Who reported it, closing the item: ", officials said", ", Tom Vale said", ", Foreign Minister Tom Vale told reporters",
 * ", said Tom Vale", ", according to diplomats". */
const ITEM_ATTRIBUTION = new RegExp(
  `,\\s+(?:(?:(?:he|she|they|it|officials|diplomats|sources|delegates|analysts|the\\s+\\p{Ll}+)|(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,5}\\p{Lu}[\\p{L}'’-]+)\\s+(?:${ATTRIBUTION_VERB})(?:\\s+(?:reporters|journalists))?|(?:${ATTRIBUTION_VERB})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s*){1,6}|according to\\s+[^,;]{2,60})\\s*[.]?$`,
  'u',
);

/** Why the proposer says it, closing the list in a participle of speech: ", citing the cost of …", ", saying the
 * cuts were overdue": no item. */
const LIST_REASON = /,\s+(?:citing|saying|arguing|noting|claiming|insisting|explaining|warning that)\s[^;]*$/;

/** Stops closing an item: "…;", "… ,", though not the full stop of "7 a.m." or "the U.S.". */
const TRAILING_STOPS = /(?<!\b\p{L}\.\p{L})\s*[.;,:]+\s*$/u;
/** (What TRAILING_STOPS needs, found at the cost of one look per character: the expression alone tries every place.) */
const ENDS_WITH_STOPS = /[.;,:]\s*$/;

/** An ordinal counting an item off inside a sentence, with the "for" or "to" its list's verb takes: "second, for …", "thirdly,
 * to …" (set off by its comma or written with "-ly": "first aid" is an item's own words). */
const ITEM_ORDINAL = new RegExp(`^(?:${ORDINAL_WORD})(?:,|ly,?)\\s+(?:(?:for|to)\\s+)?(?=\\S)`, 'i');

function trimItem(s: string): string {
  const item = s
    // "(2) to set up …", "(b) a fund for …", "(iii) annual reports": a number or a letter inside the sentence marks the item,
    // it is no part of it.
    .replace(/^(?:and\s+)?(?:\((?:\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3})\)|(?:\d{1,2}|[a-h])\))\s+/i, '')
    .replace(/^(?:and|or|to)\s+/i, '')
    // "…; second, for a seed bank; and third, for …": the ordinal that counts the item off, and its verb's "for", are
    // no part of it.
    .replace(ITEM_ORDINAL, '')
    // "that the board should …": a list of that-clauses.
    .replace(/^that\s+(?=\S+\s+\S)/i, '')
    // "(d) hold a consultation whenever …; and": the list's last joint is no part of the item.
    .replace(/\s*[;,]\s*(?:and|or)\s*$/i, '')
    // "… open before 7 a.m.; that amendment passed", "…, which failed 5-6", "… and was carried by 412 votes to 38": how
    // the vote on it went is no part of what was put forward.
    .replace(ITEM_OUTCOME, '')
    .replace(ITEM_ATTRIBUTION, '')
    .replace(ITEM_OCCASION, '')
    .replace(LIST_REASON, '');
  return (ENDS_WITH_STOPS.test(item) ? item.replace(TRAILING_STOPS, '') : item).replace(/\s+/g, ' ').trim();
}
/** A comma between a list's items, and the "and" or "or" after it; never one inside a number ("Rs 3,100"). */
const LIST_COMMA = /,(?!\d{3}\b)\s*(?:and\s+|or\s+)?/;

/** The close of a list that says it has more: ", among other steps", ", among others", "and so on". */
const MORE_UNLISTED = /,?\s+(?:among (?:others|other\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)|and so on|and (?:many\s+)?others)(?=\s*[.!]?\s*$)/iu;

const firstWord = (s: string) => s.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
const isGerund = (w: string) => w.length > 4 && /ing$/.test(w);

/** The comma before a list's last "and" or "or". */
const SERIAL_COMMA = /,\s+(?:and|or)\s/;
/** An item's last "and", before no verb in -ing: "reforming banks and a global minimum tax". */
const LAST_AND = /^(.+)\s+and\s+(?!\p{L}+ing\b)(.+)$/u;

/** The text without the sentence's closing stop; an abbreviation's stays ("before 10 a.m."). (Read from the end, not
 * matched: every sentence with a list trigger is read this way.) */
function withoutStop(text: string): string {
  const t = text.trimEnd();
  const last = t.at(-1);
  if ((last !== '.' && last !== '!') || (last === '.' && /\p{L}\.\p{L}\.$/u.test(t.slice(-4)))) return t;
  return t.slice(0, -1).trimEnd();
}

/** "A, B and C" split plainly: only trusted where a colon or a stated count vouches for a list. */
function plainItems(text: string): string[] {
  const parts = withoutStop(text)
    .split(LIST_COMMA)
    .map((p) => p.trim())
    .filter(Boolean);
  const last = parts.pop() ?? '';
  // "A, B, and C": the serial comma marks the last item, which may hold an "and" of its own.
  const tail = SERIAL_COMMA.test(text) ? [last] : last.split(/\s+(?:and|or)\s+/);
  return [...parts, ...(parts.length ? tail : [last])].map(trimItem).filter(Boolean);
}

/** Splits an enumeration written inside one sentence; returns null when there is none. */
export function splitEnumeration(text: string): string[] | null {
  const body = withoutStop(text).replace(LIST_REASON, '');
  if (body.includes(';')) {
    const parts = body.split(/;\s*/).map(trimItem).filter(Boolean);
    // ("… proposed a task force; the idea will be studied by officials": a clause of its own after the semicolon, no item.)
    return parts.length >= 2 && !parts.slice(1).some((p) => NEW_CLAUSE.test(p)) ? parts : null;
  }
  const parts = body
    .split(LIST_COMMA)
    .map((p) => p.trim())
    .filter(Boolean);
  return parallelItems(parts) ?? gerundItems(parts) ?? infinitiveItems(parts) ?? thatItems(parts) ?? oneItems(parts);
}

/** "recommends that warnings be sent to every phone, that gauges be upgraded, and that councils publish maps": items after
 * the first that each open with "that"; the first is what follows its own "that", or the list's opening. */
function thatItems(parts: string[]): string[] | null {
  if (parts.length < 2 || !parts.slice(1).every((p) => /^(?:and\s+)?that\s+\p{Ll}/u.test(p))) return null;
  const first = parts[0].replace(/^.*\bthat\s+(?=\p{Ll})/u, '');
  return [first, ...parts.slice(1).map((p) => p.replace(/^(?:and\s+)?that\s+/, ''))].map(trimItem);
}

/** "two resolutions: one to split the roles, and one to require a climate vote": each item opens with "one". */
function oneItems(parts: string[]): string[] | null {
  if (parts.length < 2 || !parts.every((p) => /^one\s+\p{Ll}/u.test(p))) return null;
  return parts.map((p) => p.replace(/^one\s+(?:to\s+)?/, '')).map(trimItem);
}

/** "… commit members to share A, to open B and to fund C": items after the first that each open with "to" and a
 * verb; the first is what follows its own "to". */
function infinitiveItems(listed: string[]): string[] | null {
  const parts = listed.flatMap((p) => p.split(/\s+and\s+(?=to\s+\p{Ll})/u));
  if (parts.length < 3 || !parts.slice(1).every((p) => /^to\s+\p{Ll}/u.test(p))) return null;
  const first = parts[0].replace(/^.*\bto\s+(?=\p{Ll})/u, '');
  if (!/^\p{Ll}/u.test(first)) return null;
  return [first, ...parts.slice(1).map((p) => p.replace(/^to\s+/, ''))].map(trimItem);
}

/** A part that is a sentence of its own: a subject, then its verb ("the idea will be studied", "it was carried", "the
 * board accepted the plan", "they agreed to study it"; not "the required staff", whose "-ed" takes no object). */
const NEW_CLAUSE =
  /^(?:the|this|that|it|they|he|she|which)\b(?:\s+\S+){0,3}?\s+(?:will|would|was|were|is|are|has|have|had|can|could|may|might|\p{Ll}{2,}ed\s+(?:the|a|it|to)\b)/iu;

/** "…on a road to A, a road to B, and a road to C": items that open with the same words. */
function parallelItems(parts: string[]): string[] | null {
  if (parts.length < 3) return null;
  const tail = parts.slice(1).map((p) => p.toLowerCase().split(/\s+/));
  let n = 0;
  while (n < 4 && tail.every((w) => w.length > n + 1 && w[n] === tail[0][n])) n++;
  if (n < 2) return null;
  const prefix = tail[0].slice(0, n).join(' ');
  const at = parts[0].toLowerCase().lastIndexOf(prefix);
  const head = at >= 0 ? parts[0].slice(at) : null;
  return [...(head ? [head] : []), ...parts.slice(1)].map(trimItem);
}

/** "cementing A, steering clear of B and giving C": items that each open with a verb in -ing. */
function gerundItems(parts: string[]): string[] | null {
  if (!parts.length || !isGerund(firstWord(parts[0]))) return null;
  const items: string[] = [];
  for (const part of parts) {
    const pieces = part.split(/\s+and\s+(?=(?:not\s+)?\w+ing\b)/);
    for (const piece of pieces) {
      // ("… and not imposing travel bans": a gerund's negation opens an item too.)
      if (isGerund(firstWord(piece.replace(/^not\s+/, ''))) || !items.length) items.push(piece);
      else items[items.length - 1] += `, ${piece}`;
    }
  }
  return items.length >= 2 ? items.map(trimItem) : null;
}

/** One list found in the article: its items, the sentences they came from, and the sentence that introduces them. */
interface Candidate {
  items: string[];
  at: number[];
  intro: number | null;
  kind: 'inline' | 'block' | 'ordinal' | 'sentences';
}

const itemText = (s: string) => trimItem(s.replace(BULLET, ''));

/** Bulleted, numbered or lettered paragraphs in a row, anywhere in the article. */
function blockLists(sentences: readonly Sentence[]): Candidate[] {
  const out: Candidate[] = [];
  let current: Candidate | null = null;
  let lastParagraph = -1;
  for (const s of sentences) {
    const opensParagraph = s.paragraph !== lastParagraph;
    lastParagraph = s.paragraph;
    if (!opensParagraph) continue;
    if (BULLET.test(s.text)) {
      current ??= { items: [], at: [], intro: s.index > 0 ? s.index - 1 : null, kind: 'block' };
      current.items.push(itemText(s.text));
      current.at.push(s.index);
      continue;
    }
    if (current && current.items.length >= 2) out.push(current);
    current = null;
  }
  if (current && current.items.length >= 2) out.push(current);
  return out;
}

/** After an item's ordinal, whose item it is, set off: "The second, from trustee Ana Roy, sets up …". */
const MOVER_ASIDE = /^,?\s*from\s+[^,;]{2,60},\s+(?=\p{Ll})/u;
/** After an item's ordinal, who says it, set off: "First, she said, ports would …", "Second, Roy added, …". */
const SPEAKER_ASIDE = /^(?:he|she|\p{Lu}[\p{L}'’-]+)\s+(?:said|added|argued)\s*,\s+(?=\p{Ll})/u;
/** The item a sentence counted in order gives: what follows its ordinal, without whose it is or who says it. */
const ordinalItem = (text: string, opener: string) => trimItem(text.slice(opener.length).replace(MOVER_ASIDE, '').replace(SPEAKER_ASIDE, ''));

/** "First, … Second, … Finally, …" or "The first point … The second … The third …", a few sentences apart at most. */
function ordinalRuns(sentences: readonly Sentence[], stated: number | null = null): Candidate[] {
  const out: Candidate[] = [];
  let current: Candidate | null = null;
  let gap = 0;
  for (const s of sentences) {
    const m = ORDINAL_OPENER.exec(s.text);
    const n = m
      ? m[2] || /^(last|final)$/i.test(m[3] ?? '') || /^(further|final)$/i.test(m[4] ?? '')
        ? current
          ? current.items.length + 1
          : null
        : parseOrdinal(m[1] ?? m[3] ?? m[4] ?? '')
      : null;
    if (m && n === 1 && !current) {
      current = { items: [ordinalItem(s.text, m[0])], at: [s.index], intro: s.index > 0 ? s.index - 1 : null, kind: 'ordinal' };
      gap = 0;
      continue;
    }
    // ("… approved three motions. The first, … The third, … A fourth motion, to cut pay, was defeated": one more than the
    // stated count, told as another, is no item of the list counted.)
    if (m && current && n === current.items.length + 1 && stated === current.items.length && /^an?\s/i.test(m[0])) {
      out.push(current);
      current = null;
      continue;
    }
    if (m && current && n === current.items.length + 1) {
      current.items.push(ordinalItem(s.text, m[0]));
      current.at.push(s.index);
      gap = 0;
      if (m[2]) {
        out.push(current);
        current = null;
      }
      continue;
    }
    if (current && ++gap > 4) {
      out.push(current);
      current = null;
    }
  }
  if (current) out.push(current);
  return out;
}

/** The words after the proposal verb ("It also proposes a single registry" → "a single registry"). */
function afterVerb(text: string): string {
  const m = PROPOSAL_VERB.exec(text);
  if (!m || m.index > 80) return trimItem(text);
  const item = text.slice(m.index + m[0].length).replace(/^\s*(?:that|to)\s+/i, '');
  // ("… a task force; the idea will be studied by officials", "… a task force, and the board accepted it": the item ends
  // where a clause of its own begins.)
  for (const clause of item.matchAll(/;\s+|,\s+and\s+/g))
    if (NEW_CLAUSE.test(item.slice(clause.index + clause[0].length))) return trimItem(item.slice(0, clause.index));
  return trimItem(item);
}

/** One sentence per item: sentences with a proposal verb, or naming the stated noun ("A third motion …"),
 * close together after the sentence that states the count (or after the first proposing sentence). */
function sentenceRuns(sentences: readonly Sentence[], statedAt: number | null, noun: string | null): Candidate[] {
  const nounRe = noun ? new RegExp(`\\b${noun}\\b`, 'i') : null;
  // "Motion 4, from the port branch, …", "Option B would …": the counted noun and the item's number or letter open the sentence.
  const numbered = noun ? new RegExp(`^${noun}\\s+(?:\\d{1,3}|\\p{Lu})\\b`, 'iu') : null;
  // Two or more items so labelled: a sentence that names the noun without opening with one ("Traders want Option A", "the
  // council has no preferred option") talks about them; it is no item.
  const labelled = numbered && statedAt !== null ? sentences.filter((s) => s.index > statedAt && numbered.test(s.text)).length >= 2 : false;
  const out: Candidate[] = [];
  let current: Candidate | null = null;
  let gap = 0;
  for (const s of sentences) {
    const byNoun = !!nounRe && statedAt !== null && s.index > statedAt && (labelled ? numbered!.test(s.text) : nounRe.test(s.text));
    // ("A third amendment … was adopted without a vote", "Motion 4, from the port branch, … was carried by 412 votes":
    // an item counted in order, or by its number, may name its vote.)
    const counted = byNoun && (ORDINAL_OPENER.test(s.text) || !!numbered?.test(s.text));
    if (BULLET.test(s.text) || (ORDINAL_OPENER.test(s.text) && !byNoun) || (NOT_PROPOSALS.test(s.text) && !counted)) {
      if (current) gap++;
      continue;
    }
    // The verb opens the sentence's own proposal ("It also proposes …"); deep in a report of something
    // else ("… ruled that the duties broke the rules, and recommended that …") it names no item.
    const verb = PROPOSAL_VERB.exec(s.text);
    // "The regulation, proposed by the Commission in May, bans …": a passive names who proposed the subject, no item; as
    // does one of whom it was put forward for ("Peru objected to the lower quotas proposed for it").
    // "The department proposed a rule in May that …": what was put forward before the event is its background.
    const byVerb =
      !!verb &&
      verb.index <= 80 &&
      !/\b(?:the|a|an)\s+propos/i.test(s.text.slice(0, 12)) &&
      !/^\s+(?:by|for)\b/.test(s.text.slice(verb.index + verb[0].length)) &&
      !PROPOSER_ASIDE.test(s.text.slice(0, verb.index)) &&
      !PROPOSED_EARLIER.test(s.text.slice(verb.index + verb[0].length));
    // A sentence that states a count introduces the items; it is not one of them.
    if ((byVerb || byNoun) && !STATED.test(s.text)) {
      current ??= { items: [], at: [], intro: s.index > 0 ? s.index - 1 : null, kind: 'sentences' };
      current.items.push(byNoun && !byVerb ? trimItem(s.text) : afterVerb(s.text));
      current.at.push(s.index);
      gap = 0;
      continue;
    }
    if (current && ++gap > 2) {
      out.push(current);
      current = null;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Before a proposal's verb, a relative clause set off after a name: "Councillor Ana Roy, who proposed the plan, said …" tells
 * who proposed what the report names elsewhere; the sentence puts nothing forward. (So does one of whose side proposed it:
 * "Mayor Ana Roy, whose Labour-led group proposed the tax, said …".) */
const PROPOSER_ASIDE = /,\s+(?:who|which|whose(?:\s+[\p{L}'’-]+){1,3})\s+(?:\p{Ll}+\s+){0,2}$/u;

/** Right after a proposal's verb: a short object, then when, before this event ("a rule in May", "it last year",
 * "in 2021"); not when a longer proposal itself names a time ("that the talks resume in May"). */
const PROPOSED_EARLIER = new RegExp(
  `^\\s+(?:(?:a|an|the|its|their|it|them)\\s+(?:[\\w-]+\\s+){0,2})?(?:(?:in|on|back in)\\s+(?:early\\s+|late\\s+)?(?:${FULL_MONTH}\\b|(?:19|20)\\d\\d\\b)|last (?:year|month|week)|earlier this year|\\w+ (?:years|months) ago)`,
);

/** "The five points are: …", "Its measures include …", "The four measures, which the assembly debates next, include …", "Among
 * them: …", "Among the measures are …", "Four of its seven points were published: …": a sentence that opens the list of items
 * counted before.
 * ("The plan's first three points commit members to A, to B and to C": some of them, and what they bind to; so does "The
 * plan commits members to A, to B and to C" after the plan's count.) */
const ITEMS_ARE = new RegExp(
  `^(?:(?:The|These|Those|Its|Their|His|Her)\\s+(?:\\p{L}+['’]s\\s+)?(?:(?:first|last|other|remaining)\\s+)?(?:${COUNT_WORD}\\s+)?(?:${ITEM_NOUN})s(?:,\\s+(?:he|she|they|it|\\p{Lu}[\\p{L}'’-]+)\\s+(?:said|says|added|noted),|,\\s+which\\s+[^,;]{3,60},)?\\s+(?:are|were|include|included|(?:would\\s+|will\\s+)?(?:commit|require|oblige|bind)s?\\s+(?:\\p{L}+\\s+){1,3}?to(?=\\s+\\p{Ll}))\\b|The\\s+(?:${PLAN_NOUNS.join('|')})\\s+(?:commits|requires)\\s+(?:\\p{L}+\\s+){1,3}?to(?=\\s+\\p{Ll})|(?:The|These|Those|Its|Their)\\s+(?:${COUNT_WORD}\\s+)?(?:${ITEM_NOUN})s\\s+(?:would|will|aim to|seek to)(?=\\s*:)|Among (?:them|these|those|(?:the|its|their|his|her)\\s+(?:\\p{L}+['’]s\\s+)?(?:${ITEM_NOUN})s\\s+(?:are|were))\\b|(?:They|These) (?:are|were|include[sd]?)\\s*:|(?:${COUNT_WORD}|only\\s+${COUNT_WORD}|some)\\s+of\\s+(?:the|its|their|these|those)\\s+(?:${COUNT_WORD}\\s+)?(?:${ITEM_NOUN})s\\s+(?:were|are|have been|had been)\\s+(?:\\p{Ll}+\\s+)?(?:published|detailed|released|spelt out|spelled out|set out|made public|announced|listed|disclosed)(?=\\s*:))`,
  'iu',
);

/** An item that opens with the count of the items: "five proposals on debt relief", "11 proposals in all". */
const COUNTED_FIRST = new RegExp(`^(?:${COUNT_WORD})\\s+(?:[\\w-]+\\s+)?(?:${ITEM_NOUN})s\\b`, 'i');

/** Lists written inside one proposing sentence. */
function inlineLists(sentences: readonly Sentence[], statedBefore: number | null): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    // The sentence proposes, or counts the items itself ("The union's three demands — A, B and C — …").
    // ("The charter demands A, B, and C" after the sentence that counts the charter's demands: its verb, too.)
    // (The sentence's own count is read once: its pattern is a long one.)
    const own = statedIn(s.text);
    const verb = statedBefore !== null && own === null ? PROPOSAL_VERB.exec(s.text) : null;
    // ("The recommendations include A, B and C" after their count: the list opens after the verb, not after the noun.)
    const itemsAre = statedBefore !== null ? ITEMS_ARE.exec(s.text) : null;
    const trigger = itemsAre ?? PROPOSING.exec(s.text) ?? (own !== null ? STATED.exec(s.text) : null) ?? verb;
    if (!trigger) continue;
    // "The plan, put forward by …, calls for A, B, and C": the count stated before vouches for the list too.
    const count = own ?? statedBefore;
    const after = s.text.slice(trigger.index + trigger[0].length);
    const opener = LIST_OPENER.exec(after);
    const rest = opener ? after.slice(opener.index + opener[0].length) : after;
    // A list set off by dashes ends at the closing dash.
    // ("… and a fund to line canals, among other steps": what closes the list says there are more, and is no item.)
    // (Nor is who said it, closing the list: "…, and C, Foreign Minister Ana Roy told reporters.")
    const listed = (opener && /[—–]/.test(opener[0]) ? rest.split(/\s[—–]\s/)[0] : rest)
      .replace(MORE_UNLISTED, '')
      .replace(ITEM_ATTRIBUTION, '')
      .replace(LIST_TAIL_RELATIVE, '');
    let inline = splitEnumeration(listed);
    // "a three-point framework: rebuilding A, restoring water and power networks, and a jobs programme": where the
    // list's own reading misses the stated count and its commas alone (a serial comma before the last) meet it, the
    // count vouches for the commas. (Not an "and" split without one: "A, B and C" may hold an "and" of its own.)
    if (inline && opener && count !== null && inline.length !== count && SERIAL_COMMA.test(listed)) {
      const plain = plainItems(listed);
      if (plain.length === count) inline = plain;
    }
    // "five priorities: supporting A, tackling B, strengthening C, reforming D and a global minimum tax": one short of the
    // count, the last item's last "and" before no verb in -ing joins the count's last two.
    const last = inline?.at(-1);
    const lastAnd = last ? LAST_AND.exec(last) : null;
    if (inline && lastAnd && opener && count !== null && inline.length === count - 1 && !SERIAL_COMMA.test(listed)) {
      inline = [...inline.slice(0, -1), trimItem(lastAnd[1]), trimItem(lastAnd[2])];
    }
    // ("Among the measures are A, B and C": the opening names what the list is of, and no other opener follows.)
    const among = /^Among\b/i.test(trigger[0]);
    if (!inline && (opener || among)) {
      const mark = opener?.[0] ?? '';
      const plain = plainItems(listed);
      // "… seven recommendations, including A, B and C": a list of some of the items counted.
      // ("… made 12 recommendations. Among them: A, B, C and D.": the sentence opens with it.)
      const some = count !== null && (SOME_OPENER.test(mark) || among) && plain.length >= 2 && plain.length < count;
      // ("two measures: a bus lane and a loading bay": the count of two vouches for the one "and".)
      const pair = count === 2 && plain.length === 1 ? plain[0].split(/\s+and\s+/) : null;
      // ("eleven recommendations, including a return to yearly drills and a review of the rules": two of those counted,
      // each a thing of its own.)
      const twoOfSome = count !== null && count > 2 && SOME_OPENER.test(mark) && plain.length === 1 ? TWO_THINGS.exec(plain[0]) : null;
      if (plain.length === count || some || (count === null && mark.trim() === ':' && plain.length >= 3)) inline = plain;
      else if (pair?.length === 2 && mark.trim() === ':') inline = pair.map(trimItem);
      else if (twoOfSome) inline = [trimItem(twoOfSome[1]), trimItem(twoOfSome[2])];
    } else if (!inline && PROPOSED_LIST.test(trigger[0]) && SERIAL_COMMA.test(listed) && !/^\s*by\b/.test(listed)) {
      // "… proposed emergency fodder imports, a suspension of water charges, and low-interest loans": three or more short
      // things right after the verb, the serial comma closing them, none a clause of its own (and no more of them than a
      // count stated before: "a three-point plan. … Ana Roy proposed A, B, and C").
      // (Not after a passive's "by": "The bill, put forward by Ana Roy, would have covered farms, and required …" names
      // who proposed it, and what follows is the sentence's own verb.)
      const plain = plainItems(listed);
      const things = plain.every((p) => p.split(/\s+/).length <= 12 && /^\p{Ll}/u.test(p) && !/^(?:that|to|whether|how|why)\b/i.test(p) && !NEW_CLAUSE.test(p));
      if (plain.length >= 3 && things && (count === null || plain.length <= count)) inline = plain;
    } else if (!inline && count !== null && verb && trigger === verb) {
      // "The charter demands A, B, and C" after a counted charter: three or more of the items counted, right after its verb.
      const plain = plainItems(listed);
      if (plain.length >= 3 && plain.length <= count) inline = plain;
    }
    // ("put forward five proposals on debt relief; two were adopted": what opens with the count is the count, no item.)
    if (inline && COUNTED_FIRST.test(inline[0])) continue;
    if (inline && (opener || count === null || inline.length <= count)) out.push({ items: inline, at: [s.index], intro: s.index, kind: 'inline' });
  }
  return out;
}

const ON_PLAN = new RegExp(`\\b(?:${PLAN_NOUNS.join('|')})\\b`, 'i');

function statedIn(text: string): number | null {
  const m = STATED.exec(text);
  if (!m) return null;
  // "a €50 billion support package": a sum of money counts no proposals.
  if (/[$€£¥]\s*$/.test(text.slice(0, m.index + (m[0].length - m[0].trimStart().length))) || /^\S+\s+(?:million|billion|trillion|bn|crore|lakh)\b/i.test(m[0]))
    return null;
  // "four proposals", "a six-point plan" count proposals by their name; "two goals", "three points" only
  // where the sentence puts them forward ("set out two goals"), not in "came back from two goals down".
  // ("after two terms" in office counts none; "set out two terms" does.)
  if (!ON_PLAN.test(m[0]) && (!PROPOSAL_CUE.test(m[0]) || /\bterms\b/i.test(m[0])) && !PUT_FORWARD.test(text)) return null;
  // "adopted the first two alternatives": some of those counted before, not a count of its own.
  if (SOME_OF_THEM.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
  // "backed a rule limiting mayors to two terms": a limit set, not terms put forward.
  if (LIMITED_TO.test(text.slice(Math.max(0, m.index - 60), m.index + (m[0].length - m[0].trimStart().length)))) return null;
  // "… said Peru would table two motions at the next sitting": proposals still to come, none put forward.
  if (PUT_FORWARD_LATER.test(text.slice(Math.max(0, m.index - 60), m.index))) return null;
  // "… implement the bloc's five-point consensus, agreed in April 2021": a plan of an earlier year, not this event's.
  if (AGREED_EARLIER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) return null;
  return parseCount(m[1] ?? m[2] ?? m[3]);
}

/** Right before a count: what it is a limit of ("limiting mayors to two terms", "capped at three"). */
const LIMITED_TO = /\b(?:limit(?:s|ed|ing)?\s+(?:[\p{L}'’-]+\s+){0,4}to|cap(?:s|ped|ping)?\s+(?:[\p{L}'’-]+\s+){0,4}at|maximum of|no more than|at most)\s+$/iu;

/** Right before a count: which of the items counted before ("the first two", "the other three"). */
const SOME_OF_THEM = /\b(?:first|last|other|remaining|top)\s+$/i;

/** Right before a count, in reported speech: what someone would put forward later ("said it would table two motions"). */
const PUT_FORWARD_LATER =
  /\bwould\s+(?:(?:also|then|later|soon)\s+)?(?:put forward|present|table|unveil|submit|propose|bring forward|set out|announce)\s+(?:its\s+|their\s+|his\s+|her\s+)?$/;

/** Right after a counted plan: it was put forward in an earlier year ("…, agreed in April 2021", "adopted in 2019"). */
const AGREED_EARLIER =
  /^[^.;]{0,20}?\b(?:agreed|adopted|signed|set out|unveiled|launched|announced|approved|endorsed)\s+(?:(?:in|on|back in)\s+(?:\p{L}+\s+)?(?:19|20)\d\d\b|last year|\w+ years ago)/u;

/** The singular noun a stated count names its items by ("five motions" → "motion", "ten-point plan" → "point"). */
function itemNounIn(text: string): string | null {
  const m = new RegExp(`\\b${COUNT_WORD}[- ](${ITEM_NOUN})\\b|\\b${COUNT_WORD}\\s+(?:\\w+\\s+)?(${ITEM_NOUN})s\\b`, 'i').exec(text);
  return (m?.[1] ?? m?.[2])?.toLowerCase().replace(/ie$/, 'y') ?? null;
}

/** How strongly the text ties a list to proposals; below 2 it is not taken. */
function scoreOf(c: Candidate, sentences: readonly Sentence[], stated: number | null): number {
  // A list inside one proposing sentence is explicit structure; three items or more, the more so.
  if (c.kind === 'inline') return (c.items.length >= 3 ? 4 : 3) + countFit(c, stated);
  const introText = c.intro === null ? '' : `${sentences[c.intro - 1]?.text ?? ''} ${sentences[c.intro].text}`;
  const own = c.intro === null ? '' : sentences[c.intro].text;
  // ("The agenda's six points include:" after "a six-point action agenda" is that plan's list, not a meeting's topics.)
  if ((NOT_PROPOSALS.test(own) && !restatesCount(own, stated)) || (c.kind === 'block' && c.items.every((i) => /^[^:]{2,40}:/.test(i)))) return -5;
  const ownText = c.kind === 'sentences' ? c.at.map((i) => sentences[i].text).join(' ') : '';
  // (An introduction that counts the items by the stated number ties them to the count: "The agreement sets out three
  // main commitments:".)
  let score = PROPOSAL_CUE.test(`${introText} ${ownText}`) || (c.kind === 'block' && restatesCount(own, stated)) ? 2 : 0;
  if (c.kind === 'ordinal' || c.kind === 'block') score += 1;
  if (c.kind === 'ordinal' && c.items.length >= 2) score += 1;
  if (c.kind === 'sentences') score += (c.items.length >= 2 ? 1 : 0) + (c.at.some((i) => /\bpropos(?:ed|es)\b/i.test(sentences[i].text)) ? 1 : 0);
  return score + countFit(c, stated);
}

/** The sentence counts items by the stated number again ("The plan's six points include:"). */
const COUNTED_ITEMS = new RegExp(`\\b(${COUNT_WORD})\\s+(?:\\w+\\s+)?(?:${ITEM_NOUN})s\\b`, 'i');
function restatesCount(text: string, stated: number | null): boolean {
  const m = COUNTED_ITEMS.exec(text);
  return stated !== null && !!m && parseCount(m[1]) === stated;
}

function countFit(c: Candidate, stated: number | null): number {
  if (stated === null) return 0;
  if (c.items.length === stated) return 2;
  return c.items.length < stated ? 1 : -1;
}

/** What someone said of a counted plan, clause by clause: "… said each farmer would get 500 soles, that debts would be
 * frozen, and that seed would be free". */
const SAID_THAT = /\b(?:said|announced|explained|told\s+[^,;"“”]{1,40}?)\s+(?:that\s+)?([^"“”]+)$/;
const THAT_CLAUSE = /,\s+(?:and\s+)?that\s+/;

/** What the plan's members would do, one verb after another: "… said the towns would cut fares, plant trees and open
 * two clinics" (no "be" or "have": "would be …" says what it is, "would have …" what it is not). */
const WOULD_DO = /\b(?:would|will)\s+(?!be\b|have\b)(\p{Ll}[^"“”;]*)$/u;
/** Those of a counted plan not yet told: "The other two pledges come later", "the remaining two". */
const OTHERS_LATER = new RegExp(`\\b(?:other|remaining)\\s+(${COUNT_WORD})\\b`, 'i');

/** A counted plan's items as the clauses of what someone said of it, in its sentence or the next two: as many as the count.
 * Or as the verbs of what its members would do, as many as the count, or as the count less the others told of after them
 * ("seven commitments … would cut A, plant B and open C. The other four …"). */
function saidThatClauses(sentences: readonly Sentence[], statedAt: number | null, stated: number | null): Candidate[] {
  if (statedAt === null || stated === null || stated < 2) return [];
  for (const s of sentences.slice(statedAt, statedAt + 3)) {
    const said = SAID_THAT.exec(s.text);
    const parts = said ? said[1].split(THAT_CLAUSE).map((p) => trimItem(p)) : [];
    if (parts.length === stated && parts.every((p) => p.split(/\s+/).length >= 3)) return [{ items: parts, at: [s.index], intro: s.index, kind: 'inline' }];
    const would = WOULD_DO.exec(s.text);
    const verbs = would ? plainItems(would[1]) : [];
    if (verbs.length < 2) continue;
    const later = sentences
      .slice(s.index + 1, s.index + 3)
      .map((n) => OTHERS_LATER.exec(n.text))
      .find(Boolean);
    const told = later ? stated - (parseCount(later[1]) ?? stated) : stated;
    const phrases = verbs.every((p) => p.split(/\s+/).length >= 2 && p.split(/\s+/).length <= 15 && /^\p{Ll}/u.test(p) && !NEW_CLAUSE.test(p));
    if (verbs.length === told && phrases) return [{ items: verbs, at: [s.index], intro: s.index, kind: 'inline' }];
  }
  return [];
}

export function findProposals(sentences: readonly Sentence[], title: string | null = null): Proposals {
  // The stated count: the first sentence (or the headline) that counts proposals by name.
  let stated: number | null = null;
  let statedAt: number | null = null;
  let noun: string | null = null;
  const titleCount = title ? statedIn(title) : null;
  for (const s of sentences) {
    const count = statedIn(s.text);
    if (count === null || count < 1) continue;
    stated = count;
    statedAt = s.index;
    noun = itemNounIn(s.text);
    break;
  }
  if (titleCount !== null && (stated === null || (statedAt !== null && statedAt > 3))) {
    stated = titleCount;
    noun = itemNounIn(title!) ?? noun;
  }
  const candidates = [
    ...inlineLists(sentences, stated),
    ...blockLists(sentences),
    ...ordinalRuns(sentences, stated),
    ...sentenceRuns(sentences, statedAt, noun),
    ...saidThatClauses(sentences, statedAt, stated),
    // ("The first strike day is set for March 4", with no count stated, is no enumeration: an ordinal run needs its second.)
  ].filter((c) => c.items.length >= (c.kind === 'ordinal' && stated === null ? 2 : 1) && c.items.every(Boolean));
  const scored = candidates.map((c) => ({ c, score: scoreOf(c, sentences, stated) })).filter((x) => x.score >= (x.c.items.length >= 2 ? 2 : 3));
  const evidence = new Set<number>(statedAt !== null ? [statedAt] : []);
  const statedAtList = statedAt !== null ? [statedAt] : [];
  if (!scored.length) return { stated, items: [], evidence: [...evidence], statedAt: statedAtList };
  const best = scored.sort(
    (a, b) =>
      b.score - a.score ||
      (stated === null ? 0 : Math.abs(a.c.items.length - stated) - Math.abs(b.c.items.length - stated)) ||
      b.c.items.length - a.c.items.length ||
      a.c.at[0] - b.c.at[0],
  )[0].c;
  const items = [...best.items];
  const at = [...best.at];
  // "First, … Finally, …" and then "X, for its part, has proposed …": a proposing sentence right after a run joins it.
  if (best.kind === 'ordinal') {
    for (const s of sentences.slice(best.at.at(-1)! + 1, best.at.at(-1)! + 3)) {
      if (PROPOSAL_VERB.test(s.text)) {
        items.push(afterVerb(s.text));
        at.push(s.index);
        break;
      }
    }
  }
  for (const i of at) evidence.add(i);
  return { stated, items: items.map((it) => it.charAt(0).toUpperCase() + it.slice(1)), evidence: [...evidence].sort((a, b) => a - b), statedAt: statedAtList };
}
