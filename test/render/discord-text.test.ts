import { describe, expect, it } from 'vitest';
import { discordText } from '../../src/render/discord-embed.js';

describe('discordText (plain-text replies on Discord)', () => {
  it('escapes Markdown so an article title cannot become a masked link or format the reply', () => {
    const out = discordText('Articles: 1. [Click for your prize](https://evil.example/x) **urgent** `code` @everyone');
    expect(out).not.toMatch(/(?<!\\)\[Click/);
    expect(out).toContain('\\[Click for your prize\\](https://evil.example/x)');
    expect(out).toContain('\\*\\*urgent\\*\\*');
    expect(out).not.toContain('@everyone');
  });

  it('leaves bare URLs and ordinary punctuation readable', () => {
    expect(discordText('See https://example.org/a-b (page 2) - thanks.')).toBe('See https://example.org/a-b (page 2) - thanks.');
  });
});
