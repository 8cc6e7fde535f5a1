// Splits article text into sentences without breaking on abbreviations, initials or decimals.

import { FULL_MONTH, WEEKDAY } from './lexicon/calendar.js';
import { TITLE_ABBREVIATIONS } from './lexicon/us-politics.js';

export interface Sentence {
  text: string;
  /** Index of the sentence in the article, in reading order. */
  index: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'gen',
  'lt',
  'col',
  'capt',
  'maj',
  'sgt',
  'rep',
  'sen',
  'gov',
  'pres',
  'hon',
  'rev',
  'amb',
  'messrs',
  'no',
  'nos',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'fig',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'u.s.a',
  'u.a.e',
  'h.e',
  'smt',
  'shri',
  'hon',
  'mme',
  'mlle',
  'sra',
  'sr',
]);

const CLOSERS = `"'”’)]`;

/** Abbreviations that stand before a number only: "No. 10", "Nos. 3 and 4"; "No. All of it …" is a reply and its stop. */
const BEFORE_A_NUMBER = new Set(['no', 'nos']);

/** Abbreviations that often close a sentence: a time of day, or a company's or a list's last word ("9 p.m.", "Halvex Inc."). */
const MAY_CLOSE = new Set(['a.m', 'p.m', 'etc', 'inc', 'ltd', 'co', 'corp']);
/** A word that opens a sentence and never goes on a name or a time: a pronoun or a determiner ("It", "The", "They"), a
 * quantifier ("Only", "Some", "Most") or a connective ("But", "However"). */
const SENTENCE_OPENER =
  /^\s+["“]?(?:It|He|She|They|We|I|The|This|That|These|Those|There|Its|Their|His|Her|Our|A|An|Only|Some|Most|All|Many|Few|Both|Each|Every|Several|No|None|But|And|However|Meanwhile|Then|Yet)\s/;
/** … or a capitalised word the sentence goes on from in lower case, no day or month: "6 p.m. Clinics in Lima reported …"
 * (a name goes on in capitals, "10 a.m. Ana Roy opened …", and a day is the time's, "9 p.m. Friday with …"). */
const CAPITALISED_OPENER = new RegExp(String.raw`^\s+["“]?(?!(?:${WEEKDAY}|${FULL_MONTH})\b)\p{Lu}\p{Ll}+\s+\p{Ll}`, 'u');

function endsWithAbbreviation(before: string, next: string): boolean {
  const match = /([A-Za-z][A-Za-z.]*)$/.exec(before);
  if (!match) return false;
  const word = match[1].toLowerCase().replace(/\.$/, '');
  if (BEFORE_A_NUMBER.has(word)) return /^\s*\d/.test(next);
  // "… talks ended at 9 p.m. They resume …": an abbreviation that may close a sentence does before a word that opens one.
  if (MAY_CLOSE.has(word) && (SENTENCE_OPENER.test(next) || CAPITALISED_OPENER.test(next))) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // An office written short before a name: "Coun. Roy", "Det. Insp. Vale".
  if (TITLE_ABBREVIATIONS.has(word) && /^\p{Lu}/u.test(match[1]) && /^\s*\p{Lu}/u.test(next)) return true;
  // A court case's "v." ("Tennessee v. Friends of George's").
  if (match[1] === 'v') return /^\s*\p{Lu}/u.test(next);
  // A single capital letter is an initial ("John J. Sullivan", "S. Korean", "J.R. O'Donnell"); though not
  // after a small word or a noun labelled by a letter ("a post on X.", "Plan B.", "want Option A."), where it is a name that
  // ends the sentence.
  if (
    /^[A-Z]$/.test(match[1]) &&
    /\b(?:on|in|at|plan|group|class|grade|type|vitamin|option|scenario|phase|part|section|category|appendix|annex|exhibit|model|tier|zone|pool|block|gate)\s+$/i.test(
      before.slice(0, -1),
    )
  )
    return false;
  return /^(?:[A-Z]\.)*[A-Z]$/.test(match[1]); // "J." and run-together initials "J.R."
}

/** Longer "sentences" are run-on text (tables, lists without stops): cut at spaces to stay linear. */
export const MAX_SENTENCE_CHARS = 1500;

function capLength(sentence: string): string[] {
  if (sentence.length <= MAX_SENTENCE_CHARS) return [sentence];
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE_CHARS) {
    const cut = rest.lastIndexOf(' ', MAX_SENTENCE_CHARS);
    const at = cut > MAX_SENTENCE_CHARS / 2 ? cut : MAX_SENTENCE_CHARS;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/** Splits one paragraph into sentence strings. */
export function splitParagraph(paragraph: string): string[] {
  return splitAtStops(paragraph).flatMap(capLength);
}

function splitAtStops(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const out: string[] = [];
  let start = 0;
  const boundary = /[.!?]+/g;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text))) {
    let end = m.index + m[0].length;
    while (end < text.length && CLOSERS.includes(text[end])) end++;
    const next = text.slice(end);
    // A sentence ends only where a new one visibly starts: space, then a capital, digit or quote.
    if (!/^\s+["“‘'([]?[A-Z0-9]/.test(next) && end < text.length) continue;
    if (m[0] === '.' && endsWithAbbreviation(text.slice(Math.max(start, m.index - 24), m.index), next)) continue;
    // "1. Lower fees.": a list number is not a sentence.
    if (m[0] === '.' && /^\s*\(?\d{1,3}$/.test(text.slice(start, m.index))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Splits paragraphs into numbered sentences. */
export function splitSentences(paragraphs: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const text of splitParagraph(paragraph)) sentences.push({ text, index: sentences.length, paragraph: p });
  });
  return sentences;
}
