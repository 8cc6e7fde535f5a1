// The event line of a card: name, place and day, as the card has them, starting with a capital.
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../src/core/article/plain-text.js';
import { briefArticle } from '../../src/core/briefing.js';
import { eventLine } from '../../src/render/card-text.js';

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
