import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../../src/core/commands/types.js';
import type { Digest } from '../../../../src/core/digest.js';
import { renderSlackMessage, slackResponseType } from '../../../../src/platforms/slack/render-slack-reply.js';
import type { SlackMessage } from '../../../../src/platforms/slack/slack-blocks.js';
import { fiftyQuoteDigest, hostileDigest, sampleDigest, sampleQuotes } from '../../../fakes/slack-fixtures.js';
import { slackPings, textObjects } from '../../../fakes/slack-mentions.js';

/** Every Block Kit limit a message must respect, as a list of violations. */
function limitViolations(m: SlackMessage): string[] {
  const v: string[] = [];
  if (m.blocks.length > 50) v.push(`${m.blocks.length} blocks`);
  if (m.text.length === 0 || m.text.length > 40_000) v.push(`text ${m.text.length}`);
  for (const b of m.blocks) {
    if (b.type === 'header' && b.text.text.length > 150) v.push(`header ${b.text.text.length}`);
    if (b.type === 'section' && (b.text?.text.length ?? 0) > 3000) v.push(`section ${b.text?.text.length}`);
    if (b.type === 'context') {
      if (b.elements.length > 10) v.push(`context ${b.elements.length} elements`);
      for (const e of b.elements) if ('text' in e && typeof e.text === 'string' && e.text.length > 2000) v.push(`context text ${e.text.length}`);
    }
  }
  return v;
}

const digestReply = (digest: Digest): Reply => ({ kind: 'digest', text: `${digest.article.title}\n${digest.tldr}`, digest });
const allText = (m: SlackMessage) => textObjects(m).map((t) => t.text).join('\n');

