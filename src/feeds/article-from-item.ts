import { buildArticle, type Article } from '../core/article.js';
import type { FeedItem } from '../core/schedule/source-probe.js';
import { htmlToDraft } from '../ingest/html-to-draft.js';

const escapeHtml = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * The article a feed item carries itself (content:encoded, Atom content, JSON Feed content_html
 * or text), for when its page cannot be read. Null when that is too short to be a story.
 */
export function articleFromItem(item: FeedItem, sourceUrl: string): Article | null {
  if (!item.content) return null;
  const html = /<[a-z][\s\S]*>/iu.test(item.content)
    ? item.content
    : item.content
        .split(/\n\s*\n/u)
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join('');
  try {
    const draft = htmlToDraft(html, item.url ?? sourceUrl, item.url);
    return buildArticle({ ...draft, title: item.title || draft.title, publishedAt: item.publishedAt ?? draft.publishedAt ?? null });
  } catch {
    return null;
  }
}
