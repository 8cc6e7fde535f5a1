// Questions no sample article answers are declined — off-topic facts, people the article does not
// name, future events and numbers it does not give — while the articles' answerable questions are
// still answered (no passing by declining everything). Reads ../shared/articles; skipped without it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefFrom } from '../../../src/core/briefing.js';

const articles = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'articles');

/** Asked of every article below: nothing in these reports answers them. */
const OFF_TOPIC = [
  'How many people died?',
  'What is the GDP of Brazil?',
  'What is the price of bitcoin?',
  'Who is Taylor Swift?',
  'What did Elon Musk say about electric cars?',
  'When will the Olympics be held?',
];

/** Per article: wrong people, events after the report, numbers and facts the text does not give. */
const UNANSWERED: Record<string, string[]> = {
  'brics-nsa-cyber-2023': [
    'When is the next BRICS NSA meeting?',
    'What did Vladimir Putin say about cyber security?',
    'How many hackers were arrested?',
    'Who is Joe Biden?',
  ],
  'apec-santiago-2004': [
    'How many countries signed the Santiago Declaration?',
    'Who is Angela Merkel?',
    'When will the next APEC meeting be held?',
    'How much did oil prices rise?',
  ],
  'calais-interior-ministers-2021': [
    'How many migrants crossed the Channel last year?',
    'When will Priti Patel visit Paris?',
    'Who is Olaf Scholz?',
    'How much will the Frontex aircraft cost?',
  ],
  'commons-horizon-hearing-2024': [
    'How much compensation has Alan Bates received?',
    'Who is Rishi Sunak?',
    'When will the inquiry publish its final report?',
    'How many Fujitsu engineers testified?',
  ],
  'egypt-angola-fm-talks-2022': [
    'How much trade do Egypt and Angola do each year?',
    'When will the next joint commission meet?',
    'Who is Joao Lourenco?',
    'How many Egyptian companies work in Angola?',
  ],
  'g8-deauville-2011': [
    'How much aid did the G8 pledge to Africa?',
    'Who is Silvio Berlusconi?',
    'How many protesters were arrested?',
    'When will the G8 meet in Canada?',
  ],
  'mercosur-asuncion-2024': [
    'How many votes did Milei win?',
    'When is the next Mercosur summit?',
    'Who is Gabriel Boric?',
    'How much trade passes through Mercosur each year?',
  ],
  'north-american-summit-2021': [
    'How many trade deals were signed?',
    'Who is Kamala Harris?',
    'How many vaccine doses did the US donate?',
    'What did Trudeau say about lumber tariffs?',
  ],
  'victoria-school-board': [
    'How many students attend the district?',
    'Who is the Premier of British Columbia?',
    'When will the phone-free pilot be reviewed?',
    'What did Marcus Oyelaran say about teacher salaries?',
  ],
  'pharma-investor-day': [
    "What was Corvane's net profit last year?",
    'Who is the CEO of Pfizer?',
    'When will CRV-212 be approved?',
    'How many employees does Corvane have?',
  ],
};

describe.skipIf(!existsSync(articles))('declines what the article does not say (reads ../shared/articles; skipped without it)', () => {
  const cases = Object.entries(UNANSWERED).flatMap(([name, own]) => [...OFF_TOPIC, ...own].map((q) => [name, q] as const));

  it('has at least 60 such questions across 10 articles', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(UNANSWERED)).toHaveLength(10);
  });

  it.each(cases)('%s: %s', async (name, question) => {
    const briefing = await briefFrom(join(articles, `${name}.txt`));
    const answer = briefing.ask(question);
    expect(answer.answered, answer.answer).toBe(false);
    expect(answer.evidence).toEqual([]);
    expect(answer.answer).toMatch(/^The article does not/);
  });

  it.each(Object.keys(UNANSWERED))('%s: still answers its answerable questions', async (name) => {
    const gold = JSON.parse(readFileSync(join(articles, `${name}.gold.json`), 'utf8')) as { qa: Array<{ q: string; must_decline?: boolean }> };
    const briefing = await briefFrom(join(articles, `${name}.txt`));
    const answerable = gold.qa.filter((q) => !q.must_decline);
    expect(answerable.length).toBeGreaterThan(0);
    for (const q of answerable) expect(briefing.ask(q.q).answered, q.q).toBe(true);
  });
});
