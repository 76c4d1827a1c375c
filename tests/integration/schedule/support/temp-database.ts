import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type SqliteDatabase } from '../../../../src/store/open-database.js';

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

/** Inserts a bare article row (what the article store would write), for channel queries. */
export function insertArticle(
  db: SqliteDatabase,
  a: { id: string; title?: string; url?: string | null; publishedAt?: string | null; storedAt: string },
): void {
  const body = `Body of ${a.id}.`;
  db.prepare(
    `INSERT INTO articles (id, content_hash, url, title, body, blocks, words, published_at, source, stored_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    a.id,
    `hash-${a.id}`,
    a.url ?? null,
    a.title ?? `Title ${a.id}`,
    body,
    JSON.stringify([{ kind: 'paragraph', start: 0, end: body.length }]),
    3,
    a.publishedAt ?? null,
    a.url ?? 'test',
    a.storedAt,
  );
}
