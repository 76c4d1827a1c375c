import { buildArticle, type Article } from '../../../src/core/article.js';
import type { Digest } from '../../../src/core/digest.js';
import type { Clock } from '../../../src/core/ports/clock.js';
import type { FoundQuote, SpeakerKind } from '../../../src/core/quote.js';
import { readSeedArticle } from '../../support/corpus.js';

/** A clock that moves one minute on every reading, so "newest" is never a tie. */
export function steppingClock(start = '2026-01-01T00:00:00.000Z'): Clock {
  let t = Date.parse(start);
  return {
    now: () => {
      const d = new Date(t);
      t += 60_000;
      return d;
    },
  };
}

export function makeArticle(title: string, paragraphs: string[], options: { url?: string | null; publishedAt?: string | null } = {}): Article {
  return buildArticle({
    title,
    url: options.url ?? null,
    publishedAt: options.publishedAt ?? null,
    source: options.url ?? `${title}.txt`,
    blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
  });
}

/** The quote whose text is the `nth` occurrence of `text` in the article, with verbatim offsets. */
export function quoteOf(
  article: Article,
  text: string,
  speaker: string,
  options: { role?: string | null; kind?: SpeakerKind; aliases?: string[]; fragment?: boolean; nth?: number } = {},
): FoundQuote {
  let start = -1;
  for (let i = 0; i <= (options.nth ?? 0); i += 1) start = article.text.indexOf(text, start + 1);
  if (start < 0) throw new Error(`"${text}" is not in the article "${article.title}"`);
  return {
    speaker,
    role: options.role ?? null,
    text,
    start,
    end: start + text.length,
    fragment: options.fragment ?? text.trim().split(/\s+/u).length <= 3,
    speakerKind: options.kind ?? 'person',
    speakerAliases: options.aliases ?? [],
  };
}

export function digestOf(article: Article, quotes: FoundQuote[], options: { engine?: string; tldr?: string; keyQuotes?: FoundQuote[] } = {}): Digest {
  const contract = (q: FoundQuote) => ({ speaker: q.speaker, role: q.role, text: q.text, start: q.start, end: q.end });
  return {
    article: { id: article.id, title: article.title, url: article.url, words: article.words },
    engine: options.engine ?? 'extractive',
    tldr: options.tldr ?? article.text.split('. ')[0] ?? '',
    bullets: [],
    keyQuotes: (options.keyQuotes ?? quotes.filter((q) => !q.fragment)).map(contract),
    quotes: quotes.map(contract),
  };
}

/**
 * The seed article (../shared/corpus/putin-skips-ukraine-talks.txt) as an Article, with the quotes
 * its corpus README lists, built by hand at their offsets (the quote engine is tested elsewhere).
 */
export function seedArticleWithQuotes(): { article: Article; quotes: FoundQuote[] } {
  const [title = '', ...rest] = readSeedArticle().split(/\n\s*\n/u).map((b) => b.trim());
  const article = makeArticle(title, rest.filter((b) => b !== '' && b !== title), { publishedAt: '2025-05-15T09:00:00Z' });
  const z = { role: 'Ukrainian President', aliases: ['Zelenskyy', 'Ukrainian President Volodymyr Zelenskyy'] };
  const quotes = [
    quoteOf(article, 'pathetic,', 'Sergey Lavrov', { role: 'Foreign Minister', aliases: ['Lavrov'], fragment: true }),
    quoteOf(article, 'dummy,', 'Maria Zakharova', { role: 'Russian Foreign Ministry spokeswoman', fragment: true }),
    quoteOf(article, 'clown,', 'Maria Zakharova', { fragment: true }),
    quoteOf(article, 'loser', 'Maria Zakharova', { fragment: true }),
    quoteOf(article, 'decorative', 'Volodymyr Zelenskyy', { ...z, fragment: true }),
    quoteOf(article, 'We need to understand the level of the Russian delegation and what their mandate is,', 'Volodymyr Zelenskyy', z),
    quoteOf(article, 'From what we see, it looks more like a decorative deployment by Moscow.', 'Volodymyr Zelenskyy', z),
    quoteOf(article, 'within hours,', 'Donald Trump', { role: 'U.S. President', fragment: true }),
    quoteOf(article, 'meaningful progress,', 'Donald Trump', { fragment: true }),
    quoteOf(article, 'We’re impatient,', 'Marco Rubio', { role: 'U.S. Secretary of State', aliases: ['Rubio'], fragment: false }),
    quoteOf(article, 'We are open to any mechanism that can bring about a sustainable and just peace in Ukraine.', 'Marco Rubio'),
    quoteOf(article, 'Our delegation is at the highest level,', 'Volodymyr Zelenskyy', z),
    quoteOf(article, 'The Ministry of Foreign Affairs, the Office of the President, our military, and intelligence services are all present to pursue peace — if Russia is sincere.', 'Volodymyr Zelenskyy', z),
    quoteOf(article, 'The absence of Putin, Lavrov, or any top decision-makers tells you everything you need to know,', 'a European diplomat', { kind: 'unnamed' }),
    quoteOf(article, 'Russia came to show up, not to negotiate.', 'a European diplomat', { kind: 'unnamed' }),
  ];
  return { article, quotes };
}
