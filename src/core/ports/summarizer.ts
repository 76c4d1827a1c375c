import type { Article } from '../article.js';
import type { Digest } from '../digest.js';
import type { FoundQuote } from '../quote.js';

export interface SummarizeOptions {
  signal?: AbortSignal;
}

/** A digest and every attributed quote (with what the engine knows beyond the contract). */
export interface SummaryResult {
  digest: Digest;
  quotes: FoundQuote[];
}

/** Turns an article into a digest. The extractive engine and the LLM engine both implement it. */
export interface Summarizer {
  /** Engine label as it appears in `Digest.engine` when this summarizer answers itself. */
  readonly name: string;
  /** Digests one article; rejects only on faults, never on article content. */
  summarize(article: Article, options?: SummarizeOptions): Promise<SummaryResult>;
}
