// The country of a national office named alone: a report about one country's government names its officers by their office
// ("Prime Minister Ana Roy's cabinet"), and so does a readout of two countries' sides meeting for the host's ("Trade Minister
// Ana Roy received Chilean Trade Minister Tom Vale"), the guests by their country.

import { findCountries } from './countries.js';
import { COUNTRY_NAMES } from './lexicon/countries.js';
import type { Person } from './people.js';
import type { Sentence } from './sentences.js';

/** A national office, held in the country a report is about: "Prime Minister", "President", "Chancellor", "Foreign Minister". */
const NATIONAL_OFFICE =
  /^(?:(?:Deputy |Vice |First )?(?:Prime Minister|President|Premier|Chancellor)|(?:[\p{Lu}][\p{L}-]*\s+){0,3}Minister(?:\s+of\s+[\p{L}\s]+)?)$/u;
/** A lead about one country's own government: "Peru's centre-right government collapsed …", "The Peruvian parliament
 * voted …". */
const OWN_GOVERNMENT_AFTER = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:government|parliament|cabinet|coalition|legislature|lawmakers|opposition|ruling party)\b/u;

/** A lead that brings someone from elsewhere: a visit, a welcome, talks or a meeting with them. */
const GUESTS = /\b(?:visit\w*|welcom\w*|receiv\w*|host\w*|arriv\w*|guests?|talks|met|meets?|meeting|summit|counterparts?)\b/i;

/** National offices with no country of their own, in a report whose lead is about one country's government and names no
 * other ("Peru's government collapsed … Prime Minister Ana Roy's cabinet"): that country's. */
export function homeCountryOffices(people: readonly Person[], sentences: readonly Sentence[]): void {
  const homeless = people.filter((p) => !p.affiliation && p.roles.length && p.roles.every((r) => NATIONAL_OFFICE.test(r)));
  if (!homeless.length) return;
  const lead = sentences.slice(0, 2).map((s) => s.text);
  const named = lead.flatMap((text) => findCountries(text).map((c) => ({ c, text })));
  // (Not a lead of a visit or a meeting, which brings leaders from elsewhere: "The Peruvian government welcomed President Tom Vale".)
  if (!named.length || new Set(named.map((x) => x.c.country)).size !== 1 || lead.some((text) => GUESTS.test(text))) return;
  if (!named.some(({ c, text }) => OWN_GOVERNMENT_AFTER.test(text.slice(c.end, c.end + 60)))) return;
  for (const p of homeless) p.affiliation = named[0].c.country;
}

/** A national office, or one that ends in it: "Deputy Leader of the Lima Party and Trade
 * Minister". */
const holdsNationalOffice = (role: string) => NATIONAL_OFFICE.test(role) || NATIONAL_OFFICE.test(role.split(/\s+and\s+/).pop() ?? '');

/** National offices with no country of their own, who meet or welcome a guest given a country in the same sentence of the
 * lead, in a report that names two countries most, each in two sentences or more and a third less often ("Trade Minister
 * Ana Roy received Chilean Trade Minister Tom Vale …", "Peru and Chile trade …"): the country that is not
 * the guest's. */
export function hostCountryOffices(people: readonly Person[], sentences: readonly Sentence[]): void {
  const lead = sentences.slice(0, 2).filter((s) => GUESTS.test(s.text));
  const homeless = people.filter((p) => !p.affiliation && p.roles.some(holdsNationalOffice) && p.mentions.some((m) => lead.includes(sentences[m.sentence])));
  if (!homeless.length) return;
  const named = new Map<string, number>();
  for (const s of sentences) for (const country of new Set(findCountries(s.text).map((c) => c.country))) named.set(country, (named.get(country) ?? 0) + 1);
  const [first, second, third] = [...named].sort((a, b) => b[1] - a[1]);
  if (!first || !second || second[1] < 2 || (third && third[1] >= second[1])) return;
  const sides = [first[0], second[0]];
  for (const p of homeless) {
    const at = new Set(p.mentions.map((m) => m.sentence).filter((i) => lead.includes(sentences[i])));
    // (The guest's country as that sentence gives it: "Chilean Trade Minister …", "Chile's …".)
    const met = new Set(
      people.flatMap((o) =>
        o === p ? [] : o.mentions.filter((m) => at.has(m.sentence) && m.affiliation && COUNTRY_NAMES.has(m.affiliation)).map((m) => m.affiliation!),
      ),
    );
    const guest = [...met][0];
    if (met.size === 1 && sides.includes(guest)) p.affiliation = sides.find((c) => c !== guest) ?? null;
  }
}
