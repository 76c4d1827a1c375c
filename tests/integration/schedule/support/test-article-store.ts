import type { Article } from '../../../../src/core/article.js';
import { digestSchema } from '../../../../src/core/digest.js';
import type { ArticleStore, SaveResult } from '../../../../src/core/ports/article-store.js';
import type { SqliteDatabase } from '../../../../src/store/open-database.js';
import { storedArticleFromRow, type ArticleRow } from '../../../../src/store/sqlite-channel-article-row.js';
import { insertArticleRow } from './temp-database.js';

/**
 * A minimal ArticleStore writing the migration-001 `articles` and `digests` tables, standing in
 * for the store helper's adapter in these tests. Counts every digest saved, so a test can tell
 * an article was digested once.
 */
export function createTestArticleStore(db: SqliteDatabase, now: () => string): ArticleStore & { saved: Article[] } {
  const saved: Article[] = [];
  const select = 'SELECT a.id, a.content_hash, a.url, a.title, a.body, a.blocks, a.words, a.published_at, a.source, a.stored_at FROM articles a';
  return {
    saved,
    async saveDigest(article, digest): Promise<SaveResult> {
      const byHash = db.prepare('SELECT id FROM articles WHERE content_hash = ?').get(article.contentHash) as { id: string } | undefined;
      if (byHash) return { articleId: byHash.id, created: false, duplicateOf: 'content' };
      const byUrl = article.url ? (db.prepare('SELECT id FROM articles WHERE url = ?').get(article.url) as { id: string } | undefined) : undefined;
      if (byUrl) return { articleId: byUrl.id, created: false, duplicateOf: 'url' };
      insertArticleRow(db, {
        id: article.id,
        content_hash: article.contentHash,
        url: article.url,
        title: article.title,
        body: article.text,
        blocks: JSON.stringify(article.blocks),
        words: article.words,
        published_at: article.publishedAt,
        source: article.source,
        stored_at: now(),
      });
      db.prepare('INSERT INTO digests (article_id, engine, digest, created_at) VALUES (?, ?, ?, ?)').run(article.id, digest.engine, JSON.stringify(digest), now());
      saved.push(article);
      return { articleId: article.id, created: true };
    },
    async findArticle(ref) {
      const row = ref.id
        ? db.prepare(`${select} WHERE a.id = ?`).get(ref.id)
        : ref.url
          ? db.prepare(`${select} WHERE a.url = ?`).get(ref.url)
          : db.prepare(`${select} WHERE a.content_hash = ?`).get(ref.contentHash ?? '');
      return row ? storedArticleFromRow(row as ArticleRow) : null;
    },
    async getDigest(articleId) {
      const row = db.prepare('SELECT digest FROM digests WHERE article_id = ? ORDER BY created_at DESC LIMIT 1').get(articleId) as { digest: string } | undefined;
      if (!row) return null;
      const parsed = digestSchema.safeParse(JSON.parse(row.digest));
      return parsed.success ? parsed.data : null;
    },
    async listArticles(options = {}) {
      return (db.prepare(`${select} ORDER BY a.stored_at DESC LIMIT ?`).all(options.limit ?? 50) as ArticleRow[]).map(storedArticleFromRow);
    },
  };
}
