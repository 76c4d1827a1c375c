import { z } from 'zod';
import type { Article } from '../core/article.js';
import { digestSchema, type Digest } from '../core/digest.js';
import { TidingsError } from '../core/errors.js';
import { isVerbatim, type FoundQuote } from '../core/quote.js';

const articleSchema = z.object({
  id: z.string().min(1),
  contentHash: z.string().min(1),
  title: z.string(),
  url: z.string().min(1).nullable(),
  text: z.string(),
  blocks: z.array(z.object({ kind: z.enum(['paragraph', 'heading']), start: z.number().int(), end: z.number().int() })),
  words: z.number().int().nonnegative(),
  publishedAt: z.string().nullable(),
  source: z.string(),
});

const foundQuoteSchema = z.object({
  speaker: z.string().trim().min(1),
  role: z.string().nullable(),
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  fragment: z.boolean(),
  speakerKind: z.enum(['person', 'unnamed', 'organization']),
  speakerAliases: z.array(z.string()),
});

const refuse = (article: { title?: unknown }, reason: string): TidingsError =>
  new TidingsError('INPUT_INVALID', `not stored: ${reason}`, { subject: typeof article.title === 'string' ? article.title : 'article' });

/**
 * Checks what `saveDigest` is given before anything is written: the shapes, the digest is this
 * article's, and every quote is the article's own text at its offsets.
 */
export function checkSaveDigestInput(article: Article, digest: Digest, quotes: readonly FoundQuote[]): void {
  const a = articleSchema.safeParse(article);
  if (!a.success) throw refuse(article, `the article is malformed (${a.error.issues[0]?.path.join('.')}: ${a.error.issues[0]?.message})`);
  const d = digestSchema.safeParse(digest);
  if (!d.success) throw refuse(article, `the digest is malformed (${d.error.issues[0]?.path.join('.')}: ${d.error.issues[0]?.message})`);
  if (digest.article.id !== article.id) throw refuse(article, `the digest is of article ${digest.article.id}, not ${article.id}`);
  quotes.forEach((quote, i) => {
    const q = foundQuoteSchema.safeParse(quote);
    if (!q.success) throw refuse(article, `quote ${i + 1} is malformed (${q.error.issues[0]?.path.join('.')}: ${q.error.issues[0]?.message})`);
    if (!isVerbatim(article.text, quote)) throw refuse(article, `quote ${i + 1} is not the article's text at ${quote.start}..${quote.end}`);
  });
}

/** True when a key quote of the digest is this quote (same span). */
export const isKeyQuote = (digest: Digest, quote: Pick<FoundQuote, 'start' | 'end'>): boolean =>
  digest.keyQuotes.some((k) => k.start === quote.start && k.end === quote.end);
