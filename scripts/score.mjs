#!/usr/bin/env node
// `npm run score`: runs the shared scorer (../shared/tools/score.mjs) over ../shared/articles with the
// built CLI, prints its report, and compares the totals with the committed baseline
// (test/score-baseline.json). `--update-baseline` writes the new totals as the baseline;
// `--no-qa` skips the questions. The product never needs ../shared: only this script and its test do.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.BRIEFBOT_SHARED ?? join(root, '..', 'shared'));
const scorer = join(shared, 'tools', 'score.mjs');
const articles = join(shared, 'articles');
const baselineFile = join(root, 'test', 'score-baseline.json');
const args = process.argv.slice(2);

/** Metrics where a smaller number is better; every other metric must not fall. */
export const LOWER_IS_BETTER = new Set(['errors', 'proposalSpurious', 'boilerplateLeaks', 'keyPointWords', 'keyPointShare']);

if (!existsSync(scorer) || !existsSync(articles)) {
  console.error(`score: ${scorer} not found; put the shared folder beside the project (or set BRIEFBOT_SHARED).`);
  process.exit(2);
}

const run = (extra) =>
  execFileSync(process.execPath, [scorer, articles, ...extra], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, BRIEFBOT_CMD: `${process.execPath} ${join(root, 'bin', 'briefbot.js')}` },
  });

const report = JSON.parse(
  run(['--json', ...args.filter((a) => a === '--no-qa' || a.startsWith('--jobs')), ...(args.includes('--jobs') ? [args[args.indexOf('--jobs') + 1]] : [])]),
);
for (const r of report.results) {
  if (r.error) {
    console.log(`✗ ${r.name}: ${r.error}`);
    continue;
  }
  console.log(
    `${r.problems.length ? '•' : '✓'} ${r.name}: participants ${r.participants.tp}/${r.participants.gold} (+${r.participants.fp} extra), proposals ${r.proposals.got}/${r.proposals.gold}, qa ${r.qa.ok}/${r.qa.asked}`,
  );
  if (args.includes('--verbose')) for (const p of r.problems) console.log(`    ${p}`);
}
const totals = report.totals;
console.log(
  Object.entries(totals)
    .map(([k, v]) => `${k}=${v}`)
    .join(' '),
);

const baseline = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')) : null;
if (args.includes('--update-baseline')) {
  writeFileSync(baselineFile, `${JSON.stringify(totals, null, 2)}\n`);
  console.log(`baseline written to ${baselineFile}`);
} else if (baseline) {
  const worse = Object.entries(baseline).filter(
    ([k, v]) => k in totals && (args.includes('--no-qa') ? k !== 'qaAccuracy' : true) && (LOWER_IS_BETTER.has(k) ? totals[k] > v : totals[k] < v),
  );
  for (const [k, v] of worse) console.log(`below baseline: ${k} ${totals[k]} (baseline ${v})`);
  if (worse.length) process.exitCode = 1;
}
