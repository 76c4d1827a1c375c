import type { PlatformName } from '../core/commands/types.js';
import type { FeedItemKey, Source, SourceKind, SourceStore } from '../core/schedule/source-store.js';
import type { SqliteDatabase } from './open-database.js';

interface SourceRow {
  id: number;
  platform: PlatformName;
  channel_id: string;
  url: string;
  kind: SourceKind;
  title: string | null;
  created_at: string;
  created_by: string | null;
  etag: string | null;
  last_modified: string | null;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  failures: number;
  next_poll_at: string;
  paused: number;
}

function fromRow(r: SourceRow): Source {
  return {
    id: r.id,
    channel: { platform: r.platform, id: r.channel_id },
    url: r.url,
    kind: r.kind,
    title: r.title,
    createdAt: r.created_at,
    createdBy: r.created_by,
    etag: r.etag,
    lastModified: r.last_modified,
    lastSuccessAt: r.last_success_at,
    lastError: r.last_error,
    lastErrorAt: r.last_error_at,
    failures: r.failures,
    nextPollAt: r.next_poll_at,
    paused: r.paused === 1,
  };
}

/**
 * GUIDs shorter than this ("1", "42") are only unique within their own feed, so they are not
 * matched across sources; URLs and long GUIDs (URLs, tag: URIs, UUIDs) are.
 */
const GLOBAL_GUID_MIN = 12;

/** SourceStore on SQLite (migration 004: `sources`, `feed_items`). */
export function createSqliteSourceStore(db: SqliteDatabase): SourceStore {
  const insert = db.prepare(`INSERT INTO sources (platform, channel_id, url, kind, title, created_at, created_by, next_poll_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`);
  const insertItem = db.prepare(`INSERT INTO feed_items (source_id, item_key, guid, url, article_id, seen_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (source_id, item_key) DO UPDATE SET article_id = COALESCE(feed_items.article_id, excluded.article_id)`);
  const byChannel = db.prepare('SELECT * FROM sources WHERE platform = ? AND channel_id = ? ORDER BY id');
  const byUrl = db.prepare('SELECT * FROM sources WHERE platform = ? AND channel_id = ? AND url = ?');
  const remove = db.prepare('DELETE FROM sources WHERE id = ? AND platform = ? AND channel_id = ?');
  const pause = db.prepare(`UPDATE sources SET paused = ?, next_poll_at = ?, failures = CASE WHEN ? = 0 THEN 0 ELSE failures END
    WHERE id = ? AND platform = ? AND channel_id = ?`);
  const due = db.prepare('SELECT * FROM sources WHERE paused = 0 AND next_poll_at <= ? ORDER BY next_poll_at');
  const lease = db.prepare('UPDATE sources SET next_poll_at = ? WHERE id = ? AND next_poll_at = ? AND paused = 0');
  const success = db.prepare(`UPDATE sources SET last_success_at = @at, next_poll_at = @nextPollAt, etag = @etag, last_modified = @lastModified,
    failures = 0, title = COALESCE(@title, title) WHERE id = @id`);
  const failure = db.prepare(`UPDATE sources SET last_error = @error, last_error_at = @at, next_poll_at = @nextPollAt, failures = @failures,
    paused = CASE WHEN @pause THEN 1 ELSE paused END WHERE id = @id`);
  const seen = db.prepare('SELECT 1 FROM feed_items WHERE source_id = ? AND (item_key = ? OR guid = ? OR url = ?) LIMIT 1');
  const articleFor = db.prepare(`SELECT article_id FROM feed_items WHERE article_id IS NOT NULL AND (url = ? OR guid = ?) LIMIT 1`);

  return {
    async add(source, items) {
      return db.transaction(() => {
        const row = insert.get(
          source.channel.platform,
          source.channel.id,
          source.url,
          source.kind,
          source.title,
          source.createdAt,
          source.createdBy,
          source.nextPollAt,
        ) as SourceRow;
        for (const item of items) insertItem.run(row.id, item.key, item.guid, item.url, null, source.createdAt);
        return fromRow(row);
      })();
    },
    async list(channel) {
      return (byChannel.all(channel.platform, channel.id) as SourceRow[]).map(fromRow);
    },
    async findByUrl(channel, url) {
      const row = byUrl.get(channel.platform, channel.id, url) as SourceRow | undefined;
      return row ? fromRow(row) : null;
    },
    async remove(channel, id) {
      return remove.run(id, channel.platform, channel.id).changes === 1;
    },
    async setPaused(channel, id, paused, nextPollAt) {
      const p = paused ? 1 : 0;
      return pause.run(p, nextPollAt, p, id, channel.platform, channel.id).changes === 1;
    },
    async due(at) {
      return (due.all(at) as SourceRow[]).map(fromRow);
    },
    async lease(id, expected, until) {
      return lease.run(until, id, expected).changes === 1;
    },
    async recordSuccess(id, r) {
      success.run({ id, at: r.at, nextPollAt: r.nextPollAt, etag: r.etag, lastModified: r.lastModified, title: r.title ?? null });
    },
    async recordFailure(id, r) {
      failure.run({ id, at: r.at, nextPollAt: r.nextPollAt, error: r.error, failures: r.failures, pause: r.pause ? 1 : 0 });
    },
    async hasSeen(sourceId, item: FeedItemKey) {
      return seen.get(sourceId, item.key, item.guid ?? '\u0000', item.url ?? '\u0000') !== undefined;
    },
    async findArticleFor(item) {
      const guid = item.guid && item.guid.length >= GLOBAL_GUID_MIN ? item.guid : '\u0000';
      const row = articleFor.get(item.url ?? '\u0000', guid) as { article_id: string } | undefined;
      return row?.article_id ?? null;
    },
    async recordItem(sourceId, item, articleId, at) {
      insertItem.run(sourceId, item.key, item.guid, item.url, articleId, at);
    },
  };
}
