import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  contentType?: string;
  body: string;
  /** Answer conditional GETs: an ETag derived from the body, 304 when If-None-Match matches. */
  conditional?: boolean;
}

export interface FeedServer {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  url(path: string): string;
  /** Serves (or replaces) one path. */
  set(path: string, route: Route): void;
  /** Requests per path, and how many were answered 304. */
  hits(path: string): { total: number; notModified: number };
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 serving feeds and article pages the test sets. */
export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const counts = new Map<string, { total: number; notModified: number }>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const count = counts.get(path) ?? { total: 0, notModified: 0 };
    count.total++;
    counts.set(path, count);
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': route.contentType ?? 'application/rss+xml; charset=utf-8' };
    if (route.conditional !== false) {
      const etag = `"${createHash('sha1').update(route.body).digest('hex').slice(0, 16)}"`;
      headers.etag = etag;
      if (req.headers['if-none-match'] === etag) {
        count.notModified++;
        res.writeHead(304, headers).end();
        return;
      }
    }
    res.writeHead(route.status ?? 200, headers).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    set: (path, route) => void routes.set(path, route),
    hits: (path) => counts.get(path) ?? { total: 0, notModified: 0 },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

export interface FixtureItem {
  guid: string;
  title: string;
  link: string;
  date: string;
  content?: string;
}

/** An RSS 2.0 document. */
export function rssFeed(title: string, items: FixtureItem[]): string {
  const entries = items
    .map(
      (i) => `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link><guid isPermaLink="false">${esc(i.guid)}</guid>` +
        `<pubDate>${new Date(i.date).toUTCString()}</pubDate>${i.content ? `<description>${esc(i.content)}</description>` : ''}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${esc(title)}</title><link>http://example.test/</link><description>d</description>\n${entries}\n</channel></rss>`;
}

/** An Atom 1.0 document. */
export function atomFeed(title: string, items: FixtureItem[]): string {
  const entries = items
    .map(
      (i) => `<entry><title>${esc(i.title)}</title><link href="${esc(i.link)}"/><id>${esc(i.guid)}</id><updated>${i.date}</updated>` +
        `${i.content ? `<content type="html">${esc(i.content)}</content>` : ''}</entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title><id>urn:feed:${esc(title)}</id><updated>2026-01-01T00:00:00Z</updated>\n${entries}\n</feed>`;
}

/** A JSON Feed 1.1 document. */
export function jsonFeed(title: string, items: FixtureItem[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: items.map((i) => ({ id: i.guid, url: i.link, title: i.title, date_published: i.date, content_text: i.content })),
  });
}

/** An article page with enough text for the article reader. */
export function articlePage(title: string, paragraphs: string[]): string {
  return `<!doctype html><html><head><title>${esc(title)}</title></head><body><header><nav><a href="/">Home</a></nav></header>` +
    `<article><h1>${esc(title)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article><footer>© Example News</footer></body></html>`;
}
