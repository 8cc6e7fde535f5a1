// Finds the proposals someone put forward: the count the text states ("four suggestions", "a
// four-point plan") and the items it lists, whatever the layout — semicolon or comma enumerations,
// parallel phrases ("a road to A, a road to B"), "First, … Second, …" sentences, numbered lists.

import { COUNT_WORD, parseCount, parseOrdinal } from './numbers.js';
import type { Sentence } from './sentences.js';

export interface Proposals {
  stated: number | null;
  items: string[];
  /** Sentences the count and the items were read from. */
  evidence: number[];
}

/** Someone putting ideas forward (not "the proposed pipeline", not shared goals "agreed"). */
const PROPOSING = /\b(?:(?<!\b(?:the|a|an)\s)propos(?:ed|es|e|ing)\b|put(?:s|ting)? forward|suggest(?:ed|s|ing)\b|recommend(?:ed|s|ing)\b|(?:offer|unveil|present|outlin|rais)(?:ed|es|s)\b[^.]{0,40}\b(?:proposals?|suggestions?|plan|initiative|ideas?)|\bproposals?\b|\bsuggestions?\b|\brecommendations?\b|\b\w+-point\b)/i;
const STATED = new RegExp(`\\b(${COUNT_WORD})(?:[- ]point)?\\s+(?:(?:\\w+\\s+)?(?:proposals|suggestions|recommendations|initiatives|measures|principles|ideas|points|priorities|steps|projects|actions|tasks|elements)\\b|(?:[\\w-]+\\s+){0,2}(?:plan|proposal|initiative|roadmap|agenda|framework|package)\\b)|\\b(${COUNT_WORD})[- ]point\\b`, 'i');
/** Where the listed items begin inside the proposing sentence. */
const LIST_OPENER = /\b(?:including|which (?:include[sd]?|were|are|is)|namely|as follows|such as)\b\s*:?\s*|:\s*/i;
const ORDINAL_OPENER = /^(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?\b\s*,?|(finally|lastly)\s*,|the (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?: \w+)? (?:is|was|calls for|concerns)\s*(?:to\s+)?)\s*/i;
const BULLET = /^(?:\(?\d{1,2}[.)]|[•●▪◦*–-]|\(?[a-h]\))\s+/;

const trimItem = (s: string) => s.replace(/^(?:and|or|to)\s+/i, '').replace(/\s*[.;,:]+\s*$/, '').replace(/\s+/g, ' ').trim();
const firstWord = (s: string) => s.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
const isGerund = (w: string) => w.length > 4 && /ing$/.test(w);

/** "A, B and C" split plainly: only trusted where a colon or a stated count vouches for a list. */
function plainItems(text: string): string[] {
  const parts = text.replace(/\s*[.!]\s*$/, '').split(/,\s*(?:and\s+|or\s+)?/).map((p) => p.trim()).filter(Boolean);
  const last = parts.pop() ?? '';
  const tail = last.split(/\s+(?:and|or)\s+/);
  return [...parts, ...(parts.length ? tail : [last])].map(trimItem).filter(Boolean);
}

/** Splits an enumeration written inside one sentence; returns null when there is none. */
export function splitEnumeration(text: string): string[] | null {
  const body = text.replace(/\s*[.!]\s*$/, '');
  if (body.includes(';')) {
    const parts = body.split(/;\s*/).map(trimItem).filter(Boolean);
    return parts.length >= 2 ? parts : null;
  }
  const parts = body.split(/,\s*(?:and\s+|or\s+)?/).map((p) => p.trim()).filter(Boolean);
  return parallelItems(parts) ?? gerundItems(parts);
}

/** "…on a road to A, a road to B, and a road to C": items that open with the same words. */
function parallelItems(parts: string[]): string[] | null {
  if (parts.length < 3) return null;
  const tail = parts.slice(1).map((p) => p.toLowerCase().split(/\s+/));
  let n = 0;
  while (n < 4 && tail.every((w) => w.length > n + 1 && w[n] === tail[0][n])) n++;
  if (n < 2) return null;
  const prefix = tail[0].slice(0, n).join(' ');
  const at = parts[0].toLowerCase().lastIndexOf(prefix);
  const head = at >= 0 ? parts[0].slice(at) : null;
  return [...(head ? [head] : []), ...parts.slice(1)].map(trimItem);
}

