import { describe, expect, it } from 'vitest';
import { InFlight } from '../../src/adapters/in-flight.js';

describe('InFlight', () => {
  it('waits for work under way, then stops taking more', async () => {
    const errors: unknown[] = [];
    const inFlight = new InFlight((e) => errors.push(e));
    let finished = false;
    inFlight.track(
      new Promise<void>((r) =>
        setTimeout(() => {
          finished = true;
          r();
        }, 30),
      ),
    );
    await inFlight.drain(5_000);
    expect(finished).toBe(true);
    expect(inFlight.open).toBe(false);
    expect(errors).toEqual([]);
  });

  it('abandons work that outlives the shutdown deadline, and says so', async () => {
    const errors: Error[] = [];
    const inFlight = new InFlight((e) => errors.push(e as Error));
    inFlight.track(new Promise(() => undefined)); // never settles: a fetch that hangs
    await inFlight.drain(50);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/abandoned 1 task/)]);
  });
});
