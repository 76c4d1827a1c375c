import { z } from 'zod';
import type { ChannelRef } from '../core/commands/types.js';
import type { ChannelStore } from '../core/ports/channel-store.js';
import type { SqliteDatabase } from './open-database.js';
import { ARTICLE_COLUMNS, type ArticleRow, storedArticleFromRow } from './sqlite-article-row.js';

const DEFAULT_LIMIT = 50;
const idsSchema = z.array(z.string());

/**
 * Records in one transaction that a channel was sent these articles: one `channel_digests` row
 * (unique per channel and instant, so repeating a call changes nothing) and one `channel_sent`
 * row per article (the first sending wins). Synchronous, so the scheduler can run it inside its
 * own delivery transaction.
 */
export function markSentSync(db: SqliteDatabase, channel: ChannelRef, articleIds: readonly string[], sentAt: string): void {
  if (articleIds.length === 0) return;
  const unique = [...new Set(articleIds)];
  // Ids of articles no longer stored are skipped rather than failing the whole digest.
  const sent = db.prepare(
    'INSERT INTO channel_sent (platform, channel_id, article_id, sent_at) SELECT ?, ?, id, ? FROM articles WHERE id = ? ON CONFLICT DO NOTHING',
  );
  const digest = db.prepare(
    'INSERT INTO channel_digests (platform, channel_id, sent_at, article_ids) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  db.transaction(() => {
    digest.run(channel.platform, channel.id, sentAt, JSON.stringify(unique));
    for (const id of unique) sent.run(channel.platform, channel.id, sentAt, id);
  })();
}

/**
 * The ChannelStore on SQLite (migrations 003 and 004). A channel that follows sources of its
 * own sees only articles its sources' feed items point at; a channel without sources sees every
 * stored article. "Most recent" is the publication time when known, else the storage time.
 */
export function createSqliteChannelStore(db: SqliteDatabase): ChannelStore {
  const hasSources = db.prepare('SELECT 1 FROM sources WHERE platform = ? AND channel_id = ? LIMIT 1');
  const unsentAll = db.prepare(`
    SELECT ${ARTICLE_COLUMNS} FROM articles a
    WHERE NOT EXISTS (SELECT 1 FROM channel_sent s WHERE s.platform = ? AND s.channel_id = ? AND s.article_id = a.id)
    ORDER BY COALESCE(a.published_at, a.stored_at) DESC, a.stored_at DESC, a.id
    LIMIT ?`);
  const unsentFromSources = db.prepare(`
    SELECT ${ARTICLE_COLUMNS} FROM articles a
    WHERE a.id IN (
      SELECT fi.article_id FROM feed_items fi JOIN sources src ON src.id = fi.source_id
      WHERE src.platform = ? AND src.channel_id = ? AND fi.article_id IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM channel_sent s WHERE s.platform = ? AND s.channel_id = ? AND s.article_id = a.id)
    ORDER BY COALESCE(a.published_at, a.stored_at) DESC, a.stored_at DESC, a.id
    LIMIT ?`);
  const last = db.prepare(
    'SELECT sent_at, article_ids FROM channel_digests WHERE platform = ? AND channel_id = ? ORDER BY sent_at DESC, id DESC LIMIT 1',
  );

  return {
    async unsentArticles(channel, options = {}) {
      const limit = options.limit ?? DEFAULT_LIMIT;
      const rows = hasSources.get(channel.platform, channel.id)
        ? unsentFromSources.all(channel.platform, channel.id, channel.platform, channel.id, limit)
        : unsentAll.all(channel.platform, channel.id, limit);
      return (rows as ArticleRow[]).map(storedArticleFromRow);
    },
    async markSent(channel, articleIds, sentAt) {
      markSentSync(db, channel, articleIds, sentAt);
    },
    async lastSent(channel) {
      const row = last.get(channel.platform, channel.id) as { sent_at: string; article_ids: string } | undefined;
      if (!row) return null;
      const ids = idsSchema.safeParse(JSON.parse(row.article_ids));
      return { articleIds: ids.success ? ids.data : [], sentAt: row.sent_at };
    },
  };
}
