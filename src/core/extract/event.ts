// Finds the event the article reports: its name ("13th Meeting of BRICS …", "North American
// Leaders' Summit"), where it was held, and when, as the text words them.

import { insideQuote } from './compress.js';
import { countryOf } from './countries.js';
import { FULL_MONTH, MONTH, readableDate, WEEKDAY } from './lexicon/calendar.js';
import { PROPOSAL_VERB } from './lexicon/proposals.js';
import { LIST_MARK } from './proposals.js';
import { isTitleHead } from './lexicon/titles.js';
import { ABSENCE, ATTRIBUTION_VERB, IN_A_CALL, MISSED_A_PART, TO_COME, TRAVELS_ON } from './lexicon/verbs.js';
import type { Sentence } from './sentences.js';
import { escapeRegExp, lastWord } from './tokens.js';

export interface EventInfo {
  name: string | null;
  location: string | null;
  date: string | null;
  /** Sentences the name, place and date were read from. */
  evidence: number[];
}

const bothCases = (words: string[]) => `(?:${words.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})`;
const EVENT_NOUN_WORDS = bothCases([
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
  'investor day',
  'hearing',
  'negotiations',
  'synod',
]);
// An awards ceremony by its name: "the 98th Academy Awards" (never "awards" in common words: "won two awards").
const EVENT_NOUN = `(?:${EVENT_NOUN_WORDS}|Awards)`;
/** A body whose meeting it is, in common words between a name and the event noun ("the Lima School District
 * board meeting", "a Cabinet committee session"). */
const BODY_WORD = bothCases(['board', 'council', 'cabinet', 'committee', 'press', 'town hall', 'delegate', 'shareholder']);
/** Words that say what kind of event it is, or which of a series ("the 13th annual ministerial meeting"). */
const EVENT_KINDS = [
  ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
  ...['video', 'virtual', 'online', 'joint', 'trilateral', 'bilateral', 'multilateral', 'annual', 'informal'],
  ...['extraordinary', 'special', 'ministerial', 'high-level', 'emergency', 'regional', 'international'],
];
// ("Andes–Pacific": a compound joined by a dash is one word.)
const MODIFIER = `(?:\\d+(?:st|nd|rd|th)|${EVENT_KINDS.join('|')}|[\\p{Lu}][\\p{L}\\p{N}'’./&–-]*)`;
// (A comma inside a list of capitalised words closed by "and": "… Commission on Economic, Cultural and Technical Cooperation".)
const COMPLEMENT_WORD = `(?:(?:(?!(?:${WEEKDAY}|${FULL_MONTH})\\b)[\\p{Lu}][\\p{L}\\p{N}'’./&-]*|foreign|defen[cs]e|finance|health|energy|trade|interior|agriculture|education|environment|justice|transport|central|bank|ministers|leaders|presidents|premiers|governors|mayors|delegates|members|partners|countries|neighbou?ring|national|security|advisers|heads|states?|governments?|and|of|the|their|its|two|three|from|on|for)(?!\\p{L})|,(?=\\s+\\p{Lu}[\\p{L}-]*(?:,\\s+\\p{Lu}[\\p{L}-]*)*\\s+and\\s+\\p{Lu}))`;
/** What an event is about, in common words after its name ("the COP29 climate summit", "the Kigali peace talks"). */
const TOPIC =
  '(?:climate|peace|trade|finance|security|energy|health|budget|investment|water|food|nuclear|ceasefire|business|defen[cs]e|foreign|economic|development|migration|ocean|biodiversity|cyber|technology|education|labou?r|tax|debt|aid|humanitarian|donor|pledging|leaders|ministers|industry|agriculture|fisheries|transport|space|science|digital|culture|tourism|sports?|mining|oil|gas)';
const EVENT = new RegExp(
  // "and" after a modifier, before a capital: "the Foreign and Defence Ministerial Consultations"; "of" after a body's
  // heads or council: "the Andes Heads of Government Meeting", "the Council of Ministers session".
  `(?:(?:${MODIFIER})\\s+(?:(?:and|(?<=\\b(?:Heads|Council|Board|Conference)\\s)of)\\s+(?=\\p{Lu}))?){0,8}(?:(?<=[\\p{Lu}\\d][\\p{L}\\p{N}'’./&-]*\\s)${TOPIC}\\s+){0,2}(?:${BODY_WORD}\\s+)?${EVENT_NOUN}(?:\\s+(?:of|on|among|between|for)\\s+(?:${COMPLEMENT_WORD}\\s*){1,14})?`,
  'gu',
);
/** What every name of an event ends in (its complement aside). */
const NOUN_OF_EVENT = new RegExp(EVENT_NOUN, 'g');
/** A character a name of an event may hold before its noun: letters, digits, "'’./&–-" and spaces (and either half of a
 * letter outside the basic plane, read one code unit at a time). */
const NAME_CHAR = /[\p{L}\p{N}'’./&–\s\uD800-\uDFFF-]/u;

/** What kind of event a name names: its last event noun, lower case ("energy talks" → "talks", "Summit of the Andes" →
 * "summit"). */
function eventKind(name: string): string {
  return [...name.matchAll(NOUN_OF_EVENT)].at(-1)?.[0].toLowerCase() ?? name.toLowerCase();
}

/** Every name of an event in the text, as `text.matchAll(EVENT)` finds them, though searched for only from where the run
 * of words around each event noun starts: no name can start anywhere else, and most of a sentence is not near one. */
function eventNamesIn(text: string): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  let from = 0;
  for (;;) {
    NOUN_OF_EVENT.lastIndex = from;
    const noun = NOUN_OF_EVENT.exec(text);
    if (!noun) return out;
    let start = noun.index;
    while (start > from && NAME_CHAR.test(text[start - 1])) start--;
    EVENT.lastIndex = start;
    const m = EVENT.exec(text);
    if (!m) return out;
    out.push({ text: m[0], index: m.index });
    from = m.index + m[0].length;
  }
}
/** An event the text describes in common words after its article: "the one-day pledging conference", "a town
 * hall meeting", "the guild's annual delegate conference", or after how long it went on: "after five days of
 * indirect talks" (never "the next meeting" or "the same session": another one). */
const DESCRIBED_EVENT =
  /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|(?:hours|days|weeks|rounds)\s+of)\s+(?:\p{L}+['’]s\s+)?((?:(?!(?:next|previous|last|same|other|such|any|each|every|regular|usual|final|following|upcoming|earlier|later|new|recent|of|in|at|on|for|to|from|by|with|and|or|after|before|within|into)\b)\p{Ll}[\p{Ll}-]+\s+){1,2}(?:meeting|conference|summit|session|hearing|briefing|forum|congress|gathering|talks|event))\b/gu;

const DATE_EXPR = `(?:from\\s+${WEEKDAY}\\s+(?:to|through|until)\\s+${WEEKDAY}|${WEEKDAY}(?:\\s+(?:to|through|and)\\s+${WEEKDAY})?|${MONTH}\\s+\\d{1,2}\\b(?:\\s*(?:-|–|to|and)\\s*\\d{1,2})?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|(?:in\\s+)?${MONTH}\\s+\\d{4})`;
const DATE = new RegExp(`(?:on\\s+)?(?:the\\s+(?:morning|afternoon|evening|night)\\s+of\\s+)?${DATE_EXPR}`, 'g');
// "Port of Spain", "Rio de Janeiro": a particle between the capitalised words of a place.
const PLACE_WORD = `(?:the\\s+)?[\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:(?:of|de|da|do|del|la|el)\\s+|(?:al|el|ad|an|ar|as|ash|at|az)-)?[\\p{Lu}][\\p{L}'’.-]*){0,4}`;
/** How full a venue was, before its name: "at a packed Lima Stadium", "in a sold-out Andes Arena". */
const CROWD_BEFORE_VENUE = String.raw`an?\s+(?:packed|crowded|sold-out|full|half-empty|empty|rain-soaked|sun-drenched|rowdy|hushed|heaving)\s+(?=\p{Lu})`;
/** "in the Peruvian capital Lima", "in the port city of Callao", "in the Red Sea resort of Sharm el-Sheikh", "at a packed Lima Stadium", "off
 * the coast of Peru": the place after its description. */
const PLACE_DESCRIPTION = `(?:the\\s+(?:[\\p{Lu}][\\p{L}]+\\s+){0,2}(?:(?:seaside|coastal|lakeside|mountain|border|northern|southern|eastern|western|central|holy|ancient|historic)\\s+)?(?:capital|city|town|port|port city|resort|village)(?:\\s+of)?,?\\s+|the\\s+(?:(?:north|south|east|west)(?:ern)?\\s+)?coast\\s+of\\s+|(?:north|south)?(?:east|west)?ern\\s+(?=\\p{Lu})|central\\s+(?=\\p{Lu})|${CROWD_BEFORE_VENUE})?`;
/** A venue in common words: a hall, an office, a headquarters; a mine or a plant where what is reported happened. */
const VENUE_NOUN =
  '(?:hall|church|chapel|mosque|temple|school|library|cent(?:re|er)|office|offices|headquarters|auditorium|gym|courthouse|mine|plant|factory|refinery|warehouse)';
/** A place named for its town ("Lima airport", "Quito central station"), though "the airport in Quito" is Quito's. */
const TOWN_VENUE_NOUN = '(?:airport|station|prison|hospital)';
/** "St. Anne's parish hall", "Lima airport", or "the district office on Elm Road", "the alliance's headquarters in Oslo". */
const VENUE = `(?:${PLACE_WORD}(?:\\s+\\p{Ll}+)?\\s+(?:${VENUE_NOUN}|${TOWN_VENUE_NOUN})|the\\s+(?:[\\p{Ll}-]+(?:['’]s)?\\s+){0,2}${VENUE_NOUN}\\s+(?:on|in)\\s+${PLACE_WORD})`;
// ("in Lima, the Andes Farmers' Association proposed …": what follows the place's comma is its region or country, never a
// body opening the clause after it.)
// (Where a ship ran aground, sank or capsized, "off" names the place: "ran aground off Lima Island"; and "near" where a storm
// made landfall or a plane crashed: "made landfall near Lima".)
const PLACE = new RegExp(
  `\\b(held|hosted|took place|taking place|convened|opened|ended|closed|concluded|meet|met|[Mm]eeting|[Ss]ummit|[Cc]onference|[Tt]alks)?\\s*\\b(?:in|at|(?<=\\b(?:crammed|packed|crowded|squeezed|filed|poured|streamed)\\s)into|(?<=\\b(?:marched|paraded|rallied|filed|streamed)\\s)through(?:\\s+(?:central|downtown))?|(?<=\\b(?:aground|sank|sunk|capsized|foundered|collided|ditched|overturned)\\s)off|(?<=\\b(?:landfall|crashed|struck|exploded|derailed|aground|sank|capsized)\\s)near)\\s+${PLACE_DESCRIPTION}((?:${VENUE}|${PLACE_WORD})(?:,\\s+(?!the\\s)${PLACE_WORD})?)`,
  'gu',
);
/** A building's name, by its last word ("Vale House", "the Grand Hotel"), which its town may follow. */
const NAMED_BUILDING = /\s(?:House|Palace|Hall|Centre|Center|Hotel|Stadium|Arena|Building|Castle|Residence)$/;
/** "in Lima" after a building's name: its town. */
const TOWN_AFTER = /^\s+in\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?=[\s,.;]|$)/u;
/** A region is what a report is about ("security in the Middle East"), too wide to be where a meeting sat. */
const REGION =
  /^(?:the\s+)?(?:(?:North|South|Central|East|West|Southeast|Northeast|Southern|Northern|Eastern|Western|Sub-Saharan)\s+)?(?:Middle East|Asia|Africa|Europe|America|Americas|Latin America|Arctic|Antarctic|Sahel|Gulf|Pacific|Atlantic|Caribbean|Balkans|Mediterranean|Horn of Africa|Indo-Pacific|Scandinavia|Region)$/;
const NOT_A_PLACE = new RegExp(`^(?:the\\s+)?(?:${MONTH}|${WEEKDAY}|\\d|The|This|That|His|Her|Its|Their|Our|First|Second|Last|Next|Covid|COVID)`);

const EVENT_AT_END = new RegExp(`${EVENT_NOUN}$`);
/** A contest by its name, no place: "a final at the Lima Open", "at the Andes Cup", "the Pan-Andes Games". */
const CONTEST_AT_END = /\s(?:Open|Cup|Championships?|Games|Grand Prix|Masters|Marathon|Olympics|Trophy)$/;
const PLACE_FOLLOWERS = new Set(
  'on in at to for from with and which where that this last next during earlier later since after before ahead amid while as by under when today yesterday tomorrow tonight was were'.split(
    ' ',
  ),
);

/** What follows an event noun that belongs to a longer proper name. */
const PART_OF_A_NAME =
  /^\s+(?:[Cc]entre|[Cc]enter|[Hh]all|[Hh]otel|[Hh]otels|[Bb]uilding|House|Palace|Arena|Stadium|Room|Party|Secretariat|Office|Group|Archive|Archives|Foundation|Institute|Trust|Fund|Library|Museum)\b/;

/** What comes before a body a person belongs to: an office and "of (the)" ("secretary-general of the …"), or "-based". */
const OFFICE_OF_BEFORE = /(\S+)\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+)*$/u;
const affiliationBefore = (text: string) => {
  const office = OFFICE_OF_BEFORE.exec(text);
  return /-based\s+$/.test(text) || (!!office && isTitleHead(office[1].toLowerCase()));
};

