// The question types, as a table: each entry is one kind of question with its patterns, the slots it
// reads (who, about, which item …), a priority and examples. The examples are the entry's tests
// (test/core/ask/intents.test.ts). A question goes to the matching entry with the highest priority,
// so the table's order does not matter; an unmatched question is answered by retrieval.

import { ITEM_NOUNS, PLAN_NOUNS, VOTE_OUTCOME, itemNounPattern } from '../extract/lexicon/proposals.js';
import { isTitleHead } from '../extract/lexicon/titles.js';
import { COUNT_WORD, ORDINAL_WORD, parseOrdinal } from '../extract/numbers.js';

export type IntentKind =
  | 'proposals'
  | 'attendance'
  | 'identity'
  | 'participants'
  | 'absentees'
  | 'topics'
  | 'presiding'
  | 'represented'
  | 'countries'
  | 'where'
  | 'when'
  | 'number'
  | 'met'
  | 'said'
  | 'remote'
  | 'search';

export interface Intent {
  kind: IntentKind;
  /** The person or thing the question names. */
  who?: string;
  /** What a "what did X say about …" question is about; the rest of the question. */
  about?: string;
  /** Which item of a list: 1-based, -1 for the last. */
  nth?: number | null;
  /** "How many countries": a count is asked for. */
  count?: boolean;
  /** "Who hosted": the verb forms that answer it; "What did X announce?": the verb a sentence of theirs is chosen by. */
  verb?: RegExp;
  /** "What does the plan include?": what a plan holds, its items when the text lists them. */
  contents?: boolean;
  /** "What did X promise?": only a sentence of theirs with the verb answers; none, and the text does not say. */
  only?: boolean;
}

export interface IntentRule {
  kind: IntentKind;
  /** When several entries match, the highest priority wins. */
  priority: number;
  patterns: RegExp[];
  /** Reads the slots from the pattern's match. */
  read?: (m: RegExpExecArray, question: string) => Omit<Intent, 'kind'> | null;
  examples: string[];
}

const ORDINAL = `${ORDINAL_WORD}|last|final|\\d{1,2}(?:st|nd|rd|th)`;
const ITEM_WORDS = [...ITEM_NOUNS, 'item', 'component', 'part'];
const ITEM = ITEM_WORDS.join('|');
const nth = (word: string) => (/^(last|final)$/i.test(word) ? -1 : parseOrdinal(word));
const LETTER = (c: string) => c.toLowerCase().charCodeAt(0) - 96;

const presidingVerb = (verb: string): RegExp => {
  // ("who chairs the board", not "the deck chairs", "chairs were set out": "chairs" as a verb has its object after it;
  // "takes over the chair", "assumed the union's rotating presidency" too.)
  const presiding =
    "(?:take[sn]?|took|taking|assume[sd]?|assuming)\\s+(?:over\\s+)?(?:the\\s+|its\\s+|\\p{L}+['’]s\\s+)?(?:rotating\\s+)?(?:chair|presidency)|presid(?:ed|es|ing)|chair(?:ed|ing|manship|ship)|chairs(?!\\s*[\"'”’.,;:!?)]|\\s+(?:were|are|was|is|have|had|and|or|in|on|at|for|of|with|from|to|that|which)\\b)|co-chair(?:ed|s)?";
  if (/^(presid|chair)/.test(verb)) return new RegExp(`\\b(${presiding})\\b`, 'iu');
  if (/^host/.test(verb)) return new RegExp(`\\b(host(?:ed|s|ing)?|co-host(?:ed|s)?|convened|${presiding})\\b`, 'iu');
  // ("led", "heads the delegation"; not "leaders", "headquarters" or "heads of state", nor "led to the postponement".)
  // ("will lead the delegation", "to lead the team": "lead" as a verb, after a modal or "to"; not "the lead" or "took the lead".)
  if (/^(led|lead|head)/.test(verb)) return /\b(led(?!\s+to\b)|leads(?!\s+to\b)|(?<=\b(?:will|would|shall|to)\s)lead(?!\s+to\b)|headed|heads(?!\s+of\b))\b/i;
  return new RegExp(`\\b${verb.slice(0, 5)}\\w*`, 'i');
};

