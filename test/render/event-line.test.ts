// The event line of a card: name, place and day, as the card has them, starting with a capital.
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../src/core/article/plain-text.js';
import { briefArticle } from '../../src/core/briefing.js';
import { eventLine, sourceLine } from '../../src/render/card-text.js';

const card = briefArticle(parsePlainText('Jury meets the press\n\nThe jury faced journalists at the Hotel Park in Split on Sunday.')).card;

describe('eventLine', () => {
  it.each([
    [{ name: '27th Film Festival', location: 'the Hotel Park', date: 'Sunday' }, '27th Film Festival · the Hotel Park · Sunday'],
    [{ name: null, location: 'the Hotel Park', date: 'Sunday' }, 'The Hotel Park · Sunday'],
    [{ name: null, location: null, date: 'the evening of September 4' }, 'The evening of September 4'],
    [{ name: null, location: null, date: null }, null],
  ])('%j → %s', (event, line) => {
    expect(eventLine({ ...card, event })).toBe(line);
  });
});

describe('sourceLine: the day a page was published, as a reader writes it', () => {
  it.each([
    ['2026-02-18T07:00:00Z', 'Ledger · 18 February 2026'],
    ['2026-02-18T07:00:00+01:00', 'Ledger · 18 February 2026'],
    ['2026-02-18', 'Ledger · 18 February 2026'],
    ['18 February 2026', 'Ledger · 18 February 2026'],
    ['2026-13-40T07:00:00Z', 'Ledger · 2026-13-40T07:00:00Z'],
  ])('%s → %s', (published, line) => {
    expect(sourceLine({ ...card, source: 'Ledger', published, url: null })).toBe(line);
  });
});
