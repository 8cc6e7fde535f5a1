// Answers a question about an article from the article alone: each answer carries the sentences
// it rests on, in article order, and a question the text does not answer gets `answered: false`
// with a short reply saying so, never a guess. What kind of question it is comes from the table in
// intents.ts; each kind's answer is one method here, and every answer drawn from retrieval must
// be supported (support.ts): the question's key terms and the kind of thing it asks for.

import type { Analysis } from '../analysis.js';
import { ABSENCE, EXPECTED_AT, FINITE_VERB, MISSED_A_PART } from '../extract/lexicon/verbs.js';
import { earlierEventSentences, participantsOf, type Person, reportedCompany } from '../extract/people.js';
import { BULLET } from '../extract/proposals.js';
import type { Sentence } from '../extract/sentences.js';
import { findCountries, openingCountry } from '../extract/countries.js';
import { CALLED_ON_TO, THOSE_TAKING_PART, classify, type Intent, type IntentKind, withoutEndMarks } from './intents.js';
import { COUNTRIES, COUNTRY_NAMES } from '../extract/lexicon/countries.js';
import { FULL_MONTH, MONTH, WEEKDAY } from '../extract/lexicon/calendar.js';
import { VOTE_OUTCOME, itemNounPattern } from '../extract/lexicon/proposals.js';
import { OFFICE_SHORT, findPerson, findPersonByRole, nameWordsOf, peopleByRole, peopleNamedIn, textMentions, words as textWords } from './names.js';
import { SentenceIndex, contentTerms, stem } from './retrieve.js';
import { countWords, escapeRegExp, QUOTATION, unquoted } from '../extract/tokens.js';
import { COUNT_WORD, NUMBER_WORD, ORDINAL_WORD, parseCount } from '../extract/numbers.js';
import { BARE_ANSWER_LABEL, insideQuote, opensWithLabel, quotesBalanced } from '../extract/compress.js';
import { ATTRIBUTION_VERB } from '../extract/lexicon/verbs.js';
import { isTitleHead, isTitleWord, singularOf } from '../extract/lexicon/titles.js';
import { HELD_ONLINE, placeInEventName } from '../extract/event.js';
import {
  CLOCK_TIME,
  CURRENCY_NOUN,
  CURRENCY_SUM,
  HOLDS,
  FUTURE,
  MEETING_AGREED,
  HOW_REACTED,
  MONEY_BEFORE,
  TALLY_IN_WORDS,
  asksAboutFuture,
  otherOutcome,
  onlyUnrealised,
  pastVerbKeys,
  countsNoun,
  coverage,
  formsOf,
  hasTerm,
  hasType,
  keyTerms,
  type AnswerType,
  COMPANY_KINDS,
  PLACING_QUESTION,
  spelledOutName,
  termsOfKey,
  NO_DATE_YET,
  BODY_KINDS,
  writesBodyKind,
  voteSide,
} from './support.js';

const DEMONYMS = new Map(COUNTRIES.map((c) => [c.name, [...c.names, ...c.demonyms]]));
const demonymsOf = (country: string) => DEMONYMS.get(country) ?? [];

export interface Answer {
  question: string;
  answered: boolean;
  answer: string;
  evidence: string[];
}

export const MAX_QUESTION_CHARS = 500;

const SPEECH =
  /\b(said|says|say|saying|accusing|told|tell|according to|stress\w*|not(?:e|es|ed|ing)|urg\w*|call\w* for|express\w*|confirm\w*|stated|statements?|add(?:s|ed|ing)?|emphasi\w*|underlin\w*|propos\w*|put forward|believ\w*|hop\w*|warn(?:s|ed)?|warning that|point\w* out|insist\w*|agree\w*|welcom\w*|describ\w*|thank\w*|prais\w*|repl(?:y|ies|ied|ying)|answer\w*|recall\w*\s+(?:that|how|when|what|the day)|argu\w*|pledg(?:ed|es|ing)|vow\w*|promis\w*|acknowledg\w*|apologi[sz]\w*|conced\w*|condemn\w*|explain\w*|declar\w*|reiterat\w*|back(?:ed|s)|support(?:ed|s)|oppos(?:ed|es)|reject(?:ed|s)|endors(?:ed|es)|announc(?:ed|es|ing)|rais(?:ed|es)\s+concerns?)\b/i;
/** What a sentence tells as still to come: in the future, as what must, may or could be ("a new chair must be chosen
 * within 60 days", "the talks could be moved to Quito"), as expected ("expect the sale to close by June", "a ruling is expected
 * in May", "a verdict is expected at the autumn sitting"), as decided for a day to come ("voted 7-4 to close the unit from 1
 * September"), or as not yet done ("has yet to name a date"). */
const STILL_AHEAD = new RegExp(
  `${FUTURE.source}|\\b(?:must|could|may|might)\\s+(?:still\\s+)?be\\b|\\bexpects?\\s+(?:\\S+\\s+){0,3}?to\\b|\\b${EXPECTED_AT}\\b|\\b(?:voted|decided|agreed)\\s+(?:\\S+\\s+){0,4}?to\\s+(?!be\\b)[a-z]+\\b[^.;]{0,160}?\\b(?:from|on|by)\\s+(?:\\d{1,2}\\s+)?${FULL_MONTH}\\b|\\b(?:not yet|yet to)\\b`,
  'i',
);
/** A where-question's closing verb: "Where will the cuts fall?" → "fall". */
const WHERE_VERB = /^[Ww]here\s+(?:will|would|did|does|do|is|are|was|were|has|have|had|can|could|should)\s+[^?]*?\s(\p{Ll}{3,})\s*\??$/u;
/** A place right after the verb: "in Europe", "to Lima", "across the north". */
const PLACED_AFTER = String.raw`(?:in|at|to|across|throughout|near|into|outside)\s+(?:the\s+)?\p{Lu}`;
/** Right after a name, an age set off ("Tom Vale, 51,"); then a clause of "who" or "whose" up to its closing comma or the
 * sentence's end. */
const AGE_AFTER_NAME = /^,\s+\d{1,3}(?=,)/;
const WHO_AFTER_NAME = /^,\s+(?:who|whose)\s[^,;"“”]{1,160}?(?=,\s|[.!;]?$)/;
/** Right after a name, its own attribution: " said", ", 58, told", ", the judge, said", " of the city court said", " opened the
 * session and said", " of the Lima party thanked her on air and said", " passed on a letter from the king to the mayor and
 * said"; or after the comma that closes the appositive
 * the name is ("Vale's lawyer, Ivo Kant, said"); or with the others of a list of names who say it with them ("Ana Roy
 * and Tom Vale, argued"). */
const SPEAKS_AFTER_NAME = new RegExp(
  `^(?:,[^,;"“”]{1,80},|(?:(?:,|\\s+and)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})+,?|,|(?:\\s+(?:of|from|at)\\s+[^,;"“”]{1,50}?)?(?:\\s+\\p{Ll}[^,;"“”]{1,120}?\\s+and)?)?\\s+(?:also\\s+)?(?:${ATTRIBUTION_VERB})\\b`,
  'u',
);
/** Right after a name (and an aside set off after it), a charge or a demand they make: " accused the army of …", ", the
 * envoy, criticised …", " blamed …", " demanded …". */
const CHARGES_AFTER_NAME = /^(?:,[^,;"“”]{1,80},)?\s+(?:also\s+)?(?:accused|criticised|criticized|blamed|demanded)\b/u;
/** "…, according to three diplomats": the words are the diplomats', not the person's named before. */
const ACCORDING_TO = /\baccording to\s+[^,;.]{1,60}/gi;
/** The sentence without an attribution to someone other than the one whose name's words are given. */
function unattributed(text: string, nameWords: readonly string[]): string {
  if (!text.includes('ccording to')) return text;
  return text.replace(ACCORDING_TO, (m) => {
    const said = m.split(/[^\p{L}\p{N}'’.-]+/u);
    return nameWords.some((w) => said.includes(w)) ? m : ' ';
  });
}
/** How much of a sentence is quoted words, 0 to 1: a sentence that closes a quotation opened before it
 * ('… set a price," Mr Vale said.') counts from its start. */
function quotedShare(text: string): number {
  const marks = [...text.matchAll(/["“”]/g)].map((m) => m.index);
  if (!marks.length) return 0;
  const straight = (text.match(/"/g) ?? []).length;
  const opensBefore = text.indexOf('”') !== -1 && (text.indexOf('“') === -1 || text.indexOf('”') < text.indexOf('“'));
  let inside = opensBefore || (straight % 2 === 1 && !/^\s*"/.test(text)) ? 1 : 0;
  let quoted = 0;
  let from = 0;
  for (const at of [...marks, text.length]) {
    if (inside) quoted += at - from;
    inside = 1 - inside;
    from = at;
  }
  return quoted / text.length;
}

/** An office's head word, the last before any "of": "secretary" of "deputy secretary of the treasury", "minister" of
 * "foreign minister". */
function headOfOffice(office: string): string {
  return (
    office
      .split(/\s+of\s+/)[0]
      .split(' ')
      .at(-1) ?? office
  );
}
/** A person's offices that can stand for them in the text ("the home secretary"): two words or more, lower case, a former one
 * by the office itself ("former health minister" as "health minister"). */
const officesOf = (p: Person) => p.roles.map((r) => r.toLowerCase().replace(/^(?:former\s+|ex-)/, '')).filter((r) => r.split(' ').length >= 2);

/** What a question asks someone put forward, and how a sentence words putting something forward. */
const PUTS_FORWARD_VERB = /^.*?\b(?:propose|suggest|recommend|put forward)\b/i;
const PUTS_FORWARD = /\b(?:suggest\w*|propos\w*|recommend\w*|idea|urg\w*|call(?:s|ed)? for|set(?:s|ting)? out|ways to)\b/i;
/** A text put forward, as a sentence tells it: "tabled an amendment", "submitted a motion", "unveiled a plan". */
const TABLED = /\b(?:tabled|submitted|put forward|unveiled)\b/i;
/** What someone says should be done: "should", "must", "needed", "ought to", "has to"; not what was needed ("said the cuts
 * were needed to …") nor what one would need ("said Peru would need time"). */
const SHOULD_BE_DONE = /\b(?:should|must|ought to|(?<!\b(?:would|was|were)\s)(?:needs?|needed)|ha(?:s|ve|d) to)\b/i;
/** A verb inside what reads as a subject: "had", "was", "were", a past in "-ed". */
const VERB_IN_SUBJECT = /\b(?:\p{Ll}+ed|had|was|were)\b/u;
/** A sentence's subject, before its verb of putting forward: "The guild had proposed two options …". */
const PROPOSED_BY_SUBJECT = /^([^,;]{1,80}?)\s(?:has |have |had )?(?:proposed|suggested|recommended|put forward|tabled)\b/;
/** Putting a text forward by handing it over: "presented by", "was put forward by", "tabled", "handing the board". */
const HANDS_OVER = /\b(?:present(?:s|ed|ing)?|put forward|tabled|submitted|unveiled|hand(?:s|ed|ing)?)\b/i;

/** A word as an expression that reads its first letter in either case and the rest as written ("[Cc]ompany"). */
const eitherCase = (word: string) => `[${word.charAt(0).toUpperCase()}${word.charAt(0).toLowerCase()}]${escapeRegExp(word.slice(1))}`;

/** A sentence that tells what a body, not a person, put forward, by the first word of its name: "a proposal from the
 * operator, Halvex Lines, to raise fares", "Halvex's plan to …", "Halvex proposed …" (not "Halvex rejected a proposal from
 * the council"). */
function putForwardBy(text: string, who: string): boolean {
  return putForwardByWhom(who)?.test(text) ?? false;
}

/** The expression putForwardBy reads, built once for a name (null for a phrase with no name word); by its first word, or
 * whole (a country's form: "United Kingdom" is no "United States"). */
function putForwardByWhom(who: string, whole = false): RegExp | null {
  const first = whole ? who : nameWordsOf(who)[0];
  if (!first) return null;
  // (Its first letter in either case, the rest as the question has it: no case-blind match, so that "rejected the" is
  // no part of a name.)
  const name = String.raw`\b${eitherCase(first)}\b`;
  const thing = '(?:proposal|plan|suggestion|offer|bid|idea|recommendation|amendment|resolution)s?';
  return new RegExp(
    // ("An amendment tabled by Chile on fees", "The resolution, drafted by Peru and Bolivia, …".)
    String.raw`\b${thing},?\s+(?:(?:tabled|drafted)\s+)?(?:from|by)\s+[^.;"“”]{0,40}?${name}|${name}(?:\s+\p{Lu}[\p{L}-]*){0,2}['’]s\s+(?:[\p{L}-]+\s+){0,2}${thing}\b|${name}(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:(?:has|had|have)\s+)?(?:first\s+|also\s+)?(?:proposed|suggested|recommended|put forward)\b`,
    'u',
  );
}

/** Being there, as a question words it ("How many delegates attended?"). */
const ATTENDING = /\b(?:attended|attend|took part|take part|participated|participate|were present|turned out|came|were there)\b/i;

/** The words of a person's name a text may call them by alone ("Ana Roy" → "Ana", "Roy"; not an initial). */
const capitalisedWords = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}\p{L}/u.test(w));

/** A person's name as text writes it: two or more capitalised words ("Ana Roy"). */
const FULL_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+`;
/** A name of one word or more, a body's or a country's too: "Japan", "The European Union". */
const NAMED_RUN = String.raw`(?:\b[Tt]he\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]+){0,4}`;

/** An office's word as a text writes it, in either number or as the verb of what it does ("talks chaired by …", "groups
 * criticised the plan") and, for one in "-man" or "-person", of either sex or neither ("spokesman": "spokeswoman",
 * "spokespeople"). */
const officeWritten = (word: string) => {
  const base = word.replace(/(?:wo)?man$|person$/, '');
  const ending = base === word ? '(?:s|ed|i[sz]ed)?' : '\\p{L}*';
  return new RegExp(`\\b${escapeRegExp(base)}${ending}\\b`, 'iu');
};
/** How many of the people an office names are asked what they said, the first the text names ("What did the minister say?"). */
const SEVERAL_ASKED = 12;
/** Those whose words any office gives: "officials", "the authorities". */
const OFFICIALS = /^(?:officials?|authorit(?:y|ies))$/;
/** A body a question names in common words ("What did the bank say?", "Who leads the party?", "Did police arrest anyone?"),
 * its kind's word last ("the central bank"), in either number or as the owner of an office ("the bank's chief"), with
 * the word before it: after "to", "at", "in" … it may be a place, not a body ("Was anyone taken to the hospital?"). */
const BODY_KIND_ASKED = new RegExp(
  String.raw`(?<![\p{L}'’-])([\p{L}'’-]+)\s+((?:the\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(${BODY_KINDS.map((r) => r[0]).join('|')})s?|(police)))\b`,
  'gu',
);
/** Words after which a body's word may name a place: "taken to the hospital", "at the school", "on board". */
const PLACE_BEFORE = /^(?:to|in|at|from|near|outside|inside|into|on|onto|by|of|for|with|about|against|over|under|through|across|off|behind|within)$/i;
/** That someone would not comment: "did not respond", "could not be reached", "declined to comment", "refused to comment". */
const NOT_COMMENTING = String.raw`(?:did not|could not|would not)\s+(?:immediately\s+)?(?:respond|comment|be reached)|(?:declined|refused) to (?:comment|respond)`;
/** Words someone says, as reports attribute them ("said", "told", "according to", "criticised", "did not respond"). */
const SAYS = new RegExp(
  `\\b(?:${ATTRIBUTION_VERB}|according to|welcomed|critici[sz]ed|condemned|brought up|called (?:for|on)|urged|described|${NOT_COMMENTING})\\b`,
);
/** The words of a sentence say something of a body, by another: its first verb of saying comes after a subject of its own,
 * and the body is named after that verb, and only there ("The government said it would pay farmers"), or in a quotation.
 * The speaker's offset is given back, or -1. */
function saidOfThem(text: string, bodyWords: string): number {
  // (Quotations blanked where they stand: "'Farmers will pay,' the minister said" names them after no verb of its own.)
  const blank = text.replace(QUOTATION, (q) => ' '.repeat(q.length));
  const verb = SAYS.exec(blank);
  const body = new RegExp(`(?<!\\p{L})${bodyWords}(?!\\p{L})`, 'u');
  const quoted = (text.match(QUOTATION) ?? []).join(' ');
  if (!verb || body.test(blank.slice(0, verb.index)) || !(body.test(quoted) || body.test(blank.slice(verb.index)))) return -1;
  // (Not one whose words the body is the subject of, as its minister or its chair speaks for it: "The minister said the
  // government would …", "The chair told the meeting that the board had …", "… welcomed the vote and said the government
  // …"; nor one that gives the body as the source: "…, according to the state gas company".)
  const after = blank.slice(verb.index + verb[0].length);
  return new RegExp(`^(?:\\s+[^;]{0,80}?\\s+(?:that|said))?\\s+(?:[\\p{L}-]+\\s+){0,3}${bodyWords}(?!\\p{L})`, 'u').test(after) ? -1 : verb.index;
}
/** A figure a company reports: "reported revenue of …", "reported a net loss". */
const FIGURES_REPORTED = /\breported\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?(?:revenues?|sales|profits?|loss(?:es)?|earnings|turnover)\b/iu;
/** A body's verb of saying, after it: " said", " also announced". */
const BODY_SAYS = String.raw`\s+(?:also\s+)?(?:said|says|told|added|stated|announced|urged|warned)\b`;
/** Those who speak as a group, named with no article: "Prosecutors in Lima said …", "…, police said." */
const SPEAKING_GROUPS = 'police|prosecutors|officials|investigators|authorities|witnesses|residents|doctors|rescuers|analysts|critics';
/** A sentence whose words a body gives, named in common words: "The growers' union, Halvex, said …", "…, the company
 * said.", "The Lima Press Institute urged the mayor …", "Prosecutors in Lima said …". */
const SAID_BY_A_BODY = new RegExp(
  String.raw`(?:^|,\s+)(?:(?:the|a|an)\s+[^,;"“”]{1,60}?(?:,\s+[^,;"“”]{1,40},)?|(?:${SPEAKING_GROUPS})(?:\s+(?:in|of|from|at)\s+[^,;"“”]{1,40}?)?)${BODY_SAYS}`,
  'i',
);
/** A sentence that opens with a pronoun's words: "He said the panel had split 4-3, with Tom Vale …" is not Vale's. */
const PRONOUN_SAID = new RegExp(`^(?:He|She|They)\\s+(?:also\\s+)?(?:${ATTRIBUTION_VERB})\\b`);
/** A body that speaks, with a clause of its own set off after it: "The Lima chamber, which backs Roy, said …". */
const BODY_WHICH_SAID = new RegExp(String.raw`^(?:The|A|An)\s+[^,;"“”]{1,60}?,\s+(?:which|that)\s+[^,;"“”]{1,80},${BODY_SAYS}`);
/** A pronoun that speaks, opening a paragraph: "He promised to …", "She said …". */
const PRONOUN_SPEAKS = new RegExp(`^(?:He|She)\\s+(?:also\\s+)?(?:${ATTRIBUTION_VERB}|promised|pledged|vowed|urged|warned|insisted|argued)\\b`);
/** A sentence that opens with "He" or "She" and goes on in lower case: "She is the first woman to …". */
const PRONOUN_OPENS = /^(?:He|She)\s+\p{Ll}/u;
/** Right after a name, that they would not comment: " did not respond to a request for comment", ", who took the post in 2019,
 * declined to comment", "'s spokesman could not be reached", and after an office's name set off, ", did not comment". */
const NO_COMMENT_AFTER = new RegExp(String.raw`^(?:['’]s\s+(?:\p{Ll}+\s+){1,2}|,\s+(?:who|which)\s+[^,;]{1,80},)?,?\s*(?:${NOT_COMMENTING})\b`, 'u');
/** A quotation attributed to a pronoun: '"…," she told the chamber.', '"…," he added.' */
const QUOTE_BY_PRONOUN = new RegExp(`^["“][^"”]+[,.?!]["”]\\s+(?:he|she|they)\\s+(?:${ATTRIBUTION_VERB})\\b`);

/** A question's word for the items of a list, one of the nouns proposals are counted in: "motions", "priorities". */
const ITEM_WORD = new RegExp(`\\b(${itemNounPattern()})s?\\b`, 'i');
/** A standing chair of a body, in the present: "who chairs the remuneration committee", "who chairs the Alliance of Lima
 * Islands". */
const CHAIRS_BODY =
  /\b(?:chairs|chairing)\s+(?:the|its|a)\s+((?:[\p{L}'’-]+\s+){0,3}?(?:committee|board|council|panel|commission|group|party|caucus|subcommittee|trust|foundation|alliance|association|union|federation|coalition|network|bloc|league|organi[sz]ation|society|institute))\b/iu;
/** An event called by a body: "The conference was convened by the Lima Relief Alliance". */
const CONVENED_BY = /\b(?:convened|organi[sz]ed|called|hosted)\s+by\b/i;
/** The stems of the verbs of running an event, as a question's key terms give them ("presid", "chair", "host"). */
const PRESIDING_STEM = /^(?:presid|chair|co-chair|host|co-host|lead|led|conven|open|moderat|organi[sz]|mediat|facilitat|head$)/;
/** An event no one chairs: "press conference", "news briefing". */
const PRESS_EVENT = /\b(?:press|news|media)\s+(?:conference|briefing|event)|\bbriefing\b|\blaunch\b/i;
/** A body that sits, named in a chair's title: "the committee's chair", "board chair". */
const SITTING_BODY = /\b(?:committee|board|council|panel|commission|assembly|court|bench|jury|tribunal|inquiry|session|meeting|conference|caucus)\b/i;
/** The name a question asks of, whole: "Who leads the Lima Democratic Party?" */
const PROPER_OBJECT = /^[Ww]ho\s+\S+\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}'’-]*){0,5})\s*\??$/u;
/** An office that heads a body: "union president", "chief executive", "party leader", a union's "secretary" (not a
 * company's or a minister's). */
const HEAD_TITLE =
  /\b(?:president|leader|head|chair|chairman|chairwoman|chairperson|chief executive|CEO|general secretary|secretary-general|director-general|executive director|managing director|boss|founder|(?:union|national) secretary)\b/i;
/** An office asked of as its body's leader: "union's leader", "party's head". */
const LEADER_OF = /^(\p{Ll}[\p{Ll}\s'’-]*?)['’]s\s+(?:leader|head|boss)$/u;
/** "Who will lead the company?", "Who will run the bank?": the chief executive to come asked of in other words. */
const WHO_WILL_LEAD = /^who\s+will\s+(?:lead|run|head)\s+(?:the\s+)?(?:company|firm|group|bank)\b/i;
/** The chair's title alone: "Chair", "chairwoman", not "chair of the audit committee". */
const CHAIR_ALONE = /^(?:co-)?chair(?:man|woman|person)?$/i;
/** A title that makes someone the chair of a body or a meeting: "Chair", "board chair", "chairwoman". */
const CHAIR_TITLE = /^(?:[\p{L}'’-]+\s+)?(?:chair|chairman|chairwoman|chairperson|co-chair)\b/iu;

/** A place or country that will host what comes next: "Japan would host the next summit". */
const NEXT_TERMS = new Set(['next', 'upcoming'].map(stem));
// ("welcomed Ecuador's offer to host the fifth meeting in Quito" too; and, told the other way round, "the fourth round is to be
// hosted by Chile".)
const HOSTS_NEXT =
  /\b\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:will|would|is to|is due to|is set to)\s+(?:also\s+)?host\b|\b\p{Lu}[\p{L}'’.-]*['’]s\s+(?:offer|invitation|bid)\s+to\s+host\b|\b(?:will|would|is to|is due to|is set to)\s+be\s+hosted\s+by\s+(?:the\s+)?\p{Lu}/u;

/** How many sentences are read for a key term in another form: a bound on hostile, very long texts. */
const MAX_FORM_SCAN = 2000;

/** An event people gather at: a count of people elsewhere in its report is no count of who was there. */
const GATHERING = /\b(?:summit|meeting|conference|congress|session|talks|forum|assembly|hearing|rally|convention|ceremony|festival)\b/i;
/** Who a crowd is made of, and a sentence that counts a crowd ("The attendance was 41,200", "a crowd of 3,000"). */
const CROWD_NOUN = /^(?:people|persons|spectators|fans|visitors|supporters|attendees)$/i;
/** Words that put a counted crowd at the event ("packed the hall", "addressing 600 delegates", "won 1-0 in front of 41,000
 * fans", "40,000 fans watched the final", "150,000 people had taken part"), not elsewhere ("were affected", "watched the
 * final on television"). */
const BEING_THERE =
  /\b(?:attend\w*|(?:took|taken) part|participat\w*|turned out|packed|crowded|crammed|squeezed|flocked|filled|gathered|address(?:ed|ing)|joined|came|were present|watched (?:at|in|from)|watched the (?:[a-z-]+ )?(?:match|game|final|semi-final|race|fight|bout|concert|show|parade|ceremony|derby|tie)\b(?![^.;]{0,40}\b(?:on (?:television|TV|screens?)|online|streams?|broadcast|at home)\b)|looked on|in front of)\b/i;
const ATTENDEES =
  '(?:people|persons|delegates|participants|residents|members|guests|attendees|spectators|fans|visitors|supporters|parents|students|workers|farmers)';
const CROWD_COUNT =
  /\b(?:attendance|crowd|turnout|audience)\b(?:\s+(?:was|of|at|reached|numbered|stood at|totalled|totaled|topped|of about|of some|of more than|of over))+\s+(?:about\s+|some\s+|more than\s+|over\s+|nearly\s+|almost\s+)?\d[\d,.]*(?![\d,.]|\s*(?:%|per ?cent|percent))/i;

const MEETING = /\b(met|meet\w*|talks?|held talks|bilateral|(?:spoke|talked|speaks) (?:\w+ ){0,3}?with|conferred)\b/i;
/** Nouns that name an event. */
const EVENT_NOUNS = new Set(
  // A sporting fixture is the reported event too ("When is the match?" of a preview).
  [
    'meeting',
    'summit',
    'conference',
    'congress',
    'talks',
    'session',
    'forum',
    'dialogue',
    'gathering',
    'assembly',
    'hearing',
    'convention',
    'symposium',
    'match',
    'game',
    'fixture',
  ].map((w) => contentTerms(w)[0] ?? w),
);
/** "meeting", as the question's words read it: a gathering of any name. */
const MEETING_TERM = contentTerms('meeting')[0];
/** An event named by a plural noun, with what follows it: "The indirect talks were held in Lima.", "The talks between Peru and
 * Chile were held in Lima." */
const PLURAL_EVENT =
  /\b(?:talks|negotiations|consultations|hearings|meetings|games|olympics|awards|championships)(?:\s+(?:between|of|with|on|among|over|about|for)\b.*)?$/i;

/** Words that refer to the reported event itself ("Where was the meeting held?"): its nouns, and how it is spoken of. */
const EVENT_WORDS = new Set([
  ...EVENT_NOUNS,
  // ("When did it happen?", "Where did it take place?": the reported event, in the words for any.)
  ...['talk', 'event', 'it', 'they', 'open', 'begin', 'start', 'end', 'close', 'play', 'kick', 'happen', 'occur', 'take', 'place'].map(
    (w) => contentTerms(w)[0] ?? w,
  ),
]);

/** "Where did it happen?", "… take place?", "… occur?": the news itself, wherever it was. */
const HAPPENED = /\b(?:happen(?:ed|s)?|occur(?:red|s)?|take place|took place|takes place)\b/i;
/** A place a sentence puts something in: "in Lima", "near the Andes" (not "in Sunday's election", "in March"). */
const IN_A_PLACE = new RegExp(`\\b(?:in|at|near|outside)\\s+(?:the\\s+)?(?!(?:${WEEKDAY}|${FULL_MONTH})\\b)\\p{Lu}\\p{L}+`, 'u');

/** The verb of a question put with an auxiliary and a pronoun for its subject: "When did she die?" → "die". */
const QUESTION_VERB = /^(?:when|where|why|how)\s+(?:did|does|do|has|have|had|will|would)\s+(?:he|she|they|it|we)\s+(\p{L}+)/iu;

/** Compact description: "Arjun Rao: National Security Adviser, India". */
export function describe(p: Person): string {
  const parts = [p.roles.join('; '), p.affiliation].filter(Boolean);
  return parts.length ? `${p.name}: ${parts.join(', ')}` : p.name;
}

/** Things a text gives an age to, as it does people: "the 90-year-old firm", "How old is the bridge?". */
const AGED_THINGS =
  'firm|company|business|group|brand|building|bridge|church|house|tree|tradition|institution|club|ship|vessel|plane|car|plant|mine|school|university|museum|newspaper|shop|store|hotel|festival|treaty|agreement|party|organi[sz]ation|dispute|conflict|war|system|network|line|railway|road|law|record|case|rule|ban|villa|castle|temple|tomb|palace|ruins|painting|manuscript|skeleton|fossil';

/** A count of a span's units, in figures or words: "six hours", "several weeks", "two and a half days", "a 211-page",
 * "2.4 million hours". */
const spanOf = (units: string) =>
  String.raw`\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few|a|an)[\s-]+(?:(?:and a half|more|full|thousand|million|billion)[\s-]+)?(?:${units})\b`;
/** The units of a span of time. */
const TIME_UNITS = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?';
/** The units of a thing's length (a document's, in pages). */
const LENGTH_UNITS = 'kilomet(?:re|er)s?|km|(?:centi|milli)?met(?:re|er)s?|cm|mm|inch(?:es)?|yards?|miles?|feet|foot|pages?';
/** A length: "the 18-kilometre road", "about 3 centimetres long". */
const LENGTH = new RegExp(spanOf(LENGTH_UNITS), 'i');
/** "How long is the bridge?", "How long was the route?": a thing's length, asked as a span of time may be ("How long is the
 * strike?"). */
const THING_LENGTH_QUESTION = /^how long\s+(?:is|was|are|were|will be)\s+(?:the|this|that|its|their)\s+[\p{L}\d' -]+\??$/iu;
/** A span told by its ends: "from March to June". */
const FROM_TO = String.raw`\bfrom\s+[^\s,;]+\s+(?:to|until)\s+\S`;
/** What a span runs until, after its "until": "at least Friday", "mid-October", "the end of March", "next year". */
const UNTIL_WHEN = String.raw`(?:at least\s+)?(?:the\s+)?(?:(?:mid|early|late)-?\s*|end of\s+)?(?:${FULL_MONTH}|${WEEKDAY}|next|spring|summer|autumn|fall|winter|\d)`;

/** Questions of a measure that only its own kind of figure answers, each a row: what it asks, the answer's type, the
 * figure that fits, and (`unkeyed`) the question's word for the measure that the text need not use ("What was the wind
 * speed?" of "gusts reached 180 km/h"). */
const MEASURES: ReadonlyArray<{ asks: RegExp; type: AnswerType; fits: RegExp; unkeyed?: RegExp; example: string }> = [
  {
    // An age as reports give it, not any span of years.
    asks: /^how old\b/i,
    type: 'number',
    // (An obituary's "She was 91." too.)
    // (Not a thing's age: "the 90-year-old firm".)
    fits: new RegExp(
      String.raw`\b(?:aged\s+\d{1,3}\b|\d{1,3}-year-old\b(?!\s+(?:[\p{Ll}-]+\s+)?(?:${AGED_THINGS})s?\b)|at the age of \d{1,3}\b|(?:died|dies) at \d{1,3}\b)|\p{Lu}[\p{L}'’-]+,\s+\d{1,3}(?:,|\s+and\s)|^(?:He|She) was \d{1,3}\.$`,
      'u',
    ),
    example: 'How old is Roy? → "Roy, 41, a two-time champion, won …", "Roy, 23 and seeded fifth, …"; How old was she? → "has died at the age of 88"',
  },
  {
    // A size: a sum, a share or a count of things, not a span of time ("doubled within three years").
    asks: /^how (?:big|large|small)\b/i,
    type: 'amount',
    fits: new RegExp(
      // ("a 400-megawatt wind farm", "a 15-inch screen": a unit joined to its figure too.)
      String.raw`${MONEY_BEFORE}|\b\d[\d,.]*\s*%|\b\d[\d,.]*(?:\s*|-)(?:per cent|percent|million|billion|thousand|crore|hectares|acres|square|km|kilomet(?:re|er)s?|met(?:re|er)s|tonnes|tons|barrels|people|members|staff|employees|officers|troops|soldiers|seats|beds|homes|(?:kilo|mega|giga)watts?|[kMG]W|inch|inches|cm|centimet(?:re|er)s?|mm)\b` +
        // (… or a size against another thing's: "twice the size of the old port", "half the size of Lima".)
        String.raw`|\b(?:twice|half|(?:three|four|five|ten|\d+(?:\.\d+)?) times)\s+(?:the\s+)?(?:size|mass|area|width|height|length)\s+of\b`,
      'i',
    ),
    example:
      'How big is the fund? → "a joint fund of $200 million"; How big is the wind farm? → "the 400-megawatt wind farm"; How big is the reservoir? → "twice the size of the old one"',
  },
  {
    // A span of time, or of a thing its length; not any amount.
    asks: /^how long\b/i,
    type: 'amount',
    fits: new RegExp(
      String.raw`${spanOf(`${TIME_UNITS}|${LENGTH_UNITS}`)}|${FROM_TO}|\b(?:last|run|continue|go on|stay|remain|be)(?:\s+(?:in\s+(?:place|force|effect)|closed|shut|open|suspended|offline|in custody))?\s+(?:until|till|into)\s+${UNTIL_WHEN}` +
        // (… or the span since a year it began: "jailed since 2019", "in office since March 2021"; since a month or a day only
        // of a state that has lasted, "has been in office since March", not "Its output since March was revised".)
        String.raw`|\bsince\s+(?:(?:early|late|mid)-?\s*)?(?:${FULL_MONTH}\s+)?(?:19|20)\d\d\b` +
        String.raw`|\b(?:has|have|had)\s+been\s+(?:[\w-]+\s+){0,3}since\s+(?:(?:early|late|mid)-?\s*)?(?:${FULL_MONTH}|${WEEKDAY})\b`,
      'i',
    ),
    example:
      'How long did the outage last? → "the six-hour outage"; How long is the agreement? → "the 211-page agreement"; How long is the beetle? → "about 3 centimetres long"; How long could talks last? → "could last until mid-October"; How long will the road be closed? → "will stay closed until at least Friday"; How long was Roy held? → "who had been jailed since 2019"',
  },
  {
    // A price or a value: a sum of money, not any number ("the third of this year's prizes"); a pay rise is a share.
    // (Money asked for by its name too: "How much money?" is no "two hours".)
    asks: /^how much\b.*\b(?:worth|cost|costs|price|pay(?!\s+(?:rise|increase|cut|deal|offer|award|claim|freeze))|paid|spend|spent|money|cash|funding|funds?)\b/i,
    type: 'amount',
    fits: new RegExp(String.raw`${MONEY_BEFORE}|\b\d[\d,.]*\s*(?:million|billion|thousand|trillion|m|bn)?\s*(?:[\p{L}]+\s+)?${CURRENCY_NOUN}\b`, 'iu'),
    example: 'How much is the prize worth? → "the 11 million Swedish crown ($1.1 million) prize"',
  },
  {
    // A speed or a force, in its units: a wind's, a storm's, an earthquake's magnitude.
    asks: /^how (?:strong|fast|powerful)\b|^what (?:is|was|are|were) the (?:[\p{L}-]+\s+){0,2}speeds?\b/iu,
    type: 'amount',
    unkeyed: /\bspeeds?\b/i,
    // ("How fast is the app?": the time it takes, in the small units of a machine's speed: "replies take 12 milliseconds".)
    fits: /\b\d[\d,.]*\s*(?:km\/h|kph|mph|knots|(?:kilomet(?:re|er)s|miles|met(?:re|er)s) (?:per|an) (?:hour|second)|milliseconds?|ms\b|microseconds?|nanoseconds?)|\bmagnitude[\s-]+\d|\b\d(?:\.\d)?[\s-]+magnitude\b|\bcategory[\s-]+\d/i,
    example:
      'How strong were the gusts? → "Gusts of up to 140km/h"; How strong was the quake? → "A magnitude 6.8 earthquake"; How fast is it? → "take 40 milliseconds"; What was the wind speed? → "gusts reached 180 km/h"',
  },
  {
    // Rain or snow, in its depth.
    asks: /^how much (?:rain|rainfall|snow|snowfall)\b/i,
    type: 'amount',
    // (… "expected" of what a forecast gives: "forecast 250 mm of rain".)
    unkeyed: /\b(?:expected|forecast|predicted)\b/i,
    fits: /\b\d[\d,.]*[\s-]*(?:mm|millimet(?:re|er)s?|cm|centimet(?:re|er)s?|inches)\b/i,
    example: 'How much rain is expected? → "forecast 250 mm of rain"',
  },
  {
    // A height, in its units or storeys ("How high is inflation?" asks a rate, so only "tall").
    asks: /^how tall\b/i,
    type: 'amount',
    fits: /\b\d[\d,.]*[\s-]*(?:met(?:re|er)s?|m|feet|foot|ft|stor(?:ey|ie)s?|stor(?:ey|y))\b/i,
    example: 'How tall is the mast? → "the 120-metre mast"; How tall is the tower? → "a 32-storey tower"',
  },
  {
    // A level or a depth in its units ("How high did the river rise?" → "peaked at 5.2 metres"), or a rate ("How high is
    // inflation?" → "3.1%").
    asks: /^how (?:high|deep)\b/i,
    type: 'amount',
    fits: /\b\d[\d,.]*[\s-]*(?:met(?:re|er)s?|m|feet|foot|ft|km|kilomet(?:re|er)s?|cm|centimet(?:re|er)s?|%|per cent|percent)(?![\p{L}])/iu,
    example: 'How high did the river rise? → "The river peaked at 5.2 metres"; How deep was the quake? → "at a depth of 10 km"',
  },
  {
    // A distance, in its units ("How far did the carriages fall?" → "fell about 15 metres").
    asks: /^how far\b/i,
    type: 'amount',
    fits: new RegExp(String.raw`${spanOf(LENGTH_UNITS)}|\b\d[\d,.]*\s+light[\s-]years?\b`, 'i'),
    example: 'How far did the carriages fall? → "fell about 15 metres"; How far away is the planet? → "48 light years from Earth"',
  },
  {
    // A temperature, in degrees.
    asks: /^how (?:hot|cold|warm|cool)\b/i,
    type: 'amount',
    fits: /\d\s*(?:°|degrees?\b)/i,
    example: 'How hot is the planet? → "an estimated surface temperature of 42 degrees Celsius"',
  },
  {
    // A weight, in its units; "heavy" and "weigh" are no words the text must use.
    asks: /^how heavy\b|^how much (?:does|did|do|will)\b.*\bweigh\b|^what (?:does|did|do)\b.*\bweigh\b/i,
    type: 'amount',
    fits: /\b\d[\d,.]*[\s-]*(?:tonnes?|tons?|kg|kilo(?:gram)?s?|pounds|lb|grams?)\b/i,
    example: 'How heavy is the probe? → "the 5.9-tonne probe"',
  },
];

/** "How many people …": people are counted under many names ("a study of 160,000 adults", "1,200 residents"). */
const PEOPLE = /^(?:people|person)$/i;
const PEOPLE_COUNTED =
  '(?:people|persons?|adults|children|residents|patients|participants|individuals|volunteers|civilians|viewers|spectators|visitors|passengers|users|guests|staff|workers|employees|students|tourists|travell?ers|fans|voters|migrants|refugees|men|women|boys|girls|teenagers|youths|suspects|protesters|demonstrators|officers|soldiers|troops|firefighters|miners|crew members|climbers|hikers|drivers|pilots|doctors|nurses|teachers|journalists|prisoners|hostages|victims|survivors|customers|shoppers|delegates)\\b';

/** A sentence whose subject is a pronoun, after an opening clause or not: "Its result is due …", "If passed, it would …". */
const PRONOUN_SUBJECT =
  /^(?:(?:If|When|Once|After|Unless|Until)\b[^,;]{0,60},\s+)?(?:its|their|it|they|the (?:company|firm|group|exchange|bank|carrier|airline|operator|lender|insurer|retailer|carmaker|startup|developer)(?:['’]s)?)\s/i;
/** A value as reports word it: "valued at", "valuing it at", "worth", "a valuation of". */
const VALUED = /\b(?:valued at|valuing|worth|valuation)\b/i;
/** A sentence whose subject is the company the report is about, by that word: "The company raised its forecast …", "The
 * company, valued at $3 billion, posted a loss …". */
const THE_COMPANY_SUBJECT = /^(?:(?:If|When|Once|After|Unless|Until)\b[^,;]{0,60},\s+)?the (?:company|firm)[\s,]/i;
/** "The companies expect it to close in May": what "it" is that is expected, the sentence before names. */
const PRONOUN_EXPECTED = /^[^,;"“”]{0,60}\b(?:expects?|expected|wants?|wanted|hopes?|hoped|believes?|believed|needs?|needed)\s+(?:it|them)\s+to\s/i;
/** A verb closing a sentence with its object left to the sentence before: "The board said it would not pay.", "The club
 * refused to comment." (what it would not pay, the sum the sentence before demanded), "Peru and Chile reject it.". */
const OBJECT_BEFORE = /\b(?:(?:would|will|could|can|did|does|do|should|must|to)\s+(?:not\s+|never\s+)?\p{Ll}+|\p{Ll}+\s+(?:it|them))\.$/u;
/** "How many work at the plant?", "How many people does it employ?", "How many are employed there?". */
const WORKFORCE_QUESTION = /^how many\s+(?:people\s+|staff\s+|workers\s+)?(?:work|are employed|does\s+(?:it|the\s+\p{L}+)\s+employ)\b\s*/iu;
/** A workforce counted: "employs 2,300 people", "a workforce of 1,200", "has 800 staff". */
const EMPLOYS =
  /\b(?:employs|employing|employed|workforce of|staff of)\s+(?:about\s+|around\s+|some\s+|more than\s+|nearly\s+|almost\s+)?\d|\b\d[\d,]*\s+(?:people|staff|workers|employees)\s+(?:work|are employed)\b/i;
/** Right after a name: a ruling of theirs ("… ruled that", "… found that"). */
const RULES_AFTER_NAME = /^\s+(?:ruled|found|held|concluded)\s+that\b/;
/** Someone of theirs speaking: "His lawyers said …", "Her spokesman told …", or one named by whose they are: "Vale's lawyer,
 * Ivo Kant, said …", "Mr Vale's wife, Ana, said …" (the owner, captured, is the one they speak for). */
const THEIRS_SAID =
  /^(?:His|Her|Their|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(\p{Lu}[\p{L}'’-]*?)['’]s)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:,\s+([^,;"“”]{1,60}),)?\s+(?:said|says|told|added)\b/u;
/** The sentence opens with the words of someone of p's ("His lawyers said …", "Vale's lawyer, Ivo Kant, said …"); not p's own,
 * set off after their office ("His counterpart, Tom Vale, said …" is Vale's). */
const theirsSaid = (text: string, p: Person) => {
  const m = THEIRS_SAID.exec(text);
  if (!m) return false;
  const words = capitalisedWords(p.name);
  return !words.some((w) => m[2]?.includes(w)) && (!m[1] || words.includes(m[1]));
};
/** "When did the plant open?", "When was the bridge built?", "When did Ana Roy die?", "When was she born?": the verb closing the
 * question. (A name is capitalised: no case-blind flag, under which a capital's class takes any letter.) */
const LAST_VERB_QUESTION =
  /^[Ww]hen\s+(?:did|was|were)\s+(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[\p{L}' -]+?|he|she|it|they|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(\p{L}{3,})\??$/u;
/** A sentence about an earlier thing of the news's kind: "A previous ceasefire …", "The last strike …", "An earlier plan …". */
const PREVIOUS_ONE = /^(?:A|An|The|Its|Their)\s+(?:previous|earlier|last|prior)\s/;
/** A sentence that opens with another of its kind than the news's: "A separate proposal …", "Another motion …". */
const ANOTHER_ONE = /^(?:(?:A|An)\s+(?:separate|second|different)|Another)\s/;
/** A question of another of its kind: "Was another proposal approved?", "Was the second motion passed?". */
const ANOTHER_ASKED = /\b(?:another|separate|second|different)\b/i;
/** "How effective is the drug?", "How well does it work?", "Does the treatment work?", "Did it work?". */
const WORKS_QUESTION = /^(?:how\s+effective\b|(?:how\s+well\s+)?(?:does|do|did|will|has)\s+(?:it|they|the\s+[\p{L}-]+)\s+work(?:ed)?\b)/iu;
/** A trial's or a study's result as a share: "In a trial of 300 adults, 55% of those given the pill …", "cut infections by
 * 30 per cent compared with a placebo". */
const RESULT_TOLD =
  /\b(?:trial|study|tests?)\b[^.;]{0,120}?\d+(?:\.\d+)?\s*(?:%|per cent|percent)|\d+(?:\.\d+)?\s*(?:%|per cent|percent)[^.;]{0,120}?\bcompared (?:with|to)\b/i;
/** "Who was behind the attack?", "Who is responsible for the hack?", "Who carried out the raid?" (what is asked of follows). */
const RESPONSIBLE_QUESTION = /^who\s+(?:(?:was|is|were|are)\s+(?:behind|responsible for)|carried out|claimed)\b/i;
/** Who a text says did it: "has claimed responsibility", "were behind the attack", "is believed to be behind it", "carried out by". */
const RESPONSIBILITY_TOLD =
  /\bclaimed responsibility\b|\b(?:was|were|is|are)\s+(?:(?:believed|thought|suspected)\s+to\s+(?:be|have been)\s+)?behind\b|\bcarried out by\b/i;
/** "The party, led by …": a body the sentence before names, as the subject of who leads it. */
const BODY_SUBJECT = /^the (?:party|union|coalition|alliance|bloc|movement)\b/i;

/** "Which countries signed?": answered best by the sentence that names them. */
const WHICH_COUNTRIES = /^which (?:countries|nations|states)\b/i;

/** A question about what was not done. */
const NEGATION = /\b(?:not|n't|never|no|declin\w*|refus\w*|fail\w*|reject\w*)\b/i;
/** A state a yes-or-no question asks of, the word it is asked again with, and how a text gives its opposite. */
const OPPOSITE_STATES: ReadonlyArray<[string, string, RegExp]> = [
  ['open', 'closed', /\b(?:closed|shut)\b/i],
  ['closed', 'open', /\b(?:open|reopen(?:ed|s)?)\b/i],
  ['allowed', 'banned', /\b(?:banned|barred|forbidden|prohibited)\b/i],
  ['binding', 'non-binding', /\bnon-?binding\b/i],
  // ("Was the bridge safe?" of "… the bridge was unsafe", "Was the law constitutional?" of "… ruled it unconstitutional".)
  ['safe', 'unsafe', /\bunsafe\b/i],
  ['legal', 'illegal', /\billegal\b/i],
  ['lawful', 'unlawful', /\bunlawful\b/i],
  ['fair', 'unfair', /\bunfair\b/i],
  ['constitutional', 'unconstitutional', /\bunconstitutional\b/i],
];

/** A figure's move, asked of the past ("Did profit rise?" of "profit fell 12%"), and its opposite: each row as above. (Not
 * of what is to come: "Will prices fall?" is no "No" because they rose last month.) */
const FELL = '(?:fell|fall(?:s|en|ing)?|dropped|slipped|slid)';
const ROSE = '(?:rose|ris(?:e|es|en|ing)|climbed|gained|jumped|increased)';
const LOST = '(?:lost|loses|losing)';
const WON = '(?:won|wins|winning|beat|beating|kept|keeps|retained)';
/** Beating a side, whose name follows: "beating Lima", "defeated the champion, Ana Roy". */
const BEATEN = '(?:beat|beating|defeated|defeating)';
const REJECTED = '(?:rejected|rejects|rejecting|voted down|turned down)';
const APPROVED = '(?:approved|approves|approving|backed|passed|adopted)';
const OPPOSITE_MOVES: ReadonlyArray<[string, string, string]> = [
  ['rise', 'fall', FELL],
  ['risen', 'fallen', FELL],
  ['fall', 'rise', ROSE],
  ['fallen', 'risen', ROSE],
  // ("Did the party keep its majority?" of "The party lost its majority", "Did Quito win?" of "Quito lost 3-0".)
  ['win', 'lose', LOST],
  ['won', 'lost', LOST],
  ['keep', 'lose', LOST],
  ['kept', 'lost', LOST],
  ['lose', 'win', WON],
  ['lost', 'won', WON],
  // ("Did voters approve the plan?" of "Voters rejected the plan", "Did the board reject it?" of "The board approved it".)
  ['approve', 'reject', REJECTED],
  ['approved', 'rejected', REJECTED],
  ['reject', 'approve', APPROVED],
  ['rejected', 'approved', APPROVED],
  // ("Was the proposal accepted?" of "The ministers rejected the proposal".)
  ['accept', 'reject', REJECTED],
  ['accepted', 'rejected', REJECTED],
];
const PAST_YES_NO = /^(?:did|has|have|had|was|were)\b/i;
/** The text gives the opposite where `given` finds it, in its own words: not denied ("The non-binding motion asks the board
 * not to …"), nor in a speaker's quotation marks ('"The mayor has lost her mandate," he said'). */
function givesOpposite(said: string, given: RegExp): boolean {
  const at = given.exec(said);
  return !!at && !NEGATION.test(said.slice(Math.max(0, at.index - 30), at.index)) && !insideQuote(said, at.index);
}
/** What moved, as the question names it right before the move: "Did profit rise?" → "profit". */
const MOVED = /(\p{L}{3,})\s+(?:rise|risen|fall|fallen|win|won|lose|lost|keep|kept|approve|approved|reject|rejected|accept|accepted)\b/iu;

/** A transcript's speaker label opening a paragraph: "Ana Roy: …", "A: …", "A (Roy): …". */
const SPEAKER_LABEL = /^(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|A(?:\s*\([^()]{1,40}\))?)\s*:\s+\S/u;

/** A sentence that says what was, or will be, discussed: "discussed the border", "was on the agenda", "with water prices at
 * the head of the agenda". */
const AGENDA_TOLD =
  /\b(?:discuss(?:ed|ing)|talked about|(?:was|were|is|are) on the agenda|agenda (?:included|covers|covered)|(?:at the )?(?:top|head) of (?:the|its|their) agenda|focused on|took up)\b/i;
/** A question about what was discussed ("What was discussed?", "What was on the agenda?", "What was the meeting about?"),
 * not one asking for the whole of the news ("What happened?", "Summarise the article"). */
const DISCUSSION_ASKED = /\b(?:discuss\w*|talk about|agenda|topics?|issues?|subjects?|focus|about)\b/i;

/** A pronoun standing where a question names a person. */
const PRONOUN = /^(?:he|she|they|him|her|them|it|his|hers|their)\b/i;

/** "he" or "she", in each of their forms: one person, whom a report about one person can only mean. */
const HE_FORMS = ['he', 'him', 'his'];
const SHE_FORMS = ['she', 'her', 'hers'];
const PERSONAL_PRONOUN = new RegExp(`^(?:${[...HE_FORMS, ...SHE_FORMS].join('|')})$`, 'i');
/** … as a question uses one: "How old was she?", "What was his age?". */
const PERSONAL_PRONOUN_IN = new RegExp(`\\b(?:${[...HE_FORMS, ...SHE_FORMS].join('|')})\\b`, 'i');
/** Every use of one of them in a text. */
const HE_IN = new RegExp(`\\b(?:${HE_FORMS.join('|')})\\b`, 'gi');
const SHE_IN = new RegExp(`\\b(?:${SHE_FORMS.join('|')})\\b`, 'gi');

/** A capitalised word: a name's, a body's (or a sentence's first). */
const CAPITALISED_WORD = /\p{Lu}[\p{L}'’.-]*/gu;

/** A question about a vote: its count may be in votes ("How many abstained?" → "12 abstentions"). */
const VOTING = /\b(?:vot(?:ed|ing|es?)|abstain(?:ed|ing)?)\b/i;

/** Every name a country goes by (not its demonyms): "UAE", "United Arab Emirates". */
const COUNTRY_NAME_FORMS = new Set(COUNTRIES.flatMap((c) => c.names));

/** Words that qualify whom a count is of, however the text words it: "affected", "covered". */
const QUALIFIED_WORDS = String.raw`\b(?:affected|impacted|benefit(?:ed|s)?|covered|involved|included|concerned)\b`;
const QUALIFIED = new RegExp(QUALIFIED_WORDS, 'i');
const QUALIFIED_ALL = new RegExp(QUALIFIED_WORDS, 'gi');
/** "How many people died?" → "how many people died": the question, as the object of "does not say". */
const asked = (question: string) => withoutEndMarks(question).replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());

/** Text closed by a mark; an abbreviation's full stop closes it already ("… does not mention the U.K."). */
const ended = (text: string, mark: '.' | '?') => (mark === '.' && text.endsWith('.') ? text : `${text}${mark}`);

/** A question that asks yes or no ("Did Iran attend?") is no object of "does not say": it follows a colon. */
const YES_NO = /^(?:did|does|do|is|are|was|were|will|would|has|have|had|can|could|should|shall|may|might)\b/i;

const WH = '(?:who|whom|whose|what|when|where|why|how|which)';
/** A question word opening a question. */
const WH_WORD = new RegExp(`^${WH}\\b`, 'i');
/** A question that puts an auxiliary before its subject ("When will they reach Lima?", "What did Roy say?") is no
 * object of "does not say" either; one whose question word is the subject ("What was discussed?") is, and so,
 * as English allows, is one with "is" ("what is the GDP of Peru"). */
const INVERTED = new RegExp(
  `^${WH}(?:\\s+(?:many|much|long|old|often|far|big|soon))?(?:\\s+\\p{Ll}+)?\\s+(?:` +
    // "… did Roy …", "… will the talks …", "… could prices …" (not "has happened": a participle is no subject).
    `(?:did|does|do|will|would|has|have|had|can|could|should)\\s+(?:he|she|they|it|we|you|I|the|a|an|this|that|these|those|his|her|its|their|\\p{Lu}[\\p{L}'’.-]*|\\d|\\p{Ll}+(?<!ed|en))(?=[\\s?,]|$)` +
    // "Where was it held?": "is" before a pronoun; "Where was the study published?": before a noun and a participle.
    // ("How long was Ana Roy held?": before a name and a participle.)
    `|(?:is|are|was|were)\\s+(?:it|they|he|she|we|you|I)\\b|(?:is|are|was|were)\\s+(?:(?:the|a|an|this|that|these|those|his|her|its|their)\\s[^?]*|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})\\s(?:\\p{Ll}{2,}(?:ed|en)|held|made|set|met|won|paid|hit|cut|put|told|sold|brought|bought|kept|left|led|lost|spent|struck|found|sent|built|caught|run|born|known|shown|grown|drawn)$` +
    // "What are police doing?": "are" before a subject and a verb in -ing ("What is (still) happening?" has no subject between).
    `|(?:is|are|was|were)\\s+(?!(?:being|still|now|currently|really|actually|also)\\b)\\p{L}[^?]*\\s\\p{Ll}{2,}ing$)`,
  'u',
);

/** The decline for a question the article does not answer. */
const notSaid = (question: string) => {
  const q = question.trim();
  const object = asked(q);
  const inverted = INVERTED.test(object);
  // "How many people died?" is the object of "does not say"; anything else follows a colon, as it was asked.
  if (WH_WORD.test(q) && !inverted) return ended(`The article does not say ${object}`, '.');
  return ended(`The article does not say: ${object}`, YES_NO.test(q) || inverted || /\?\s*$/.test(q) ? '?' : '.');
};

class Answerer {
  private readonly index: SentenceIndex;
  private readonly text: string;
  /** The article's sentences, and its headline last: a page may put a whole lede in the headline. */
  private readonly pool: Sentence[];
  private readonly headline: number | null;
  /** Everything the article says, as stemmed terms: a key term outside it is a question it cannot answer. */
  private readonly vocabulary: Set<string>;
  /** The people each sentence names. */
  private readonly named = new Map<number, Set<Person>>();
  private readonly namedCache = new Map<Person, Set<number>>();
  private readonly mentionsCache = new Map<Person, Map<number, Person['mentions']>>();
  private eventWordsCache: Set<string> | null = null;
  /** The news's own time (its date and its lead), read once: see newsNow. */
  private newsNowCache: string | null = null;
  /** The one person the report is about, as "he" (true) or "she" (false) means them; null for no one. */
  private readonly storySubjectCache = new Map<boolean, Person | null>();
  /** The company a business report is about, read once (undefined: not read yet). */
  private companyCache: string | null | undefined;
  /** That company by the first word of its name, where the text calls it so alone, read once (undefined: not read yet). */
  private companyShortCache: RegExp | null | undefined;
  /** Each paragraph's first sentence. */
  private readonly paragraphFirst = new Map<number, Sentence>();
  /** Whether the text writes a body of each kind asked of ("bank"), read once per kind. */
  private readonly kindsWritten = new Map<string, boolean | null>();
  /** How many people hold an office of each head word ("secretary", "minister"), read once (null: not read yet). */
  private officeHeadsCache: Map<string, number> | null = null;

  constructor(private readonly a: Analysis) {
    const title = a.article.title;
    this.pool = title ? [...a.sentences, { text: title, index: a.sentences.length, paragraph: -1 }] : [...a.sentences];
    this.headline = title ? a.sentences.length : null;
    for (const s of a.sentences) if (!this.paragraphFirst.has(s.paragraph)) this.paragraphFirst.set(s.paragraph, s);
    this.index = new SentenceIndex(this.pool);
    this.text = this.pool.map((s) => s.text).join(' ');
    this.vocabulary = new Set(contentTerms(this.text));
    for (const p of a.people)
      for (const m of p.mentions) {
        if (!this.named.has(m.sentence)) this.named.set(m.sentence, new Set());
        this.named.get(m.sentence)!.add(p);
      }
  }

  answer(asked: string, opposite = true): Answer {
    const question = this.inArticleForms(plainlyAsked(asked));
    const intent = classify(question);
    const answer =
      this.byline(question) ??
      this.turnAnswering(question) ??
      this.workTitle(question) ??
      this.happenedBefore(question) ??
      this.claimedBy(question) ??
      this.howWellItWorks(question) ??
      this.companyLeader(question) ??
      // (After it: "Who will lead the bank?" asks of the company a report names, whose trade it need not name.)
      this.bodyUnmentioned(question) ??
      ANSWERS[intent.kind](this, question, intent);
    const told = this.withListBelow(
      (!answer.answered && opposite && this.toldOpposite(question)) || this.inInterviewWords(opposite ? this.opposedIn(question, answer) : answer),
    );
    return question === asked ? told : { ...told, question: asked };
  }

  /** An answer that is a sentence only opening a list ("The two sides agreed to:") goes on with the list's items below it,
   * each a paragraph with a mark of one kind ("(i) raise trade to …;", not the document's next numbered paragraph), up to
   * eight, shown without their marks; evidence past the opening that is not of that list leaves the answer as it is. */
  private withListBelow(answer: Answer): Answer {
    const said = answer.evidence[0] ?? '';
    if (!answer.answered || !/:\s*$/.test(said)) return answer;
    const lead = said.replace(BULLET, '').replace(/:\s*$/, '');
    const opening = this.a.sentences.find((s) => s.text === said);
    if (!opening || !answer.answer.includes(lead)) return answer;
    const items: Sentence[] = [];
    const markOf = (text: string) => BULLET.exec(text)?.[0].replace(/[\p{L}\d]+/gu, (x) => (/\d/.test(x) ? '1' : 'a')) ?? null;
    for (const s of this.a.sentences.slice(opening.index + 1, opening.index + 9)) {
      if (s.paragraph === opening.paragraph || !markOf(s.text) || (items.length && markOf(s.text) !== markOf(items[0].text))) break;
      items.push(s);
    }
    if (!items.length || !answer.evidence.slice(1).every((e) => items.some((s) => s.text === e))) return answer;
    // (The items as the list reads, without their marks.)
    return { ...answer, answer: `${lead}: ${items.map((s) => s.text.replace(BULLET, '')).join(' ')}`, evidence: [said, ...items.map((s) => s.text)] };
  }

  /** "Will schools be open on Thursday?" of "Schools will stay closed on Thursday", "Is the motion binding?" of "The
   * non-binding motion …", "Did profit rise?" of "profit fell 12%": a state or a move the text gives as its opposite,
   * asked yes or no, is a "No" (though not one it denies: "Schools will not be closed"). */
  private toldOpposite(question: string): Answer | null {
    const state = this.oppositeAsked(question);
    if (!state) return null;
    const other = this.answer(question.replace(new RegExp(`\\b${state[0]}\\b`, 'i'), state[1]), false);
    const said = other.answered ? other.evidence[0] : undefined;
    if (!said || /^No:/.test(other.answer) || !givesOpposite(said, state[2])) return null;
    return { question, answered: true, answer: `No: ${said}`, evidence: [said] };
  }

  /** "Did voters approve the plan?" answered by "Voters rejected the plan": the answer found tells the opposite, a "No". */
  private opposedIn(question: string, answer: Answer): Answer {
    const said = answer.answered && !/^No:/.test(answer.answer) ? answer.evidence[0] : undefined;
    const state = said ? this.oppositeAsked(question) : undefined;
    return said && state && givesOpposite(said, state[2]) ? { ...answer, answer: `No: ${said}`, evidence: [said] } : answer;
  }

  /** The state or move a yes-or-no question asks of, with its opposite and how the text gives that: "Did profit rise?" →
   * rise, fall, "profit … fell". */
  private oppositeAsked(question: string): [string, string, RegExp] | undefined {
    if (!YES_NO.test(question.trim())) return undefined;
    // (A move only of the past, and only of what the question names, right before it: "Did profit rise?" is not answered by
    // "sales of pumps go on rising" of a sentence about prices, nor by "a crane fell on a lorry".)
    const moved = PAST_YES_NO.test(question.trim()) ? MOVED.exec(question)?.[1] : undefined;
    const move = moved ? OPPOSITE_MOVES.find(([word]) => new RegExp(`\\b${word}\\b`, 'i').test(question)) : undefined;
    if (!move) return OPPOSITE_STATES.find(([word]) => new RegExp(`\\b${word}\\b`, 'i').test(question));
    const who = escapeRegExp(stem(moved!.toLowerCase()));
    // (… or a side beaten: "Did Roy win?" of "Vale won the final, beating the champion, Ana Roy, 6-4"; or what was approved or
    // rejected named after the verb: "Was the proposal approved?" of "The mayors rejected a motion from Quito", asked in the
    // passive, whose subject is what was done to.)
    const beaten = move[1] === 'lose' ? `|\\b${BEATEN}\\s+(?:[^.;!?]{0,40}?\\s)?${who}\\p{L}*\\b` : '';
    const passive = /^(?:was|were)\b/i.test(question.trim());
    // (Not the others: "Was the resolution rejected?" of "passed every other motion" says nothing of the one asked.)
    const object =
      passive && (move[2] === REJECTED || move[2] === APPROVED) ? `|\\b${move[2]}\\s+(?:(?!(?:other|remaining)\\b)[\\p{L}'’-]+\\s+){0,3}?${who}\\p{L}*\\b` : '';
    // (What was rejected may be told in a relative clause after it: "tabled a cap on fees, which the board rejected".)
    const aside = move[2] === REJECTED || move[2] === APPROVED ? ',?' : '';
    return [move[0], move[1], new RegExp(`\\b${who}\\p{L}*${aside}\\s+(?:[\\p{L}\\d.,%-]+\\s+){0,3}?${move[2]}\\b${beaten}${object}`, 'iu')];
  }

  /** An interview's turns in an answer: an interviewer's claim ("Q: Critics say the plan will cost 300 jobs.") is no
   * answer alone, and the reply after it goes with it; a bare "A: " is the words of the one person the card shows, named. */
  private inInterviewWords(answer: Answer): Answer {
    if (!answer.answered || !answer.evidence.length) return answer;
    const sentences = this.a.sentences;
    const first = sentences.find((s) => s.text === answer.evidence[0]);
    const reply = first && INTERVIEWER_CLAIM.test(first.text) ? sentences[first.index + 1] : undefined;
    const replied =
      reply && reply.paragraph !== first!.paragraph && BARE_ANSWER_LABEL.test(reply.text) && !answer.evidence.includes(reply.text)
        ? { ...answer, answer: `${answer.answer} ${reply.text}`, evidence: [...answer.evidence, reply.text] }
        : answer;
    const one = this.a.participants.length === 1 ? this.a.participants[0].name.split(/\s+/).at(-1) : null;
    if (!one) return replied;
    // (Only a label that opens a sentence given as evidence: "Plan A: cut costs" in a sentence is no answer's label.)
    let named = replied.answer;
    for (const e of replied.evidence) if (BARE_ANSWER_LABEL.test(e)) named = named.replace(e, `${one}: ${e.replace(BARE_ANSWER_LABEL, '')}`);
    return named === replied.answer ? replied : { ...replied, answer: named };
  }

  /** The article's text in lower case, made the first time a question needs it. */
  private lowerText: string | null = null;

  /** The article's own name for each country it names ("United Arab Emirates"), by country. */
  private countryFormsCache: Map<string, string> | null = null;
  private countryMentionsCache: ReturnType<typeof findCountries> | null = null;

  /** The countries the text names, each mention with its form: read once, as several questions ask it. */
  private countryMentions(): ReturnType<typeof findCountries> {
    this.countryMentionsCache ??= findCountries(this.text);
    return this.countryMentionsCache;
  }

  /** "What did the UAE get?" of an article that writes "the United Arab Emirates": a country's name in the
   * question, put as the article puts it (its names only: a demonym stays what it is); an office written short too. */
  private inArticleForms(asked: string): string {
    // "Did the CEO apologise?" of an article that writes "chief executive": the office as the article writes it.
    const question = asked.replace(/\b[A-Z]{2,6}\b/g, (short) => {
      if (this.text.includes(short)) return short;
      const office = OFFICE_SHORT[short.toLowerCase()];
      this.lowerText ??= this.text.toLowerCase();
      if (office) return this.lowerText.includes(office) ? office : short;
      // "What did the WTO say?" of an article that writes "the World Trade Organization": a body's initials, as the article
      // spells its name out.
      return short.length >= 3 ? (spelledOutName(this.text, short) ?? short) : short;
    });
    const found = findCountries(question).filter((m) => COUNTRY_NAME_FORMS.has(m.form) && !this.text.includes(m.form));
    if (!found.length) return question;
    if (!this.countryFormsCache) {
      this.countryFormsCache = new Map();
      // "U.S." is read wherever "US" is: an abbreviation with dots is no form to put in a question.
      for (const m of this.countryMentions())
        if (COUNTRY_NAME_FORMS.has(m.form) && !m.form.includes('.') && !this.countryFormsCache.has(m.country)) this.countryFormsCache.set(m.country, m.form);
    }
    let out = question;
    for (const m of found.reverse()) {
      const form = this.countryFormsCache.get(m.country);
      if (form) out = `${out.slice(0, m.start)}${form}${out.slice(m.end)}`;
    }
    return out;
  }

  /** A sentence that may answer a question: not the headline, nor a question the text puts. */
  private answerable(s: Sentence): boolean {
    return s.index !== this.headline && !ASKS.test(s.text);
  }

  /** The first sentence that may answer a question whose text passes the test. */
  private firstAnswerable(test: (text: string) => boolean): Sentence | undefined {
    return this.a.sentences.find((s) => this.answerable(s) && test(s.text));
  }

  /** The lead's text and the headline's: where the news names what it is about. */
  private leadAndHeadline(): string {
    const lead = this.a.keyPoints[0]?.sentence;
    return `${lead === undefined ? '' : this.a.sentences[lead].text} ${this.a.article.title ?? ''}`;
  }

  /** A report of no named gathering answers "where"/"when" in its own words ("A bus overturned near … on Sunday"), not as
   * an event held somewhere; a question about a meeting is still answered so. */
  private inItsOwnWords(question: string): boolean {
    return !this.a.event.name && !GATHERING.test(question) && !/\b(?:held|meet|met)\b/i.test(question);
  }

  /** "Has this happened before?", "When was the last strike?": the sentence that counts the news among its kind, or null
   * for another question (and for a text that tells of none, which the intents then answer). */
  private happenedBefore(question: string): Answer | null {
    if (!BEFORE_QUESTION.test(question.trim())) return null;
    const before = this.earlierOfItsKind(question);
    return before ? this.yes(question, before.text, [before]) : null;
  }

  /** "How effective is the drug?", "How well did it work?", "Does it work?": the sentence that gives a trial's or a study's
   * result as a share ("In a trial of 300 adults, 55% of those given the pill …"); null for another question, or a text
   * that gives none. */
  private howWellItWorks(question: string): Answer | null {
    if (!WORKS_QUESTION.test(question.trim())) return null;
    const found = this.firstAnswerable((t) => RESULT_TOLD.test(t));
    return found ? this.yes(question, found.text, [found]) : null;
  }

  /** "Who was behind the attack?", "Who is responsible for it?": the sentence that says who claimed it or was behind it ("A
   * group calling itself X has claimed responsibility"), when the thing asked of is its own or the news's; null for another
   * question, or a text that tells of none. */
  private claimedBy(question: string): Answer | null {
    const asked = RESPONSIBLE_QUESTION.exec(question.trim());
    if (!asked) return null;
    const keys = keyTerms(question.trim().slice(asked[0].length));
    const news = this.leadAndHeadline();
    const found = this.firstAnswerable((t) => RESPONSIBILITY_TOLD.test(t) && coverage(keys, `${t} ${news}`) === 1);
    return found ? this.yes(question, found.text, [found]) : null;
  }

  /** "What is the novel called?", "What is the name of the ship?": the title or name the text gives a work or a vessel of
   * that kind, quoted or capitalised right after it ('her first novel, "The Long Quiet"', "the ferry Lima Star"). */
  private workTitle(question: string): Answer | null {
    const asked = WORK_TITLE_QUESTION.exec(question.trim());
    const kind = asked?.[2].toLowerCase();
    // (Any other thing asked by its name: "What is the frog called?" of "The frog, named Lima vale, …", though not one set off by a
    // comma alone, which may be another's name: "an agreement, Roy said"; not "What was the vote?".)
    const work = kind ? WORK_KINDS.find((k) => k.includes(kind.replace(/s$/, ''))) : undefined;
    const kinds = work ?? (asked?.[1] || asked?.[3] ? [kind!.replace(/s$/, '')] : undefined);
    if (!kind || !kinds) return null;
    const named = new RegExp(
      `\\b(?:${kinds.map(eitherCase).join('|')})s?(?:,\\s+${work ? '' : '(?=called|named|titled|entitled|["“])'}|\\s+)(?:(?:called|named|titled|entitled)\\s+)?(?:["“][^"”]{2,80}["”]|(?:the\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*)`,
      'u',
    );
    const found = this.firstAnswerable((t) => named.test(t));
    // (A thing of another kind the text names in other words is left to the search: "the winner" may be "Ana Roy won".)
    if (!found) return work ? this.no(question, `The article does not give the ${kind}'s name.`) : null;
    return this.yes(question, found.text, [found]);
  }

  /** "What did the bank say?", "Who leads the party?" of a text that names no bank (nor a lender), no party: a plain
   * refusal, not someone else's words. */
  private bodyUnmentioned(question: string): Answer | null {
    for (const m of question.matchAll(BODY_KIND_ASKED)) {
      const kind = m[3] ?? m[4];
      // (Each kind read once over the text, however often a question names it.)
      if (!this.kindsWritten.has(kind)) this.kindsWritten.set(kind, writesBodyKind(kind, this.text));
      if (!PLACE_BEFORE.test(m[1]) && this.kindsWritten.get(kind) === false) return this.no(question, `The article does not mention ${m[2]}.`);
    }
    return null;
  }

  /** "Who wrote this article?": the byline, when the page gives one. */
  private byline(question: string): Answer | null {
    if (!WHO_WROTE.test(question)) return null;
    const by = this.a.article.byline?.replace(/^by\s+/i, '').trim();
    return by ? this.yes(question, `The article's byline is ${by}.`, []) : this.no(question, 'The article does not say who wrote it.');
  }

  /** An interview that put the same question ("Q: Will Chile sign the lithium deal?") answers it in the turn
   * after it: the answer, not the question, is the evidence. */
  private turnAnswering(question: string): Answer | null {
    const keys = keyTerms(question);
    // (An explainer's heading put in the question's own words answers it, however few they are: "What does the law do?".)
    const plain = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const same = (s: Sentence) => this.isHeadingQuestion(s) && plain(s.text) === plain(question);
    if (keys.length < 2 && !this.a.sentences.some(same)) return null;
    // (The whole turn: "Q: Critics say 400 posts will be cut. Are they right?" puts its question in its last sentence.)
    // (… though a fact the turn states as its own, not as someone's claim, is no question put: asked "How much did prices rise
    // in May?" of "Q: Prices rose 4 percent in May. Why not raise rates now?", the question put is another, whose own words
    // must be the question's.)
    const turnOf = (s: Sentence) => this.a.sentences.slice(s.index, s.index + 4).filter((t) => t.paragraph === s.paragraph);
    const yesNo = YES_NO.test(question.trim());
    const asked = this.a.sentences.find((s) => {
      if (this.isHeadingQuestion(s)) return same(s) || (keys.length >= 2 && coverage(keys, s.text) >= 0.75);
      if (!INTERVIEW_QUESTION.test(s.text) || s.index === this.headline) return false;
      const whole = turnOf(s);
      const put = whole.filter((t) => ASKS.test(t.text));
      const claimed = yesNo || whole.every((t) => ASKS.test(t.text) || FIRST_ATTRIBUTION.test(t.text));
      return put.length > 0 && coverage(keys, (claimed ? whole : put).map((t) => t.text).join(' ')) >= 0.75;
    });
    if (!asked) return null;
    // (Up to four sentences of it, as a speaker's words run on; an explainer's answer to its heading, up to two.)
    const turn = this.a.sentences.filter((s) => s.paragraph === asked.paragraph + 1).slice(0, this.isHeadingQuestion(asked) ? 2 : 4);
    if (!turn.length || INTERVIEW_QUESTION.test(turn[0].text) || ASKS.test(turn[0].text)) return null;
    return this.yes(question, turn.map((s) => s.text).join(' '), turn);
  }

  /** An explainer's heading put as a question, the paragraph after it its answer: a short question that is a paragraph
   * of its own, past the lead ("Does it cover new buildings?" over "No. Homes built after 2020 are exempt …"). */
  private isHeadingQuestion(s: Sentence): boolean {
    return (
      s.index > 0 &&
      ASKS.test(s.text) &&
      !/["“”]/.test(s.text) &&
      countWords(s.text) <= 14 &&
      this.a.sentences[s.index - 1]?.paragraph !== s.paragraph &&
      this.a.sentences[s.index + 1]?.paragraph === s.paragraph + 1
    );
  }

  yes(question: string, answer: string, evidence: Iterable<number | Sentence>): Answer {
    let idx = [...new Set([...evidence].map((e) => (typeof e === 'number' ? e : e.index)))].sort((x, y) => x - y);
    // The headline is never evidence on its own: only the article's sentences are.
    if (this.headline !== null) idx = idx.filter((i) => i !== this.headline);
    return { question, answered: true, answer, evidence: idx.map((i) => this.pool[i].text) };
  }

  /** "Who voted against?" of a vote told as "unanimous" or "with no objections": no one, as that sentence says. "Was it
   * unanimous?" of a tally with votes against ("by 78 votes to 52"): no, as the tally says. */
  noneAgainst(question: string): Answer | null {
    const againstAsked = VOTE_SIDE_QUESTION.exec(question)?.[1].toLowerCase() === 'against';
    const unanimityAsked = UNANIMITY_QUESTION.test(question);
    if (!againstAsked && !unanimityAsked) return null;
    for (const s of this.pool.slice(0, MAX_FORM_SCAN)) {
      if (s.index === this.headline || ASKS.test(s.text) || /^["“]/.test(s.text)) continue;
      if (againstAsked && NONE_AGAINST.test(s.text) && !NOT_UNANIMOUS.test(s.text)) return this.yes(question, `No one: ${s.text}`, [s]);
      const tally = unanimityAsked ? VOTES_AGAINST_COUNT.exec(s.text) : null;
      const against = tally ? (tally[1] ?? tally[2] ?? tally[3]) : null;
      if (against && (parseCount(against) ?? Number(against.replace(/,/g, ''))) > 0) return this.yes(question, `No: ${s.text}`, [s]);
      // (… or one who voted against, named: "Peru voted against, while Chile abstained."; or a decision told as split.)
      // (… or some who abstained: "with 12 votes in favour and Peru and Chile abstaining".)
      if (unanimityAsked && (SOMEONE_VOTED_AGAINST.test(s.text) || SPLIT_DECISION.test(s.text) || ABSTAIN.test(s.text)))
        return this.yes(question, `No: ${s.text}`, [s]);
    }
    // "Was the decision unanimous?" of "the board had been unanimous": yes, when nothing says otherwise (a vote with
    // abstentions is no unanimous one, though none voted against).
    const unanimous = unanimityAsked
      ? this.pool
          .slice(0, MAX_FORM_SCAN)
          .find(
            (s) =>
              s.index !== this.headline &&
              !ASKS.test(s.text) &&
              !/^["“]/.test(s.text) &&
              NONE_AGAINST.test(s.text) &&
              !NOT_UNANIMOUS.test(s.text) &&
              !ABSTAIN.test(s.text),
          )
      : undefined;
    return unanimous ? this.yes(question, `Yes: ${unanimous.text}`, [unanimous]) : null;
  }

  no(question: string, answer: string): Answer {
    return { question, answered: false, answer, evidence: [] };
  }

  /** The sentence names someone other than `p` (looked up, not searched for among everyone the text names). */
  private namesAnother(index: number, p: Person): boolean {
    for (const o of this.named.get(index) ?? []) if (o !== p) return true;
    return false;
  }

  /** A person's mentions in one sentence, looked up (a person named in thousands of sentences is asked of each). */
  private mentionsIn(p: Person, sentence: number): readonly Person['mentions'][number][] {
    let bySentence = this.mentionsCache.get(p);
    if (!bySentence) {
      bySentence = new Map();
      for (const m of p.mentions) {
        const here = bySentence.get(m.sentence);
        if (here) here.push(m);
        else bySentence.set(m.sentence, [m]);
      }
      this.mentionsCache.set(p, bySentence);
    }
    return bySentence.get(sentence) ?? [];
  }

  /** An answer cut to the sentences of its evidence the test keeps, in the text's order; null when it keeps none. */
  private keeping(question: string, answer: Answer, keep: (s: Sentence) => boolean): Answer | null {
    const kept = this.a.sentences.filter((s) => answer.evidence.includes(s.text) && keep(s));
    return kept.length ? this.yes(question, kept.map((s) => s.text).join(' '), kept) : null;
  }

  /** A quotation a pronoun says, the person named only after it: '"…," she said, and hugged her trainer, Tom Vale.' */
  private namedAfterPronounSaid(s: Sentence, p: Person): boolean {
    const end = QUOTE_BY_PRONOUN.exec(s.text)?.[0].length;
    if (end === undefined) return false;
    const here = this.mentionsIn(p, s.index);
    return here.length > 0 && here.every((m) => m.start >= end);
  }

  /** A paragraph's sentences name the person, and no one else (read from its first sentence to its last only). */
  private namesOnly(paragraph: number, p: Person): boolean {
    let named = false;
    for (let i = this.paragraphFirst.get(paragraph)?.index ?? this.a.sentences.length; this.a.sentences[i]?.paragraph === paragraph; i++) {
      if (this.namesAnother(i, p)) return false;
      named ||= !!this.named.get(i)?.has(p);
    }
    return named;
  }

  /** The sentences that name a person: their mentions, and one word of their name alone as the speaker
   * ("According to Lin, …", "Lin said …") when nobody else bears it. */
  namedIn(p: Person): Set<number> {
    const cached = this.namedCache.get(p);
    if (cached) return cached;
    const named = new Set(p.mentions.map((m) => m.sentence));
    for (const word of capitalisedWords(p.name)) {
      if (this.a.people.some((o) => o !== p && o.name.split(/\s+/).includes(word))) continue;
      const w = escapeRegExp(word);
      const speaker = new RegExp(`\\b(?:[Aa]ccording to ${w}|${w}\\s+(?:${ATTRIBUTION_VERB})|(?:${ATTRIBUTION_VERB})\\s+${w})\\b`);
      for (const s of this.a.sentences) if (speaker.test(s.text)) named.add(s.index);
    }
    // (The one a report is all about, as it names them again without a name, or by a surname their family shares, in a
    // sentence that names no one else: "She later taught in Quito.", "Her last book won a prize in 2001.", "Raised in Cusco,
    // Roy trained as …" of an obituary; not one her possessive names another in: "Her son, Tom Roy, said …".)
    const pronoun = ['she', 'he'].find((x) => this.storySubject(x) === p);
    const surname = capitalisedWords(p.name).at(-1);
    if (pronoun && surname) {
      const again = new RegExp(
        `^(?:(?:${pronoun === 'she' ? 'She|Her' : 'He|His'})(?!\\s[^,]{1,40},\\s+(?:the\\s+\\p{Ll}+\\s+)?\\p{Lu})\\s|(?:[^.;"“]{1,80},\\s+)?${escapeRegExp(surname)}\\s+\\p{Ll})`,
        'u',
      );
      for (const s of this.a.sentences) if (again.test(s.text) && !this.namesAnother(s.index, p)) named.add(s.index);
    }
    this.namedCache.set(p, named);
    return named;
  }

  /** The first sentence of a sentence's paragraph (looked up, not walked back to: the search asks it of
   * every sentence it scans). */
  paragraphStart(s: Sentence): Sentence {
    return this.paragraphFirst.get(s.paragraph) ?? s;
  }

  /** The sentences a person's words and deeds are in: where they are named (or their office is), and
   * what follows in the same paragraph until someone else is named; a quotation that runs on before
   * "…," Vale said" is theirs too. */
  utterancesOf(p: Person): Sentence[] {
    const own = new Set(this.namedIn(p));
    // ("A former transport minister was jailed …" of the one the text names with that office.)
    const offices = officesOf(p).flatMap((o) => [`the ${o}`, `former ${o}`]);
    // ("The Secretary welcomed …" of the one Secretary of State the text names: their office by its head word, when no one
    // else's office has it.)
    if (!this.officeHeadsCache) {
      this.officeHeadsCache = new Map();
      for (const o of this.a.people)
        for (const h of new Set(o.roles.map((r) => headOfOffice(r.toLowerCase())))) this.officeHeadsCache.set(h, (this.officeHeadsCache.get(h) ?? 0) + 1);
    }
    const held = this.officeHeadsCache;
    const heads = [...new Set(officesOf(p).map(headOfOffice))].filter((h) => held.get(h) === 1);
    // (Not another office that opens with it, "The Secretary-General", "the secretary of the board", nor the start of a name:
    // "The General Federation of …".)
    const byHead = heads.length ? new RegExp(`\\b[Tt]he (?:${heads.map(eitherCase).join('|')})\\b(?!-|\\s+of\\b|\\s+\\p{Lu})`, 'u') : null;
    const others = (i: number) => this.namesAnother(i, p);
    const sentences = this.a.sentences;
    for (const s of sentences) if ((offices.some((o) => s.text.toLowerCase().includes(o)) || byHead?.test(s.text)) && !others(s.index)) own.add(s.index);
    // An interview's bare "A: …" answers are the one participant's.
    if (this.a.participants.length === 1 && this.a.participants[0] === p)
      for (const s of sentences) if (BARE_ANSWER_LABEL.test(this.paragraphStart(s).text)) own.add(s.index);
    for (const s of sentences) {
      const prev = sentences[s.index - 1];
      // The next sentence in their paragraph; or a quotation opening the next paragraph that a pronoun attributes ("…," she said).
      // … or "The 27-year-old Serbian …" opening the next: a report's way of naming them again by their age.
      const byAge = NAMED_BY_AGE.test(s.text);
      // … or "He promised to …" opening the next, after a paragraph whose first sentence names them first.
      // (… or any "She …" opening the next, after a paragraph that names no one but them: "Roy saved two break points … | She is
      // the first woman to …".)
      const byPronoun =
        !!prev &&
        ((PRONOUN_SPEAKS.test(s.text) && this.firstNamedIn(this.paragraphStart(prev).index) === p) ||
          (PRONOUN_OPENS.test(s.text) && prev.paragraph === s.paragraph - 1 && this.namesOnly(prev.paragraph, p)));
      const continues = prev?.paragraph === s.paragraph || (prev?.paragraph === s.paragraph - 1 && (QUOTE_BY_PRONOUN.test(s.text) || byAge || byPronoun));
      // (Named again by age, they are the one the sentence before named first, whoever else this one names: "The
      // 18-year-old won the match after Vale blundered".)
      const again = byAge && !!prev && this.firstNamedIn(prev.index) === p;
      // (Not one whose words a body gives: "The growers' union, Halvex, said …" after their sentence.)
      // (Nor what countries did, told as the subject of the next: "Peru and Chile pledged to …"; though in a speaker's turn
      // in a transcript, "PRIME MINISTER ROY: Thank you. Peru has the minerals Chile needs." is all theirs.)
      const countries = !!openingCountry(s.text) && !opensWithLabel(this.paragraphStart(s).text);
      // ('"…," she said, and hugged her trainer, Tom Vale.': one named after the pronoun that says it is not who speaks.)
      const othersAfter = () => [...(this.named.get(s.index) ?? [])].every((o) => o === p || this.namedAfterPronounSaid(s, o));
      // (Nor what follows another's words about them: "Vale's lawyer, Ivo Kant, said … '…,' he said." is Kant's, all of it.)
      if (
        !own.has(s.index) &&
        prev &&
        own.has(prev.index) &&
        continues &&
        (!others(s.index) || again || othersAfter()) &&
        !SAID_BY_A_BODY.test(s.text) &&
        !countries &&
        !(others(prev.index) && this.otherSpeaks(p, prev))
      )
        own.add(s.index);
    }
    for (let i = sentences.length - 2; i >= 0; i--) {
      const s = sentences[i],
        next = sentences[i + 1];
      if (!own.has(i) && own.has(next.index) && next.paragraph === s.paragraph && !others(i) && /^["“]/.test(s.text) && /^[^"“]*["”]/.test(next.text))
        own.add(i);
    }
    return sentences.filter((s) => own.has(s.index));
  }

  /** Every mention of the person in the sentence owns something the question does not ask about ("Vale's former
   * finance director, Ana Roy,"), and someone else is named there. */
  private onlyOwnerIn(p: Person, s: Sentence, keys: readonly string[]): boolean {
    const mentions = this.mentionsIn(p, s.index);
    if (!mentions.length || !this.namesAnother(s.index, p)) return false;
    return mentions.every((m) => {
      const owned = /^['’]s?\s+([^,;.]{1,60})/.exec(s.text.slice(m.end));
      // ("Vale's lawyer, Ana Roy, said her client would appeal": a lawyer's words of their client are the client's.)
      if (owned && FOR_THE_CLIENT.test(owned[1]) && HIS_CLIENT.test(s.text)) return false;
      return !!owned && !contentTerms(owned[1].split(/\s+/).slice(0, 4).join(' ')).some((t) => keys.includes(t));
    });
  }

  /** The sentence without what it sets off after the names of others than `p`: an age and a clause of "who" ("Tom Vale,
   * 44, who had been jailed since 2019, and Ana Roy, who …" tells nothing of how long Roy was held). */
  private withoutOthersAsides(p: Person, s: Sentence): string {
    let text = s.text;
    for (const o of this.named.get(s.index) ?? []) {
      if (o === p) continue;
      for (const m of o.mentions) {
        if (m.sentence !== s.index) continue;
        const age = AGE_AFTER_NAME.exec(text.slice(m.end))?.[0].length ?? 0;
        const clause = WHO_AFTER_NAME.exec(text.slice(m.end + age))?.[0].length ?? 0;
        if (age + clause) text = text.slice(0, m.end) + ' '.repeat(age + clause) + text.slice(m.end + age + clause);
      }
    }
    return text;
  }

  /** The person rules there: "Judge Ana Roy ruled that …" (a ruling is the judge's words). */
  private rules(p: Person, s: Sentence): boolean {
    return this.mentionsIn(p, s.index).some((m) => RULES_AFTER_NAME.test(s.text.slice(m.end, m.end + 30)));
  }

  /** Another person named in the sentence speaks there ("Judge Ana Roy said Tom Vale, 58, had …"), and `p` does not. */
  private otherSpeaks(p: Person, s: Sentence): boolean {
    // (A judge's ruling is the judge's words: "Judge Ana Roy ruled that Tom Vale would face a fair trial".)
    const speaks = (who: Person) => this.rules(who, s) || this.mentionsIn(who, s.index).some((m) => SPEAKS_AFTER_NAME.test(s.text.slice(m.end, m.end + 120)));
    if (speaks(p)) return false;
    // (Only those the sentence names can speak in it: looked up, not searched for among everyone the text names.)
    return [...(this.named.get(s.index) ?? [])].some((o) => o !== p && speaks(o));
  }

  /** The one person a report is about, whom "he" or "she" in a question can only mean: the person its lead names first,
   * named in more than twice as many sentences as anyone else ("Ana Roy, the painter who …, has died at 88" of an
   * obituary) or named in full in the headline, and spoken of by that pronoun in the text. Null when the report is about
   * several people, or none. */
  private storySubject(pronoun: string): Person | null {
    // (Read once for each of "he" and "she": questions and the sentences of a person ask it again and again.)
    const he = HE_FORMS.includes(pronoun.toLowerCase());
    const known = this.storySubjectCache.get(he);
    if (known !== undefined) return known;
    const found = this.findStorySubject(he);
    this.storySubjectCache.set(he, found);
    return found;
  }

  private findStorySubject(he: boolean): Person | null {
    // ("How old is he?" of a report that says "she" of its subject, and never "he": no one it names.)
    const [asked, other] = he ? [HE_IN, SHE_IN] : [SHE_IN, HE_IN];
    const uses = (family: RegExp) => this.text.match(family)?.length ?? 0;
    if (!uses(asked) || uses(asked) < uses(other)) return null;
    const lead = this.a.keyPoints[0]?.sentence;
    const p = lead === undefined ? null : this.firstNamedIn(lead);
    if (!p) return null;
    const named = (who: Person) => new Set(who.mentions.map((m) => m.sentence)).size;
    const own = named(p);
    // (… or the one the headline names in full, when no one else is named there or in more than one sentence: "Actor Ana
    // Roy dies at 88" over "… her daughter, Eva Roy, said".)
    const title = this.a.article.title ?? '';
    const headlined = title.includes(p.name) && p.name.includes(' ') && this.a.people.every((o) => o === p || (!title.includes(o.name) && named(o) <= 1));
    return headlined || this.a.people.every((o) => o === p || named(o) * 2 < own) ? p : null;
  }

  /** A pronoun that could be anyone the article names: the reader is asked whom they mean. */
  private askForName(question: string, pronoun: string): Answer {
    return this.no(question, `Ask about someone by name: "${pronoun.toLowerCase()}" could be anyone the article names.`);
  }

  /** The news's own time, as the report tells it: its date and its lead (read once: it is asked of sentence after sentence). */
  private newsNow(): string {
    const lead = this.a.keyPoints[0]?.sentence;
    this.newsNowCache ??= [this.a.article.published ?? '', lead !== undefined ? this.a.sentences[lead].text : ''].join(' ');
    return this.newsNowCache;
  }

  /** Told of a time gone by, not the news's: "in 2004", "two years ago", in a report whose date and lead name neither. */
  private ofAnotherTime(text: string): boolean {
    const now = this.newsNow();
    const year = IN_A_YEAR.exec(text)?.[1];
    return (!!year && !now.includes(year)) || (YEARS_AGO.test(text) && !YEARS_AGO.test(now));
  }

  /** "Was the climate fund agreed?" of "… but put off a decision on how to split a reef fund until March", "Was a deal
   * reached?" of "The summit closed without a treaty": the sentence that puts off the decision on what the question names, or
   * tells it was not had. */
  private unsettledAsked(keys: readonly string[]): Sentence | null {
    const acts = keys.filter((k) => SETTLING_TERMS.has(k));
    // (A decision itself is no thing of its own: "Was a decision reached?" of "agreed a duty but put off a decision on fuel".)
    const things = keys.filter((k) => !SETTLING_TERMS.has(k) && k !== DECISION_TERM);
    if (!acts.length || !things.length) return null;
    const approval = acts.includes(APPROVAL_TERM);
    return (
      this.a.sentences.find((s) => {
        // ("Was the merger approved?" of "The merger still needs the approval of shareholders": awaiting approval is not approved.)
        const m = this.answerable(s) ? (UNSETTLED.exec(s.text) ?? (approval ? awaitingApproval(s.text) : null)) : null;
        const on = m?.slice(1).find(Boolean);
        if (!m || !on) return false;
        // (What it was put off on holds the question's things, but for the subject's: "the leaders" of "Did the leaders settle
        // the fund?"; not a thing of what they did settle: "Was the police plan agreed?" of "endorsed a police plan but put off a
        // decision on the plan's funding".)
        const before = s.text.slice(0, m.index);
        const subject = before.slice(0, AGREED_OUTCOME.exec(before)?.index ?? before.length);
        const inIt = things.filter((k) => coverage([k], on) > 0);
        return inIt.length > 0 && coverage(things, `${on} ${subject}`) >= 1;
      }) ?? null
    );
  }

  /** The person a sentence names first. */
  private firstNamedIn(index: number): Person | null {
    let first: { p: Person; at: number } | null = null;
    for (const p of this.a.people) for (const m of p.mentions) if (m.sentence === index && (!first || m.start < first.at)) first = { p, at: m.start };
    return first?.p ?? null;
  }

  /** The country a phrase names and nothing else ("Chile", "the United States"); null for any other phrase. */
  private countryAlone(phrase: string): string | null {
    const shown = withoutEndMarks(phrase);
    const found = findCountries(shown)[0];
    return found && shown.replace(/^the\s+/i, '').length <= found.form.length ? found.country : null;
  }

  /** The person a phrase names; or, when the text never names them, a plain refusal. */
  person(question: string, phrase: string): Person | Answer {
    // "What did he say?": a question on its own names nobody by a pronoun.
    const pronoun = PRONOUN.exec(phrase.trim());
    // (… unless "he" or "she" can only be the one person the report is about.)
    // (The pronoun alone: "her son" is someone else.)
    const subject = pronoun && PERSONAL_PRONOUN.test(phrase.trim()) ? this.storySubject(pronoun[0]) : null;
    if (subject) return subject;
    // ("Who is his lawyer?": whoever's, an office only one person holds is theirs; "her son" is no office, so still asked.)
    const office = pronoun && /^(?:his|her|their)\s+\p{L}/iu.test(phrase.trim()) ? phrase.trim().slice(pronoun[0].length).trim() : '';
    const holder = office ? findPersonByRole(this.a.people, office, demonymsOf) : null;
    if (holder) return holder;
    // ("Who was her brother?" of an obituary: "her" is the one it is about, and the sentence that names the holder answers;
    // naming none, the text does not say.)
    if (pronoun && office && this.storySubject(pronoun[0])) return this.officeHolder(question, withoutEndMarks(phrase.trim()), withoutEndMarks(office));
    if (pronoun) return this.askForName(question, pronoun[0]);
    // A name, or an office only one person holds ("What did the president say?").
    const p = findPerson(this.a.people, phrase) ?? findPersonByRole(this.a.people, phrase, demonymsOf);
    if (p) return p;
    // "What did the minister say?" of a report that names three ministers: which one is the reader's to say.
    const several = participantsOf(peopleByRole(this.a.people, phrase, demonymsOf));
    // (The one of them who took part, where others named with the office stayed away.)
    if (several.length === 1) return several[0];
    if (several.length > 1)
      return this.no(question, `The article names ${several.length}: ${several.map(describe).join('; ')}. Ask about one of them by name.`);
    // "What did analysts say?" of a report that quotes one analyst: the one holder of the office asked of in the plural.
    const plural = /^(?:the\s+)?(\p{Ll}[\p{Ll}-]+)s$/u.exec(withoutEndMarks(phrase).trim())?.[1];
    const holders = plural && isTitleWord(plural) ? peopleByRole(this.a.people, plural, demonymsOf) : [];
    if (holders.length === 1) return holders[0];
    const shown = withoutEndMarks(phrase);
    // "the US" in a text that writes "U.S.": the country is mentioned, just not as a speaker.
    const country = findCountries(shown)[0]?.country;
    // "What did Russia say?": a country speaks through the one person the article gives it ("Russia's deputy ambassador, X").
    const alone = this.countryAlone(phrase);
    const its = alone ? this.a.people.filter((x) => x.affiliation === alone) : [];
    if (its.length === 1) return its[0];
    if (country && this.countryMentions().some((c) => c.country === country)) return this.search(question);
    // "What did the industry say?": no name, a body in common words; the text's own words answer it, if any do.
    return this.unmentioned(question, phrase) ?? this.search(question);
  }

  /** A plain refusal when the text never names who a question asks of: a country in none of its forms ("Did the U.K.
   * attend?"), or a name it never writes; null for words in lower case, "campaigners", which may be written another way
   * ("campaign group"), and for a country or a name the text does write. */
  private unmentioned(question: string, phrase: string): Answer | null {
    const shown = withoutEndMarks(phrase);
    const country = findCountries(shown)[0]?.country;
    if (country && this.countryMentions().some((c) => c.country === country)) return null;
    const named = country ? !textMentions(this.text, shown) : nameWordsOf(phrase).length > 0 && /\p{Lu}/u.test(phrase) && !textMentions(this.text, phrase);
    return named ? this.no(question, ended(`The article does not mention ${shown}`, '.')) : null;
  }

  identity(question: string, who: string): Answer {
    // "Who is Vale's lawyer?": the holder of an office of someone's, not the someone.
    const owned = OWNED_OFFICE.exec(withoutEndMarks(who));
    if (owned && peopleNamedIn(this.a.people, owned[1]).length) return this.officeHolder(question, `${owned[1]}'s ${owned[2]}`, owned[2]);
    const byRole = findPersonByRole(this.a.people, who, demonymsOf);
    const office = byRole ? null : /^(?:the|a|an)\s+(\p{Ll}[\p{Ll}\s'’-]*)$/u.exec(withoutEndMarks(who));
    // ("What does the resolution do?": a thing's doing, not an office's holder; its words answer it.)
    if (office && /^what\s+does\b/i.test(question.trim()) && !isTitleWord(office[1].split(/\s+/).pop() ?? '')) return this.open(question);
    if (office) {
      const held = this.officeHolder(question, office[0], office[1]);
      // "Who is the union's leader?" of "the union's general secretary, Ana Roy": whoever leads it, by any head's title.
      const led = held.answered ? null : LEADER_OF.exec(office[1]);
      const leads = led ? this.answer(`Who leads the ${led[1]}?`) : null;
      return leads?.answered ? { ...leads, question } : held;
    }
    const p = byRole ?? this.person(question, who);
    if (!('mentions' in p)) return p;
    // ("Where is Roy from?" of one the card gives an office but no country: the article does not say, whatever her office.)
    if (/^where\b/i.test(question.trim()) && !(p.affiliation && COUNTRY_NAMES.has(p.affiliation)))
      return this.no(question, `The article does not say where ${p.name} is from.`);
    const titled = p.mentions.filter((m) => m.role).map((m) => m.sentence);
    const evidence = titled.length ? titled.slice(0, 3) : [p.mentions[0].sentence];
    let answer = `${describe(p)}.`;
    if (p.absent) answer += ' The article says they did not take part.';
    else if (p.contextOnly) answer += ' The article names them for context, not as a participant.';
    // (With the body the card gives them, if any: "Ivo Kant (Rivers Trust) is named …".)
    else if (!p.roles.length)
      answer = `${p.name}${p.affiliation ? ` (${p.affiliation})` : ''} is named in the article without a title: ${this.a.sentences[evidence[0]].text}`;
    return this.yes(question, answer, evidence);
  }

  /** "Who will lead the company?": its chief executive to come, new or interim, as the text names one ("Ana Roy will serve as
   * interim chief executive"), or whoever replaces the one chief executive it names ("He will be replaced on an interim basis
   * by Ana Roy"). */
  private companyLeader(question: string): Answer | null {
    if (!WHO_WILL_LEAD.test(question.trim())) return null;
    const held = this.officeHolder(question, 'the new chief executive', 'new chief executive');
    const chiefs = held.answered ? [] : this.a.people.filter((p) => p.roles.some((r) => /\bchief executive\b/i.test(r)));
    const replaced = chiefs.length === 1 ? this.answer(`Who will replace ${chiefs[0].name}?`, false) : null;
    return replaced?.answered ? { ...replaced, question } : held;
  }

  /** "Who was the referee?": an office in common words is answered only by a sentence that names its holder
   * ("referee Ana Roy", "Ana Roy, the referee"); otherwise the article does not name one. */
  private officeHolder(question: string, shown: string, office: string): Answer {
    // "new coach" is also "new head coach": a word may qualify the office's last word.
    const words = (text: string) => text.split(/\s+/).map(escapeRegExp).join("\\s+(?:[\\p{L}'’-]+\\s+)?");
    // ("the president" is not "vice president Ana Roy".)
    const pattern = (name: string) =>
      `(?<!\\b(?:[Vv]ice|[Dd]eputy|[Aa]ssistant|[Aa]ssociate|[Uu]nder)[\\s-])[${name[0]}${name[0].toUpperCase()}]${words(name.slice(1))}`;
    const o = pattern(office);
    // Appointed "as finance minister" is the new one: the question's "new" need not be written there (nor where someone "has
    // been elected mayor").
    const unqualified = office.replace(/^(?:new|incoming)\s+/i, '');
    const bare = words(unqualified);
    const oBare = pattern(unqualified);
    const naming = new RegExp(
      [
        // "mediator Ana Roy"
        `\\b${o}\\s*,?\\s+${FULL_NAME}`,
        // "Her brother, the sculptor Tom Vale,": the holder set off after the office, with their own title
        `\\b${o},\\s+(?:the|a|an)\\s+(?:[\\p{Ll}'’-]+\\s+){1,2}${FULL_NAME}`,
        // "Ana Roy, the mediator"
        `${FULL_NAME},\\s+(?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,2}${o}\\b`,
        // "Ana Roy and Tom Vale were appointed as mediators"
        // (… "was named the tournament's best player": an owner of the title between.)
        `${FULL_NAME}\\s+(?:(?:was|were|is|are|has been|have been)\\s+)?(?:appointed|named|chosen|elected|picked|confirmed|voted)\\s+(?:as\\s+)?(?:the\\s+|an?\\s+)?(?:[\\p{L}-]+['’]s\\s+)?${oBare}s?\\b`,
        // "The club appointed former striker Ana Roy as its new head coach", "bringing back Ana Roy as finance minister", "chose
        // Ana Roy as the organisation's next secretary-general"
        `\\b(?:appointed|appointing|named|naming|chose|elected|picked|hired|confirmed|promoted|promoting|install(?:ed|ing)|br(?:ought|inging|ings?) back)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,4}?${FULL_NAME}\\s+as\\s+(?:(?:the|its|their|his|her|a|an)\\s+)?(?:[\\p{L}-]+['’]s\\s+)?(?:(?:new|next|incoming)\\s+)?(?:[\\p{L}'’-]+\\s+)?${bare}\\b`,
        // "Ana Roy will act as interim coach", "Tom Vale takes over as chairman"
        `${FULL_NAME}\\s+(?:will\\s+(?:serve|act|take\\s+over)|takes\\s+over|took\\s+over)\\s+as\\s+(?:(?:the|its|their|an?)\\s+)?(?:(?:interim|acting|new|next)\\s+)?${bare}\\b`,
        // "Police named the pilot as Ana Roy"
        `\\b(?:named|identified|confirmed)\\s+(?:the|a|an|its|their)\\s+${o}\\s+as\\s+${FULL_NAME}`,
        // "The new interior minister is Ana Roy"
        `\\b${o}\\s+(?:is|will be)\\s+${FULL_NAME}`,
        // "Ana Roy is set to become the next prime minister", "Tom Vale became finance minister", "Tom Vale, 52, a former
        // judge, becomes interior minister"
        `${FULL_NAME}(?:(?:,[^,;]{1,40}){1,2},)?\\s+(?:(?:is|was|are)\\s+(?:set|expected|due|poised|likely)\\s+to\\s+become|will\\s+become|becomes|became|has\\s+become)\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?${oBare}\\b`,
        // "The European Union was the largest donor", "the largest donor was Japan": a body or a country holds it too.
        `${NAMED_RUN}\\s+(?:was|is|were|are|became|remains|remained)\\s+(?:the|its|their)\\s+${o}\\b`,
        `\\b[Tt]he\\s+${o}\\s+(?:was|is|were|are)\\s+(?:the\\s+)?\\p{Lu}`,
      ].join('|'),
      'u',
    );
    const hits = this.a.sentences.filter((s) => s.index !== this.headline && naming.test(s.text));
    return hits.length ? this.yes(question, hits[0].text, hits.slice(0, 1)) : this.no(question, `The article does not name ${shown}.`);
  }

  attendance(question: string, who: string): Answer {
    // "Did Norway join the reserve?": joining a thing that is no gathering is asked of the sentence that tells of it (not
    // "Did Peru join the talks in Lima?").
    const joined = JOINED_WHAT.exec(question)?.[1];
    const head = joined ? contentTerms(joined).at(-1) : undefined;
    if (head && !EVENT_WORDS.has(head)) {
      const hit = this.search(question);
      if (hit.answered) return hit;
    }
    const country = this.countryAttendance(question, who);
    if (country) return country;
    const p = this.person(question, who);
    if (!('mentions' in p)) return p;
    const evidence = p.mentions.map((m) => m.sentence);
    if (p.absent) {
      // Where the text says so: the sentence that decided it, one that says it of their office ("The Trade
      // Minister was disinvited after …", though others are named there too), and their own sentences.
      const offices = officesOf(p);
      const ofOffice = this.a.sentences.filter((s) => {
        const absence = ABSENCE.exec(s.text);
        const lower = s.text.toLowerCase();
        return offices.some((o) => {
          const gap = absence ? absence.index - (lower.indexOf(o) + o.length) : -1;
          return lower.includes(o) && gap >= 0 && gap <= 12;
        });
      });
      const said = [
        ...new Set([this.a.sentences[p.absentAt ?? p.mentions[0].sentence], ...ofOffice, ...this.utterancesOf(p).filter((s) => ABSENCE.test(s.text))]),
      ].slice(0, 3);
      return this.yes(question, `No. According to the article, ${p.name} did not take part: ${said[0].text}`, said);
    }
    if (p.contextOnly) return this.yes(question, `The article names ${p.name} only for context, not as a participant.`, evidence.slice(0, 2));
    // ("Did Roy attend?" of "Roy did not join the closing session …": she took part, though not in all of it, as that sentence
    // says.)
    // (Said of them, after their name with no one else's between: not "Tom Vale sat in for Ana Roy, who did not join …" of
    // Vale.)
    const part = p.mentions.find((m) => {
      const missed = MISSED_A_PART.exec(this.a.sentences[m.sentence]?.text.slice(m.end, m.end + 80) ?? '');
      const to = m.end + (missed?.index ?? 0);
      return !!missed && !this.a.people.some((o) => o !== p && o.mentions.some((n) => n.sentence === m.sentence && n.start >= m.end && n.start < to));
    })?.sentence;
    if (part !== undefined) return this.yes(question, `Yes, though not in all of it: ${this.a.sentences[part].text}`, [part]);
    const how = p.participation === 'remote' ? ' remotely' : p.participation === 'stand-in' ? ", in someone else's place" : '';
    const at = p.participationAt ?? evidence[0];
    return this.yes(question, `Yes. ${describe(p)} took part${how}.`, [at, ...evidence.filter((i) => i !== at)].slice(0, 2));
  }

  /** "Who joined remotely?": the participants who took part by video link or phone. */
  remote(question: string): Answer {
    const list = this.a.participants.filter((p) => p.participation === 'remote');
    if (!list.length) return this.no(question, 'The article does not say that anyone took part remotely.');
    return this.yes(
      question,
      `Took part remotely: ${list.map(describe).join('; ')}.`,
      list.map((p) => p.participationAt ?? p.mentions[0].sentence),
    );
  }

  /** The words that name the reported event, its place and the headline: a question made only of them
   * and of words about who was there asks no narrower question. */
  private get eventWords(): Set<string> {
    this.eventWordsCache ??= new Set(contentTerms(`${this.a.event.name ?? ''} ${this.a.event.location ?? ''} ${this.a.article.title ?? ''}`));
    return this.eventWordsCache;
  }

  /** "Did the UAE attend?": a country, in whichever form the text writes it, was there or stayed away. */
  private countryAttendance(question: string, who: string): Answer | null {
    const country = findCountries(withoutEndMarks(who))[0]?.country;
    if (!country || findPerson(this.a.people, who)) return null;
    const naming = this.a.sentences.filter((s) => s.index !== this.headline && findCountries(s.text).some((c) => c.country === country));
    // ("Did Peru's minister attend?": the country's office-holder, not the country. "Peru was represented by its ambassador
    // after its minister stayed at home": the minister was away, the country was there.)
    const ofOffice = /['’]s\s+\p{L}/u.test(who);
    // (Nor "Chile's minister fell ill, so her deputy, X, came instead": one who came for it is named there;
    // nor "… could not fly to Lima, and spoke to the session over a video link": one who took part from afar.)
    // (… and asked of its office, the one from afar is the office-holder.)
    const cameFor = (s: Sentence, how: readonly string[]) =>
      this.a.participants.some((p) => p.affiliation === country && how.includes(p.participation) && this.mentionsIn(p, s.index).length > 0);
    const away = naming.find(
      (s) =>
        (ABSENCE.test(s.text) && (ofOffice ? !cameFor(s, ['remote']) : !/\brepresented by\b/.test(s.text) && !cameFor(s, ['stand-in', 'remote']))) ||
        COUNTRY_AWAY.test(s.text),
    );
    if (away) return this.yes(question, `No. According to the article: ${away.text}`, [away]);
    if (ofOffice) {
      if (findPersonByRole(this.a.people, who, demonymsOf)) return null;
      // ("X, Director-General, Ministry of Foreign Affairs of Peru, on behalf of the Minister": someone came in their place.)
      const standIn = this.a.participants.find((p) => p.participation === 'stand-in' && p.affiliation === country);
      if (standIn)
        return this.yes(question, `No. ${[standIn.name, ...standIn.roles.slice(0, 1)].join(', ')}, took part for ${country} in someone else's place.`, [
          standIn.participationAt ?? standIn.mentions[0].sentence,
        ]);
      return this.a.countries.includes(country)
        ? this.no(question, `The article names ${country} among the countries represented, but does not say who represented it.`)
        : null;
    }
    if (this.a.countries.includes(country)) {
      const there = naming.find((s) => /\b(?:attend|represent|join|took part|participat|delegat|sent|led)/i.test(s.text)) ?? naming[0];
      return this.yes(question, `Yes. The article names ${country} among the countries represented.`, there ? [there] : []);
    }
    return null;
  }

  participants(question: string): Answer {
    // "Who attended as observers?": a question narrower than who was there is answered by its sentence.
    if (keyTerms(question).some((k) => !PARTICIPANT_QUESTION_TERMS.has(k) && !this.eventWords.has(k))) {
      const hit = this.search(question);
      if (hit.answered) return hit;
    }
    const list = this.a.participants;
    if (!list.length) return this.no(question, 'The article does not name the participants.');
    return this.yes(
      question,
      `Participants: ${list.map(describe).join('; ')}.`,
      list.map((p) => p.mentions.find((m) => m.role)?.sentence ?? p.mentions[0].sentence),
    );
  }

  absentees(question: string): Answer {
    const away = this.a.people.filter((p) => p.absent);
    if (!away.length) {
      // ("Peru's President and Chile's Prime Minister did not attend": who stayed away, by office, not by name.)
      // ("Malta did not send a representative": a country that stayed away.)
      // ("Peru's minister, Ana Roy, did not join the closing session": one away for a part of it, as the text says.)
      const awayCountry = (t: string) => COUNTRY_AWAY.test(t) && findCountries(t).length > 0;
      const said = this.a.sentences
        .filter((s) => this.answerable(s) && (ABSENCE.test(unquoted(s.text)) || awayCountry(unquoted(s.text)) || MISSED_A_PART.test(unquoted(s.text))))
        .slice(0, 2);
      if (said.length) return this.yes(question, said.map((s) => s.text).join(' '), said);
      return this.no(question, 'The article does not name anyone who stayed away.');
    }
    return this.yes(
      question,
      `Named as not taking part: ${away.map(describe).join('; ')}.`,
      away.map((p) => p.absentAt ?? p.mentions[0].sentence),
    );
  }

  /** "What was discussed?": the sentences that say what was discussed; else the key points, the
   * article's own summary. ("What happened?", "Summarise the article": the key points, whatever was discussed.) */
  topics(question: string): Answer {
    const said = DISCUSSION_ASKED.test(question) ? this.a.sentences.filter((s) => AGENDA_TOLD.test(s.text)).slice(0, 2) : [];
    if (said.length) return this.yes(question, said.map((s) => s.text).join(' '), said);
    const points = this.a.keyPoints.slice(0, 3);
    if (!points.length) return this.search(question);
    // A point that states the proposals leaves their list to the card; an answer on its own says them.
    const items = this.a.proposals.items;
    const listed = items.length && points.some((k) => this.a.proposals.statedAt?.includes(k.sentence)) ? ` The proposals: ${items.join('; ')}.` : '';
    const sources = new Set([...points.map((k) => k.sentence), ...(listed ? this.a.proposals.evidence : [])]);
    const evidence = [...sources].sort((a, b) => a - b).map((i) => this.a.sentences[i]);
    return this.yes(question, points.map((k) => k.text).join(' ') + listed, evidence);
  }

  presiding(question: string, verb: RegExp): Answer {
    // ("Who led the study?": who made a study, not who led a gathering.)
    if (WHO_STUDIED.test(question.trim())) return this.open(question);
    // Hosting, chairing or presiding over this event: a sentence about a future one ("the next
    // summit will be hosted by …") counts only when the question asks about the future.
    const future = asksAboutFuture(question);
    // ("Fiona Gale, who chairs the remuneration committee, …": a standing office over a body the question does not name
    // is not the chair of the meeting.)
    const asked = new Set(keyTerms(question));
    // (The chair of the body that convened the event is no other body's: "convened by the Lima Relief Alliance" and "Ana Roy,
    // who chairs the alliance".)
    const convener = this.a.sentences.find((s) => CONVENED_BY.test(s.text))?.text.toLowerCase() ?? '';
    const otherBody = (text: string) => {
      const body = CHAIRS_BODY.exec(text);
      if (!body) return false;
      const kind = body[1].toLowerCase().split(/\s+/).pop()!;
      return !contentTerms(body[1]).some((t) => asked.has(t)) && !new RegExp(`\\b${kind}\\b`).test(convener);
    };
    // (Of the verb's own clause: "Ana Roy, who co-hosted the conference, said the treaty would …" hosted this one.)
    // ("agreed on a plan to cut tariffs, at a summit hosted by X" was hosted: "a plan to" is a noun's, no verb of what is to
    // come.)
    // ("agreed to merge their grids by 2030, at a session chaired by X": what is to come before the gathering the verb's
    // phrase is set in is not the verb's.)
    const toCome = (text: string) => {
      const m = verb.exec(text);
      if (!m) return false;
      const comma = text.lastIndexOf(', ', m.index);
      const from = comma >= 0 && SET_IN_A_GATHERING.test(text.slice(comma + 2, m.index)) ? comma : 0;
      return FUTURE.test(text.slice(from, m.index + m[0].length + 30).replace(PLAN_AS_NOUN, ''));
    };
    // ("Who will host the 2031 Lima Games?": a year or a number the question gives is in the sentence that answers it.)
    const figures = figuresIn(question);
    const hasFigures = (text: string) => figures.every((f) => text.includes(f));
    let hits = this.a.sentences.filter((s) => verb.test(s.text) && toCome(s.text) === future && !otherBody(s.text) && hasFigures(s.text));
    // "Who presides over AF31?" of "AF31 will be held in Quito, with Andes presiding": an event the question names is the
    // one asked about, whatever the tense. ("Who led the delegation?": what the question names that is no event must be
    // in the sentence, or "Leaders of the bloc agreed …" and "the opponents, led by X" would answer it.)
    const named = [...asked].filter((k) => !PRESIDING_STEM.test(k) && !this.eventWords.has(k) && !EVENT_NOUNS.has(k) && !EVENT_WORDS.has(k));
    // (The question asks who led: its verb reads "led".)
    const leads = verb.test('led');
    // (… or in the sentence its subject stands on: "The party, led by Ana Roy, took 29 seats." after the party's name; a
    // name the question gives whole is named whole there, not word by word: "the Lima Democratic Party" is not "Lima's
    // … Democrats".)
    const proper = PROPER_OBJECT.exec(question.trim())?.[1];
    const namesAll = (s: Sentence) => {
      const on = this.standsOn(s) || (BODY_SUBJECT.test(s.text) && s.index > 0 ? this.a.sentences[s.index - 1].text : '');
      const text = `${s.text} ${on}`;
      if (on && proper && !s.text.toLowerCase().includes(proper.toLowerCase()) && !on.toLowerCase().includes(proper.toLowerCase())) return false;
      return named.every((k) => hasTerm(new Set(contentTerms(text)), k, text));
    };
    if (!hits.length && named.length) hits = this.a.sentences.filter((s) => verb.test(s.text) && !otherBody(s.text) && hasFigures(s.text) && namesAll(s));
    else if (named.length && leads) hits = hits.filter(namesAll);
    // ("Who led the talks?": a sentence that names what the question names comes before one that leads something else.)
    const object = [...asked].filter((k) => !PRESIDING_STEM.test(k));
    const namesObject = (s: Sentence) => object.some((k) => contentTerms(s.text).includes(k));
    if (leads) hits = [...hits.filter(namesObject), ...hits.filter((s) => !namesObject(s))];
    // ("Who will lead the talks?" of "Ana Roy will lead the party's list": one who will lead something else.)
    if (leads && object.length) hits = hits.filter((s) => !/^lead/i.test(verb.exec(s.text)?.[0] ?? '') || namesObject(s));
    // "Who chairs the board?" with no "chaired" in the text: the participant whose title is the chair (the chair alone,
    // before one who chairs a committee of it).
    // (A title says who chairs now: not who will, "Who chairs the bloc next year?".)
    if (!hits.length && verb.test('chaired') && !future) {
      // ("Ana Roy, chair of the Lima Residents' Association": the chair of a body that neither the question nor the event's
      // name or headline names chaired nothing asked.)
      const eventTerms = new Set(contentTerms(`${this.a.event.name ?? ''} ${this.a.article.title ?? ''}`));
      const ofOther = (r: string) => {
        const of = / of (.+)$/.exec(r);
        return !!of && !contentTerms(of[1]).some((t) => asked.has(t) || eventTerms.has(t));
      };
      // ("S. Roy, the agency's chairman, said …" of a launch or a press conference: a chair's title says who chaired only
      // of a report of a meeting, or as the chair of a body that sits ("the committee's chair"), or of what the question names.)
      const ofMeeting = !!this.a.event.name && !PRESS_EVENT.test(this.a.event.name);
      const namesBody = [...asked].some((k) => !PRESIDING_STEM.test(k) && !EVENT_WORDS.has(k));
      const sits = (r: string) => ofMeeting || namesBody || SITTING_BODY.test(r);
      const titled = this.a.people.filter((p) => !p.absent && p.roles.some((r) => CHAIR_TITLE.test(r) && !ofOther(r) && sits(r)));
      const alone = titled.filter((p) => p.roles.some((r) => CHAIR_ALONE.test(r)));
      const chairs = titled.length > 1 && alone.length ? alone : titled;
      if (chairs.length === 1)
        return this.yes(
          question,
          `${describe(chairs[0])}.`,
          chairs[0].mentions.filter((m) => m.role).map((m) => m.sentence),
        );
    }
    // "Who leads the union?" with no "led" in the text: the one whose office heads what the question names ("union
    // president Ana Roy").
    if (!hits.length && leads && named.length) {
      const holds = (text: string) => named.every((k) => hasTerm(new Set(contentTerms(text)), k, text));
      const titled = this.a.people.filter(
        (p) => !p.absent && p.participation !== 'context' && p.roles.some((r) => HEAD_TITLE.test(r) && holds(`${r} ${p.affiliation ?? ''}`)),
      );
      // (Of two, the head of a body named so, over an office whose own words name another of its kind: "the union's general
      // secretary" of the Lima Staff Union, not a student body's "union president".)
      const ofBody = titled.filter((p) => !!p.affiliation && holds(p.affiliation));
      const heads = titled.length > 1 && ofBody.length === 1 ? ofBody : titled;
      if (heads.length === 1)
        return this.yes(
          question,
          `${describe(heads[0])}.`,
          heads[0].mentions.filter((m) => m.role).map((m) => m.sentence),
        );
    }
    if (!hits.length) return this.no(question, notSaid(question));
    const inHit = this.a.people.filter((p) => this.mentionsIn(p, hits[0].index).length > 0);
    // "… said the government was not involved in the talks, which were chaired by Tom Vale": who is after "chaired
    // (over) by", or before an active "chaired"; not everyone the sentence names.
    const at = verb.exec(hits[0].text);
    const by = !!at && /^\s+(?:over\s+)?by\b/.test(hits[0].text.slice(at.index + at[0].length));
    // ("…, Chile's Tom Vale and the host, Peru's President Ana Roy": the office as a noun, set off before the one who holds it.)
    // ("… chaired by Prime Minister X on Wednesday approved …, Minister Y said": the one right after "by", not all after it.)
    const firstAfter = (p: Person) =>
      Math.min(
        ...this.mentionsIn(p, hits[0].index)
          .filter((m) => m.start > (at?.index ?? 0))
          .map((m) => m.start),
      );
    const apposed = !!at && /\bthe\s+$/i.test(hits[0].text.slice(0, at.index)) && /^,\s/.test(hits[0].text.slice(at.index + at[0].length));
    const holder = apposed ? inHit.filter((p) => firstAfter(p) < at!.index + 120).sort((x, y) => firstAfter(x) - firstAfter(y))[0] : undefined;
    const found = holder
      ? [holder]
      : at
        ? inHit.filter((p) => this.mentionsIn(p, hits[0].index).some((m) => (by ? m.start > at.index : m.start < at.index)))
        : inHit;
    // ("co-chaired by Ana Roy and Tom Vale": everyone after "by", in the order the text names them, up to whoever is
    // quoted after.)
    const shared = !!at && (/^co-/i.test(at[0]) || /co-$/i.test(hits[0].text.slice(0, at.index)));
    const saidAt = shared ? hits[0].text.slice(at!.index).search(SAID_AFTER) : -1;
    // (The clause of who is quoted opens at the last comma before its verb: "…, Trade Minister Ivo Kant said".)
    const quotedFrom = saidAt < 0 ? Infinity : hits[0].text.slice(0, at!.index + saidAt).lastIndexOf(',');
    const cochairs = found.filter((p) => firstAfter(p) < quotedFrom).sort((x, y) => firstAfter(x) - firstAfter(y));
    const first = by && found.length > 1 ? (shared ? cochairs : [found.reduce((x, y) => (firstAfter(y) < firstAfter(x) ? y : x))]) : found;
    // "Ana Roy, who co-hosted the conference with Chile's President Tom Vale, said …": the one it was co-hosted with too.
    const withAt = at && !by && shared ? CO_WITH.exec(hits[0].text.slice(at.index + at[0].length)) : null;
    const withFrom = withAt ? at!.index + at![0].length + withAt.index + withAt[0].length : -1;
    const withTo = withAt ? hits[0].text.slice(withFrom).search(/,|;|\.(?:\s|$)/) : -1;
    const coHosts = withAt
      ? inHit.filter(
          (p) => !first.includes(p) && this.mentionsIn(p, hits[0].index).some((m) => m.start >= withFrom && (withTo < 0 || m.start < withFrom + withTo)),
        )
      : [];
    const people = [...first, ...coHosts];
    const answer = people.length ? `${people.map(describe).join('; ')}. ${hits[0].text}` : hits[0].text;
    return this.yes(question, answer, [hits[0]]);
  }

  represented(question: string, what: string): Answer {
    const target = findCountries(what)[0]?.country;
    const targetForms = target
      ? this.countryMentions()
          .filter((c) => c.country === target)
          .map((c) => c.form)
      : nameWordsOf(what);
    const hits = this.a.sentences.filter((s) => /\brepresent\w*/i.test(s.text) && targetForms.some((f) => s.text.toLowerCase().includes(f.toLowerCase())));
    // The text never says "represented", but names who took part for the country; or for the body the question names ("Who
    // represented the Lima Monetary Fund?", "Who represented the LMF?"), by its name or by the initials the article writes it
    // in, as the card gives them (not initials the article never writes: "UN" is no "University of Nairobi").
    const forIt = hits.length ? [] : target ? this.tookPartFor((a) => a === target) : this.tookPartFor(this.bodyNamed(what));
    if (forIt.length)
      return this.yes(
        question,
        `${forIt.map(describe).join('; ')}.`,
        forIt.map((p) => p.participationAt ?? p.mentions[0].sentence),
      );
    // (Of a country, with no one taking part for it: a sentence that only names it, "recalling 410,000 SUVs in the United
    // States", says nothing of who represented it.)
    if (!hits.length) return target ? this.no(question, notSaid(question)) : this.search(question);
    return this.yes(question, hits[0].text, hits.slice(0, 2));
  }

  /** Those who took part, present, for an affiliation the test accepts. */
  private tookPartFor(affiliated: ((affiliation: string) => boolean) | null): Person[] {
    if (!affiliated) return [];
    return this.a.people.filter(
      (p) => !!p.affiliation && affiliated(p.affiliation) && !p.absent && p.participation !== 'context' && p.participation !== 'earlier',
    );
  }

  /** A test of an affiliation for the body a question names by its name, written in full or by initials the article writes. */
  private bodyNamed(what: string): ((affiliation: string) => boolean) | null {
    const body = withoutEndMarks(what.trim()).replace(/^the\s+/i, '');
    // (A name, not a common word: "the union" may be any of several.)
    if (!/^\p{Lu}/u.test(body)) return null;
    const name = /^[A-Z]{2,6}$/.test(body) ? (new RegExp(`\\b${body}\\b`).test(this.text) ? spelledOutName(this.text, body) : null) : body;
    if (!name) return null;
    const named = new RegExp(`\\b${escapeRegExp(name)}\\b`);
    return (affiliation) => named.test(affiliation);
  }

  countries(question: string, count: boolean): Answer {
    if (count) {
      // (Not where something is, or goes: "on sale in 20 countries", "exports to 30 nations" count no one taking part.)
      for (const s of this.a.sentences) {
        const m = [...s.text.matchAll(COUNTRIES_COUNTED)].find((c) => !WHERE_IN_COUNTRIES.test(s.text.slice(0, c.index)));
        if (m) return this.yes(question, `${m[0]}, according to the article.`, [s]);
      }
    }
    // "Which countries took part as third parties?": a question narrower than who was there is answered
    // by the sentence that names those countries.
    const narrower = keyTerms(question).filter((k) => !COUNTRY_QUESTION_TERMS.has(k) && !this.eventWords.has(k));
    if (narrower.length) {
      const hit = this.search(question, 'any', (t) => findCountries(t).length > 0);
      if (hit.answered) return hit;
    }
    if (!this.a.countries.length) {
      // ("… a company of Taiwan, … a supplier of Japan": countries it names, none of them taking part, are still worth saying.)
      const named = [...new Set(this.a.sentences.filter((s) => s.index !== this.headline).flatMap((s) => findCountries(s.text).map((c) => c.country)))];
      const mentions = named.length ? ` It mentions ${named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`}.` : '';
      return this.no(question, `The article does not say which countries took part.${named.length <= 6 ? mentions : ''}`);
    }
    const evidence = this.a.sentences.filter(
      (s) =>
        findCountries(s.text).some((c) => this.a.countries.includes(c.country)) &&
        /\b(attend|represent|join|took part|participat|leaders of|counterparts|delegat|met|meeting)/i.test(s.text),
    );
    const lead = count ? `The article names ${this.a.countries.length} ${this.a.countries.length === 1 ? 'country' : 'countries'}` : 'Countries represented';
    return this.yes(question, `${lead}: ${this.a.countries.join(', ')}.`, evidence.slice(0, 3));
  }

  /** True when the question is about the reported event itself, not something else the article mentions. */
  private aboutTheEvent(question: string): boolean {
    // "When could rates be cut?": what may come of the event, not the event; "Where else were talks held?": others than it.
    if (asksAboutFuture(question) || /\b(?:could|might|may|should|else)\b/i.test(question)) return false;
    const eventTerms = new Set(contentTerms(`${this.a.event.name ?? ''} ${this.a.article.title ?? ''}`));
    const keys = keyTerms(question);
    // "When is the BRICS summit?" in a report of a meeting: another event, unless this one is that summit.
    const nouns = keys.filter((k) => EVENT_NOUNS.has(k));
    // (Though "the meeting" is any gathering, the "Lima Forum" too: "Where was the meeting held?")
    if (nouns.length && this.a.event.name && !nouns.some((n) => n === MEETING_TERM || eventTerms.has(n) || this.leadNamesEvent(n))) return false;
    // With no name for the reported event, a noun the text gives only to another one ("ahead of next week's summit").
    // (… or only to one still to come: "Talks on a lasting truce are due to begin in Lima on May 2" after a release on Monday.)
    if (nouns.length && !this.a.event.name && nouns.every((n) => (this.nounOfAnother(n) && !this.leadNamesEvent(n)) || this.nounOnlyAhead(n))) return false;
    const aboutSomeone = peopleNamedIn(this.a.people, question.replace(/^\w+\s+\w+/, '')).length > 0;
    // "When did she die?" under "… dies at 88": a verb the headline shares is what someone did, not the event, unless the
    // event is named by it.
    const verb = QUESTION_VERB.exec(question)?.[1];
    const verbKey = verb ? contentTerms(verb)[0] : undefined;
    if (verbKey && !EVENT_WORDS.has(verbKey) && !contentTerms(this.a.event.name ?? '').includes(verbKey)) return false;
    // "When do the cuts start?": when something the event decided begins or ends, not the event's own day (though
    // "When does the summit start?" asks that).
    if (!nouns.length && STARTS_OR_ENDS.test(question)) return false;
    // (A key that stands for the question's own word is read as that word: "appointed" of "… appoints Ana Roy".)
    return !aboutSomeone && keys.filter((k) => !EVENT_WORDS.has(k)).every((k) => termsOfKey(k).some((t) => eventTerms.has(t)));
  }

  /** Every sentence that names this noun tells of a time to come ("Talks are due to open in Quito on January 8."), and
   * neither the headline nor the lead names it (a preview's lead, "Leaders will open talks on Friday", is of its event). */
  private nounOnlyAhead(noun: string): boolean {
    const naming = this.a.sentences.filter((s) => this.index.termsOf(s.index).includes(noun));
    const lead = this.a.keyPoints[0]?.sentence;
    return naming.length > 0 && naming.every((s) => s.index !== this.headline && s.index !== lead && FUTURE.test(s.text));
  }

  /** The text gives this noun to an event before or after the reported one ("ahead of next week's summit"). */
  private nounOfAnother(noun: string): boolean {
    return this.a.sentences.some((s) => {
      for (const m of s.text.matchAll(/[\p{L}-]+/gu)) {
        if (contentTerms(m[0])[0] !== noun) continue;
        if (anotherBefore(s.text, m.index!, m[0].length)) return true;
      }
      return false;
    });
  }

  /** The opening sentences call the reported event by this noun ("held wide-ranging talks"), not
   * another event ("ahead of the BRICS Summit"). */
  private leadNamesEvent(noun: string): boolean {
    return this.a.sentences.slice(0, 4).some((s) => {
      for (const m of s.text.matchAll(/[\p{L}-]+/gu)) {
        if (contentTerms(m[0])[0] !== noun) continue;
        if (!anotherBefore(s.text, m.index!, m[0].length)) return true;
      }
      return false;
    });
  }

  /** "Where will the cuts fall?": a sentence that places what the question's verb tells, right after it ("most of the cuts
   * would fall in Peru"), before any that only names a place ("… after profit fell on weak demand in Bolivia"). */
  private placedByVerb(question: string): Answer | null {
    const verb = WHERE_VERB.exec(question.trim())?.[1];
    // (Not of the event, "Where did they meet?", "Where was the meeting held?", whose place the card knows; nor of a verb with
    // no subject named, "Where did it start?".)
    const term = verb ? contentTerms(verb)[0] : undefined;
    if (!verb || !term || EVENT_WORDS.has(term) || keyTerms(question).length < 2) return null;
    // (The verb in its own forms only, "fall", "falls", "falling": a word of the same group, "sit" for "meet", places
    // another act.)
    const placed = new RegExp(`\\b${escapeRegExp(stem(verb.toLowerCase()))}\\p{Ll}*(?:\\s+[\\p{L}-]+){0,2}?\\s+${PLACED_AFTER}`, 'u');
    const found = this.search(question, 'place', (t) => placed.test(t));
    return found.answered ? found : null;
  }

  /** A question of what is to come ("Where will the leaders meet?", "When will they meet again?") of a report whose event
   * the text tells as past: no answer of that event's, nor of any sentence told as past. */
  private aheadOfPastEvent(question: string): boolean {
    return asksAboutFuture(question) && !this.a.event.evidence.some((i) => FUTURE.test(this.a.sentences[i].text));
  }

  where(question: string): Answer {
    if (this.noMeetingTold(question)) return this.no(question, notSaid(question));
    // "Where are the workers from?": a sentence that says where they come from ("The workers, from Peru and Chile, …"), not
    // any that places them.
    if (FROM_QUESTION.test(question.trim())) {
      const origin = this.search(question, 'place', (t) => COMES_FROM.test(t));
      if (origin.answered) return origin;
      // ("Where were they from?", in no word but "they": the sentence that says where people are from, "Most of them are from
      // Peru and Chile".)
      const told = keyTerms(question).length ? undefined : this.firstAnswerable((t) => ORIGIN_TOLD.test(t));
      if (told) return this.yes(question, told.text, [told]);
    }
    const byVerb = this.placedByVerb(question);
    if (byVerb) return byVerb;
    const { location, evidence } = this.a.event;
    const ahead = this.toldAhead(question, 'place');
    if (ahead) return this.yes(question, ahead.text, [ahead]);
    // (A question of what is to come, "Where will the leaders meet?", is not of a gathering the text tells as past.)
    const pastEvent = this.aheadOfPastEvent(question);
    if (location && !pastEvent && this.aboutTheEvent(question)) {
      const place = location.split(',')[0].replace(/^the /, '');
      const said = evidence.filter((i) => this.a.sentences[i].text.includes(place));
      // "Where did the explosion happen?" of a report datelined in the capital: a sentence that places what the question
      // names ("at a mine in the town of X") says more than the dateline of an event the text does not name.
      if (!said.length && !this.a.event.name) {
        const placed = this.search(question, 'place');
        // (Not a place still to come: "… which will meet for the first time in Quito in June".)
        if (placed.answered && !FUTURE.test(placed.evidence[0] ?? '')) return placed;
      }
      // (A report of no gathering says where the thing happened in its own words: "A bus overturned near … in the Andes", not
      // "The event was held in the Andes"; asked where a meeting was held, it says where it was held.)
      if (said.length && this.inItsOwnWords(question)) return this.yes(question, asSentence(this.a.sentences[said[0]].text), [said[0]]);
      // ("… was held at the Foreign Ministry, Mexico City": a building is a venue one is at, a city a place one is in.)
      // (So is a body's seat, "at the United Nations"; a country named with "the" is "in the Netherlands".)
      const first = location.split(',')[0];
      const at =
        VENUE_FIRST.test(first) || SEAT.test(first) ? `at ${/^the\s/i.test(location) ? '' : 'the '}` : THE_COUNTRY_NAMES.has(first) ? 'in the ' : 'in ';
      const was = PLURAL_EVENT.test(this.a.event.name ?? '') ? 'were' : 'was';
      return this.yes(question, `${this.eventName()} ${was} held ${at}${location}.`, said.length ? said : evidence);
    }
    // (… nor is any other sentence that tells of the past: "Where will the leaders meet?" is not "ended a meeting in
    // Lima".)
    const found = this.search(question, 'place', pastEvent ? (t) => hasType(t, 'place') && STILL_AHEAD.test(t) : undefined);
    // ("Where was the meeting held?" of "The talks were held by video.": held nowhere, as the text says.)
    const online = !found.answered && this.aboutTheEvent(question) ? this.firstAnswerable((t) => HELD_ONLINE.test(t)) : undefined;
    if (online) return this.yes(question, online.text, [online]);
    // "Where did it happen?" of a report that names no event: where its lead says the news happened ("A bridge in Lima
    // collapsed …").
    const lead = this.a.keyPoints[0]?.sentence;
    if (
      !found.answered &&
      lead !== undefined &&
      !this.a.event.name &&
      HAPPENED.test(question) &&
      this.aboutTheEvent(question) &&
      keyTerms(question).every((k) => EVENT_WORDS.has(k))
    ) {
      const s = this.a.sentences[lead];
      if (IN_A_PLACE.test(s.text)) return this.yes(question, s.text, [s]);
    }
    // "Where will the next summit be held?" — "Japan would host the next summit in 2025."
    if (!found.answered && asksAboutFuture(question)) {
      // (A sentence of who hosts what is to come need not say "next": "offer to host the fifth meeting".)
      const keys = keyTerms(question).filter((k) => !NEXT_TERMS.has(k));
      const host = this.a.sentences.find((s) => HOSTS_NEXT.test(s.text) && coverage(keys, s.text) >= (keys.length <= 2 ? 1 : 0.6));
      if (host) return this.yes(question, asSentence(host.text), [host]);
    }
    // "Where will the money go?": where a thing goes need be no named place ("The money will go to a fund for schools").
    if (!found.answered && GOES_QUESTION.test(question)) {
      const goes = this.search(question, 'any', (t) => GOES_TO.test(t));
      if (goes.answered) return goes;
    }
    // "Where will the money come from?": where a thing comes from need be no named place ("The money would come from a new
    // parking levy", "funded by a tax on …").
    if (!found.answered && SOURCE_QUESTION.test(question)) {
      const source = this.search(question, 'any', (t) => SOURCE_TOLD.test(t));
      if (source.answered) return source;
    }
    // "Where were the findings published?": where a text appeared is a journal or a paper, no place ("published on Monday in
    // the journal Lima Science").
    if (!found.answered && PUBLISHED_QUESTION.test(question)) {
      // (A study is its findings, its results, its paper: "Where was the study published?" of "Its results were published in …".)
      const appeared = this.search(question, 'any', (t) => PUBLISHED_IN.test(t), question.replace(WORK_PUBLISHED, ' '));
      if (appeared.answered) return appeared;
    }
    // No place given, but the event is named after one ("their Lima meeting"): say just that.
    const named = this.a.event.name ? placeInEventName(this.a.event.name) : null;
    if (!found.answered && named && this.aboutTheEvent(question))
      return this.yes(question, `The article calls it the ${this.a.event.name}; it gives no other place.`, evidence);
    // An online meeting was held nowhere; the text says so in its name.
    if (!found.answered && /\b(?:online|virtual)\b/i.test(this.a.event.name ?? '') && this.aboutTheEvent(question))
      return this.yes(question, 'The meeting was held online; the article gives no place.', evidence);
    return found;
  }

  when(question: string): Answer {
    if (this.noMeetingTold(question)) return this.no(question, notSaid(question));
    const { date, evidence } = this.a.event;
    // "What time will school start?": a time of day ("to 9:15 a.m."), before the day or the lead that says "later".
    if (/^what time\b/i.test(question.trim())) {
      const clock = this.search(question, 'date', (t) => CLOCK_TIME.test(t));
      if (clock.answered) return clock;
    }
    // "When is the final?" of a semi-final's report, whose headline has them "reach cup final": what the text dates as
    // still to come ("Lima will face Sucre in the final on May 24") is asked about, not the reported event's day.
    const ahead = this.toldAhead(question);
    if (ahead) return this.yes(question, ahead.text, [ahead]);
    // "When did the fire start?" of "The fire started late on Sunday" in a report of Monday's evacuation: the sentence about
    // it that says when, before the report's day and its lead.
    const toldOf = this.toldWhen(question);
    if (toldOf) return this.yes(question, toldOf.text, [toldOf]);
    // "When did the plant open?" of "The Lima plant, which opened in 1971, employs …": the question's own verb, dated right
    // after it, in a sentence about what it names (though of another year than the news).
    const verbDated = this.verbDated(question);
    if (verbDated) return this.yes(question, verbDated.text, [verbDated]);
    // (… nor of when: "When will the leaders meet again?"; nor is it answered by any other sentence that tells of the past.)
    const pastEvent = this.aheadOfPastEvent(question);
    if (!pastEvent && this.aboutTheEvent(question)) {
      // "When does the Congress end?": a sentence that says when it ends ("It ends on Wednesday."), before its own day.
      if (ENDS_QUESTION.test(question)) {
        const ends = this.a.sentences.find((s) => s.index !== this.headline && EVENT_ENDS.test(s.text) && hasType(s.text, 'date'));
        if (ends) return this.yes(question, ends.text, [ends]);
      }
      if (date) {
        // (The sentences that give the day; or, for a day read off the report's own date, the one that says it is today.)
        const giving = evidence.filter((i) => this.a.sentences[i].text.includes(date));
        // (A report of no named gathering says when the thing happened in its own words: "Burglars entered the gallery
        // on Thursday night …", not "The event: Thursday."; asked when a meeting was held, it says its day.)
        // (A sentence of prose: not a page's line of dates, "4 May 2024, 10:15 | Updated: …".)
        const told = giving.find((i) => PROSE_SENTENCE.test(this.a.sentences[i].text));
        if (told !== undefined && this.inItsOwnWords(question)) return this.yes(question, asSentence(this.a.sentences[told].text), [told]);
        // (A day no sentence gives is the report's own, read off its publication line: the answer says so.)
        if (!giving.length && !evidence.length) return this.yes(question, `${this.eventName()}: ${date}, the day the article was published.`, []);
        return this.yes(question, `${this.eventName()}: ${date}.`, giving.length ? giving : evidence);
      }
      if (this.a.article.published) return this.yes(question, `The article was published ${this.a.article.published}; it gives no other date.`, []);
    }
    // "When do the cuts start?": the start is the date, "from January", not a word the text must use.
    const starts = STARTS.exec(question);
    if (starts) {
      const keyed = question.replace(starts[0], ' ');
      // ("When does it take effect?": with no word but "it", what starts is the news, and the lead dates it: "… will raise
      // the minimum wage by 12% from April 1".)
      const lead = this.a.keyPoints[0]?.sentence;
      const leadText = lead !== undefined ? this.a.sentences[lead].text : '';
      if (!keyTerms(keyed).length && lead !== undefined && STARTS_ON_A_DAY.test(leadText)) return this.yes(question, leadText, [lead]);
      const found = this.search(question, 'date', (t) => hasType(t, 'date') && STARTS_FROM.test(t), keyed);
      if (found.answered) return found;
      // ("It will enter into force once six states have ratified it.": with no date, the condition it starts on is when.)
      const once = this.search(question, 'any', (t) => STARTS_ONCE.test(t), keyed);
      if (once.answered) return once;
      // (… and with no word but "it", the news's own condition: "It must still be ratified by the assembly before it takes
      // effect.")
      const condition = keyTerms(keyed).length ? undefined : this.a.sentences.find((s) => s.index !== this.headline && STARTS_ONCE.test(s.text));
      if (condition) return this.yes(question, condition.text, [condition]);
    }
    // ("When did Roy take office?": only a sentence that tells of a post taken dates it, "took office in 2024"; not the lead
    // that keeps her government "in office".)
    const taking = TAKE_OFFICE.test(question);
    const found = this.search(question, 'date', (t) => hasType(t, 'date') && (!pastEvent || STILL_AHEAD.test(t)) && (!taking || TAKE_OFFICE.test(t)));
    if (found.answered || !asksAboutFuture(question)) return found;
    // "When will the hearing resume?" of "No date for the hearing has been set.": a date not yet set for what the question names
    // answers, whatever verb the question puts it in.
    const things = keyTerms(question).filter((k) => hasTerm(this.vocabulary, k, this.text));
    const noDate = things.length ? this.a.sentences.find((s) => this.answerable(s) && NO_DATE_YET.test(s.text) && coverage(things, s.text) >= 1) : undefined;
    return noDate ? this.yes(question, noDate.text, [noDate]) : found;
  }

  /** "Where did they meet?", "When will the ministers meet?" of a report that tells of no gathering at all (a train crash, a
   * theft): no meeting to place or date, whatever the report's own place and day. (Sides meet in a match.) */
  private noMeetingTold(question: string): boolean {
    return MEET_ASKED.test(question) && !this.a.sentences.some((s) => tellsOfGathering(s.text));
  }

  /** For "When did the plant open?", the sentence about the plant whose own "opened" is dated right after it ("which opened
   * in 1971"); undefined for another question. */
  private verbDated(question: string): Sentence | undefined {
    const asked = LAST_VERB_QUESTION.exec(question.trim());
    if (!asked) return undefined;
    const keys = keyTerms(question);
    // (An adverb of manner may come between: "retired quietly in 2019", "opened officially in 1971".)
    // (… or a year given roughly: "made around 300 AD", "built about 1450", not "struck about 90 km from …"; or a century: "went
    // down in the third century".)
    // (The verb in any of its forms: "When did the boat sink?" of "it sank off Lima in …".)
    const verbs = formsOf(stem(asked[1].toLowerCase())).map(escapeRegExp).join('|');
    const dated = new RegExp(
      String.raw`\b(?:${verbs})\p{L}*\s+(?:\p{Ll}+ly\s+)?(?:(?:in|on)\s+(?:\d{4}\b|${FULL_MONTH}\b|${WEEKDAY}\b)|(?:around|about)\s+(?:\d{4}|\d{2,4}\s+(?:AD|BC))\b|in\s+the\s+(?:\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD})\s+century\b)`,
      'iu',
    );
    return this.firstAnswerable((t) => dated.test(t) && coverage(keys, t) === 1);
  }

  /** A sentence about what the question names, that gives its day: its opening words name it ("The fire started late on
   * Sunday"), and it is not the event's own day nor the event's own word ("When was the meeting?"). (A time of day alone,
   * "The fire started at 3 a.m.", leaves the day to the lead.) */
  private toldWhen(question: string): Sentence | undefined {
    const keys = keyTerms(question);
    const { date } = this.a.event;
    if (!keys.length || keys.some((k) => EVENT_WORDS.has(k) || EVENT_NOUNS.has(k))) return undefined;
    const opening = (s: Sentence) => s.text.split(/\s+/).slice(0, 4).join(' ');
    // (Nor one of another year: "The fire started on the hill that burned in March 2019".)
    const now = this.newsNow();
    const otherYear = (text: string) => (text.match(/\b(?:19|20)\d\d\b/g) ?? []).some((y) => !now.includes(y)) || this.ofAnotherTime(text);
    const opens = this.a.sentences.find(
      (s) => s.index !== this.headline && !(date && s.text.includes(date)) && A_DAY.test(s.text) && coverage(keys, opening(s)) === 1 && !otherYear(s.text),
    );
    if (opens || keys.length > 1) return opens;
    // (… or the one that dates the thing right after its word, though it gives the report's own day too: "The crew of a
    // plane that crashed near Lima in March had …", asked "When did the crash happen?" in a report of Tuesday's findings.)
    const datedRight = (text: string) => {
      const words = text.split(/\s+/);
      const at = words.findIndex((w) => stem(w.replace(/[^\p{L}'’-]/gu, '')) === keys[0]);
      if (at < 0) return false;
      const after = words
        .slice(at + 1, at + 6)
        .join(' ')
        .split(/[,;:]/)[0];
      const day = A_DAY.exec(after)?.[0];
      return !!day && !date?.includes(day) && !otherYear(text);
    };
    return this.firstAnswerable(datedRight);
  }

  /** For "When is/will …?", the sentence that dates what the question names as still to come, when the reported event's
   * name does not name it; for "Where is/will …?" (type "place"), the one that places it ("Where is the final?" of a
   * semi-final's report: "They will face Quito in the final in Lima on May 30", not where the semi-final was played). */
  private toldAhead(question: string, type: 'date' | 'place' = 'date'): Sentence | undefined {
    // (When something starts or ends is read below: "When do the cuts start?" is answered from "from January".)
    // (Nor "When is the next meeting?": the search reads "next" itself.)
    if (
      !(type === 'date' ? /^when (?:is|are|will|does|do)\b/i : /^where (?:is|are|will)\b/i).test(question.trim()) ||
      STARTS.test(question) ||
      ENDS_QUESTION.test(question) ||
      /\b(?:next|upcoming)\b/i.test(question)
    )
      return undefined;
    const named = new Set(contentTerms(this.a.event.name ?? ''));
    const own = keyTerms(question).filter((k) => !EVENT_WORDS.has(k) && !named.has(k));
    // ("When will the council sit?" of an election's report, whose event has no name: a sitting is asked about in the
    // event's own words, and the sentence that dates it ahead answers.)
    const keys = own.length || this.a.event.name || type !== 'date' ? own : keyTerms(question);
    if (!keys.length) return undefined;
    // ("When will the ministers meet?": asked of a gathering, only a sentence that tells of one answers, not "Foreign Minister
    // Ana Roy said the workers would return to Quito on Monday".)
    const gathering = MEET_ASKED.test(question) ? tellsOfGathering : () => true;
    // (A sitting dated in the present tense is still to come: "The council sits again on May 2.")
    const dated = this.a.sentences.filter(
      (s) =>
        this.answerable(s) &&
        (FUTURE.test(s.text) || (type === 'date' && SITS_ON.test(s.text))) &&
        hasType(s.text, type) &&
        coverage(keys, s.text) === 1 &&
        gathering(s.text),
    );
    // Of several, the one that also tells the event asked about: "When will the assembly meet?" is answered by "… the new
    // assembly's first sitting on June 3", not by a lead that dates the election the assembly will come of.
    const all = keyTerms(question);
    const covered = dated.map((s) => coverage(all, s.text));
    return dated[covered.indexOf(Math.max(...covered))];
  }

  /** A measure the question names ("how old", "how long", "how big"), answered by its own kind of amount; null for another question. */
  private measured(question: string): Answer | null {
    // "How old is the company?": a thing's age, as a person's is not ("the 90-year-old firm", "founded in 1885").
    const thing = THING_AGE_QUESTION.exec(question.trim())?.[1];
    if (thing) {
      const forms = formsOf(stem(thing.toLowerCase())).map(escapeRegExp).join('|');
      // (… or the time it dates from: "believed to date from the third century".)
      const aged = new RegExp(
        `\\d{1,4}-year-old\\s+(?:[\\p{Ll}-]+\\s+)?(?:${forms})|\\b(?:founded|established|built|set up|opened)\\s+in\\s+\\d{4}|\\bdat(?:e|es|ed|ing)\\s+(?:back\\s+)?(?:from|to)\\s+(?:the\\s+|about\\s+|around\\s+)?(?:\\d|\\p{Ll}+\\s+(?:century|millennium))`,
        'iu',
      );
      return this.search(question, 'number', (text) => aged.test(text));
    }
    // ("How long will it last?": a span of time, never a length, "smoke rising 4 kilometres".)
    // (… nor the time since the last one of its kind, "for the first time in 40 years", nor a time told from another, "four
    // years ago".)
    if (DURATION_QUESTION.test(question)) return this.search(question, 'amount', (text) => SPAN_OF_TIME.test(text.replace(SINCE_THE_LAST, ' ')));
    // ("How long was Roy held?": only a sentence that tells of someone held answers, as "held" is no key term ("Where was the
    // meeting held?"); not one that gives any other span, "travelled from Lima to Quito".)
    if (HELD_QUESTION.test(question)) {
      const span = MEASURES.find((m) => m.asks.test(question));
      return this.search(question, 'amount', (text) => HELD_TOLD.test(text) && !!span?.fits.test(text));
    }
    // ("How long does the minister have?": the time they are given, "who has six weeks to sign", "has until noon on Friday";
    // not another span the sentence that names them gives, "any appeal is due within 10 days of the minister's ruling".)
    if (TIME_GIVEN_QUESTION.test(question)) {
      const given = this.search(question, 'amount', (text) => TIME_GIVEN.test(text));
      if (given.answered) return given;
    }
    // ("How long is the bridge?": its length, when the text gives one, before any span of time, "a year after work began".)
    if (THING_LENGTH_QUESTION.test(question.trim())) {
      const length = this.search(question, 'amount', (text) => LENGTH.test(text));
      if (length.answered) return length;
    }
    const measure = MEASURES.find((m) => m.asks.test(question));
    return measure
      ? this.search(question, measure.type, (text) => measure.fits.test(text), measure.unkeyed ? question.replace(measure.unkeyed, ' ') : question)
      : null;
  }

  /** "What is the inflation rate?": an amount told right after the word that says which measure ("inflation slowed to 2.9%"),
   * before one in a sentence that only names it too ("kept its interest rate at 3.75% … if inflation keeps easing"). */
  private measureNamed(question: string): Answer | null {
    // (Of "the new minimum wage", the word next to the measure says which: "minimum"; a measure with no such word, "What
    // was revenue?", is any sentence's that gives it.)
    const which = MEASURE_NAMED.exec(question)?.[1].trim().split(/\s+/).at(-1);
    if (!which) return null;
    // (Within four words, none of them another measure's: "the budget forecasts a deficit of 2.1%" is the deficit's.)
    const told = new RegExp(`\\b${escapeRegExp(which)}\\b(?:\\s+(?!(?:${MEASURE_NOUNS})\\b)[\\p{L}'’-]+){0,4}?\\s+[^\\s\\d]{0,3}\\d`, 'iu');
    // (Keyed by that word alone: "Annual inflation slowed to 2.9%" never says "rate".)
    const found = this.search(question, 'amount', (text) => hasType(text, 'amount') && told.test(text), which);
    return found.answered ? found : null;
  }

  /** "How many X …": a number counting X; "how much …": an amount with its unit. */
  number(question: string): Answer {
    // "How many of …", "How many did Vale score?": no noun counted, any number answers.
    if (/^how many (?:of|did|does|do|will|would|has|have|had|can|could)\b/i.test(question)) return this.search(question, 'number');
    const measured = this.measured(question);
    if (measured) return measured;
    if (STUDIED_QUESTION.test(question.trim())) {
      const studied = this.firstAnswerable((t) => STUDIED_COUNT.test(t));
      if (studied) return this.yes(question, studied.text, [studied]);
    }
    // "What percentage voted for the strike?": a share ("nine in ten … 91% backed a walkout"), not any amount near its words
    // ("voted to strike for two days in May").
    if (SHARE_QUESTION.test(question)) {
      const share = this.search(question, 'amount', (t) => SHARE_GIVEN.test(t));
      if (share.answered) return share;
      // (… and a sentence that gives no share is no answer: "What percentage voted against the pay report?" is not "voted
      // against the pay report, after a $4 million bonus".)
      const any = this.search(question, 'amount');
      return any.answered && !any.evidence.some((t) => SHARE_GIVEN.test(t)) ? this.no(question, notSaid(question)) : any;
    }
    // "What is the deal worth?": a sum in a currency, not any figure near the deal ("an all-share deal, with shareholders
    // owning 58%").
    // (A sum told as a value first: "The company, valued at $3 billion, …", before any sum near its name.)
    if (/\bworth\b/i.test(question)) {
      const valued = this.search(question, 'amount', (t) => CURRENCY_SUM.test(t) && VALUED.test(t));
      return valued.answered ? valued : this.search(question, 'amount', (t) => CURRENCY_SUM.test(t));
    }
    // "How many work at the plant?", "How many people does it employ?": a workforce, counted after its verb ("employs 1,800
    // people"), whatever the text calls those who work there.
    if (WORKFORCE_QUESTION.test(question)) {
      const staff = this.search(question, 'number', (t) => EMPLOYS.test(t), question.replace(WORKFORCE_QUESTION, 'how many employ '));
      if (staff.answered) return staff;
    }
    // "How many were injured?": the verb after the auxiliary counts whoever it happened to.
    // (… after an adverb too: "How many were seriously injured?")
    const many = /^how many\s+(?:(?:were|are|was|is|have been|had been|has been|got|get)\s+(?:\p{L}+ly\s+)?(?=\p{L}+ed\b))?([\p{L}-]+)/iu.exec(question);
    if (!many) return this.search(question, 'amount');
    // "How many abstained?": a verb counts whoever did it ("three members abstaining").
    // "How many rate cuts …": the plural after a modifier is what is counted.
    const head = /^\s+(?!(?:has|was|is|does|says|goes)\b)([\p{L}-]+s)\b/iu.exec(question.slice(many.index + many[0].length))?.[1];
    // "How many are homeless?", "How many remain missing?": a state, not a thing counted; the count comes before it
    // ("45,000 have been left homeless").
    const state = STATE_AFTER.exec(question)?.[1];
    // ("at least three missing people": a count in words too.)
    // ("Eleven of the injured were in critical condition": a count of some, the state after its verb.)
    // (… up to eight words before it: "Eight of those hurt were in a serious condition".)
    const countInState = state ? new RegExp(`(?:\\d[\\d,.]*|\\b${COUNT_WORD})\\s+(?:[\\p{L}-]+\\s+){0,8}${escapeRegExp(state)}\\b`, 'iu') : null;
    const counted = !/ed$/i.test(many[1]) && head ? head : many[1];
    const noun = /ed$/i.test(counted) ? counted.replace(/e?d$/i, '') : counted.replace(/s$/i, '');
    // ("How many people were there?" is asked of a boat or a flood too: with no crowd at an event, it is answered as any count.)
    const crowd = ATTENDING.test(question) && CROWD_NOUN.test(many[1]) ? this.crowd(question) : null;
    // (Not of a meeting: there, "were there" asks who came, and workers a plan would hire were not there.)
    if (crowd && (crowd.answered || !/\bwere there\b/i.test(question) || GATHERING.test(this.a.event.name ?? ''))) return crowd;
    // ("How many people watched?": a crowd the text counts at the event, "A crowd of 38,500 watched."; else any count of
    // those who watched, "drew 19.5 million viewers".)
    const watching = !crowd && /\bwatch(?:ed|ing)?\b/i.test(question) && CROWD_NOUN.test(many[1]) ? this.crowd(question) : null;
    if (watching?.answered) return watching;
    // "How many delegates attended?": a count of delegates is the answer however the text words their
    // being there ("addressing some 300 delegates"), so the attending verb is no key term.
    // "How many countries voted in favour?": the tally's votes count them ("187 votes in favour").
    const voting = VOTING.test(question);
    // "How many people have died?": deaths are people's, so "people" is no word the text must use.
    const dying = /\b(?:died|die|killed|dead)\b/i.test(question);
    // "How many customers are affected?", "How many schools will benefit?", "How many workers are covered?": the customers,
    // schools or workers counted are the answer, however the text says they were hit, helped or included.
    const qualifier = QUALIFIED.exec(question)?.[0];
    const unkeyed = question.replace(ATTENDING, ' ').replace(QUALIFIED_ALL, ' ');
    // (… nor, asked how many people something happened to, is it: the count itself must be of people, "700 guests and staff
    // were evacuated"; though in "How many people were there?" it is the only word the text must use.)
    const unpeopled = unkeyed.replace(/\b(?:people|persons)\b/gi, ' ');
    const keyed = dying || (/^how many (?:people|persons)\b/i.test(question) && keyTerms(unpeopled).length > 0) ? unpeopled : unkeyed;
    // A verb counts after it too: "injuring more than 1,900", "killing at least 214 people".
    // … or as a share of those who did it: "71 per cent of those who voted in favour".
    // … or in the passive, after whoever it counts: "700 guests and staff were evacuated".
    const verbCount = /ed$/i.test(many[1])
      ? new RegExp(
          `\\b${escapeRegExp(noun)}\\w*\\s+(?:(?:more than|at least|about|some|nearly|almost|over|around|up to)\\s+)?\\d|\\d[\\d,.]*\\s*(?:%|per cent|percent)\\s+of\\s+(?:[\\p{L}-]+\\s+){0,4}${escapeRegExp(noun)}(?:e?d|ing)\\b|\\d[\\d,.]*\\s+(?:[\\p{L}-]+\\s+){1,4}(?:were|was|had been|have been|has been)\\s+(?:\\p{L}+ly\\s+)?${escapeRegExp(noun)}e?d\\b`,
          'iu',
        )
      : null;
    // "How many members backed the offer?": a share of them answers, "60% of members … backed the offer", when the question
    // asks what they did (asked only how many there are, a share of them is no count).
    const shareOf =
      !verbCount && keyTerms(keyed).some((k) => k !== stem(noun)) ? new RegExp(`${SHARE_OF.source}(?:[\\p{L}-]+\\s+){0,2}?${escapeRegExp(noun)}`, 'iu') : null;
    // "How many seats did the party win?": asked what was, a count of what would be held ("with Lima First the
    // party would have 30 seats") is no answer (though what someone said would be done is: "said it would recall 9,000 cars").
    const supposed =
      !verbCount && /\b(?:did|was|were|has|have|had)\b/i.test(question) && !/\b(?:would|could|might)\b/i.test(question)
        ? new RegExp(
            `\\b(?:would|could|might)\\s+(?:then\\s+|still\\s+|only\\s+)?(?:have|hold|control|command|total)\\s+(?:[\\p{L}-]+\\s+){0,2}?\\d[\\d,.]*\\s+(?:[\\p{L}-]+\\s+){0,2}?${escapeRegExp(noun)}`,
            'iu',
          )
        : null;
    const searchCounting = (counts: string) =>
      this.search(
        question,
        'number',
        // A verb is counted as a verb ("1,900 injured", "three members abstaining"), not as a noun ("8,000 rescue workers").
        (text) =>
          !supposed?.test(text) &&
          (countsNoun(text, verbCount ? `${noun}(?:e?d|ing)\\b` : PEOPLE.test(noun) ? PEOPLE_COUNTED : counts) ||
            // ("How many voted against?" of "voted by 142 to 61": the tally counts either side.)
            // (… or counts those who cast it, whatever they are called: "Nine of the board's 12 trustees voted in favour".)
            (voting && (countsNoun(text, '(?:votes?|abstentions?)\\b') || (TALLY.test(text) && VOTING.test(text)) || VOTERS_COUNTED.test(text))) ||
            !!verbCount?.test(text) ||
            !!shareOf?.test(text) ||
            // "How many people have died?": the dead are counted as deaths too ("537 deaths"), or as a toll ("the death toll rose to 312").
            (dying && (countsNoun(text, '(?:deaths?|dead|fatalities|lives)\\b') || DEATH_TOLL.test(text) || COUNTED_DEAD.test(text))) ||
            !!countInState?.test(text) ||
            // ("How many jobs will be lost?" of "Some 2,400 employees will lose their jobs": a job each.)
            (noun === 'job' && JOBS_LOST_BY.test(text))),
        keyed,
      );
    let found = searchCounting(`${noun}\\w*`);
    // ("How many bikes were recalled?" of "the recall of 12,000 electric bicycles": the thing counted by another word for it.)
    const others = formsOf(stem(noun)).filter((f) => f !== stem(noun) && /^\p{L}{3,}$/u.test(f));
    if (!found.answered && !verbCount && !PEOPLE.test(noun) && others.length) {
      const again = searchCounting(`(?:${others.map(escapeRegExp).join('|')})\\w*`);
      if (again.answered) found = again;
    }
    // ("How many medics are there?": asked of nothing but the thing counted, the text's largest count of it says how many
    // there are; another counts some of them, "Three medics were hurt", before or after it.)
    // ("How many pupils are affected?" of "… the 250 affected pupils …" and "the roll fell by 900 pupils": the count
    // the question's own word qualifies, when the text writes it so.)
    const qualifiedCount = qualifier ? new RegExp(`\\d[\\d,.]*\\s+${escapeRegExp(qualifier)}\\s+${escapeRegExp(noun)}`, 'iu') : null;
    const qualified = qualifiedCount ? this.pool.find((t) => t.index !== this.headline && qualifiedCount.test(t.text)) : undefined;
    if (qualified) return this.yes(question, qualified.text, [qualified]);
    const bare = found.answered && !verbCount && !PEOPLE.test(noun) && !qualifier && keyTerms(keyed).every((k) => k === stem(noun));
    const all = bare ? this.pool.filter((s) => s.index !== this.headline && countsNoun(s.text, `${escapeRegExp(noun)}\\w*`)) : [];
    const largest = all.length ? largestCount(all, noun) : undefined;
    if (largest) return this.yes(question, largest.text, [largest]);
    // ("How many heads of state attended?": of two counts, the one of those there, "attended by 44 heads of state", not "a
    // mission of five heads of state" the lead pledges.)
    const there = ATTENDING.test(question) && found.evidence.length > 1 ? found.evidence.filter((t) => BEING_THERE.test(t) || ATTENDING.test(t)) : [];
    const at = there.length === 1 ? this.a.sentences.find((s) => s.text === there[0]) : undefined;
    if (at) return this.yes(question, at.text, [at]);
    return found;
  }

  /** "How many people attended?": a crowd the text counts ("The attendance was 41,200", "a crowd of 3,000"),
   * or whoever it counts there ("addressing 600 delegates"), never people counted elsewhere ("were affected"). */
  private crowd(question: string): Answer {
    const body = this.a.sentences.filter((s) => s.index !== this.headline);
    const crowd = body.filter((s) => CROWD_COUNT.test(s.text));
    const there = crowd.length ? crowd : body.filter((s) => countsNoun(s.text, ATTENDEES) && BEING_THERE.test(s.text));
    return there.length ? this.yes(question, there[0].text, there.slice(0, 1)) : this.no(question, notSaid(question));
  }

  private eventName(): string {
    const name = this.a.event.name?.replace(/^the\s+/i, '');
    if (!name) return 'The event';
    // "Indirect talks" as the sentence it opened wrote it: a common word, written in capitals nowhere else in the text
    // ("the Lima talks" and "the General Assembly" keep theirs).
    // (Not a name's own words joined by "of": "Meeting of Regional Ministers of Health".)
    const first = /^(\p{Lu}\p{Ll}+)\s+(?!(?:of|on|for|and|the|de|in)\b)\p{Ll}/u.exec(name)?.[1];
    const midSentence = first ? new RegExp(`[\\p{L}\\d,;:]\\s+${escapeRegExp(first)}\\b`, 'u') : null;
    const proper = !midSentence || findCountries(first!).length > 0 || this.a.sentences.some((s) => midSentence.test(s.text));
    return `The ${proper ? name : name.charAt(0).toLowerCase() + name.slice(1)}`;
  }

  met(question: string, who: string): Answer {
    const p = this.person(question, who);
    if (!('mentions' in p)) return p;
    const hits = this.utterancesOf(p).filter((s) => MEETING.test(s.text));
    if (!hits.length) return this.no(question, `The article does not say whom ${p.name} met.`);
    const others = this.a.people.filter((o) => o !== p && o.mentions.some((m) => hits.some((h) => h.index === m.sentence)));
    // A call is no meeting: the answer says what the evidence says ("spoke with").
    const verb = /\b(?:spoke|talked|speaks|phone|call)\b/i.test(hits[0].text) && !/\bmet\b/.test(hits[0].text) ? 'spoke with' : 'met';
    const answer = others.length ? `${p.name} ${verb} ${others.map(describe).join('; ')}.` : hits[0].text;
    return this.yes(question, answer, hits);
  }

  /** The sentences (two at most) where a country, a body of its or its envoy speaks in its own name: "Chile's interior
   * ministry called the ruling 'premature'", "Peru accused Chile of …", "Peru's ambassador in Quito, Ana Roy, welcomed the
   * ruling"; or that it would not say: "Chile, which funds the port, did not comment". Not a country that only places a
   * speaker ("Bus drivers' unions in Peru and Chile called …"). None for a phrase that is no country's name. */
  private saidByCountry(country: string): Sentence[] {
    if (!COUNTRY_NAME_FORMS.has(country)) return [];
    const speaks = new RegExp(
      `(?<!\\b(?:in|from)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+and\\s+)?)\\b${escapeRegExp(country)}(?:['’]s(?:\\s+[\\p{Ll}-]+){1,3}(?:\\s+in\\s+\\p{Lu}[\\p{L}-]+)?(?:,\\s+${FULL_NAME},)?)?(?:,\\s+(?:which|who)\\s+[^,;]{1,80},)?\\s+(?:also\\s+)?(?:${ATTRIBUTION_VERB}|called|accused|denied|rejected|welcomed|urged|described|${NOT_COMMENTING})\\b`,
      'u',
    );
    return this.a.sentences.filter((s) => s.index !== this.headline && speaks.test(unquoted(s.text))).slice(0, 2);
  }

  said(question: string, who: string, about: string, prefer?: RegExp, only = false): Answer {
    const reported = this.reportsCompany();
    const anyCompany = ANY_COMPANY.test(who.trim());
    // "What did the company say?" of a report on one company: what it says in its name, as "What did Halvex say?" is
    // answered ("Halvex said it would appeal"), not the words of another about it ("The union said the company …").
    if (reported && !prefer && anyCompany) {
      const its = this.said(question, reported, about);
      if (its.answered) return its;
    }
    // "What did they say?", "What did the leaders say?": what those who took part said (two at most).
    if (THOSE_TAKING_PART.test(who) && this.a.participants.length) return this.saidBySeveral(question, this.a.participants, about);
    // "What did the minister say?" of a report that names three: what those of them who speak said, each in the
    // sentence that names them (two at most).
    const byOffice = findPerson(this.a.people, who) ? [] : participantsOf(peopleByRole(this.a.people, who, demonymsOf));
    if (byOffice.length > 1) return this.saidBySeveral(question, byOffice, about);
    // "What did Chile say?" where none of its people says anything: what the country, or a body of its, says in its own
    // name ("Chile's interior ministry called the ruling 'premature'").
    // (Read only where it is needed: most questions of what someone said name a person who speaks.)
    const byCountry = (): Answer | null => {
      const its = about ? [] : this.saidByCountry(withoutEndMarks(who.trim()).replace(/^the\s+/i, ''));
      return its.length ? this.yes(question, its.map((s) => s.text).join(' '), its) : null;
    };
    const p = this.person(question, who);
    // "What did the minister say?" of a report that names none, searched for in its words: an answer that says nothing
    // anyone said ("… leaving it to ministers and leaders to resolve") is no answer.
    // (Asked what a body put forward, a sentence that tells its proposal answers, though none of it is said; as does one that
    // tells it did what the question asks, in the question's verb: "What did the union demand?" of "The union has demanded
    // a 9% rise.")
    // (The body the subject, its verb right after it: not "… rejected a proposal from the union".)
    // (In either case and number: "What did the unions demand?" of "The Lima Confederation of Trade Unions had demanded 12%".)
    const bodyWord = /([\p{L}-]+?)s?\s*$/u.exec(who)?.[1];
    // (A company asked of by no trade is one of any trade, after "the": "What did the company say?" of "The watchdog said
    // the lender broke its rules …"; not "small firms", "bank details"; and so is the report's own company, asked by its
    // name: "What did Halvex say?" of "The airline said …".)
    const kinds = `(?<=\\b[Tt]he\\s)(?:${COMPANY_KINDS.join('|')})`;
    const byName = !!reported && withoutEndMarks(who.trim()) === reported;
    const asCompany = byName || anyCompany;
    const bodyWords =
      bodyWord && (byName ? `(?:${escapeRegExp(reported)}|${kinds})` : asCompany ? `(?:${eitherCase(bodyWord)}s?|${kinds})` : `${eitherCase(bodyWord)}s?`);
    const didIt = prefer && !only && bodyWords ? new RegExp(`^(?:[\\p{L}'’-]+\\s+){0,5}?${bodyWords}\\s+(?:\\p{Ll}+\\s+){0,2}?${prefer.source}`, 'u') : null;
    // "What did Chile say?" of a report that gives Chile several people: what they said, or what Chile says in its own name;
    // never a sentence that only names the country ("Bus drivers' unions in Chile called the rise 'a tax'").
    // (A country the text never names is answered as before: "The article does not mention the U.K.")
    // (Not asked what it put forward: that is read below, as before.)
    const alone = 'mentions' in p || prefer ? null : this.countryAlone(who);
    const country = alone && this.countryMentions().some((c) => c.country === alone) ? alone : null;
    if (country) {
      const theirs = this.a.participants.filter((x) => x.affiliation === country);
      const told = byCountry() ?? (theirs.length ? this.saidBySeveral(question, theirs, about) : null);
      return told?.answered ? told : this.no(question, notSaid(question));
    }
    // ("What did Halvex say?" of "Halvex did not respond to a request for comment.": that it said nothing is the answer.)
    const body = withoutEndMarks(who.trim()).replace(/^the\s+/i, '');
    const silent =
      'mentions' in p || prefer || !/^\p{Lu}/u.test(body)
        ? undefined
        : // (… or by its first word, as a report names a company again: "Halvex" of "Halvex Holdings".)
          this.a.sentences.find((s) =>
            [body, body.split(/\s+/)[0]].some((n) => {
              const at = s.text.indexOf(n);
              return at >= 0 && !/[\p{L}\d]/u.test(s.text.charAt(at + n.length)) && NO_COMMENT_AFTER.test(s.text.slice(at + n.length));
            }),
          );
    if (silent) return this.yes(question, silent.text, [silent]);
    if (!('mentions' in p)) {
      // ("What did the investors say?" of a text that never writes them: a group in common words is written with its word, or
      // one it is made from ("Campaign group X said" of campaigners), and words found without it are others'.)
      // (Not "officials" or "the authorities", whose words any office gives.)
      // (Read as written, not by stem: "judgment" is no judges', though both are "judg"; nor by a short word the group's name
      // opens with: "in" is no investor, "act" no activist.)
      const group = /^\p{Ll}[\p{L}-]*s$/u.test(body) && !OFFICIALS.test(body) ? body.split(/\s+/).at(-1)! : undefined;
      if (p.answered && group) {
        // (Or one of them: "families" is written "the family"; … or as the verb of what they do, as an office is: "groups
        // criticised the plan" of critics.)
        const one = singularOf(group) ?? group;
        const written = officeWritten(one);
        const ofGroup = (w: string) => w.startsWith(group) || (w.length > 3 && one.startsWith(w)) || written.test(w);
        // (Each word of the evidence, read as the question's terms are; a hyphened one's part by its verb's expression:
        // "Co-workers" are workers.)
        if (!p.evidence.some((e) => textWords(e).some(ofGroup))) return this.no(question, notSaid(question));
      }
      // ("What did the director say?" of a text that names no director: not "… credited directly", which shares its stem.)
      // (Not "the official", whose words any office gives.)
      const office = !group && /^\p{Ll}/u.test(body) && !OFFICIALS.test(body) ? body.split(/\s+/).at(-1) : undefined;
      // (An office's own word, not a modifier of one: "the opposition" speaks through whoever voted against.)
      const officeWord = office && isTitleHead(office) ? officeWritten(office) : null;
      if (p.answered && officeWord && !p.evidence.some((e) => officeWord.test(e))) return this.no(question, notSaid(question));
      let found: Answer = p;
      // "What did the farmers say?" of "The government said it would pay farmers …": the body is what the found words are
      // about, not who says them; what it says itself answers ("Farmers' union leader Ana Roy said …"), or nothing does.
      // (Not "officials" or "the authorities", whose words any office gives: "The Lima port authority said …".)
      if (p.answered && !prefer && bodyWords && (/^\p{Ll}/u.test(body) || asCompany) && !OFFICIALS.test(body)) {
        // (Or its spokesman's words: "Farmers' union leader Ana Roy said"; its own are among the words found: "The union said".)
        const spokesman = new RegExp(`(?<!\\p{L})${bodyWords}['’]\\s+(?:[\\p{L}.-]+\\s+){0,4}?(?:${ATTRIBUTION_VERB})\\b`, 'u');
        // (A body of one, "the company", is spoken for by whoever holds an office in the sentence before the verb: "Chief
        // executive Ana Roy said the cuts would protect the company's future"; a group, "the farmers", by none.)
        const single = asCompany || !/s\s*$/.test(body);
        // (A company, though, only by its own officers, whom the text gives it: "Trade minister Tom Vale said the state would
        // not rescue the company" is no word of the company's; "Its chief executive, Ana Roy, said" is.)
        const ownOfficer = (x: Person) => !asCompany || x.affiliation === reported;
        const ofThem = (e: string) => {
          const at = saidOfThem(e, bodyWords);
          const s = at < 0 || !single ? undefined : this.a.sentences.find((x) => x.text === e);
          // (… or by "he" or "she" so named before: '"This government will be judged on wages," he said.')
          return (
            at >= 0 &&
            !(
              s &&
              (/\b(?:he|she)\s+$/i.test(e.slice(0, at)) ||
                this.a.people.some((x) => ownOfficer(x) && this.mentionsIn(x, s.index).some((m) => m.role && m.start < at)))
            )
          );
        };
        if (p.evidence.some(ofThem)) {
          const own = this.a.sentences.filter((x) => this.answerable(x) && spokesman.test(unquoted(x.text))).slice(0, 2);
          if (own.length) return this.yes(question, own.map((x) => x.text).join(' '), own);
          // (The words found besides are read as any are, below.)
          const rest = this.keeping(question, p, (x) => !ofThem(x.text));
          if (!rest) return this.no(question, notSaid(question));
          found = rest;
        }
      }
      // (Asked what they promised, a sentence that tells the promise answers: "Mayors signed a charter, pledging to …"; a
      // figure reported is no word said: "Halvex reported revenue of $4 billion" is not what Halvex said.)
      const spoken = (e: string) =>
        SAYS.test(e.replace(FIGURES_REPORTED, ' ')) || /["“]/.test(e) || (prefer && putForwardBy(e, who)) || !!didIt?.test(e) || (only && prefer?.test(e));
      if (!found.answered || !found.evidence.some(spoken)) {
        // ("What did the airline say?" of a lead that tells what it did: the sentence where it speaks, "The carrier, which
        // began in 1998, said it would sell its jets", when the words found say nothing.)
        const speaks =
          bodyWords && !prefer && !about && !officeWord
            ? new RegExp(`(?:^|,\\s+)(?:[\\p{L}'’&.-]+\\s+){0,3}?${bodyWords}(?:,[^,;"“”]{1,80},)?${BODY_SAYS}`, 'u')
            : null;
        const itsOwn = speaks ? this.a.sentences.filter((x) => this.answerable(x) && speaks.test(unquoted(x.text))).slice(0, 2) : [];
        if (itsOwn.length) return this.yes(question, itsOwn.map((x) => x.text).join(' '), itsOwn);
        return found.answered ? this.no(question, notSaid(question)) : found;
      }
      // (Only the words said: "… approved the fare rise as 200 students marched outside" is no word of the students'
      // beside their leader's.)
      return found.evidence.every(spoken) ? found : (this.keeping(question, found, (x) => !!spoken(x.text)) ?? found);
    }
    const own = this.utterancesOf(p);
    // Their turns in a transcript ("Ana Roy: Wage growth is …") are their words as much as "said" is.
    const words = capitalisedWords(p.name).map(escapeRegExp);
    // ("A (Roy): …", an interview's answer marked with whose it is, too; "PRIME MINISTER ROY: …", a label in capitals.)
    const labelWords = words.flatMap((w) => [w, w.toUpperCase()]);
    const label = new RegExp(
      `^(?:(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}(?:${labelWords.join('|')})|A\\s*\\((?:[\\p{L}.'’-]+\\s+){0,3}(?:${words.join('|')})\\))\\s*:`,
      'u',
    );
    const byOther = (s: Sentence) => this.otherSpeaks(p, s);
    // (Nor, in a transcript, a sentence of another speaker's turn: "ROY: I met my counterpart, Tom Vale." is Roy's.)
    const transcript = [...this.paragraphFirst.values()].filter((f) => opensWithLabel(f.text)).length >= 2;
    const othersTurn = (s: Sentence) => {
      const start = this.paragraphStart(s).text;
      return transcript && opensWithLabel(start) && !label.test(start) && !INTERVIEW_QUESTION.test(start);
    };
    // (Nor one that names them only inside a quotation: another's words about them, '"Eva is the best player," Roy said.')
    const nameWord = words.length ? new RegExp(`\\b(?:${words.join('|')})\\b`, 'u') : null;
    // (… nor one whose words a pronoun opening it gives: "He said the panel had split 4-3, with Tom Vale voting …".)
    const quotedAbout = (s: Sentence) => !!nameWord?.test(s.text) && (!nameWord.test(unquoted(s.text)) || PRONOUN_SAID.test(s.text));
    // (… nor a quotation alone that goes on from such a sentence: '"Vale is the striker we needed," said coach Ana Roy. "He
    // scores goals."' is Roy's, though its "he" is Vale.)
    const othersGoesOn = (s: Sentence) => s.index > 0 && WHOLE_QUOTE.test(s.text) && quotedAbout(this.a.sentences[s.index - 1]);
    // (… nor one that asks them to do something: "The text asks Secretary-General Ana Roy to report back" is no word of hers.)
    const askedTo = words.length
      ? new RegExp(`\\b(?:asks|asked|invited|called on)\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}?(?:${words.join('|')})\\s+to\\b`, 'u')
      : null;
    const speech = own.filter(
      (s) =>
        // (A promise asked of is still theirs only when they say it: "Tom Vale told Judge Roy the company would …" is Vale's.)
        (!only && prefer?.test(s.text)) ||
        (words.length > 0 && label.test(this.paragraphStart(s).text)) ||
        (BARE_ANSWER_LABEL.test(this.paragraphStart(s).text) && this.a.participants.length === 1) ||
        // (Not a question put about them, nor the words of another named there: "Judge Ana Roy said Tom Vale, 58, had …".)
        // (A title in quotation marks, "The Long Quiet", is no one's words.)
        // (Nor a report of them that another gives: "Ana Roy has won the prize, the organisers announced", "…, his family said".)
        (!ASKS.test(s.text) &&
          !byOther(s) &&
          !othersTurn(s) &&
          !quotedAbout(s) &&
          !othersGoesOn(s) &&
          !askedTo?.test(s.text) &&
          // (Nor what someone of theirs says: "His lawyers said they would fight on.")
          !theirsSaid(s.text, p) &&
          // (Nor a quotation a pronoun says before naming them: '"…," she said, and hugged her trainer, Tom Vale.')
          !this.namedAfterPronounSaid(s, p) &&
          // (Nor a body's words that name them in its own clause: "The Lima chamber, which backs Roy, said …".)
          !BODY_WHICH_SAID.test(s.text) &&
          // (A quotation, too, only where no one else reports it of them: "The jury said the work of Ana Roy had 'changed
          // the field'" is the jury's.)
          (((SPEECH.test(unattributed(s.text, capitalisedWords(p.name))) || quotesWords(s.text)) && !reportedByAnother(s.text, nameWord)) ||
            // (… or their ruling: "Judge Ana Roy ruled that …".)
            this.rules(p, s) ||
            // (… or a charge they make: "Envoy Ana Roy accused the army of …"; not one made of them, "… criticised a bonus for Roy".)
            this.mentionsIn(p, s.index).some((m) => CHARGES_AFTER_NAME.test(s.text.slice(m.end, m.end + 120))))),
    );
    const countrySaid = speech.length ? null : byCountry();
    if (countrySaid) return countrySaid;
    // (A greeting or a thanks says nothing: "Good afternoon.", "Prime Minister, welcome back to Lima.", "Thank you, Ana.")
    const said = (speech.length ? speech : own).filter((s) => !PLEASANTRY.test(s.text));
    const any = said.length ? said : speech.length ? speech : own;
    // ("What did X promise?": only what they said they will do; with none of that, what the text's words give, as for any
    // question: "The prime ministers of Peru and Chile agreed to …" may answer it.)
    // (Their own: "Ana Roy insisted on X, while Tom Vale said he would never sign" is Vale's promise, named after Roy.)
    const othersWords = only ? this.a.people.filter((x) => x !== p).flatMap((x) => capitalisedWords(x.name)) : [];
    const promisedBy = (text: string) => {
      const at = prefer?.exec(text)?.index ?? -1;
      if (at < 0) return false;
      const from = Math.max(0, ...capitalisedWords(p.name).map((w) => text.slice(0, at).lastIndexOf(w)));
      return !othersWords.some((w) => text.slice(from, at).includes(w));
    };
    const pool = only ? speech.filter((s) => promisedBy(s.text) && !PLEASANTRY.test(s.text)) : any;
    if (only && !pool.length) return this.search(question);
    // Rank the person's sentences by the rest of the question: the other person, the topic.
    const other = findPerson(
      this.a.people.filter((x) => x !== p),
      about,
    );
    const topic = keyTerms(about).filter((t) => !nameWordsOf(p.name).includes(t));
    // Named, but never saying anything ("Egypt sent Prime Minister X"): what they said, the article does not report, on any
    // topic ("What did X say about the talks?" of "X and Y hosted the talks": a deed is no word). (A stand they took is
    // said: "Peru's delegation … backed the land goal" reads as speech above.)
    // (… nor, asked what they put forward, anything of that: a tribute that names them is no proposal of theirs.)
    // ("What did Tom Vale demand?" of one who demanded nothing: their other words are no demand.)
    if (prefer && !only && DEMANDED.test(question) && !own.some((s) => prefer.test(s.text))) return this.no(question, notSaid(question));
    // ("What did Peru propose?" of one who only spoke, "Peru's minister said the scheme was a fair start": no proposal of
    // theirs; though one who said what should be done said what they want: "… said upstream countries needed compensation".)
    // ("What did Tom Vale propose?" of "Tom Vale tabled an amendment on dams": a text they put forward, though no word.)
    const tabled = prefer === PUTS_FORWARD ? own.find((s) => TABLED.test(s.text)) : undefined;
    if (tabled && !own.some((s) => PUTS_FORWARD.test(s.text))) return this.yes(question, tabled.text, [tabled]);
    if (prefer === PUTS_FORWARD && !own.some((s) => prefer.test(s.text) || SHOULD_BE_DONE.test(s.text)))
      return this.no(question, `The article does not say that ${p.name} put anything forward.`);
    // ("What did Ana Roy say?" of "Ana Roy did not respond to a request for comment.": that she said nothing is the answer.)
    const silence = speech.length || prefer ? undefined : own.find((s) => this.mentionsIn(p, s.index).some((m) => NO_COMMENT_AFTER.test(s.text.slice(m.end))));
    if (silence) return this.yes(question, silence.text, [silence]);
    if (!speech.length)
      return this.no(question, prefer ? `The article does not say that ${p.name} put anything forward.` : `The article does not report what ${p.name} said.`);
    const speaker = words.length
      ? new RegExp(
          `\\b(?:${words.join('|')})\\s+(?:also\\s+)?(?:${ATTRIBUTION_VERB})\\b|\\b(?:${ATTRIBUTION_VERB})\\s+(?:[\\p{L}.-]+\\s+){0,4}(?:${words.join('|')})\\b`,
          'u',
        )
      : null;
    const topicalIn = (text: string) => {
      const terms = new Set(contentTerms(text));
      return topic.filter((t) => hasTerm(terms, t, text)).length;
    };
    const scored = pool
      .map((s) => {
        // The topic may be named just before what is said about it ("… his absence. Roy said she was
        // 'not surprised'."), or by the question put to them ("Q: Ms Roy, … film funding? A (Roy): …"); not in another's words
        // ("Tom Vale pressed donors to pay for the patrols. Ana Roy said …" is no word of Roy's about the patrols).
        const context = 0.5 * Math.max(0, ...[1, 2].map((k) => this.a.sentences[s.index - k]).map((b) => (b && !byOther(b) ? topicalIn(b.text) : 0)));
        const topical = topicalIn(s.text) + context;
        const withOther = other && this.mentionsIn(other, s.index).length ? 3 : 0;
        // Their own words, quoted, answer "what did X say" best: a quotation more than a quoted word.
        const quoted = topical > 0 ? 0.6 * quotedShare(s.text) : 0;
        const kind = prefer?.test(s.text) ? 0.5 : 0;
        // Asked what they said, with no topic: a sentence where they are the one speaking ("Vale said …")
        // before one that only names them.
        // (… or one that quotes them: 'Vale called India "a top-tier partner"' before the lead that names them.)
        const speaking = !topic.length && (speaker?.test(s.text) || quotedShare(s.text) > 0) ? 0.5 : 0;
        return { s, about: topical + withOther, score: topical + withOther + quoted + kind + speaking };
      })
      .sort((x, y) => y.score - x.score || x.s.index - y.s.index);
    if (!scored.length) return this.no(question, `The article does not report what ${p.name} said.`);
    const onTopic = topic.length ? scored.filter((x) => x.about > 0) : scored;
    if (!onTopic.length) return this.no(question, `The article does not report ${p.name} saying anything about that.`);
    const best = onTopic[0].s;
    // (Their paragraph, or the next when it opens with their words by a pronoun: "… chief executive Ana Roy told a news
    // conference. | She said the plant would reopen in May …".)
    let paragraph = best.paragraph;
    const theirs = (i: number) =>
      own.find(
        (s) =>
          s.index === i &&
          (s.paragraph === paragraph ||
            (s.paragraph === paragraph + 1 && this.paragraphStart(s) === s && (PRONOUN_SAID.test(s.text) || QUOTE_BY_PRONOUN.test(s.text)))),
      );
    const named = this.namedIn(p);
    const picks = [best];
    // Whose words they are, or where their quotation opens: the sentence before, when it names the
    // speaker and the best one does not, or when the best one closes a quotation it opened.
    const before = theirs(best.index - 1);
    const closesQuote = !quotesBalanced(best.text) && !/^["“]/.test(best.text) && before !== undefined && /^["“]/.test(before.text);
    // (Not a greeting that only names them by its label: "PRESIDENT ROY: Thank you, Tom." says nothing.)
    if (before && ((!named.has(best.index) && named.has(before.index) && !PLEASANTRY.test(before.text)) || closesQuote)) picks.unshift(before);
    // The next sentence of theirs, and on while a quotation or an answer in a transcript ("A (Roy): …")
    // runs on: up to four sentences.
    const turn = new RegExp(`^(?:A\\s*)?\\(?(?:${p.name.split(/\s+/).map(escapeRegExp).join('|')})\\)?:`);
    const inTheirTurn = turn.test(this.paragraphStart(best).text) || (words.length > 0 && label.test(this.paragraphStart(best).text));
    const first = picks.length;
    for (let i = best.index + 1; picks.length < 4; i++) {
      const next = theirs(i);
      const open = !quotesBalanced(picks.map((s) => s.text).join(' '));
      const runsOn = picks.length === first || inTheirTurn || open;
      // (Only what they say runs on: "His predecessor, X, was convicted …" after their words tells of someone else.)
      if (!next || !runsOn || (speech.length > 0 && !open && !speech.includes(next))) break;
      picks.push(next);
      paragraph = next.paragraph;
    }
    return this.yes(question, picks.map((s) => s.text).join(' '), picks);
  }

  private saidBySeveral(question: string, people: readonly Person[], about: string): Answer {
    const position = (a: Answer) => this.a.sentences.findIndex((s) => s.text === a.evidence[0]);
    // (The first of them the text names, a dozen at most: a text that names thousands of ministers is asked of no more.)
    const asked = people.slice(0, SEVERAL_ASKED);
    const answers = asked
      .map((p) => this.said(question, p.name, about))
      .filter((a) => a.answered)
      .sort((x, y) => position(x) - position(y))
      // (Two of them in one sentence are one answer: "Finland's Foreign Minister, A, and Iceland's, B, both called for …".)
      .filter((a, i, all) => !all.slice(0, i).some((b) => b.evidence.some((e) => a.evidence.includes(e))))
      .slice(0, 2);
    if (!answers.length)
      return this.no(
        question,
        `The article names ${people.length} (${asked.map((p) => p.name).join(', ')}${people.length > asked.length ? ', …' : ''}) but reports none of them saying that.`,
      );
    return { question, answered: true, answer: answers.map((a) => a.answer).join(' '), evidence: [...new Set(answers.flatMap((a) => a.evidence))] };
  }

  proposals(question: string, intent: Intent): Answer {
    const { items, stated, evidence } = this.a.proposals;
    // ("What does the plan include?": a sentence that says what the plan holds, "The plan calls for …", before the items
    // listed, which may be another's; and what the text says of the plan when it lists none.)
    if (intent.contents) {
      const told = this.search(question, 'any', (t) => PLAN_HOLDS.test(t));
      if (told.answered) return told;
      if (!items.length) return this.search(question);
    }
    // "Which amendments passed?": the items leave out how the vote on each went; the sentences that say so answer.
    // The question's own word for the items, as it reads ("prioritie" of "priorities") and as one is named ("priority"):
    // "How many motions did the congress back?" is answered in motions.
    const word = ITEM_WORD.exec(question)?.[1];
    const noun = word?.toLowerCase().replace(/ie$/, 'y') ?? 'proposal';
    const nouns = `${noun.replace(/y$/, 'ie')}s`;
    const plural = (n: number) => `${n} ${n === 1 ? noun : nouns}`;
    const outcome = intent.nth == null ? ASKS_VOTE_OUTCOME.exec(question) : null;
    if (outcome) {
      const found = this.search(question);
      if (found.answered) return found;
      // ("A second motion, on pensions, passed. A third, which would have …, failed.": one counted on from the
      // item named the sentence before, in its paragraph, with the question's outcome.)
      const told = new RegExp(`\\b${outcome[0]}\\b`, 'i');
      const named = word ? new RegExp(`\\b${word}s?\\b`, 'i') : null;
      const previous = (t: Sentence) => this.a.sentences[t.index - 1];
      const counted = named
        ? this.a.sentences.find(
            (t) => told.test(t.text) && COUNTED_ON.test(t.text) && previous(t)?.paragraph === t.paragraph && named.test(previous(t)?.text ?? ''),
          )
        : undefined;
      if (counted) return this.yes(question, counted.text, [counted]);
      // ("Just three of the six were passed.": a share of the items put forward, counted by their stated number, with the
      // question's outcome.)
      const share = stated
        ? this.a.sentences.find((t) => {
            const of = SHARE_OF_THE.exec(t.text);
            return !!of && sameOutcome(outcome[0], of[3]) && parseCount(of[1] ?? of[2]) === stated;
          })
        : undefined;
      if (share) return this.yes(question, share.text, [share]);
      // ("Which proposals were rejected?": the list of what was put forward does not say which failed, and nothing found does.)
      if ((items.length || stated) && voteSide(outcome[0]) !== 'for')
        return this.no(question, `The article does not say that any ${noun} was ${outcome[0].toLowerCase()}.`);
    }
    // "What did X suggest in his letter?" with no list in the text: what X said, about the rest of the
    // question, a sentence that puts something forward first.
    if (intent.who && !items.length) {
      // ("What did Chile propose?" of "… below the 60 million Chile had first proposed": the country put it forward, whoever
      // speaks for it elsewhere.)
      const proposedBy = this.proposedByCountry(intent.who);
      if (proposedBy) return this.yes(question, proposedBy.text, [proposedBy]);
      const said = this.said(question, intent.who, question.replace(PUTS_FORWARD_VERB, '').trim(), PUTS_FORWARD);
      if (said.answered || findPerson(this.a.people, intent.who)) return said;
      // ("What did the union propose?": a body no person's name is, the subject of a sentence's verb of putting forward.)
      const body = contentTerms(intent.who);
      const put = this.a.sentences.find((t) => {
        const subject = PROPOSED_BY_SUBJECT.exec(t.text)?.[1];
        // (A subject with a verb of its own is a clause, not who proposed: "Peru had balked at the tariffs proposed for it".)
        return !!subject && !VERB_IN_SUBJECT.test(subject) && body.length > 0 && body.every((k) => hasTerm(new Set(contentTerms(subject)), k, subject));
      });
      return put ? this.yes(question, put.text, [put]) : said;
    }
    // "What did Tom Vale propose?" where the list is another's and Vale puts forward something of his own ("Chile's Tom
    // Vale proposed that the fund be run by the bank"): his own proposal, not the list.
    const proposer = intent.who ? findPerson(this.a.people, intent.who) : undefined;
    // ("What did Tom Vale propose?" of a text that never names him: not the list, which is someone else's.)
    const absent = intent.who && !proposer ? this.unmentioned(question, intent.who) : null;
    if (absent) return absent;
    // (One named where the list is, or in the sentence just before it, put the list forward.)
    const listNear = (i: number) => evidence.some((e) => e === i || e === i + 1);
    if (proposer && !proposer.mentions.some((m) => listNear(m.sentence))) {
      const own = proposer.mentions.map((m) => this.a.sentences[m.sentence]).find((t) => t && PUTS_FORWARD.test(t.text));
      if (own) return this.yes(question, own.text, [own]);
      // (One who put nothing forward: what they said, as with no list at all.)
      return this.said(question, intent.who!, question.replace(PUTS_FORWARD_VERB, '').trim(), PUTS_FORWARD);
    }
    const country = intent.who && !proposer && items.length ? findCountries(intent.who)[0]?.country : undefined;
    const notTheirs = country ? this.listOfAnotherCountry(question, country) : null;
    if (notTheirs) return notTheirs;
    if (stated && !items.length) return this.yes(question, `The article says ${stated} ${nouns} were put forward but does not list them.`, evidence);
    if (!items.length) {
      // ("What is the final decision?" of a report with no list of decisions: the decision it tells, not a list's last item.)
      // (Not "What was the second decision?": one told is no second.)
      if (/\bdecision\b/i.test(question) && (intent.nth == null || intent.nth === -1)) {
        const decided = this.open('What was decided?');
        if (decided.answered) return { ...decided, question };
      }
      // No list of proposals, but a sentence that names what the question asks for may still answer
      // ("What motions were passed?" — "Delegates also passed motions calling for …"; "How many steps a day?" — "7,000
      // steps a day"); a mere "proposed" does not.
      const kind = /\b(proposal|motion|amendment|suggestion|recommendation|measure|initiative|resolution|demand|step|point|aim|pillar|goal)s?\b/i.exec(
        question,
      )?.[1];
      const found = kind ? (/^how many\b/i.test(question) ? this.number(question) : this.search(question)) : null;
      // (A demand is what one seeks: "What are the union's demands?" is answered by "The union is seeking a 9% rise, …".)
      const names = kind ? (kind.toLowerCase() === 'demand' ? DEMANDS : new RegExp(`\\b${kind}s?\\b`, 'i')) : null;
      if (found?.answered && names && found.evidence.some((e) => names.test(e))) return found;
      // ("What fare increase was proposed?" of "… rejecting a proposed 20% increase in fares": a thing the question names, told
      // as proposed, though no list is; a mere "What was proposed?" is not answered so.)
      const topic = kind ? [] : keyTerms(question).filter((k) => !PROPOSING_TERM.test(k));
      const named = topic.length ? this.search(question) : null;
      if (named?.answered && named.evidence.some((e) => PROPOSED_WORD.test(e)) && coverage(topic, named.evidence[0]) >= 1) return named;
      // (A word that may name something else, "Who scored the first goal?", "What is the next step?", is no question about
      // proposals: the text is silent on it, not on proposals.)
      return kind && !PROPOSAL_WORD.test(kind) ? this.no(question, notSaid(question)) : this.no(question, 'The article does not report any proposals.');
    }
    const statedNote = stated !== null && stated !== items.length ? ` (${stated} stated, ${items.length} listed in the text)` : '';
    if (intent.nth !== null && intent.nth !== undefined) {
      const n = intent.nth === -1 ? items.length : intent.nth;
      if (n < 1 || n > items.length) {
        return this.no(
          question,
          stated && n <= stated
            ? `The article states ${stated} proposals but its text lists only ${items.length}; number ${n} is not in it.`
            : `The article lists ${items.length} proposals.`,
        );
      }
      return this.yes(question, `Proposal ${n}${statedNote}: ${items[n - 1]}.`, evidence);
    }
    const lead = stated !== null && stated !== items.length ? `The article states ${plural(stated)} and lists ${items.length}` : plural(items.length);
    return this.yes(question, `${lead}: ${items.map((it, i) => `${i + 1}. ${it}`).join(' ')}`, evidence);
  }

  /** The sentence where the country a phrase names alone is the one that puts something forward, in any of the forms the
   * text writes it ("Chile proposed …", "the fee Chile had first suggested", "a proposal from Chile"); undefined for any other
   * phrase. */
  private proposedByCountry(phrase: string): Sentence | undefined {
    const country = this.countryAlone(phrase);
    const forms = new Set(
      this.countryMentions()
        .filter((c) => c.country === country)
        .map((c) => c.form),
    );
    // (Each form's expression built once: the article's every sentence is read with them.)
    const by = [...forms].flatMap((form) => putForwardByWhom(form, true) ?? []);
    return this.a.sentences.find((t) => t.index !== this.headline && by.some((re) => re.test(t.text)));
  }

  /** "What did Chile propose?" of a list another country's minister put forward ("The scheme, presented by Peru's Trade
   * Minister X, calls for …"): a country named neither where the list is nor in the sentence before it (by its name, or by
   * one of its people) put forward only what a sentence of its own says it did; null when the list may be its own (a list
   * whose proposer's country the text does not give stays the answer). */
  private listOfAnotherCountry(question: string, country: string): Answer | null {
    const { evidence } = this.a.proposals;
    const textOf = (i: number) => this.a.sentences[i]?.text ?? '';
    const atList = (i: number) => evidence.some((e) => i === e || i === e - 1);
    // (Someone named putting it forward at the list: "presented by", "We are handing … three recommendations"; not one
    // quoted on something else just before it.)
    const proposedBy = (p: Person) =>
      p.mentions.some((m) => atList(m.sentence) && (PUTS_FORWARD.test(textOf(m.sentence)) || HANDS_OVER.test(textOf(m.sentence))));
    const ofCountry = (i: number) =>
      findCountries(textOf(i)).some((c) => c.country === country) || this.a.people.some((p) => p.affiliation === country && this.mentionsIn(p, i).length > 0);
    const ofAnother = (p: Person) => !!p.affiliation && p.affiliation !== country && COUNTRY_NAMES.has(p.affiliation);
    const another = this.a.people.some((p) => ofAnother(p) && proposedBy(p));
    // (The sentence before the list names the country only when the list's own sentence names no other's proposer: "Chile's
    // minister rejected the offer. Peru's delegation, led by Ana Roy, proposed three steps: …" are Peru's.)
    const anotherAt = (i: number) => PUTS_FORWARD.test(textOf(i)) && this.a.people.some((p) => ofAnother(p) && this.mentionsIn(p, i).length > 0);
    if (!another || evidence.some((e) => ofCountry(e) || (ofCountry(e - 1) && !anotherAt(e)))) return null;
    const own = this.a.sentences.find((t) => t.index !== this.headline && PUTS_FORWARD.test(t.text) && ofCountry(t.index));
    return own ? this.yes(question, own.text, [own]) : this.no(question, `The article does not say that ${country} put anything forward.`);
  }

  /** What a sentence stands on: the sentence that introduces a bulleted item ("The pledges included:" above
   * "• Germany: €40 million"), the one before a sentence whose subject is a pronoun ("Its", "it"), or the question an
   * interview's answer replies to. */
  private standsOn(s: Sentence): string {
    // Within a numbered item ("4. Fines are steep. Breaches can cost up to …"), the item's heading.
    const first = this.paragraphStart(s);
    if (first !== s && BULLET.test(first.text)) return first.text;
    // "Its result is due on 12 November.", "If passed, it would take effect 18 months later.", "The company said it owed
    // …": what the pronoun (or the company) stands for is named in the sentence before.
    // ("The company raised its forecast …": the company the report is about, though the sentence before names it not.)
    if (THE_COMPANY_SUBJECT.test(s.text)) {
      const company = this.reportsCompany();
      if (company) return `${s.index > 0 ? this.a.sentences[s.index - 1].text : ''} ${company}`;
    }
    if ((PRONOUN_SUBJECT.test(s.text) || PRONOUN_EXPECTED.test(s.text)) && s.index > 0) return this.a.sentences[s.index - 1].text;
    // ("… four amendments: A, B, C and D. All four were rejected.": what "all four" are, the sentence before in its paragraph.)
    if (ALL_OF_THEM.test(s.text) && s.index > 0 && this.a.sentences[s.index - 1].paragraph === s.paragraph) return this.a.sentences[s.index - 1].text;
    // ("… demanded $2 million. The board said it would not pay.": in one paragraph.)
    if (OBJECT_BEFORE.test(s.text) && s.index > 0 && this.a.sentences[s.index - 1].paragraph === s.paragraph) return this.a.sentences[s.index - 1].text;
    // '"We regret the delay," she told reporters.': who "he" is, and whom he speaks for, the sentence before names (its names
    // only: what else it says is not the quotation's).
    const prev = s.index > 0 ? this.a.sentences[s.index - 1] : null;
    if (prev && prev.paragraph === s.paragraph && QUOTE_BY_PRONOUN.test(s.text)) return prev.text.match(CAPITALISED_WORD)?.join(' ') ?? '';
    // An interview's answer ("Ana Roy: No decision has been taken.") stands on the question put just before it.
    const before = first === s && s.index > 0 ? this.a.sentences[s.index - 1] : null;
    if (before && before.paragraph === s.paragraph - 1 && ASKS.test(before.text) && SPEAKER_LABEL.test(s.text)) return before.text;
    if (!BULLET.test(s.text)) return '';
    for (let i = s.index - 1; i >= 0 && s.index - i <= 30; i--) {
      const t = this.a.sentences[i].text;
      if (!BULLET.test(t)) return t;
    }
    return '';
  }

  /** A question of no special kind: the outcome of a vote is a tally, a measure is an amount, "what happens
   * next" is what the text says will come; else the sentences that hold its words. */
  open(question: string): Answer {
    if (NEXT_QUESTION.test(question)) return this.whatNext(question);
    // "Who lost?": whom the winner beat, in the lead first ("beating second seed Ana Roy 6-4, 7-5").
    if (LOSER_QUESTION.test(question.trim())) {
      const lead = this.a.keyPoints[0]?.sentence ?? -1;
      const body = this.a.sentences.filter((s) => this.answerable(s));
      const beat = body.find((s) => s.index === lead && BEAT_SOMEONE.test(s.text)) ?? body.find((s) => BEAT_SOMEONE.test(s.text));
      if (beat) return this.yes(question, beat.text, [beat]);
    }
    // "Who will replace Ana Roy?": the one named is replaced, not the one who acts; the sentence need not name them.
    const replaced = REPLACES.exec(question.trim());
    const replacedOnes = replaced ? peopleNamedIn(this.a.people, replaced[1]) : [];
    // (By any word of their name, as the question or the people the text names give it: "Roy succeeds Tom Vale".)
    const replacedWords = replaced ? (replacedOnes.length ? replacedOnes.flatMap((p) => capitalisedWords(p.name)) : capitalisedWords(replaced[1])) : [];
    if (replaced && replacedWords.length) {
      const name = new RegExp(`\\b(?:${replacedWords.map(escapeRegExp).join('|')})\\b`, 'gu');
      const named = (text: string) => [...text.matchAll(name)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
      // (A sentence of theirs that says by whom they were replaced comes first: "Ana Roy was moved to another post and
      // replaced by Tom Vale", not the lead's "replaced two ministers".)
      // ("Tom Vale, replacing Ana Roy, …" tells who replaced Roy, not Vale.)
      // ("Who stood in for Roy?" of "Tom Vale stood in for Roy as chair": one who took their place for a time, asked as such.)
      const standIn = /\b(?:stand|stood)\s+in\b/i.test(replaced[0]);
      const replacedIn = (s: Sentence) =>
        named(s.text).some((m) => {
          const before = s.text.slice(Math.max(0, m.start - 40), m.start);
          return REPLACED_BY_AFTER.test(s.text.slice(m.end, m.end + 160)) || REPLACING_BEFORE.test(before) || (standIn && STOOD_IN_BEFORE.test(before));
        });
      const by = this.a.sentences.find((s) => this.answerable(s) && replacedIn(s));
      if (by) return this.yes(question, by.text, [by]);
      // A sentence that need not name them answers only where the text says they left ("Ana Roy resigned", "parted company
      // with coach Tom Vale"): "Who replaced Roy?" of a prime minister who stays is not "Tom Vale becomes finance minister".
      const left = this.a.sentences.some((s) =>
        named(s.text).some(
          (m) =>
            LEFT_AFTER_NAME.test(s.text.slice(m.end, m.end + 120)) ||
            SAID_LEAVING.test(s.text.slice(m.end)) ||
            LEFT_BEFORE_NAME.test(s.text.slice(Math.max(0, m.start - 60), m.start)),
        ),
      );
      if (!left) return this.no(question, notSaid(question));
      const found = this.search(
        question
          .trim()
          .replace(/\s*\?$/, '')
          .slice(0, -replaced[1].length)
          .trim(),
      );
      return found.answered ? { ...found, question } : this.no(question, notSaid(question));
    }
    // "Who made the decision?": the decision told, whose subject took it; not a sentence that only names "the decision"
    // ("Patient groups welcomed the decision").
    if (WHO_DECIDED.test(question.trim())) {
      const decided = this.open('What was decided?');
      return decided.answered ? { ...decided, question } : this.no(question, notSaid(question));
    }
    // "Who did the study?": the sentence that names who did it ("Researchers at Lima University followed …", "led by"), not
    // the lead that reports its finding.
    const study = WHO_STUDIED.exec(question.trim());
    if (study) {
      const body = this.a.sentences.filter((s) => this.answerable(s));
      // (Who led or wrote it: its lead author, before the team.)
      const leading = /^(?:led|wrote|authored)$/i.test(study[1]) ? body.find((s) => STUDY_LEADER.test(s.text)) : undefined;
      const by = leading ?? body.find((s) => STUDY_DONE_BY.test(s.text)) ?? body.find((s) => STUDY_LEADER.test(s.text));
      // (A quotation's closing sentence is shown from where it opens: '"… it helps," said lead author Ana Roy.')
      const run = by ? this.fromQuoteOpening(by) : [];
      return by ? this.yes(question, run.map((r) => asSentence(r.text)).join(' '), run) : this.no(question, notSaid(question));
    }
    // "Who makes the drug?": a sentence that names a maker ("a pill made by Halvex", "carmaker Halvex"), the lead's when no
    // other holds the question's words; never one that only names the drug ("The committee backed the drug").
    if (WHO_MAKES.test(question.trim())) {
      const found = this.search(question, 'any', (t) => MAKER.test(t));
      if (found.answered) return found;
      // (Only of a thing the article tells of: "Who made the car?" of a report on a pill is not answered by its maker.)
      const told = keyTerms(question).every((k) => hasTerm(this.vocabulary, k, this.text));
      const lead = told ? this.a.keyPoints[0]?.sentence : undefined;
      return lead !== undefined && MAKER.test(this.a.sentences[lead].text)
        ? this.yes(question, this.a.sentences[lead].text, [lead])
        : this.no(question, notSaid(question));
    }
    // "What caused the outage?" of a report about the outage: the sentence that gives a cause ("a power cut … caused
    // the pumps to stop") need not name the thing again, when the thing is the report's own (its headline's or its
    // lead's); an answer that gives no cause, or only one denied, gives way to it ("Why did the outage happen?" is not answered
    // by the lead, nor "What caused the outage?" by "Halvex denied that hackers were to blame").
    const cause = CAUSE_QUESTION.exec(question.trim());
    if (cause) {
      const found = this.search(question);
      if (found.answered && found.evidence.some((t) => (CAUSED.test(t) || REASON.test(t)) && !DENIED.test(t))) return found;
      // (Read as the thing it is, after its article: "the strike" is a stoppage of work.)
      const thing = keyTerms(`the ${cause[1] ?? cause[2] ?? cause[3] ?? ''}`);
      const told = this.leadAndHeadline();
      // (… or what an inquiry found: "the inquiry found that the driver had ignored a red signal".)
      const caused =
        thing.length && coverage(thing, told) === 1 ? this.firstAnswerable((t) => (CAUSED.test(t) || FOUND_THAT.test(t)) && !DENIED.test(t)) : undefined;
      if (caused) return this.yes(question, caused.text, [caused]);
      // ("What caused the fire?" is not answered by "The line was shut for a week after the fire.": the thing there only tells
      // when something else happened.)
      const when = thing.length ? new RegExp(`\\b(?:after|since|following)\\s+the\\s+(?:${thing.map(escapeRegExp).join('|')})`, 'i') : null;
      return when && found.answered && found.evidence.every((t) => when.test(t)) ? this.no(question, notSaid(question)) : found;
    }
    // "Why did the council close the libraries?" answered by the lead that tells only what it did: the sentence that gives
    // the reason for "the decision" (or "the move", "the cuts") is the answer ("Roy said the decision was hard but needed
    // because the city ran short of funds").
    if (/^why\b/i.test(question.trim())) {
      const found = this.search(question);
      const lead = this.a.keyPoints[0]?.sentence;
      const leadOnly = found.answered && lead !== undefined && found.evidence.includes(this.a.sentences[lead].text);
      // (What the lead's main clause did: "Why did parents object?" of "… voted to shut them, despite objections from
      // parents who said …" asks of something else.)
      const mainClause = leadOnly ? this.a.sentences[lead].text.split(/,|\s(?:despite|after|as|while|but)\s/)[0] : '';
      if (leadOnly && coverage(keyTerms(question), mainClause) === 1 && !found.evidence.some((t) => REASON.test(t))) {
        const given = this.firstAnswerable((t) => ITS_REASON.test(t));
        if (given) return this.yes(question, given.text, [given]);
      }
    }
    // "What does the guild want?": the sentence whose subject asks for it ("The guild is demanding a 9% rise"), before one
    // that only names the demands ("… could not meet the guild's demands").
    const wants = WANTS_QUESTION.exec(question.trim());
    const who = wants ? keyTerms(wants[1]) : [];
    if (who.length) {
      const asking = this.a.sentences.find((s) => {
        const m = this.answerable(s) ? ASKS_FOR.exec(s.text) : null;
        // (They are the subject right before it, within a few words: "Residents of the estate called for", "the guild's
        // demands"; not "the ministry" at the far end of "the ministry could not meet the guild's demands".)
        // (… or "they" there stands for the sentence's subject: "Groups representing porters said they would seek a meeting".)
        // (… or the sentence's subject, whose second verb it is: "Ana Roy said the fund had failed and called on the council to
        // …".)
        const before = m ? s.text.slice(0, m.index) : '';
        const second = /\band\s+$/.test(before);
        if (!m || (m.index >= 80 && !second)) return false;
        const near = PRONOUN_ASKS.test(before) || second ? before.split(/\s+/).slice(0, second ? 6 : 4) : before.split(/\s+/).slice(-5);
        return coverage(who, near.join(' ')) === 1;
      });
      if (asking) return this.yes(question, asking.text, [asking]);
      // ("What do the nurses want?" of "Nurses at Lima's hospitals will walk out, their union said. … The union wants a 9%
      // rise": a union the text gives them speaks for them.)
      // (They are that sentence's subject, in its first words: "Teachers in the Lima district …, their union said" is no
      // union of the district's.)
      const theirs = this.a.sentences.some((s) => THEIR_UNION.test(s.text) && coverage(who, s.text.split(/\s+/).slice(0, 3).join(' ')) === 1);
      const union = theirs
        ? this.a.sentences.find((s) => s.index !== this.headline && UNION_SUBJECT.test(s.text) && (ASKS_FOR.exec(s.text)?.index ?? 99) < 40)
        : undefined;
      if (union) return this.yes(question, union.text, [union]);
      // (Else any sentence with their words and a wish in any form, "… in the largest protest in years, demanding the
      // release …"; though not one of another's demands they only stand by: "Tom Vale said the ministry could not meet the
      // guild's demands" tells nothing the ministry wants.)
      const found = this.search(question);
      const othersOnly = (t: string) => [...t.matchAll(OWNED_DEMANDS)].some((m) => !coverage(who, m[1]));
      return found.answered && found.evidence.every(othersOnly) ? this.no(question, notSaid(question)) : found;
    }
    if (WHY_MET.test(question.trim())) return this.whyMet(question);
    const away = WHY_AWAY.exec(question);
    if (away) {
      const p = findPerson(this.a.people, away[1]);
      // The sentence that says they were away is the reason the text gives, if it gives one.
      if (p?.absent) return this.yes(question, this.a.sentences[p.absentAt ?? p.mentions[0].sentence].text, [p.absentAt ?? p.mentions[0].sentence]);
      if (p) return this.no(question, `The article does not say ${p.name} was away; it names them as taking part.`);
    }
    // "What was the vote?", and "How did the board vote?": a tally, in a sentence that holds the question's words (the board
    // and its vote: not the senate's "The bill passed 30-12", nor a match's "3-1 defeat at home"), before a member's own vote.
    const tallyAsked = TALLY_QUESTION.test(question);
    const first =
      tallyAsked || BODY_VOTED.test(question.trim())
        ? this.search(question, 'any', (t) => TALLY.test(t))
        : MEASURE_QUESTION.test(question)
          ? (this.measured(question) ?? this.measureNamed(question) ?? this.search(question, 'amount'))
          : null;
    if (first?.answered) return first;
    // "How fast were the winds?": a measure only its own kind of figure answers; no other sentence about the winds does.
    if (first && MEASURES.some((m) => m.asks.test(question))) return first;
    // "What was the vote?" of a court that ruled "in a 2-1 judgment": a tally of a decision, whatever its word.
    const tally = tallyAsked ? this.a.sentences.find((s) => TALLY.test(s.text) && DECIDED_BY.test(s.text)) : undefined;
    if (tally) return this.yes(question, tally.text, [tally]);
    const found = this.search(question);
    // "What was the vote?": a sentence that says how a vote went, not one of "Lima's elections in March".
    // (Nor one that only names a vote as an occasion: "unable to attend because of a budget vote in Quito".)
    // ("What was the result?" with no vote counted is the outcome's question, below: "accepted the result" tells no result.)
    if (tallyAsked && found.answered && !found.evidence.some((t) => VOTED.test(t.replace(A_VOTE_NAMED, ''))) && !OUTCOME_QUESTION.test(question))
      return this.no(question, notSaid(question));
    // (Nor, after one that does, a sentence that only names another vote: "stayed at home for a parliamentary vote".)
    if (tallyAsked && found.evidence.length > 1 && found.evidence.some((t) => !VOTE_CAST.test(t) && !TALLY.test(t))) {
      const kept = this.keeping(question, found, (s) => VOTE_CAST.test(s.text) || TALLY.test(s.text));
      if (kept) return kept;
    }
    // "What was decided?" where the sentences only refer back to "the decision" ("… welcomed the decision"): the lead says what it was.
    const lead = this.a.keyPoints[0]?.sentence;
    const best = this.a.sentences.find((s) => s.text === found.evidence[0]);
    if (
      found.answered &&
      OUTCOME_QUESTION.test(question) &&
      lead !== undefined &&
      best &&
      best.index !== lead &&
      !STATES_OUTCOME.test(best.text) &&
      // … or only name decisions of another kind ("will review every planning decision he took part in"), where the lead
      // states a verdict.
      (REFERS_BACK.test(best.text) || (/\bdecisions?\b/i.test(best.text) && VERDICT.test(this.a.sentences[lead].text)))
    )
      return this.yes(question, this.a.sentences[lead].text, [lead]);
    // "What was decided?" of a report that never says "decided": the first sentence that states an outcome in
    // another word ("agreed to a nationwide ceasefire", "approved the first pill").
    // ("An appeal would take a year to be decided" is what is still to decide, not what was; so is "before deciding whether to
    // look for another site".)
    const undecided =
      !!best &&
      /\b(?:to be|will be|would be|yet to be|not yet|has not been|have not been|was not|were not)\s+(?:decided|agreed|settled|resolved)\b|\b(?:will|would|to|yet to)\s+decide\b|\bdecid(?:e|es|ing)\s+(?:whether|if)\b|\b(?:not|never)\s+(?:yet\s+)?(?:decided|agreed|settled|resolved|decide|agree)\b|\b(?:next|upcoming) decision\b|\bdecision (?:is|was) (?:due|expected)\b/i.test(
        best.text,
      );
    // ("… said he hoped the leaders would "take a decision today"", "called it "the most important decision"": a wish, or
    // a speaker's word, names no decision taken.)
    // (Nor does one of years before: "under a 2021 decision barring its leaders".)
    const notTaken =
      !!best && !STATES_OUTCOME.test(best.text) && (WISHED_DECISION.test(best.text) || !tellsDecision(unquoted(best.text).replace(DATED_DECISION, ' ')));
    // (Nor an outcome of a time gone by, told as background: "She was elected to the academy in 2004.", "Two years ago, we
    // agreed to resume …"; one of the report's own year stands.)
    const past = !!best && this.ofAnotherTime(best.text);
    // (One told only in a quotation, "This is the first time countries have agreed to …," said an activist, gives way to a
    // sentence of the report's own that states an outcome; with none, it stands.)
    const quotedOnly = !!best && !notTaken && !tellsDecision(unquoted(best.text));
    if ((!found.answered || undecided || notTaken || past || quotedOnly) && OUTCOME_QUESTION.test(question)) {
      // (Or in a tally: "held interest rates at 5%, … in an 8-1 vote"; or a court's verdict in the lead: "was jailed for six
      // years", not a prisoner's sentence told in passing.)
      // (The report's prose before a page's summary box: "• The US has signed but not ratified".)
      // ("What was agreed?" of a match: "Lima beat Quito 2-1" decided it, and nobody agreed it.)
      const agreedAsked = /\bagreed?\b/i.test(question);
      const states = (s: Sentence) => {
        if (s.index === this.headline || ASKS.test(s.text) || this.ofAnotherTime(s.text)) return false;
        const own = unquoted(s.text);
        if (agreedAsked) return AGREED_OUTCOME.test(own) || (TALLY.test(s.text) && AGREED_BY.test(s.text));
        return (
          OUTCOME_VERB.test(own) ||
          (s.index === lead && (VERDICT.test(own) || CONTEST_WON.test(own) || PLAN_ANNOUNCED.test(own))) ||
          (TALLY.test(s.text) && DECIDED_BY.test(s.text))
        );
      };
      // (The lead's outcome first; then one that is more than a side's vote: "Peru and Chile voted against" is how a
      // vote went, not what it decided.)
      const sideOnly = (s: Sentence) => SIDE_VOTE.test(s.text) && !OUTCOME_VERB.test(unquoted(s.text).split(SIDE_VOTE).join(' '));
      // (Asked what was agreed of a lead that states none, one told in that word first: "The leaders did agree to open
      // talks", before "The other 26 backed the package".)
      const inThatWord =
        agreedAsked && !(lead !== undefined && states(this.a.sentences[lead]))
          ? this.a.sentences.find((s) => !BULLET.test(s.text) && states(s) && AGREED_TO.test(unquoted(s.text)))
          : undefined;
      const outcome =
        inThatWord ??
        this.a.sentences.find((s) => !BULLET.test(s.text) && states(s) && (s.index === lead || !sideOnly(s))) ??
        this.a.sentences.find((s) => !BULLET.test(s.text) && states(s)) ??
        this.a.sentences.find(states);
      if (outcome) return this.yes(question, asSentence(outcome.text), [outcome]);
      // ("Leaders failed to agree.": the text says none was taken.)
      const failed = this.a.sentences.find((s) => s.index !== this.headline && NO_OUTCOME.test(s.text));
      if (failed) return this.no(question, `The article reports no decision: ${failed.text}`);
      // ("FIFA is expected to decide …" after "UEFA banned …. The decision was taken at …": the lead's is the one taken.)
      if (undecided && lead !== undefined && this.a.sentences.some((s) => DECISION_TAKEN.test(s.text)))
        return this.yes(question, this.a.sentences[lead].text, [lead]);
      // ("A panel of five justices will decide whether …": nothing yet, and the sentence says so.)
      if (undecided) return this.no(question, `The article reports no decision yet: ${best!.text}`);
      if (notTaken || past) return this.no(question, notSaid(question));
    }
    return found;
  }

  /** "Why was the meeting held?": a sentence that says what the meeting was for ("met in Lima to discuss …", "called the
   * meeting after …"); not any sentence that names a meeting, nor one to come. */
  private whyMet(question: string): Answer {
    // (Of the meeting told, not one to come: "Ministers will meet again in June to review …".)
    const purpose = (text: string) => {
      const m = PURPOSE_OF_MEETING.exec(text);
      return !!m && !FUTURE.test(text.slice(Math.max(0, m.index - 30), m.index + m[0].length));
    };
    const found = this.firstAnswerable(purpose);
    return found ? this.yes(question, found.text, [found]) : this.no(question, 'The article does not say why the meeting was held.');
  }

  /** "What happens next?": the sentences that say what will come, and when. */
  private whatNext(question: string): Answer {
    // The report's year: its date's, else its event's (none known: no forecast is judged by its year).
    const year = Number(/\b(?:19|20)\d\d\b/.exec(`${this.a.article.published ?? ''} ${this.a.event.date ?? ''}`)?.[0] ?? 0);
    const ahead = this.a.sentences.filter(
      (s) =>
        s.index !== this.headline &&
        !ASKS.test(s.text) &&
        !forecastOfEarlierYear(s.text, year) &&
        (((WILL_COME.test(s.text) || (s.text.includes('would') && WOULD_WITHIN.test(s.text)) || MUST_WITHIN.test(s.text)) &&
          (hasType(s.text, 'date') || LATER.test(s.text))) ||
          NEXT_STAGE.test(s.text) ||
          TIME_GIVEN.test(s.text)),
    );
    // With no time given anywhere: a step someone will take ("The parish council will submit a formal objection."),
    // not a "will" of opinion ("This will hurt families").
    // (… or one they plan: "The team plans to test whether the dose matters.")
    if (!ahead.length) ahead.push(...this.a.sentences.filter((s) => s.index !== this.headline && (WILL_ACT.test(s.text) || PLANS_TO.test(s.text))).slice(0, 2));
    if (!ahead.length) return this.no(question, 'The article does not say what happens next.');
    // What the report itself says comes next, before what someone said would ("said the plan would cut shortages next
    // winter" is a forecast of effect, after "Ministers will meet again in June").
    const reported = (t: Sentence) => (REPORTED_WOULD.test(t.text) ? 1 : 0);
    // (… and a step the report tells before an item of a list it gives: "- 120 new speed cameras by the end of next year;"
    // is a measure of the plan, which the card lists, not what happens next.)
    const listed = (t: Sentence) => (BULLET.test(t.text) ? 1 : 0);
    // (… and after what comes next, the lead that tells the decision, whose future is what was decided: "signed an agreement
    // that will remove tariffs within ten years" comes after "The pact must still be ratified"; though not one whose own
    // clause is to come: "The new timetable will start next September after the board voted …".)
    const lead = this.a.keyPoints[0]?.sentence;
    const decided = (t: Sentence) => {
      if (t.index !== lead) return 0;
      const outcome = OUTCOME_VERB.exec(t.text)?.index ?? -1;
      return outcome >= 0 && outcome < t.text.search(WILL_COME) ? 1 : 0;
    };
    ahead.sort((x, y) => listed(x) - listed(y) || decided(x) - decided(y) || reported(x) - reported(y));
    const shown = ahead.slice(0, 2).flatMap((s) => this.fromQuoteOpening(s));
    return this.yes(
      question,
      shown
        // ("5. report on progress at their next meeting in October." is said as a sentence.)
        .map((s) => asSentence(s.text))
        .join(' '),
      shown,
    );
  }

  /** The sentence that counts the news among others of its kind ("the first strike since 2011", "its second recall this
   * year"); or, failing that, one set in an earlier year than the news that shares a word with its headline or lead (or
   * with the thing the question names: "When was the last strike?"). */
  private earlierOfItsKind(question: string): Sentence | undefined {
    const body = this.a.sentences.filter((s) => this.answerable(s));
    const done = LAST_DONE_QUESTION.exec(question.trim());
    const thing = done ? `${done[1]}${done[2]}` : LAST_ONE_QUESTION.exec(question.trim())?.[1];
    const asked = thing ? keyTerms(thing) : [];
    const ofIt = (s: Sentence) => !asked.length || coverage(asked, s.text) === 1;
    const counted = body.find((s) => ONE_OF_ITS_KIND.test(s.text) && ofIt(s));
    if (counted) return counted;
    // (One of the same kind: "a similar meeting in 2019", "also ended with …", or one the headline's own words name, "a 6.1
    // quake in 2015 that killed 20" under "Quake kills 40 in the region"; its names aside, which any sentence may repeat.)
    const lead = this.a.keyPoints[0]?.sentence;
    const news = new Set(contentTerms((this.a.article.title ?? '').replace(/\b\p{Lu}[\p{L}'’-]*/gu, ' ')));
    // (Two of them: one alone may be any word, "developers".)
    // (… or one about an earlier thing of its kind: "A previous attempt to climb it ended in failure in 2015".)
    const sameKind = (s: Sentence) =>
      SAME_AGAIN.test(s.text) ||
      PREVIOUS_ONE.test(s.text) ||
      new Set(contentTerms(s.text.replace(/\b\p{Lu}[\p{L}'’-]*/gu, ' ')).filter((t) => news.has(t))).size >= 2;
    const earlier = earlierEventSentences(this.a.sentences, this.a.article.published, true);
    return body.find((s) => s.index !== lead && earlier.has(s.index) && ofIt(s) && (asked.length > 0 || sameKind(s)));
  }

  /** The company the report is about: the lead's subject named as one, or the one organisation whose officers the lead
   * or headline names (see leadOfficers). */
  private ownCompany(): string | null {
    return this.reportsCompany() ?? this.leadOfficers()[0]?.affiliation ?? null;
  }

  /** The company the lead reports on, as a company (read once); not any body whose officer the lead names, a council or a
   * fund, which ownCompany also gives. */
  private reportsCompany(): string | null {
    this.companyCache ??= reportedCompany(this.a.sentences, this.a.people);
    return this.companyCache;
  }

  /** The report's own company by the first word of its name, where the text calls it so as a subject ("Halvex did not admit
   * wrongdoing" of a report on Halvex Bank); null for a name of one word, or one the text never shortens so. */
  private ownCompanyShort(): RegExp | null {
    if (this.companyShortCache !== undefined) return this.companyShortCache;
    const [first, second] = (this.ownCompany() ?? '').split(/\s+/);
    const alone =
      second && first.length > 2 && !findCountries(first).length ? new RegExp(`\\b${escapeRegExp(first)}\\b(?!\\s+${escapeRegExp(second)}\\b)`) : null;
    const asSubject = alone ? new RegExp(`${alone.source}\\s+(?:(?:also|has|had|have|did|does|is|was|will|would)\\s+)?(?:not\\s+)?\\p{Ll}+`, 'u') : null;
    this.companyShortCache = asSubject && this.a.sentences.some((s) => asSubject.test(s.text)) ? alone : null;
    return this.companyShortCache;
  }

  /** The people the text names as officers of the one organisation its lead or headline names (none when they serve two,
   * and never a country's). */
  private leadOfficers(): Person[] {
    const told = this.leadAndHeadline();
    const officers = this.a.people.filter((p) => !!p.affiliation && !COUNTRY_NAMES.has(p.affiliation) && told.includes(p.affiliation));
    return new Set(officers.map((p) => p.affiliation)).size === 1 ? officers : [];
  }

  /** "the company", "the airline" in a question, and the people the text names as officers of the report's own company
   * (the one organisation the people named in its lead or headline work for; none when there are two, or it is a country). */
  /** The one participant the card gives the country a question names ("How much did Peru give?"), with the words naming it. */
  private countryStandIn(question: string): { phrase: string; person: Person } | null {
    const named = findCountries(question);
    if (named.length !== 1) return null;
    const theirs = this.a.participants.filter((p) => p.affiliation === named[0].country);
    return theirs.length === 1 ? { phrase: question.slice(named[0].start, named[0].end), person: theirs[0] } : null;
  }

  private officerAsked(question: string): { phrase: string; officers: Person[] } | null {
    const asked = COMPANY_ASKED.exec(question);
    if (!asked) return null;
    const officers = this.leadOfficers();
    return officers.length ? { phrase: asked[0], officers: officers.slice(0, 3) } : null;
  }

  /** A sentence that closes a quotation opened sentences before ('He will start on Saturday."'), with those sentences
   * back to where it opens and who is quoted; any other sentence alone. */
  private fromQuoteOpening(s: Sentence): Sentence[] {
    if (quotesBalanced(s.text) || /^["“]/.test(s.text)) return [s];
    const run = [s];
    for (let i = s.index - 1; i >= 0 && run.length < 4 && this.a.sentences[i].paragraph === s.paragraph; i--) {
      run.unshift(this.a.sentences[i]);
      if (quotesBalanced(run.map((x) => x.text).join(' '))) return run;
    }
    return [s];
  }

  /** Retrieval: the sentences that contain the question's key terms and the kind of answer it asks for. */
  search(question: string, type: AnswerType = 'any', fitsType: (text: string) => boolean = (t) => hasType(t, type), keyed = question): Answer {
    // ("Who voted against?" of a vote "with no objections", in none of the question's words: no one did.)
    const decline = this.noneAgainst(question) ?? this.no(question, notSaid(question));
    // People the question names are found through their own sentences; their names are not key terms.
    const byName = peopleNamedIn(this.a.people, question);
    // ("How old was she?" of an obituary: "she" is the one person it is about.)
    const asked = byName.length ? undefined : PERSONAL_PRONOUN_IN.exec(question)?.[0];
    const subject = asked ? this.storySubject(asked) : null;
    // ("Who will replace him?": the person as the object closing the question is no one whose own sentences answer it, and
    // the pronoun is no word the text must use.)
    const object = !!subject && /^(?:him|her)$/i.test(asked!) && new RegExp(`\\b${asked}\\s*[?.!]*\\s*$`, 'i').test(question);
    const named = subject && !object ? [subject] : byName;
    // ("Who will replace him?" unanswered, of a report about several people: the reader is asked whom they mean, not told
    // that the text is silent.)
    const silent = asked && !subject && !decline.answered ? this.askForName(question, asked) : null;
    const nameTerms = new Set([...named.flatMap((p) => contentTerms(p.name)), ...(object ? [asked!.toLowerCase()] : [])]);
    const keys = keyTerms(keyed).filter((k) => !nameTerms.has(k));
    // "How much will it cost?": with no word but the measure's, "it" is what the article is about; any sentence that gives
    // the measure answers, the lead's first.
    // (So, for a measure, is "How strong was it?" of a quake report: the figure of the measure's kind.)
    const ofTheStory =
      !keys.length &&
      !named.length &&
      type !== 'any' &&
      /^how \p{L}+\b.*\b(?:it|they)\b/iu.test(question) &&
      (/^how (?:much|many)\b/i.test(question) || MEASURES.some((m) => m.asks.test(question)));
    // ("How old is she?" of a report about several people: whom the reader means is theirs to say.)
    if (!keys.length && !named.length && asked) return this.askForName(question, asked);
    if (!keys.length && !named.length && !ofTheStory) return silent ?? decline;
    // "Did Chile vote against?" of "Cuba and Haiti voted against, and Peru and Chile abstained": the vote the text gives the
    // one country or person asked about, on another side than the one asked, is a "No"; on that side, its sentence answers
    // when no other does ("Did Cuba oppose the text?"). (Though the text never says "against": "Did Roy vote against?" of
    // "Ana Roy voted in favour".)
    const yesNo = YES_NO.test(question.trim());
    // "Was a moratorium agreed?" of "… but failed to agree on a moratorium": what the text says did not happen is a "No".
    // (Not of a question that asks of a lack itself: "Did Roy leave without speaking?" of "left without speaking" is no "No".)
    const denials = yesNo && !LACK_ASKED.test(question);
    const voteAsked = yesNo ? askedVote(question) : null;
    // (The one person named, whatever country the question gives them: "Did Peru's Ana Roy vote for it?".)
    const askedCountries = voteAsked && !named.length ? [...new Set(findCountries(question).map((c) => c.country))] : [];
    let votedAsAsked: Sentence | null = null;
    if (voteAsked && (named.length === 1 || (!named.length && askedCountries.length === 1))) {
      for (const s of this.pool) {
        if (s.index === this.headline || !VOTE_TOLD_CUE.test(s.text)) continue;
        const spans = named.length ? this.mentionsIn(named[0], s.index) : findCountries(s.text).filter((c) => c.country === askedCountries[0]);
        const side = spans.length ? sideVotedBy(s.text, spans) : null;
        if (side && side !== voteAsked) return this.yes(question, `No: ${s.text}`, [s]);
        if (side) {
          votedAsAsked = s;
          break;
        }
      }
    }
    // "Was the climate fund agreed?" of "… but put off a decision on how to split a new reef fund": a decision put off on
    // what the question names, or a thing not had ("closed without a treaty"), read here, as the text need not use the
    // question's verb at all.
    const unsettled = denials ? this.unsettledAsked(keys) : null;
    // Key terms the article never uses (in any form it knows): a question about something else.
    const missing = keys.filter((k) => !hasTerm(this.vocabulary, k, this.text) && !(unsettled && SETTLING_TERMS.has(k)));
    const properMissing = missing.some(
      (k) => new RegExp(`\\b${k}`, 'i').test(question.replace(/^\w+/, '')) && /\p{Lu}/u.test(question.match(new RegExp(`\\b${k}\\w*`, 'i'))?.[0] ?? ''),
    );
    if (properMissing || missing.length > keys.length / 3) return silent ?? decline;
    const own = named.length ? new Set(named.flatMap((p) => this.utterancesOf(p).map((s) => s.index))) : null;
    // "Where will the next round be held?": only a sentence about what comes next answers it.
    const next = /\b(?:next|upcoming)\b/i.test(question);
    // "the next meeting": a sentence about what comes next that says so of a meeting, in its words ("Next year's
    // summit", "will meet again", "the next full G7+ meeting"), not any sentence with "next year" in it.
    // (The last of a few words after it: "the next central bank meeting" is a meeting; else, as before, the word after it.)
    const nextOf = (NEXT_THING.exec(question) ?? /\b(?:next|upcoming)\s+([\p{L}-]+)/iu.exec(question))?.[1];
    const nextForms = nextOf ? formsOf(stem(nextOf)).map(escapeRegExp) : [];
    // (… or one after the act is done "again": "are set to vote again at their meeting on 4 March".)
    const nextNamed = nextForms.length
      ? new RegExp(
          `\\b(?:next|upcoming|following|follow-up|second|third|another|further)\\b(?:\\s+[\\p{L}\\p{N}'’+&.-]+){0,3}?\\s+(?:${nextForms.join('|')})|${MEETS_AGAIN}|\\bagain\\s+at\\s+(?:its|their|the)\\s+(?:${nextForms.join('|')})`,
          'iu',
        )
      : null;
    // Sentences of a named person's are already narrowed to them: half the other words will do ("Did Roy vote for the bill?").
    // (A yes-or-no question needs all of them: "Did the bank raise rates?" is not answered by "The bank will publish its next
    // rate decision …", which holds no raising.)
    const needed = own ? 0.5 : keys.length <= 2 || YES_NO.test(question.trim()) ? 1 : 0.6;
    // Ranked by the question's words; then sentences that hold its key terms only in another form
    // ("What was the vote?" → "The committee voted 7-2"), which the ranking cannot see.
    // How much of the question a sentence holds, with what it stands on (a list's heading, the sentence a pronoun needs).
    // The first key point (the lead, when the card chose it) is searched even when the ranking left it out.
    const lead = this.a.keyPoints[0]?.sentence ?? -1;
    // A lead that restates the headline's count of a thing asked about counts it too ("expelled three Russian embassy
    // staff" under "expels three Russian diplomats"); not when the headline's figure is of something else ("profit
    // falls 18% …; shares slide").
    // (Only the parts of the headline the lead tells: "… wildfire nears Lima; two firefighters injured" over a lead of
    // the evacuation "within two miles of the town" counts no firefighters.)
    const headline = this.headline !== null && lead >= 0 ? headlinePartsOf(this.a.sentences[lead].text, this.pool[this.headline].text) : null;
    const counted = lead >= 0 && headline !== null ? restatedCount(this.a.sentences[lead].text, headline) : '';
    // "Why was the company fined?" of "Regulators fined Halvex Rail £9 million for …": the report's own company, named,
    // is "the company" asked about.
    const companyWord = COMPANY_ASKED.exec(keyed)?.[0].split(/\s+/).pop();
    const companyName = companyWord ? this.ownCompany() : null;
    // ("Will Halvex use the data?" of "Ana Roy said the company would not use …": the report's own company, asked by name, is
    // "the company"; one opening the sentence stands on the sentence before, see standsOn.)
    const reported = !companyWord && /\p{Lu}/u.test(keyed.slice(1)) ? this.ownCompany() : null;
    const companyByName = reported && keyed.includes(reported.split(/\s+/)[0]) ? reported : null;
    // (… or by the first word of its name, as the text calls it alone: "Did the bank admit fault?" of "Halvex did not
    // admit fault" in a report on Halvex Bank.)
    const companyShort = companyName ? this.ownCompanyShort() : null;
    const asCompany = (text: string) =>
      (companyName && (text.includes(companyName) || companyShort?.test(text)) ? ` ${companyWord}` : '') +
      (companyByName && COMPANY_ASKED.test(text) && !THE_COMPANY_SUBJECT.test(text) ? ` ${companyByName}` : '');
    const covers = (t: Sentence) => coverage(keys, `${t.text} ${this.standsOn(t)}${t.index === lead ? ` ${counted}` : ''}${asCompany(t.text)}`);
    const ranked = this.index.rank(question);
    const seen = new Set(ranked.map((r) => r.sentence.index));
    if (keys.length)
      for (const s of this.pool.slice(0, MAX_FORM_SCAN)) if (!seen.has(s.index) && covers(s) >= needed) ranked.push({ sentence: s, score: 0, coverage: 0 });
    if (lead >= 0 && !ranked.some((r) => r.sentence.index === lead)) ranked.push({ sentence: this.a.sentences[lead], score: 0, coverage: 0 });
    // "How old was Roy?": the person's own sentences, though they name them only by a pronoun ("She was 91."), last.
    if (own && !keys.length) for (const i of own) if (!seen.has(i) && i !== lead) ranked.push({ sentence: this.a.sentences[i], score: 0, coverage: 0 });
    if (ofTheStory) {
      // (With no key terms, the ranking found nothing; the lead was added just above.)
      const listed = new Set(ranked.map((r) => r.sentence.index));
      for (const s of this.pool.slice(0, MAX_FORM_SCAN)) if (!listed.has(s.index)) ranked.push({ sentence: s, score: 0, coverage: 0 });
    }
    const oneSide = !yesNo;
    const figures = figuresIn(keyed);
    // "Where were the talks?": what happened, not the next one to come.
    // (Only of a gathering the question names: "What did the ministers reject?" is answered by "rejected a proposal …, and put
    // off a decision until their next meeting".)
    const pastAsked = PAST_QUESTION.test(question) && keys.some((k) => EVENT_WORDS.has(k));
    // "When did the quake strike?": a past day asked, which the lead gives of the news.
    const pastDate = type === 'date' && PAST_QUESTION.test(question);
    // "Why was the company fined?": a reason asked.
    const why = /^why\b/i.test(question);
    // "Who won?": a sentence with the verb only as what has not happened ("tries to win back customers") tells no outcome.
    // ("What was decided?" reads a decision still to come itself, and says so: see open().)
    // (A question of who did not do it, "Who was not involved?", is answered by it: "who was not involved in the study".)
    const pastKeys = OUTCOME_QUESTION.test(question) || NEGATED_QUESTION.test(question) ? [] : pastVerbKeys(question, keys);
    // "Who proposed the wind farm?": only a sentence that tells of proposing says who did; the lead that names the wind farm
    // does not. (A question of the act alone, "Who won?", may be answered by the news's outcome in other words: "was elected";
    // as may "Who won the election?": only a verb's regular past is read.)
    // (The verb of "Who proposed …?" is read once: the passive's reading below asks it too.)
    const didAsked = WHO_DID.exec(question.trim())?.[1];
    const actAsked = keys.length > 1 ? didAsked : undefined;
    const act = actAsked ? keys.find((k) => k === stem(actAsked.toLowerCase())) : undefined;
    // "When did it sink?": the day of a sentence whose own verb is another ("It was raised in June.", after "… went down off
    // Lima long ago") is no day of sinking; the verb asked is the sentence's own, not only the one's it stands on.
    const datedAsked = type === 'date' ? WHEN_DID.exec(question.trim())?.[1] : undefined;
    const datedAct = datedAsked ? keys.find((k) => k === stem(datedAsked.toLowerCase())) : undefined;
    const sideAsked = VOTE_SIDE_QUESTION.exec(question)?.[1].toLowerCase();
    const againstAsked = sideAsked === 'against';
    const forAsked = !!sideAsked && !againstAsked;
    // "Who abstained?", "Who paid for the bridge?", "Who called the strike?": only a sentence that tells of the act says who did it.
    const actsAsked = ACTS_TOLD.filter((row) => row.asks.test(question.trim()));
    const abstainAsked = ABSTAIN.test(question);
    const aheadAsked = asksAboutFuture(question);
    const winAsked = WIN_ASKED.test(question);
    const fits = ranked.filter((r) => {
      const s = r.sentence;
      // A question put in the text ("Q: Is a cut likely?") answers nothing.
      // (Nor does a subheading: "What was decided", over the part of a page that says it.)
      if (s.index === this.headline || (own && !own.has(s.index)) || ASKS.test(s.text) || isSubheading(s.text)) return false;
      // "How long was Vale jailed?": "Vale's former finance director, Ana Roy, was jailed …" is about Roy, unless the question
      // asks about what is someone's ("What did Vale's lawyer say?", "Who was sent in Roy's place?").
      if (own && !/['’]s\b/.test(question) && named.every((p) => this.onlyOwnerIn(p, s, keys))) return false;
      // "How old is Vale?": "The 18-year-old won … after Vale blundered" gives the age of whom the sentence before named first.
      const byAge = own && /^how old\b/i.test(question) && NAMED_BY_AGE.test(s.text);
      if (byAge && !named.some((p) => p === this.firstNamedIn(s.index - 1))) return false;
      // The lead restates the headline: its words count for the lead ("recalling 1.2 million SUVs" under "recalls 1.2 million vehicles").
      const context = `${s.text} ${this.standsOn(s)} ${s.index === lead && headline !== null ? headline : ''}${asCompany(s.text)}`;
      const fitsLead = s.index === lead && headline !== null && restates(s.text, headline) && fitsType(headline);
      return (
        (!keys.length || coverage(keys, context) >= needed) &&
        // ("Who will host the 2031 Lima Games?": a year or a figure the question gives is one the answer gives.)
        figures.every((f) => context.includes(f)) &&
        // ("How long was Roy held?" of "… Tom Vale, 44, who had been jailed since 2019, and Ana Roy": Vale's span, not Roy's.)
        (fitsType(own && named.length === 1 ? this.withoutOthersAsides(named[0], s) : s.text) || fitsLead) &&
        (!next || FUTURE.test(s.text)) &&
        // ("When will it open?" is not answered by "The last fare rise came in March 2021.": a time gone by, told as such.)
        (!aheadAsked || STILL_AHEAD.test(s.text) || !this.ofAnotherTime(s.text)) &&
        // ("Did Vale win?" is not answered by "Ana Roy said she was won over by Vale's pitch": one persuaded won nothing.)
        (!winAsked || !onlyWonOver(s.text)) &&
        (!nextNamed || nextNamed.test(s.text)) &&
        // ("What did they reject?" is not answered by "adopted a plan".)
        (!oneSide || !otherOutcome(keys, s.text)) &&
        !pastKeys.some((k) => onlyUnrealised(k, s.text)) &&
        (!act || coverage([act], s.text) > 0) &&
        (!datedAct || coverage([datedAct], fitsLead ? `${s.text} ${headline}` : s.text) > 0) &&
        // ("Who voted against?" is not answered by "welcomed the vote but urged more action against armed groups".)
        (!againstAsked || VOTED_AGAINST.test(s.text) || TALLY.test(s.text)) &&
        // ("Who voted for it?" is not answered by "Ana Roy and Tom Vale voted against the budget", nor by a dissent.)
        (!forAsked || !VOTED_AGAINST.test(s.text) || VOTED_FOR.test(s.text) || TALLY.test(s.text)) &&
        actsAsked.every((row) => row.tells.test(s.text)) &&
        // ("Where were the talks?" is not answered by "Roy invited Vale to Lima for the next round in May".)
        (next || !pastAsked || !NEXT_GATHERING.test(s.text)) &&
        // ("Did Roy vote for the budget?" is not answered by "Mayor Ana Roy, who proposed the budget, said …": a vote of theirs.)
        (!sideAsked || !own || CASTS_A_VOTE.test(s.text))
      );
    });
    const countriesNamed = WHICH_COUNTRIES.test(question) ? (t: Sentence) => findCountries(t.text).length : () => 0;
    // A sentence with more of the question's key terms comes first ("What will Roy's bill require?": the one that
    // says "require", not one that only names the bill).
    if (keys.length) {
      const covered = new Map(fits.map((r) => [r, covers(r.sentence)]));
      // … and, of two as good, the report's own words before a quotation standing alone ("All 27 leaders agreed.").
      const quoted = (r: (typeof fits)[number]) => (/^["“]/.test(r.sentence.text) ? 1 : 0);
      // … and, of two as good, the one with the question's own verb ("Who was sentenced?": "was sentenced", not "the
      // sentence"). A noun asked about may be answered by its verb ("How much was the fine?": "was fined €3 million").
      const words = (question.toLowerCase().match(/\p{L}{2,}(?:ed|ing)\b/gu) ?? [])
        .filter((w) => keys.some((k) => w.startsWith(k)))
        .map((w) => new RegExp(`\\b${w}\\b`, 'i'));
      const exact = new Map(fits.map((r) => [r, words.filter((w) => w.test(r.sentence.text)).length]));
      // … and, for an amount, of two as good, the lead's: it states the news's figure ("fined the company €310 million",
      // before the fine first proposed).
      // … and so, for a question of one word ("Who won?"), is the news's own outcome before a toss won.
      // … and so, for "When did the quake strike?", is the news's own day before a quake of years ago the text compares
      // it with ("… struck about 150 km from the area devastated in 2023").
      // … and so, for "Why was the company fined?", is the news's own reason before a fine of years ago ("was fined in 2019
      // over …").
      // … and so, for "Who won the election?", is the news's own outcome before a count won by another ("The Labour Party won 38
      // seats, down from …").
      const isLead = (r: (typeof fits)[number]) =>
        r.sentence.index === lead && (type === 'amount' || type === 'number' || pastDate || keys.length === 1 || why || WHO_WON.test(question)) ? 1 : 0;
      // … but first, for "How many seats did the Labour Party win?", the one whose subject is what the question names ("The
      // Labour Party won 38 seats"), before a lead that names it last ("… taking 120 seats and ending rule by the Labour Party").
      const asker = byName.length ? undefined : DID_SUBJECT.exec(question)?.[1];
      const subjectAt = asker ? new RegExp(`^(?:\\S+\\s+){0,3}?(?:[Tt]he\\s+)?${escapeRegExp(asker)}\\b`) : null;
      const subject = (r: (typeof fits)[number]) => (subjectAt?.test(r.sentence.text) ? 1 : 0);
      // … and, for a count, the lead that restates the headline's ("Lima expels four diplomats": "ordered four diplomats to
      // leave"), before one the question's own verb tells of another time ("expelled six diplomats last month").
      const newsCount = (r: (typeof fits)[number]) => (counted && r.sentence.index === lead && (type === 'number' || type === 'amount') ? 1 : 0);
      // … and the report's prose before a page's own summary line ("• Peru and Chile voted against").
      const bullet = (r: (typeof fits)[number]) => (BULLET.test(r.sentence.text) ? 1 : 0);
      // … and, of two as good, one that does it before one that does not ("What did the agency approve?": "approved
      // the pill", before "declined to approve the drug for adults"), unless the question asks what was not done.
      // (… or tells only what someone would not say: "Roy did not say how the hostages were freed", before "were released on Friday".)
      const keyAlt = keys.map(escapeRegExp).join('|');
      const denied = NEGATION.test(question)
        ? null
        : new RegExp(
            `\\b(?:not|never|without|no|declined to|refused to|failed to)\\s+(?:be\\s+)?(?:an?\\s+)?(?:${keyAlt})|\\b(?:not|never|declined to|refused to)\\s+(?:say|disclose|reveal|explain|confirm|specify)\\b[^.;]{0,80}?\\b(?:${keyAlt})`,
            'i',
          );
      const denies = (r: (typeof fits)[number]) => (denied?.test(r.sentence.text) ? 1 : 0);
      // … and, of two as good, the one that holds the words itself before one that holds them only through the sentence
      // its pronoun stands on ("The company said no passwords were taken." before "It discovered the breach on Nov. 12").
      // (The lead's words include the headline's count it restates, as above.)
      const ownWords = new Map(
        fits.map((r) => [r, coverage(keys, `${r.sentence.text}${r.sentence.index === lead ? ` ${counted}` : ''}${asCompany(r.sentence.text)}`)]),
      );
      // … and, for "Which countries …?", the one that names more of them ("signed by ministers from Germany, Austria, …"
      // before "ministers from the nine countries … signed").
      const named = (r: (typeof fits)[number]) => countriesNamed(r.sentence);
      // … and, for "Why …?", of two as good, the one that gives a reason ("blocked the deal, saying it would …").
      const reason = (r: (typeof fits)[number]) => (why && REASON.test(r.sentence.text) ? 1 : 0);
      // … and, for "What are they suspected of?", the one that says of what ("on suspicion of fraud"), before one
      // that only names a suspect ("A second suspect is being sought").
      const charge = (r: (typeof fits)[number]) => (CHARGE_ASKED.test(question) && CHARGE_GIVEN.test(r.sentence.text) ? 1 : 0);
      // … and, for "What are PFAS?", of two as good, the one that says what they are ("PFAS, a group of …, are used …").
      const term = /^what (?:is|are) (?:an? |the )?([\p{L}\d][\p{L}\d' -]{0,40}?)\??$/iu.exec(question.trim())?.[1];
      const defines = term
        ? new RegExp(
            `\\b${escapeRegExp(term)}(?:,\\s+(?:an?|the)\\s|\\s+(?:is|are)\\s+(?:an?|the)\\s|\\s+(?:refers? to|means?|stands? for)\\b|\\s+\\()|\\(${escapeRegExp(term)}\\)`,
            'i',
          )
        : null;
      const definition = (r: (typeof fits)[number]) => (defines?.test(r.sentence.text) ? 1 : 0);
      // … and, for "How did China respond?", the one where what the question names speaks or acts in reply ("China's
      // Commerce Ministry said …"), not one that only names it.
      const replier = HOW_REACTED.test(question)
        ? new RegExp(`\\b(?:${keys.map(escapeRegExp).join('|')})[\\p{L}'’]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}\\s+(?:\\p{Ll}+ly\\s+)?${REPLY_VERBS}\\b`, 'iu')
        : null;
      const replies = (r: (typeof fits)[number]) => (replier?.test(r.sentence.text) ? 1 : 0);
      // … and, for a yes-or-no question, of two as good, one of the news's own time before one of another ("Was anyone killed?":
      // "No deaths were reported", before "The last flood, in 2011, killed three people").
      // (Asked yes or no only: a count's sentence may compare with another year, "won 30 seats, down from 52 in 2020".)
      const bygoneWords = BEFORE_QUESTION.test(question.trim()) || BYGONE_WORDS.test(question);
      const bygoneAsked = oneSide || bygoneWords;
      const another = (r: (typeof fits)[number]) => (!bygoneAsked && this.ofAnotherTime(r.sentence.text) ? 1 : 0);
      // … and, for a count or an amount, the news's own before one told of a time gone by, its year before its figure
      // ("The storm has killed at least five people" before "Lima last saw a storm this strong in 2001, when 15 people died"); a
      // figure compared with another year's ("won 30 seats, down from 52 in 2020") is still the news's.
      const countAsked = (type === 'number' || type === 'amount') && !bygoneWords;
      const countOfThen = (r: (typeof fits)[number]) => (countAsked && YEAR_THEN_FIGURE.test(r.sentence.text) && this.ofAnotherTime(r.sentence.text) ? 1 : 0);
      fits.sort(
        (x, y) =>
          (covered.get(y) ?? 0) - (covered.get(x) ?? 0) ||
          another(x) - another(y) ||
          countOfThen(x) - countOfThen(y) ||
          reason(y) - reason(x) ||
          charge(y) - charge(x) ||
          subject(y) - subject(x) ||
          replies(y) - replies(x) ||
          definition(y) - definition(x) ||
          (ownWords.get(y) ?? 0) - (ownWords.get(x) ?? 0) ||
          denies(x) - denies(y) ||
          named(y) - named(x) ||
          newsCount(y) - newsCount(x) ||
          (exact.get(y) ?? 0) - (exact.get(x) ?? 0) ||
          isLead(y) - isLead(x) ||
          bullet(x) - bullet(y) ||
          quoted(x) - quoted(y),
      );
    }
    // A question in the future tense prefers sentences in it; one in the present ("How many vehicles are being
    // recalled?") is not answered by what happened before ("In March it recalled …").
    const future = aheadAsked;
    const present = !future && PRESENT_QUESTION.test(question);
    // (Not one that holds none of the key terms itself, only through the sentence its pronoun stands on: "It will book a
    // charge …" after "The company expects the cuts to save …" for "How much will the cuts save?".)
    const itself = (r: (typeof fits)[number]) => (!keys.length || coverage(keys, r.sentence.text) > 0 ? 1 : 0);
    if (future) fits.sort((x, y) => itself(y) - itself(x) || Number(FUTURE.test(y.sentence.text)) - Number(FUTURE.test(x.sentence.text)));
    else if (present) fits.sort((x, y) => Number(SET_BEFORE.test(x.sentence.text)) - Number(SET_BEFORE.test(y.sentence.text)));
    // One in the past ("What was revenue?") is answered by what was, before what is forecast ("expected revenue of … in the
    // current quarter").
    else if (PAST_QUESTION.test(question)) fits.sort((x, y) => Number(FORECAST.test(x.sentence.text)) - Number(FORECAST.test(y.sentence.text)));
    // (Asked who did it, a sentence that tells it done, in the passive, by no one it names comes after one that tells who did:
    // "Who appointed Ana Roy?" is answered by "President Tom Vale appointed Roy …", not by "Ana Roy was appointed chief …".)
    if (didAsked && fits.length > 1) {
      const forms = formsOf(stem(didAsked.toLowerCase())).map(escapeRegExp).join('|');
      const passive = new RegExp(`\\b(?:was|were|is|are|been|be)\\s+(?:\\p{L}+ly\\s+)?(?:${forms})(?:ed|d)?\\b(?![^.;]{0,80}\\bby\\b)`, 'iu');
      const active = new RegExp(`(?<!\\b(?:was|were|is|are|been|be)\\s+(?:\\p{L}+ly\\s+)?)\\b(?:${forms})(?:ed|d)?\\b`, 'iu');
      const doer = passive.test(fits[0].sentence.text) ? fits.findIndex((r) => active.test(r.sentence.text) && !passive.test(r.sentence.text)) : -1;
      if (doer > 0) fits.unshift(...fits.splice(doer, 1));
    }
    // (Not one told as another of its kind, unless asked of: "Was the motion carried?" is not asked of "A separate motion to
    // close the park at night was carried", after the lead's motion that was defeated.)
    if (fits.length > 1 && ANOTHER_ONE.test(fits[0].sentence.text) && !ANOTHER_ASKED.test(question)) {
      const asked = fits.findIndex((r) => !ANOTHER_ONE.test(r.sentence.text));
      if (asked > 0) fits.unshift(...fits.splice(asked, 1));
    }
    // (A thing put off or not had, read above, is a "No"; not when another sentence tells it was settled after all: that one
    // answers.)
    if (unsettled && (!fits.length || fits[0].sentence === unsettled)) return this.yes(question, `No: ${unsettled.text}`, [unsettled]);
    if (!fits.length && denials && pastKeys.length) {
      const denied = ranked.find(
        (r) =>
          r.sentence.index !== this.headline &&
          !ASKS.test(r.sentence.text) &&
          coverage(keys, r.sentence.text) >= 1 &&
          pastKeys.some((k) => onlyUnrealised(k, r.sentence.text) && deniedAct(k, r.sentence.text)),
      );
      if (denied) return this.yes(question, `No: ${denied.sentence.text}`, [denied.sentence]);
    }
    // "Did the airline apologise?" of "Chief executive Ana Roy apologised …": what the report's own company's officer did,
    // the company did; asked again of her by name.
    if (!fits.length && !byName.length) {
      const standIn = this.officerAsked(keyed);
      for (const p of standIn?.officers ?? []) {
        const again = this.search(question.replace(standIn!.phrase, p.name), type, fitsType, keyed.replace(standIn!.phrase, p.name));
        if (again.answered) return { ...again, question };
      }
    }
    // "How much did Peru announce?" of "Ana Roy announced 50 million soles …": a country the question names, by the one person
    // the card gives it, asked again of them by name.
    if (!fits.length && !byName.length) {
      const standIn = this.countryStandIn(keyed);
      if (standIn) {
        const again = this.search(question.replace(standIn.phrase, standIn.person.name), type, fitsType, keyed.replace(standIn.phrase, standIn.person.name));
        // (The rest of the question in its evidence, as a name's own sentences need not hold it: "Did Peru pay for the fleet?"
        // is not answered by "Ana Roy proposed a fleet".)
        const rest = keyTerms(keyed.replace(standIn.phrase, ' '));
        if (again.answered && again.evidence.length && coverage(rest, again.evidence[0]) >= 1) return { ...again, question };
      }
    }
    if (!fits.length && votedAsAsked) return this.yes(question, votedAsAsked.text, [votedAsAsked]);
    if (!fits.length && silent) return silent;
    // "Did they agree?" of talks that "ended … without agreeing who would pay for the dam", before "The ministers agreed to meet
    // again": the news tells the act asked only as not done, so the answer is "No", and the later, lesser thing comes after it.
    const leadText = lead >= 0 ? this.a.sentences[lead].text : '';
    // (Only when the lead holds all the question asks: "Did they agree on a date?" is answered by "They agreed on a date …";
    // though not the verb of agreeing, when the lead denies the thing itself: "Was a truce agreed?" of "talks failed to produce
    // a truce", read in the question's own words too, as "accord" is a key term only as "agree".)
    const askedTerms = contentTerms(question).filter((t) => t !== AGREEING_TERM);
    const leadHolds = !askedTerms.length || coverage(askedTerms, leadText) >= 1;
    if (denials && lead >= 0 && fits[0]?.sentence.index !== lead && leadHolds && [...keys, ...askedTerms].some((k) => onlyDenied(k, leadText))) {
      // (The later sentence only when it tells what was agreed or done: not "… said it hoped for a deal".)
      const lesser = fits.length && AGREED_OUTCOME.test(unquoted(fits[0].sentence.text)) ? fits[0].sentence : null;
      return this.yes(question, lesser ? `No: ${leadText} ${lesser.text}` : `No: ${leadText}`, lesser ? [lead, lesser] : [lead]);
    }
    if (!fits.length) return decline;
    const best = fits[0];
    // "Did the Alliance win a majority?" of "… won the election, but fell short of a majority": what it fell short of, it did
    // not get.
    const shortOf = oneSide ? null : FELL_SHORT_OF.exec(best.sentence.text);
    if (shortOf && keys.includes(stem(shortOf[1].toLowerCase()))) return this.yes(question, `No: ${best.sentence.text}`, [best.sentence]);
    // "Did the bank admit fault?" of "Halvex did not admit fault.": an act the answer tells only as not done is a "No".
    if (denials && keys.some((k) => onlyDenied(k, best.sentence.text))) return this.yes(question, `No: ${best.sentence.text}`, [best.sentence]);
    // "Was anyone charged?" of "Victims want charges brought. … Police said no charges had been brought.": what one asks for is
    // not done; another sentence that tells it as not done answers.
    if (denials && ASKS_FOR.test(unquoted(best.sentence.text))) {
      const denied = fits.slice(1).find((r) => keys.some((k) => onlyDenied(k, r.sentence.text)));
      if (denied) return this.yes(question, `No: ${denied.sentence.text}`, [denied.sentence]);
    }
    const bestWords = new Set(contentTerms(best.sentence.text));
    // A second sentence that only repeats the first (a page's summary line of it) adds nothing.
    const repeats = (r: (typeof fits)[number]) => {
      const words = contentTerms(r.sentence.text);
      return words.filter((w) => bestWords.has(w)).length >= words.length * 0.8;
    };
    // (The news's own day, put first over a sentence the ranking liked better, stands alone: the other dates another time.
    // So does the news's own reason: the other gives the reason for another time's.)
    // (So does the lead's outcome, asked of the act alone: "Who won?" is not also answered by "The Liberals won six seats".)
    const actAlone = keys.length === 1 && /^who\b/i.test(question) && best.sentence.index === lead;
    const newsDay = ((pastDate || why) && best.sentence.index === lead && fits.some((r) => r.score > best.score)) || actAlone;
    // (Nor, after one of the news, one of another time: "… in 1970, when 300 people died" of a flood decades before.)
    // (… nor one about an earlier thing of its kind: "A previous truce, agreed in May, broke down …".)
    const bygone = (r: (typeof fits)[number]) =>
      (this.ofAnotherTime(r.sentence.text) && !this.ofAnotherTime(best.sentence.text)) ||
      (PREVIOUS_ONE.test(r.sentence.text) && !PREVIOUS_ONE.test(best.sentence.text));
    const picks = fits
      // ("Who voted against?": a second sentence that tells of votes against answers too, "A, B and C also voted no"; as does,
      // for "Who abstained?", the tally's "two abstentions, from Peru and Chile" after "Lima had abstained because …".)
      .filter(
        (r) =>
          r === best ||
          (!newsDay &&
            (r.score >= best.score * 0.8 || (againstAsked && VOTED_NO.test(r.sentence.text)) || (abstainAsked && ABSTAIN.test(r.sentence.text))) &&
            !(present && SET_BEFORE.test(r.sentence.text)) &&
            !repeats(r) &&
            !bygone(r)),
      )
      .slice(0, 2)
      .map((r) => r.sentence);
    // Of two answers near in score, the lead's comes first: it states the news ("a $50 billion loan" before the
    // "$300 billion of assets" it is repaid from).
    // (A question about what is to come has its own order.)
    // (… and only when the lead holds as many of the question's words: "How much did shares fall?" is not first
    // answered by a lead about profit that the headline's "shares slide" brought in.)
    // (Nor, for "Why …?", a lead that gives no reason before one that does.)
    const reasonFirst = why && REASON.test(picks[0].text) && !REASON.test(picks[1]?.text ?? '');
    // (Nor, for "What are they suspected of?", a lead that gives no charge before one that does.)
    const chargeFirst = CHARGE_ASKED.test(question) && CHARGE_GIVEN.test(picks[0].text) && !CHARGE_GIVEN.test(picks[1]?.text ?? '');
    // (Nor, for "Did Halvex raise its forecast?", a lead that holds the verb only in another word ("profit rose") before the
    // one that says it ("raised its forecast").)
    const verb = oneSide ? undefined : ASKED_VERB.exec(question.trim())?.[1];
    const says = (t: Sentence) => !!verb && contentTerms(t.text).includes(stem(verb.toLowerCase()));
    const verbFirst = picks.length === 2 && says(picks[0]) && !says(picks[1]);
    if (
      !future &&
      !reasonFirst &&
      !chargeFirst &&
      !verbFirst &&
      picks.length === 2 &&
      picks[1].index === lead &&
      (!keys.length || covers(picks[1]) >= covers(picks[0])) &&
      countriesNamed(picks[1]) >= countriesNamed(picks[0])
    )
      picks.reverse();
    // (… and put first when the ranking put one that holds the verb only in another word before it.)
    else if (!reasonFirst && !chargeFirst && picks.length === 2 && says(picks[1]) && !says(picks[0])) picks.reverse();
    // (… and the reason alone: a second sentence that gives none only holds the question's words.)
    if (reasonFirst && picks.length === 2) picks.pop();
    // (So, after what someone is charged with, is a sentence that gives no charge.)
    if (chargeFirst && picks.length === 2) picks.pop();
    // A list's heading ("The ministers agreed on five areas of cooperation:") answers with its items, as it reads.
    // (A sentence closing a quotation is shown from where the quotation opens.)
    // (So, for a yes-or-no question, is one whose pronoun's sentence holds what is asked: "Its chief executive said it
    // had offered to sell stores" after "Halvex said it would appeal", for "Did the company appeal?".)
    const leaning = (s: Sentence): Sentence[] => {
      const prev = s.index > 0 ? this.a.sentences[s.index - 1] : null;
      const leans =
        !oneSide && !!prev && !own && keys.length > 0 && PRONOUN_SUBJECT.test(s.text) && coverage(keys, s.text) < needed && prev.index !== this.headline;
      // (… and, for "Who …?", one whose subject is "they", "he" or "she": who they are, the sentence before in its paragraph
      // says: "The owners asked not to be named. They will keep most of the money.")
      const whoLeans =
        !!prev && /^who\b/i.test(question) && /^(?:They|He|She)\s/.test(s.text) && prev.paragraph === s.paragraph && prev.index !== this.headline;
      if (whoLeans && !picks.includes(prev)) return [prev, s];
      // (A yes-or-no question answered by a sentence that only reports it asked: "Ana Roy asked whether the fees had been refunded."
      // The reply, right after it in its paragraph, is the answer: "Vale said most had been.")
      const next = this.a.sentences[s.index + 1];
      if (YES_NO.test(question) && REPORTS_ASKING.test(s.text) && next?.paragraph === s.paragraph && !picks.includes(next)) return [s, next];
      // (A "What …?" answered by a sentence that counts things, "witnessed the signing of four agreements", shows the sentence right
      // after it that says what they are: "The agreements cover A, B and C.")
      const whatThey = next && /^what\b/i.test(question) && !picks.includes(next) ? THEY_ARE.exec(next.text) : null;
      if (whatThey && [...s.text.matchAll(COUNTED_THINGS)].some((m) => m[1].toLowerCase() === whatThey[1].toLowerCase())) return [s, next];
      return leans && coverage(keys, `${prev.text} ${s.text}`) >= needed && !picks.includes(prev) ? [prev, s] : this.fromQuoteOpening(s);
    };
    const shown = picks.map((s) => ({ s, items: s.text.trimEnd().endsWith(':') ? this.listAfter(s) : [], run: leaning(s) }));
    const text = ({ s, items, run }: (typeof shown)[number]) =>
      items.length ? [s, ...items].map((i) => i.text.replace(BULLET, '')).join(' ') : run.map((r) => asSentence(r.text)).join(' ');
    return this.yes(
      question,
      shown.map(text).join(' '),
      shown.flatMap(({ items, run }) => [...run, ...items]),
    );
  }

  /** The items listed right after a heading that ends in a colon, each marked as the first is ("(a) …", "1. …",
   * "• …"; ten at most): numbered paragraphs after a lettered list are no items of it. */
  private listAfter(heading: Sentence): Sentence[] {
    const out: Sentence[] = [];
    const kind = (t: string) => BULLET.exec(t)?.[0].replace(/[a-z]/g, 'a').replace(/\d+/g, '1').trim();
    for (const s of this.a.sentences.slice(heading.index + 1, heading.index + 11)) {
      if (!BULLET.test(s.text) || (out.length && kind(s.text) !== kind(out[0].text))) break;
      out.push(s);
    }
    return out;
  }
}

/** Each question type's answer: one entry per kind in intents.ts (the compiler checks none is missing). */
const ANSWERS: Record<IntentKind, (ask: Answerer, question: string, intent: Intent) => Answer> = {
  identity: (ask, q, i) => ask.identity(q, i.who ?? ''),
  attendance: (ask, q, i) => ask.attendance(q, i.who ?? ''),
  participants: (ask, q) => ask.participants(q),
  absentees: (ask, q) => ask.absentees(q),
  topics: (ask, q) => ask.topics(q),
  presiding: (ask, q, i) => ask.presiding(q, i.verb ?? /\bpresid\w*/i),
  represented: (ask, q, i) => ask.represented(q, i.who ?? ''),
  countries: (ask, q, i) => ask.countries(q, !!i.count),
  where: (ask, q) => ask.where(q),
  when: (ask, q) => ask.when(q),
  number: (ask, q) => ask.number(q),
  met: (ask, q, i) => ask.met(q, i.who ?? ''),
  said: (ask, q, i) => ask.said(q, i.who ?? '', i.about ?? '', i.verb, i.only),
  remote: (ask, q) => ask.remote(q),
  proposals: (ask, q, i) => ask.proposals(q, i),
  search: (ask, q) => ask.open(q),
};

/** The words of a question about which countries were there, and no narrower ("Which countries attended the summit?"). */
const COUNTRY_QUESTION_TERMS = new Set(
  contentTerms(
    'countries country nations nation states took take part participated attended represented present there joined involved meeting summit talks event conference many',
  ),
);

/** Words that give a reason: "because", "due to", "saying …", "citing …", "over a planned fuel tax" (not "take over the
 * ministry"). */
const REASON = new RegExp(
  String.raw`\b(?:because|due to|owing to|as a result of|on the grounds that|so that|in order to|to avoid|saying|citing|(?<!\b(?:take|takes|took|taken|taking|hand|hands|handed|handing|turn|turns|turned|turning|presided|presides|presiding|won|win|wins)\s)over (?:a|an|the|its|their|his|her)|blam\w+|reasons?)\b` +
    // … or what someone is accused of: "ordered four diplomats to leave, accusing them of spying".
    String.raw`|\b(?:accusing|accused)\s+(?:[\p{L}'’-]+\s+){0,3}?of\b|\bon suspicion of\b` +
    // … or the dispute it is part of: "would walk out for 48 hours in a dispute over pay".
    String.raw`|\bin\s+(?:a|an|the|their|its)\s+(?:[\p{L}-]+\s+)?(?:dispute|row|disagreement|standoff|stand-off|protest|campaign)\s+(?:over|about|against)\b` +
    // … or what a finding brought about: "resigned after an inquiry found that her office had steered a contract".
    String.raw`|\bafter\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:found|revealed|showed|concluded|exposed|uncovered)\b` +
    // … or a trend given as the cause after "as": "… close two factories as demand for its machines falls".
    String.raw`|\bas\s+(?:[\p{L}'’-]+\s+){1,8}?(?:falls|fell|rises|rose|slumps|slumped|weakens|weakened|grows|grew|declines|declined|drops|dropped|soars|soared|slows|slowed|shrinks|shrank|surges|surged)\b` +
    // … or what a penalty or a praise was for: "fined Halvex €3 million for misleading its customers".
    String.raw`|\b(?:fined|penali[sz]ed|punished|jailed|sentenced|convicted|sued|critici[sz]ed|arrested|charged|banned|suspended|sacked|dismissed|expelled|praised|thanked|honou?red)\b[^;]{0,100}?\bfor\s+\p{Ll}+ing\b`,
  'iu',
);

/** The stem of the verb a question of an outcome is asked in: "Was a truce agreed?". */
const AGREEING_TERM = 'agre';

/** A question that asks of a lack itself: "Did Roy leave without speaking?", "Did the talks end with no deal?". */
const LACK_ASKED = /\b(?:without|no|not|never)\b|n['’]t\b/i;

/** Coming into force, in its words: "takes effect", "comes into force", "enters into force". */
const IN_FORCE = '(?:takes?|comes? into|enters? into) (?:effect|force)';
/** The text says the act did not happen, or will not: "failed to agree", "did not sign", "refused to approve", "would not
 * withdraw", "did not formally ban"; or that it is still to happen: "must be ratified", "is yet to sign", "still has to
 * approve"; or that it was done without: "left the hearing without speaking to the press", "met them without permission" (in
 * lower case: "Health Without Walls" is a name); or that the thing was not had: "ended without an accord", "regretted that no
 * pact had been reached". (Each key's expressions are built once, not per sentence they are tried on.) */
const DENIED_ACT = new Map<string, { denied: RegExp; without: RegExp }>();
function deniedAct(key: string, text: string): boolean {
  const { denied, without } = deniedActOf(key);
  return denied.test(text) || without.test(text);
}

/** The text has the act only where it says it did not happen: "Halvex did not admit fault." of "admit" (not "The board
 * approved the plan, which the union had not approved."). */
function onlyDenied(key: string, text: string): boolean {
  const { denied, without } = deniedActOf(key);
  const m = denied.exec(text) ?? without.exec(text);
  if (!m) return false;
  // ("Will the Greens back the budget?" of "would not back any budget that did not raise pensions": a condition, no "No".)
  if (ON_A_CONDITION.test(text.slice(m.index + m[0].length))) return false;
  const rest = text.split(denied).join(' ').split(without).join(' ');
  return !hasTerm(new Set(contentTerms(rest)), key, rest);
}

/** Right after a denied act, the condition it is denied on: "… unless", "… if", "… any budget that did not raise". */
const ON_A_CONDITION = /^[^.;]{0,60}?\b(?:unless|until|if|without|that (?:did|does|do|would|will) not|which (?:did|does|do|would|will) not)\b/i;

/** The expressions of `key`'s act denied, built once per key. */
function deniedActOf(key: string): { denied: RegExp; without: RegExp } {
  let res = DENIED_ACT.get(key);
  if (!res) {
    const forms = formsOf(key)
      .filter((f) => !f.includes(' '))
      .map(escapeRegExp)
      .join('|');
    res = {
      denied: new RegExp(
        `\\b(?:failed to(?:\\s+(?:produce|yield|secure|bring)(?:\\s+(?:an?|any))?)?|did not|didn't|never|refused to|declined to|could not|couldn't|was not|were not|has not|have not|had not|would not|wouldn't|will not|won't|(?:is|are) yet to|must still|must|(?:still\\s+)?(?:has|have|needs?) to)\\s+(?:\\w+ly\\s+)?(?:been\\s+|be\\s+)?(?:${forms})\\w*`,
        'i',
      ),
      // (A lack set as a condition denies nothing yet: "will walk out again if no pact is signed".)
      without: new RegExp(`\\b(?:without(?:\\s+(?:an?|any))?|(?<!\\bif\\s+)[Nn]o)\\s+(?:${forms})\\w*`),
    };
    // (Keys are a question's stems: a bound keeps a long-running process's cache small.)
    if (DENIED_ACT.size >= 1000) DENIED_ACT.clear();
    DENIED_ACT.set(key, res);
  }
  return res;
}

/** What one demands, as reports word it. */
const DEMANDS = /\b(?:demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|call(?:s|ed|ing)? for|want(?:s|ed)?)\b/i;

/** A question of when something begins ("When do the cuts start?"); the words a text dates a beginning with are below. */
const STARTS = new RegExp(`\\b(?:start|starts|begin|begins|commence|commences|kick in|kicks in|${IN_FORCE})\\b`, 'i');
/** What something starts on when no date is given: "will enter into force once six states have ratified it"; or the time it
 * is given: "will take effect within two years", "would take effect 18 months later". */
const STARTS_ONCE = new RegExp(
  `\\b(?:will|would|shall|is to|can only)\\s+(?:only\\s+)?(?:${IN_FORCE}|start|begin|apply)\\s+(?:(?:only\\s+)?(?:once|when|after|as soon as)\\b|(?:within|in|after)\\s+(?:[\\w-]+\\s+){1,2}(?:days|weeks|months|years)\\b|(?:[\\w-]+\\s+){1,2}(?:days|weeks|months|years)\\s+(?:later|after)\\b)` +
    // … or what must come first: "must still be ratified by the assembly before it takes effect".
    `|\\b(?:must|needs to|has to)\\s+(?:still\\s+|first\\s+)?be\\s+\\w+(?:ed|en)\\b[^.;]{0,80}\\bbefore\\s+(?:it|they|the \\w+)\\s+(?:can\\s+)?(?:${IN_FORCE}|takes effect|take effect|comes into force|enters into force)`,
  'i',
);
/** The words a start is dated with: "from April 1", "starting in January", "takes effect on Monday". */
const START_WORDS = `from|starting|beginning|as of|effective|${IN_FORCE}|begins?|starts?`;
/** A start dated by a day or a month itself ("from April 1", "from Monday", "starting in January"), not by any figure ("priced
 * from 24,900 euros", "by 412 votes"). */
const STARTS_ON_A_DAY = new RegExp(
  `\\b(?:${START_WORDS})\\s+(?:on\\s+|in\\s+)?(?:${MONTH}\\s+\\d|\\d{1,2}\\s+${FULL_MONTH}|${FULL_MONTH}|${WEEKDAY}|next\\s+(?:week|month|year)|immediately)\\b`,
  'u',
);
/** Any start dated, by a day or a figure, "by" or "backdated to" it too ("from 1 April", "backdated to January", "by 2027");
 * "by" a date, not a count ("passed by 61 votes"). */
const STARTS_FROM = new RegExp(
  `\\b(?:${START_WORDS}|backdated to)\\s+(?:on\\s+|in\\s+)?(?:the\\s+)?(?:\\d|next\\b|immediately\\b|${FULL_MONTH}\\b|${WEEKDAY}\\b)|\\bby\\s+(?:the\\s+end\\b|(?:19|20)\\d\\d\\b|\\d{1,2}\\s+${FULL_MONTH}\\b|next\\b|${FULL_MONTH}\\b|${WEEKDAY}\\b)`,
  'u',
);

/** A sentence of the text that asks, its quotation or bracket closed after the mark: it answers nothing. */
const ASKS = /\?["'”’)]*$/;
/** "When does the summit end?", "When will the talks close?" */
const ENDS_QUESTION = /^when\s+(?:does|do|did|will|is|was)\s+[^?]*\b(?:end|close|finish|conclude|wrap up)\b/i;
/** A sentence that says when the event ends: "It ends on Wednesday.", "The summit runs until Saturday." */
const EVENT_ENDS = /\b(?:ends|ended|closes|closed|concludes|concluded|finishes|finished|runs until|run until|continues until|lasts until)\b/i;
/** A question of when something begins, ends or applies. */
const STARTS_OR_ENDS = new RegExp(`${STARTS.source}|\\b(?:end|ends|expire|expires|finish|finishes|apply)\\b`, 'i');

/** An interviewer's question in a transcript: "Q: …", "Question: …". */
const INTERVIEW_QUESTION = /^(?:Q|Question)\s*[:.)–—-]\s/;

/** Words before an event's noun that make it another event than the one reported ("ahead of next week's …"). */
const ANOTHER_BEFORE = /\b(?:ahead of|before|next|upcoming|previous|last|earlier|following|after)\b(?:\s+\S+){0,3}\s*$/i;
/** "after" or "before" as a conjunction, its clause's subject and verb after it ("… after their final finished level", "before
 * the talks opened"): of the event itself, not of one before or after it. */
const CLAUSE_OPENER_BEFORE = /\b(?:after|before)\b(?:\s+\S+){0,3}\s*$/i;
/** A finite verb right after the noun: its clause's. */
const CLAUSE_VERB_AFTER = new RegExp(String.raw`^\s+(?:${FINITE_VERB})\b`, 'u');
/** The noun at `at` (of `length` characters) names another event than the reported one, as the words before it say. */
function anotherBefore(text: string, at: number, length: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (!ANOTHER_BEFORE.test(before)) return false;
  return !(CLAUSE_OPENER_BEFORE.test(before) && CLAUSE_VERB_AFTER.test(text.slice(at + length)));
}

/** "Why was the meeting held?", "Why did the ministers meet?": what the meeting itself was for. */
const WHY_MET =
  /^why (?:was|were) (?:the |this |that )?(?:[\w-]+ ){0,3}(?:meeting|summit|talks|conference|session|gathering|hearing) (?:held|called|convened|organi[sz]ed)\??$|^why did (?:they|the (?:[\w-]+ ){0,2}?[\w-]+) (?:meet|gather|convene)\??$|^why (?:were|was) (?:they|the [\w-]+) meeting\??$/i;
/** A meeting and what it was for: "met in Lima to discuss …", "The talks were called to …", "who called the meeting after
 * …" (not what one who joined it came for, nor a remark on meetings). */
const PURPOSE_OF_MEETING =
  /\b(?:met|gathered|convened|(?:meeting|talks|summit|conference|session)\s+(?:was|were|had been|has been)\s+(?:called|held|convened|organi[sz]ed|arranged)|(?:called|convened|requested)\s+(?:the|an?|this)\s+(?:[\w-]+\s+){0,2}(?:meeting|summit|session|talks))\b[^.;]{0,80}?\b(?:to (?:discuss|consider|review|agree|decide|finali[sz]e|address|tackle|approve|vote on|adopt|debate|plan|seek|resolve|negotiate|coordinate|mark|respond|find|hear)|on (?:how|ways) to|aimed at|in order to|because|in response to|following|after (?!(?:a|an|the)?\s*(?:[\w-]+ ){0,2}(?:meeting|session|talks|hours?|days?)\b))\b/i;
/** Someone's office in common words: "Vale's lawyer", "Roy's deputy" (not "Roy's role", which asks Roy's own). */
const OWNED_OFFICE = /^(\p{Lu}[\p{L}'’. -]*?)['’]s\s+(?!(?:role|title|position|job|office|post)$)(\p{Ll}[\p{Ll}\s-]*)$/u;
/** "Who will replace Ana Roy?", "Who succeeded Roy?": whoever fills the post of the one named. */
const REPLACES =
  /^who\s+(?:(?:will|would|is to|is going to|has|had|did)\s+)?(?:replace[sd]?|succeed(?:s|ed)?|take over from|took over from|stand in for|stood in for)\s+(.+?)\s*\??$/i;
/** After a name, that they were replaced, and by whom: "Ana Roy was moved and replaced by Tom Vale", "Ana Roy, who
 * retires, will be succeeded by". */
const REPLACED_BY_AFTER = /^(?:,[^,;]{1,60},)?[^.;,]{0,100}?\b(?:replaced|succeeded)\s+by\b/i;
/** Right after a name, that they left their post: "Ana Roy, 58, resigned", "Roy has stepped down", "the minister, Ana Roy,
 * resigned". */
const LEFT_AFTER_NAME =
  /^(?:,[^,;]{1,80},|,)?\s+(?:(?:has|had|was|were|is|will|would)\s+(?:been\s+)?)?(?:resign(?:s|ed)?|quit|quits|sacked|fired|dismissed|ousted|removed|step(?:s|ped)? down|retir(?:es|ed)|died|dies|left|leaves|moves? to|moved to)\b/;
/** … or, later in their sentence, that they said they were leaving: "Ana Roy, who has run the fund since 2019, told staff
 * on Monday that she was retiring". */
const SAID_LEAVING =
  /^[^.;]{0,160}?\b(?:said|says|announced|told)\b[^.;]{0,40}?\s(?:that\s+)?(?:he|she)\s+(?:was|is|would be|will be)\s+(?:stepping down|leaving|resigning|retiring|quitting)\b/;
/** Right before a name, that they were made to leave: "parted company with coach Tom Vale", "sacked Ana". */
const LEFT_BEFORE_NAME = /\b(?:parted company with|sacked|fired|dismissed|ousted|removed)\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** Before a name, that it is the one replaced: "replacing Ana Roy", "Tom Vale succeeds Ana Roy", "Vale took office after his
 * predecessor, Ana Roy, resigned". */
const REPLACING_BEFORE =
  /\b(?:replacing|succeeding|replaces|succeeds|replaced|succeeded)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$|\b(?:his|her|their|\p{Lu}[\p{L}-]*['’]s)\s+predecessor,?\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
/** Before a name, that someone took their place for a time: "stood in for", "sat in for", "came in place of", "on behalf of". */
const STOOD_IN_BEFORE = /\b(?:(?:stood|sat)\s+in\s+for|in\s+place\s+of|on\s+behalf\s+of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** A question of a demand, which only the verb itself answers: "What did X demand?", "… insist on?", "… call for?". */
const DEMANDED = /\b(?:demand|insist\s+on|call\s+for)\s*\??\s*$/i;
/** "Who paid for it?", "Who will fund the plan?", "Who is paying?": a question of who pays. */
const WHO_PAID = /^who\s+(?:(?:will|would|is|are|has|had|did|must)\s+)?(?:paid|pays?|paying|funded|funds?|funding|financed|finances?|financing)\b/i;
/** "Who called the strike?", "Who called the election?": who set it going. */
const WHO_CALLED = /^who\s+(?:(?:has|had|will|would|did)\s+)?called\b/i;
/** A "called" that sets something going ("called a strike", "called by the union"), not one that labels it ("called the
 * strike "reckless""). */
const CALLED_IT = /\bcalled\b(?!\s+(?:[\p{L}'’-]+\s+){0,4}["“])/u;
/** A sentence that tells of paying, in its own words ("paid for by", "will fund", "financed by"), not of a cost. */
const PAYS = /\b(?:paid|pays?|paying|funded|funds?|funding|financed|finances?|financing|bankroll\w*|foot(?:s|ed|ing)? the bill)\b/i;
/** Abstaining, in any of its forms: "abstained", "abstaining", "two abstentions". */
const ABSTAIN = /\babst(?:ain\w*|entions?)\b/i;
/** A place in a table told, as a placing question asks it: "finished second", "came in third", "in second place", "the
 * runner-up"; the first place, as winning is told too ("Lima won the cup"). */
const PLACE_TOLD =
  /\b(?:finish(?:ed|es|ing)?|came|placed|ended(?: up)?|was|were|is|are)\s+(?:in\s+)?(?:second|third|fourth|fifth|last)\b|\b(?:second|third|fourth|fifth|last)[- ]place\b|\brunners?-up\b|\b(?:first|won|wins|winners?|champions?)\b/i;
/** Acts a question asks who did, each with what a sentence must tell to say who did it: rules as data. */
const ACTS_TOLD: ReadonlyArray<{ asks: RegExp; tells: RegExp; example: string }> = [
  // (A tally or an absence tells no abstaining.)
  { asks: ABSTAIN, tells: ABSTAIN, example: 'Who abstained? → "Chile abstained"' },
  // (What it cost tells no paying.)
  { asks: WHO_PAID, tells: PAYS, example: 'Who paid for the bridge? → "paid for by the city"' },
  // (Calling it a name tells no calling.)
  { asks: WHO_CALLED, tells: CALLED_IT, example: 'Who called the strike? → "The strike, called by the union, …"' },
  // (A second goal, or a second term, tells no place in a table.)
  { asks: PLACING_QUESTION, tells: PLACE_TOLD, example: 'Who finished second? → "Peru finished second, two points behind"' },
];
/** "Why was Roy absent?", "Why did Roy not attend?", "Why did Roy skip the meeting?". */
const WHY_AWAY =
  /^why (?:was|were|did|is|has) (.+?) (?:absent|away|missing|not (?:attend|there|present|at|come|take part|join)|skip|miss|stay (?:away|home)|pull out)\b/i;

/** An interviewer's turn that puts a claim, not a question: "Q: Critics say the plan will cost 300 jobs." */
const INTERVIEWER_CLAIM = /^Q\s*:\s[^?]*[.!]["'”’)]*$/;

/** "What was the vote?", "What was the final score?", "What was the board vote?": answered by a tally ("314 to 291", "6-3",
 * "19 in favour, 16 against"). */
const TALLY_QUESTION = /^what (?:was|is|were) the (?:[\p{L}-]+\s+){0,2}?(?:vote|votes|result|results|score|tally|margin|count)\b/iu;
/** … as is "How did the board vote?" of a body. */
const BODY_VOTED = /^how did the (?:[\p{L}-]+\s+){1,2}vote\s*\??$/iu;
// ("124 votes in favour, none against": a side may have none.)
// ("by six votes to three": a small body's tally in words; "carried by 61 per cent to 39 per cent": a tally in shares.)
const TALLY = new RegExp(
  String.raw`\b\d+\s*(?:votes?\s+)?(?:-|–|to)\s*\d+\b|\b\d+\s+(?:votes?\s+)?(?:in favou?r|for)\b[^.;]{0,30}?\b(?:\d+|none|no one|nobody)\s+(?:votes?\s+)?against\b|\b\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+to\s+\d|${TALLY_IN_WORDS}`,
);
/** A line of a list read as a sentence of an answer: "• Peru voted against" → "Peru voted against.", "(c) set up a fund; and" →
 * "Set up a fund." */
function asSentence(text: string): string {
  if (!BULLET.test(text)) return text;
  // ("(c) set up a fund …; and": the list's joint after the item is no part of it.)
  const bare = text
    .replace(BULLET, '')
    .replace(/\s*[;,]\s*(?:and|or)?\s*$/i, '')
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return /[.!?]["'”’)]*$/.test(bare) ? bare : `${bare}.`;
}

/** "The death toll … rose to 312", "the death toll stood at 40". */
const DEATH_TOLL = /\bdeath toll\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:rose|risen|reached|stood|stands|climbed|jumped|is|was|of)\b[^.;]{0,20}?\d/i;
/** A count of those who died, as whatever they were: "Two other workers were killed", "three climbers died", "killing all three
 * crew members". */
const COUNTED_DEAD = new RegExp(
  String.raw`(?:\b\d[\d,]*|\b${COUNT_WORD})\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:were|was|have been|had been|has been)\s+killed|(?:have\s+|had\s+)?died)\b|\bkill(?:ing|ed)\s+(?:all\s+|at least\s+|more than\s+|about\s+|some\s+)?(?:\d|${COUNT_WORD}\b)|(?:\b\d[\d,]*|\b${COUNT_WORD})\s+bod(?:y|ies)\s+(?:were|was|have been|had been|has been)\s+(?:recovered|found|pulled)`,
  'iu',
);
/** Who speaks for someone: "lawyer", "attorney", "counsel". */
const FOR_THE_CLIENT = /^(?:[\p{Ll}-]+\s+)?(?:lawyers?|attorneys?|counsel|solicitors?|barristers?|legal team)\b/u;
/** … of them, as their client: "said his client would appeal". */
const HIS_CLIENT = /\b(?:his|her|their)\s+client\b/;
/** "The 27-year-old …" opening a sentence: a person named again by their age. */
const NAMED_BY_AGE = /^The \d{1,3}-year-old\b/;

/** A question about the article's writer, not about anyone in it. */
const WHO_WROTE =
  /^who (?:wrote|authored|reported|is the (?:author|writer|reporter)(?: of)?)(?: (?:(?:this|the|that) (?:article|story|piece|report)|this|it))?\s*\??$|^who is the (?:author|writer|reporter)\s*\??$/i;

/** Verbs of a reply: what a "How did X respond?" asks X did. */
const REPLY_VERBS =
  '(?:said|says|responded|reacted|replied|warned|vowed|called|condemned|welcomed|critici[sz]ed|denounced|rejected|opposes|opposed|rose|fell|jumped|slumped|retaliated|hit back|demanded)';

/** "How many are homeless?", "How many remain missing?", "How many are in critical condition?": the state counted (its last
 * word). */
const STATE_AFTER =
  /^how many\s+(?:are|were|remain|remained|have been|had been|are still|were still|remain still)\s+(?:left\s+)?(?:in\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2})?([\p{L}-]+)\s*\??$/iu;

/** A vote told, on its side: "voted against", "voting in favour", "abstained". */
const VOTE_TOLD = /\b(?:vot(?:ed|ing)\s+(against|for|in favou?r)|(abstain(?:ed|ing)))\b/g;
/** A cheap first look for VOTE_TOLD. */
const VOTE_TOLD_CUE = /\b(?:voted|voting|abst(?:ain|ention))/;

/** The side a question asks whether someone voted on: "Did Peru vote against?", "Did Chile abstain?", "Did Peru support the
 * plan?" (for), "Did Chile oppose it?" (against). */
function askedVote(question: string): 'for' | 'against' | 'abstain' | null {
  const side = VOTE_SIDE_QUESTION.exec(question)?.[1].toLowerCase();
  if (side) return side === 'against' ? 'against' : 'for';
  if (/\babstain/i.test(question)) return 'abstain';
  if (/^(?:did|does)\s[^?]*\b(?:support|back)\b/i.test(question)) return 'for';
  if (/^(?:did|does)\s[^?]*\boppose\b/i.test(question)) return 'against';
  return null;
}

/** The side the sentence says one of the spans voted on: the first side told after a span (though not after a "with" that
 * opens the voters: "Peru tabled it, with Chile abstaining" is no vote of Peru's). */
function sideVotedBy(text: string, spans: ReadonlyArray<{ start: number; end: number }>): 'for' | 'against' | 'abstain' | null {
  for (const m of text.matchAll(VOTE_TOLD)) {
    const start = Math.max(0, text.slice(0, m.index).search(/\bwith\s[^,;]*$/));
    if (spans.some((sp) => sp.start >= start && sp.end <= m.index)) return m[2] ? 'abstain' : m[1].toLowerCase() === 'against' ? 'against' : 'for';
  }
  // ("… with 11 abstentions, including Peru and Chile": the ones who abstained, after the count.)
  for (const m of text.matchAll(ABSTENTIONS_FROM)) {
    if (spans.some((sp) => sp.start >= m.index + m[0].length - m[1].length && sp.end <= m.index + m[0].length)) return 'abstain';
  }
  return null;
}

/** A count of abstentions and whose they were: "two abstentions, from Peru and Chile", "11 abstentions, including Cuba". */
const ABSTENTIONS_FROM = /\babstentions?,?\s+(?:including|from)\s+([^;.]+)/g;

/** "Who voted against?", "Did anyone vote against the bill?", "Who voted for it?": a vote's side asked about. */
const VOTE_SIDE_QUESTION = /\bvot\w*\s+(against|for|in favou?r)\b/i;
/** A sentence that tells of someone's vote: "voted", "abstained", "backed", "opposed", "dissented". */
const CASTS_A_VOTE = /\b(?:vot\w*|abstain\w*|backed|supported|opposed|dissent\w*|ballot)\b/i;
/** A body's sitting, dated in the present tense: "The council sits again on May 2", "Parliament reconvenes on Monday". */
const SITS_ON = /\b(?:meets|sits|convenes|reconvenes|resumes|opens)\b(?:\s+(?:again|for the first time))?\s+(?:on|in)\s/;
/** "take office", "took power": taking a post, an act of its own, which "in office" or "in power" is not. */
const TAKE_OFFICE = /\b(?:take|takes|took|taken|taking)\s+(?:office|power)\b/i;
/** Where sides meet, as a report of a game tells it: "the final", "a league match", "Saturday's derby"; a final as a
 * thing, not the word before one ("its final ruling", "the final three laps"): a word in lower case after it places it. */
const FIXTURE = /\b(?:match|game|derby)\b|\bfinal\b(?!\s+(?!(?:on|at|in|against)\b)\p{Ll})/iu;
/** A sentence that tells of a gathering: a meeting or talks, a summit or a session, a match or a final. */
const tellsOfGathering = (text: string) => MEETING.test(text) || GATHERING.test(text) || FIXTURE.test(text);
/** A question of a gathering by its verb: "When will the ministers meet?", "When will they meet again?". */
const MEET_ASKED = /\bmeet(?:\s+again)?\s*\??$/i;

/** A count of countries: "20 countries", "fourteen member nations". */
const COUNTRIES_COUNTED = new RegExp(`\\b(\\d+|${NUMBER_WORD}|dozens?)\\s+(?:\\w+\\s+){0,2}(countries|nations|states)\\b`, 'gi');

/** Right before a count of countries: where something is sold, works or goes, not who took part. */
const WHERE_IN_COUNTRIES = /\b(?:in|across|throughout|to|into)\s+(?:more than\s+|over\s+|about\s+|some\s+|nearly\s+|almost\s+)?$/i;
/** A vote for, as a sentence tells it: "voted for", "in favour", "approved", "backed", "supported". */
const VOTED_FOR = /\bvot\w*\s+(?:\w+\s+){0,2}(?:for|in favou?r)\b|\bin favou?r\b|\b(?:approved|backed|supported|endorsed)\b/i;
/** "voted no": a vote against in other words. */
const VOTED_NO = /\bvoted\s+no\b/i;
/** A vote against, as a sentence tells it: "voted against", "voted no", "the 12 votes against", "against it voted", a judge
 * who "dissented" (or a tally). */
const VOTED_AGAINST = new RegExp(
  String.raw`\bdissent(?:ed|ing)\b|${VOTED_NO.source}|\bvot\w*\s+(?:\w+\s+){0,2}against\b|\bagainst\b[^.;]{0,20}\bvot\w*|\b(?:\d[\d,]*|none|no one|nobody)\s+(?:\w+\s+)?against\b`,
  'i',
);

/** "Was it unanimous?", "Was the vote unanimous?". */
const UNANIMITY_QUESTION = /^(?:was|were|is)\b[^?]*\bunanimous(?:ly)?\b/i;
/** What something fell short of: "fell short of a majority", "falls short of the 76 seats needed" (its noun). */
const FELL_SHORT_OF =
  /\b(?:fell|falls|fall|falling|came|comes|coming)\s+(?:just\s+|well\s+)?short\s+of\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\p{Ll}\d-]+\s+){0,2}?(\p{L}+)\b/u;
/** A day: "on Sunday", "October 28", "today". */
const A_DAY = new RegExp(`\\b(?:${WEEKDAY}|${FULL_MONTH}|${MONTH}\\.?\\s+\\d{1,2}|today|yesterday)\\b`);
/** A vote with no one against: "unanimously", "with no objections", "without objection", "none against", "13 votes to none". */
const NONE_AGAINST =
  /\bunanimous(?:ly)?\b|\b(?:with\s+)?no\s+(?:objections?|votes?\s+against|dissent(?:ing votes?)?)\b|\bwithout\s+(?:an?\s+)?(?:objection|dissent|vote against)\b|\bnone\s+against\b|\b\d+\s+(?:votes?\s+)?to\s+(?:none|nil|zero|0)\b|\b(?:voted|passed|approved|adopted|carried)\s+(?:[\p{L}-]+\s+){0,3}?\d+\s*[-–]\s*0\b/iu;
/** A count of those who voted, then their vote: "Nine of the board's 12 trustees voted in favour", "40 delegates voted against",
 * "with 58% voting against", "81% voted to accept the deal". */
const VOTERS_COUNTED = new RegExp(
  `(?:\\b\\d[\\d,.]*(?:\\s*%|\\s+per\\s*cent)?|\\b${COUNT_WORD})\\s+(?:of\\s+(?:the\\s+)?(?:[\\p{L}\\d'’-]+\\s+){1,3})?(?:[\\p{L}-]+\\s+)?(?:voted|voting)\\s+(?:for|in favou?r|against|to\\s+\\p{L}+)\\b`,
  'iu',
);
/** Someone named who voted against: "Peru voted against", "Ana Roy, who voted against," (not "None voted against"). */
const SOMEONE_VOTED_AGAINST =
  /(?<![\p{L}-])(?!(?:None|Nobody|No|Not)\b)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s+who)?\s+(?:also\s+)?voted\s+against\b/u;
/** A decision told as split: "a split ruling", "the three dissenters", "a divided court". */
const SPLIT_DECISION = /\b(?:split|divided)\s+(?:decision|vote|verdict|ruling|court|panel|committee|board)\b|\bdissent(?:ers?|ed)\b/i;
/** "not unanimous", "fell short of a unanimous", "no unanimous …": a vote that was not. */
const NOT_UNANIMOUS = /\b(?:not|never|short of|no|failed to reach|without)\s+(?:\w+\s+)?unanimous/i;
/** The votes against in a tally: "by 78 votes to 52", "by five votes to two", "passed 7-2", a court's "ruling 5-4" (its second
 * figure), "124 in favour, 11 against". */
const VOTES_AGAINST_COUNT = new RegExp(
  String.raw`\b(?:\d[\d,]*|${COUNT_WORD})\s+votes?\s+to\s+(\d[\d,]*|${COUNT_WORD})\b|` +
    String.raw`\b(?:voted|passed|approved|adopted|carried|rejected|ruled|ruling|decided|split)\s+(?:[\p{L}-]+\s+){0,3}?\d+\s*[-–]\s*(\d+)\b|\b(\d[\d,]*)\s+(?:votes?\s+)?against\b`,
  'iu',
);

/** Where a clause's report of who spoke begins: "…, Minister Ivo Kant said", "; …". */
const SAID_AFTER = new RegExp(`${SAYS.source}|;`);

/** Right after "co-hosted" or "co-chaired": the object, then "with" before whom it was shared with. */
const CO_WITH = /^\s+(?:[^,;.]{0,60}?\s)?with\s+/;

/** "What do the farmers want?", "What does the guild demand?": what someone asks for, and who. */
const WANTS_QUESTION = /^what\s+(?:do|does|did)\s+(.+?)\s+(?:want|demand|seek|ask for|call for)\s*\??$/i;
/** Asking for something, as reports word it: "is demanding", "called for", "called on the council to", "wants", "are seeking". */
const ASKS_FOR = new RegExp(
  `\\b(?:(?:is|are|was|were)\\s+(?:demanding|calling for|seeking|asking for)|wants?|wanted|demands|demanded|calls? for|called for|${CALLED_ON_TO}|seeks?|sought|asked for)\\b`,
  'i',
);
/** A union that is theirs: "…, their union said", "their association". */
const THEIR_UNION = /\btheir\s+(?:union|association|federation|guild)\b/i;
/** A sentence whose subject is that union: "The union is asking for …". */
const UNION_SUBJECT = /^(?:The|Their)\s+(?:union|association|federation|guild)\b/i;
/** Demands someone owns: "the guild's demands", "their demands". */
const OWNED_DEMANDS = /\b([\p{L}-]+)['’]s?\s+(?:demands|wishes|requests)\b/giu;
/** "… said they would" right before what they ask for: "they" is the sentence's subject. */
const PRONOUN_ASKS = /\b(?:it|they)\s+(?:would\s+|will\s+)?$/i;
/** A question that asks for a share: "What percentage …?", "What proportion of …?". */
const SHARE_QUESTION = /^what\s+(?:share|percentage|proportion|fraction)\b/i;
/** A share of those a question counts, before their noun: "68% of", "61 per cent of the", "two-thirds of its". */
const SHARE_OF =
  /(?:\d[\d,.]*\s*(?:%|per ?cent\b|percent\b)|\b(?:half|a third|two-thirds|a quarter|three-quarters|a majority)\b)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?/;
/** A share, as a text gives it: "84%", "61 per cent", "two-thirds", "half of". */
const SHARE_GIVEN = /\d\s*%|\b(?:per ?cent|percent)\b|\b(?:half|a third|two-thirds|a quarter|three-quarters|majority)\b/i;
/** "What caused the outage?", "What was the cause of the fire?", "Why did the crash happen?", "Why did the train derail?": the
 * thing whose cause is asked (of "Why did …", a thing that happened, not what someone did: "Why did they meet?"). */
const CAUSE_QUESTION =
  /^(?:what|which\s+\p{L}+)\s+(?:caused|led to|triggered|sparked)\s+(?:the|this|its)\s+(.+?)\??$|^what\s+(?:was|is|were)\s+the\s+(?:cause|reason)s?\s+(?:of|for)\s+(?:the\s+)?(.+?)\??$|^why\s+did\s+(?:the\s+)?(.+?)\s+(?:happen|occur|crash|derail|collapse|sink|explode|fail|break down|go down|go offline|catch fire|stop)\??$/iu;
/** "Who did the study?", "Who carried out the research?", "Who led the survey?": who made a study (not who paid for it
 * or published it, which the search finds in the text's own words). */
const WHO_STUDIED =
  /^who\s+(did|conducted|carried out|ran|led|wrote|authored|undertook|performed|is behind|was behind|were behind)\s+(?:the|this|that)\s+(?:new\s+)?(?:study|research|survey|analysis|trial|review|report|paper)\??$/i;
/** A sentence that names who did a study: "Researchers at Lima University followed …", "a study by the Halvex Institute". */
const STUDY_DONE_BY =
  /\b(?:[Rr]esearchers|[Ss]cientists|[Aa] team|[Tt]he team|[Ee]conomists|[Ee]pidemiologists|[Ii]nvestigators|[Aa]uthors)\s+(?:at|from|of|with|led by)\s+(?:the\s+)?\p{Lu}|\b(?:study|survey|research|analysis|trial|report|paper)\s+(?:was\s+)?(?:by|from|conducted by|carried out by)\s+(?:the\s+)?\p{Lu}|\b(?:conducted|carried out|led|written)\s+by\s+(?:the\s+)?\p{Lu}/u;
/** A sentence that names who led a study: "said lead author Dr Ana Roy", "the study, led by …", "said Dr Ana Roy of Lima
 * University, who led the study". */
const STUDY_LEADER =
  /\blead (?:author|researcher|investigator|scientist)\b|\b(?:led|headed) by\s+(?:Dr\.?\s+|Professor\s+)?\p{Lu}|\bwho (?:led|headed|ran|co-led) (?:the|this) (?:study|research|trial|survey|analysis|team|work)\b/u;
/** "How many people were studied?", "How many took part in the study?": a study's own count of those it studied. */
const STUDIED_QUESTION =
  /^how many\s+(?:[\p{L}-]+\s+)?(?:(?:were|are|was|have been|had been)\s+(?:studied|surveyed|followed|tracked|enrolled|recruited|involved|included|examined|interviewed|in the (?:study|survey|trial))|took part in (?:the|this) (?:study|survey|trial|research)|did (?:the|this) (?:study|survey|trial|research) (?:follow|track|include|involve|study|survey))\b/iu;
/** … as a study's report counts them: "followed 9,000 adults", "a survey of 1,800 families", "2,000 volunteers took part". */
const STUDIED_COUNT =
  /\b(?:followed|studied|tracked|surveyed|enrolled|recruited|examined|interviewed|involved|included|polled|(?:study|survey|trial|poll|analysis) of)\s+(?:data (?:from|on)\s+)?(?:(?:more than|nearly|almost|about|some|over|around|roughly)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\p{L}-]+\s+){0,2}?(?:people|adults|children|participants|patients|volunteers|women|men|respondents|students|workers|households|families|voters|residents|subjects)\b|\b\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,2}?(?:people|adults|children|participants|patients|volunteers|respondents|subjects)\s+(?:took part|were (?:studied|surveyed|followed|tracked|enrolled|recruited|interviewed))/iu;

/** "When did a Peruvian minister last visit Chile?", "When did Lima last win the cup?": the one before the news, of
 * what the question says. */
const LAST_DONE_QUESTION = /when\s+(?:did|had|was|were)\s+((?:[\p{L}.'’-]+\s+){1,5}?)last\s+([\p{L}-]+(?:\s+[\p{L}'’-]+){0,3})/iu;
/** "Has this happened before?", "Is this the first time?", "Is this the first strike?", "Has there been a strike before?",
 * "When was the last strike?": whether the news has happened before. */
const BEFORE_QUESTION = new RegExp(
  String.raw`^(?:(?:has|have|had|did)\s+(?:this|that|it|anything like (?:this|that|it)|something like (?:this|that)|there been\s+(?:an?\s+|any\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:ever\s+)?(?:happened|happen|occurred|occur|been|taken place)?\s*before|is\s+(?:this|it|that)\s+the\s+first\b.*|(?:when|what)\s+was\s+the\s+(?:last|previous)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|(?:has|have|had)\s+(?:[\p{L}-]+\s+){1,2}?(?:ever\s+)?(?:tried|attempted)(?:\s+(?:this|it|that))?\s+before|` +
    LAST_DONE_QUESTION.source +
    String.raw`)\??$`,
  'iu',
);
/** The thing a question asks the last or an earlier one of: "When was the last strike?" → "strike". */
const LAST_ONE_QUESTION = /(?:the\s+(?:last|previous|first)|there been\s+(?:an?\s+|any\s+)?)\s*([\p{L}-]+(?:\s+[\p{L}-]+)?)(?:\s+before)?\??$/iu;
/** A sentence that counts the news among its kind: "It was the first strike by the pilots in 30 years", "the second
 * recall this year", "the first … since 2011", "in the carrier's 40-year history", "for the third time" (not "will meet for
 * the first time", nor "the first field trials are due in May"). */
const ONE_OF_ITS_KIND =
  /(?:\b(?:the|its|their|his|her)|['’]s|s['’])\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:[\p{L}'’-]+\s+){0,9}?(?:since\b|this (?:year|month|week|season|decade|century)\b|in (?:\d+|two|three|four|five|six|seven|eight|nine|ten|\p{L}+ty)[\s-]+(?:years?|months?|weeks?|decades?)\b|in (?:its|their|his|her|the [\p{L}'’-]+) (?:\d+-year )?history\b|in a row\b)|\bfor the (?:second|third|fourth|fifth) time\b/iu;
/** The verb a yes-or-no question asks about: the first word in lower case after its subject ("Did Halvex raise its forecast?"
 * → "raise"; "Did the airline apologise?" → "apologise"). */
const ASKED_VERB =
  /^(?:[Dd]id|[Dd]oes|[Dd]o|[Hh]as|[Hh]ave|[Hh]ad|[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould)\s+(?:(?:the|a|an|its|their|his|her)\s+[\p{Ll}-]+|(?:[\p{Lu}\d][\p{L}\d'’.-]*\s+)*[\p{Lu}\d][\p{L}\d'’.-]*)\s+(\p{Ll}[\p{L}-]+)\b/u;
/** "…, the organisers announced on Tuesday.", "…, his family said.": a closing attribution to someone unnamed. */
const CLOSING_ATTRIBUTION = new RegExp(
  String.raw`,\s+((?:the|his|her|their|its|a|an)\s+[^,;"“”]{1,50}?|police|officials|organisers|organizers)\s+(?:${ATTRIBUTION_VERB}|announced)\b[^,;"“”]{0,60}$`,
  'iu',
);
/** The sentence's first attribution, as words: "said", "told", "argued", "prosecutors say", "police allege", "Halvex announced
 * that its board has appointed Ana Roy". */
const FIRST_ATTRIBUTION = new RegExp(String.raw`\b(?:${ATTRIBUTION_VERB}|say|claim|claims|claimed|allege|alleges|alleged|announced|announces)\b`, 'u');
/** Right before an attribution, someone of another's, unnamed ("… until 3 May, after his lawyer said he was unwell"),
 * or others in a clause of their own ("…, which police say was worth 2 million soles"); not the person's own words
 * after another's deed ("thanked her team and said …"), nor their own clause ("which he said …"). */
const THEIRS_BEFORE =
  /(?:\b(?:his|her|their)\s+(?:(?!(?:and|or|but|then)\s)[\p{Ll}-]+\s+){0,2}|\b(?:which|that)\s+(?:the\s+)?(?!(?:he|she|they|it|we|I)\s))(?!(?:and|or|but|then)\s)[\p{Ll}-]+\s+$/u;
/** A sentence that closes with another's attribution, one that is not the person's (found by any word of their name); or
 * whose first attribution is another's, before the name, or of someone of another's, unnamed ("… adjourned the hearing of
 * Tom Vale, after his lawyer said he was unwell": his lawyer's words, not Vale's). */
function reportedByAnother(text: string, nameWord: RegExp | null): boolean {
  const by = CLOSING_ATTRIBUTION.exec(text)?.[1];
  if (by && !nameWord?.test(by)) return true;
  const first = FIRST_ATTRIBUTION.exec(text);
  if (!first) return false;
  // ("Prosecutors said Tom Vale took 2 million soles", "In a statement, the ministry said Vale had resigned": another's
  // attribution before the name, whose subject is not theirs; though not one turned round after a quotation or a clause,
  // '"We won," said Vale'.)
  const before = text.slice(0, first.index);
  const named = nameWord?.exec(text);
  // (Nor where they speak after it themselves: "Ivo Kant insisted on X, while Tom Vale said he would …".)
  const theirOwn = !!named && FIRST_ATTRIBUTION.test(text.slice(named.index, named.index + 50));
  // (The name's first word after the attribution: none of it in the attribution's subject.)
  if (named && named.index > first.index && !theirOwn && !/,["”’]?\s*$/.test(before) && !/["“”]/.test(before)) return true;
  return THEIRS_BEFORE.test(text.slice(Math.max(0, first.index - 40), first.index));
}
/** Words in quotation marks that someone said: any in lower case ('"historic"', '"We are ready"'); not a title alone
 * ('"The Long Quiet"'), nor a theme or a title named as such ('held under the theme of "Water is a right for all"'). A
 * quotation left open goes on in the next sentence. */
function quotesWords(text: string): boolean {
  const marks = text.match(/["“”]/g)?.length ?? 0;
  if (marks % 2) return true;
  for (const m of text.matchAll(/["“]([^"”]*)["”]/g)) if (/\b\p{Ll}/u.test(m[1]) && !NAMES_A_THING.test(text.slice(0, m.index))) return true;
  return false;
}
/** Right before a quotation, what says it is a name: "the theme of", "the slogan", "a report titled". */
const NAMES_A_THING = /\b(?:theme|slogan|motto)(?:\s+of)?\s*$|\b(?:titled|entitled)\s*$/i;
/** A sentence that is a quotation and nothing else: '"He gives us goals."'. */
const WHOLE_QUOTE = /^["“][^"“”]*["”]$/;
/** "Where will the money go?", "Where is the money going?", "Where will the funds be spent?": where a thing goes. */
const GOES_QUESTION = /^where\b.*\b(?:go|goes|going|went|be spent|be used|end up)\??$/i;
/** "Where will the money come from?", "Where does the funding come from?": a source asked for, no place. */
const SOURCE_QUESTION = /^where\b.*\bcome from\??$/i;
/** A source as a text gives it: "would come from a new levy", "funded by a tax on …", "paid for through …". */
const SOURCE_TOLD = /\b(?:come|comes|came|coming)\s+from\b|\b(?:funded|paid for|financed|covered)\s+(?:by|from|through|out of)\b/i;
/** "Where were the findings published?", "Where did the study appear?" */
const PUBLISHED_QUESTION = /^where\b.*\b(?:published|appear|appeared|printed|reported)\??$/i;
/** The words for what a study published: it, its findings, results or paper. */
const WORK_PUBLISHED = /\b(?:study|studies|findings|results|paper|research|analysis)\b/gi;
/** … as a text tells it: "published on Monday in the journal X", "appeared in The Lima Times", "reported in Nature". */
const PUBLISHED_IN =
  /\b(?:published|appeared|appear|printed|reported)\b[^.;]{0,40}?\bin\s+(?:the\s+(?:journal|magazine|newspaper|paper|review|bulletin|proceedings)\b|(?:the\s+)?\p{Lu})/u;
/** … as a text tells it: "will go to a fund", "goes to charity", "will be spent on roads", "used to repair". */
const GOES_TO = /\b(?:go|goes|went|going)\s+(?:to|towards|into)\b|\b(?:be\s+)?spent\s+on\b|\bused\s+(?:for|to)\b|\bend up\s+(?:in|with)\b/i;
/** A question's key term for proposing ("proposed", "suggested", "put forward"), and a text's word for it. */
const PROPOSING_TERM = /^(?:propos|suggest|put|forward|tabl)/;
const PROPOSED_WORD = /\b(?:propos(?:ed|al|als|es|ing)|suggest(?:ed|ion|ions)|put forward|tabled)\b/i;
/** Words that name only a proposal, not also a goal scored or a step taken. */
const PROPOSAL_WORD = /^(?:proposal|motion|amendment|suggestion|recommendation|resolution|initiative|demand|measure)$/i;
/** A sentence of prose: six words or more before its full stop, none of them a page's separator. */
const PROSE_SENTENCE = /^(?![^|]*\|)(?:\S+\s+){5,}\S*[.!]["'”’)]*$/;
/** A sentence that tells of another of the same kind: "a similar meeting", "also finished with", "again". */
const SAME_AGAIN = /\b(?:similar|also|again|previous|last year['’]s|the last time)\b/i;
/** "Where are the workers from?", "Where do the migrants come from?": an origin asked. */
const FROM_QUESTION = /^where\s+(?:is|are|was|were|do|does|did)\s+.+?\s+(?:come\s+|originally\s+)?from\??$/i;
/** An origin as a text gives it: "from Germany, Canada and Kenya", "who came from Lima". */
const COMES_FROM = /\bfrom\s+(?:the\s+)?\p{Lu}/u;
/** "How long will it last?", "How long will the repairs take?": a span of time asked. */
const DURATION_QUESTION = /^how long\b.*\b(?:last|lasts|lasted|take|takes|took|continue|go on|run)\??$/i;
/** The time since the last one of its kind, no span the news lasts: "for the first time in 40 years", "its highest level in
 * 30 years"; and a time told from another ("four years ago", "45 minutes later"), which is a point in time. */
const SINCE_THE_LAST = new RegExp(
  String.raw`\b(?:first time|highest|lowest|worst|best|biggest|largest|strongest|deadliest|most)\b[^,.;]{0,30}?\bin\s+(?:\d+|\p{Ll}+)\s+(?:years|decades|months)\b|\b(?:\d+|\p{Ll}+)\s+(?:${TIME_UNITS})\s+(?:ago|later|earlier)\b`,
  'giu',
);
/** A span of time, or what it runs from or until: "for several weeks", "a six-hour outage", "from March to June", "until at
 * least Friday", "could last for weeks". */
/** "How long was Roy held?", "How long have they been held?": a time someone was held ("held" is no key term). */
const HELD_QUESTION = /^how long\b.*\bheld\b/i;
/** Someone held, as a text tells it: "held for six years", "detained for three weeks", "in custody". */
const HELD_TOLD = /\b(?:held|detained|jailed|imprisoned|in custody)\b/i;
/** "How long does Roy have?", "How long do the banks have to comply?": a time given to someone. */
const TIME_GIVEN_QUESTION = /^how long (?:does|do|did|will|would) .+? have\b/i;
const SPAN_OF_TIME = new RegExp(
  String.raw`${spanOf(TIME_UNITS)}|${FROM_TO}|\buntil\s+${UNTIL_WHEN}|\b(?:last|run|continue|go on)\s+for\s+(?:weeks|months|days|hours|years|decades)\b`,
  'i',
);
/** Where people are from, as a text says it: "Most of them are from Peru", "who came from Lima". */
const ORIGIN_TOLD = /\b(?:are|were|is|was|come|came|comes)\s+(?:originally\s+|mainly\s+|mostly\s+)?from\s+(?:the\s+)?\p{Lu}/u;
/** "Who won the election?", "Who won the race?": the winner, whom the news's lead names. */
const WHO_WON = /^who\s+(?:has\s+)?won\b/i;
/** The capitalised name a question asks what it did: "How many seats did the Labour Party win?" → "Labour Party". */
const DID_SUBJECT = /\b(?:did|does|do|will|has|have|had|would)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]+\s+){0,3}\p{Lu}[\p{L}'’.-]+)\s+\p{Ll}/u;
/** "What are they suspected of?", "What is Vale charged with?": what someone is held to have done. */
const CHARGE_ASKED = /\b(?:suspected|accused|charged|convicted|arrested|detained|held|jailed|sentenced)\s+(?:of|with|for|over)\b/i;
/** … as a text gives it: "on suspicion of fraud", "charged with theft", "accused of spying". */
const CHARGE_GIVEN =
  /\b(?:(?:on )?suspicion of|suspected of|accused (?:\p{L}+ )?of|accusing (?:[\p{L}'’-]+ ){1,3}of|charged with|convicted of|guilty of|arrested (?:for|over)|sentenced (?:\p{L}+ ){0,4}for)\b/iu;

/** "What is the novel called?", "What is the title of the book?", "What was the name of the ship?": the kind of work asked. */
const WORK_TITLE_QUESTION =
  /^what\s+(?:is|was|are|were)\s+(the\s+(?:name|title)s?\s+of\s+)?(?:the|this|that|her|his|their|its)\s+(?:new\s+|first\s+|latest\s+|debut\s+)?([\p{L}-]+)(\s+(?:called|named|titled))?\??$/iu;
/** Kinds of works and vessels, and the words a text may use for each ("the book" is "her first novel"). */
const WORK_KINDS: readonly (readonly string[])[] = [
  ['book', 'novel', 'memoir', 'biography', 'collection', 'debut'],
  ['film', 'movie', 'documentary', 'drama'],
  ['song', 'single', 'track'],
  ['album', 'record'],
  ['play', 'musical', 'opera'],
  ['painting', 'artwork', 'work', 'portrait'],
  ['ship', 'vessel', 'boat', 'ferry', 'tanker', 'yacht'],
  ['programme', 'program', 'show', 'series'],
  ['game'],
  ['app'],
];

/** "How old is the company?", "How old is the bridge?": the age of a thing, not a person ("he", "Roy", "the minister"). */
const THING_AGE_QUESTION = new RegExp(String.raw`^how old\s+(?:is|was|are|were)\s+(?:the|this|its|their)\s+(${AGED_THINGS})\??$`, 'i');
/** A company asked of by no word of its trade: "the company", "the firm". */
const ANY_COMPANY = /^the\s+(?:company|firm)$/i;
/** A company a question names by its kind: "the company", "the airline", "the carmaker" (not "the union", "the council":
 * "Did the union apologise?" asks of no airline's officer). */
const COMPANY_ASKED = new RegExp(`\\bthe\\s+(?:${COMPANY_KINDS.join('|')})\\b`, 'i');

/** Counts as a text writes them before the thing counted: "About 800", "2,000", "1.2 million", "two", "dozens of". */
const COUNT_VALUES: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  several: 3,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
};
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const COUNT_FIGURE = `(?:(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s+(thousand|million|billion))?|\\b(${Object.keys(COUNT_VALUES).join('|')})\\b)(?:\\s+of)?`;

/** Of sentences that count a thing, the one with the largest count of it (the first of equal ones). */
function largestCount(sentences: readonly Sentence[], noun: string): Sentence | undefined {
  const re = new RegExp(`${COUNT_FIGURE}[\\s-]+(?:[\\p{L}-]+\\s+){0,2}?${escapeRegExp(noun)}`, 'giu');
  let best: { s: Sentence; n: number } | undefined;
  for (const s of sentences) {
    for (const m of s.text.matchAll(re)) {
      const n = m[1] ? Number(m[1].replace(/,/g, '')) * (SCALES[m[2]?.toLowerCase() ?? ''] ?? 1) : COUNT_VALUES[m[3].toLowerCase()];
      // (Of two as large, the report's prose before a page's summary line: "- Lorries banned from 9 streets".)
      if (!best || n > best.n || (n === best.n && BULLET.test(best.s.text) && !BULLET.test(s.text))) best = { s, n };
    }
  }
  return best?.s ?? sentences[0];
}

/** The reason given for what the news did, named by a word for it: "the decision was hard but needed because …",
 * "The move was needed to avoid …" (not the reason for something else the sentence names first). */
const ITS_REASON =
  /\b(?:the|this|that|its|their)\s+(?:decision|move|step|plan|cuts?|closures?|changes?|increase|rise|ban|vote|choice)\s+(?:was|is|had been|came|comes|were|are)\b[^.;]{0,80}\b(?:because|due to|owing to|as a result of|in order to|so that|to avoid)\b/i;
/** A sentence that gives a cause: "caused the pumps to …", "due to a landslide", "blamed on heavy rain"; not "causing delays",
 * which tells what followed. */
const CAUSED = /\b(?:caused|because of|due to|owing to|blamed on|triggered by|was the result of)\b/i;
/** What an inquiry found: "the inquiry found that …", "investigators concluded that …". */
const FOUND_THAT = /\b(?:found|concluded)\s+that\b/;
/** A cause denied: "Halvex denied that the fault was due to hackers.", "ruled out sabotage". */
const DENIED = /\b(?:denied|denies|ruled out|rules out|not (?:caused|due to|the result of))\b/i;
/** "Who makes the drug?", "Who built it?": who makes a thing, not who took a decision (see WHO_DECIDED). */
const WHO_MAKES =
  /^who\s+(?:makes|made|manufactures|manufactured|produces|produced|builds|built|develops|developed|designs|designed)\s+(?!(?:the|this|that)\s+(?:final\s+)?decision\b)(?:the|this|that|it|its|these|those|them)\b/i;
/** A thing's one maker named: "made by Halvex", "drugmaker Halvex", "its manufacturer"; not makers of laws or policy,
 * nor a trade's makers in general ("Carmakers and builders warned …"). */
const MAKER =
  /\b(?:made|manufactured|produced|built|developed|designed)\s+by\b|\b(?:car|drug|chip|phone|plane|aircraft|auto|toy|vaccine|game|film|software|steel|tyre|tire|truck|watch)?(?:maker|manufacturer)\b/iu;
/** "Who made the decision?", "Who took that decision?", "Who decided?": who took the decision the report tells of. */
const WHO_DECIDED = /^who\s+(?:(?:made|took|reached|has made|has taken)\s+(?:the|this|that)\s+(?:final\s+)?decision|decided)\s*\??$/i;
/** "Who proposed the plan?", "Who signed the deal?": who did what the verb after "who", in its regular past, says. */
const WHO_DID = /^who\s+(?:also\s+)?(\p{L}{2,}ed)\b/iu;

/** What a question asks the next of: the last of up to three words after "next" ("the next central bank meeting"),
 * before the question's end or its verb ("When will the next central bank meeting be held?", "… take place?"). */
const NEXT_THING = /\b(?:next|upcoming)\s+(?:(?!(?:be|take)\b)[\p{L}\d-]+\s+){0,2}?(?!(?:be|take)\b)([\p{L}-]+)(?=\s*\?*\s*$|\s+(?:be|take)\b)/iu;

/** A question of who won, or whether someone did. */
const WIN_ASKED = /\b(?:win|won)\b/i;
/** The text's only win is one of being persuaded: "was won over by his pitch" (not a victory: "a 2-0 win over Quito"). */
function onlyWonOver(text: string): boolean {
  const wins = [...text.matchAll(/\b(?:(won)|wins?|winning)\b(\s+over\b)?/gi)];
  return wins.length > 0 && wins.every((m) => m[1] && m[2]);
}

/** "When did it sink?", "When will the talks resume?": the verb a when-question asks the day of (group 1); not one that
 * only says a thing takes place ("When will the decision come?"). */
const WHEN_DID = /^[Ww]hen\s+(?:did|does|do|will)\s+[^?]+?\s(?!(?:come|happen|occur)\??$)(\p{Ll}{3,})\??$/u;

/** "Who said no?", "Who voted no to the plan?": who opposed it, and what (group 2), if the question names it. */
const SAID_NO = /^who\s+(said|says|has said|voted|vote)\s+no\b(?:\s+to\s+([^?]+?))?\s*\??$/i;
/** A question in the words its answer is looked for by: "Who said no?" asks who opposed it, in whatever words, not for any
 * sentence with a "no" in it ("No talks are planned."). */
function plainlyAsked(asked: string): string {
  const no = SAID_NO.exec(asked);
  return no ? `Who ${/^vot/i.test(no[1]) ? 'voted against' : 'opposed'} ${no[2] ?? 'it'}?` : asked;
}

/** "What was decided?", "What has been agreed?", "What did they agree on?", "What was the verdict?", "What was the
 * decision?": the outcome itself. */
const OUTCOME_QUESTION =
  /^what\s+(?:was|were|has been|have been|had been)\s+(?:decided|agreed|settled|resolved)\s*\??$|^what\s+(?:was|is)\s+the\s+(?:(?:main|key|final|overall)\s+)?(?:outcome|result|verdict|decision)(?:\s+(?:of|in)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s*\??$|^what\s+did\s+(?:they|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:agree|decide)(?:\s+(?:on|upon|to))?\s*\??$/iu;
/** Those counted who will lose their jobs: "Some 2,400 employees will lose their jobs", "300 workers would lose their jobs". */
const JOBS_LOST_BY = new RegExp(
  String.raw`(?:\d[\d,.]*|\b${COUNT_WORD})\s+(?:[\p{L}-]+\s+){0,2}?(?:employees|workers|staff|people)\s+(?:will|would)\s+lose\s+their\s+jobs\b`,
  'iu',
);
/** A question of who or which did not do something: "Who was not involved?", "Who didn't sign?", "Which flights were not
 * affected?" (not "What was not agreed?", which a failure told of another year would answer). */
const NEGATED_QUESTION = /^(?:who|which)\b[^?]*\b(?:not|never|n['’]t)\b/i;
/** The outcome named only as a thing already told: "welcomed the decision", "the agreement was criticised". */
const REFERS_BACK = /\b(?:the|this|that|its|their)\s+(?:decision|agreement|deal|outcome|move)\b(?!\s+(?:to|on|that|of)\b)/i;
/** A decision said to have been taken: "The decision was taken at an emergency meeting". */
const DECISION_TAKEN = /\b(?:the|this|its|their)\s+decision\s+(?:was|has been|had been)\s+(?:taken|made|reached|announced)\b/i;
/** A court's outcome: "found … guilty", "was acquitted", "was jailed". */
const VERDICT = /\bfound\b[^.;]{0,80}\b(?:guilty|not guilty|liable)\b|\b(?:convicted|acquitted|cleared|sentenced|jailed)\b/i;
/** A contest's result, in the lead: "The Social Alliance won Sunday's election with 38 per cent", "Lima beat Quito 2-1". */
const CONTEST_WON = /\b(?:won|beat|defeated)\b/i;
/** The verbs of a decision taken, as the question's search finds them ("decided", "agreed"; the nouns are below); not
 * their bare form, a step asked for or still to take ("5. agree to arbitration if talks fail"), but for "did agree"; nor
 * "deciding" as a word of a match ("the deciding set", "a deciding goal"). */
const DECIDE_WORD =
  /\b(?:decid(?:ed|es)|(?<!\b(?:the|a|an|its|their|his|her)\s+)deciding|agree(?:d|s|ing)|(?:did|do|does)\s+(?:also\s+)?(?:agree|decide)|settled|resolved)\b/i;
/** A decision or an agreement as a noun: one reached, or the one the report is about ("the decision", "the deal"). */
const DECISION_NOUN = /\b(?:decisions?|agreements?)\b/i;
/** The text tells of something decided: a verb of deciding, or a decision or agreement reached or referred back to (not
 * "underlined the importance of the free trade agreement between …", one that stands). */
const tellsDecision = (text: string) => DECIDE_WORD.test(text) || (DECISION_NOUN.test(text) && (OUTCOME_VERB.test(text) || REFERS_BACK.test(text)));
/** A vote named as a thing, not how it went: "a parliamentary vote", "the confidence vote" (not "a vote of 112 to 88"). */
const A_VOTE_NAMED = /\b(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}votes?\b(?!\s+(?:of|by)\s+\d)/giu;
/** A vote cast, not a vote only named: "voted against", "in favour", "abstained", "unanimously". */
const VOTE_CAST = /\b(?:vot(?:ed|ing)|in favou?r|against|abstain\w*|abstentions?|unanimous(?:ly)?|show of hands)\b/i;
/** A sentence that tells of a vote: "voted", "the ballot", "by 12 votes to 3", an election's "won 71 seats". */
const VOTED = /\b(?:vot(?:e|es|ed|ing)|ballot|show of hands|unanimous(?:ly)?|in favou?r|against|abstain\w*|abstentions?|seats?|turnout|polled|won)\b/i;
/** When something happened, by its year alone: "in 2004"; or the last time it did ("the worst since 2004, when …"). */
const IN_A_YEAR = new RegExp(String.raw`\b(?:in|since(?=\s(?:19|20)\d\d,?\s+when\b)) (?:${FULL_MONTH} )?((?:19|20)\d\d)\b`);
/** A year, then a figure after it: "in 2001, when 15 people died". */
const YEAR_THEN_FIGURE = new RegExp(String.raw`${IN_A_YEAR.source}[^.;]*?\b\d`);
/** A question's words for a time gone by: "last", "previous", "in 2019". */
const BYGONE_WORDS = /\b(?:last|previous|earlier|before|ago|19\d\d|20\d\d)\b/i;
/** When something happened, counted back from now: "two years ago", "last year", "last month". */
const YEARS_AGO = /\b(?:\w+|\d+) (?:years?|months?) ago\b|\blast (?:year|month)\b/i;
/** A decision of years before: "a 2021 decision", "an earlier agreement". */
const DATED_DECISION = /\b(?:a|an|the|its|their)\s+(?:(?:19|20)\d\d|earlier|previous|prior)\s+(?:decisions?|agreements?|rulings?)\b/gi;
/** A decision wished for, not taken: "hoped the leaders would take a decision today", "urged them to decide". */
const WISHED_DECISION =
  /\b(?:hope[sd]?|hoping|wish(?:ed|es)?|want(?:s|ed)?|expect(?:s|ed)?|urg(?:e|es|ed|ing)|call(?:s|ed)? for|ask(?:s|ed))\b[^.;]{0,60}\b(?:decide|decision|agreement|deal)\b/i;
/** Putting off a decision, in its verbs. */
const PUT_OFF_VERB = '(?:put off|postponed|deferred|shelved)';
/** A decision put off, and on what (its one group that matched): "put off a decision on how to split the fund until March",
 * "postponed the vote on the budget", "put the parking rules on hold", "The vote on the budget was deferred until May"; or a
 * thing not had, the noun right after its article: "closed without a treaty", "failed to reach a final communique" (not
 * "approved the budget without any changes to it", whose lack is of changes). */
const UNSETTLED = new RegExp(
  String.raw`\b${PUT_OFF_VERB}\s+(?!(?:by|until|to|for)\b)([^.;]{3,150})|\bput\s+([^.;]{3,80}?)\s+on hold\b|([^.;,]{3,80}?)\s+(?:was|were|has been|have been|had been)\s+(?:${PUT_OFF_VERB}|put on hold)\b|\b(?:without|failed to reach)\s+(?:an?|any)\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)`,
  'iu',
);
/** What still awaits approval, its one group: "The merger still needs the approval of shareholders", "The plan is subject to
 * approval by the council", "The rules have yet to be approved". */
const AWAITING_APPROVAL =
  /([^.;,]{3,80}?)\s+(?:(?:needs|requires|awaits)\s+(?:the\s+)?(?:final\s+)?approval|(?:is|are|remains?)\s+(?:subject to|pending)\s+(?:the\s+)?approval|(?:has|have)\s+yet\s+to\s+be\s+approved)\b/i;
/** Awaiting approval, told of a thing not itself approved already ("The merger was approved by the board but still needs
 * the approval of shareholders" is approved, by some). */
function awaitingApproval(text: string): RegExpExecArray | null {
  const m = AWAITING_APPROVAL.exec(text);
  return m && !/\b(?:approved|passed|adopted|endorsed)\b/i.test(m[1]) ? m : null;
}
/** "Approve", as a question's key terms read it. */
const APPROVAL_TERM = stem('approve');
/** "Decision", as a question's key terms read it. */
const DECISION_TERM = stem('decision');
/** A question's key terms of settling something, which a decision put off, or a thing not had, has not done. */
const SETTLING_TERMS: ReadonlySet<string> = new Set(['agre', 'decid', 'approv', 'adopt', 'endors', 'settl', 'reach']);

/** A sentence that says no outcome was reached: "Leaders failed to agree.", "No consensus was reached.", "Talks ended on
 * Saturday without agreement." */
const NO_OUTCOME =
  /\b(?:failed|fail|unable) to (?:agree|reach|decide|settle|resolve)\b|\b(?:ended|broke up|closed|concluded)\b[^.;]{0,40}?\bwithout (?:an?\s+)?(?:agreement|deal|accord|consensus|decision)\b|\bno (?:agreement|consensus|deal|decision|accord)\s+(?:was|has been|had been|could be)\s+reached\b|\bdid not (?:agree|reach (?:an?\s+)?(?:agreement|deal|consensus|decision))\b/i;

/** A place that is a building, whose words end in a venue's: "Foreign Ministry", "the Riverside Library". */
const VENUE_FIRST =
  /\b(?:[Hh]all|[Cc]ent(?:re|er)|[Mm]inistry|[Pp]alace|[Hh]otel|[Ll]ibrary|[Ss]chool|[Cc]hurch|[Ss]tadium|[Aa]rena|[Bb]uilding|[Hh]eadquarters|[Oo]ffice|[Uu]niversity|[Cc]ollege|[Mm]useum|[Ee]mbassy|[Pp]arliament|[Cc]hamber|[Aa]uditorium|[Rr]oom|[Vv]illa|[Rr]esort)$/;

/** A body's or an office's seat, named by the body: "the United Nations", "the White House". */
const SEAT = /^(?:United Nations|U\.N\.|White House|Kremlin|Vatican|Pentagon|European Parliament|European Commission)$/;
/** The countries whose names take "the" ("in the Netherlands", "in the United States"): those the lexicon also writes with
 * it, and those named as a republic, a kingdom, states, emirates or islands. */
const THE_COUNTRY_NAMES = new Set(
  [...COUNTRY_NAME_FORMS].filter((n) => COUNTRY_NAME_FORMS.has(`The ${n}`) || /\b(?:Republic|Kingdom|States|Emirates|Islands)\b/.test(n)),
);

/** A page's subheading: a few words on a line of their own, with no stop at the end ("What was decided", "Reaction"). */
function isSubheading(text: string): boolean {
  return !/[.!?:;"”’)\]]\s*$/.test(text) && text.split(/\s+/).length <= 8 && !BULLET.test(text);
}

/** A sentence that states the outcome itself: "decided to", "agreed that", "voted to". */
const STATES_OUTCOME = /\b(?:decided|agreed|resolved|voted|approved|adopted)\s+(?:to|that|on)\b/i;
/** What a regulator, a court or a vote blocks: a decision's object. */
const BLOCKED_THING =
  '(?:takeover|merger|deal|acquisition|bid|sale|purchase|bill|law|plan|proposal|move|motion|resolution|nomination|appointment|reform|measure|budget|exports?|imports?|release|payments?|transfer|application|request|project|order)';
/** Before an outcome's verb: one still to be reached is none ("the issue had to be resolved", "must be approved"). */
const NOT_YET_DONE = String.raw`(?<!\b(?:be|not|never|yet)\s+)`;
/** The verbs an outcome is stated in, whatever follows ("agreed to a ceasefire", "approved zuranolone", "signed two
 * agreements", "accepted a 7.5% pay rise" — an offer or a deal accepted, not a resignation): first those of an outcome
 * agreed, which answer "What was agreed?". */
const AGREED_OUTCOME_FORMS = String.raw`decided|agreed(?!\s+(?:that\s+)?(?:he|she|I)\s)|did agree|concurred\s+(?:to|on|that)|(?<!\bwithout\s+)agreeing\s+to|resolved|voted|approved|adopted|signed(?!\s+up\b)(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:petition|letter|condolence|book|autographs?)\b)|endorsed|rejected|ratified|elected|chose|pledged|accepted\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w%.-]+\s+){0,4}?(?:offer|deal|pay rise|rise|increase|agreement|proposal|plan|terms|compromise|settlement|package)|backed\s+(?:an?\s+|the\s+)?(?:[\w%.-]+\s+){0,4}?(?:plan|proposal|deal|bill|motion|resolution|package|measure|budget|reform|target|law|rules|agreement|compromise|declaration|tax|levy|ban|cap)|admitted\s+(?:[\w-]+\s+){1,4}as\b|passed(?!\s+(?:away|through|by|on|over)\b)|reached\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:agreement|deal|accord|settlement|compromise|consensus|decision)`;
const AGREED_OUTCOME = new RegExp(`${NOT_YET_DONE}\\b(?:${AGREED_OUTCOME_FORMS})\\b`, 'i');
/** What was agreed, told in that word: "agreed to open talks", "did agree on a text" (not "failed to agree"). */
const AGREED_TO = new RegExp(`${NOT_YET_DONE}\\b(?:agreed|did agree)\\s+(?:to|on|that)\\b`, 'i');
/** A rate decision, a hold too: "kept its main interest rate at 3.75%", "cut rates by a quarter point" (not "the rate of
 * growth"). */
const RATE_DECIDED = String.raw`(?:kept|held|left|raised|cut|lowered|hiked|reduced|increased|lifted|trimmed)\s+(?:[\w'’-]+\s+){0,3}?rates?(?!\s+of\b)`;
/** What a board decides of its head ("removed chief executive Ana Roy"); what a council or a cartel decides of a member, a
 * mission or a measure: "suspended Peru from all its activities", "imposed sanctions on …", "lifted the ban", "extended the
 * mission's mandate", "extended their output cuts". */
const BODY_DECIDED = String.raw`(?:removed|dismissed|sacked|ousted)\s+(?:its\s+|the\s+)?(?:chief executive|chairman|chair|manager|coach)\b|suspended\s+(?:[\w'’.-]+\s+){1,3}?from|(?:imposed|lifted)\s+(?:[\w'’-]+\s+){0,3}?(?:sanctions|tariffs|duties|ban|curfew|restrictions|suspension|embargo)|extended\s+(?:[\w'’-]+\s+){0,4}?(?:mandate|mission|ban|sanctions|cuts|deadline|suspension|ceasefire|truce|embargo)`;
/** What a court or an authority orders or grants: "ordered a halt to the dredging", "granted an interim injunction",
 * "ordered the release of the two men". */
const ORDERED = String.raw`ordered\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:halt|suspension|release|retrial|closure|recount|inquiry|investigation|evacuation)|granted\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:injunction|appeal|bail|asylum)`;
/** All of them: with a court's, a veto's and a regulator's, which decide what nobody agreed ("upheld the ruling", "vetoed
 * the text", "blocked the takeover", "fined the bank £42 million", "recommended approval of the drug"); what is blocked is a
 * deal, a bill or a plan, not a road ("300 tractors blocked the plateau"). */
const OUTCOME_VERB = new RegExp(
  `${NOT_YET_DONE}\\b(?:${AGREED_OUTCOME_FORMS}|ruled(?!\\s+out\\b)|vetoed|upheld|overturned|struck down|quashed|blocked\\s+(?:[\\w'’.£$€%-]+\\s+){0,6}?${BLOCKED_THING}|fined|banned|recommended\\s+(?:the\\s+)?(?:approval|rejection|authori[sz]ation|refusal)|reached\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}verdict|${RATE_DECIDED}|${BODY_DECIDED}|${ORDERED})\\b`,
  'i',
);

/** A lead that announces what a government or company will do: "The government will ban plastic bags from 1 June, the
 * minister announced", "Halvex will cut 300 jobs, its chief executive told staff": a decision taken, if still to
 * take effect. */
const PLAN_ANNOUNCED =
  /\b(?:will|is to|are to)\s+(?:impose|ban|introduce|cut|close|raise|lower|scrap|abolish|extend|return|build|sell|buy|merge|recall|suspend|phase out|invest|shut)\b[^.;]*\b(?:announced|said|confirmed|told)\b/i;
/** A side's vote, not the outcome: "voted against", "voted in favour". */
const SIDE_VOTE = /\bvoted\s+(?:against|for|in favou?r)\b/i;
/** Words a tally decides by: "voted 7-2", "a 2-1 judgment", "by a 5-4 majority", "the budget passed 6-3", a match's "beat
 * Senegal 3-1". */
const DECIDED_BY =
  /\b(?:vot\w*|passed|carried|approved|adopted|rejected|judgment|judgement|ruling|decision|majority|verdict|ballot|beat|beaten|beating|won|win|winning|lost|losing|drew|draw|defeated|defeating|victory)\b/i;
/** The same, less a contest's words: a match's result is decided, never agreed. */
const AGREED_BY = /\b(?:vot\w*|judgment|judgement|ruling|decision|majority|verdict|ballot)\b/i;
/** The measures a question names: "the interest rate", "the new minimum wage". */
const MEASURE_NOUNS =
  'rate|rates|price|cost|level|total|figure|turnout|budget|target|inflation|growth|unemployment|deficit|debt|salary|wage|wages|fee|fine|tax|valuation|revenue|profit|loss|share|speed|speeds';
/** "What is the interest rate?": a measure (with the words that say which), answered by an amount. */
const MEASURE_NAMED = new RegExp(`^what (?:is|was|are|were) (?:the |its |their )?((?:[\\p{L}-]+ ){0,2})(${MEASURE_NOUNS})\\b`, 'iu');
const MEASURE_QUESTION = new RegExp(
  `^(?:how (?:big|large|small|high|low|tall|deep|strong|fast|powerful|hot|cold|warm|cool) (?:is|was|are|were|will|did|does|do|has|have|had)\\b|${MEASURE_NAMED.source.slice(1)})`,
  'iu',
);
/** A sentence that only greets or thanks, a speaker's label before it or not: "PRESIDENT ROY: Good afternoon.", "Minister,
 * dear Tom, welcome back to Lima.", "Thank you, Ana." */
const PLEASANTRY =
  /^(?:\p{Lu}[\p{Lu}\s.'’-]*:\s+)?(?:(?:Good (?:morning|afternoon|evening)|Thank you|Thanks|Hello|Welcome)\b[^.!?]{0,60}|[^.!?]{0,60}\bwelcome (?:back )?to\b[^.!?]{0,40})[.!]$/u;
/** Things counted: "four trade agreements", "12 new projects". */
const COUNTED_THINGS = new RegExp(`\\b(?:\\d+|${COUNT_WORD})\\s+(?:[\\p{L}-]+\\s+)?(\\p{L}+s)\\b`, 'giu');
/** A sentence that says what things counted before are: "The agreements cover …", "These projects include …". */
const THEY_ARE = /^(?:The|These|Those)\s+(?:[\p{L}-]+\s+)?(\p{L}+s)\s+(?:cover|covers|include|includes|are|were|concern|range)\b/u;
/** A sentence that reports a question asked, not its answer: "asked whether …", "wanted to know if …". */
const REPORTS_ASKING = /\b(?:asked|wanted to know|questioned)\s+(?:\p{L}+\s+){0,2}?(?:whether|if)\b/u;

/** A phrase of the gathering something was done at, up to a verb of presiding: "at a session held online and ", "in a
 * summit ". */
const SET_IN_A_GATHERING = /^(?:in|at|during)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|summit|session|conference|call|talks)\b(?:\s+[^,;]{0,60})?\s$/u;
/** The same outcome of a vote, in its word or another of its side ("passed" is "adopted"). */
const sameOutcome = (asked: string, told: string) => asked.toLowerCase() === told.toLowerCase() || (!!voteSide(asked) && voteSide(asked) === voteSide(told));
/** A share of a whole, counted by its number, with what became of it: "three of the six were passed", "one of the four
 * bills was carried", "All nine were rejected". */
const SHARE_OF_THE = new RegExp(
  `\\b(?:${COUNT_WORD}\\s+of\\s+the\\s+(${COUNT_WORD})|all\\s+(${COUNT_WORD}))(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:were|was)\\s+(${VOTE_OUTCOME})\\b`,
  'iu',
);
/** An item counted on from the one before, its noun left out: "A third, which …", "The fourth was …". */
const COUNTED_ON = new RegExp(`^(?:A|The)\\s+(?!first\\b)(?:${ORDINAL_WORD}|further|final|last)\\b`);
/** The figures a question gives ("2031", "1,100"): a sentence that answers it gives them too. */
const figuresIn = (question: string): string[] => question.match(/\b\d[\d,.]*\b/g) ?? [];
/** "a plan to", "their plans to": the noun, which FUTURE's "plans to" (the verb) must not read. */
const PLAN_AS_NOUN = /\b(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+)?plans?\s+to\b/giu;
/** What a plan holds, as a text says it: "includes", "calls for", "sets out", "is made up of". */
const PLAN_HOLDS = new RegExp(`\\b(?:${HOLDS.join('|')})`, 'i');
/** A sentence of all the items a list before it gave: "All four were rejected.", "Both were carried.", "None passed." */
const ALL_OF_THEM = new RegExp(
  `^(?:All(?:\\s+(?:${COUNT_WORD}|of them))?|Both(?:\\s+of them)?|None(?:\\s+of them)?|Neither|Each(?:\\s+of them)?)\\s+(?:was|were|has|have|had|\\p{Ll}+ed)\\b`,
  'u',
);
/** How a vote on an item went, asked: "Which motions were carried?", "Which amendments failed?". */
const ASKS_VOTE_OUTCOME = new RegExp(`\\b(?:${VOTE_OUTCOME})\\b`, 'i');

/** "Who lost?", "Who was beaten?", "Who was defeated?" */
const LOSER_QUESTION = /^who\s+(?:lost|was\s+(?:beaten|defeated))(?:\s+(?:the\s+)?(?:final|match|game|race|election|vote|contest|tie))?\s*\??$/i;
/** Whom a winner beat, named right after the verb: "beating second seed Ana Roy", "defeated incumbent Mayor Tom Vale". */
const BEAT_SOMEONE = /\b(?:beat|beats|beating|defeated|defeats|defeating)\s+(?:[\p{Ll}\d-]+\s+){0,3}\p{Lu}/u;

/** "What happens next?", "What will happen next?", "What are the next steps?", "What is the next step?", "What's next?",
 * "What still needs to happen?". */
const NEXT_QUESTION =
  /^(?:what (?:happens|comes|is|'s) next|what (?:will|would) (?:happen|come) next|what'?s next|what (?:are|is|will be) the next steps?|what next|what (?:still |else )?(?:needs|has|remains) to (?:happen|be done))\b/i;
/** A sentence about what will come: "The Lords will begin their scrutiny in September.", "A new text is expected on
 * Saturday.", "The judge set sentencing for May 14.", "Researchers plan a second trial in March" (the verb; not "the
 * plan a panel drew up", nor "marched against government plans to raise the age"), "The committee's next meeting is on
 * 18 December" (or "next policy meeting"; not "rules for the next global health emergency", a time that may come), "Winds
 * are forecast to ease on Monday.", "The partners expect to take a final decision in 2027". */
const WILL_COME = new RegExp(
  String.raw`\b(?:${MEETING_AGREED}|will|is due|are due|is expected to|are expected to|is scheduled|are scheduled|(?:is|are) (?:planned|set|slated) for|(?:is|are) set to|(?<!\b(?:its|their|his|her|the|a|an|our|new|backed|rejected|approved|unveiled|announced)\s)(?<![a-z\d]-[a-z]+\s)(?<!\ban?\s+(?:[a-z-]+\s+){1,2})(?<!\b(?:against|over|about|of|on|with|oppose[sd]?|opposing)\s+(?:[a-z-]+\s+)?)(?<!['’]s\s)plans? to|(?<!\b(?:its|their|his|her|the|a|an|our|new)\s)(?<!['’]s\s)plans? (?:an?|another)(?=\s)|(?<!\bfor\s|['’]s\s|\b(?:for|over|during) the\s|\buntil\s+(?:the\s+end\s+of\s+)?)next(?!\s+[a-z]+['’]s\b)(?!\s+(?:[a-z-]+\s+){0,2}(?:emergency|emergencies|pandemic|crisis|disaster|war|outbreak|recession|downturn|generation)\b)|['’]s\s+next\s+(?:[a-z-]+\s+)?(?:meeting|session|sitting|round|hearing|summit|vote|conference|congress)|(?<!\b(?:had|was|were|than)\s)expects? to|(?:is|are) forecast to|must now|is to|are to|(?:is|are) expected (?:on|by|before|within|later)|set\s+(?:[a-z]+\s+){0,2}?(?:sentencing|hearing|trial|vote|deadline)\s+for|(?<!\bwhen\b[^.;,]{0,60})(?:would )?(?:takes? effect|comes? into force)|would apply)\b|\b(?:adjourn|defer|postpon|put off)\w*\b[^.;]{0,40}?\b(?:until|till)\b|\bcould not (?:take place|begin|start|be held)\b[^.;]{0,20}?\b(?:before|until)\b|\b(?:has|have) until\b`,
  'i',
);
/** A step someone will take, told outside a quotation: "The council will submit a formal objection."; or one someone said
 * they would take: "Her lawyer said she would appeal." */
const WILL_ACT =
  /^(?!["“])[^"“”;]{0,80}?\b(?:will|(?<=\b(?:said|says|told \w+)\b[^"“”;]{0,60})would) (?:now |also |then )?(?:submit|publish|vote|decide|meet|report|review|consider|appeal|rule|issue|hold|debate|examine|consult|resume|sign|ratify|file|apply|present|set out|announce)\b[^"“”]*$/;
/** A step someone plans, told outside a quotation: "The team plans to test whether the dose matters." Its subject opens the
 * sentence, in a few words and no preposition: not "Thousands marched against government plans to …". */
const PLANS_TO =
  /^(?:\p{Lu}[\p{L}'’-]*)(?:\s+(?!(?:against|over|about|of|on|with|for|to|in|at|by|from)\b)[\p{L}'’-]+){0,4}\s+(?:plans?|(?:is|are) planning)\s+to\s+\p{Ll}[^"“”]*$/u;
/** A time to come that names no day: "Judgment will be given at a later date", "in due course", "next season", "for several
 * days", "within days". */
const LATER =
  /\b(?:at a later date|in due course|later this (?:week|month|year)|next (?:season|term)|for (?:several|a few|many|some|\d+|two|three|four|five|six|the (?:next|coming)) (?:more )?(?:hours|days|weeks|months)|within (?:hours|days|weeks|months)|in the (?:coming|next few) (?:hours|days|weeks|months))\b/i;
/** Reported speech of what is to come within a time: "said she would deliver her ruling within six weeks", or after the
 * verb that reports it, on a day after the "would": "said he would meet the families on Monday" (or "on Oct. 3", "for
 * Sunday's derby"; not "told staff on Tuesday that the cuts would fall on sales"). */
const WOULD_WITHIN = new RegExp(
  String.raw`\bwould (?!have\b)\p{L}+\b[^.;]{0,60}?\b(?:within|in the coming|later this|(?:by|before) the end of|in due course)\b|\b(?:said|says|told|announced|promised|pledged|vowed)\b[^.;"“”]{0,80}?\bwould (?!have\b)["“]?\p{L}+\b[^.;]{0,80}?\b(?:(?:on|by|from|until|before|in)\s+(?:${WEEKDAY}|${FULL_MONTH}|${MONTH}\s+\d|\d|next\b|early\b|mid-?|late\b|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\b)|this (?:week|month|year)\b|for\s+${WEEKDAY}['’]s\b)`,
  'iu',
);
/** What someone is bound or asked to do by a time: "Halvex must change its rules within 90 days", "was ordered to pay by March",
 * "ordered four diplomats to leave within 72 hours", "asks the envoy to report within 30 days", "must reply within five working days". */
const MUST_WITHIN = new RegExp(
  String.raw`\b(?:must|has to|have to|(?:is|are|was|were) (?:required|ordered|obliged) to|(?:ordered|asks|asked|requests|requested|instructs|instructed|directs|directed|tasks|tasked)\s+(?:[\p{L}\d'’-]+\s+){1,5}?to)\s+(?!not\b)[^.;"“”]{0,80}?\b(?:within|by|before)\s+(?:(?:\d+|a|an|\p{L}+)\s+(?:working\s+|business\s+)?(?:hours?|days?|weeks?|months?|years?)\b|${WEEKDAY}|${FULL_MONTH}|${MONTH}\.?\s+\d|\d|the end of|next\b)`,
  'iu',
);
/** A forecast made in a year before the report's is history, not what comes next: "… who told the 2020 investor day that
 * Halvex would 'be in every major area by 2025'", "In 2019 she said that the line would open by 2024". */
const FORECAST_VERB = `${ATTRIBUTION_VERB}|predicted|promised|pledged|forecast|vowed|claimed|announced`;
const FORECAST_MADE_IN = new RegExp(
  String.raw`(?:\b(?:${FORECAST_VERB})\b[^.;"“”]{0,40}?\b((?:19|20)\d\d)\b[^.;"“”]{0,40}?\bthat\b|\b[Ii]n ((?:19|20)\d\d),[^.;"“”]{0,60}?\b(?:${FORECAST_VERB})\b)[^.;]{0,120}?\b(?:would|will|was to|were to)\b`,
);
function forecastOfEarlierYear(text: string, year: number): boolean {
  const m = FORECAST_MADE_IN.exec(text);
  return !!m && !!year && Number(m[1] ?? m[2]) < year;
}
/** Someone's word of what would come: "Ana Roy said the plan would cut shortages next winter". */
const REPORTED_WOULD = /\b(?:said|says|told|predicted|warned)\b[^.;]{0,80}\bwould\b/i;
/** A stage still to come, dated or not: "now goes to the Senate", "Parliament must still approve the rules", "The deal still
 * needs to be cleared by regulators". */
const NEXT_STAGE =
  /\b(?:now (?:goes|go|heads|head|moves|move|passes|pass) to|next (?:step|stage) (?:is|will be)|must still (?:be\s+)?[a-z]+|still (?:needs?|has|have) to (?:be\s+)?[a-z]+)\b/i;

/** A time given to do something, which is a step to come: "The court gave the ministry six months to repay the fees", "was given
 * 30 days to appeal", "Owners have two weeks to return the bikes", "Halvex has until noon on 3 March to make an offer". */
const TIME_GIVEN = new RegExp(
  String.raw`\b(?:(?:gave|gives|given|granted|grants|allowed|allows)\s+(?:[\p{L}'’-]+\s+){0,4}?|(?:has|have)\s+(?:only\s+|just\s+)?)(?:\d+|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|several)\s+(?:more\s+)?(?:hours?|days?|weeks?|months?|years?)\s+to\s+\p{L}+` +
    String.raw`|\b(?:has|have)\s+until\s+${UNTIL_WHEN}[^.;]{0,40}?\s+to\s+\p{L}+`,
  'iu',
);
/** A figure in digits or in words; a count, not a word of a compound ("Five-university consortium" restates no
 * "five-year" plan). */
const HEADLINE_FIGURE = /\d[\d,.]*|(?<![\w-])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)(?![\w-])/i;

/** Where a headline's parts meet: "…; …", "… as …", "… — …". */
const HEADLINE_PARTS = /\s*[;:|]\s+|\s+[—–]\s+|,\s+|\s+(?:as|after|while|amid)\s+/;

/** The parts of a headline that share a word with its lead: what the lead tells of it ("wildfire nears Lima" of
 * "Thousands flee as wildfire nears Lima; two firefighters injured", when the lead tells of the wildfire). */
function headlinePartsOf(lead: string, headline: string): string {
  const terms = new Set(contentTerms(lead));
  return headline
    .split(HEADLINE_PARTS)
    .filter((part) => contentTerms(part).some((t) => terms.has(t) && !FIGURE_WORD.test(t)))
    .join(' ');
}
/** A headline's figure as a whole word: no shared word ("two firefighters" is not told by "within two miles"). */
const FIGURE_WORD = new RegExp(`^(?:${HEADLINE_FIGURE.source})$`, 'i');

/** The lead restates the headline's figure: a number of the headline's is in the lead too. */
function restates(lead: string, headline: string): boolean {
  // A figure in digits or in words ("Norway expels three Russian diplomats" over "… expelled three Russian embassy staff").
  const figures = headline.match(new RegExp(HEADLINE_FIGURE.source, 'gi')) ?? [];
  return figures.some((f) => (/\d/.test(f) ? lead.includes(f) : new RegExp(`(?<![\\w-])${f}(?![\\w-])`, 'i').test(lead)));
}

/** A headline's figure, with the words it counts and the verb before it ("expels three Russian diplomats"). */
const HEADLINE_COUNT = new RegExp(`(?:(\\p{L}+)\\s+)?((?:${HEADLINE_FIGURE.source})(?:\\s+[\\p{L}-]+){1,2})`, 'giu');

/** The headline's figure the lead restates, with the words it counts and the verb that counts them ("expels three Russian
 * diplomats"), or "". */
function restatedCount(lead: string, headline: string): string {
  for (const m of headline.matchAll(HEADLINE_COUNT)) if (restates(lead, m[2])) return m[0];
  return '';
}

/** A question in the past tense: "What was revenue?", "How much did profit fall?". */
const PAST_QUESTION = /^(?:what|how much|how many|who|when|where|which)\b[^?]*?\b(?:was|were|did)\b/i;
/** Meeting once more: "will meet again", "are to convene again", "reconvenes in May". */
const MEETS_AGAIN = String.raw`\b(?:meet|convene|gather|sit)\w*\s+(?:again|next)\b|\breconvene`;
/** A gathering still to come: "the next round in Lima", "its next meeting", "they meet again in Quito", "will meet next in
 * Quito". */
const NEXT_GATHERING = new RegExp(String.raw`\bnext\s+(?:round|meeting|session|summit|talks|conference|sitting)\b|${MEETS_AGAIN}`, 'i');
/** What someone forecasts, not what was: "expected revenue of … in the current quarter", "its outlook", "will"; not what
 * was, measured against a forecast ("grew 2.8%, beating forecasts", "faster than expected"). */
const FORECAST =
  /(?<!\b(?:had|than)\s)\bexpect(?:s|ed|ing)?\b(?!\s+to\s+have\b)|(?<!\b(?:than|beat|beating|missed|missing|above|below)\s)\bforecasts?\b|\boutlook\b|\bguidance\b|\bin the (?:current|coming|next)\b|\bwill\b/i;

/** A question in the present tense: "How many are being recalled?", "Is the plant closing?". */
const PRESENT_QUESTION = /\b(?:is|are) being\b|^(?:is|are|does|do)\b|^how (?:many|much)\b[^?]*\b(?:is|are)\b/i;
/** A sentence set before the news: "In March it recalled …", "Last year the board …", "… two years ago". */
const SET_BEFORE = new RegExp(
  `^(?:In|Last|Earlier|Previously|Back in)\\b[^,]{0,20}?\\b(?:${FULL_MONTH}|year|month|week|(?:19|20)\\d\\d)\\b|\\b(?:last year|years? ago|months? ago)\\b`,
);

/** The words of a question about who was there, and no narrower ("Who took part in the meeting?"). */
const PARTICIPANT_QUESTION_TERMS = new Set(
  contentTerms(
    'who whom attended attend took take part participated participants present there joined meeting summit talks event conference people delegates everyone anyone list name named all involved',
  ),
);
/** What an attendance question has them join, up to its first preposition: "Did Peru join [the new fund] in May?". */
const JOINED_WHAT = /\b(?:join|take part in|participate in)\s+((?:the|a|an|its|their)\s+[^?]*?)(?=\s+(?:in|at|on|with|for|by|from|of|as)\b|\?|$)/i;
/** A country that did not come: "did not send a delegation", "stayed away". */
const COUNTRY_AWAY = /\b(?:did not|didn't|declined to|refused to) send\b|\bsent no\b|\b(?:was|were) not represented\b/i;

const cache = new WeakMap<Analysis, Answerer>();

export function answerQuestion(analysis: Analysis, rawQuestion: string): Answer {
  const question = rawQuestion.replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION_CHARS);
  if (!question) return { question, answered: false, answer: 'Ask a question about the article, for example "who attended?".', evidence: [] };
  let answerer = cache.get(analysis);
  if (!answerer) {
    answerer = new Answerer(analysis);
    cache.set(analysis, answerer);
  }
  return answerer.answer(question);
}
