import { safeFetch, type SafeFetchResponse } from '../ingest/safe-fetch.js';

/** GETs a URL for the feed code; the SSRF-safe fetcher with the configured limits already applied. */
export type FeedFetch = (url: string, options?: { headers?: Record<string, string>; signal?: AbortSignal }) => Promise<SafeFetchResponse>;

/** safeFetch bound to the configured timeout, size cap and private-address rule. */
export function createFeedFetch(fetchConfig: { allowPrivate: boolean; timeoutMs: number; maxBytes: number }): FeedFetch {
  return (url, options = {}) =>
    safeFetch(url, { ...fetchConfig, ...(options.headers ? { headers: options.headers } : {}), ...(options.signal ? { signal: options.signal } : {}) });
}
