// Shortens a sentence for a key point by deletion only: every word kept comes from the sentence, in
// order. Each rule below removes one kind of span that carries no fact of its own (a dateline, an aside between dashes, a
// parenthetical aside, a relative clause, an appositive, an attribution or the occasion it was made
// on, an opening participle phrase). A span is never removed when it holds a number (an ordinal
// naming the occasion aside), a negation or part of a quotation, and nothing is cut inside
// quotation marks.

import { FULL_MONTH, WEEKDAY } from './lexicon/calendar.js';
import { HONORIFICS } from './lexicon/titles.js';
import { ATTRIBUTION_VERB, FINITE_VERB } from './lexicon/verbs.js';
import { COUNT_WORD } from './numbers.js';
import { LIST_MARK } from './proposals.js';

/** The deletable spans, as data: each rule with an example of what it removes. */
interface Rule {
  name: string;
  re: RegExp;
  example: string;
  /** The span goes whatever it holds: it is the page's or the transcript's furniture, not the sentence's. */
  always?: boolean;
  /** The occasion's ordinal ("the 13th meeting") is no fact of the point's. */
  ordinalsGo?: boolean;
  attribution?: boolean;
  /** The span is no clause of its own after all, and stays. */
  keeps?: (span: string, before: string, after: string) => boolean;
  /** The span leaves a comma behind when the words before and after it still need one. */
  leavesComma?: (before: string, after: string) => boolean;
  /** What every span of the rule holds, cheaper to look for than the rule: a sentence without it is spared the rule. */
  cue?: RegExp;
}

