/** "No limit" for SQL that wants a number in LIMIT (portable, unlike SQLite's -1). */
export const NO_LIMIT = 1_000_000_000;

/** Articles `listArticles` returns when no limit is given: they carry their full text. */
export const DEFAULT_ARTICLE_LIST = 50;

/** Closest speakers offered when a lookup finds nobody. */
export const SUGGESTIONS = 5;

/** Query words a quote search uses; more add nothing but cost. */
export const MAX_SEARCH_WORDS = 12;

/** Greater than any character a key holds: `key >= p AND key < p + MAX_PREFIX_CHAR` is "starts with p". */
export const MAX_PREFIX_CHAR = '\uffff';

/** A caller's limit as a whole non-negative number; none means all. */
export const limitOf = (limit: number | undefined, fallback = NO_LIMIT): number =>
  limit === undefined || !Number.isFinite(limit) ? fallback : Math.max(0, Math.floor(limit));
