// The host's country in a report of two countries' sides meeting: a readout names its own side's officers by their office
// alone ("Trade Minister Ana Roy received Chilean Trade Minister Tom Vale"), and the guests by their country.

import { findCountries } from './countries.js';
import { COUNTRY_NAMES } from './lexicon/countries.js';
import { GUESTS, NATIONAL_OFFICE, type Person } from './people.js';
import type { Sentence } from './sentences.js';

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
