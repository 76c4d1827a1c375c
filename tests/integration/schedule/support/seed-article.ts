import { buildArticle, type Article } from '../../../../src/core/article.js';
import type { Digest } from '../../../../src/core/digest.js';
import type { ArticleStore } from '../../../../src/core/ports/article-store.js';

/** A tiny digest of an article, as any engine would produce. */
export function digestOf(article: Article): Digest {
  return {
    article: { id: article.id, title: article.title, url: article.url, words: article.words },
    engine: 'test',
    tldr: article.text.split('\n\n')[0] ?? '',
    bullets: [],
    keyQuotes: [],
    quotes: [],
  };
}

/** Stores one article with a digest, as an ingest would. */
export async function seedArticle(store: ArticleStore, title: string, publishedAt: string | null = null): Promise<Article> {
  const article = buildArticle({
    title,
    url: `https://news.example/${encodeURIComponent(title)}`,
    publishedAt,
    source: 'test',
    blocks: [{ kind: 'paragraph', text: `${title}. Something happened and people talked about it at length.` }],
  });
  await store.saveDigest(article, digestOf(article), []);
  return article;
}
