import type { Article } from '../../../core/article.js';
import type { FoundQuote } from '../../../core/quote.js';

/** Every attributed direct quote in the article, in text order. (Placeholder: being written.) */
export function findQuotes(_article: Article): FoundQuote[] {
  return [];
}
