// Articles are read in a worker thread with a deadline, off the event loop that acks Slack and Discord.
import { describe, expect, it } from 'vitest';
import { briefText } from '../../src/core/briefing.js';
import { briefAnalysis } from '../../src/core/briefing.js';
import { readOffThread } from '../../src/library/off-thread.js';

const TEXT = 'Envoys meet in Oslo\n\nSpecial Envoy Kari Nordmann of Norway hosted the Arctic talks in Oslo on Friday with delegates from Iceland and Finland.';

describe('readOffThread', () => {
  it('gives the same card as reading in this thread', async () => {
    const here = await briefText(TEXT);
    const there = briefAnalysis(await readOffThread({ text: TEXT, url: null }));
    expect(there.card).toEqual(here.card);
    expect(there.ask('Who is Kari Nordmann?').answer).toBe(here.ask('Who is Kari Nordmann?').answer);
  });

  it('leaves the event loop free while a large article is read', async () => {
    const big = `Long report\n\n${'The ministers met in Geneva on Monday and agreed to cut tariffs on grain by half within five years. '.repeat(15_000)}`;
    const order: string[] = [];
    const reading = readOffThread({ text: big, url: null }).then(() => order.push('read'));
    setTimeout(() => order.push('tick'), 0);
    await reading;
    expect(order).toEqual(['tick', 'read']);
  });

  it('abandons a reading that passes its deadline, and refuses bad input plainly', async () => {
    const big = `Long report\n\n${'He proposed a plan. First, go. '.repeat(50_000)}`;
    await expect(readOffThread({ text: big, url: null }, 50)).rejects.toThrow(/took longer than .* abandoned/);
    await expect(readOffThread({ text: 'too short', url: null })).rejects.toThrow(/no article text found/);
  });
});