describe('renderSlackMessage — digests', () => {
  it('shows the title as header, the TL;DR, bullets, quotes with speaker and role, and the source link', () => {
    const m = renderSlackMessage(digestReply(sampleDigest()));
    expect(m.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Putin skips Ukraine talks in Istanbul', emoji: true } });
    const text = allText(m);
    expect(text).toContain('*TL;DR* Putin stayed away');
    expect(text).toContain('• Zelenskyy flew to Ankara.');
    expect(text).toContain('“We are ready for peace, but not at any price” — *Volodymyr Zelenskyy*');
    expect(text).toContain('“Moscow is stalling again.” — *Andrii Sybiha*, Foreign Minister');
    expect(text).toContain('<https://news.example/putin-skips-talks|Putin skips Ukraine talks in Istanbul>');
    expect(text).toContain('engine: extractive');
    expect(limitViolations(m)).toEqual([]);
  });

  it('keeps a 50-quote article within every Block Kit limit and says how many quotes were left out', () => {
    const m = renderSlackMessage(digestReply(fiftyQuoteDigest()));
    expect(limitViolations(m)).toEqual([]);
    expect(allText(m)).toMatch(/…and \d+ more quotes/u);
    expect(m.blocks[0]?.type).toBe('header');
    expect(m.blocks.at(-1)?.type).toBe('context');
  });

  it('lets no article text ping anyone: <!channel>, @everyone, <@U…> and subteams show as typed', () => {
    const m = renderSlackMessage(digestReply(hostileDigest()));
    expect(slackPings(m)).toEqual([]);
    const text = allText(m);
    expect(text).toContain('&lt;');
    expect(text).toContain('!channel&gt;');
    expect(text).not.toContain('<https://evil.example|');
  });

  it('never turns a non-http source URL into a link (a URL of "!channel" would ping)', () => {
    const d = sampleDigest({ article: { id: 'x', title: 'T', url: '!channel', words: 1 } });
    const m = renderSlackMessage(digestReply(d));
    expect(allText(m)).not.toContain('<!channel');
    expect(slackPings(m)).toEqual([]);
  });

  it('holds the limits and pings no one for any text in any field (property)', () => {
    const str = fc.string({ unit: fc.constantFrom('a', ' ', '<', '>', '&', '!', '@', '|', 'é', '😀', 'channel', 'everyone', '\n', '*'), maxLength: 4000 });
    const quote = fc.record({ speaker: str, role: fc.option(str), text: str.filter((s) => s.length > 0), start: fc.nat(), end: fc.nat() });
    fc.assert(
      fc.property(str, str, fc.array(str, { maxLength: 40 }), fc.array(quote, { maxLength: 60 }), fc.option(fc.webUrl()), (title, tldr, bullets, quotes, url) => {
        const d = sampleDigest({ article: { id: 'p', title, url, words: 10 }, tldr, bullets, keyQuotes: quotes, quotes });
        const m = renderSlackMessage(digestReply(d));
        expect(limitViolations(m)).toEqual([]);
        expect(slackPings(m)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('renderSlackMessage — quotes, speakers, channel digests, text', () => {
  it('lists each quote with its speaker and its article title linked to the source', () => {
    const m = renderSlackMessage({ kind: 'quotes', text: 'Zelenskyy quotes', speaker: 'Volodymyr Zelenskyy', quotes: sampleQuotes(2) });
    expect(m.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Volodymyr Zelenskyy: 2 quotes' } });
    const text = allText(m);
    expect(text).toContain('— *Volodymyr Zelenskyy*, President');
    expect(text).toContain('<https://news.example/articles/0|Article 0 about the talks> · 2026-11-20');
    expect(text).toContain('<https://news.example/articles/1|Article 1 about the talks>');
  });

  it('fits 500 quotes in 50 blocks and counts the rest', () => {
    const m = renderSlackMessage({ kind: 'quotes', text: 'many', speaker: 'Volodymyr Zelenskyy', quotes: sampleQuotes(500) });
    expect(limitViolations(m)).toEqual([]);
    expect(allText(m)).toMatch(/…and \d+ more quotes/u);
  });

  it('lists speakers with their counts', () => {
    const m = renderSlackMessage({ kind: 'speakers', text: 'Speakers', heading: 'Most quoted', speakers: [{ name: 'Volodymyr Zelenskyy', quotes: 4 }, { name: 'Andrii Sybiha', quotes: 1 }] });
    expect(allText(m)).toContain('• *Volodymyr Zelenskyy* — 4 quotes\n• *Andrii Sybiha* — 1 quote');
  });

  it('shows full digests while they fit, then every other article under "More:" as a link', () => {
    const full = Array.from({ length: 12 }, (_, i) => ({ digest: fiftyQuoteDigest(), date: `2026-11-2${i % 10}` })).map((item, i) => ({
      ...item,
      digest: { ...item.digest, article: { ...item.digest.article, id: `a${i}`, title: `Story ${i}`, url: `https://news.example/${i}` } },
    }));
    const more = [{ title: 'Extra <!here> story', url: 'https://news.example/extra', articleId: 'e' }];
    const m = renderSlackMessage({ kind: 'channel-digest', text: 'Your digest', channelDigest: { full, more } });
    expect(limitViolations(m)).toEqual([]);
    const headers = m.blocks.filter((b) => b.type === 'header').length;
    expect(headers).toBeGreaterThanOrEqual(4);
    const text = allText(m);
    expect(text).toContain('*More:*');
    expect(text).toContain(`<https://news.example/11|Story 11>`);
    expect(text).toContain('<https://news.example/extra|Extra &lt;');
    expect(slackPings(m)).toEqual([]);
  });

  it('escapes plain text replies and splits long ones into sections', () => {
    const m = renderSlackMessage({ kind: 'text', text: `Usage: /quotes <speaker>\n${'line of help\n'.repeat(600)}` });
    expect(limitViolations(m)).toEqual([]);
    expect(allText(m)).toContain('/quotes &lt;speaker&gt;');
    expect(m.blocks.length).toBeGreaterThan(1);
  });

  it('answers errors and private notes to the asker only, digests and quotes to the channel', () => {
    expect(slackResponseType({ kind: 'error', text: 'Sorry — no' })).toBe('ephemeral');
    expect(slackResponseType({ kind: 'text', text: 'help', ephemeral: true })).toBe('ephemeral');
    expect(slackResponseType(digestReply(sampleDigest()))).toBe('in_channel');
    expect(slackResponseType({ kind: 'quotes', text: 'q', speaker: 's', quotes: [] })).toBe('in_channel');
  });
});
