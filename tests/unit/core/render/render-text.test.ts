import { describe, expect, it } from 'vitest';
import type { Digest } from '../../../../src/core/digest.js';
import type { QuoteWithArticle } from '../../../../src/core/ports/article-store.js';
import { renderDigestText } from '../../../../src/core/render/render-digest-text.js';
import { renderNoQuotesText, renderQuotesText } from '../../../../src/core/render/render-quotes-text.js';

const quote = (text: string, articleId: string, title: string): QuoteWithArticle => ({
  speaker: 'Hillary Clinton', role: null, text, start: 0, end: text.length,
  articleId, articleTitle: title, articleUrl: `https://news.example/${articleId}`, articleDate: '2016-05-02T10:00:00Z', fragment: false,
});

const digest: Digest = {
  article: { id: 'a1', title: 'Council Keeps the Night Ferry', url: 'https://news.example/ferry', words: 312 },
  engine: 'extractive',
  tldr: 'The council kept the night ferry running through the winter.',
  bullets: ['Shift workers had complained for weeks.', 'A second crew will cover the extra hours.'],
  keyQuotes: [{ speaker: 'Amira Haddad', role: 'Council leader', text: 'We listened to the people who ride it,', start: 10, end: 49 }],
  quotes: [
    { speaker: 'Amira Haddad', role: 'Council leader', text: 'We listened to the people who ride it,', start: 10, end: 49 },
    { speaker: 'a ferry worker', role: null, text: 'finally', start: 80, end: 87 },
  ],
};

describe('plain-text rendering', () => {
  it('groups a speaker’s quotes under each article, trims the trailing comma and names others with that name', () => {
    const text = renderQuotesText('Hillary Clinton', [quote('It is time,', 'a2', 'Newer story'), quote('We will win.', 'a1', 'Older story')], [{ name: 'Bill Clinton', quotes: 2 }]);
    expect(text).toMatch(/^Hillary Clinton — 2 quotes\nAlso quoted under that name: Bill Clinton \(2\)\n/u);
    expect(text.indexOf('Newer story')).toBeLessThan(text.indexOf('Older story'));
    expect(text).toContain('“It is time”');
    expect(text).toContain('https://news.example/a2');
  });

  it('says who does have quotes when nobody by that name does', () => {
    expect(renderNoQuotesText('putin', [{ name: 'Volodymyr Zelenskyy', quotes: 5 }])).toBe('No quotes by putin. Closest speakers with quotes: Volodymyr Zelenskyy.\n');
    expect(renderNoQuotesText('<!channel>', [])).not.toContain('<!channel>');
  });

  it('renders a digest for a terminal with key quotes first and the rest after, roles kept', () => {
    const text = renderDigestText(digest, 'text');
    expect(text).toMatch(/^Council Keeps the Night Ferry\nhttps:\/\/news\.example\/ferry · 312 words · engine: extractive\n/u);
    expect(text).toContain('“We listened to the people who ride it” — Amira Haddad, Council leader');
    expect(text.indexOf('Key quotes')).toBeLessThan(text.indexOf('Also quoted'));
    expect(text).toContain('“finally” — a ferry worker');
  });

  it('renders Markdown with a linked title and quote blocks', () => {
    const md = renderDigestText(digest, 'markdown');
    expect(md).toMatch(/^# \[Council Keeps the Night Ferry\]\(https:\/\/news\.example\/ferry\)/u);
    expect(md).toContain('> “We listened to the people who ride it” — Amira Haddad, Council leader');
    expect(md).toContain('**TL;DR** The council kept the night ferry running through the winter.');
    expect(md).toContain('- Shift workers had complained for weeks.');
  });

  it('says so when an article has no direct quotes', () => {
    expect(renderDigestText({ ...digest, keyQuotes: [], quotes: [] })).toContain('No direct quotes in this article.');
  });
});