/** A live page's entry opening with its time: "21:40 — ", "9.05am: ", "14:45 GMT - ". */
export const LIVE_STAMP = /^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|CET|CEST|UTC|EST|EDT|PST|PDT|local time))?\s*(?:[—–-]{1,2}|:)\s+(?=[\p{Lu}"“])/u;

/** An interview's answer labelled "A:" alone, with no name: whose it is, the card must say. */
export const BARE_ANSWER_LABEL = /^A\s*:\s/;
/** An answer labelled with whose it is: "A (Roy): …", "A (Ana Roy): …". */
export const NAMED_ANSWER_LABEL = /^A\s*\((\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})\)\s*:\s/u;
/** A label opening a sentence: a few capitalised words and a colon ("ROY:", "Prime Minister Roy:", "AU PSC Lima:"). */
export const LABEL_OPENS = /^(?:\p{Lu}[\p{L}\d.'’-]*\s+){0,4}\p{Lu}[\p{L}\d.'’-]*:\s/u;
/** A transcript's turn opening: a label, or an interview's answer's ("A:", "A (Roy):"). */
export const opensWithLabel = (text: string) => LABEL_OPENS.test(text) || BARE_ANSWER_LABEL.test(text) || NAMED_ANSWER_LABEL.test(text);

export const RULES: ReadonlyArray<Rule> = [
  {
    name: 'dateline',
    // (Two cities, and a day: "LIMA/QUITO, 4 May — ".)
    re: /^[A-Z][A-Z .'-]{2,40}(?:\/[A-Z][A-Z .'-]{2,40})?(?:,\s*(?:[A-Z][\p{L} .]{2,30}|\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}))?\s*(?:\([^)]{1,30}\)\s*)?(?:[—–-]{1,2}|:)\s+/u,
    example: 'BOSTON — ',
    always: true,
  },
  // A live page's time stamp before an entry ("21:40 — Power has been restored …"): the page's furniture.
  { name: 'time stamp', re: LIVE_STAMP, example: '21:40 — ', always: true },
  // A numbered paragraph's number ("1. On September 5, the talks were held."): the card's list numbers nothing.
  { name: 'paragraph number', re: /^(?:\d{1,2}[.)]|\(\d{1,2}\))\s+(?=[\p{Lu}"“])/u, example: '1. ', always: true },
  // A list's mark before a whole sentence ("- Affected staff will be told by Feb. 15."): the card lists its points itself.
  { name: 'list mark', re: new RegExp(`${LIST_MARK.source}(?=[\\p{Lu}"“])`, 'u'), example: '- ', always: true },
  // An interview's answer label: the answer is the interviewee's, whom the card names.
  { name: 'answer label', re: /^A(?:\s*\([^()]{1,40}\))?\s*:\s+(?=\S)/, example: 'A: ', always: true },
  // A transcript's speaker label, when the card names the speaker: "Roy: The quota will be 2.3 million tonnes."
  {
    name: 'speaker label',
    re: /^[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,3}\s*:\s+(?=[\p{Lu}"“])/u,
    example: 'Roy: ',
    attribution: true,
  },
  // A company's listing after its name ("Halvex AB (Nasdaq Lima: HLVX) today announced …"): a press release's furniture.
  { name: 'ticker', re: /\s*\((?:[A-Z][\p{L}.]*\s){0,3}[A-Z][\p{L}.]*:\s*[A-Z][A-Z0-9.]{0,7}\)/gu, example: ' (NYSE: HLX)', always: true, cue: /:\s*[A-Z]/ },
  {
    name: 'parenthetical',
    re: /\s*\((?![^)]*\d)[^()\s]{1,12}(?:\s[^()\s]{1,12})?\)/g,
    example: ' (NDRC)',
    cue: /\(/,
    // Not a word of a name it stands inside ("the Land Reform (Amendment) Bill"): an acronym after a name goes. Nor the label
    // of an item the sentence names ("option (b) would cost less"), though one opening an item goes.
    keeps: (span, before, after) =>
      (/\p{Lu}[\p{L}'’.-]*$/u.test(before) && /^\s+\p{Lu}/u.test(after) && /\p{Ll}/u.test(span)) ||
      (/\S/.test(before) && /^\s*\((?:[a-z]|[ivx]{1,4})\)$/.test(span)),
  },
  // An aside between two dashes, not a list ("— A, B and C —" may be what the sentence is about).
  {
    name: 'dash aside',
    re: /\s+[—–]\s+[^—–,;:"“”]{3,100}?\s+[—–](?=\s+\p{Ll})/gu,
    example: ' — her first since taking office in May —',
    cue: /[—–]/,
  },
  // Followed by the sentence's verb, not by the next item of a list ("…, which was approved by Algeria, Egypt and Peru").
  // Not one cut short by a participle phrase inside it ("…, which the army delegation, led by …, accepted").
  {
    name: 'relative clause',
    re: /,\s+(?:who|which|whose|where)\s+[^,;"“”]{3,120},(?=\s+(?!(?:led|headed|chaired|joined|accompanied|represented|followed|backed|supported)\s+by\b)\p{Ll})/gu,
    example: ', who took over in 2016,',
    // "Ana Roy, head of the fund, which …, said": the appositive the clause closed still needs its comma.
    // (… as does a trailing attribution after it: "…, where trucks wait for days, the two governments said.")
    leavesComma: (before, after) => OPEN_APPOSITIVE.test(before) || TITLE_SET_OFF.test(before) || TRAILING_SOURCE.test(after),
    // Not one after a main clause whole before it, unless what follows its closing comma goes on with that clause ("…, and
    // to sign …", "…, before returning …"): its comma may be a list's or an aside's ("The ministers met in Lima, where they
    // discussed trade, fishing and water.", "… a house in Lima, where it had hung, unseen, for decades.").
    // (Nor when the sentence's verb follows it: "… and the fee, which Lima set in May, will rise" is a clause of its own.)
    // Nor one whose closing comma is a list's inside it, the list running on to the verb ("The masks, which include
    // carvings, bowls and a drum, were returned"): without its first item, the rest would read as the subject's words.
    keeps: (_span, before, after) =>
      ((HAS_VERB.test(before) || PAST_VERB.test(before)) && !GOES_ON.test(after) && !AUXILIARY_NEXT.test(after)) || LIST_RUNS_ON.test(after),
  },
  {
    name: 'appositive',
    re: /,(?<=\S\s[\p{Lu}][\p{L}\p{N}'’.-]*,)\s+(?![^,]*\b(?:\p{Ll}+ed|is|are|was|were|has|have|had|will|would|said|says|can|could|may|might|must|should)\b)(?:the|a|an) (?:\p{Ll}[\p{L}-]*|[\p{Lu}][\p{L}.]*['’]s)(?: [^,;:()"“”]{1,60})?,(?=\s+(?!(?:which|who|whom|whose|and|or|but|that)\b)\p{Ll})/gu,
    example: "Frontex, the EU's border agency, will watch the coast.",
    cue: /,\s+(?:the|a|an) /,
    // Not an item of a list after a colon, nor one after a month ("by March, a staff consultation, …"): no name is before it.
    keeps: (_span, before) => AFTER_COLON.test(before) || AFTER_MONTH.test(before),
    // "… from Earth, the first such find, a study said": the trailing attribution keeps its comma.
    leavesComma: (_before, after) => TRAILING_SOURCE.test(after),
  },
  {
    name: 'opening attribution',
    re: /^(?:According to [^,;"“”]{2,60},\s+|(?:(?:He|She|They|[\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){0,3})(?: also)? (?:said|says|added|stressed|noted|told [^,;"“”]{2,40}? that|insisted|argued|warned|explained)(?: that)?\s+)(?=[\p{Ll}\p{Lu}])(?![\p{Ll}]+ (?:said|says)\b)(?!(?:[\p{Ll}\d]+\s+){1,3}that\b))(?![^"“”]*\band that\b)/u,
    example: 'Moreno said ',
    attribution: true,
  },
  {
    name: 'opening phrase',
    re: /^(?:(?:Speaking|Addressing|Opening|Closing|Answering|Asked|Writing|Responding|Meeting|Gathering|Meanwhile|Separately|In a statement|In his address|In her address|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))[^,;"“”]{0,80},\s+)/,
    example: 'Speaking at the closing press conference, ',
    keeps: (_span, _before, after) => SETS_OFF_WHAT_WENT_BEFORE.test(after),
  },
  // A connective that ties the sentence to the one before it ("That is why the cabinet approved …", "But the board …", "However,
  // the board …", "Second, the fund …"): a point stands alone. The adverbs only with their comma ("Next month", "First Minister",
  // "Still water" are no connectives); "Yet" before a determiner ("Yet the plan …"; "Yet another delay" says more).
  {
    name: 'opening connective',
    re: /^(?:(?:That is why|This is why|That['’]s why|And|But|Also|Indeed|In fact|Besides),?\s+|(?:However|Yet|Still|Next|Then|Moreover|Furthermore|In addition|Additionally|Nevertheless|Nonetheless|Even so|Instead|Likewise|Similarly|Finally|Lastly|First|Second|Third|Taken together),\s+|Yet\s+(?=(?:the|this|that|these|those|its|their|his|her)\s))(?=\p{L})/u,
    example: 'However, ',
  },
  // A setting before the main clause ("At the meeting, ", "With those difficulties in mind, "): not a condition ("If talks
  // fail, …"), nor a time or a name, which are facts of the point's ("In February, …", "Under UK takeover rules, …").
  {
    name: 'opening setting',
    re: /^(?:At|As|With|Following|After|During|Under|In|Amid|Ahead of|Alongside|Against|Given|For (?:its|his|her|their) part|Beyond|Elsewhere|Separately)\s[^,;"“”]{2,80},\s+(?=(?:the|a|an|its|their|his|her|this|these|both|all|\p{Lu}[\p{L}'’.-]*)\s)/u,
    example: 'At the meeting, ',
    // Nor a clause of its own ("At least four people died, police said, …", "After talks had failed, …"): a fact.
    keeps: (span, _before, after) => OPENING_TIME.test(span) || /\s\p{Lu}/u.test(span) || OWN_CLAUSE.test(span) || SETS_OFF_WHAT_WENT_BEFORE.test(after),
  },
  {
    name: 'trailing attribution',
    re: /,\s+(?:(?:he|she|they|it|(?:the |local )?\p{Ll}+(?: \p{Ll}+)?|[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){0,3}) (?:said|says|added|reported|told \p{Ll}+)|according to [^,;"“”]{2,60}|(?:said|says|added) [\p{Lu}][^,;"“”]{2,60})(?=[.!]?$)/u,
    example: ', the minister said.',
    cue: /\b(?:said|says|added|reported|told|according to)\b/,
    attribution: true,
  },
  {
    name: 'attribution aside',
    re: /,\s+(?:he|she|they|it|the (?:\p{Ll}+ )?(?:statement|report|ministry|minister|official|spokesman|spokeswoman|spokesperson|organisers|organizers|police|court|company|board|council|agency|alliance)|[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){0,3}) (?:said|says|added|noted|stressed|reported)(?:,(?=\s+(?!\p{Ll}+ing\b)[^\s"“])|(?=,\s+\p{Ll}+ing\b))/gu,
    example: 'The leaders had resolved, Ana Roy said, to invite six countries.',
    cue: /\b(?:said|says|added|noted|stressed|reported)\b/,
    attribution: true,
  },
  {
    name: 'occasion of an attribution',
    re: /(?<=,\s+(?:he|she|they|[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){0,3}) (?:said|says|added|stressed|noted)) (?:while|when|as|after|during|at|in) [^;"“”]{3,200}(?=[.!]?$)/u,
    example: ', Ana Roy said while attending the 13th meeting in Lima.',
    cue: /\b(?:said|says|added|stressed|noted) (?:while|when|as|after|during|at|in) /,
    // The occasion is the event the card names: its ordinal ("the 13th meeting") is no fact of the point's.
    ordinalsGo: true,
  },
  {
    name: 'trailing subordinate clause',
    re: /,\s+(?:as(?! well as)|while|although|though|amid|adding|saying|noting|arguing|in a move|in what|who|which|whose|where|with|following|despite|after|before|on the (?:first|second|last|final) day|held|known|based|located|led by|called)\s+(?:[^;"“”]{3,200}?(?=,\s+[^,;"“”]{1,60}\b(?:said|says|added|reported|told \p{Ll}+)\b[^,;"“”]{0,40}[.!]?$)|[^;"“”]{3,200}(?=[.!]?$))/u,
    // (It ends before who says it all: ", after a long illness, his son said." keeps ", his son said.")
    example: ', as the tally was read out.',
    // Not "as" and a role the sentence goes on after ("China and Brazil, as major developing countries, share …"); nor a
    // clause with a named subject of its own and its verb ("…, after Peru secured an exemption"): a fact of its own.
    // Nor a relative clause the main clause comes after ("Under cross-examination by Tom Vale, who appears for Halvex, Mr Roy
    // agreed …"): it is no trailing clause.
    keeps: (span) => AS_ROLE_ASIDE.test(span) || NAMED_SUBJECT_CLAUSE.test(span) || MAIN_CLAUSE_AFTER.test(span),
  },
];

/** What goes on with a main clause after an aside: a conjunction or a preposition. */
const GOES_ON = /^\s+(?:and|or|but|before|after|while|whereas|to|in|on|at|by|for|from|with|as|until|since|despite|following|amid|under)\b/;
/** A verb: the words before a relative clause that hold one are a main clause whole. */
const HAS_VERB = new RegExp(String.raw`\b(?:${FINITE_VERB}|said|says|told)\b`, 'u');
/** A past tense of its own form, which HAS_VERB's "-ed" misses. */
const PAST_VERB =
  /\b(?:met|held|took|made|gave|sent|won|lost|went|came|became|began|found|set|put|left|brought|bought|sold|spent|paid|saw|got|ran|rose|fell|struck|broke|led|kept|hit|cut|chose|spoke|wrote|drew|grew|sat|stood|flew|drove|built|fought|heard|meant|shut|spread|threw|understood|woke|wore)\b/;

/** The rest of a list after a comma, up to its last item and the verb after it: " bowls and a drum, were returned". */
const LIST_RUNS_ON = new RegExp(String.raw`^(?:\s+[\p{L}-]+,?){1,6}?\s+(?:and|or)\s+[^,;"“”]{1,60},\s+(?:${FINITE_VERB})\b`, 'u');

/** An auxiliary right after an aside's closing comma: the verb of the clause the aside sits in. */
const AUXILIARY_NEXT = /^\s+(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should|shall)\b/;

/** A relative clause set off before the sentence's own subject: ", who appears for Halvex, Mr Roy agreed …". */
const MAIN_CLAUSE_AFTER = /^,\s+(?:who|which|whose|where)\b[^,]*,\s+\p{Lu}/u;

/** A trailing clause that opens with a named subject and its verb: ", after Peru secured …", ", while Chile named …", ", before
 * Quito's Tom Vale pulled one back", ", after Peru and Chile rejected …". */
const NAMED_SUBJECT_CLAUSE =
  /^,\s+(?:after|before|as|while|following|despite)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:['’]s)?(?:\s+\p{Lu}[\p{L}-]+)*(?:(?:,\s+|\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*){0,4}\s+(?:\p{Ll}+ed|won|held|took|made|gave|sent|left|met|struck|broke)\b/u;

/** After an opening phrase, an aside about it before the subject ("In her address to the summit, | the first held in Lima, Ana
 * Roy proposed …"): the phrase cannot go without it, nor it alone. */
const SETS_OFF_WHAT_WENT_BEFORE = /^(?:the|a|an)\s[^,;"“”]{1,80},\s+\p{Lu}/u;

/** An opening that is a clause of its own, not a setting: a quantity ("At least four …") or a verb of its own ("were killed"). */
const OWN_CLAUSE = /^At (?:least|most)\b|\b(?:is|are|was|were|has|have|had|will|would|did|does|do|could|can)\b/;

/** A time in an opening setting: what the point says happened when. */
const OPENING_TIME = new RegExp(
  `\\b(?:${FULL_MONTH}|${WEEKDAY}|weeks?|weekend|months?|years?|days?|morning|afternoon|evening|night|today|yesterday|tomorrow|spring|summer|autumn|fall|winter|time|ago|since|last|previous|earlier|later|recent|once)\\b`,
  'i',
);

/** The rules as used: each expression global (every span it finds), compiled once. */
const GLOBAL_RULES = RULES.map((rule) => ({ ...rule, re: new RegExp(rule.re.source, rule.re.flags.includes('g') ? rule.re.flags : `${rule.re.flags}g`) }));

/** The words of a negation: "not", "never", "cannot", "didn't". */
const NEGATION = "not|no|never|none|nobody|nothing|without|cannot|can't|won't|didn't|doesn't|isn't|wasn't|weren't";

/** A toll counted in words: "which killed six miners", "that left hundreds homeless" (the digits of "killed 12" are kept
 * as any number is). */
const TOLL = String.raw`\b(?:killed|injured|wounded|hurt|left|stranded|displaced|trapped)\s+(?:some\s+|about\s+|around\s+|at least\s+|more than\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions)\b`;

/** A span holds a fact that must stay: a number ("four-point" too, and a toll in words), a negation, a side of a vote (",
 * with Peru abstaining"), a quotation mark, what comes next
 * ("next week", "… expected to debate it in the autumn"). */
const KEEP = new RegExp(
  `\\d|\\b${COUNT_WORD}-\\p{L}|${TOLL}|\\b(?:${NEGATION}|unanimous|abstain(?:ed|ing|s)?|abstentions?|(?:voting|voted|votes?) against)\\b|["“”]|\\bnext (?:week|month|year|spring|summer|autumn|fall|winter|session|meeting)\\b|\\b(?:will|would|is expected to|are expected to|is due to|are due to|is to|are to|due|expected|scheduled)\\b[^;]*\\b(?:in|by|on|before|until) (?:the )?(?:spring|summer|autumn|fall|winter|end of|${FULL_MONTH}\\b)`,
  'iu',
);

/** A sentence that opens with an office set off before a name not yet closed ("The fund's director, Ana Roy"); not an
 * opening phrase ("On Monday, Ana Roy"). */
const TITLE_SET_OFF =
  /^(?!(?:On|In|At|After|Before|During|Since|Last|By|For|From|With|Under|Earlier|Later|Meanwhile|However|Also|Then|When|While|As|But|And|Speaking|Asked)\b)[^,;"“”]{3,80}\b\p{Ll}[^,;"“”]*,\s[\p{Lu}][\p{L}'’.-]*(?:\s(?:[\p{Lu}][\p{L}'’.-]*|de|van|von|al|bin|da|del|la)){0,4}$/u;

/** A sentence that opens with a name and an appositive not yet closed ("Ana Roy, head of the fund"); not an
 * opening phrase ("On Monday, the minister"). */
const OPEN_APPOSITIVE =
  /^(?!(?:On|In|At|After|Before|During|Since|Last|By|For|From|With|Under|Earlier|Later|Meanwhile|However|Also|Then|When|While|As|But|And)\b)[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,3},\s(?:the\s|an?\s)?\p{Ll}[^,;"“”]*$/u;

/** Inside a list a colon opened; right after a month's name. */
const AFTER_COLON = /:[^:"“”]*$/;
const AFTER_MONTH = new RegExp(`\\b(?:${FULL_MONTH})$`);

/** ", as major developing countries, share …": "as" and a phrase with no verb, set off, then the main clause goes on. */
const AS_ROLE_ASIDE = /^,\s+as\s+(?![^,]*\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|did|does|do|\p{Ll}+ed)\b)[^,]{2,60},\s+\p{Ll}/u;

/** The rest of a sentence is who says it: " a study published on Monday in Nature said.", " the two governments said in a
 * joint statement." */
const TRAILING_SOURCE = /^\s+[^,;"“”]{1,80}\b(?:said|says|reported|found|showed|according to [^,;]+)(?:\s+(?:in|on|at)\s+[^,;"“”]{1,40})?[.!]?$/;

/** Every quotation opened in the text is closed in it; a sentence cut out of a longer quotation is not. */
export function quotesBalanced(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  return straight % 2 === 0 && (text.match(/“/g) ?? []).length === (text.match(/”/g) ?? []).length;
}

/** True when offset i of the text lies inside a quotation. */
export function insideQuote(text: string, i: number): boolean {
  let open = false;
  for (let k = 0; k < i; k++) {
    const c = text[k];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

function tidy(text: string): string {
  let t = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/,\s*,/g, ',')
    .trim();
  t = t.replace(/^[,;:\s]+/, '');
  if (t && !/[.!?]["'”’)]*$/.test(t)) t = `${t.replace(/[,;:]+$/, '')}.`;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export interface CompressOptions {
  /** The names the card shows (lower case: each whole name and its last word). */
  shownNames?: ReadonlySet<string>;
}

const ATTRIBUTION = new RegExp(`\\b(?:${ATTRIBUTION_VERB})\\b`);
/** What the rest of a sentence cannot stand on without its speaker: a pronoun that stands for them
 * ("Ana Roy said her office …"), a judgement, a need or a wish rather than a fact ("… said every dispute could be settled
 * if …", "… was likely to fall", "… said vaccination had to continue", "… said Peru wanted to double trade", "… said Peru needed 40 more ambulances"), a "would" of
 * reported speech, which alone reads as a condition ("… said the board would review it in October"), or a denial or a failing,
 * which is a side's claim ("… said the text did not respect the treaty", "… said the text failed to condemn it": without
 * its speaker the card would say so itself). */
const LEANS_ON_SPEAKER = new RegExp(
  String.raw`\b(?:he|she|his|her|him|hers|himself|herself|we|us|our|I|my|should|must|ought|could|might|likely|unlikely|probably|would|had to|has to|have to|needs?|needed|wants?|wanted|hopes?|hoped|believes?|believed|fears?|feared|fail(?:s|ed)? to|${NEGATION})\b|n['’]t\b`,
  'i',
);

/** A pronoun opening what an attribution is said of ("… said it would allow …"). */
const PRONOUN_OPENS = /^\s*(?:it|they|this|these|those|its|their)\b/i;

/** Who an attribution names: "Moreno said " → "Moreno", ", said Ana Roy." → "Ana Roy", "According to Vale, " → "Vale". */
function speakerOf(span: string): string {
  const bare = span.replace(/^[\s,]+|[\s,.!:]+$/g, '').replace(/^according to\s+/i, '');
  const verb = ATTRIBUTION.exec(bare);
  if (!verb) return bare;
  const before = bare
    .slice(0, verb.index)
    .replace(/\s+also$/, '')
    .trim();
  return before || bare.slice(verb.index + verb[0].length).trim();
}

/** An attribution may go only when it repeats a name the card shows and the rest does not lean on it.
 * A pronoun, a title or a source is no name the card shows: "he said", "the minister said", "local
 * media reported" stay. */
function attributionMayGo(span: string, rest: string, after: string, shownNames: ReadonlySet<string> | undefined): boolean {
  // A quotation needs its speaker: without one it reads as the card's own words.
  if (!shownNames?.size || LEANS_ON_SPEAKER.test(rest) || /["“”]/.test(rest)) return false;
  // ("… told the panel in evidence that the drug was safe": a witness's evidence is their claim, never the card's.)
  if (IN_EVIDENCE.test(span)) return false;
  // "X said it would allow …": a pronoun the rest opens with stands for what the speaker's sentence named before.
  if (PRONOUN_OPENS.test(after)) return false;
  // "Dr. Ana Roy", "The Rev. Dr. Roy": the honorifics before the name are no part of it.
  const words = speakerOf(span).split(/\s+/);
  while (words.length > 1 && (HONORIFICS.has(words[0].toLowerCase().replace(/\.$/, '')) || words[0] === 'The')) words.shift();
  const speaker = words.join(' ');
  if (!/^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}$/u.test(speaker)) return false;
  const lower = speaker.toLowerCase();
  return shownNames.has(lower) || shownNames.has(lower.split(/\s+/).at(-1) ?? lower);
}

/** An attribution of evidence given to a hearing: "told the committee in evidence", "said under oath". */
const IN_EVIDENCE = /\b(?:in (?:his |her |their |its )?(?:written )?evidence|under oath)\b/;

/** Commas left before a full stop: ", ." */
const COMMA_BEFORE_STOP = /(?:,\s*)+([.!?])/g;

/** Applies every rule once, keeping any span with a fact in it; a span that would leave too little is kept too. */
export function compressSentence(sentence: string, options: CompressOptions = {}): string {
  let text = sentence.trim().replace(COMMA_BEFORE_STOP, '$1');
  for (const rule of GLOBAL_RULES) {
    if (rule.cue && !rule.cue.test(text)) continue;
    const next = text.replace(rule.re, (span: string, ...rest: unknown[]) => {
      const offset = rest.find((x) => typeof x === 'number') as number;
      const facts = rule.ordinalsGo ? span.replace(/\b\d+(?:st|nd|rd|th)\b/g, '') : span;
      if ((!rule.always && KEEP.test(facts)) || rule.keeps?.(span, text.slice(0, offset), text.slice(offset + span.length))) return span;
      if (insideQuote(text, offset)) return span;
      const after = text.slice(offset + span.length);
      if (rule.attribution && !attributionMayGo(span, text.slice(0, offset) + after, after, options.shownNames)) return span;
      return rule.leavesComma?.(text.slice(0, offset), text.slice(offset + span.length)) ? ',' : '';
    });
    // (A span gone can leave a comma before the full stop.)
    if (next !== text) text = next.replace(COMMA_BEFORE_STOP, '$1');
  }
  const out = tidy(text);
  // Deleting must leave a sentence: at least a handful of words.
  return out.split(/\s+/).length >= 5 ? out : tidy(sentence);
}
