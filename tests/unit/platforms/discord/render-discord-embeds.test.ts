import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChannelDigest, Reply } from '../../../../src/core/commands/types.js';
import type { Digest } from '../../../../src/core/digest.js';
import type { QuoteWithArticle } from '../../../../src/core/ports/article-store.js';
import { DISCORD_LIMITS, embedLength, totalEmbedLength } from '../../../../src/platforms/discord/embed-limits.js';
import { renderChannelDigestEmbeds } from '../../../../src/platforms/discord/render-channel-digest-embeds.js';
import { renderDigestEmbed } from '../../../../src/platforms/discord/render-digest-embed.js';
import { renderDiscordReply, type DiscordMessage } from '../../../../src/platforms/discord/render-discord-reply.js';
import { renderQuotesEmbed } from '../../../../src/platforms/discord/render-quotes-embed.js';

const long = (word: string, n: number): string => Array.from({ length: n }, () => word).join(' ');

function digestWithQuotes(n: number, options: { id?: string; text?: string; title?: string } = {}): Digest {
  const quotes = Array.from({ length: n }, (_, i) => ({
    speaker: `Speaker Number ${i}`,
    role: i % 3 === 0 ? 'Deputy Minister for Long Titles and Further Responsibilities' : null,
    text: options.text ?? `${long('words', 60)} number ${i}`,
    start: i * 1000,
    end: i * 1000 + 400,
  }));
  return {
    article: { id: options.id ?? 'a1', title: options.title ?? long('Headline', 40), url: 'https://news.example.com/story?id=1', words: 12345 },
    engine: 'extractive',
    tldr: long('Summary', 200),
    bullets: Array.from({ length: 8 }, (_, i) => `${long('bullet', 80)} ${i}`),
    keyQuotes: quotes.slice(0, 3),
    quotes,
  };
}

