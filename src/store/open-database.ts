import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { TidingsError } from '../core/errors.js';
import { migrations as allMigrations } from './migrations/index.js';
import type { Migration } from './migrations/types.js';

export type SqliteDatabase = Database.Database;

/** Applies every migration not yet recorded, each in its own transaction. */
export function migrate(db: SqliteDatabase, migrations: readonly Migration[] = allMigrations): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version),
  );
  const done: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    // A placeholder step (no SQL yet) is not recorded, so it runs once it is written.
    if (applied.has(m.version) || m.sql.trim() === '') continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
    done.push(m.version);
  }
  return done;
}

/**
 * Opens (creating on first use) the SQLite file, in WAL mode with foreign keys on and a busy
 * timeout so several processes can share it, and brings its schema up to date.
 */
export function openDatabase(path: string, options: { migrations?: readonly Migration[] } = {}): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (e) {
    throw new TidingsError('STORE_FAILED', `cannot open the database (${(e as Error).message}); check TIDINGS_DB`, { subject: path, cause: e });
  }
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  try {
    migrate(db, options.migrations);
  } catch (e) {
    db.close();
    throw new TidingsError('STORE_FAILED', `cannot update the database schema (${(e as Error).message})`, { subject: path, cause: e });
  }
  return db;
}
