import type { Article } from '../core/article.js';
import { digestSchema, type Digest } from '../core/digest.js';
import { TidingsError } from '../core/errors.js';
import type { ArticleStore, QuoteStore, SaveResult, StoredArticle } from '../core/ports/article-store.js';
import { systemClock, type Clock } from '../core/ports/clock.js';
import type { FoundQuote } from '../core/quote.js';
import { articleDate } from './article-date.js';
import { countSpellings, resolveSpeakerIds } from './incoming-speakers.js';
import type { SqliteDatabase } from './open-database.js';
import { quoteSearchText } from './quote-search-text.js';
import { type ArticleRow, storedArticleFromRow } from './sqlite-article-row.js';
import { checkSaveDigestInput, isKeyQuote } from './save-digest-input.js';
import { createSqliteQuoteQueries } from './sqlite-quote-queries.js';
import { createSqliteSpeakers } from './sqlite-speakers.js';
import { parseStoredJson, storeFailure, withStoreErrors } from './store-errors.js';
import { DEFAULT_ARTICLE_LIST, limitOf } from './store-limits.js';

/**
 * Articles, digests, speakers and quotes in SQLite (better-sqlite3, synchronous, behind the async
 * ports). `storedAt` comes from the injected clock. `listArticles` returns at most 50 articles
 * unless told otherwise; the quote queries return everything unless given a limit.
 * @see https://github.com/WiseLibs/better-sqlite3/blob/master/docs/api.md
 */
export function createSqliteArticleStore(db: SqliteDatabase, options: { clock?: Clock } = {}): ArticleStore & QuoteStore {
  const clock = options.clock ?? systemClock;
  const speakers = createSqliteSpeakers(db);
  const queries = createSqliteQuoteQueries(db, speakers);

  const byId = db.prepare('SELECT * FROM articles WHERE id = ?');
  const byHash = db.prepare('SELECT * FROM articles WHERE content_hash = ?');
  const byUrl = db.prepare('SELECT * FROM articles WHERE url = ?');
  const nextSeq = db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM articles');
  const insertArticle = db.prepare(`INSERT INTO articles (id, content_hash, url, title, body, blocks, words, published_at, source, stored_at, seq)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const hasDigest = db.prepare('SELECT 1 AS found FROM digests WHERE article_id = ? AND engine = ?');
  const insertDigest = db.prepare('INSERT INTO digests (article_id, engine, digest, created_at) VALUES (?, ?, ?, ?)');
  const newestDigest = db.prepare('SELECT digest FROM digests WHERE article_id = ? ORDER BY created_at DESC, id DESC LIMIT 1');
  const insertQuote = db.prepare(`INSERT INTO quotes (article_id, speaker_id, role, text, start_offset, end_offset, fragment, is_key,
    search_text, article_date, article_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const newest = db.prepare('SELECT * FROM articles ORDER BY stored_at DESC, seq DESC LIMIT ?');
  const newestSince = db.prepare('SELECT * FROM articles WHERE stored_at >= ? ORDER BY stored_at DESC, seq DESC LIMIT ?');

  function saveQuotes(article: Article, digest: Digest, quotes: readonly FoundQuote[], seq: number, storedAt: string): void {
    const ids = resolveSpeakerIds(quotes, (incoming, taken) => speakers.resolve(incoming, taken));
    const date = articleDate(article.publishedAt, storedAt);
    for (const q of quotes) {
      insertQuote.run(article.id, ids.get(q.speaker.trim())!, q.role, q.text, q.start, q.end, q.fragment ? 1 : 0,
        isKeyQuote(digest, q) ? 1 : 0, quoteSearchText(q.text), date, seq);
    }
    for (const [id, bySpelling] of countSpellings(quotes, ids)) speakers.addQuotes(id, bySpelling, seq);
  }

  const save = db.transaction((article: Article, digest: Digest, quotes: readonly FoundQuote[]): SaveResult => {
    const now = clock.now().toISOString();
    const sameContent = byHash.get(article.contentHash) as ArticleRow | undefined;
    if (sameContent) {
      // Another engine's digest of the very same text is worth keeping; its quotes are already stored.
      if (!hasDigest.get(sameContent.id, digest.engine)) insertDigest.run(sameContent.id, digest.engine, JSON.stringify(digest), now);
      return { articleId: sameContent.id, created: false, duplicateOf: 'content' };
    }
    const sameUrl = article.url === null ? undefined : (byUrl.get(article.url) as ArticleRow | undefined);
    if (sameUrl) return { articleId: sameUrl.id, created: false, duplicateOf: 'url' };
    const { seq } = nextSeq.get() as { seq: number };
    insertArticle.run(article.id, article.contentHash, article.url, article.title, article.text, JSON.stringify(article.blocks),
      article.words, article.publishedAt, article.source, now, seq);
    insertDigest.run(article.id, digest.engine, JSON.stringify(digest), now);
    saveQuotes(article, digest, quotes, seq, now);
    return { articleId: article.id, created: true };
  });

  const store: ArticleStore & QuoteStore = {
    ...queries,

    async saveDigest(article, digest, quotes) {
      checkSaveDigestInput(article, digest, quotes);
      try {
        // IMMEDIATE takes the write lock up front, so two processes never compute the same seq.
        return save.immediate(article, digest, quotes);
      } catch (e) {
        throw storeFailure(e, 'store the article', article.source || article.title);
      }
    },

    async findArticle(ref) {
      const row = (ref.id !== undefined ? byId.get(ref.id)
        : ref.contentHash !== undefined ? byHash.get(ref.contentHash)
        : ref.url !== undefined ? byUrl.get(ref.url)
        : undefined) as ArticleRow | undefined;
      return row ? storedArticleFromRow(row) : null;
    },

    async getDigest(articleId) {
      const row = newestDigest.get(articleId) as { digest: string } | undefined;
      if (!row) return null;
      const parsed = digestSchema.safeParse(parseStoredJson(row.digest, 'the stored digest', articleId));
      if (!parsed.success) throw new TidingsError('STORE_FAILED', 'the stored digest is unreadable', { subject: articleId });
      return parsed.data;
    },

    async listArticles(options = {}) {
      const limit = limitOf(options.limit, DEFAULT_ARTICLE_LIST);
      if (options.since === undefined) return (newest.all(limit) as ArticleRow[]).map(storedArticleFromRow);
      const since = Date.parse(options.since);
      if (!Number.isFinite(since)) throw new TidingsError('INPUT_INVALID', `"${options.since}" is not a date`, { subject: 'since' });
      return (newestSince.all(new Date(since).toISOString(), limit) as ArticleRow[]).map(storedArticleFromRow);
    },
  };
  return withStoreErrors(store, db.name);
}
