// Finds where the report came from: datelines ("HEFEI, March 31 (Xinhua) --"), agency source lines
// ("(Global Times)"), and the leftovers of agency headers ("Xinhua) 08:45, April 01, 2022").

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY_OF_MONTH = `${MONTH}\\s+\\d{1,2}`;
/** A dateline's day, with its year if given: "March 3", "March 3, 2026", "3 March 2026". */
const DATELINE_DAY = `(?:${DAY_OF_MONTH}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)`;

export interface Dateline {
  place: string | null;
  date: string | null;
  source: string | null;
  /** The paragraph with the dateline removed. */
  rest: string;
}

/** "HEFEI, March 31 (Xinhua) -- …", "BEIJING, Sept. 27 (Xinhua) — …", "LONDON (Reuters) - …", "SUVA, Fiji (Reuters) - …". */
const WIRE = new RegExp(
  `^(\\p{Lu}[\\p{L} .'/-]{1,40}?)(?:,\\s*\\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+){0,2})?,?\\s*(${DAY_OF_MONTH})?\\s*\\(([^)]{2,40})\\)\\s*(?:--|—|–|-)\\s*`,
  'u',
);
/** "QUITO, June 16 (Wire) Lima and Quito …": a place in capitals, its day and the agency, with no dash before the sentence;
 * "Lima, Feb 29 (PTI) The Cabinet …": a place in plain case, when an agency the list below knows is named. */
const WIRE_NO_DASH = new RegExp(`^(\\p{Lu}[\\p{Lu} .'-]{2,40}),\\s*(${DAY_OF_MONTH})\\s*\\(([^)]{2,40})\\)\\s+(?=\\p{Lu})`, 'u');
const PLAIN_WIRE_NO_DASH = new RegExp(
  `^(\\p{Lu}[\\p{Ll}'’]+(?: \\p{Lu}[\\p{Ll}'’]+){0,2}),\\s*(${DAY_OF_MONTH})\\s*\\(([A-Za-z]{2,12})\\)\\s+(?=\\p{Lu})`,
  'u',
);
/** "China News Service, Beijing, September 5-Chinese State Councilor …" (a service in capitals is a place: "SPRINGDALE, Ark., …"). */
const SERVICE = new RegExp(`^(?=[^,]*[a-z])([A-Z][A-Za-z&.' ]{2,40}),\\s*([A-Z][A-Za-z .'-]{1,30}),\\s*(${DAY_OF_MONTH})\\s*(?:--|—|–|-)\\s*`);
/** "LIMA — The ministers …", "SPRINGDALE, Ark. - More than …", "JEDDAH, Saudi Arabia — Talks …", "UNITED NATIONS, March 14 — The council …",
 * "WASHINGTON, March 3, 2026 — President …", "LIMA and QUITO, May 3 — …": a
 * place in capitals (its state, its day) and a dash before the sentence. */
const CAPS_DASH = new RegExp(
  // ("LA PAZ —": a place's first word may be of two letters, before another.)
  // ("LIMA and QUITO, Feb. 3, 2026 —": a release from two places is dated from the first.)
  `^(\\p{Lu}[\\p{Lu}.'-]{2,}(?: \\p{Lu}[\\p{Lu}.'-]+){0,3}|\\p{Lu}{2}(?: \\p{Lu}[\\p{Lu}.'-]+){1,3})(?: and \\p{Lu}[\\p{Lu}.'-]{2,}(?: \\p{Lu}[\\p{Lu}.'-]+){0,3})?(?:,\\s*(${DATELINE_DAY})|,\\s*[A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15}){0,2}(?:,\\s*(${DATELINE_DAY}))?)?(?:\\s*(?:--|—|–)|\\s+-)\\s+(?=[\\p{Lu}"“‘])`,
  'u',
);
/** News agencies whose name in capitals may stand where a place would ("REUTERS — The court …"), as each spells itself. */
const AGENCY_NAMES = new Map(
  [
    'Reuters',
    'AFP',
    'AP',
    'Xinhua',
    'UPI',
    'Bloomberg',
    'TASS',
    'Kyodo',
    'PTI',
    'ANI',
    'IANS',
    'EFE',
    'ANSA',
    'DPA',
    'Yonhap',
    'Bernama',
    'Anadolu',
    'IRNA',
    'WAFA',
    'AAP',
    'CNA',
    'Antara',
    'Interfax',
    'Fars',
    'Tasnim',
    'Jiji',
  ].map((name) => [name.toUpperCase(), name]),
);

/** "Budapest, 21 April 2026 – Transport ministers …", "Quito, 4 March 2032 (Andes News) — …", a press release's "A Coruña,
 * Spain – 3 March 2031 – …": a place in plain case (its country or state) with a full date (and the agency), and a dash
 * (or a colon: "Lima, 3 March 2026: …"). */
