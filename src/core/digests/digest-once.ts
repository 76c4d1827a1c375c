import type { Article } from '../article.js';
import type { Digest } from '../digest.js';
import type { ArticleStore } from '../ports/article-store.js';
import type { Metrics } from '../ports/metrics.js';
import type { Summarizer } from '../ports/summarizer.js';

export interface DigestOnceResult {
  articleId: string;
  /** False when the same text or URL was already stored: nothing was summarized. */
  created: boolean;
  /** The new digest; null when the article was already stored. */
  digest: Digest | null;
}

/**
 * Digests and stores an article unless its text (content hash) or its URL is already stored —
 * so re-reading an article never costs a second summary (or a second LLM request).
 */
export async function digestOnce(
  deps: { articles: ArticleStore; summarizer: Summarizer; metrics: Metrics },
  article: Article,
  options: { signal?: AbortSignal } = {},
): Promise<DigestOnceResult> {
  const stored =
    (await deps.articles.findArticle({ contentHash: article.contentHash })) ??
    (article.url ? await deps.articles.findArticle({ url: article.url }) : null);
  if (stored) return { articleId: stored.article.id, created: false, digest: null };
  const { digest, quotes } = await deps.summarizer.summarize(article, options.signal ? { signal: options.signal } : {});
  deps.metrics.digestMade(digest.engine);
  const saved = await deps.articles.saveDigest(article, digest, quotes);
  return { articleId: saved.articleId, created: saved.created, digest };
}
