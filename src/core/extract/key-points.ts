// Picks 3–6 key points: whole sentences ranked by position, by how central their words are to the
// article, and by how many names they carry; near-duplicates are dropped; reading order is kept.

import type { Sentence } from './sentences.js';

const STOP = new Set('the a an and or but of to in on at for from by with as is are was were be been has have had that this these those it its he she they his her their which who will would should can could also said says not no than then there into about over after before while'.split(' '));

const contentWords = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)?.filter((w) => w.length > 2 && !STOP.has(w)) ?? [];

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

export function pickKeyPoints(sentences: readonly Sentence[], title: string | null): string[] {
  // Key points come from the opening of a report: score (and count words over) its first sentences.
  const lead = sentences.slice(0, 400);
  const words = lead.map((s) => new Set(contentWords(s.text)));
  const df = new Map<string, number>();
  for (const set of words) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const titleWords = new Set(contentWords(title ?? ''));
  const eligible = lead.filter((s) => {
    const n = s.text.split(/\s+/).length;
    return n >= 8 && n <= 90 && /[.!?]["'”’)]*$/.test(s.text);
  });
  const scored = eligible.map((s) => {
    const set = words[s.index];
    const centrality = [...set].reduce((sum, w) => sum + Math.log(1 + (df.get(w) ?? 1)), 0) / Math.sqrt(set.size || 1);
    const names = (s.text.match(/(?<![.!?]\s|^)\b\p{Lu}[\p{L}-]+/gu) ?? []).length / Math.sqrt(s.text.split(/\s+/).length);
    const titleHits = [...set].filter((w) => titleWords.has(w)).length;
    const position = 1 / (1 + 0.25 * s.index);
    return { s, score: position * 3 + centrality * 0.6 + names * 0.8 + titleHits * 0.5 };
  });
  const want = Math.max(3, Math.min(6, Math.round(lead.length / 3)));
  const chosen: Sentence[] = [];
  for (const { s } of scored.sort((a, b) => b.score - a.score)) {
    if (chosen.length >= want) break;
    if (chosen.some((c) => jaccard(words[c.index], words[s.index]) >= 0.5)) continue;
    chosen.push(s);
  }
  return chosen.sort((a, b) => a.index - b.index).map((s) => s.text);
}
