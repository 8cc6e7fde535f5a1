// Cards carry the article's link and its image where the page has one.
import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/core/article/ingest.js';
import { briefArticle } from '../../src/core/briefing.js';
import { articleLinkComponents, cardEmbed } from '../../src/render/discord-embed.js';
import { cardBlocks } from '../../src/render/slack-blocks.js';

const page = (
  image: string,
) => `<html><head><title>Envoys meet in Oslo</title><meta property="og:image" content="${image}"></head><body><article><h1>Envoys meet in Oslo</h1>
<p>Special Envoy Kari Nordmann of Norway hosted the Arctic talks in Oslo on Friday with delegates from Iceland and Finland, who agreed to share ice data.</p></article></body></html>`;

describe('the article link and image on a card', () => {
  it('puts the page image in the Discord thumbnail and beside the Slack key points, with a "Read the article" button', async () => {
    const card = briefArticle(await parseArticleText(page('/img/oslo.jpg'), 'https://news.example/arctic/oslo', true)).card;
    expect(card.image).toBe('https://news.example/img/oslo.jpg');
    const embed = cardEmbed(card);
    expect(embed.url).toBe('https://news.example/arctic/oslo');
    expect(embed.thumbnail).toEqual({ url: 'https://news.example/img/oslo.jpg' });
    expect(articleLinkComponents(card)).toEqual([
      { type: 1, components: [{ type: 2, style: 5, label: 'Read the article', url: 'https://news.example/arctic/oslo' }] },
    ]);
    const json = JSON.stringify(cardBlocks(card).blocks);
    expect(json).toContain('"accessory":{"type":"image","image_url":"https://news.example/img/oslo.jpg"');
    expect(json).toContain('"text":"Read the article"},"url":"https://news.example/arctic/oslo"');
  });

  it('drops an image that is not an http(s) URL', async () => {
    const card = briefArticle(await parseArticleText(page('javascript:alert(1)'), 'https://news.example/a', true)).card;
    expect(card.image).toBeNull();
    expect(JSON.stringify(cardBlocks(card).blocks)).not.toContain('accessory');
  });
});
