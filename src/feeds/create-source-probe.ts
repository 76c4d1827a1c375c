import { parseHTML } from 'linkedom';
import { TidingsError } from '../core/errors.js';
import type { SourceProbe } from '../core/schedule/source-probe.js';
import { decodeFeedText } from './decode-feed-text.js';
import type { FeedFetch } from './feed-fetch.js';
import { parseFeed } from './parse-feed.js';

const FEED_TYPES = /^application\/(rss|atom|feed)\+(xml|json)$/iu;

interface LinkElement {
  getAttribute(name: string): string | null;
}

/** The page's title and the feeds it advertises with <link rel="alternate">. */
function readPage(html: string, base: string): { title: string | null; feedLinks: string[] } {
  const { document } = parseHTML(html) as unknown as {
    document: { querySelector(s: string): { textContent: string | null } | null; querySelectorAll(s: string): Iterable<LinkElement> };
  };
  const feedLinks: string[] = [];
  for (const link of document.querySelectorAll('link[rel~="alternate"][href]')) {
    const type = link.getAttribute('type') ?? '';
    const href = link.getAttribute('href');
    if (!FEED_TYPES.test(type) || !href) continue;
    try {
      feedLinks.push(new URL(href, base).toString());
    } catch {
      // An unusable href is not worth a mention.
    }
  }
  const title = document.querySelector('title')?.textContent?.trim() || null;
  return { title, feedLinks: [...new Set(feedLinks)] };
}

const isHtml = (contentType: string, text: string): boolean =>
  /html/iu.test(contentType) || /^\s*(<!doctype html|<html[\s>])/iu.test(text.slice(0, 500));

/** A SourceProbe over the SSRF-safe fetcher: feeds by their content, web pages by HTML. */
export function createSourceProbe(fetch: FeedFetch): SourceProbe {
  return {
    async probe(url, options = {}) {
      const response = await fetch(url, options.signal ? { signal: options.signal } : {});
      const contentType = response.headers['content-type'] ?? '';
      const text = decodeFeedText(response.body, contentType);
      const feed = await parseFeed(text, response.url);
      if (feed) return { kind: 'feed', url: response.url, title: feed.title, format: feed.format, items: feed.items, totalItems: feed.totalItems };
      if (isHtml(contentType, text)) return { kind: 'page', url: response.url, ...readPage(text, response.url) };
      const what = contentType ? `it serves ${contentType.split(';')[0]}` : 'it serves something else';
      throw new TidingsError('FEED_INVALID', `is neither a feed (RSS, Atom, JSON Feed) nor a web page: ${what}`, { subject: url });
    },
  };
}
