#!/usr/bin/env node
// `node scripts/key-fact-bound.mjs [DIR]` (after `npm run build`): the most key facts any choice of key points could
// carry on the labelled articles (../shared/articles by default) at a given share of the article's words, with the
// sentences compressed as briefbot compresses them today. It answers one question about issue 17's targets: is a low
// coverage the choosing's fault, or does no choosing reach the target at that share?
//
// For each article, each sentence costs the words of its compressed form (the spans and names the card shows already
// gone, as the card cuts them; a sentence the card made a point of, that point's words exactly); the card's own first
// point, the lead, is always kept and paid for. (The card also cuts a stated count's list of items and a slug from a
// sentence it did not choose; those few sentences cost their words with them, a word or two more than the card's.) Knowing the gold,
// it finds for each article the cheapest sentences that carry 0, 1, 2 … of its facts (every subset of the sentences
// that hold one), then the best split of the corpus's word budget between articles (an exact knapsack). The share
// counts plain-text articles only, as the scorer's keyPointShare does; an HTML article's facts count as carried when
// any of its sentences holds them. Reads ../shared, which the product never needs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Per article: the least words that carry k of its facts, for k = 0 … facts (Infinity where no choice does). */
export function cheapest(costs, facts) {
  const best = new Array(facts.length + 1).fill(Number.POSITIVE_INFINITY);
  const useful = costs.filter((c) => c.carries.size > 0);
  if (useful.length > 20) throw new Error(`${useful.length} sentences hold a fact: too many to try every choice of`);
  for (let mask = 0; mask < 1 << useful.length; mask++) {
    let n = 0;
    const carried = new Set();
    for (let i = 0; i < useful.length; i++) {
      if (!(mask & (1 << i))) continue;
      n += useful[i].words;
      for (const f of useful[i].carries) carried.add(f);
    }
    if (n < best[carried.size]) best[carried.size] = n;
  }
  // Carrying more facts never needs fewer words than carrying fewer.
  for (let k = best.length - 2; k >= 0; k--) best[k] = Math.min(best[k], best[k + 1]);
  return best;
}

/** The most facts the articles' points carry in `room` words at most: each article carries `inLead` in its lead, and k more
 * for `best[k]` words; an exact knapsack over the articles. */
export function mostCarried(articles, room) {
  // most[w]: the most facts carried with w words at most, over the articles so far.
  let most = new Array(Math.max(room, 0) + 1).fill(0);
  for (const p of articles) {
    const next = most.map((m) => m + p.inLead);
    for (let k = 1; k < p.best.length; k++) {
      const cost = p.best[k];
      if (!Number.isFinite(cost)) continue;
      for (let w = cost; w < most.length; w++) next[w] = Math.max(next[w], most[w - cost] + p.inLead + k);
    }
    most = next;
  }
  return most.at(-1) ?? 0;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

async function main() {
  const dir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'articles'));
  const dist = join(root, 'dist', 'core');
  if (!existsSync(dir) || !existsSync(dist)) {
    console.error(`key-fact-bound: needs ${dir} and a build (npm run build).`);
    process.exit(2);
  }
  const { parseArticleText } = await import(join(dist, 'article', 'ingest.js'));
  const { analyzeArticle } = await import(join(dist, 'analysis.js'));
  const { compressSentence } = await import(join(dist, 'extract', 'compress.js'));
  const { KEY_POINT_SENTENCES } = await import(join(dist, 'extract', 'key-points.js'));
  const { mergeSpans, shownEventSpans, shownNames, shownTitleSpans, withoutSpans } = await import(join(dist, 'extract', 'shown-spans.js'));

  // As the scorer matches a fact's keywords: case and curly quotes aside.
  const norm = (s) =>
    String(s)
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"');
  const holds = (text, fact) => fact.keywords.every((k) => norm(text).includes(norm(k)));
  const words = (text) => text.split(/\s+/).filter(Boolean).length;

  const plain = [];
  let htmlFacts = 0;
  let htmlCarried = 0;
  let articleWords = 0;
  let leadWords = 0;
  for (const file of readdirSync(dir)
    .filter((f) => /\.(txt|html|md)$/.test(f))
    .sort()) {
    const goldFile = join(dir, file.replace(/\.(txt|html|md)$/, '.gold.json'));
    if (!existsSync(goldFile)) continue;
    const facts = JSON.parse(readFileSync(goldFile, 'utf8')).key_facts ?? [];
    const text = readFileSync(join(dir, file), 'utf8');
    const a = analyzeArticle(await parseArticleText(text, null, file.endsWith('.html')));
    if (file.endsWith('.html')) {
      htmlFacts += facts.length;
      htmlCarried += facts.filter((f) => a.sentences.some((s) => holds(s.text, f))).length;
      continue;
    }
    const body = a.sentences.slice(0, KEY_POINT_SENTENCES);
    const spans = mergeSpans(shownTitleSpans(body, a.participants), shownEventSpans(body, a.event));
    const names = shownNames(a.participants);
    const lead = a.keyPoints[0]?.text ?? '';
    const open = facts.filter((f) => !holds(lead, f));
    // (A sentence the card made a point of costs that point's words, exactly: a stated count's list or a slug it cut too.)
    const chosen = new Map(a.keyPoints.map((k) => [k.sentence, k.text]));
    const costs = body.map((s) => {
      const point = chosen.get(s.index) ?? compressSentence(withoutSpans(s.text, spans.get(s.index) ?? []), { shownNames: names });
      return { words: words(point), carries: new Set(open.map((f, i) => (holds(point, f) ? i : -1)).filter((i) => i >= 0)) };
    });
    articleWords += words(text);
    leadWords += words(lead);
    plain.push({ file, inLead: facts.length - open.length, best: cheapest(costs, open), facts: facts.length });
  }

  const totalFacts = plain.reduce((n, p) => n + p.facts, 0) + htmlFacts;
  console.log(`${plain.length} plain-text articles (${articleWords} words; the leads take ${leadWords}), ${totalFacts} facts in all`);
  for (const share of [0.2, 0.25, 0.3]) {
    const carried = mostCarried(plain, Math.floor(share * articleWords) - leadWords) + htmlCarried;
    console.log(
      `share ${share}: at most ${carried} of ${totalFacts} facts, keyFactCoverage ≤ ${(carried / totalFacts).toFixed(3)} (plain-text articles: ${carried - htmlCarried} of ${totalFacts - htmlFacts}; HTML: ${htmlCarried} of ${htmlFacts})`,
    );
  }
}
