// Verbs that tell what a named person did in a report: took part in the event, or spoke at it.
// A full personal name as the subject (or, for speech, right after the verb) marks a person.

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** "Vladimir Putin held talks with …", "Ayumi Kato opened the session". */
export const PARTICIPANT_VERBS = words(`
  held met meets hosted hosts chaired chairs attended attends visited received welcomed addressed joined
  signed presided co-chaired opened led headed moderated convened co-hosted closed presented unveiled
  announced introduced delivered scored converted
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
  said says told tells added stressed noted warned insisted urged argued explained replied reported
`);
/** The attribution verbs as an alternation for regular expressions. */
export const ATTRIBUTION_VERB = [...ATTRIBUTION_VERBS].join('|');