/** "cementing A, steering clear of B and giving C": items that each open with a verb in -ing. */
function gerundItems(parts: string[]): string[] | null {
  if (!parts.length || !isGerund(firstWord(parts[0]))) return null;
  const items: string[] = [];
  for (const part of parts) {
    const pieces = part.split(/\s+and\s+(?=\w+ing\b)/);
    for (const piece of pieces) {
      if (isGerund(firstWord(piece)) || !items.length) items.push(piece);
      else items[items.length - 1] += `, ${piece}`;
    }
  }
  return items.length >= 2 ? items.map(trimItem) : null;
}

/** "First, … Second, … Finally, …" in the sentences after a proposing sentence. */
function ordinalItems(sentences: readonly Sentence[], from: number): { items: string[]; at: number[] } {
  const items: string[] = [], at: number[] = [];
  let gap = 0;
  for (const s of sentences.slice(from + 1)) {
    const m = ORDINAL_OPENER.exec(s.text);
    const n = m ? (m[2] || m[3] === 'last' ? items.length + 1 : parseOrdinal(m[1] ?? m[3] ?? '')) : null;
    if (m && n === items.length + 1 && (items.length > 0 || n === 1)) {
      items.push(trimItem(s.text.slice(m[0].length)));
      at.push(s.index);
      gap = 0;
      if (m[2]) break;
      continue;
    }
    if (++gap > 8) break;
  }
  return { items, at };
}

/** Numbered or bulleted paragraphs right after the proposing sentence's paragraph. */
function bulletItems(sentences: readonly Sentence[], from: number): { items: string[]; at: number[] } {
  const items: string[] = [], at: number[] = [];
  const start = sentences[from].paragraph;
  for (const s of sentences.slice(from + 1)) {
    if (s.paragraph === start) continue;
    if (!BULLET.test(s.text)) { if (items.length) break; if (s.paragraph > start + 1) break; continue; }
    items.push(trimItem(s.text.replace(BULLET, '')));
    at.push(s.index);
  }
  return { items, at };
}

function statedIn(text: string): number | null {
  const m = STATED.exec(text);
  return m ? parseCount(m[1] ?? m[2]) : null;
}

export function findProposals(sentences: readonly Sentence[], title: string | null = null): Proposals {
  let stated: number | null = null;
  const evidence = new Set<number>();
  const lists: Array<{ items: string[]; at: number[] }> = [];
  for (const s of sentences) {
    const trigger = PROPOSING.exec(s.text);
    if (!trigger) continue;
    const count = statedIn(s.text);
    if (count !== null) { stated ??= count; evidence.add(s.index); }
    const after = s.text.slice(trigger.index + trigger[0].length);
    const opener = LIST_OPENER.exec(after);
    const listed = opener ? after.slice(opener.index + opener[0].length) : after;
    let inline = splitEnumeration(listed);
    if (!inline && opener) {
      const plain = plainItems(listed);
      if (plain.length === count || (count === null && opener[0].trim() === ':' && plain.length >= 3)) inline = plain;
    }
    if (inline && (opener || count === null || inline.length <= count)) lists.push({ items: inline, at: [s.index] });
    for (const found of [ordinalItems(sentences, s.index), bulletItems(sentences, s.index)]) if (found.items.length) lists.push(found);
  }
  if (stated === null && title && PROPOSING.test(title)) stated = statedIn(title);
  if (!lists.length) return { stated, items: [], evidence: [...evidence] };
  // Prefer the list whose length is nearest the stated count, then the longer, then the earlier.
  const best = [...lists].sort((a, b) => (stated === null ? 0 : Math.abs(a.items.length - stated) - Math.abs(b.items.length - stated)) || b.items.length - a.items.length || a.at[0] - b.at[0])[0];
  for (const i of best.at) evidence.add(i);
  const items = best.items.map((it) => it.charAt(0).toUpperCase() + it.slice(1));
  return { stated, items, evidence: [...evidence].sort((a, b) => a - b) };
}
