import type { Digest } from '../../src/core/digest.js';
import type { QuoteWithArticle } from '../../src/core/ports/article-store.js';

type Q = Digest['quotes'][number];

const quote = (i: number, speaker: string, text: string): Q => ({ speaker, role: i % 2 ? 'Foreign Minister' : null, text, start: i * 100, end: i * 100 + text.length });

/** A small, ordinary digest. */
export function sampleDigest(overrides: Partial<Digest> = {}): Digest {
  const quotes = [quote(2, 'Volodymyr Zelenskyy', 'We are ready for peace, but not at any price,'), quote(1, 'Andrii Sybiha', 'Moscow is stalling again.')];
  return {
    article: { id: 'art-1', title: 'Putin skips Ukraine talks in Istanbul', url: 'https://news.example/putin-skips-talks', words: 812 },
    engine: 'extractive',
    tldr: 'Putin stayed away from the Istanbul talks and sent a junior delegation.',
    bullets: ['Zelenskyy flew to Ankara.', 'The Kremlin named Vladimir Medinsky to lead its team.'],
    keyQuotes: quotes,
    quotes,
    ...overrides,
  };
}

/** An article with 50 long quotes, 30 long bullets and a 400-character title: every limit is tested. */
export function fiftyQuoteDigest(): Digest {
  const quotes = Array.from({ length: 50 }, (_, i) => quote(i, `Speaker Number ${i} With A Long Name`, `${'This is a long and winding quoted sentence. '.repeat(8)}(${i})`));
  return sampleDigest({
    article: { id: 'art-50', title: 'A very long headline '.repeat(20), url: 'https://news.example/fifty', words: 25_000 },
    tldr: 'A summary that goes on. '.repeat(200),
    bullets: Array.from({ length: 30 }, (_, i) => `Bullet ${i}: ${'detail after detail '.repeat(30)}`),
    keyQuotes: quotes,
    quotes,
  });
}

/** Article text trying to ping everybody, in every field. */
export function hostileDigest(): Digest {
  const q = quote(1, '<!here> @everyone', 'Attention <!channel> and @everyone, also <@U0ADMIN01> and <!subteam^S123|devs>');
  return sampleDigest({
    article: { id: 'art-evil', title: '@everyone <!channel> read this', url: 'https://news.example/evil?a=1&b=<2>', words: 120 },
    tldr: 'Hey @here and <!channel>: <@U0ADMIN01> said so.',
    bullets: ['<!everyone> ping', 'also @channel', 'a <https://evil.example|fake link>'],
    keyQuotes: [q],
    quotes: [q],
  });
}

/** Quotes as the store returns them for /quotes. */
export function sampleQuotes(count: number, speaker = 'Volodymyr Zelenskyy'): QuoteWithArticle[] {
  return Array.from({ length: count }, (_, i) => ({
    speaker,
    role: 'President',
    text: `Quote number ${i}: ${'we will not give up our land '.repeat(10)}`,
    start: i * 10,
    end: i * 10 + 5,
    articleId: `art-${i}`,
    articleTitle: `Article ${i} about the talks`,
    articleUrl: `https://news.example/articles/${i}`,
    articleDate: '2026-11-20T10:00:00.000Z',
    fragment: false,
  }));
}
