import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteArticleStore } from '../../../src/store/sqlite-article-store.js';
import { describeArticleStoreContract } from './article-store.contract.js';
import { digestOf, makeArticle, quoteOf, seedArticleWithQuotes, steppingClock } from './store-fixtures.js';

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

describe('sqlite store shared with another process', () => {
  it('suggests speakers another connection stored after this one last looked, with their new counts', async () => {
    const { path, db, remove } = tempDatabase();
    const other = openDatabase(path);
    try {
      const reader = createSqliteArticleStore(db, { clock: steppingClock() });
      const writer = createSqliteArticleStore(other, { clock: steppingClock('2026-02-01T00:00:00.000Z') });
      const { article, quotes } = seedArticleWithQuotes();
      await writer.saveDigest(article, digestOf(article, quotes), quotes);
      const before = await reader.quotesBySpeaker('Peskow');
      expect(before.found === false && before.suggestions[0]).toEqual({ name: 'Volodymyr Zelenskyy', quotes: 5 });

      const later = makeArticle('Kremlin', ['“No comment,” Dmitry Peskov said. “None,” he said. “Nothing,” Peskov said.']);
      const peskov = ['No comment,', 'None,', 'Nothing,'].map((t) => quoteOf(later, t, 'Dmitry Peskov'));
      await writer.saveDigest(later, digestOf(later, peskov), peskov);
      const lookup = await reader.quotesBySpeaker('Peskow');
      expect(lookup.found === false && lookup.suggestions[0]).toEqual({ name: 'Dmitry Peskov', quotes: 3 });
    } finally {
      other.close();
      db.close();
      remove();
    }
  });
});

describe('sqlite store failures', () => {
  it('reports a database it cannot use as STORE_FAILED naming the file, not a driver stack', async () => {
    const { path, db, remove } = tempDatabase();
    try {
      const store = createSqliteArticleStore(db);
      db.close();
      const { article, quotes } = seedArticleWithQuotes();
      for (const attempt of [store.quotesBySpeaker('zelensky'), store.listArticles(), store.speakers()]) {
        expect(await attempt.catch((e: unknown) => e)).toMatchObject({ name: 'TidingsError', code: 'STORE_FAILED', subject: path });
      }
      const saving = await store.saveDigest(article, digestOf(article, quotes), quotes).catch((e: unknown) => e);
      expect(saving).toMatchObject({ code: 'STORE_FAILED', subject: article.source, message: expect.stringMatching(/^could not store the article/u) });
    } finally {
      remove();
    }
  });
});
