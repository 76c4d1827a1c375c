import type { Article } from '../../../core/article.js';
import type { FoundQuote } from '../../../core/quote.js';

/** The 3–5 most newsworthy full-sentence quotes, preferring different speakers. (Placeholder: being written.) */
export function pickKeyQuotes(quotes: FoundQuote[], _article: Article, max = 5): FoundQuote[] {
  return quotes.filter((q) => !q.fragment).slice(0, max);
}
