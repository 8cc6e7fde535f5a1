// Recognises what a question asks for and which names it is about, from its wording alone.

import { parseOrdinal } from '../extract/numbers.js';

export type Intent =
  | { kind: 'proposals'; nth: number | null; who: string | null }
  | { kind: 'attendance'; who: string }
  | { kind: 'identity'; who: string }
  | { kind: 'participants' }
  | { kind: 'absentees' }
  | { kind: 'topics' }
  | { kind: 'presiding'; verb: RegExp }
  | { kind: 'represented'; what: string }
  | { kind: 'countries'; count: boolean }
  | { kind: 'where' }
  | { kind: 'when' }
  | { kind: 'met'; who: string }
  | { kind: 'said'; who: string; about: string }
  | { kind: 'search' };

const clean = (s: string) => s.replace(/[?!.]+\s*$/, '').replace(/\s+/g, ' ').trim();

export function classify(rawQuestion: string): Intent {
  const q = clean(rawQuestion);
  let m: RegExpExecArray | null;

  if ((m = /\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th))\s+(?:proposal|suggestion|recommendation|point|idea|item|measure|initiative)\b/i.exec(q))) {
    return { kind: 'proposals', nth: m[1].toLowerCase() === 'last' ? -1 : parseOrdinal(m[1]), who: null };
  }
  if ((m = /^what\s+(?:did|does|has)\s+(.+?)\s+(?:propose|suggest|recommend|put forward)\b/i.exec(q))) return { kind: 'proposals', nth: null, who: m[1] };
  if (/\b(proposals|suggestions|recommendations|proposed|suggested|(?:\w+-)?point plan)\b/i.test(q) && /^(what|which|list|how many|tell|show|name)\b/i.test(q)) {
    return { kind: 'proposals', nth: null, who: null };
  }
  if ((m = /^(?:did|does|was|were|has|had|is)\s+(.+?)\s+(?:attend|participate|take part|join|present|at|in attendance|there|skip|miss|boycott|come)\b/i.exec(q))) {
    return { kind: 'attendance', who: m[1] };
  }
  if ((m = /^(?:who\s+is|who's|who\s+was|who\s+are|tell me about|what\s+is\s+the\s+(?:role|title|position|job)\s+of|what\s+(?:is|was)\s+(.+?)['’]s\s+(?:role|title|position|job))\s*(.*)$/i.exec(q))) {
    const who = (m[1] ?? m[2] ?? '').trim();
    if (!/^(the\s+)?(participants?|attendees?|delegates?|host|chair|leaders?)\b/i.test(who) && who) return { kind: 'identity', who };
  }
  if ((m = /^what\s+(?:does|did)\s+(.+?)\s+do\b/i.exec(q))) return { kind: 'identity', who: m[1] };
  // "What role does Doval play?", "Which country does Pandor represent?", "Where is Pandor from?"
  if ((m = /^(?:what|which)\s+(?:role|position|title|post|office|job|country|organi[sz]ation)\s+(?:does|did|do)\s+(.+?)\s+(?:have|hold|play|occupy|represent|come from|serve|work for)\b/i.exec(q))) return { kind: 'identity', who: m[1] };
  if ((m = /^where\s+(?:is|was|does)\s+(.+?)\s+(?:from|come from)\b/i.exec(q))) return { kind: 'identity', who: m[1] };
  if (/^who\s+(?:did\s+not|didn't|failed\s+to|declined\s+to)\s+(?:attend|participate|take part|come|join)|^who\s+(?:skipped|missed|boycotted|stayed away|was absent|were absent)/i.test(q)) {
    return { kind: 'absentees' };
  }
  if (/^what\s+(?:was|were|is|are)\s+(?:discussed|on the agenda|the (?:main )?(?:topics?|issues?|subjects?|agenda|focus))\b|^what\s+did\s+(?:they|the (?:leaders|ministers|participants|delegates|two sides|sides))\s+(?:discuss|talk about)\b|^what\s+(?:was|is)\s+(?:the (?:meeting|summit|conference|article|story) )?about\b/i.test(q)) {
    return { kind: 'topics' };
  }
  if (/^who\s+(?:spoke|addressed|was at|were at)\b/i.test(q)) return { kind: 'participants' };
  if (/^(who|which\s+(?:people|officials|leaders|ministers|delegates))\s+(attended|took part|participated|joined|were (?:there|present|the participants)|was (?:there|present))|\b(participants|attendees|who was there|who were there)\b/i.test(q)) {
    return { kind: 'participants' };
  }
  if ((m = /^who\s+(presided|chaired|hosted|led|convened|opened|organi[sz]ed|moderated)\b/i.exec(q)) || (m = /\bwho\s+(?:was|is)\s+the\s+(host|chair)\b/i.exec(q))) {
    const verb = m[1].toLowerCase();
    // Verb forms only: "President" and "chairperson" are titles, not someone presiding.
    const presiding = 'presid(?:ed|es|ing)|chair(?:ed|s|ing)';
    const re = /^(presided|chaired|chair)/.test(verb) ? new RegExp(`\\b(${presiding})\\b`, 'i')
      : /^host/.test(verb) ? new RegExp(`\\b(host(?:ed|s|ing)?|${presiding})\\b`, 'i')
      : /^led/.test(verb) ? /\b(led|lead\w*|head\w*)\b/i
      : new RegExp(`\\b${verb.slice(0, 5)}\\w*`, 'i');
    return { kind: 'presiding', verb: re };
  }
  if ((m = /^who\s+(?:represented|was representing|represents|spoke for)\s+(.+)$/i.exec(q))) return { kind: 'represented', what: m[1] };
  if (/\b(which|what|list|name)\b.*\b(countries|nations|states|delegations)\b/i.test(q)) return { kind: 'countries', count: false };
  if (/\bhow many\b.*\b(countries|nations|states|delegates|delegations|participants|people|leaders)\b/i.test(q)) return { kind: 'countries', count: true };
  if ((m = /^(?:who|whom)\s+did\s+(.+?)\s+(?:meet|hold talks|talk|speak|negotiate|confer|sit down)\b/i.exec(q))) return { kind: 'met', who: m[1] };
  if ((m = /^what\s+did\s+(.+?)\s+(?:say|tell|stress|state|note|discuss|announce|express|emphasi[sz]e|urge|confirm|add|call for|argue|claim)\b(.*)$/i.exec(q))) {
    return { kind: 'said', who: m[1], about: m[2] };
  }
  if (/^where\b/i.test(q)) return { kind: 'where' };
  if (/^when\b|\bwhat (day|date|time)\b/i.test(q)) return { kind: 'when' };
  return { kind: 'search' };
}
