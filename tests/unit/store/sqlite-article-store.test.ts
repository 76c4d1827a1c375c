import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteArticleStore } from '../../../src/store/sqlite-article-store.js';
import { describeArticleStoreContract } from './article-store.contract.js';
import { digestOf, seedArticleWithQuotes, steppingClock } from './store-fixtures.js';

function tempDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-store-'));
  const path = join(dir, 'tidings.db');
  return { path, db: openDatabase(path), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

describeArticleStoreContract('sqlite store', (clock) => {
  const { db, remove } = tempDatabase();
  return {
    store: createSqliteArticleStore(db, { clock }),
    close: () => {
      db.close();
      remove();
    },
  };
});

describe('sqlite store on disk', () => {
  it('keeps articles, quotes and key-quote flags across a reopen of the file', async () => {
    const { path, db, remove } = tempDatabase();
    try {
      const { article, quotes } = seedArticleWithQuotes();
      const keyQuotes = quotes.filter((q) => q.speaker === 'Marco Rubio');
      await createSqliteArticleStore(db, { clock: steppingClock() }).saveDigest(article, digestOf(article, quotes, { keyQuotes }), quotes);
      db.close();

      const reopened = openDatabase(path);
      const store = createSqliteArticleStore(reopened);
      expect((await store.findArticle({ id: article.id }))?.article).toEqual(article);
      const lookup = await store.quotesBySpeaker('ZELENSKYY');
      expect(lookup.found && lookup.quotes).toHaveLength(5);
      // Other stores (channel deliveries, feeds) read these rows directly, so the flags must be right in SQL.
      const flagged = reopened.prepare('SELECT text FROM quotes WHERE is_key = 1 ORDER BY start_offset').all();
      expect(flagged).toEqual(keyQuotes.map((q) => ({ text: q.text })));
      reopened.close();
    } finally {
      remove();
    }
  });
});
