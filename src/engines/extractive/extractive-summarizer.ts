import type { Article } from '../../core/article.js';
import { EXTRACTIVE_ENGINE, type Digest } from '../../core/digest.js';
import type { Summarizer, SummaryResult } from '../../core/ports/summarizer.js';
import { toContractQuote } from '../../core/quote.js';
import { findQuotes } from './quotes/find-quotes.js';
import { pickKeyQuotes } from './quotes/key-quotes.js';
import { summarizeArticle } from './summary/summarize-article.js';

/** Digests an article synchronously with the offline engine: extractive summary plus attributed quotes. */
export function digestExtractively(article: Article): SummaryResult {
  const quotes = findQuotes(article);
  const keyQuotes = pickKeyQuotes(quotes, article);
  const { tldr, bullets } = summarizeArticle(article);
  const digest: Digest = {
    article: { id: article.id, title: article.title, url: article.url, words: article.words },
    engine: EXTRACTIVE_ENGINE,
    tldr,
    bullets,
    keyQuotes: keyQuotes.map(toContractQuote),
    quotes: quotes.map(toContractQuote),
  };
  return { digest, quotes };
}

/** The embedded default engine: no network, no key. */
export function createExtractiveSummarizer(): Summarizer {
  return {
    name: EXTRACTIVE_ENGINE,
    summarize: async (article) => digestExtractively(article),
  };
}
