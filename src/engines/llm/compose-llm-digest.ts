import type { Article } from '../../core/article.js';
import { llmEngineLabel, type Digest } from '../../core/digest.js';
import type { SummaryResult } from '../../core/ports/summarizer.js';
import { toContractQuote, type FoundQuote } from '../../core/quote.js';
import type { VerifiedDigest } from './verify-digest.js';

const MAX_BULLETS = 6;
const MAX_KEY_QUOTES = 5;

const overlaps = (a: FoundQuote, b: FoundQuote): boolean => a.start < b.end && b.start < a.end;

/**
 * The LLM digest in the core's contract: the model's verified prose and quotes; key quotes are its
 * full-sentence quotes (the extractive picks when none survived); every other quote the
 * extractive engine found is kept beside them, so the quote store loses nothing.
 */
export function composeLlmDigest(article: Article, model: string, verified: VerifiedDigest, extractive: SummaryResult): SummaryResult {
  const fromModel = verified.quotes;
  const modelKey = fromModel.filter((q) => !q.fragment).slice(0, MAX_KEY_QUOTES);
  const quotes = [...fromModel, ...extractive.quotes.filter((q) => !fromModel.some((m) => overlaps(m, q)))].sort((a, b) => a.start - b.start);
  const digest: Digest = {
    article: { id: article.id, title: article.title, url: article.url, words: article.words },
    engine: llmEngineLabel(model),
    tldr: verified.tldr,
    bullets: verified.bullets.slice(0, MAX_BULLETS),
    keyQuotes: modelKey.length > 0 ? modelKey.map(toContractQuote) : extractive.digest.keyQuotes,
    quotes: quotes.map(toContractQuote),
  };
  return { digest, quotes };
}