const PLACE_FULL_DATE = new RegExp(
  `^((?:\\p{Lu} )?\\p{Lu}[\\p{Ll}'’]+(?:[ -]\\p{Lu}[\\p{Ll}'’]+)?)(?:,\\s+\\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+){0,2})?(?:,|\\s+(?:--|—|–))\\s+(\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4})(?:\\s*\\(([^)]{2,40})\\))?\\s*(?:--|—|–|-|:)\\s+(?=[A-Z"“‘])`,
  'u',
);
/** "Quito, 25 March — The council …", "Lima, March 2 — …", "Lima, Sept 12: …": a place in plain case and its day without
 * the year, then a dash (a long one: "Paris, 25 March - 3 April" is a span) or a colon, before a capital. */
const PLACE_DAY_DASH = new RegExp(
  `^(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)((?:\\p{Lu} )?\\p{Lu}[\\p{Ll}'’]+(?:[ -]\\p{Lu}[\\p{Ll}'’]+)?),\\s+(\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2})\\s*(?:--|—|–|:)\\s+(?=[A-Z"“‘])`,
  'u',
);
/** Words a report's first line may open with before a dash that name no place: "Exclusive —", "ANALYSIS —". */
const LABEL =
  /^(?:exclusive|analysis|update[ds]?|breaking|breaking news|opinion|comment|commentary|editorial|watch|live|explainer|review|interview|podcast|video|photos?|sponsored|advertisement|correction|clarification|note|briefing|today|tonight|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

/** "Quito — The union …", "Santa Cruz — …", "Arica, Chile — …": a place in plain case alone (its region or country
 * after a comma), of a word to three, and a long dash before the sentence; never a name set off by a pair of dashes
 * ("Ana Roy — Peru's minister — said …"). */
const PLACE_DASH =
  /^(\p{Lu}[\p{Ll}'’]+(?:(?: (?:de|del|da|do|la|el|of))? \p{Lu}[\p{Ll}'’]+){0,2})(?:,\s+\p{Lu}[\p{L}.'’]+(?: \p{Lu}[\p{L}.'’]+){0,2})?\s+(?:--|—|–)\s+(?=[\p{Lu}"“‘])(?![^.!?]*\s(?:--|—|–)\s)/u;

/** A press-release wire's dateline: "TALLINN, Estonia, 4 June 2026 /PRNewswire/ -- …", "AUSTIN, Texas, March 3, 2026 (BUSINESS
 * WIRE) -- …": the place (its state or country), the day with its year, and the wire between slashes or brackets. */
const RELEASE_WIRE = new RegExp(
  `^(\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){0,3})(?:,\\s*\\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+){0,2})?,\\s*(${DATELINE_DAY})\\s*(?:\\/([^/]{2,40})\\/|\\(([^)]{2,40})\\))\\s*(?:--|—|–|-)\\s*`,
  'u',
);
/** "Washington: Mexican President …" — a place of one or two capitalised words and a colon. */
const PLACE_COLON =
  /^(?!(?:Share|Follow|Tags?|Topics?|Photo|Photos|Image|Video|Source|Credit|Related|Updated|Published|Listen|Watch|Print|Email|Comments?|Advertisement|Note|Editor|Caption|Transcript|Q|A)\s*:)([A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{3,}(?: [A-Z]{3,})?):\s+(?=[A-Z])/;

/** "WASHINGTON, October 12" on a line of its own, over a transcript or a statement: the place and its day, nothing more. */
const CAPS_DAY_LINE = new RegExp(`^(\\p{Lu}[\\p{Lu}.'-]{2,}(?: \\p{Lu}[\\p{Lu}.'-]+){0,3}),\\s*(${DATELINE_DAY})\\.?$`, 'u');

export function readDateline(paragraph: string): Dateline | null {
  const line = CAPS_DAY_LINE.exec(paragraph.trim());
  if (line) return { place: line[1], date: line[2], source: null, rest: '' };
  let m = WIRE.exec(paragraph);
  if (m) return { place: m[1].trim(), date: m[2] ?? null, source: m[3].trim(), rest: paragraph.slice(m[0].length) };
  m = WIRE_NO_DASH.exec(paragraph);
  if (m) return { place: m[1].trim(), date: m[2], source: m[3].trim(), rest: paragraph.slice(m[0].length) };
  m = PLAIN_WIRE_NO_DASH.exec(paragraph);
  if (m && AGENCY_NAMES.has(m[3].toUpperCase()))
    return { place: m[1], date: m[2], source: AGENCY_NAMES.get(m[3].toUpperCase())!, rest: paragraph.slice(m[0].length) };
  m = RELEASE_WIRE.exec(paragraph);
  if (m) return { place: m[1], date: m[2], source: (m[3] ?? m[4]).trim(), rest: paragraph.slice(m[0].length) };
  m = SERVICE.exec(paragraph);
  if (m) return { place: m[2].trim(), date: m[3], source: m[1].trim(), rest: paragraph.slice(m[0].length) };
  m = CAPS_DASH.exec(paragraph);
  if (m && !LABEL.test(m[1])) {
    const agency = AGENCY_NAMES.get(m[1]);
    return { place: agency ? null : m[1], date: m[2] ?? m[3] ?? null, source: agency ?? null, rest: paragraph.slice(m[0].length) };
  }
  m = PLACE_FULL_DATE.exec(paragraph);
  if (m) return { place: m[1], date: m[2], source: m[3] ?? null, rest: paragraph.slice(m[0].length) };
  m = PLACE_DAY_DASH.exec(paragraph);
  if (m) return { place: m[1], date: m[2], source: null, rest: paragraph.slice(m[0].length) };
  m = PLACE_DASH.exec(paragraph);
  // (A line of prose after it: "Sport — Football" is a page's section, no dateline.)
  if (m && !LABEL.test(m[1]) && paragraph.slice(m[0].length).split(/\s+/).length >= 6)
    return { place: m[1], date: null, source: null, rest: paragraph.slice(m[0].length) };
  m = PLACE_COLON.exec(paragraph);
  if (m) return { place: m[1], date: null, source: null, rest: paragraph.slice(m[0].length) };
  return null;
}

/** "(Global Times)", "Source: Xinhua" or "Source: Xinhua | Editor: Li" on a line names the publisher. */
export function sourceLineOf(line: string): string | null {
  const text = line.trim();
  const m = /^\(([A-Z][\p{L}&.' -]{1,50})\)$/u.exec(text);
  if (m) return m[1].trim();
  for (const part of text.split(/\s*\|\s*/)) {
    const s = /^source\s*:\s*([A-Z][\p{L}&.' -]{1,50})$/iu.exec(part);
    if (s) return s[1].trim();
  }
  return null;
}

/** A time of day as a date line gives it: "17:42 GMT", "9.15 pm". */
const TIME_OF_DAY = '\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?';
const ONLY_A_TIME = new RegExp(`^${TIME_OF_DAY}$`, 'i');

/** "3 hours ago", "yesterday" (a day only the page's moment of reading gives) or "17:42 GMT" (a time with no day): no date for the card. */
export const givesNoDay = (date: string): boolean => /\b(?:ago|just now|yesterday|today)\b/i.test(date) || ONLY_A_TIME.test(date.trim());

/** "Published: Jul 13, 2023 09:15 PM", "Updated 2023-07-13": a publication-date line. */
export function dateLineOf(line: string): string | null {
  const m = /^(?:published|updated|posted|first published|last updated|date)\s*(?:on|at)?\s*:?\s*(.{6,60})$/i.exec(line.trim());
  if (m && /\d/.test(m[1])) return m[1].trim();
  // A line that is only a full date ("March 3, 2026", "3 March 2026", "2026-03-03"), under a headline or a byline.
  return BARE_DATE.test(line.trim()) ? line.trim() : null;
}

/** A byline's name: up to five capitalised words ("Jane Doe", "Press Office"). */
const BYLINE_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u;

/** "By Jane Doe | 14 May 2027", "Press Office · 22 April 2026", "By Jane Doe | Regional Desk | 14 May 2027",
 * "Technology | 11 November 2031 | By Jane Doe": a byline and the date on one line (a desk or section is furniture). */
export function bylineAndDate(line: string): { byline: string | null; date: string } | null {
  const parts = line.trim().split(/\s+[|·•]\s+/);
  if (parts.length === 1) return bylineThenDate(parts[0]);
  if (parts.length !== 2 && parts.length !== 3) return null;
  const at = parts.findIndex((p) => BARE_DATE.test(p));
  if (at < 0) return null;
  const rest = parts.filter((_, i) => i !== at);
  const other = rest.find((p) => /^by\s/i.test(p)) ?? rest[0];
  const name = other.replace(/^by\s+/i, '');
  if (!BYLINE_NAME.test(name)) return null;
  // "Sports | March 16, 2023": a section's label and the date; a byline says "By", or names someone in two words or more.
  return { byline: /^by\s/i.test(other) || /\s/.test(name) ? name : null, date: parts[at] };
}

/** "By Jane Doe 14 May 2027", "By Jane Doe, March 3, 2026": a byline and its date with nothing between (a page's
 * line break lost). */
function bylineThenDate(line: string): { byline: string; date: string } | null {
  const words = line.split(/\s+/);
  if (words.length < 4 || words[0].toLowerCase() !== 'by') return null;
  for (let k = 2; k <= Math.min(6, words.length - 2); k++) {
    const name = words.slice(1, k).join(' ').replace(/,$/, '');
    const date = words.slice(k).join(' ');
    if (BYLINE_NAME.test(name) && BARE_DATE.test(date)) return { byline: name, date };
  }
  return null;
}

const BARE_DATE = new RegExp(
  `^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:(?:,|\\s+[-–—])?\\s+${TIME_OF_DAY})?$`,
  'i',
);

/** The remains of an agency header: "Xinhua) 08:45, April 01, 2022" → source and date. */
export function agencyHeaderOf(line: string): { source: string; date: string | null } | null {
  const m = new RegExp(`^\\(?([A-Z][\\p{L}&.' -]{1,40})\\)\\s*(?:\\d{1,2}:\\d{2})?,?\\s*(${DAY_OF_MONTH},?\\s*\\d{4})?\\s*$`, 'u').exec(line.trim());
  return m ? { source: m[1].trim(), date: m[2] ?? null } : null;
}
