import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../../src/core/article.js';
import { isVerbatim } from '../../../../src/core/quote.js';
import { verifyDigest } from '../../../../src/engines/llm/verify-digest.js';
import { verifySpeaker, type SpeakerView } from '../../../../src/engines/llm/verify-speaker.js';

const article = buildArticle({
  title: 'Port strike ends',
  source: 'test',
  blocks: [
    { kind: 'paragraph', text: 'Dockworkers in Rotterdam ended a 12-day strike on Monday after a pay deal.' },
    { kind: 'paragraph', text: '“We got what we came for,” said union leader Jan de Vries. “Now the ships can sail.”' },
    { kind: 'paragraph', text: 'Port director Anna Bakker said the backlog would take “at least a week” to clear.' },
  ],
});

const at = (text: string) => article.text.indexOf(text);
/** A hand-built view: de Vries said the first two quotes; nobody is credited with the third. */
const view: SpeakerView = {
  speakers: [
    { name: 'Jan de Vries', aliases: ['de Vries'], kind: 'person' },
    { name: 'Anna Bakker', aliases: ['Bakker'], kind: 'person' },
  ],
  attributeSpan: (start) => (start < at('Port director') ? { speaker: 'Jan de Vries', role: 'union leader', speakerKind: 'person' } : null),
  sameSpeaker: (a, b) => a.toLowerCase().endsWith(b.toLowerCase().split(' ').at(-1)!) || b.toLowerCase().endsWith(a.toLowerCase().split(' ').at(-1)!),
};
const fallback = { tldr: 'Extractive TL;DR.', bullets: ['Extractive bullet.'] };

describe('verifySpeaker', () => {
  it('lets the extractive attribution win over the model’s', () => {
    expect(verifySpeaker(view, 'Anna Bakker', at('We got'), at('We got') + 5)).toMatchObject({ ok: true, speaker: 'Jan de Vries', role: 'union leader', corrected: true });
  });
  it('accepts a named speaker by alias when the extractive engine has no attribution', () => {
    expect(verifySpeaker(view, 'Bakker', at('at least'), at('at least') + 5)).toMatchObject({ ok: true, speaker: 'Anna Bakker', corrected: false });
  });
  it('rejects a speaker the article never names', () => {
    expect(verifySpeaker(view, 'Mark Rutte', at('at least'), at('at least') + 5)).toEqual({ ok: false, reason: 'speaker_unknown' });
  });
});

describe('verifyDigest', () => {
  it('keeps supported prose and verbatim quotes, and reports every drop', () => {
    const r = verifyDigest(article, view, {
      tldr: 'Rotterdam dockworkers ended a 12-day strike.',
      bullets: ['The strike lasted 12 days.', 'It cost 40 million euros.', 'Mark Rutte welcomed the deal.'],
      quotes: [
        { speaker: 'Jan de Vries', text: 'We got what we came for' },
        { speaker: 'Jan de Vries', text: 'We got what we came for,' },
        { speaker: 'Anna Bakker', text: 'at least a week' },
        { speaker: 'Mark Rutte', text: 'Now the ships can sail.' },
        { speaker: 'Jan de Vries', text: 'The port is open again.' },
      ],
    }, fallback);
    expect(r.tldr).toBe('Rotterdam dockworkers ended a 12-day strike.');
    expect(r.bullets).toEqual(['The strike lasted 12 days.']);
    expect(r.quotes.map((q) => [q.speaker, q.text, q.fragment])).toEqual([
      ['Jan de Vries', 'We got what we came for,', false],
      ['Anna Bakker', 'at least a week', false],
      ['Jan de Vries', 'Now the ships can sail.', false],
    ]);
    for (const q of r.quotes) expect(isVerbatim(article.text, q)).toBe(true);
    expect(r.dropped.map((d) => d.reason).sort()).toEqual(['claim_name_unsupported', 'claim_number_unsupported', 'quote_duplicate', 'quote_not_verbatim']);
    expect(r.speakersCorrected).toBe(1);
  });

  it('falls back to the extractive TL;DR and bullets when none of the model’s survive', () => {
    const r = verifyDigest(article, view, { tldr: 'A 3-week strike ended.', bullets: ['Macron praised it.', ''], quotes: [] }, fallback);
    expect(r.tldr).toBe('Extractive TL;DR.');
    expect(r.bullets).toEqual(['Extractive bullet.']);
  });
});
