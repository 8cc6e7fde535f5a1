// The core's front door: load an article from anywhere, read it once, and serve its card and
// answers from that one reading.

import { analyzeArticle, type Analysis } from './analysis.js';
import { answerQuestion, type Answer } from './ask/answer.js';
import type { Article } from './article/article.js';
import { loadArticle, parseArticleText, type IngestOptions } from './article/ingest.js';
import { cardFromAnalysis, type Card } from './card.js';

export interface Briefing {
  analysis: Analysis;
  card: Card;
  ask(question: string): Answer;
}

export function briefArticle(article: Article): Briefing {
  return briefAnalysis(analyzeArticle(article));
}

/** A briefing from a reading done elsewhere (a worker thread). */
export function briefAnalysis(analysis: Analysis): Briefing {
  return { analysis, card: cardFromAnalysis(analysis), ask: (q) => answerQuestion(analysis, q) };
}

export async function briefFrom(input: string, options: IngestOptions = {}): Promise<Briefing> {
  return briefArticle(await loadArticle(input, options));
}

export async function briefText(text: string, url: string | null = null): Promise<Briefing> {
  return briefArticle(await parseArticleText(text, url));
}
