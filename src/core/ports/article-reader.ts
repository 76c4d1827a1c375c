import type { Article } from '../article.js';

/** Reads one article from a path, "-" (stdin) or an http(s) URL; rejects with a TidingsError. */
export interface ArticleReader {
  /** Reads and cleans one article. */
  read(source: string, options?: { signal?: AbortSignal }): Promise<Article>;
}
