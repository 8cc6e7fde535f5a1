import { splitSentences } from '../../../src/core/extract/sentences.js';

/** Sentences from paragraphs written inline in a test. */
export const sentencesOf = (...paragraphs: string[]) => splitSentences(paragraphs);
