// Verbs that tell what a named person did in a report: took part in the event, spoke at it, or stayed away.
// A full personal name as the subject (or, for speech, right after the verb) marks a person.

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** "Vladimir Putin held talks with …", "Ayumi Kato opened the session". */
export const PARTICIPANT_VERBS = words(`
  held met meets hosted hosts chaired chairs attended attends visited received welcomed addressed joined
  signed presided co-chaired opened led headed moderated convened co-hosted closed presented unveiled
  announced introduced delivered scored converted scoring top-scored equalised equalized netted bowled batted polled
  voted abstained dissented
`);

/** "Peru sent Foreign Minister Ana Roy": a country choosing who goes, no word of the office that follows. */
export const SENDING_VERBS = words(`
  sent sends dispatched named names appointed appoints nominated picked chose fielded elected
`);

/** "Ravi Dhal told the court", "… ," said Mariam Kone-Diallo." */
export const SPEECH_VERBS = words(`
  said says told tells added argued warned explained noted insisted urged stressed spoke speaks asked
  replied answered testified described acknowledged admitted conceded recalled countered cautioned
  emphasised emphasized pointed suggested proposed called thanked praised welcomed questioned pressed
`);

/** The verbs that tie words to a speaker named beside them ("Ana Roy said …", "…, said Ana Roy", "…,
 * local media reported"): an attribution, and where an appositive title before them ends. */
export const ATTRIBUTION_VERBS = words(`
  said says told tells added stated stressed noted warned insisted urged argued explained replied reported
`);
/** The attribution verbs as an alternation for regular expressions. */
export const ATTRIBUTION_VERB = [...ATTRIBUTION_VERBS].join('|');

/** The words that put a verb still to come: "will", "is to", "are due to", "is expected to", "is set to". */
export const TO_COME = 'will|(?:is|are) (?:to|due to|expected to|set to|scheduled to)';

/** What one may join, or take part in, that is no gathering: "would not join the coalition", "will not take part in the
 * reserve" tell of no absence from the event. */
const NOT_GATHERINGS = `coalition|government|alliance|bloc|party|union|pact|agreement|deal|treaty|strike|protest|boycott|campaign|race|cabinet|
consensus|statement|declaration|communiqu[eé]|reserve|scheme|fund`.replace(/\s+/g, '');
const NOT_A_GATHERING = String.raw`\s+(?:a|an|the|any|its|his|her|their)\s+(?:[\w-]+\s+)?(?:${NOT_GATHERINGS})\b`;
const NO_GATHERING = `(?!${NOT_A_GATHERING})`;
const NO_GATHERING_IN = String.raw`(?!\s+in${NOT_A_GATHERING})`;

/** A part of a gathering, as one who missed only it is told ("did not join the closing session", "… the third day"). */
const PART_OF_IT = String.raw`the\s+(?:second|third|final|last|closing|opening|afternoon|evening)\s+(?:day|session|sitting)\b`;
/** Missing only a part of the gathering: the rest of it, they attended. */
export const MISSED_A_PART = new RegExp(
  String.raw`\b(?:did not|didn't|could not|couldn't|was unable to|were unable to)\s+(?:attend|join)\s+${PART_OF_IT}`,
  'i',
);

/** "did not participate", "skipped", "stayed away": this mention's person was absent. Not attending "in person"
 * is taking part another way ("did not attend in person and spoke over a video link"); not attending "the second
 * day" is missing a part of it. */
export const ABSENCE = new RegExp(
  String.raw`\b(?:visit|trip|attendance|participation|appearance)\s+(?:was|has been|had been|is)\s+(?:postponed|cancell?ed|called off|scrapped)\b|\b(?:did not|didn't|does not|doesn't|will not|won't|would not|could not|couldn't|was unable to|were unable to|declined to|refused to|failed to|chose not to|choosing not to|opted not to)\s+(?:\w+\s+)?(?:participate${NO_GATHERING_IN}|attend|take part${NO_GATHERING_IN}|join${NO_GATHERING}|come|show up|be present|travel|testify|appear\b(?!\s+to\b))\b(?![^.;]{0,40}\bin person\b)(?!\s+${PART_OF_IT})|\b(?:declined|turned down|refused) (?:an|the|their|his|her|its) invitation\b|\bhad been (?:due|expected|scheduled|set) to (?:attend|take part|join|travel|come|be there)\b|\bhad (?:planned|intended|hoped) to (?:attend|take part|join|travel|come)\b[^.;]{0,60}?\bbut (?:cancell?ed|pulled out|withdrew|could not|couldn't|was unable|stayed)\b|\b(?:skipped|skips|to skip|boycotted|boycotts|stayed away|stay away|stayed (?:at )?home|stayed (?:behind )?in (?:the )?[\w'’ -]{2,30}? (?:for|to deal with|because of) (?:a|an|the) (?:[\w-]+ ){0,2}(?:vote|debate|crisis|emergency|election|funeral|budget|session)\b|stay (?:at )?home|did not address (?:the )?(?:conference|meeting|summit|congress|assembly|session|rally|delegates)|was absent|were absent|absent from|(?:was|were) not (?:present|in attendance|at (?:the|its|their) (?:meeting|summit|hearing|session|talks|conference|congress|assembly|gathering|ceremony))|(?:was|were|fell) (?:ill|sick|unwell)|(?:was|were|is|are) (?:recovering from|in hospital)|(?:was|were) (?:travelling|traveling|abroad|on leave)|sat out|sent (?:his |her |their )?(?:apologies|regrets)|(?:was|were|had been|been) (?:disinvited|uninvited|barred|blocked|excluded|shut out|not invited)|(?<!\b(?:joined|attended|took part|participated)\b[^.;]{0,80})(?:withdrew(?! (?:the|a|an|its|his|her|their)\b)|pulled out)|(?:cancell?ed|called off|postponed|scrapped) (?:his|her|their) (?:trip|visit|attendance|participation|appearance)|losing (?:his|her|their) (?:place|seat))\b`,
  'i',
);

/** Spoken in a call, not met in a room: "agreed in a phone call", "during a video call", "in their telephone conversation". */
export const IN_A_CALL = String.raw`\b(?:[Ii]n|[Dd]uring|[Oo]n|[Oo]ver) (?:a|an|their|the) (?:[\p{L}-]+ )?(?:phone|telephone|video) (?:call|conversation)\b`;

/** A verb that makes a clause: an auxiliary, a modal, or a past in "-ed" (an alternation for regular expressions). */
export const FINITE_VERB = String.raw`is|are|was|were|be|been|will|would|shall|should|can|could|may|might|must|has|have|had|do|does|did|\p{Ll}+ed`;

/** Travelling on after the news, told in the present or the future: "leaves for Quito", "will fly on to Lima". */
export const TRAVELS_ON = String.raw`\b(?:leaves|heads|travels|flies|departs|goes on|moves on|will (?:travel|fly|head|go on))\b`;

/** A thing expected at a sitting or in a month, still to come: "a ruling is expected in May", "a decision is expected at the
 * next session". */
export const EXPECTED_AT = String.raw`(?:is|are)\s+expected\s+(?:at|in)`;
