import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type SqliteDatabase } from '../../../../src/store/open-database.js';
import type { ArticleRow } from '../../../../src/store/sqlite-article-row.js';

/** A real SQLite file in a fresh temp directory, removed by `cleanup`. */
export function tempDatabase(): { path: string; db: SqliteDatabase; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-schedule-'));
  const path = join(dir, 'tidings.db');
  const db = openDatabase(path);
  return {
    path,
    db,
    cleanup: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Inserts one `articles` row, filling `seq` when the schema has it. */
export function insertArticleRow(db: SqliteDatabase, row: Omit<ArticleRow, 'seq'>): void {
  const columns = (db.prepare('PRAGMA table_info(articles)').all() as Array<{ name: string }>).map((c) => c.name);
  const values: Record<string, unknown> = { ...row };
  if (columns.includes('seq')) values.seq = (db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM articles').get() as { n: number }).n;
  const names = Object.keys(values);
  db.prepare(`INSERT INTO articles (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(values);
}

/** Inserts a bare article row (what the article store would write), for channel queries. */
export function insertArticle(
  db: SqliteDatabase,
  a: { id: string; title?: string; url?: string | null; publishedAt?: string | null; storedAt: string },
): void {
  const body = `Body of ${a.id}.`;
  insertArticleRow(db, {
    id: a.id,
    content_hash: `hash-${a.id}`,
    url: a.url ?? null,
    title: a.title ?? `Title ${a.id}`,
    body,
    blocks: JSON.stringify([{ kind: 'paragraph', start: 0, end: body.length }]),
    words: 3,
    published_at: a.publishedAt ?? null,
    source: a.url ?? 'test',
    stored_at: a.storedAt,
  });
}