/** A thing named with its article, its last word what it is: "the law", "the new cap", "this scheme". */
const THING_DOES = /^(?:the|this|that|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(\p{L}+)$/iu;

/** The verb of a "What did X …?" question when it is more than saying: "announce", "warn", "urge", "call for", "demand". */
const OWN_VERB = /^(?:announce|urge|warn|confirm|describe|argue|claim|call for|emphasi[sz]e|express|stress|demand|insist on)$/i;
/** (Its stem, "announc", to read "announcing" too; a verb of two words with its first in any form, "called for", "insisted
 * on".) */
function ownVerb(verb: string): RegExp | undefined {
  if (!OWN_VERB.test(verb)) return undefined;
  if (/^call for$/i.test(verb)) return CALLED_FOR;
  return new RegExp(verb.includes(' ') ? `\\b${verb.replace(/\s+/, '\\w*\\s+')}\\b` : `\\b${verb.slice(0, Math.min(6, verb.length - 1))}\\w*`, 'i');
}

/** Calling on someone to act: "called on the council to order an audit" (not a text's "calls on states to …", which is no
 * person's). */
export const CALLED_ON_TO = String.raw`called\s+on\s[^.;,"“]{1,60}?\sto\s`;
/** Calling for something, or on someone to do it: "called for a review", "called on the council to order an audit". */
const CALLED_FOR = new RegExp(`\\b(?:call\\w*\\s+for\\b|${CALLED_ON_TO})`, 'i');

/** A promise asked of: "promise", "pledge", "vow". */
const PROMISE = /^(?:promise|pledge|vow)$/i;
/** A promise as a text tells it: the verb, or what the speaker or their side said they will do ("said she would open talks",
 * "said the ministry would repair every road", "We will reopen the line"; not a forecast, "said the tax would drive shops
 * out", nor another's plan, "He will have a scan"). */
const PROMISED =
  /\b(?:promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed)?|commit(?:s|ted|ting|ment)?|guarantee[sd]?)\b|\b(?:(?:he|she|[Tt]he (?:government|state|company|ministry|council|city|union|board|federation|bank|party|group)|(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur) (?:government|party|company|ministry|office|team|department|union|group))\s+(?:would|will|shall)|(?:[Ww]e|I)\s+(?:will|shall))\s+(?:not\s+)?\p{Ll}/u;

/** "proposed" as the verb ("What was proposed?", "… proposed by Peru?"), not as an adjective ("the proposed fine"). */
const AS_VERB = '(?=\\s*(?:[?.!]|$)|\\s+(?:by|at|in|on|for|to|during|with|from|and|or|so far|there)\\b)';

/** Those who took part, as a question names them together: "they", "the leaders". */
export const THOSE_TAKING_PART = /^(?:they|the (?:leaders|ministers|participants|delegates|two sides|sides|members))$/i;

