import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../src/core/article/plain-text.js';
import { briefArticle } from '../../../src/core/briefing.js';
import { articlesAtHand } from '../../helpers/articles.js';

// Every answer shows the article's own sentences as its evidence, or says it has none from the text: over the example
// briefing and the probe articles in the repo always, and the shared sample articles (../shared/articles) when that folder
// is beside the clone (it is skipped cleanly without it).
const files = articlesAtHand();

/** Questions any report may be asked. */
const QUESTIONS = [
  'Who attended?',
  'What was decided?',
  'Where was it held?',
  'When was it?',
  'How many proposals were there?',
  'What happens next?',
  'Who said no?',
  'Who opposed it?',
  'Who won?',
  'What was the result?',
  'How much money?',
  'Why did it happen?',
  'Did they agree?',
  'Who was absent?',
  'How many people?',
];

describe('answers on whole articles', () => {
  it.each(files.map((f) => [basename(f), f]))('%s: every answer gives the sentences it stands on, or says where else it comes from', (_name, file) => {
    const briefing = briefArticle(parsePlainText(readFileSync(file, 'utf8')));
    const sentences = new Set(briefing.analysis.sentences.map((s) => s.text));
    for (const question of QUESTIONS) {
      const answer = briefing.ask(question);
      if (!answer.answered) continue;
      for (const evidence of answer.evidence) expect(sentences.has(evidence), `${question} → ${evidence}`).toBe(true);
      // (An answer with no sentence behind it says it was read off the article's publication.)
      if (!answer.evidence.length) expect(answer.answer, question).toMatch(/\bthe article was published\b/i);
    }
  });
});
