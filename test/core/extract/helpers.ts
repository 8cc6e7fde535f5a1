import { findPeople } from '../../../src/core/extract/people.js';
import { splitSentences } from '../../../src/core/extract/sentences.js';

/** Sentences from paragraphs written inline in a test. */
export const sentencesOf = (...paragraphs: string[]) => splitSentences(paragraphs);

/** Who the people found in sentences written inline are, and whom each works for. */
export const affiliations = (...text: string[]) => findPeople(sentencesOf(...text)).map((p) => [p.name, p.affiliation]);