export const INTENTS: readonly IntentRule[] = [
  {
    kind: 'proposals',
    priority: 90,
    // (Not a question of when, where or why: "When will the final decision come?" asks for a day, not the last item.)
    patterns: [
      new RegExp(`^(?!\\s*(?:when|where|why)\\b).*?\\b(?:the\\s+)?(${ORDINAL})\\s+(?:(?:\\w+\\s+)?(?:${ITEM})s?)\\b`, 'i'),
      // ("What is option B?": a bare letter closes the question, or it would be an article: "option a council …".)
      new RegExp(`\\b(?:${ITEM})\\s+(?:\\(?([a-h])\\)|([a-h])(?=\\s*[?.!]*\\s*$))`, 'i'),
      new RegExp(`\\bwhat\\s+(?:is|was|are)\\s+the\\s+(${ORDINAL})\\s*$`, 'i'),
    ],
    read: (m) => {
      const label = m[1] ?? m[2];
      return { nth: /^[a-h]$/i.test(label) ? LETTER(label) : nth(label) };
    },
    examples: [
      'What is the third proposal?',
      'What is the second pillar of the strategy?',
      'What is point (c)?',
      'What is option B?',
      'What is the last step?',
      "Of the plan's points, what is the second?",
      'What is the fourth motion?',
    ],
  },
  {
    kind: 'proposals',
    priority: 58,
    patterns: [
      new RegExp(
        `^what\\s+(?:(?:does|did|will|would)\\s+(?:the|their|its|this|his|her)\\s+(?:[\\w-]+\\s+){0,2}(?:${PLAN_NOUNS.join('|')})\\s+(?:include|contain|involve|cover|offer|provide|set out)|(?:is|was|'s)\\s+in\\s+(?:the|their|its|this|his|her)\\s+(?:[\\w-]+\\s+){0,2}(?:${PLAN_NOUNS.join('|')}))\\b`,
        'i',
      ),
    ],
    read: () => ({ nth: null, contents: true }),
    examples: ['What does the plan include?', 'What is in the relief package?'],
  },
  {
    kind: 'proposals',
    priority: 80,
    patterns: [/^what\s+(?:did|does|has)\s+(.+?)\s+(?:propose|suggest|recommend|put forward)\b/i],
    read: (m) => ({ who: m[1], nth: null }),
    examples: ['What did Mira Tan propose?', 'What has the alliance put forward?'],
  },
  {
    kind: 'proposals',
    priority: 60,
    patterns: [
      new RegExp(
        `^(?:what|which|list|how many|tell|show|name)\\b.*\\b(?:proposals|suggestions|recommendations|(?:proposed|suggested)${AS_VERB}|(?:\\w+-)?(?:point|step|pillar) (?:${PLAN_NOUNS.join('|')})|motions|amendments|demands|commitments|pillars|aims|steps|measures)\\b`,
        'i',
      ),
      // ("What are the four points?", "What were the three priorities?": items by their count, whatever the text calls them.)
      new RegExp(`^(?:what|which|list|name)\\b.*\\bthe\\s+${COUNT_WORD}\\s+(?:[\\w-]+\\s+)?(?:${itemNounPattern(ITEM_WORDS)})s\\b`, 'i'),
      // ("Which motion was defeated?": one item, by how its vote went.)
      new RegExp(`^which\\s+(?:motion|amendment|proposal|resolution)\\s+(?:was|got)\\s+(?:${VOTE_OUTCOME})\\b`, 'i'),
    ],
    read: () => ({ nth: null }),
    examples: [
      'What proposals were put forward?',
      'Which motion was defeated?',
      'What are the seven points?',
      'What were the five priorities?',
      'How many proposals were made?',
      'What is in the three-point plan?',
      'Which motions were carried?',
      'What are the demands?',
      'What measures were agreed?',
      'What was proposed at the meeting?',
    ],
  },
  {
    kind: 'attendance',
    priority: 70,
    patterns: [/^(?:did|does|was|were|has|had|is)\s+(.+?)\s+(?:attend|participate|take part|join|present|at|in attendance|there|skip|miss|boycott|come)\b/i],
    read: (m) => ({ who: m[1] }),
    examples: ['Did Ana Souza attend the Lima meeting?', 'Was Holm present?', 'Did Luis Rojas skip the summit?'],
  },
  {
    kind: 'identity',
    priority: 72,
    patterns: [
      // Not "Who is buying Halvex?": a verb in -ing asks who does it, not who someone is (a name may end so: "Who is
      // Whiting?", so the verb is in lower case, whatever case the question opens in).
      // (Nor "Who are Lima playing next?": a name, then its verb in -ing.)
      // (… nor "Who is she replacing?": a pronoun, then its verb.)
      /^(?:[Ww][Hh][Oo]\s+(?:[Ii][Ss]|[Ww][Aa][Ss]|[Aa][Rr][Ee])|[Ww]ho['’]s|[Tt]ell me about)\s+(?![\p{Ll}]+ing\b)(?!(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Ll}+ing\b)(?!(?:he|she|they|it|we|you)\s+\p{Ll}+ing\b)(.+)$/u,
      /^what\s+is\s+the\s+(?:role|title|position|job)\s+of\s+(.+)$/i,
      /^what\s+(?:is|was)\s+(.+?)['’]s\s+(?:role|title|position|job)$/i,
      // "What does Ana Roy do?" asks her job; "What did the pilots do?" asks what was done (an open question).
      /^what\s+does\s+(.+?)\s+do$/i,
      /^(?:what|which)\s+(?:role|position|title|post|office|job|country|organi[sz]ation)\s+(?:does|did|do)\s+(.+?)\s+(?:have|hold|play|occupy|represent|come from|serve|work for)\b/i,
      // Not "Where is the money coming from?": a verb in -ing asks where something comes from, not where someone is from.
      /^where\s+(?:is|was|does)\s+(.+?)(?<!ing)\s+(?:from|come from)$/i,
    ],
    // "Who was sent in Vale's place?" asks about an action, not a name or an office; "Who was against it?", "Who is to
    // blame?" a side or a part someone took.
    read: (m) =>
      /^(the\s+)?(participants?|attendees?|delegates?|host|chair|leaders?)\b/i.test(m[1]) ||
      /^(?:against|for|in\s+favou?r|behind|responsible|in\s+charge|to\s+blame|at\s+fault|involved|opposed|affected|accused|suspected|among|on|with)\b/i.test(
        m[1],
      ) ||
      /^(?:\p{Ll}+ed|sent|chosen|given|made|put|kept|told|left|taken|seen|known|held|brought|picked|named|elected|appointed|invited|expected|supposed|able|going|hurt)(?:\s|[?!.]*$)/u.test(
        m[1],
      ) ||
      // ("Where was it launched from?": the place an act was done from, no one's home; "the money sent" is a thing already.)
      (/^where\b/i.test(m[0]) && /\s\p{Ll}+ed$/u.test(m[1].trim())) ||
      // ("What does the law do?", "What does the new cap do?", "Where does the money come from?": a thing's work or source, no
      // one's job or home; "What does the minister do?" asks an office's.)
      (/^(?:what\s+does|where\s+(?:is|was|does))\s/i.test(m[0]) && THING_DOES.test(m[1]) && !isTitleHead(THING_DOES.exec(m[1])![1]))
        ? null
        : { who: m[1].trim() },
    examples: [
      'Who is Ana Souza?',
      // (A name that ends in "-ing" is no verb.)
      'Who is Whiting?',
      'Who is the foreign minister of Denmark?',
      'who is holm',
      'who is ana lima?',
      "What is Holm's role?",
      'Which country does Souza represent?',
      'Where is Souza from?',
      'Tell me about Mira Tan',
    ],
  },
  {
    kind: 'absentees',
    priority: 75,
    patterns: [
      /^who\s+(?:did\s+not|didn't|failed\s+to|declined\s+to)\s+(?:attend|participate|take part|come|join)|^who\s+(?:skipped|missed|boycotted|stayed away|was absent|were absent|sent apologies|sent regrets)/i,
    ],
    examples: ['Who did not attend?', 'Who skipped the meeting?', 'Who sent apologies?'],
  },
  {
    kind: 'topics',
    priority: 50,
    patterns: [
      // "What happened?", "Summarise the article", "What's the gist?": the whole of it.
      /^(?:what\s+(?:has\s+|have\s+)?happened(?:\s+(?:at|in|during)\s+(?:the|this)\s+[\w-]+)?|what(?:'s|\s+is)\s+(?:going\s+on|happening)|what(?:'s|\s+is)\s+(?:the\s+)?(?:story|news|gist|summary|upshot)|summari[sz]e(?:\s+(?:the|this|it)(?:\s+(?:article|story|report))?)?|sum\s+(?:it\s+)?up|give\s+me\s+(?:a\s+|the\s+)?(?:summary|gist|rundown)|tl;?dr|brief\s+me|what\s+(?:are|were)\s+(?:the\s+)?(?:main|key)\s+(?:points|facts|takeaways)|(?:what\s+are\s+)?(?:the\s+)?(?:key|main)\s+(?:points|takeaways)|(?:what\s+are\s+)?the\s+highlights)$/i,
      // Not one asked about a subject ("What was discussed about Peru?"): that is searched for.
      /^what\s+(?:was|were|is|are)\s+(?:discussed|on the agenda|the (?:main )?(?:topics?|issues?|subjects?|agenda|focus))(?:\s+(?:at|during|in|on)\s+(?:the|this|that)\s+[\w-]+(?:\s+[\w-]+)?)?$|^what\s+did\s+(?:they|the (?:leaders|ministers|participants|delegates|two sides|sides))\s+(?:discuss|talk about)$|^what\s+(?:was|is)\s+(?:the (?:meeting|summit|conference|article|story) |this(?: (?:article|story|report))? |it )?about$/i,
    ],
    examples: [
      'What was discussed?',
      'What did the ministers discuss?',
      'What is the article about?',
      'What happened?',
      'What is happening?',
      'What is this about?',
      'Summarise the article',
      'What are the main points?',
      'Key points',
    ],
  },
  {
    kind: 'participants',
    priority: 55,
    patterns: [
      /^who\s+(?:spoke|addressed|was at|were at)\b/i,
      // "Who is involved?": the people the card lists (not "Who was involved in the crash?").
      /^who\s+(?:is|are|was|were)\s+involved\s*\??$/i,
      /^(?:who|which\s+(?:people|officials|leaders|ministers|delegates))\s+(?:attended|took part|participated|joined|were (?:there|present|the participants)|was (?:there|present))|\b(?:participants|attendees|who was there|who were there)\b/i,
      // (… and of a meeting still to come, asked with nothing more: "Who will attend?", "Who is taking part?".)
      /^(?:who|which\s+(?:people|officials|leaders|ministers|delegates))\s+(?:will|is|are)\s+(?:attend(?:ing)?|tak(?:e|ing) part|participat(?:e|ing)|be (?:there|present)|coming)\s*\??$/i,
    ],
    examples: ['Who attended?', 'Who took part?', 'Which leaders attended?', 'Who spoke at the meeting?', 'Who is involved?', 'Who will attend?'],
  },
  {
    kind: 'remote',
    priority: 57,
    patterns: [
      /^who\s+(?:joined|took part|participated|attended|spoke|was there|dialled in|dialed in)\s+(?:\w+\s+){0,3}(?:remotely|virtually|online|by (?:video|phone|telephone|video link|videoconference)|via (?:video|zoom|phone))/i,
    ],
    examples: ['Who joined remotely?', 'Who took part by video link?', 'Who attended the meeting virtually?'],
  },
  {
    kind: 'presiding',
    priority: 65,
    patterns: [
      /^who\s+(?:co-)?(presided|chaired|chairs|presides|hosted|hosts|led|leads|heads|headed|convened|opened|organi[sz]ed|moderated)\b/i,
      // ("Who will chair the talks?", "Who would run the merged firm?")
      /^who\s+(?:will|would|is to|is going to|shall)\s+(?:co-)?(preside|chair|lead|head|convene|moderate)\b/i,
      /\bwho\s+(?:was|is)\s+the\s+(host|chair)\b/i,
    ],
    read: (m) => ({ verb: presidingVerb(m[1].toLowerCase()) }),
    examples: [
      'Who chaired the meeting?',
      'Who co-chaired the meeting?',
      'Who hosted the summit?',
      'Who was the host?',
      'Who moderated the session?',
      'Who chairs the board?',
    ],
  },
  {
    kind: 'represented',
    priority: 66,
    patterns: [/^who\s+(?:represented|was representing|represents|spoke for)\s+(.+)$/i],
    read: (m) => ({ who: m[1] }),
    examples: ['Who represented Finland?', 'Who spoke for Japan?'],
  },
  {
    kind: 'countries',
    priority: 45,
    patterns: [
      /^(?:which|what|list|name)\b(?:\s+\w+){0,2}\s+(?:countries|nations|states|delegations)\s+(?:attended|took part|participated|(?:were|are) (?:represented|there|present|involved)|joined|sent)\b|^(?:which|what)\s+(?:countries|nations|delegations)\s+(?:were|was)\s+(?:at|in)\b|^list the countries\b/i,
    ],
    read: () => ({ count: false }),
    examples: ['Which countries attended?', 'Which countries were represented?', 'What nations took part?', 'Which countries are involved?'],
  },
  {
    kind: 'countries',
    priority: 46,
    patterns: [/^how many\s+(?:countries|nations|states|delegations)\s+(?:attended|took part|participated|joined|were (?:represented|there|present)|sent)\b/i],
    read: () => ({ count: true }),
    examples: ['How many countries took part?', 'How many nations attended?'],
  },
  {
    kind: 'number',
    priority: 40,
    patterns: [
      /^(?:how\s+(?:many|much|long|far|old|heavy)|what\s+(?:share|percentage|proportion|fraction|number|amount|sum|figure|price|cost|total))\b/i,
      /^what\s+(?:does|did|do|will)\b.*\bweigh\b/i,
      // ("What is the prize worth?" asks for an amount, as "How much is it worth?" does.)
      /^what\s+(?:is|was|are|were|will)\b.*\bworth\s*\??$/i,
    ],
    examples: [
      'How many people died?',
      'How heavy is the probe?',
      'What does the spacecraft weigh?',
      'How many couriers does the union say were misclassified?',
      'What share of world oil do they consume?',
      'How much was pledged?',
      'What is the deal worth?',
    ],
  },
  {
    kind: 'met',
    priority: 61,
    patterns: [/^(?:who|whom)\s+did\s+(.+?)\s+(?:meet|hold talks|talk|speak|negotiate|confer|sit down)\b/i],
    read: (m) => ({ who: m[1] }),
    examples: ['Who did Mira Tan meet?', 'Whom did Berg hold talks with?'],
  },
  {
    kind: 'said',
    priority: 62,
    patterns: [
      // (An adverb before the verb is no word of the name: "What did Roy reportedly say?".)
      /^what\s+did\s+(.+?)\s+(?:(?:also|reportedly|allegedly|actually|publicly|privately|really|first|later|then)\s+)?(say|tell|stress|state|note|discuss|announce|express|emphasi[sz]e|urge|confirm|add|call for|call|describe|argue|claim|warn|want|demand|insist on|promise|pledge|vow)\b(.*)$/i,
    ],
    // "What did the ministers discuss?" asks for the topics, not one person's words; "What did they say?" asks for the words
    // of those who took part.
    // ("What did the mayor announce?": a sentence with the question's own verb, "opened the session by announcing …", before
    // one that only says "Roy said …".)
    // ("What did X promise?": a promise, or what they said will be done; not whatever else they said.)
    read: (m) =>
      THOSE_TAKING_PART.test(m[1]) && !/\bsay\b/i.test(m[0])
        ? null
        : PROMISE.test(m[2])
          ? { who: m[1], about: m[3], verb: PROMISED, only: true }
          : { who: m[1], about: m[3], verb: ownVerb(m[2]) },
    examples: [
      'What did Mira Tan call the announcement?',
      'What did Rojas say about the expansion?',
      'What did Berg say when she met Paul Roy?',
      "What did Holm say about Rojas's absence?",
      'What did they say?',
    ],
  },
  {
    kind: 'where',
    priority: 30,
    patterns: [/^where\b/i],
    examples: ['Where was the meeting held?', 'Where will the next round be held?'],
  },
  {
    kind: 'when',
    priority: 31,
    patterns: [/^when\b|\bwhat (?:day|date|time|year|month)\b/i],
    examples: ['When did the meeting open?', 'When is the BRICS summit?', 'What time will secondary school start?'],
  },
];

/** A question or a name in it without its closing marks; an abbreviation keeps its full stop ("Did the U.S. attend?" asks
 * of "the U.S.", a country; "the U.S" is none). */
export const withoutEndMarks = (s: string) =>
  s
    .trim()
    .replace(/[?!]+$/, '')
    .replace(/(?<!\b\p{Lu})\.+$/u, '')
    .trim();

const clean = (s: string) => withoutEndMarks(s).replace(/\s+/g, ' ');

export function classify(rawQuestion: string): Intent {
  const q = clean(rawQuestion);
  let best: { rule: IntentRule; slots: Omit<Intent, 'kind'> } | null = null;
  for (const rule of INTENTS) {
    if (best && rule.priority <= best.rule.priority) continue;
    for (const re of rule.patterns) {
      const m = re.exec(q);
      if (!m) continue;
      const slots = rule.read ? rule.read(m, q) : {};
      if (slots) {
        best = { rule, slots };
        break;
      }
    }
  }
  return best ? { kind: best.rule.kind, ...best.slots } : { kind: 'search' };
}
