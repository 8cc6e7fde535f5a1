// Picks the key points of a briefing: the sentences that carry the article's facts (the lead, the
// decision or outcome, the numbers, what comes next), each compressed by deletion only, with no two
// saying the same thing, the lead first and the rest by importance. Each point keeps the index of the
// sentence it came from, so a question can show its evidence.

import { stem } from './stem.js';
import { BARE_ANSWER_LABEL, LABEL_OPENS, LIVE_STAMP, NAMED_ANSWER_LABEL, compressSentence, opensWithLabel, quotesBalanced } from './compress.js';
import { MONTH } from './lexicon/calendar.js';
import { ATTRIBUTION_VERB, FINITE_VERB } from './lexicon/verbs.js';
import { COUNT_WORD } from './numbers.js';
import { speakerOf } from './people.js';
import { BULLET, LIST_OPENER } from './proposals.js';
import type { Sentence } from './sentences.js';
import { codePointAt, countWords, isAlnum } from './tokens.js';
import { type Span, withoutSpans } from './shown-spans.js';

export interface KeyPoint {
  text: string;
  /** The sentence the point was cut from. */
  sentence: number;
}

/** Words too common to say what a sentence is about. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'the a an and or but of to in on at for from by with as is are was were be been has have had that this these those it its he she they his her their which who will would should can could also said says not no than then there into about over after before while'.split(
    ' ',
  ),
);

/** The words of a text that say what it is about, lower-cased: each run of letters and digits, with the apostrophes and
 * hyphens inside it, as `[\p{L}\p{N}][\p{L}\p{N}'-]*` reads them, longer than two characters and no stop word. Scanned
 * character by character, not matched: every sentence is read this way. */
