import { describe, expect, it } from 'vitest';
import { localDate, localParts, zonedInstant } from '../../src/schedule/local-time.js';

const iso = (t: number) => new Date(t).toISOString();

describe('zonedInstant', () => {
  it('maps a local time to the right instant in winter and in summer', () => {
    expect(iso(zonedInstant('2026-01-15', '09:00', 'Europe/Berlin'))).toBe('2026-01-15T08:00:00.000Z');
    expect(iso(zonedInstant('2026-07-15', '09:00', 'Europe/Berlin'))).toBe('2026-07-15T07:00:00.000Z');
    expect(iso(zonedInstant('2026-07-15', '09:00', 'America/New_York'))).toBe('2026-07-15T13:00:00.000Z');
  });

  it('resolves a time skipped by spring-forward to just after the gap', () => {
    // Berlin jumps from 02:00 to 03:00 on 2026-03-29: 02:30 never shows on the clock.
    const t = zonedInstant('2026-03-29', '02:30', 'Europe/Berlin');
    expect(iso(t)).toBe('2026-03-29T01:30:00.000Z');
    expect(localParts(t, 'Europe/Berlin')).toMatchObject({ hour: 3, minute: 30 });
  });

  it('resolves a time repeated by fall-back to its first occurrence', () => {
    // Berlin's clocks show 02:30 twice on 2026-10-25 (CEST, then CET).
    expect(iso(zonedInstant('2026-10-25', '02:30', 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('reads local dates across the date line', () => {
    const t = Date.parse('2026-05-01T22:00:00Z');
    expect(localDate(t, 'Asia/Tokyo')).toBe('2026-05-02');
    expect(localDate(t, 'America/Los_Angeles')).toBe('2026-05-01');
  });
});
