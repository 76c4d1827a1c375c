import type { FeedItemKey } from './source-store.js';

/** A feed entry as parsed, newest first in a ProbedSource. */
export interface FeedItem extends FeedItemKey {
  title: string;
  /** ISO-8601 when the feed says. */
  publishedAt: string | null;
  /** The item's own content (HTML or text), used when its page cannot be read. */
  content: string | null;
}

/** What an address turned out to be when it was fetched. */
export type ProbedSource =
  | { kind: 'feed'; url: string; title: string | null; format: 'rss' | 'atom' | 'json'; items: FeedItem[]; totalItems: number }
  | { kind: 'page'; url: string; title: string | null; feedLinks: string[] };

/** Fetches an address and tells a feed from a web page; rejects with a TidingsError (404, not a feed…). */
export interface SourceProbe {
  /** Fetches and classifies one http(s) URL. */
  probe(url: string, options?: { signal?: AbortSignal }): Promise<ProbedSource>;
}