export function contentWords(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (let i = 0; i < lower.length; ) {
    let cp = codePointAt(lower, i);
    if (!isAlnum(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    let j = i;
    while (j < lower.length && (isAlnum(cp) || cp === 39 || cp === 45)) {
      j += cp > 0xffff ? 2 : 1;
      cp = codePointAt(lower, j);
    }
    const word = lower.slice(i, j);
    if (word.length > 2 && !STOP_WORDS.has(word)) out.push(word);
    i = j;
  }
  return out;
}

/** The words of relationship talk ("deep cooperation in every field", "a common political will",
 * "thanks for his important speech"): a sentence made of two or more of them says how the sides feel
 * about each other, not what they did. */
const RELATIONS_TALK =
  'cooperation cooperate relations relationship ties friendship partnership exchanges mutual bilateral common importance important deep deepen strengthen promote enhance spirit willingness effort efforts commitment field fields areas level levels regard appreciation thanks consensus integration dialogue various issues matters'.split(
    ' ',
  );

/** What stating how many proposals were put forward earns a sentence: a little, as the outcome, though the proposals field
 * shows the count and the point must earn its room with the facts it adds. */
const STATED_WEIGHT = 0.3;

/** What background costs a sentence told as such ("four years ago", "last year"). */
const BACKGROUND_WEIGHT = 0.4;

/** What a sentence set in an earlier year than the news costs: more, since its date says so whatever its words ("A 6.1 quake
 * in 2015 killed 20 people nearby." is no point of this week's quake while the news has others). The
 * corpus's figures are the same from 0.4 to 3. */
const EARLIER_WEIGHT = 1;

/** What a sentence that opens with a pronoun costs: it has lost what the pronoun stands for. */
const PRONOUN_WEIGHT = 0.4;

/** A sentence that opens with an owner's pronoun: "Its investigators …", "Their lawyers …". */
const OWNER_PRONOUN_OPENS = /^(?:Its|Their)\s/;

/** What makes a sentence carry a fact, each signal with its weight; rules as data. The weights were
 * set from how often each signal marks a fact across many kinds of report, not from any one article. */
const FACT_SIGNALS: ReadonlyArray<{ re: RegExp; weight: number; example: string; notInLead?: boolean; relations?: boolean }> = [
  { re: /\d/, weight: 0.25, example: '40 per cent of 900 families' },
  { re: /[$€£¥%]|\b(?:million|billion|crore|per cent|percent)\b/i, weight: 0.2, example: '$40 million' },
  {
    re: /\b(?:agreed|approved|adopted|signed|voted|elected|re-elected|decided|announced|pledged|promised|charged|deferred|rejected|accepted|launched|unveiled|set out|put forward|confirmed|carried|endorsed|reached|concluded|committed|appointed|named|returned|awarded|won|dismissed|ruled|ordered)\b/i,
    weight: 0.55,
    example: 'the board approved the first recommendation',
  },
  {
    re: /\b(?:will|is due|are due|is expected|are expected|next|resumes?|plans? to|to be (?:held|published|announced|discussed)|by (?:the end of|next))\b/i,
    weight: 0.35,
    example: 'the trial resumes on Wednesday',
  },
  // What comes next, in reported speech ("will" becomes "would"), with when: not a "would" of opinion.
  {
    re: new RegExp(
      `\\bwould\\b[^.;]{0,80}?\\b(?:next (?:week|month|year|meeting|session|sitting|spring|summer|autumn|fall|winter)|within \\w+ (?:days|weeks|months)|(?:in|by|on|at its) (?:\\d|${MONTH}\\b))`,
    ),
    weight: 0.3,
    example: 'The board would report back on the costs of the scheme in May.',
  },
  // The human toll, a disaster's first fact: "A man has died after a tree fell on his car, police said."
  {
    // (The missing as a state, not a verb: "he is missing a good party".)
    re: /\b(?:killed|killing|died|dead|deaths?|injured|injuring|wounded|toll|(?:are|were|is|was|remain|remains|still) missing(?!\s+(?:a|an|the)\b))\b/i,
    weight: 0.3,
    example: 'Two people died and 14 were injured when the roof collapsed.',
  },
  { re: /\b(?:first|historic|record|largest|only|biggest|new)\b/i, weight: 0.15, example: 'the first meeting of its kind' },
  { re: /\b(?:said|says|told|added)\b/, weight: 0.15, example: 'Lee said the district would report back' },
  { re: /^["“]/, weight: -0.2, example: '"We are not awake in first block," she said.' },
  // Background, not the news: what happened before ("first took that step", "four years ago", "last year", "A previous
  // fare rise came in …");
  // though in the lead it is the news's own context ("… when it passed the rule last year").
  {
    re: /\b(?:first (?:took|won|became|joined)|\w+ (?:years?|decades?) ago|last year|previously|in the past)\b|^(?:The|A|An) (?:last|previous|earlier) \p{Ll}/iu,
    weight: -BACKGROUND_WEIGHT,
    notInLead: true,
    example: 'The board first took that step in 2019 and confirmed it last year.',
  },
  // Told in the past perfect with no one saying it: what had happened before the news ("Peru had backed the bid, while …").
  {
    re: new RegExp(
      `^(?![^"“]*\\b(?:${ATTRIBUTION_VERB})\\b)[^,"“]{1,60}?\\bhad (?:already )?(?:\\p{Ll}+ed|been|made|said|told|sent|taken|given|won|lost|met|held|left|known|seen|become|begun|drawn|put|set|spent|grown|risen|fallen)\\b`,
      'u',
    ),
    weight: -0.4,
    notInLead: true,
    example: 'Peru had backed the bid, while Chile named its own candidate.',
  },
  // A body's standing size, who it is and not what it did ("The panel has 12 members, named for four years.").
  {
    re: new RegExp(`^(?:The|Its)\\s+(?:[\\p{L}'’-]+\\s+){1,3}(?:has|comprises)\\s+(?:\\d+|${COUNT_WORD})\\s+members\\b`, 'u'),
    weight: -1,
    example: 'The panel has 12 members, named for four years.',
  },
  // One vote, and no more: who voted how is the participants' detail; the tally is the fact ("Trustee Ana Roy, one of the
  // board's nine members, voted against.").
  {
    re: /^[^,;]{1,60}?(?:,\s[^,;]{1,60},)?\svoted\s+(?:for|against|in\s+favou?r)\b[^,;\d]{0,40}[.!]$/u,
    weight: -1,
    example: 'Trustee Ana Roy, one of the board’s nine members, voted against.',
  },
  // A point that opens with a pronoun has lost what it stands for ("It" was the product named the sentence before).
  // (… after an opening phrase, too: "Asked about the cost later, she denied any overrun.")
  {
    // (Not a speaker's aside: "The old bridge, she said, had been unsafe for years …".)
    re: new RegExp(`^(?:(?:It|They|This|These|Those|He|She)|\\p{Lu}[^,"“”]{0,60},\\s+(?:it|they|he|she)(?!\\s+(?:${ATTRIBUTION_VERB})\\b))\\s`, 'u'),
    weight: -PRONOUN_WEIGHT,
    example: 'It will be available in English first.',
  },
  // … as has a count of "them" ("Twelve of them were rescued": of whom, the sentence before said).
  { re: /^[\p{L}\d,-]+\s+of\s+(?:them|those|these)\b/u, weight: -0.4, example: 'Twelve of them were rescued by helicopter.' },
  // … as has a time told only by the sentence before ("since then", "by then", "at the time").
  { re: /\b(?:since then|by then|until then|at the time|at that time)\b/i, weight: -0.4, example: 'The market had changed beyond recognition since then.' },
  // A quotation whose speaker is only "he" or "she": the reader of the card does not know who.
  // (… and what they added, or whom they told: "'…,' he said, adding that he would resign.", "'…,' she told the crowd.")
  {
    re: /^["“][^"”]+["”],?\s+(?:he|she|they)\s+(?:said|added|says|told\s+[^,;"“”]{1,60}?)(?:\.?$|,\s+(?:adding|saying|noting)\b)/,
    weight: -1,
    example: '"The next 24 hours are critical," he said.',
  },
  // … or nothing at all: a quotation that is the whole sentence, its speaker named in the sentence before.
  { re: /^["“][^"”]+[.!?]["”]$/, weight: -1, example: '"All 12 members backed the plan within the budget."' },
  { re: /^Q\b/, weight: -1, example: 'Q: Mr Vale, last year you said the panel was "too cautious".' },
  { re: /^A\b/, weight: -0.1, example: 'A (Roy): Nine hours in all.' },
  { re: /\b(?:you|your|please)\b/i, weight: -0.5, example: 'The panel will now take your questions, so please raise a hand.' },
  {
    re: new RegExp(
      `\\b(?:\\d[\\d,.]*|${COUNT_WORD})[- ](?:[a-z]+[- ])?(?:people|countries|votes|members|delegates|responses|families|villages|cases|proposals|agreements|points?|suggestions|motions|steps|recommendations|measures|components|initiatives|hours|days|candidates)\\b`,
    ),
    weight: 0.4,
    example: 'delegates from 45 countries',
  },
  {
    re: new RegExp(`\\b(?:until|by|before|from|on|in|at)\\s+(?:\\d|${MONTH}\\b|the end|next|its next)`),
    weight: 0.2,
    example: 'by November 30',
  },
  {
    re: /\b(?:planned|scheduled|due|expected|set to|takes? effect|within \w+ (?:days|weeks|months)|report back|later this (?:year|month|week)|in the coming (?:days|weeks|months)|next (?:year|month|week|spring|summer|autumn|fall|winter))\b/,
    weight: 0.2,
    example: 'The next meeting is planned for 2025.',
  },
  { re: /["“][^"”]{1,40}["”]/, weight: 0.3, example: 'describing the announcement as "historic"' },
  { re: /["“][^"”]{40,}["”]/, weight: -0.25, example: 'a long quotation repeats the speaker' },
  {
    // (Words in lower case: "the Lima Cooperation Forum's Partnership Board" is a body's name, no talk.)
    re: new RegExp(`(?:\\b(?:${RELATIONS_TALK.join('|')})\\b[^]*?){2}`),
    weight: -1.5,
    relations: true,
    example: 'Lee underlined how deep cooperation between the two countries runs in every field.',
  },
];

/** A sentence that only counts a plan's parts ("The plan has five parts.", "The strategy sets out four priorities.", "The
 * panel made 12 recommendations.", "The board issued six urgent warnings to members.", "The plan holds three
 * new steps for small farms.", "The ministers unveiled five joint projects."), or
 * a speaker's ("Today I am setting out four steps.", "We agreed two things."). */
const COUNT_ONLY =
  /^(?:(?:The|Its|Their|This|That|His|Her)\s+(?:[\p{L}-]+\s+){1,2}(?:has|had|have|comprises|comprised|consists of|is made up of|sets out|lists|includes|contains|made|makes|issued|published|adopted|tabled|announced|unveiled|launched|presented|proposed|put forward|set out)|(?:(?:Today|Now|So)\s+)?(?:I|We)\s+(?:am\s+|are\s+|have\s+|will\s+)?(?:announcing|announce|announced|proposing|propose|proposed|presenting|present|presented|agreed|setting out|set out|putting forward|put forward))\s+\S+\s+(?:\p{Ll}[\p{L}-]*\s+)?[\p{L}-]+(?:\s+(?:to|for)\s+(?:the\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)?\.$/u;

/** A news slug before a lead: capitalised words, one of them an acronym and one not all capitals, then a colon ("AU PSC
 * Lima: "; a transcript's "PRIME MINISTER ROY: " is a speaker's label). */
const SLUG = /^(?=[^:]*\b\p{Lu}{2,}\b)(?=[^:]*\p{Ll})(?:\p{Lu}[\p{L}\d.'’-]*\s+){1,4}\p{Lu}[\p{L}\d.'’-]*:\s+(?=\p{Lu})/u;

/** A sentence's short last clause that opens a list below it: ", committing to:", ", including:". */
const LIST_INTRO = /,\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+:\s*$/u;
/** (Looked for only in a sentence that ends with a colon: the expression alone tries every comma of every sentence.) */
const opensList = (text: string) => text.trimEnd().endsWith(':') && LIST_INTRO.test(text);

/** What the sides did, in a lead: they agreed or signed something. */
const AGREED = /\b(?:agreed|agreeing|signed|signing)\b/;

/** A signal the lead does not take: one of background, or talk of relations where the sides agreed or signed something
 * ("agreed to strengthen maritime security cooperation" is the news, in whatever words). */
const offInLead = (f: (typeof FACT_SIGNALS)[number], text: string) => !!f.notInLead || (!!f.relations && AGREED.test(text));

/** Sentences that brief nothing on their own: questions, captions, lists of who attended, a live page's greeting ("Good
 * morning and welcome to our live coverage of …"), an editor's note on what follows ("The following is an edited
 * transcript of …"). */
const NOT_A_POINT =
  /\?["'”’)]*$|^(?:The following is|This is|What follows is|Below is|Here is)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:transcript|text|excerpt|extract|summary|version|copy)\b|^(?:Among those|Also (?:taking part|present|attending|in attendance|on)|Around the table|Present were|Attending were|Joining|(?:They|He|She|We) (?:were|was) joined by|(?:(?:Good (?:morning|afternoon|evening)|Hello|Hi)(?:,| and)?\s+)?welcome to (?:our|this|the)\b)\b/i;

/** A sentence that only says someone would not comment: "The ministry did not respond to a request for comment.", "Halvex
 * declined to comment.", "Ana Roy could not be reached for comment on Monday." */
const NO_COMMENT =
  /^[^,;"“]{0,80}?\b(?:(?:did not|didn't|could not|couldn't|has not|have not|had not)\s+(?:immediately\s+)?(?:respond(?:ed)?\s+to\s+(?:an?\s+|several\s+|repeated\s+)?(?:requests?|emails?|calls?|messages?|queries)(?:\s+for\s+comment)?|repl(?:y|ied)\s+to\s+(?:an?\s+)?(?:requests?|emails?|calls?|messages?)(?:\s+for\s+comment)?|be\s+reached\s+for\s+comment)|declined\s+to\s+comment)\b[^,;"“]{0,40}[.]$/;

/** A sentence that only says someone is not named: "Three others did not wish to be named, the council said.", "The third
 * asked not to be identified." (Not one that goes on with what they said: "An official, who asked not to be named, said
 * the talks had failed."; nor a cause not found: "The cause has not been identified.") */
const NOT_NAMED =
  /^[^,;"“]{0,80}?\b(?:(?:(?:did not|didn't|do not|does not|don't)\s+(?:want|wish)\s+to\s+be|asked\s+not\s+to\s+be|declined\s+to\s+be)\s+(?:named|identified)|(?:could not be|cannot be|can't be|have not been|has not been|were not|was not)\s+named)\b(?:\s+(?:publicly|by name|for (?:safety|security|legal|privacy) reasons))?(?:,\s+(?:the\s+|a\s+|an\s+)?[^,;"“]{1,60}?\s+(?:said|says|added))?[.]$/;

/** A photo caption left in the text: a short present-tense line of someone presiding, posing, speaking
 * ("Chief Minister Ana Roy presides over the Cabinet meeting on Wednesday."). */
const CAPTION =
  /^[^;]{0,120}?\b(?:presides|poses|speaks|addresses|arrives|attends|gestures|looks on|listens|chairs|shakes hands|waves|delivers|presents|greets|holds)\b/;

/** Only who attended, chaired or met whom: the participants field shows it. Each row with its example. */
export const ATTENDANCE_ONLY: ReadonlyArray<{ re: RegExp; example: string }> = [
  {
    re: /^[^,;]{0,200}?\b(?:joined|attended|took part in|participated in|was present at)\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,2}(?:meeting|deliberations|talks|session|summit|conference|discussions?|call|proceedings)\b(?:\s+(?:of|with)\s+(?:(?!\b(?:and|to|but)\s)[^,;]){1,60}?)?(?:\s+(?:through|by|via|over|from|in|at|on)\s+(?:(?!\b(?:and|to|but)\s)[^,;]){1,50}?)*(?:,\s+(?:a|an|the)\s+[^,;]{1,60}\s+said)?[.!]$/iu,
    example: 'Minister Ana Roy joined a video meeting of Pacific foreign ministers in Lima on the evening of May 4.',
  },
  {
    re: /^[^;]{0,200}?\b(?:joined|took part|participated|dialled in|dialed in)\s+(?:(?:the\s+)?(?:meeting|call|session|summit|talks)\s+)?(?:remotely\s+|virtually\s+|online\s+)?from\s+[^;,]{1,60}[.!]$/u,
    example: 'Prime Minister Ana Roy, whose country was worst hit, joined from Lima.',
  },
  {
    re: /^[^,;]{1,160}?\s(?:also\s)?(?:attended|took part|participated|(?:was|were) (?:also )?(?:present|there))(?:\s+(?:at|in)\s+the\s+(?:meeting|talks|session|summit|signing|ceremony|conference))?[.!]$/u,
    example: 'Ana Roy and Tom Vale attended.',
  },
  {
    re: /^(?:\p{Lu}[\p{L}'’-]*\s){1,3}sent\s+(?:(?:its|his|her|their)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:\p{Lu}[\p{L}'’.-]*\s?){1,6}(?:,\s+(?:while|and|but)\s+[^,;]{1,160}?\s(?:attended|took part|participated)(?:\s+(?:in person|remotely|virtually|online|by video))?)?[.!]$/u,
    example: 'Chile sent its deputy minister Tom Vale, while Ana Roy attended in person.',
  },
  {
    re: /^(?:\p{Lu}[\p{L}'’-]*\s){1,3}(?:was|were) represented by\b[^;]{1,300}[.!]$/u,
    example: 'Peru was represented by Ms. Ana Roy, and Chile by Mr. Tom Vale.',
  },
  {
    re: /^(?:The\s+)?(?:\p{Lu}[\p{L}'’-]*\s){0,2}\p{Lu}[\p{L}-]*(?:['’]s?)?\s+delegation\s+(?:was|were)\s+(?:led|headed)\s+by\b[^;]{1,200}[.!]$/u,
    example: "Peru's delegation was led by Dr. Ana Roy, director general of trade.",
  },
  {
    re: /^(?=[^;]*?\bbrought together\b)(?![^;]*,\s+but\s)[^;]{0,120}?\b(?:meeting|session|talks|summit|conference|gathering|forum|congress)\b[^;]{0,80}?\bbrought together\b[^;]{1,300}[.!]$/u,
    example: "Alongside the host, Chile's Ana Roy, the meeting brought together Peru's Tom Vale and Bolivia's Ivo Kant.",
  },
  {
    re: /^The (?:meeting|session|talks|summit|conference|panel|hearing|debate) was (?:also )?attended by [^.!?]{1,400}[.!]$/u,
    example: "The meeting was attended by Peru's minister, Ana Roy; Bolivia's minister, Tom Vale; and Chile's, Ivo Kant.",
  },
  {
    re: /^The (?:meeting|session|talks|summit|conference|panel|hearing|debate) was (?:presided over|chaired|moderated|hosted|opened) by [^;]{1,120}[.!]$/u,
    example: 'The meeting was presided over by Peruvian Foreign Minister Ana Roy.',
  },
  {
    re: /^[^;]{0,80}?\b(?:also |separately )?(?:met|held (?:bilateral )?(?:talks|meetings)) with\b[^;]{1,300}?\bto (?:exchange views|discuss (?:bilateral|regional)[^;]{0,40})[^;]{0,80}[.!]$/u,
    example: 'Ana Roy also met with Lee, Vale and Diaz to exchange views on bilateral and regional issues.',
  },
];

/** A word every row of ATTENDANCE_ONLY needs: most sentences have none, and are spared the rows themselves. */
const ATTENDANCE_CUE =
  /\b(?:joined|attended|took part|participated|present|there|dialled|dialed|sent|represented|delegation|brought together|presided|chaired|moderated|hosted|opened|met|held)\b/;

export const attendanceOnly = (text: string) => ATTENDANCE_CUE.test(text) && ATTENDANCE_ONLY.some((row) => row.re.test(text));

/** What marks a caption whatever its length: who stands where ("second left", "(3rd R)"), or a full date closing it. */
const CAPTION_MARK =
  /,\s(?:(?:second|third|fourth|far)\s)?(?:left|right|centre|center)(?:\sfront|\sback)?,|\((?:\d(?:st|nd|rd|th)\s)?[LRC]\)|,\s(?:\d{1,2}\s[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s\d{1,2}),?\s(?:19|20)\d\d\.$/;

/** An item of a list that runs on from the sentence above it ("5. agree to arbitration if talks fail."): no sentence alone. */
const LIST_FRAGMENT = new RegExp(`${BULLET.source}\\p{Ll}`, 'u');

/** A sentence that only says what the next ones tell: "Ana Roy spelt out what the bloc stood to gain." */
const POINTS_AHEAD = /^[^,;]{1,80}\b(?:spelt|spelled|set|laid|mapped) out (?:what|how|why|where)\b[^,;]{0,60}[.:]$/u;

/** A reply that leans on the question before it ("Q: How much will it cost? A: About 2 million soles.", "Not before
 * June, I think."): its first clause has no verb of its own, so it briefs nothing alone. */
const ELLIPTICAL_REPLY = new RegExp(
  String.raw`^(?:About|Around|Roughly|Approximately|Nearly|Almost|Not|No|Yes|Maybe|Perhaps|Probably|Possibly|Only)\b(?![^,;]*\b(?:${FINITE_VERB})\b)`,
  'u',
);
const repliesOnly = (sentences: readonly Sentence[], s: Sentence) => {
  const before = sentences[s.index - 1];
  return !!before && before.paragraph !== s.paragraph && /\?["'”’)]*$/.test(before.text) && ELLIPTICAL_REPLY.test(s.text.replace(LABEL_OPENS, ''));
};

const briefsNothing = (text: string, words = countWords(text)) =>
  // (A live page's entry is read past its time stamp: "09:00 — Good morning and welcome to our live coverage …".)
  NOT_A_POINT.test(text.replace(LIVE_STAMP, '')) ||
  NO_COMMENT.test(text) ||
  NOT_NAMED.test(text) ||
  POINTS_AHEAD.test(text) ||
  LIST_FRAGMENT.test(text) ||
  (CAPTION.test(text) && CAPTION_MARK.test(text)) ||
  (!/\d{2,}/.test(text) && ((words <= 25 && CAPTION.test(text)) || attendanceOnly(text)));

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

/** "Prime Minister Roy: " when the sentence's paragraph opens with that speaker's label in a transcript; a bare surname's
 * label ("ROY: …") only when the card shows the name; an interview's "A: …", the one person the card shows. */
function speakerOfParagraph(sentences: readonly Sentence[], s: Sentence, options: KeyPointOptions, transcript = false): string | null {
  let first = s.index;
  while (first > 0 && sentences[first - 1]?.paragraph === s.paragraph) first--;
  // (In a transcript, a paragraph with no label of its own goes on with the turn above it: up to a few paragraphs back;
  // though one with no word of a speaker's own, "I", "we", "you", is the report's: "The next meeting will be held in
  // Quito in 2026." closing it.)
  let last = s.index;
  while (transcript && sentences[last + 1]?.paragraph === s.paragraph) last++;
  const own = transcript && sentences.slice(first, last + 1).some((t) => SPEAKERS_WORD.test(t.text));
  for (let back = 0; own && back < 4 && first > 0 && !opensWithLabel(sentences[first].text); back++) {
    const paragraph = sentences[first - 1].paragraph;
    first--;
    while (first > 0 && sentences[first - 1]?.paragraph === paragraph) first--;
  }
  const text = sentences[first]?.text ?? '';
  const bare = BARE_LABEL.exec(text)?.[1].toLowerCase();
  // (An interview's "A: …" is the answer of the one person it shows.)
  const answer = options.interviewee && BARE_ANSWER_LABEL.test(text) ? options.interviewee : null;
  // (A press conference's "A (Roy): …" names whose answer it is.)
  const named = NAMED_ANSWER_LABEL.exec(text)?.[1] ?? null;
  const speaker = speakerOf(text) ?? (bare && options.shownNames?.has(bare) ? bare.charAt(0).toUpperCase() + bare.slice(1) : null) ?? named ?? answer;
  return speaker ? `${speaker}: ` : null;
}

/** A word only a speaker uses of themselves or whom they speak to. */
const SPEAKERS_WORD = /\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|[Yy]ou|[Yy]our)\b/;
/** A transcript's label of a surname alone: "ROY: …". */
const BARE_LABEL = /^(\p{Lu}[\p{Lu}'’-]{2,}):\s/u;

export interface KeyPointOptions {
  title: string | null;
  /** Sentences whose content the card already shows elsewhere (proposal items). */
  shown?: ReadonlySet<number>;
  /** Per sentence, words the card already shows (participants' titles, the event's day and place): a point leaves them out. */
  shownSpans?: ReadonlyMap<number, readonly Span[]>;
  /** Sentences that state how many proposals were put forward: an outcome, whose count the proposals field shows. */
  stated?: ReadonlySet<number>;
  /** The proposals' items the card lists: a stated sentence's own list of them can go. */
  shownItems?: readonly string[];
  /** The names the card shows: an attribution to one of them can go. */
  shownNames?: ReadonlySet<string>;
  /** The one person the card shows, as a transcript labels them: whose answers an interview's bare "A:" gives. */
  interviewee?: string | null;
  /** Sentences set before the reported event ("… the collapse of a similar approach in 2019"): background, not the news. */
  earlier?: ReadonlySet<number>;
}

/** The stated sentence without the list of items the card already shows ("four suggestions, including …"
 * → "four suggestions."; a clause after the list stays), found where the proposals reader finds it. */
function withoutItemList(text: string, items: readonly string[]): string {
  const m = LIST_OPENER.exec(text);
  if (!m || m.index < 20) return text;
  // Only a list the card shows: "approved 12 proposals, including extending free bus travel" keeps an item the card's
  // list (of others) does not have.
  // (Its first item, in the card's list in other words: "a tax on empty homes" is "A 2% annual tax on homes left empty".)
  const first = contentWords(text.slice(m.index + m[0].length).split(/,|;|\s(?:and|or)\s/)[0]);
  const shownIn = (item: string) => {
    const words = new Set(contentWords(item));
    return first.filter((w) => words.has(w)).length >= Math.max(1, first.length * 0.6);
  };
  if (first.length && !items.some(shownIn)) return text;
  // "The three demands — A, B and C — were met": the list between the dashes goes, the sentence stays.
  if (/[—–]/.test(m[0])) {
    // Only a list between two dashes; a lone dash opens no list ("Lima, 21 April – Ministers agreed …").
    const close = text.slice(m.index + m[0].length).search(/\s[—–]\s/);
    return close >= 0 ? `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length + close + 3)}` : text;
  }
  // "… six measures, including a tax on empty homes and faster approvals, as rents rose 11%": the clause after the list stays.
  const after = text.slice(m.index + m[0].length);
  const clause = /,\s+(?=(?:as|while|after|amid|but|although|though|because|even as)\s)/.exec(after);
  const rest = clause ? `, ${after.slice(clause.index + clause[0].length)}` : '.';
  return `${text.slice(0, m.index).replace(/[\s,;:]+$/, '')}${rest}`;
}

/** Key points come from the body of a report: its first sentences (and only they need the spans the card shows). */
export const KEY_POINT_SENTENCES = 400;

export function pickKeyPoints(sentences: readonly Sentence[], options: KeyPointOptions): KeyPoint[] {
  // Score (and count words over) the body's sentences only.
  const body = sentences.slice(0, KEY_POINT_SENTENCES);
  const words = body.map((s) => new Set(contentWords(s.text)));
  const df = new Map<string, number>();
  for (const set of words) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const titleWords = new Set(contentWords(options.title ?? ''));
  const counts = body.map((s) => countWords(s.text));
  const articleWords = counts.reduce((n, c) => n + c, 0);
  // (Asked of a sentence twice, for the lead and for the points: read once.)
  const idle: Array<boolean | undefined> = [];
  const nothing = (s: Sentence) => (idle[s.index] ??= briefsNothing(s.text, counts[s.index]));
  // The lead: the first sentence that reads as prose (a name or a caption above it is not the news); though a
  // feature's scene-setting opening ("Ana Roy has spent six years tied to a dialysis machine …") that shares a
  // word or none with the headline gives way to the sentence right after it that states the headline's news.
  const prose = body.filter((s) => counts[s.index] >= 12 && (/[.!]["'”’)]*$/.test(s.text) || opensList(s.text)) && !nothing(s));
  // (A headline's word in any of its forms: "Farmers win water rights" is about "gave each farmer the right to water".)
  const titleStems = new Set([...titleWords].map(stem));
  const inTitle = (i: number) => [...words[i]].filter((w) => titleStems.has(stem(w))).length;
  const first = prose[0]?.index ?? 0;
  const news = titleWords.size >= 4 && prose[0] && inTitle(first) <= 1 ? prose.slice(1, 3).find((s) => inTitle(s.index) >= 3) : undefined;
  const lead = news?.index ?? first;
  const scored = body
    .filter(
      (s) =>
        counts[s.index] >= 6 &&
        (/[.!]["'”’)]*$/.test(s.text) || (options.stated?.has(s.index) && s.text.endsWith(':')) || opensList(s.text)) &&
        !nothing(s) &&
        !repliesOnly(body, s) &&
        !options.shown?.has(s.index) &&
        quotesBalanced(s.text),
    )
    .map((s) => {
      const set = words[s.index];
      const centrality = [...set].reduce((sum, w) => sum + Math.log(1 + (df.get(w) ?? 1)), 0) / Math.sqrt(set.size || 1);
      const signalled = FACT_SIGNALS.reduce((sum, f) => sum + (f.re.test(s.text) && !(s.index === lead && offInLead(f, s.text)) ? f.weight : 0), 0);
      // (Set in an earlier year than the news: background, as "four years ago" is; though the lead's is the news's context.)
      const facts =
        signalled -
        (options.earlier?.has(s.index) && s.index !== lead ? EARLIER_WEIGHT : 0) -
        // ("Its investigators are expected to …": whose, the sentence before says; unless that is the lead, which the card shows.)
        (OWNER_PRONOUN_OPENS.test(s.text) && s.index - 1 !== lead ? PRONOUN_WEIGHT : 0);
      const titleHits = [...set].filter((w) => titleWords.has(w)).length;
      // Longer sentences carry more; fragments carry little, unless they hold a number or a date
      // ("The next meeting is planned for Nairobi in 2025."). The lead states the news.
      const n = counts[s.index];
      const length = (n < 10 ? (/\d/.test(s.text) ? -0.3 : -0.85) : n > 35 ? 0.5 : 0) + Math.min(n, 60) / 140;
      const position = s.index === lead ? 1 : s.index < lead + 4 ? 0.15 : 0;
      const closing = s.index >= body.length - 3 && !options.earlier?.has(s.index) ? 0.3 : 0;
      const stated = options.stated?.has(s.index) ? STATED_WEIGHT : 0;
      return { s, facts, score: (position + closing + length + centrality * 0.05 + facts + stated + titleHits * 0.1) / (n / 20) ** 0.35 };
    })
    .sort((a, b) => b.score - a.score);
  // (A report's one line that opens with a label is a slug, not a transcript's speaker: "AU PSC Lima: Peru …".)
  const slugged = body.filter((s) => LABEL_OPENS.test(s.text)).length === 1;
  const transcript = body.filter((s) => opensWithLabel(s.text)).length >= 2;
  // Enough points to carry the facts, few enough to read in seconds: the budget grows with the square
  // root of the article's length (a fifth of a 400-word report, a tenth of a 1,600-word one), since a
  // long report has more words around its facts, not proportionally more facts.
  const budget = 4 * Math.sqrt(articleWords);
  const chosen: Array<{ point: KeyPoint; words: Set<string> }> = [];
  let used = 0;
  for (const { s, score, facts } of scored) {
    if (chosen.length >= 8) break;
    // What its signals say carries no fact (a quotation that names no speaker, a word to the room) fills no room left.
    if (score <= 0 && chosen.length) break;
    // ("Mayors signed a pact in Lima on Friday, committing to:" over a list: the sentence before the list's short opening.)
    const spanned = withoutSpans(opensList(s.text) ? s.text.replace(LIST_INTRO, '.') : s.text, options.shownSpans?.get(s.index) ?? []);
    const own = slugged ? spanned.replace(SLUG, '') : spanned;
    const items = options.shownItems ?? [];
    const compressed = compressSentence(items.length && options.stated?.has(s.index) ? withoutItemList(own, items) : own, { shownNames: options.shownNames });
    // "We agreed today to …", "The deficit will stay below 1 percent." in a transcript: said by the speaker whose label
    // opens the paragraph ("PRIME MINISTER ROY:"), as is the label's own sentence (its label went with the names the card
    // shows); a card states no claim of theirs as the report's own.
    const speaker = speakerOfParagraph(body, s, options, transcript);
    const labelled = speaker && !speakerOf(compressed);
    // (Its own label, cut to a bare surname by the spans the card shows, goes: "PRIME MINISTER ROY:" is "Roy: " once.)
    const text = labelled ? `${speaker}${compressed.replace(BARE_LABEL, '')}` : compressed;
    // "The plan has five parts.": once its list goes, only the count the proposals field shows is left.
    if (options.stated?.has(s.index) && COUNT_ONLY.test(compressed)) continue;
    // A relative clause can hide that a sentence only says who attended; its compressed form shows it.
    if (!/\d{2,}/.test(text) && attendanceOnly(text)) continue;
    const n = countWords(text);
    // (A lead with no signal against it is the news, whether or not one marks it: points chosen before it do not take its
    // room.)
    const news = s.index === lead && facts >= 0;
    if (!news && chosen.length >= 3 && used + n > budget) continue;
    if (!news && chosen.length < 3 && used + n > budget * 1.2 && n > 30) continue;
    const set = new Set(contentWords(text));
    // No point repeats another.
    if (chosen.some((c) => jaccard(c.words, set) >= 0.35)) continue;
    chosen.push({ point: { text, sentence: s.index }, words: set });
    used += n;
  }
  // The lead first, then by importance (the order they were chosen in).
  const at = chosen.findIndex((c) => c.point.sentence === lead);
  if (at > 0) chosen.unshift(...chosen.splice(at, 1));
  return chosen.map((c) => c.point);
}