/** Every limit Discord enforces on a message with embeds. */
function expectWithinLimits(message: Pick<DiscordMessage, 'content' | 'embeds'>): void {
  expect(message.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
  expect(totalEmbedLength(message.embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
  for (const e of message.embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
  }
}

describe('Discord digest embeds', () => {
  it('links the title to the article, puts TL;DR and bullets in the description and quotes in fields', () => {
    const digest: Digest = {
      article: { id: 'x', title: 'Putin skips Ukraine talks', url: 'https://example.com/putin', words: 800 },
      engine: 'extractive',
      tldr: 'Putin stayed away.',
      bullets: ['Talks went ahead without him.'],
      keyQuotes: [{ speaker: 'Volodymyr Zelenskyy', role: 'President', text: 'We are ready,', start: 0, end: 14 }],
      quotes: [{ speaker: 'Volodymyr Zelenskyy', role: 'President', text: 'We are ready,', start: 0, end: 14 }],
    };
    const embed = renderDigestEmbed(digest);
    expect(embed).toMatchObject({ title: 'Putin skips Ukraine talks', url: 'https://example.com/putin' });
    expect(embed.description).toBe('**TL;DR** Putin stayed away.\n\n• Talks went ahead without him.');
    expect(embed.fields).toEqual([{ name: 'Volodymyr Zelenskyy, President', value: '“We are ready”' }]);
    expect(embed.footer?.text).toBe('800 words · extractive');
  });

  it('keeps a 50-quote digest within every embed limit and says how many quotes did not fit', () => {
    const message = renderDiscordReply({ kind: 'digest', text: 'fallback', digest: digestWithQuotes(50) });
    expectWithinLimits(message);
    const embed = message.embeds[0]!;
    expect(embed.fields!.length).toBeGreaterThan(3);
    expect(embed.footer?.text).toMatch(new RegExp(`…and ${50 - embed.fields!.length} more quotes$`, 'u'));
    expect(embed.fields![0]!.name).toBe('Speaker Number 0, Deputy Minister for Long Titles and Further Responsibilities');
  });

  it('shows 25 short quotes at most, and counts the rest', () => {
    const embed = renderDigestEmbed(digestWithQuotes(40, { text: 'Short.' }));
    expect(embed.fields).toHaveLength(25);
    expect(embed.footer?.text).toContain('…and 15 more quotes');
  });

  it('leaves the link off when the article URL is not http(s)', () => {
    const digest = digestWithQuotes(1);
    digest.article.url = 'javascript:alert(1)';
    expect(renderDigestEmbed(digest).url).toBeUndefined();
  });

  it('stays within the given budget for any digest', () => {
    const quote = fc.record({
      speaker: fc.string({ minLength: 1, maxLength: 400 }),
      role: fc.option(fc.string({ maxLength: 400 })),
      text: fc.string({ minLength: 1, maxLength: 3000 }),
      start: fc.nat(),
      end: fc.nat(),
    });
    const digest = fc.record({
      article: fc.record({ id: fc.string({ minLength: 1 }), title: fc.string({ maxLength: 600 }), url: fc.option(fc.webUrl()), words: fc.nat() }),
      engine: fc.constantFrom('extractive', 'llm:gpt-4o-mini'),
      tldr: fc.string({ maxLength: 6000 }),
      bullets: fc.array(fc.string({ maxLength: 800 }), { maxLength: 12 }),
      keyQuotes: fc.array(quote, { maxLength: 5 }),
      quotes: fc.array(quote, { maxLength: 60 }),
    });
    fc.assert(
      fc.property(digest, fc.integer({ min: 600, max: 6000 }), (d, budget) => {
        const embed = renderDigestEmbed(d, budget);
        expect(embedLength(embed)).toBeLessThanOrEqual(budget);
        expectWithinLimits({ content: '', embeds: [embed] });
      }),
      { numRuns: 200 },
    );
  });
});

describe('Discord channel digest embeds', () => {
  const item = (i: number) => ({ digest: digestWithQuotes(30, { id: `a${i}`, title: `Story ${i} ${long('long', 30)}` }), date: '2026-11-24T10:00:00Z' });

  it('renders one embed per full digest and a "More articles" embed, all within 6,000 characters', () => {
    const channelDigest: ChannelDigest = {
      full: [item(1), item(2), item(3)],
      more: Array.from({ length: 200 }, (_, i) => ({ title: `Other story ${i} ${long('more', 20)}`, url: `https://example.com/${i}`, articleId: `m${i}` })),
    };
    const message = renderDiscordReply({ kind: 'channel-digest', text: 'Digest: 203 new articles\n\n…', channelDigest });
    expectWithinLimits(message);
    expect(message.content).toBe('Digest: 203 new articles');
    expect(message.embeds).toHaveLength(4);
    expect(message.embeds.slice(0, 3).map((e) => e.url)).toEqual(Array(3).fill('https://news.example.com/story?id=1'));
    const more = message.embeds[3]!;
    expect(more.title).toBe('More articles');
    expect(more.description).toMatch(/^• \[Other story 0 /u);
    expect(more.description).toMatch(/…and \d+ more$/u);
  });

  it('moves full digests beyond what fits into the links', () => {
    const channelDigest: ChannelDigest = { full: Array.from({ length: 14 }, (_, i) => item(i)), more: [] };
    const embeds = renderChannelDigestEmbeds(channelDigest);
    expectWithinLimits({ content: '', embeds });
    expect(embeds.at(-1)!.title).toBe('More articles');
    expect(embeds.at(-1)!.description).toContain('Story 13');
  });
});

describe('Discord quotes embed', () => {
  const quote = (i: number, text = `We will not give up ${i}.`): QuoteWithArticle => ({
    speaker: 'Volodymyr Zelenskyy',
    role: 'President',
    text,
    start: 0,
    end: text.length,
    articleId: `a${i}`,
    articleTitle: `Talks [day ${i}]`,
    articleUrl: `https://example.com/talks(${i})`,
    articleDate: '2026-11-2' + String(i % 10) + 'T08:00:00Z',
    fragment: false,
  });

  it('gives each quote a field with the speaker, the quote and a link to its article', () => {
    const embed = renderQuotesEmbed('Volodymyr Zelenskyy', [quote(1)]);
    expect(embed.title).toBe('Quotes by Volodymyr Zelenskyy');
    expect(embed.fields).toEqual([
      { name: 'Volodymyr Zelenskyy, President', value: '“We will not give up 1.”\n— [Talks \\[day 1\\]](https://example.com/talks%281%29) · 2026-11-21' },
    ]);
  });

  it('keeps many long quotes within limits and counts what did not fit', () => {
    const quotes = Array.from({ length: 60 }, (_, i) => quote(i, long('freedom', 200)));
    const message = renderDiscordReply({ kind: 'quotes', text: 'x', speaker: 'Volodymyr Zelenskyy', quotes });
    expectWithinLimits(message);
    expect(message.embeds[0]!.footer?.text).toMatch(/^…and \d+ more quotes$/u);
  });
});

describe('Discord replies never ping', () => {
  const hostile = 'Breaking @everyone and @here: <@123> met <@&456> and <@!789>';

  it.each<[string, Reply]>([
    ['text', { kind: 'text', text: hostile }],
    ['error', { kind: 'error', text: hostile }],
    ['digest', { kind: 'digest', text: hostile, digest: { ...digestWithQuotes(2, { text: hostile, title: hostile }), tldr: hostile, bullets: [hostile] } }],
    ['quotes', { kind: 'quotes', text: hostile, speaker: hostile, quotes: [{ speaker: hostile, role: hostile, text: hostile, start: 0, end: 1, articleId: 'a', articleTitle: hostile, articleUrl: null, articleDate: '2026-11-24', fragment: false }] }],
    ['speakers', { kind: 'speakers', text: hostile, heading: hostile, speakers: [{ name: hostile, quotes: 2 }] }],
    ['channel-digest', { kind: 'channel-digest', text: hostile, channelDigest: { full: [{ digest: { ...digestWithQuotes(1, { text: hostile, title: hostile }), tldr: hostile }, date: '2026-11-24' }], more: [{ title: hostile, url: null, articleId: 'b' }] } }],
  ])('defuses mentions in a %s reply', (_kind, reply) => {
    const rendered = JSON.stringify(renderDiscordReply(reply));
    expect(rendered).toContain('everyone');
    expect(rendered).not.toMatch(/@everyone|@here|<@\d|<@&|<@!/u);
  });
});
