// Matches the name a question uses ("doval", "Patrushev?", "President Putin", "Nikolai Patrushv")
// to the people the article names, forgiving case, titles and small misspellings.

import type { Person } from '../extract/people.js';
import { HONORIFICS, isTitleWord } from '../extract/lexicon/titles.js';
import { COUNTRY_BY_FORM } from '../extract/lexicon/countries.js';

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’]/g, "'");

export function words(text: string): string[] {
  return (
    fold(text)
      .match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)
      ?.map((w) => w.replace(/'s$/, '')) ?? []
  );
}

/** Edit distance, stopped early once it exceeds the limit. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** A country's name written as one word ("china", "peru"): asked, it is that country, no misspelt name ("Chinh"). */
const COUNTRY_WORDS = new Set([...COUNTRY_BY_FORM.keys()].filter((f) => !/\s/.test(f)).map(fold));

/** Two words are the same name when equal, or close for their length ("patrushv" ~ "patrushev"). */
export function sameWord(asked: string, known: string): boolean {
  if (asked === known) return true;
  if (asked.length < 4 || known.length < 4 || COUNTRY_WORDS.has(asked)) return false;
  return editDistance(asked, known, 2) <= (Math.min(asked.length, known.length) >= 7 ? 2 : 1);
}

/** The words every question is made of: never a name, though one may be a letter away from one ("when" ~ "Chen"). */
const FUNCTION_WORDS = new Set(
  `the a an of and mr mrs ms dr when what where which who whom whose why how will would shall did does done do is are was were be been
  being has have had say said says tell told can could should may might must this that these those there their they them then than
  with from into about after before over under again also just only very more most some any each every other such`.split(/\s+/),
);

/** The words of a phrase that could be part of a name: not titles, honorifics or small words. */
export function nameWordsOf(phrase: string): string[] {
  return words(phrase).filter((w) => w.length > 1 && !HONORIFICS.has(w) && !isTitleWord(w) && !FUNCTION_WORDS.has(w));
}

/** The person a phrase names: every name word of the phrase must match a word of their name. */
export function findPerson(people: readonly Person[], phrase: string): Person | null {
  const asked = nameWordsOf(phrase);
  if (!asked.length) return null;
  const matches = people.filter((p) => {
    const known = words(p.name);
    return asked.every((a) => known.some((k) => sameWord(a, k)));
  });
  if (matches.length === 1) return matches[0];
  // "Wang" with two Wangs in the article: an exact full-name match settles it, otherwise no guess.
  return matches.find((p) => words(p.name).join(' ') === asked.join(' ')) ?? null;
}

const ROLE_FILLER = new Set(['the', 'a', 'an', 'of', 'for', 'in', 'and', 's']);
/** Words that make an office one under another: a "vice president", a "deputy governor". */
const SUBORDINATE = new Set(['vice', 'deputy', 'assistant', 'associate', 'under']);

/**
 * The person an office names: "the Foreign Minister of South Africa", "China's foreign minister".
 * Every word must appear in their roles, their country or its adjective; one match only.
 */
/** Offices a question may write short: "the CFO" is the chief financial officer. */
export const OFFICE_SHORT: Readonly<Record<string, string>> = {
  ceo: 'chief executive',
  cfo: 'chief financial officer',
  coo: 'chief operating officer',
  cto: 'chief technology officer',
  pm: 'prime minister',
  fm: 'foreign minister',
  vp: 'vice president',
};

/** Offices a report titles one way and a question asks of another: "Chief Justice Ana Roy" is a judge (though the
 * "Minister of Justice" is none). */
const OFFICE_ALSO: Readonly<Record<string, string>> = {
  justice: 'judge',
};
/** What a role is also called, by its last word: "Supreme Court Justice" → "judge"; none after "of". */
const alsoCalled = (role: string) => {
  const m = /(?<!\bof\s)\b(\p{L}+)$/iu.exec(role.trim());
  return m ? (OFFICE_ALSO[m[1].toLowerCase()] ?? '') : '';
};

export function findPersonByRole(people: readonly Person[], phrase: string, demonymsOf: (country: string) => string[]): Person | null {
  const matches = peopleByRole(people, phrase, demonymsOf);
  return matches.length === 1 ? matches[0] : null;
}

/** Everyone whose office (and country or body) the phrase names: "the minister" may be several. */
export function peopleByRole(people: readonly Person[], phrase: string, demonymsOf: (country: string) => string[]): Person[] {
  const asked = words(phrase)
    .flatMap((w) => (OFFICE_SHORT[w] ?? w).split(' '))
    .filter((w) => !ROLE_FILLER.has(w));
  if (!asked.length || !asked.some((w) => isTitleWord(w))) return [];
  return people.filter((p) => {
    // "the president" is not the vice president: an office under another is that office only when the question says so.
    const roles = p.roles.filter((r) => !words(r).some((w) => SUBORDINATE.has(w) && !asked.includes(w)));
    const known = new Set(words([...roles, ...roles.map(alsoCalled), p.affiliation ?? '', ...(p.affiliation ? demonymsOf(p.affiliation) : [])].join(' ')));
    return asked.every((w) => known.has(w));
  });
}

/** The people a question names by a word of their name: that word exactly, or a word a letter or two off it
 * when the question writes it as a name, capitalised after its first word ("Where did Alann go?"); a plain word a
 * letter from a name is no name ("How much will the plan cost?" asks nothing of Alan Vale). */
export function peopleNamedIn(people: readonly Person[], question: string): Person[] {
  // (The question's first word is capitalised as any first word is: "How …" is no name, "Roy …" still is.)
  const body = question.replace(/^\s*(\S+)/, (first: string) => (FUNCTION_WORDS.has(fold(first.trim())) ? '' : first));
  const capitalised = new Set(words(body.match(/\p{Lu}[\p{L}'’-]*/gu)?.join(' ') ?? ''));
  const asked = nameWordsOf(question);
  if (!asked.length) return [];
  return people.filter((p) => {
    const known = words(p.name);
    return asked.some((w) => (capitalised.has(w) || known.includes(w)) && findPerson([p], w) !== null);
  });
}

/** True when the article's text contains the phrase's name words at all (as any kind of name); a name asked by its letters
 * ("the AU envoys") is mentioned where the text writes it out ("the African Union's envoys"). */
export function textMentions(text: string, phrase: string): boolean {
  const asked = nameWordsOf(phrase);
  if (!asked.length) return false;
  const vocabulary = new Set(words(text));
  const lettered = ACRONYM.test(phrase) ? initialsOf(text) : new Set<string>();
  return asked.every((a) => vocabulary.has(a) || lettered.has(a) || [...vocabulary].some((v) => sameWord(a, v)));
}

/** A name written as its capital letters: "EU", "ATC". */
const ACRONYM = /\b\p{Lu}{2,6}\b/u;
/** A name of two or more capitalised words, with "of", "for", "and" or "the" inside: "Andean Trade and Transport Council". */
const LONG_NAME = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}'’-]*)+/gu;

/** The initials of every long name in a text, in lower case ("european union" → "eu"). */
function initialsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(LONG_NAME))
    out.add(
      m[0]
        .split(/\s+/)
        .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w))
        .map((w) => w.charAt(0).toLowerCase())
        .join(''),
    );
  return out;
}
