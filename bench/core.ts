// Core figures: card time for the example article (warm) and for a 1 MB article, answer latency,
// and the CLI's cold start.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleText } from '../src/core/article/ingest.js';
import { briefArticle, briefText } from '../src/core/briefing.js';
import { report, timeIt } from './stats.js';

export async function benchCore(root: string): Promise<void> {
  const examplePath = join(root, 'briefings', 'brics-nsa-cyber-2023.txt');
  const example = readFileSync(examplePath, 'utf8');
  for (let i = 0; i < 50; i++) await briefText(example);
  report('card: example article, text → card (warm)', await timeIt(1000, () => briefText(example)), 'p50 < 5 ms');

  // A 1 MB article: the example's paragraphs again and again, each copy with its own names.
  const body = example
    .split(/\n\s*\n/)
    .slice(2, 12)
    .join('\n\n');
  let big = 'A very long report\n\n';
  for (let i = 0; big.length < 1_000_000; i++) big += `${body.replace(/Wang/g, `Wang${i % 50}`)}\n\n`;
  big = big.slice(0, 1_000_000);
  const parsed = await parseArticleText(big);
  briefArticle(parsed);
  report('card: 1 MB article, text → card', await timeIt(5, () => briefText(big)), '< 300 ms');

  // Hostile inputs of about 2 MB cost a few times a normal article of the same size (issue: hardening).
  const nested = `<html><body>${'<div>'.repeat(10_000)}${'<p>The ministers met and agreed to cut tariffs on grain within five years.</p>'.repeat(50)}${'</div>'.repeat(10_000)}</body></html>`;
  report(
    'hostile: 10,000 nested <div>s, page → card',
    await timeIt(3, async () => briefArticle(await parseArticleText(nested, null, true))),
    'a few × a normal page',
  );
  report(
    'hostile: 1.9 MB of "<", refused',
    await timeIt(3, () => parseArticleText(`<html><body>${'<'.repeat(1_900_000)}</body></html>`, null, true).catch(() => undefined)),
    'a few × a normal page',
  );
  const runOn = `Headline\n\n${'He proposed a plan. First, go. '.repeat(58_000)}`;
  report('hostile: 1.8 MB of "He proposed a plan. First, go."', await timeIt(3, () => briefText(runOn)), 'linear, as the 1 MB article');
  // A line per sentence (a list, a log): once too many lines for one call's arguments.
  const lines = `Headline\n\n${'Ana Roy met Tom Vale in Lima.\n'.repeat(60_000)}`;
  report('hostile: 1.8 MB, a sentence per line, the same two names', await timeIt(3, () => briefText(lines)), 'linear, as the 1 MB article');
  // Thousands of different people (a list of delegates, an honours list): once, every name was tried against every person.
  const syllables = ['ba', 'ko', 'ri', 'tu', 'me', 'la', 'so', 'vin', 'dar', 'pel', 'gu', 'ne', 'zo', 'fa', 'hi', 'ly'];
  const made = (i: number) => {
    let name = '';
    for (let k = i; name === '' || k > 0; k = Math.floor(k / 16)) name += syllables[k % 16];
    return name[0].toUpperCase() + name.slice(1);
  };
  let roll = 'Headline\n\n';
  for (let i = 0; i < 20_000; i++) roll += `Peru's Minister of Trade, ${made(i)} ${made(i * 7 + 3)}, said the talks went well.${i % 5 === 4 ? '\n\n' : ' '}`;
  report('hostile: 1.3 MB naming 20,000 different people, each with an office', await timeIt(3, () => briefText(roll)), 'linear, as the 1 MB article');

  const briefing = await briefText(example);
  const questions = [
    'Who is Ajit Doval?',
    'Which countries attended?',
    'What did Wang Yi say when he met Nikolai Patrushev?',
    'Where was the meeting held?',
    'How many countries joined the dialogue?',
    'What is the third proposal?',
    'Who is Boris Johnson?',
  ];
  for (const q of questions) briefing.ask(q);
  report('ask: example article, mixed questions (warm)', await timeIt(2000, (i) => briefing.ask(questions[i % questions.length])), 'p99 < 10 ms');

  const bin = join(root, 'bin', 'briefbot.js');
  report(
    'cli: `briefbot brief <example> --format json` cold start',
    await timeIt(10, () => execFileSync(process.execPath, [bin, 'brief', examplePath, '--format', 'json'], { stdio: 'pipe' })),
    '< 1 s',
  );
}
