import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../../src/core/commands/types.js';
import { createSqliteChannelStore } from '../../../src/store/sqlite-channel-store.js';
import { insertArticle, tempDatabase } from './support/temp-database.js';

const general: ChannelRef = { platform: 'slack', id: 'C1' };
const news: ChannelRef = { platform: 'discord', id: '42' };

describe('SQLite channel store', () => {
  let t: ReturnType<typeof tempDatabase>;
  beforeEach(() => {
    t = tempDatabase();
    insertArticle(t.db, { id: 'old', publishedAt: '2026-03-01T08:00:00.000Z', storedAt: '2026-03-02T08:00:00.000Z' });
    insertArticle(t.db, { id: 'new', publishedAt: '2026-03-03T08:00:00.000Z', storedAt: '2026-03-03T09:00:00.000Z' });
    insertArticle(t.db, { id: 'mid', storedAt: '2026-03-02T12:00:00.000Z' });
  });
  afterEach(() => t.cleanup());

  it('gives a channel without sources every stored article it was not sent, most recent first', async () => {
    const store = createSqliteChannelStore(t.db);
    const unsent = await store.unsentArticles(general);
    expect(unsent.map((s) => s.article.id)).toEqual(['new', 'mid', 'old']);
    expect(unsent[0]?.article.text).toBe('Body of new.');
    expect(unsent[0]?.storedAt).toBe('2026-03-03T09:00:00.000Z');
  });

  it('does not send an article twice to the same channel, but still to another', async () => {
    const store = createSqliteChannelStore(t.db);
    await store.markSent(general, ['new', 'old'], '2026-03-04T09:00:00.000Z');
    await store.markSent(general, ['new', 'old'], '2026-03-04T09:00:00.000Z');
    expect((await store.unsentArticles(general)).map((s) => s.article.id)).toEqual(['mid']);
    expect(await store.unsentArticles(news, { limit: 2 })).toHaveLength(2);
  });

  it('remembers the last digest for /digest latest, ignoring ids no longer stored', async () => {
    const store = createSqliteChannelStore(t.db);
    expect(await store.lastSent(general)).toBeNull();
    await store.markSent(general, ['old'], '2026-03-04T09:00:00.000Z');
    await store.markSent(general, ['new', 'mid', 'gone'], '2026-03-05T09:00:00.000Z');
    expect(await store.lastSent(general)).toEqual({ articleIds: ['new', 'mid', 'gone'], sentAt: '2026-03-05T09:00:00.000Z' });
    expect(await store.unsentArticles(general)).toEqual([]);
  });

  it('gives a channel with sources of its own only the articles its sources brought in', async () => {
    const store = createSqliteChannelStore(t.db);
    t.db
      .prepare(`INSERT INTO sources (id, platform, channel_id, url, kind, created_at, next_poll_at) VALUES (1, 'discord', '42', 'http://x/feed', 'feed', 'now', 'now')`)
      .run();
    t.db.prepare(`INSERT INTO feed_items (source_id, item_key, guid, url, article_id, seen_at) VALUES (1, 'g1', 'g1', NULL, 'mid', 'now')`).run();
    t.db.prepare(`INSERT INTO feed_items (source_id, item_key, guid, url, article_id, seen_at) VALUES (1, 'g2', 'g2', NULL, NULL, 'now')`).run();
    expect((await store.unsentArticles(news)).map((s) => s.article.id)).toEqual(['mid']);
    expect(await store.unsentArticles(general)).toHaveLength(3);
  });
});