/** What an unsettled event left to a later one: "leaving the hardest decisions to the (Andes summit)". */
const LEFT_TO =
  /\b(?:leaving|left|leaves|deferred|deferring|postponed|postponing|pushed back|put off|referred|referring)\b[^.;]{0,60}\b(?:to|until)\s+(?:the\s+|a\s+|an\s+|its\s+|next\s+)*(?:[\p{L}-]+(?:['’]s)?\s+){0,3}/u;
/** Where someone the report names was instead of at the event: "Ana Roy, who was (in Quito)". */
const WAS_INSTEAD = /\b(?:who|which)\s+(?:was|were|is|are|had been|has been)\s+(?:away\s+)?/;
/** …or at another event: "Tom Vale, who was attending a UN session (in Geneva)". */
const WAS_AT_ANOTHER = `${WAS_INSTEAD.source}(?:attending|chairing|hosting|addressing)\\s+`;
const ELSEWHERE_BEFORE_PLACE = new RegExp(`(?:${LEFT_TO.source}|${WAS_INSTEAD.source}|${WAS_AT_ANOTHER}[^,;.]{1,60}?\\s)$`, 'iu');

/** What lies at `at` is why someone stayed away or missed a part: "skipped the talks as she was in Quito for (the Andes
 * Council meeting)", "did not travel to Lima because of budget talks in (Quito)". */
function keptAwayBy(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const away = ABSENCE.exec(before) ?? MISSED_A_PART.exec(before);
  return !!away && /\b(?:as|because|since|while)\b/.test(before.slice(away.index + away[0].length));
}

/** An event's name that counts its members as bodies: "the Congress of Trade Unions", "the Assembly of Employers' Associations". */
const BODY_OF_MEMBERS =
  /\bof\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Unions|Parties|Organi[sz]ations|Associations|Federations|Employers|Churches|Chambers)\b/u;

/** What follows an event noun that makes it a body's thing, not an event: "under a 2022 General Assembly rule",
 * "a Congress resolution"; or a product's name: "the Halvex Summit models". */
const THING_OF_A_BODY =
  /^\s+(?:rules?|resolutions?|regulations?|procedures?|mandates?|presidency|deadlines?|budget|seat|seats|models?|vehicles?|SUVs?|cars?|trucks?|edition|range|series|trim|brand|line-?up|(?:[Vv]ice[- ])?(?:[Cc]hair(?:man|woman|person)?|[Ss]peaker|[Pp]resident|[Ss]ecretary|[Ss]pokes(?:man|woman|person))|[Dd]eputy)\b/;

/** Events a report names that are not the one it reports: one held before ("went over the results of the
 * Trade Forum, which had …"), meetings on the side of it, a body that acts ("the … Forum had urged"), or one
 * still to be arranged ("neither the dates nor the venue of its first session have been settled yet").
 * Each row reads the text before the event, after it, or its clause. */
const ANOTHER_EVENT: ReadonlyArray<{ before?: RegExp; after?: RegExp; clause?: RegExp; example: string }> = [
  {
    before: /\b(?:results?|outcomes?|conclusions?|findings|recommendations|follow-up) of (?:the |an? |its |their )?$/i,
    example: 'The ministers went over the results of the Trade Forum held in May.',
  },
  { after: /^,?\s+which had\b/, example: 'They spoke of the Trade Forum, which had opened new fields.' },
  // Talks ahead of someone, not held: "left the party facing months of coalition talks", "braced for tough talks".
  {
    before:
      /\b(?:fac(?:e|es|ed|ing)|brac(?:e|es|ed|ing) for)\s+(?:(?:days|weeks|months|years)\s+of\s+|(?:more|further|lengthy|long|tough|difficult|fresh)\s+)(?:[\p{L}-]+\s+){0,2}$/iu,
    example: 'The Lima Party won, but it faces months of coalition talks.',
  },
  // The body a vote elects, not a sitting of it: "Friday's vote for the Lima city assembly", "seats in the assembly".
  {
    before:
      /\b(?:elections?|polls?|vote|ballot|seats?|candidates?|(?:was|were|been|be|get|got) elected)\s+(?:to|for|in)\s+(?:the\s+|a\s+|its\s+)?(?:[\p{L}-]+\s+){0,3}$/iu,
    example: "Ana Roy's party won most seats in Friday's vote for the Lima city assembly.",
  },
  // One still to come, whatever brought the subject there: "… and the 24th meeting of the Council (SCO), which will be held on
  // Wednesday", "…, which India will host".
  {
    after: /^\s*(?:\([^()]{1,20}\))?,?\s+(?:which|that)\s+(?:(?:\p{Lu}[\p{L}'’-]*|it|they)\s+){0,2}(?:will|is to|is due to|is scheduled to|opens|begins)\b/u,
    example: 'Ana Roy arrived for the 24th meeting of the Andes Council (AC), which will be held on Wednesday.',
  },
  // One the subject will hold later: "The company will hold its annual general meeting on April 24".
  {
    before:
      /\b(?:will|is to|are to|plans? to|is due to|are due to|is set to|are set to)\s+(?:hold|host|convene)\s+(?:its|their|the|a|an)\s+(?:[\p{L}-]+\s+){0,3}$/iu,
    example: 'The company will hold its annual general meeting on April 24.',
  },
  // One someone did not attend: "attended a dinner on Tuesday but not the main session".
  { before: /\bnot\s+(?:the|a|an|its)\s+$/i, example: 'Ana Roy attended a dinner on Tuesday but not the main session.' },
  // "meeting" as a verb, with its object after it: "with the Centre meeting Rs 20,000 crore of the cost".
  {
    after:
      /^\s+(?:Rs\.?\s*\d|US\$|[$€£¥]|\d[\d,.]*\s+(?:per cent|percent|%|crore|lakh|million|billion))|^\s+(?:the|its|their|our)\s+(?:full\s+)?(?:costs?|bills?|targets?|deadlines?|demands?|needs|requirements|obligations)\b/,
    example: 'The scheme runs on a partnership model, with the Centre meeting Rs 20,000 crore of the cost.',
  },
  // One still awaited: "an injunction that will stay in place until the full hearing", "pending a hearing".
  { before: /\b(?:until|till|pending)\s+(?:the|a|an|its|their)\s+$/i, example: 'The ban stays in place until the full hearing, set for 12 March.' },
  // One beside it: "Premier Ana Roy joined a related Andes Summit on Saturday", "at a separate meeting".
  { before: /\b(?:a|an|the)\s+(?:related|separate|parallel|side|sister)\s+$/i, example: 'Ana Roy joined a related Andes Summit on Saturday.' },
  // How someone joined, not what: "Romania's minister joined by video conference".
  { before: /\b(?:by|via|through|over)\s+(?:an?\s+)?$/i, example: 'Ana Roy joined by video conference.' },
  // One the reported event comes before: "spoke to our correspondent ahead of next week's Pacific summit in Lima".
  {
    before: /\b(?:ahead of|in the run-up to|in preparation for|in the lead-up to)\s+(?:the\s+|this\s+|next\s+)?(?:[\p{L}-]+['’]s\s+)?$/iu,
    example: "Ana Roy spoke to our correspondent ahead of next week's Andes Summit in Lima.",
  },
  // One someone is invited to, or will attend or chair: "invited Mahama to attend the Africa Climate Summit in September",
  // "he will co-chair the fourth meeting of the committee".
  {
    before:
      /\b(?:invit\w*|will|would|plans? to|planning to|expected to|is to|are to|due to)\b[^.;]{0,50}\b(?:attend|join|take part in|(?:co-)?chair|address|(?:visit|travel to|come to|go to)\b[^.;]{0,40}\bfor)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|next\s+)*$/i,
    example: 'Ana Roy invited Tom Vale to attend the Andes Climate Summit in Lima in September.',
  },
  // … or invited to, with no verb: "Ana Roy invited Chilean exporters to a trade forum in Quito in May".
  {
    before: /\binvit\w*\s+[^.;]{1,50}?\bto\s+(?:an?|the)\s+$/i,
    example: 'Ana Roy invited Chilean exporters to a trade forum in Quito in May.',
  },
  // One the decisions were left to: "ended without a deal, leaving the hardest decisions to the Andes summit".
  {
    before: new RegExp(`${LEFT_TO.source}$`, 'iu'),
    example: 'Talks ended in Lima without a deal, leaving the hardest decisions to the Andes summit in November.',
  },
  // Where someone the report names was instead: "Ana Roy, who was in Quito for a meeting of finance ministers".
  {
    before: new RegExp(`${WAS_INSTEAD.source}(?:in|at)\\s+[^,;]{1,40}?\\s+for\\s+(?:the\\s+|a\\s+|an\\s+)?$`, 'i'),
    example: 'Finance Minister Ana Roy, who was in Quito for a meeting of finance ministers, welcomed the decision.',
  },
  // Or the event they were at: "standing in for Tom Vale, who was attending a UN session in Geneva".
  {
    before: new RegExp(`${WAS_AT_ANOTHER}(?:the\\s+|a\\s+|an\\s+|another\\s+)?$`, 'i'),
    example: 'Chile sent Ana Roy, standing in for Tom Vale, who was attending a UN session in Geneva.',
  },
  { after: /^s?\s+(?:on|at) the (?:margins|sidelines|fringes) of\b/, example: 'He held bilateral meetings on the margins of the summit.' },
  // One addressed on the side of a visit: "She also toured a port and addressed a trade forum run by …".
  {
    clause: /\balso\b[^.;]{0,80}\baddressed\s+an?\s/i,
    example: 'Ana Roy also toured a port and addressed a trade forum run by the Lima guild of exporters.',
  },
  // One after it, told as later: "Ana Roy told a business forum later in the day …".
  {
    after: /^s?\s+(?:later (?:in the day|that day|that evening|in the evening|on|in the week)|afterwards|the (?:next|following) (?:day|morning|evening))\b/,
    example: 'Ana Roy told a business forum later in the day that trade could double.',
  },
  // Another of its kind, told as such: "Chile, which hosted separate talks between Lima and the rebels, also sent …".
  {
    before: /\b(?:separate|parallel|earlier|previous|other|another)\s+$/i,
    example: 'Chile, which hosted separate talks between Peru and the rebels, also sent an envoy.',
  },
  // The body that organised or hosted it, not the event: "The meeting, organised by the Andes Water Forum, drew 600 delegates".
  {
    before: /\b(?:organi[sz]ed|co-organi[sz]ed|run|convened|sponsored|funded)\s+by\s+(?:the\s+)?$/i,
    example: 'The meeting, organised by the Andes Water Forum, brought together 600 delegates.',
  },
  // A body that speaks or acts: "the Pension Fund Forum had urged investors", "the Trade Forum said".
  {
    after:
      /^\s+(?:(?:had|has|have)\s+)?(?:(?:both|also|earlier|previously|already)\s+)?(?:said|says|urged|urges|warned|warns|argued|argues|wrote|writes|told|recommended|advised)\b/,
    example: 'The Local Authority Pension Fund Forum had urged investors to vote against.',
  },
  {
    clause: /\b(?:not|neither|nor|yet to be)\b[^;]{0,80}\b(?:settled|decided|fixed|arranged|scheduled)\b|\b(?:settled|decided|fixed|arranged|scheduled) yet\b/i,
    example: 'Neither the dates nor the venue of the group’s first session have been settled yet.',
  },
];

/** A question put in the text ("QUESTION: …?", "When do they resume?"): it names no event, place or day of its own;
 * a statement ending on one ("… to ask officials one question: why are cars broken into?") still does. */
const IS_QUESTION =
  /^(?:(?:Q|QUESTION)\s*(?:\([^)]*\))?\s*:|(?:who|what|when|where|why|how|which|will|would|is|are|was|were|do|does|did|can|could|should|has|have)\b).*\?["'”’)]*$/i;

/** Words that set what follows later than the report: "will address the leaders on Friday", "a strike planned for
 * Monday", "told the launch that the phone would go on sale on May 1", "the phone, which goes on sale on May 1" (not in a
 * clause of its own: "will start later from next September after the board voted 6-2 on Monday"). */
const STILL_TO_COME = new RegExp(
  `\\b(?:${TO_COME}|would|planned for|scheduled for|(?:is|are) set for|goe?s? on sale|takes? effect|comes? into (?:force|effect))\\b(?:(?!\\b(?:after|since|because|when|as|before|once)\\b)[^,;.])*$`,
);

/** Right before a date, what was called for it: "called an early vote for 4 May" (the call is the news, on its own day). */
const CALLED_FOR = /\bcalled an? [^,;.]{0,40}?\bfor\s+$/;

/** Before a date, in what its sentence says after a verb and "that": the date is of what was told, not of the telling. */
const toldThat = (verbs: string) => new RegExp(`\\b(?:${verbs})\\b[^.;"“”]*?\\bthat\\b[^"“”]*$`);

/** Before a date in its sentence: what someone said, the date theirs and not the event's ("Ana Roy told 3,000 people at
 * the launch that the phone would go on sale in 20 countries on October 1, with pre-orders from Friday"). */
const SAID_THAT = toldThat(`${ATTRIBUTION_VERB}|announced`);

/** Before a date in its sentence: what a court or an inquiry heard, a day of the story it was told and not of the
 * hearing ("The inquiry heard that the boiler failed in March 2021"), in a report of what has been or of what is to come. */
const HEARD_THAT = toldThat('heard');

/** Right before a date: it bounds a period ("its lowest rate since September 2021") or sets a deadline ("to be reconnected
 * by Thursday evening"), it is no day of the event. */
const PERIOD_BOUND = /\b(?:since|until|till|through|before|by)\s+(?:(?:early|late|mid)[- ])?$/i;

/** "The findings will be presented at a meeting of …", "a second phase, to be decided at a ministerial meeting in …",
 * "said they would take it up at a summit in May", "will be debated at the council's March meeting", "are due to join them on
 * Sunday for the wider Lima summit", "is expected to name a
 * minister within 30 days of the new assembly's first session": an event something is still to go to or to follow, said
 * after the lead; and with its name, up to where its place is given. */
const TO_COME_AT = String.raw`\b(?:${TO_COME}|would|to(?=\s+be\s))\s+(?:be\s+)?\p{Ll}+\s+(?:(?:(?!\b(?:after|before|when|while|as)\b)[^.;]){0,40}\s)?(?:at|to|for|before|alongside|during|on the sidelines of|after|ahead of|within\s+[^.;]{1,30}?\s+of)\s+(?:(?:an?|the|its|their)(?:\s+(?:wider|larger|broader|full|main|annual|separate|later|formal|final|closing))?|next\s+\S+|(?:the\s+)?(?:\p{Ll}+\s+)?\p{L}[\p{L}-]*['’]s)\s*`;
const AT_ONE_TO_COME = new RegExp(`${TO_COME_AT}$`, 'u');
/** Before an event's name: an earlier event looked back on ("welcomed the success of the summit", "the outcome of last
 * year's talks"). */
const LOOKED_BACK = 'success|outcome|results?|legacy|anniversary';
const LOOKED_BACK_ON = new RegExp(
  String.raw`\b(?:${LOOKED_BACK}|follow-up to|implementation of the commitments made at)\s+(?:of\s+)?(?:the|last|this|their|its)\s+(?:[\p{L}'’-]+\s+){0,2}$`,
  'u',
);
/** Right after an event's name: the name is a body's, with its members or its officers ("Lima Forum members", "Lima Forum
 * Secretary-General"). */
const BODY_AFTER_NAME = /^\s+(?:members?|member (?:states|countries)|secretariat|Secretary-General|secretary-general)\b/;
/** A long "between … and …" closing an event's name: seven words or more after "between". */
const LONG_BETWEEN = /\s+between(?:\s+\S+){7,}$/;
/** A sentence set before the news it follows: "Before the talks, …", "Ahead of the meeting, …". */
const BEFORE_THE_NEWS = /^(?:Before|Earlier|Prior to|Ahead of)\s+(?:the|their|his|her|its)\s+(?:talks|meeting|visit|summit|session|conference)\s*,/;
/** Before a place: an earlier event looked back on, with what stands between ("the success of the summit with Chile at "). */
const LOOKED_BACK_AT = new RegExp(String.raw`\b(?:${LOOKED_BACK})\s+of\s+(?:the|last|this|their|its)\b[^.;]{0,100}$`, 'u');
/** Before an event's name: what the event was cut down to ("cut to a single session", "shortened to one day"). */
const CUT_TO_BEFORE =
  /\b(?:cut|reduced|shortened|trimmed|scaled back|pared back|limited|confined)\s+(?:down\s+)?to\s+(?:an?|one|the)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** Before an event's name: the object of a verb still to come ("will inform the", "is expected to shape the"). */
const WILL_VERB_THE = new RegExp(`\\b(?:${TO_COME}|would)\\s+(?!be\\b)\\p{Ll}+\\s+(?:the|an?)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}$`, 'u');
/** Before an event's name: someone travels on to it, told in the present ("leaves for Quito on Sunday for a summit"). */
const LEAVES_FOR = new RegExp(
  String.raw`${TRAVELS_ON}(?:(?!\b(?:after|before|when|while|as)\b)[^.;]){0,60}\b(?:for|to attend|to join)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}$`,
  'u',
);
const TO_GO_TO = new RegExp(`${TO_COME_AT}(?:(?!\\b(?:after|before|at|when|while|as)\\b)[^.;]){1,100}$`, 'u');

/** Right before an event's name: it is put off or called off ("postpone energy talks", "put off talks on …"); not the
 * talks once put off that are now held ("The postponed talks opened on Monday"). */
const PUT_OFF_BEFORE =
  /(?<!\b(?:the|a|an|its|their|his|her|this|that)\s+)\b(?:postpone[sd]?|postponing|put(?:s|ting)? off|delay(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing)?|call(?:s|ed|ing)? off|scrap(?:s|ped|ping)?)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** Right before a place: an event of a day to come, named by its day ("will take charge for Saturday's match at …"). */
const FOR_A_DAY_AHEAD = new RegExp(`\\bfor\\s+(?:(?:this|next)\\s+)?(?:${WEEKDAY}|tomorrow|tonight)['’]s(?:\\s+[\\p{L}-]+){0,2}\\s*$`, 'iu');

/** A date as the card shows it: "on Tuesday" is Tuesday, "in March 2024" is March 2024. */
const dayOf = (found: string) => found.replace(/^(?:on|in)\s+/i, '').trim();

/** Right before a place: a market, not a venue ("Halvex shares rose 6% in Lima", "stocks traded in London"), a price's
 * move too ("Corla rose 18 per cent in Oslo", "closed 2% higher in Quito"). */
const MARKET_BEFORE =
  /\b(?:shares?|stocks?|traded|bourse)\b[^;]{0,40}$|\b(?:rose|fell|gained|lost|closed|jumped|slid|dropped|climbed|tumbled|surged|slumped|rallied|ended)\b[^;.]{0,30}?(?:%|per ?cent|percent|points)(?:\s+(?:higher|lower|up|down))?\s*$/i;

/** Right before a place: what a meeting is about there, not where it meets ("demanded a ceasefire in Quito", "the war
 * in Peru", "the humanitarian situation in Chile"), or what a body keeps there ("to keep its observer mission in Peru"). */
const TOPIC_BEFORE_PLACE =
  /\b(?:ceasefire|truce|war|conflict|fighting|crisis|violence|situation|unrest|hostilities|occupation|invasion|offensive|famine|outbreak|insurgency|peace|restraint|tensions?|stability|calm|incidents|disputes?|militari[sz]ation|missions?|operations?|deployments?|presence|peacekeeping)\s*$/i;

/** "A hearing on the order will be held in January": one still to be held, said after the lead (a report of
 * what is to come says it first); or the subject of a verb still to come ("The full council session will vote on the
 * plan in February"; not "the next summit will be hosted by …", which names the series this one belongs to); or one not
 * to start yet ("Detailed talks with Peru are not due to start until May"). */
const TO_BE_HELD = new RegExp(
  `^(?:[^.;]{0,80}?\\s(?:${TO_COME}|must|should|could|would|may|might)\\s+(?:be\\s+held|take\\s+place)\\b|\\s+(?:will|is to|is due to|is expected to|is set to)\\s+(?!be\\b)|\\s+(?:is|are)\\s+(?:scheduled|planned|set|due)\\s+(?:for|on|to)\\b|\\s+(?:still\\s+)?to\\s+be\\s+(?:held|hosted)\\b|(?:\\s+with\\s+[^.;]{1,60}?)?\\s+(?:is|are)\\s+not\\s+(?:expected|due|set|likely)\\s+to\\s+(?:start|begin|open|resume)\\b)`,
);

/** "third straight meeting", "sixth consecutive session": how many in a row, no name. */
const IN_A_ROW =
  /^(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|twentieth)\s+(?:straight|consecutive|successive)\b/i;

/** A press conference or briefing: where someone spoke about the event, when the report has another. */
const PRESS_EVENT = /\b(?:news|press) (?:conference|briefing)\b/i;
/** A press conference held after or before another event, to speak of it: "the post-match news conference". */
const AROUND_ANOTHER = /\b(?:post|pre)-\p{L}+\s+(?:\p{L}+\s+)?(?:news|press)\s+(?:conference|briefing)\b/iu;
/** Right after a press conference: the event it came after or before ("… a news conference after the decision"). */
const AFTER_ANOTHER = /^\s+(?:after|following|before|ahead of)\s+(?:the|its|his|her|their|this|that)\b/;
/** The report's own event, called by its kind: "the summit", "the meeting". */
const OWN_EVENT = /\b[Tt]he (?:summit|meeting|talks|session|congress|assembly|forum|conference)\b(?! (?:room|hall|centre|center))/;

/** Words that make an event another of its series, or another altogether: "the next summit", "the previous meeting", "a
 * separate meeting of trade ministers". */
const ANOTHER_OF_SERIES = 'next|previous|last|upcoming|forthcoming|following|future|separate|another';
const AHEAD_OR_BEFORE = new RegExp(`\\b(?:${ANOTHER_OF_SERIES})\\s+(?:[\\p{L}-]+(?:['’]s)?\\s+){0,2}$`, 'iu');
/** A name that opens with the word itself, as a summary's line may ("Next summit set for October"). */
const OPENS_ANOTHER_OF_SERIES = new RegExp(`^(?:${ANOTHER_OF_SERIES})\\s`, 'i');

/** The report calls its own event "the summit" (the event's noun after "the", not "the next summit"). */
function callsItThe(sentences: readonly Sentence[], event: string): boolean {
  const noun = lastWord(event)?.word.toLowerCase();
  if (!noun) return false;
  const own = new RegExp(`(?<!\\b(?:${ANOTHER_OF_SERIES})\\s)\\bthe ${escapeRegExp(noun)}\\b`, 'i');
  return sentences.slice(0, 12).some((s) => own.test(s.text));
}

function anotherEvent(text: string, start: number, end: number): boolean {
  const clauseStart = text.lastIndexOf(';', start) + 1;
  const clauseEnd = text.indexOf(';', end);
  const clause = text.slice(clauseStart, clauseEnd < 0 ? text.length : clauseEnd);
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 40);
  return ANOTHER_EVENT.some((row) => row.before?.test(before) || row.after?.test(after) || row.clause?.test(clause));
}

const GENERIC =
  /^(the|a|an|its|their|this|that)?\s*(meeting|summit|conference|talks|session|forum|visit|gathering|congress|assembly|dialogue|symposium|consultations|convention)$/i;

/** Right after a name: a common word that is no preposition, verb or article ("… for the Peruvian presidency"). */
const COMMON_NOUN_AFTER =
  /^\s*(?!(?:in|on|at|to|and|or|for|with|by|from|of|was|were|is|are|has|have|had|will|would|could|can|may|that|which|who|where|when|as|after|before|since|until|over|under|into|this|these|last|next|ended|began|opened|closed|said|agreed|also|held|took|met)\b)\p{Ll}/u;
/** The last complement of an event's name: " for the Peruvian". */
const LAST_COMPLEMENT = /\s+(?:of|on|among|between|for)\s+(?:(?!\s(?:of|on|among|between|for)\s).)*$/u;

function cleanEventName(raw: string): string {
  return (
    raw
      // "Talks between Sudan's army and …": a complement cut off at an owner names nobody.
      // "The 15th session of …" at a sentence's start: the article is no part of the name.
      .replace(/^(?:The|An?)\s+/, '')
      // "In talks in Lima, …" at a sentence's start: the preposition is no part of it either.
      .replace(/^(?:In|At|During|After)\s+(?:the\s+)?/, '')
      // "If Congress does not raise the limit …": a conjunction opening the sentence is no modifier.
      .replace(/^(?:If|When|While|As|Unless|Although|Though|Because|Before|Once|Until|Since|Whether|But|And|So)\s+/, '')
      // "England's General Synod" (of "the Church of England's …"): an owner cut short is no part of the name.
      .replace(/^\p{Lu}[\p{L}.-]*['’]s\s+(?=\p{Lu})/u, '')
      .replace(/\s+(?:of|on|among|between|for)\s+(?:\S+\s+){0,3}\S+['’]s\s*$/u, '')
      // "Indirect talks between the government" (of Peru and the rebels): "between" one side names no two (a plural does:
      // "talks between their foreign ministers").
      .replace(/\s+between\s+(?:the|an?)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?<![^s]s)$/u, '')
      .replace(/\s+(?:and|of|the|from|on|for)\s*$/i, '')
      .replace(/\s+(?:and|of|the|from|on|for)\s*$/i, '')
      // "… Committee for the Andes." closing the sentence: the full stop is the sentence's (not one of "U.S.").
      .replace(/(?<=\p{Ll}{2})\.$/u, '')
      .trim()
  );
}

/** A part of an event: a session, a panel, a workshop (or a dinner) held within it. */
const PART_OF_EVENT = /^(?:[\p{L}-]+\s+){0,2}?(?:session|panel|workshop|breakout|roundtable|round table|working (?:lunch|dinner)|dinner|lunch|reception)\b/iu;
/** A lead that reports a whole event in common words: "at a summit hosted by …", "the two-day conference". */
const WHOLE_EVENT_IN_LEAD = /\b(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:summit|conference|congress|assembly|convention|forum)\b/iu;

/** How specific an event name is: capitalised words and a complement make it a name. */
function specificity(name: string): number {
  if (GENERIC.test(name)) return 0;
  const caps = (name.match(/(?:^|\s)[\p{Lu}\d]/gu) ?? []).length;
  return caps * 2 + (/\s(of|on|among|between|for)\s/.test(name) ? 2 : 0) + Math.min(name.split(' ').length, 8) * 0.25;
}

/** Before an event's name: it is put forward, to be held ("proposed that the two sides hold", "called for a …"). */
const PROPOSED_EVENT = new RegExp(
  String.raw`(?:${PROPOSAL_VERB.source})[^.;]{0,120}?\b(?:hold|holding|convene|convening|set up|setting up|establish\w*)\s+(?:(?:an?|the|their|its|regular|annual)\s+)*$`,
  'i',
);

/** Before an event's name: one the sides agreed or plan to hold ("agreed to hold a "two-plus-two" meeting of …"). */
const AGREED_EVENT =
  /\b(?:agreed|concurred|decided|resolved|planned|plans?|pledged|vowed|promised|intends?|intended|hopes?|hoped)\s+to\s+(?:hold|convene|host|organi[sz]e)\s+(?:[^.;]{0,40}\s)?$/i;

/** From this sentence on, an event in common words someone goes to is the report's only if its opening speaks of that kind of
 * event. */
const LATE = 3;
/** Going to an event, as what someone did it for: "flew home to Lima to chair a crisis meeting", "broke off a visit to
 * fly back to Lima and chair a crisis meeting". */
const GOES_TO = /\b(?:to|and)\s+(?:chair|attend|hold|convene|lead|call|join|address)\s+(?:an?|the)\s+$/i;

/** Before an event's name, after the lead: one the sides are still to hold ("said the two countries would hold their first
 * meeting of defence ministers in Lima in May"), reported as a plan, not as the news. */
const TO_HOLD = /\b(?:would|will|(?:is|are) (?:to|due to|set to|expected to))\s+(?:hold|host|convene|organi[sz]e)\s+(?:[^.;]{0,40}\s)?$/i;

/** Who were meeting, in the plural, before where: "Governments meeting", "Andes leaders meeting". */
const PARTICIPLE_MEETING = /^(?:\p{Lu}[\p{L}-]*\s+)?[\p{L}-]+[^'’s]s\s+meeting$/u;

/** A meeting of two sides named after them ("the Lima-Quito Summit Meeting", "the Peru-Chile talks"). */
const BILATERAL = /^(?:the\s+)?\p{Lu}[\p{L}.]*-\p{Lu}[\p{L}.]*\s/u;

/** "Meeting in Lima today, the council …": the day the report was published. */
const TODAY = /\b(?:today|this (?:morning|afternoon|evening))\b/i;

export function findEvent(
  sentences: readonly Sentence[],
  datelinePlace: string | null = null,
  published: string | null = null,
  /** The proposals' items: an event one of them puts forward ("supporting an international peace conference") is no event held. */
  items: readonly string[] = [],
  /** The headline: a transcript's names its event's place and day ("Press conference by Ana Roy, Lima, 4 June"). */
  title: string | null = null,
): EventInfo {
  const proposed = items.map((item) => item.toLowerCase());
  const opening = [title ?? '', ...sentences.slice(0, LATE).map((s) => s.text)].join(' ');
  const kindInOpening = (kind: string) => new RegExp(`\\b${escapeRegExp(kind)}`, 'i').test(opening);
  // The kinds of event put off so far ("talks"), by their noun.
  const putOff = new Set<string>();
  let best: { name: string; score: number; sentence: number } | null = null;
  // A question put in the text ("QUESTION: And the talks in Jeddah – when do they resume?") names no event.
  const first = sentences
    .slice(0, 12)
    .filter((s) => !IS_QUESTION.test(s.text))
    .map((s) => ({
      s,
      named: eventNamesIn(s.text),
      described: [...s.text.matchAll(DESCRIBED_EVENT)].map((m) => ({ text: m[1], index: m.index + m[0].length - m[1].length })),
    }));
  // Two or more meetings of two sides named in one report are meetings on the side of the one it reports.
  const bilateral = new Set(first.flatMap((f) => f.named.map((m) => cleanEventName(m.text))).filter((name) => BILATERAL.test(name)));
  for (const { s, named, described } of first) {
    for (const m of [...named, ...described]) {
      // "… as "the most important forum for polar cooperation"": a speaker's words, not the event's
      // name; though a name may be set in quotation marks ("co-hosting the "Meeting of Ministers of Health"").
      if (insideQuote(s.text, m.index) && !/["“]$/.test(s.text.slice(0, m.index))) continue;
      const after = s.text.slice(m.index + m.text.length);
      // "the Congress Centre", "the Summit Hotel": the noun is part of another name; "a General Assembly rule": of a thing;
      // "National Assembly Chairman X": a body's office.
      if (PART_OF_A_NAME.test(after) || THING_OF_A_BODY.test(after)) continue;
      // "the Lima Congress of Trade Unions": a body of bodies, its members counted in its name, not an event.
      if (BODY_OF_MEMBERS.test(m.text)) continue;
      // "barred from high-level meetings": a kind of event in the plural, no one event.
      if (/^s\b/.test(after)) continue;
      // "Governments meeting at the Andes Authority failed …": who were meeting, a participle, with no article before it.
      if (PARTICIPLE_MEETING.test(m.text) && /^\s+(?:at|in|on|for)\b/.test(after) && !/\b(?:the|a|an|its|their|this|that)\s+$/i.test(s.text.slice(0, m.index)))
        continue;
      // "secretary-general of the Lima-based Forum for Dialogue": a body someone works for, not the event.
      if (affiliationBefore(s.text.slice(Math.max(0, m.index - 60), m.index))) continue;
      // "… skipped the talks as she was in Quito for the Andes Council meeting": where an absentee went instead (or
      // one who missed a part of it: "… did not join the closing session, held back by a budget session in Quito").
      if (keptAwayBy(s.text, m.index)) continue;
      if (anotherEvent(s.text, m.index, m.index + m.text.length)) continue;
      // "He proposed that the two countries … hold annual consultations": an event put forward, not the one held.
      if (PROPOSED_EVENT.test(s.text.slice(Math.max(0, m.index - 160), m.index)) || AGREED_EVENT.test(s.text.slice(Math.max(0, m.index - 100), m.index)))
        continue;
      if (s.index > 0 && TO_HOLD.test(s.text.slice(Math.max(0, m.index - 80), m.index))) continue;
      if (proposed.some((item) => item.includes(m.text.toLowerCase()))) continue;
      // "… but put off talks on a power grid until next year", "postpone energy talks": an event put off is not the one held.
      if (PUT_OFF_BEFORE.test(s.text.slice(Math.max(0, m.index - 50), m.index))) {
        putOff.add(eventKind(m.text));
        continue;
      }
      // (Nor, after it, "doubts over the energy talks": the talks put off, told again by their kind.)
      if (putOff.has(eventKind(m.text)) && /\bthe\s+$/i.test(s.text.slice(Math.max(0, m.index - 4), m.index))) continue;
      // (Right after the lead, too, when someone says it is still to come: "Ana Roy said they would take it up at a summit in
      // May".)
      const toGoTo = AT_ONE_TO_COME.exec(s.text.slice(Math.max(0, m.index - 100), m.index));
      if ((s.index > 2 && (TO_BE_HELD.test(after) || toGoTo)) || (s.index > 0 && toGoTo?.[0].startsWith('would'))) continue;
      // ("Leaders of 12 Lima Forum members met …": a body whose members the text counts, not an event.)
      if (BODY_AFTER_NAME.test(after)) continue;
      // ("Before the talks, Ana Roy visited a trade fair in Quito": another event, set before the news.)
      if (s.index > 0 && BEFORE_THE_NEWS.test(s.text) && m.index > s.text.indexOf(',')) continue;
      // ("The leaders welcomed the success of the Lima summit in May": an earlier event looked back on.)
      if (LOOKED_BACK_ON.test(s.text.slice(Math.max(0, m.index - 60), m.index))) continue;
      // (… or one told as of a time gone by, after the lead: "praised Chile's stand at the Lima Assembly last month".)
      if (s.index > 0 && TIME_GONE_AFTER.test(after)) continue;
      // ("… a summit that was cut to one short session": the form the event took, not the event.)
      if (CUT_TO_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index))) continue;
      // ("… and leaves for Quito on Sunday for a meeting of Andean leaders": where someone goes on to after the news.)
      if (s.index > 0 && LEAVES_FOR.test(s.text.slice(Math.max(0, m.index - 100), m.index))) continue;
      // ("The study will shape the Lima talks in June", after the lead: an event still to come.)
      if (s.index > 2 && WILL_VERB_THE.test(s.text.slice(Math.max(0, m.index - 60), m.index))) continue;
      // "the next full council meeting" is another one; though "the next G8 summit", a name in a report that
      // calls its own event "the summit", says what series this one belongs to.
      if (AHEAD_OR_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index)) && !(/\p{Lu}/u.test(m.text) && callsItThe(sentences, m.text))) continue;
      if (OPENS_ANOTHER_OF_SERIES.test(m.text)) continue;
      // "the talks for the Peruvian presidency": a complement whose capitalised words qualify a common noun after it is cut
      // short; the event is the noun before it.
      const cut = COMMON_NOUN_AFTER.test(after) ? LAST_COMPLEMENT.exec(m.text) : null;
      // ("who hosted her first summit since taking office": someone's own count is no part of the event's name.)
      const counted = /\b(?:his|her)\s+$/i.test(s.text.slice(Math.max(0, m.index - 5), m.index));
      const raw = cut ? m.text.slice(0, cut.index) : m.text;
      const name = cleanEventName(counted ? raw.replace(/^(?:first|second|third|fourth|fifth|last|latest)\s+/i, '') : raw);
      if (bilateral.size > 1 && BILATERAL.test(name)) continue;
      // "United Nations climate negotiations" are an event; bare "negotiations on the access agreement" are a topic.
      if (/^negotiations\b/i.test(name)) continue;
      // "Biden told a joint news conference …" in a report of "the summit": where someone spoke, not the event.
      if (PRESS_EVENT.test(name) && sentences.slice(0, 12).some((x) => OWN_EVENT.test(x.text))) continue;
      // "…, Ecuador's minister told a news conference" after the lead: where one of them spoke about the news.
      if (PRESS_EVENT.test(name) && s.index > 0 && /\btold (?:a|an|the)\s+(?:\p{L}+\s+)?$/u.test(s.text.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "the post-match news conference", "a pre-summit briefing": held after or before the event, to speak of it.
      // (So is "a news conference after the decision".)
      if (AROUND_ANOTHER.test(s.text.slice(Math.max(0, m.index - 30), m.index + m.text.length))) continue;
      if (PRESS_EVENT.test(name) && AFTER_ANOTHER.test(s.text.slice(m.index + m.text.length))) continue;
      // "held rates for a third straight meeting": a count of meetings in a row, not the event's name.
      if (IN_A_ROW.test(name)) continue;
      // "… attended a session on trade as guests" after a lead that reports "a summit": a part of the event, not its name.
      if (s.index > 0 && PART_OF_EVENT.test(name) && WHOLE_EVENT_IN_LEAD.test(sentences[0]?.text ?? '')) continue;
      // "… flew home to Lima to chair a crisis meeting" late in a flood report: a meeting in common words someone went
      // to, that the headline and the first sentences never speak of, is a step taken in the news, not the news.
      if (s.index >= LATE && !/\p{Lu}/u.test(name) && GOES_TO.test(s.text.slice(Math.max(0, m.index - 40), m.index)) && !kindInOpening(eventKind(name)))
        continue;
      const score = specificity(name) - s.index * 0.5;
      if (specificity(name) >= 0.5 && (!best || score > best.score)) best = { name, score, sentence: s.index };
    }
  }
  // With no event named in the text, or only one in common words late in it ("… warned that the budget talks would be
  // hard"), the one the headline names: "Chile blocks aid package at Lima summit".
  const headlined = !best || (best.sentence >= LATE && !/\p{Lu}/u.test(best.name)) ? headlineEvent(title) : null;
  if (headlined) best = null;
  const evidence = new Set<number>();
  // The sentence that names the event first; though a lead that reports it by its kind ("… agreed on Thursday …, at a
  // summit hosted by …") dates it before a later one that names it in passing ("the first pope to take part in a G7 summit").
  const head = best ? new RegExp(`\\b${escapeRegExp(best.name.split(/\s+/).at(-1) ?? '')}\\b`, 'i') : null;
  const leadFirst = best && best.sentence > 0 && sentences[0] && head!.test(sentences[0].text) ? [0] : [];
  const order = best
    ? [...leadFirst, best.sentence, ...sentences.map((s) => s.index).filter((i) => i !== best!.sentence && !leadFirst.includes(i))]
    : sentences.map((s) => s.index);
  let date: string | null = null;
  // Where: a place in the sentence that names the event (one tied to it first); else one the text ties
  // to the event ("held in", "the meeting in Tacna") in its first sentences; else the dateline's; else
  // (in the first sentences) any place not in a list.
  const firstPlace = (indices: readonly number[], tied: boolean, ahead = false) => {
    for (const at of indices) {
      if (IS_QUESTION.test(sentences[at].text)) continue;
      const place = placeIn(sentences[at].text, tied, ahead);
      if (place) return { at, place };
    }
    return null;
  };
  // (A country the event's sentence names untied to it gives way to the dateline's city: "LIMA — … at its annual meeting on
  // Thursday, in one of the largest protests in Peru this year".)
  const untiedPlace = (at: number) => {
    const found = firstPlace([at], false);
    return found && datelinePlace && countryOf(found.place.replace(/^the\s+/i, '')) ? null : found;
  };
  // ("The two countries held talks in Quito in February" in a report of April: a meeting of another month is another.)
  const month = published ? A_MONTH.exec(readableDate(published))?.[0] : undefined;
  // (After the lead, a sentence of a time gone by tells of another: "a test done at a race in Lima last July".)
  const thisTime = (i: number) => {
    if (i !== order[0] && TIME_GONE.test(sentences[i].text)) return false;
    const other = IN_A_MONTH.exec(sentences[i].text)?.[1];
    return !month || !other || other === month;
  };
  // (Nor for leaders who spoke in a phone call, as the lead tells it: "… agreed in a phone call on Tuesday to …", or as a
  // readout's headline does: "Readout: the President's call with Chancellor Tom Vale".)
  const byCall = () => !best && (sentences.slice(0, 2).some((s) => BY_CALL.test(s.text)) || CALL_WITH.test(title ?? ''));
  const found =
    (best &&
      (firstPlace([best.sentence], true) ??
        placeAfterName(sentences[best.sentence], best.name) ??
        untiedPlace(best.sentence) ??
        headerPlace(sentences[best.sentence]))) ||
    firstPlace(order.slice(0, 12).filter(thisTime), true) ||
    // (Not for a call: "… spoke with Chile's trade minister about the floods in southern Peru" was held nowhere.)
    (datelinePlace || byCall() ? null : firstPlace(order.slice(0, 6), false));
  let location = found?.place ?? null;
  if (found) evidence.add(found.at);
  // The event's own sentence says it is today: the report's date is the event's ("2023-03-16T08:00Z" as "16 March 2023").
  const own = best ? sentences[best.sentence].text : '';
  if (best && published && /\d/.test(published) && TODAY.test(own) && !insideQuote(own, own.search(TODAY))) {
    date = readableDate(published);
    evidence.add(best.sentence);
  }
  // "Pope Francis will address the leaders on Friday": a day still to come is the event's only in a report of
  // what is to come (no day that has been).
  // "… today announced £200 million …": the event is today, whatever day that was; no day still to come is its.
  const todayInLead = !date && sentences.slice(0, 2).some((s) => TODAY.test(s.text) && !insideQuote(s.text, s.text.search(TODAY)));
  // ("… today announced a merger …, a premium of 28% over Monday's closing price": with no event named, the report's own
  // day is the news's, not another day the first sentences name.)
  if (todayInLead && !best && published && /\d/.test(published)) {
    date = readableDate(published);
    evidence.add(sentences.slice(0, 2).find((s) => TODAY.test(s.text))!.index);
  }
  // (Whether the day is one still to come: the report is of what is to come.)
  let dateToCome = false;
  for (const toCome of [false, true]) {
    // No day that has been, and no event named that a day to come could be of ("The Secretary will travel … from
    // October 15" in a briefing's transcript): the report's own day, when it gives one.
    // (Its day only: "4.37pm Tuesday" is Tuesday.)
    if (toCome && !date && !best && published && /\d/.test(published)) {
      const day = [...readableDate(published).matchAll(DATE)][0];
      if (day) date = dayOf(day[0]);
    }
    for (const i of toCome && todayInLead ? [] : order.slice(0, 6)) {
      const s = sentences[i];
      if (date) break;
      // (Nor, before the report's prose, a summary line above it: "- Lorries banned from 9 streets from 1 June".)
      if (IS_QUESTION.test(s.text) || (!toCome && LIST_MARK.test(s.text))) continue;
      const m = [...s.text.matchAll(DATE)].find(
        (d) =>
          !PERIOD_BOUND.test(s.text.slice(Math.max(0, d.index - 20), d.index)) &&
          !HEARD_THAT.test(s.text.slice(0, d.index)) &&
          (toCome ||
            (!STILL_TO_COME.test(s.text.slice(Math.max(0, d.index - 60), d.index)) &&
              !CALLED_FOR.test(s.text.slice(Math.max(0, d.index - 80), d.index)) &&
              !SAID_THAT.test(s.text.slice(0, d.index)))),
      );
      if (m) {
        date = dayOf(m[0]);
        dateToCome = toCome;
        evidence.add(i);
      }
    }
  }
  // "Ministers will meet in Lima on Thursday": in a report of what is to come, the place its opening gives the meeting
  // ahead is the event's (not one of a meeting after it: "the next meeting will be in Quito").
  const ahead = !location && dateToCome ? firstPlace(order.slice(0, 2), true, true) : null;
  if (ahead) {
    location = ahead.place;
    evidence.add(ahead.at);
  }
  if (datelinePlace && location && !location.toLowerCase().includes(datelinePlace.toLowerCase()) && !/,/.test(location) && /^the /i.test(location)) {
    location = `${location.replace(/^the /, '')}, ${titleCase(datelinePlace)}`;
  }
  // (Not for a meeting held online: the dateline is where the report was filed, and the meeting was nowhere; though one
  // joined by video may have been held where the report was filed.)
  // (Nor for one the text says was held online: "The talks were held by video.")
  const heldOnline = () => sentences.slice(0, 40).some((s) => HELD_ONLINE.test(s.text));
  if (!location && datelinePlace && !/\b(?:online|virtual)\b/i.test(best?.name ?? '') && !byCall() && !heldOnline()) location = titleCase(datelinePlace);
  // (A transcript with no event named in its text: the place and day its headline closes with.)
  const headed = !best && !location && title ? headingPlaceAndDay(title) : null;
  if (headed) {
    location = headed.place;
    date ??= headed.day;
  }
  if (best) evidence.add(best.sentence);
  // ("talks between Peru's President Ana Roy and Chile's President Tom Vale": who met whom is the participants field's; the
  // event is the talks. A short "talks between Peru and Chile" stays whole.)
  const name = headlined ?? best?.name.replace(LONG_BETWEEN, '') ?? null;
  return { name, location, date, evidence: [...evidence].sort((a, b) => a - b) };
}

/** Before an event a headline names, where its news was made: "… at ", "… after the ". */
const NEWS_AT = /\b(?:at|in|after|during)\s+(?:the\s+)?$/i;

/** A headline in title case ("Envoys Gather For Port Talks"): its capitals tell no name. */
const TITLE_CASE = (title: string) => {
  const long = title.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length > long.length * 0.7;
};

/** The event a headline names where its news was made, with a capitalised word that is not just the headline's first
 * ("Chile blocks aid package at Lima summit", "Andes Health Assembly adopts accord"; not "Water talks end in stalemate"),
 * and no news conference. */
function headlineEvent(title: string | null): string | null {
  if (!title || TITLE_CASE(title)) return null;
  for (const m of eventNamesIn(title)) {
    const name = cleanEventName(m.text);
    const capitals = (name.match(/(?:^|\s)\p{Lu}/gu) ?? []).length - (m.index === 0 ? 1 : 0);
    if (capitals < 1 || GENERIC.test(name) || PRESS_EVENT.test(name)) continue;
    // (Where the news was made: the headline's subject, or after "at", "in", "after" or "during"; not a topic, "… on trade
    // and the Lima summit", nor one ahead, "… before next Lima summit".)
    if (m.index > 0 && !NEWS_AT.test(title.slice(0, m.index))) continue;
    return name;
  }
  return null;
}

/** The place right after the event's name: "… a shared grid in the Andes Sea, at a meeting of the Andean energy council in
 * Lima" was held in Lima; the place of what was agreed comes first but is not tied to the meeting. */
function placeAfterName(s: Sentence, name: string): { at: number; place: string } | null {
  const at = s.text.toLowerCase().indexOf(name.toLowerCase());
  const after = at < 0 ? '' : s.text.slice(at + name.length);
  const place = /^\s+(?:in|at)\s/.test(after) ? placeIn(after, false) : null;
  // (Only the place that follows the name: "in" or "at", an article, then the place.)
  return place && after.indexOf(place.replace(/^the\s+/, '')) <= 12 ? { at: s.index, place } : null;
}

/** A headline's call between two people: "Readout: Roy's call with Chancellor Vale", "Phone call between …". */
const CALL_WITH = /\bcall\s+(?:with|between)\b/i;
/** A gathering the text says was held online: "The session was conducted virtually.", "The talks were held by video." */
export const HELD_ONLINE = /\b(?:meeting|talks|summit|session|conference)\s+(?:was|were)\s+(?:held|conducted)\s+(?:online|virtually|by video(?:link)?)\b/i;

/** Spoken in a call, not met: "agreed in a phone call", "during a video call", "spoke by telephone". */
const BY_CALL = new RegExp(`${IN_A_CALL}|\\b(?:spoke|talked|held talks) (?:by|over the) (?:tele)?phone\\b`, 'u');

/** A time gone by, not this week's: "last July", "last year", "last month", "three years ago". */
const TIME_GONE_WORDS = `last (?:${FULL_MONTH}|week|month|year|season)|\\w+ (?:weeks|months|years) ago`;
const TIME_GONE = new RegExp(`\\b(?:${TIME_GONE_WORDS})\\b`);
/** Right after an event's name, that time gone by: "at the Lima Assembly last month", "the summit two years ago". */
const TIME_GONE_AFTER = new RegExp(`^\\s+(?:${TIME_GONE_WORDS})\\b`);
/** "in February", a month with no day: when a meeting the sentence tells of was held. */
const IN_A_MONTH = new RegExp(`\\bin (${FULL_MONTH})\\b(?!\\s+\\d)`);
/** A month's name, as the report's date gives it. */
const A_MONTH = new RegExp(FULL_MONTH);

/** A heading that names the event closes with its place and day: "Transcript of a press conference by Ana Roy,
 * Lima, 3 October" (a line, not a sentence: no full stop). */
const HEADER_PLACE = new RegExp(
  String.raw`,\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}),\s+((?:\d{1,2}\s+${FULL_MONTH}|${FULL_MONTH}\s+\d{1,2})(?:,?\s+\d{4})?)$`,
  'u',
);

/** The place and day a heading closes with, or null. */
function headingPlaceAndDay(text: string): { place: string; day: string } | null {
  const m = HEADER_PLACE.exec(text);
  return m && !NOT_A_PLACE.test(m[1]) ? { place: m[1], day: m[2] } : null;
}

function headerPlace(s: Sentence): { at: number; place: string } | null {
  const heading = headingPlaceAndDay(s.text);
  return heading ? { at: s.index, place: heading.place } : null;
}

/** Words that name no place before an event noun, besides the kinds of event ("General Assembly", "Last meeting"). */
const NOT_A_PLACE_NAME = new Set([...EVENT_KINDS, 'general', 'national', 'plenary', 'final', 'last', 'next']);

/** The place an event is named after ("Cape Town meeting" → "Cape Town"): capitalised words before its
 * noun that are no acronym, number or kind of event; null when there is none. */
export function placeInEventName(name: string): string | null {
  const m = /^(?:the\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})\s+(?:meeting|summit|talks|conference|congress|session|forum|gathering)$/u.exec(name);
  return m && !m[1].split(/\s+/).some((w) => NOT_A_PLACE_NAME.has(w.toLowerCase())) ? m[1] : null;
}

/** An event noun before "held": what was held is an event ("the talks, held in …", "the meeting was held at …"). */
const HELD_EVENT = new RegExp(
  `\\b(?:${EVENT_NOUN}|${bothCases(['hearing', 'briefing', 'event', 'ceremony', 'elections?', 'vote', 'rally', 'festival', 'debate', 'workshop', 'seminar', 'funeral', 'referendum', 'exercises?'])})\\b[^.;]*$`,
  'u',
);

/** A place's clause says nothing happened there ("… were not affected", "… remained open"). */
const NOT_HERE_AFTER =
  /^[^.;,]{0,20}?\b(?:(?:was|were|is|are|has|have|had)(?:\s+been)?\s+(?:not|never|unaffected|undamaged|unharmed|untouched|unscathed)\b|(?:wasn|weren|isn|aren|hasn|haven)['’]t\b|(?:remained|stayed) open\b)/i;

/** Before a place: the years someone spent there ("after nine years at", "spent two decades in"). */
const SPENT_YEARS_BEFORE =
  /\b(?:after|spent|during)\s+(?:(?:more than|almost|nearly|over|some)\s+)?[\p{L}\d]+\s+(?:years?|months?|decades?)\s+(?:at|in|with)\s+(?:the\s+)?$/iu;

/** Right after a place, a verb of what is still to come: "in Lima in March would agree", "in Lima will decide" (not one of a
 * relative clause: "opened a plant in Lima on Friday that will make 500 cars a day"); or a time to come ("in Quito later this month"). */
const AHEAD_AFTER_PLACE = new RegExp(
  String.raw`^(?:(?:\s+(?:in|on|at|by|next|later)\s+(?:(?!\b(?:that|which|who)\b)[^.;,]){1,25}?)?\s+(?:would|${TO_COME})\s+\p{Ll}|\s+(?:later (?:this|that) (?:week|month|year)|next (?:week|month|year))\b)`,
  'u',
);

/** Right after a place: a time before the report's ("in Lima last year", "in Lima in 2019"). */
const BEFORE_AFTER_PLACE =
  /^\s*(?:last (?:year|month|week|season|summer|winter|spring|autumn)|(?:a|one|two|three|four|five|\d+) (?:years?|months?|decades?) (?:ago|earlier)|in (?:19|20)\d\d\b)/i;

/** Before a place: an attribution, the speaker after it ("said mission director Ana Roy at …"). (Not every attribution verb:
 * "he told supporters in the capital, Lima" may tell where the event itself was.) */
const SAID_BY_BEFORE_PLACE = /\b(?:said|says|added|told reporters)(?:\s+[\p{L}.'’-]+){1,6}\s*$/u;

/** The verbs of PLACE that say an event was held, opened or ended there, not only that something was there. */
const OPENS_OR_HELD = /^(?:held|opened|ended|closed|concluded)$/;

/** Before "in": a noun whose object "in" gives, not its place ("a motion of no confidence in Rector Ana Roy", "trust in
 * Lima's courts"). */
const OBJECT_OF_IN = /\b(?:confidence|trust|faith|belief|interest|stake|stakes)["”’]?\s*$/i;

/** Before a place: a rate, which the place is where it was measured ("unemployment stood at 6% in Peru", "up 3 per cent in Lima"). */
const RATE_BEFORE = /\d\s?(?:%|per\s?cent|percent)\s*$/i;

/** Before a place: people held or living there, not meeting ("two citizens detained in …"). */
const HELD_OR_LIVING = /\b(?:detained|jailed|imprisoned|arrested|held|killed|born|living|based|stranded|trapped|hiding|wanted)\s+$/;

/** Before a place: people of a kind who are there, not a meeting ("papers filed by prosecutors in Peru", "officials in
 * Lima said …", "families in Quito"). */
const PEOPLE_THERE =
  /\b(?:prosecutors|officials|authorities|regulators|investigators|investors|residents|families|voters|farmers|workers|police|diplomats|citizens|people|students|customers|patients|doctors|lawyers|analysts|traders|troops|soldiers)\s+$/i;

/** Before a place: a meeting the sides agreed or plan to hold there. */
const AGREED_TO_MEET =
  /\b(?:agreed|agree|agreeing|concurred|decided|plans?|planned|promised|pledged|undertook)\s+to\s+(?:convene|meet|hold|host|gather|reconvene|organi[sz]e)\b[^.;]{0,80}$/;

/** Before a place: someone met, hosted or received someone there ("met Foreign Minister Ana Roy in Lima"); not a deed
 * welcomed, told after it ("welcomed Peru's help in brokering a truce in Quito"). */
const MET_BEFORE =
  /\b(?:met|meets|hosted|hosts|received|receives|welcomed|held talks with)\b(?:(?!\b(?:after|before|when|while|who|which|that|and)\b|\bin\s+[a-z]+ing\b)[^.;,]){1,80}$/;

/** Before a place: a meeting after the reported one, or one that may not happen ("could be held in …", "the next meeting in …"). */
const ANOTHER_AHEAD = /\b(?:could|should|may|might|next|upcoming|following|ahead of|return to|resume|back to)\b[^.;]{0,30}$/i;
/** Before a place: a meeting still to come ("will be held in …"), another than a report of the past tells of. */
const TO_COME_BEFORE = /\b(?:will|would|to be)\b[^.;]{0,30}$/i;

/** The first place a sentence gives that could be a venue; with `tied`, only one the text ties to an event ("held in …",
 * "the meeting in …"), never one ahead ("could be held in …", "the next meeting in …"); with `ahead` (a report of what is
 * to come), one its meeting will be held in ("will meet in …"). */
function placeIn(text: string, tied: boolean, ahead = false): string | null {
  for (const m of text.matchAll(PLACE)) {
    // ("met Andean Security Council Secretary X in Quito": whom they met may stand between the verb and its place.)
    if (tied && !m[1] && !MET_BEFORE.test(text.slice(Math.max(0, m.index - 90), m.index))) continue;
    // "Five nurses held in Iran for years": people held somewhere are detained there; an event is held. So "Shelters
    // have opened at Lima High School": what opens, ends or closes there is an event only when the text names one.
    if (OPENS_OR_HELD.test(m[1] ?? '') && !HELD_EVENT.test(text.slice(Math.max(0, m.index - 200), m.index))) continue;
    // Not a meeting ahead or one that may happen ("could be held either in …", "the next meeting in …").
    // Nor talks to be taken up again ("urged both sides to return to talks in Geneva").
    // (In a report of what is to come, "will meet in …" is the event's own; a next one, or one that may happen, still is not.)
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (ANOTHER_AHEAD.test(before) || (!ahead && TO_COME_BEFORE.test(before))) continue;
    // … nor where people are held or live ("two citizens detained in Andes", "refugees living in Lima").
    if (HELD_OR_LIVING.test(text.slice(Math.max(0, m.index - 20), m.index + 1))) continue;
    // … nor where people of a kind are ("prosecutors in Peru"), unless an event is tied to it.
    if (!tied && PEOPLE_THERE.test(text.slice(Math.max(0, m.index - 20), m.index + 1))) continue;
    // … nor what "confidence in" or "trust in" is of.
    if (OBJECT_OF_IN.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // … nor where a rate was measured ("unemployment stood at 6% in Peru"), unless an event is tied to it.
    if (!tied && RATE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // … nor that of an earlier event looked back on ("recalled the outcome of the summit at Lima Palace in May").
    if (LOOKED_BACK_AT.test(text.slice(Math.max(0, m.index - 120), m.index))) continue;
    // … nor one the sides agreed to meet in ("agreed to convene their defence ministers in Lima next month").
    if (AGREED_TO_MEET.test(text.slice(Math.max(0, m.index - 100), m.index))) continue;
    // … nor the place of one something is still to go to ("will be presented at a meeting of the … Council in Lima").
    if (TO_GO_TO.test(text.slice(Math.max(0, m.index - 140), m.index))) continue;
    // …nor one the decisions were left to, nor where someone was instead ("Ana Roy, who was in Quito").
    if (ELSEWHERE_BEFORE_PLACE.test(`${text.slice(Math.max(0, m.index - 120), m.index).trimEnd()} `)) continue;
    // … nor where someone who stayed away was kept instead ("did not travel to Quito because of budget talks in Lima"), as
    // that event is no name of this one.
    if (keptAwayBy(text, m.index)) continue;
    // … nor that of an event a day to come holds ("for Saturday's match at Millford").
    if (FOR_A_DAY_AHEAD.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // … nor where someone spent years before ("became director in May, after nine years at the Lima Museum").
    if (SPENT_YEARS_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index + m[0].length - m[2].length))) continue;
    // …nor one someone was invited to ("invited Tom Vale to attend the Andes Climate Summit in Lima").
    if (/\binvit\w*\b[^.;]{0,60}$/i.test(text.slice(Math.max(0, m.index - 70), m.index))) continue;
    // "director at the Max Planck Institute", "director of the Division of Psychiatry in the FDA's Center for …": where
    // someone works, not where the event was.
    if (
      !tied &&
      /\b(?:director|professor|researcher|fellow|scientist|economist|analyst|lecturer|head|chief|chair|member|student|official)s?(?:\s+of\s+[^,;.]{1,60})?\s*$/i.test(
        text.slice(Math.max(0, m.index - 90), m.index),
      )
    )
      continue;
    // "… run by the Andes Community from its office in Lima": where a body works from, not where anyone met (though "held
    // at the alliance's headquarters in Lima", tied to the event, is its venue).
    if (!tied && /\b(?:office|offices|headquarters|HQ|base|bureau|secretariat|branch)\s*$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // (… and any one office's word right before "at": "chief strategist at Halvex Capital".)
    if (!tied && /^\s*at\b/.test(m[0]) && isTitleHead(/([\p{L}-]+)\s*$/u.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? '')) continue;
    if (MARKET_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // … nor where a speaker said it ('"…," said director Ana Roy at the press centre in Lima'), unless an event is tied to it.
    if (!tied && SAID_BY_BEFORE_PLACE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    // "Flights at Lima airport were not affected": where it did not happen; "set by Tom Vale in Lima last year": where
    // something happened before.
    if (!tied && TOPIC_BEFORE_PLACE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (!tied && NOT_HERE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 50))) continue;
    // … nor one still to come, as what follows says ("a meeting of officials in Lima in June would decide …"); though in a
    // report of what is to come, "will meet in …" is the event's own.
    if (!ahead && AHEAD_AFTER_PLACE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 50))) continue;
    // (A year names when an event held there was, which may be the reported one's own: only a place not tied to one.)
    const then = BEFORE_AFTER_PLACE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
    if (then && (!tied || !/^\s*in\b/.test(then[0]))) continue;
    const place = m[2].replace(/[,.]+\s*$/, '').trim();
    if (NOT_A_PLACE.test(place) || EVENT_AT_END.test(place) || CONTEST_AT_END.test(place) || REGION.test(place)) continue;
    // "in APEC", "in NATO": an acronym is an organisation, unless it names a country ("in the UAE").
    if (/^(the\s+)?[\p{Lu}\d.&-]{2,}$/u.test(place) && !countryOf(place.replace(/^the\s+/, ''))) continue;
    // "in Arab countries": a capitalised adjective before a common noun is not a place.
    const after = text.slice(m.index + m[0].length);
    const next = /^\s+([a-z]+)/.exec(after);
    // … though "the meeting in Tacna brought together …" goes on with its verb.
    if (next && !PLACE_FOLLOWERS.has(next[1]) && !(tied && /^(?:\p{Ll}+ed|brought|began|took|came|saw|drew|ran)$/u.test(next[1]))) continue;
    // "at the Lima Council's 13th meeting": an owner of what follows, not a place (though "at St Mark's on Sunday" is one).
    if (/['’]s$/.test(place) && /^\s+[\p{L}\d]/u.test(after) && !(next && PLACE_FOLLOWERS.has(next[1]))) continue;
    // "groups working in Peru, Chile and Bolivia", "depots in Leeds, York and Hull", "losses in the Andes, Peru and
    // northern Chile": a list of places, not a venue. ("in Lima, the Andes Farmers' Association proposed …": not a clause
    // whose subject follows the comma.)
    if (PLACE_LIST.test(after) && (!/^,\s+the\s/.test(after) || PLACE_LIST_GOES_ON.test(after))) continue;
    // "at Vale House in Quito", "at the Grand Hotel in Lima": a named building goes on with its town.
    const town = NAMED_BUILDING.test(place) ? TOWN_AFTER.exec(after) : null;
    const where = town && !NOT_A_PLACE.test(town[1]) ? `${place} in ${town[1].replace(/[.]+$/, '')}` : place;
    return where.replace(/^the\s+/i, 'the ');
  }
  return null;
}

/** Right after a place: the next of a list of places ("…, Chile and Bolivia", "… and northern Chile"). */
const PLACE_LIST = /^(?:,\s+|\s+(?:and|or)\s+)(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?\p{Lu}/u;
/** … which, after a comma and "the", must go on as a list does ("…, the Andes and Peru"). */
const PLACE_LIST_GOES_ON = /^,\s+the\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:,|\s+(?:and|or)\b)/u;

/** A dateline's place in capitals as a place is written: "RIO DE JANEIRO" → "Rio de Janeiro", "PORT OF SPAIN" → "Port of Spain";
 * after an apostrophe, a capital only after one letter ("N'DJAMENA" → "N'Djamena", "NUKU'ALOFA" → "Nuku'alofa"). */
function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place
    .toLowerCase()
    .split(' ')
    .map((w, i) =>
      i > 0 && /^(?:de|da|do|dos|das|del|la|le|of|the|and|on|upon|es|al|el)$/.test(w)
        ? w
        : w.replace(/(^|[-/]|(?<=^\p{L})['’])\p{L}/gu, (c) => c.toUpperCase()),
    )
    .join(' ');
}
