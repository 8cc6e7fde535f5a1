// Generated from the question-type table: every example of an entry is classified as that entry.
import { describe, expect, it } from 'vitest';
import { INTENTS, classify } from '../../../src/core/ask/intents.js';

describe('question types (from the table in intents.ts)', () => {
  const cases = INTENTS.flatMap((rule) => rule.examples.map((q) => [rule.kind, q] as const));
  it.each(cases)('%s ← %s', (kind, question) => {
    expect(classify(question).kind).toBe(kind);
  });

  it('does not depend on the order of the table: priorities are distinct', () => {
    const priorities = INTENTS.map((r) => r.priority);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it('reads the slots: who, which item, what about', () => {
    expect(classify('What is the second pillar of the strategy?')).toMatchObject({ kind: 'proposals', nth: 2 });
    expect(classify('What is point (c)?')).toMatchObject({ kind: 'proposals', nth: 3 });
    expect(classify('What is the last step?')).toMatchObject({ kind: 'proposals', nth: -1 });
    expect(classify('What is option B?')).toMatchObject({ kind: 'proposals', nth: 2 });
    // (A letter the question goes on after is an article: "option a council backed" names no item.)
    expect(classify('Which option a council member backed won?')).not.toMatchObject({ nth: 1 });
    expect(classify('What did Rojas say about the expansion?')).toMatchObject({ kind: 'said', who: 'Rojas', about: ' about the expansion' });
    expect(classify("Who was sent in Rojas's place?").kind).toBe('search');
    expect(classify('Who is injured?').kind).toBe('search');
    expect(classify('Who is buying Halvex?').kind).toBe('search');
    // (Who will attend, asked with nothing more, is who the card lists; of a meeting the question names, its sentence says.)
    expect(classify('Who is taking part?').kind).toBe('participants');
    expect(classify('Who will attend the next summit?').kind).toBe('search');
    expect(classify('Who is Whiting?')).toMatchObject({ kind: 'identity', who: 'Whiting' });
    expect(classify('Where is the money coming from?').kind).not.toBe('identity');
    // (Nor where an act was done from: "launched from", "fired from".)
    for (const q of ['Where was it launched from?', 'Where were they fired from?', 'Where was the money sent from?']) expect(classify(q).kind, q).toBe('where');
    expect(classify('Where is Roy from?')).toMatchObject({ kind: 'identity', who: 'Roy' });
  });

  it('reads "What does the law do?" as what a thing does, and "What does the minister do?" as an office\'s job', () => {
    for (const q of ['What does the law do?', 'What does the new rent cap do?', 'What does this scheme do?']) expect(classify(q).kind, q).toBe('search');
    expect(classify('What does the minister do?')).toMatchObject({ kind: 'identity', who: 'the minister' });
    expect(classify('What does Ana Roy do?')).toMatchObject({ kind: 'identity', who: 'Ana Roy' });
    // (… and where a thing comes from, not where someone is from.)
    expect(classify('Where does the money come from?').kind).not.toBe('identity');
    expect(classify('Where is the minister from?')).toMatchObject({ kind: 'identity', who: 'the minister' });
  });

  it('reads "proposed" before a noun as an adjective ("the proposed fine"), not as a question about proposals', () => {
    expect(classify('What was the original proposed fine?').kind).not.toBe('proposals');
    expect(classify('How big is the proposed merger?').kind).not.toBe('proposals');
    expect(classify('What was proposed?').kind).toBe('proposals');
  });

  it('reads a question of when, where or why about "the final decision" as that, not as one asking for the last item', () => {
    expect(classify('When will the final decision come?').kind).toBe('when');
    expect(classify('Where will the final round be held?').kind).toBe('where');
    expect(classify('What is the final decision?').kind).toBe('proposals');
  });
});
