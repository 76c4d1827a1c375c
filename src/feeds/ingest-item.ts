import type { Article } from '../core/article.js';
import { describeError } from '../core/errors.js';
import type { ArticleReader } from '../core/ports/article-reader.js';
import type { ArticleStore } from '../core/ports/article-store.js';
import type { Logger } from '../core/ports/logger.js';
import type { Metrics } from '../core/ports/metrics.js';
import type { Summarizer } from '../core/ports/summarizer.js';
import type { FeedItem } from '../core/schedule/source-probe.js';
import type { Source, SourceStore } from '../core/schedule/source-store.js';
import { articleFromItem } from './article-from-item.js';
import { digestOnce } from '../core/digests/digest-once.js';

export interface IngestDeps {
  sources: SourceStore;
  articles: ArticleStore;
  reader: ArticleReader;
  summarizer: Summarizer;
  metrics: Metrics;
  log: Logger;
}

export type IngestOutcome = 'digested' | 'linked' | 'skipped';

/**
 * The item's page, read and cleaned; else the item's own content; else null. With `strict`
 * (a single-page source, which has nothing to fall back to) a page that cannot be read rejects.
 */
async function readItem(deps: IngestDeps, item: FeedItem, source: Source, strict: boolean, signal?: AbortSignal): Promise<Article | null> {
  if (item.url) {
    try {
      const article = await deps.reader.read(item.url, signal ? { signal } : {});
      return { ...article, title: article.title || item.title, publishedAt: article.publishedAt ?? item.publishedAt, url: article.url ?? item.url };
    } catch (e) {
      if (strict) throw e;
      deps.log.info({ item: item.url, reason: describeError(e) }, 'item page unreadable; using the feed content');
    }
  }
  return articleFromItem(item, source.url);
}

/**
 * Turns one new feed item into a stored, digested article — at most once across all sources:
 * an item another source already brought in (same URL or long GUID) or whose text is already
 * stored (same content hash or URL) is linked to that article without digesting it again.
 */
export async function ingestItem(
  deps: IngestDeps,
  source: Source,
  item: FeedItem,
  at: string,
  options: { strict?: boolean; signal?: AbortSignal } = {},
): Promise<IngestOutcome> {
  const { signal } = options;
  const known = await deps.sources.findArticleFor(item);
  if (known) {
    await deps.sources.recordItem(source.id, item, known, at);
    return 'linked';
  }
  const article = await readItem(deps, item, source, options.strict ?? false, signal);
  if (!article) {
    // Neither the page nor the feed has a story to tell; remember it so it is not retried each poll.
    await deps.sources.recordItem(source.id, item, null, at);
    return 'skipped';
  }
  const saved = await digestOnce(deps, article, signal ? { signal } : {});
  await deps.sources.recordItem(source.id, item, saved.articleId, at);
  return saved.created ? 'digested' : 'linked';
}
