import { describe, expect, it } from 'vitest';
import { findEvent } from '../../../src/core/extract/event.js';
import { sentencesOf } from './helpers.js';

describe('findEvent', () => {
  it('reads the named event, its venue and its date', () => {
    const e = findEvent(sentencesOf('Ministers gathered for the 5th Meeting of Arctic Council Ministers in Tromso, Norway, which began on Tuesday.'));
    expect(e).toMatchObject({ name: '5th Meeting of Arctic Council Ministers', location: 'Tromso, Norway', date: 'Tuesday' });
  });

  it('skips capitalised adjectives and events as places, and uses the dateline as a fallback', () => {
    const e = findEvent(sentencesOf('The situation in Arab countries was discussed at the Japan-China Summit Meeting.'), 'CAIRO');
    expect(e.location).toBe('Cairo');
  });

  it('does not take an organisation acronym for a place', () => {
    expect(findEvent(sentencesOf('Leaders met at the annual summit to expand trade in APEC.')).location).toBeNull();
  });

  it('adds the dateline city to a venue such as "the White House"', () => {
    expect(findEvent(sentencesOf("Leaders met for a North American Leaders' Summit at the White House on Thursday."), 'Washington').location).toBe(
      'White House, Washington',
    );
  });
});
