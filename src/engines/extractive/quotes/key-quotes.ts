import type { Article } from '../../../core/article.js';
import type { FoundQuote } from '../../../core/quote.js';

const KIND_WEIGHT = { person: 1, unnamed: 0.8, organization: 0.7 } as const;

/** How newsworthy a full-sentence quote looks: substance, a named speaker, and an early position. */
function score(q: FoundQuote, article: Article): number {
  const words = q.text.split(/\s+/u).filter(Boolean).length;
  const substance = Math.min(words, 30) / 30 - (words > 60 ? 0.3 : 0);
  const position = 1 - q.start / Math.max(1, article.text.length);
  return substance * KIND_WEIGHT[q.speakerKind] + 0.25 * position;
}

/**
 * The 3–5 most newsworthy full-sentence quotes (fragments never), in article order, preferring
 * different speakers: each speaker's best quote first, then the next best of anyone.
 * Fewer than three come back only when the article has fewer full-sentence quotes.
 */
export function pickKeyQuotes(quotes: FoundQuote[], article: Article, max = 5): FoundQuote[] {
  const full = quotes.filter((q) => !q.fragment && q.text.split(/\s+/u).filter(Boolean).length >= 4);
  const ranked = [...full].sort((a, b) => score(b, article) - score(a, article));
  const picked: FoundQuote[] = [];
  const seen = new Set<string>();
  for (const q of ranked) {
    if (picked.length >= max) break;
    if (!seen.has(q.speaker)) {
      picked.push(q);
      seen.add(q.speaker);
    }
  }
  for (const q of ranked) {
    if (picked.length >= max) break;
    if (!picked.includes(q)) picked.push(q);
  }
  return picked.sort((a, b) => a.start - b.start);
}
