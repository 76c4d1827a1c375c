import Parser from 'rss-parser';
import { hashText } from '../core/article.js';
import { TidingsError } from '../core/errors.js';
import type { FeedItem } from '../core/schedule/source-probe.js';
import { looksLikeJsonFeed, parseJsonFeed } from './json-feed.js';

/** Items looked at per fetch, newest first: a feed of 10,000 items costs no more than one of 200. */
export const MAX_ITEMS_CONSIDERED = 200;

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'json';
  title: string | null;
  /** Newest first, at most MAX_ITEMS_CONSIDERED. */
  items: FeedItem[];
  totalItems: number;
}

type RssItem = Parser.Item & { id?: string; 'content:encoded'?: string };

const parser = new Parser<Record<string, unknown>, { id?: string; 'content:encoded'?: string }>();

/** Whether a text body is an RSS, RDF or Atom document (judged by its root element). */
export function xmlFeedFormat(text: string): 'rss' | 'atom' | null {
  const head = text.slice(0, 2000).replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/giu, '').trimStart();
  if (/^<(rss|rdf:RDF)[\s>]/iu.test(head)) return 'rss';
  if (/^<feed[\s>]/iu.test(head)) return 'atom';
  return null;
}

function absolute(link: string | undefined | null, base: string): string | null {
  if (!link || link.trim() === '') return null;
  try {
    const url = new URL(link.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.toString();
  } catch {
    return null;
  }
}

function isoDate(raw: string | undefined): string | null {
  if (!raw) return null;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function item(fields: { guid: string | undefined; link: string | undefined; title: string | undefined; date: string | undefined; content: string | undefined }, base: string): FeedItem {
  const guid = fields.guid?.trim() || null;
  const url = absolute(fields.link, base);
  const title = (fields.title ?? '').trim();
  const content = fields.content?.trim() || null;
  const key = guid ?? url ?? `hash:${hashText(`${title}\n${content ?? ''}`).slice(0, 32)}`;
  return { guid, url, key, title, publishedAt: isoDate(fields.date), content };
}

/** Newest first when the feed dates its items; feeds without dates keep their own order. */
function newestFirst(items: FeedItem[]): FeedItem[] {
  if (!items.some((i) => i.publishedAt)) return items;
  return items
    .map((it, index) => ({ it, index }))
    .sort((a, b) => (b.it.publishedAt ?? '').localeCompare(a.it.publishedAt ?? '') || a.index - b.index)
    .map((x) => x.it);
}

async function parseXml(text: string, format: 'rss' | 'atom', base: string): Promise<ParsedFeed> {
  let feed: Parser.Output<{ id?: string; 'content:encoded'?: string }>;
  try {
    feed = await parser.parseString(text);
  } catch (e) {
    throw new TidingsError('FEED_INVALID', `looks like a feed but could not be read (${(e as Error).message.split('\n')[0]})`, { subject: base, cause: e });
  }
  const items = (feed.items as RssItem[]).map((i) =>
    item({ guid: i.guid ?? i.id, link: i.link, title: i.title, date: i.isoDate ?? i.pubDate, content: i['content:encoded'] ?? i.content ?? i.summary }, base),
  );
  return { format, title: feed.title?.trim() || null, items: newestFirst(items).slice(0, MAX_ITEMS_CONSIDERED), totalItems: items.length };
}

function parseJson(json: unknown, base: string): ParsedFeed {
  const parsed = parseJsonFeed(json);
  if (!parsed.ok) throw new TidingsError('FEED_INVALID', `is a JSON Feed with a problem (${parsed.reason})`, { subject: base });
  const items = parsed.feed.items.map((i) =>
    item({ guid: i.id, link: i.url ?? i.external_url, title: i.title, date: i.date_published ?? i.date_modified, content: i.content_html ?? i.content_text ?? i.summary }, base),
  );
  return { format: 'json', title: parsed.feed.title?.trim() || null, items: newestFirst(items).slice(0, MAX_ITEMS_CONSIDERED), totalItems: items.length };
}

/**
 * Parses RSS 2.0 / RDF / Atom (rss-parser) or JSON Feed (zod) text; null when the text is no
 * feed at all (a web page, other JSON), a FEED_INVALID rejection when it is a broken one.
 */
export async function parseFeed(text: string, base: string): Promise<ParsedFeed | null> {
  const format = xmlFeedFormat(text);
  if (format) return parseXml(text, format, base);
  if (/^\s*\{/u.test(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return null;
    }
    return looksLikeJsonFeed(json) ? parseJson(json, base) : null;
  }
  return null;
}
