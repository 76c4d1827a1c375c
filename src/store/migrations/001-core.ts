import type { Migration } from './types.js';

/**
 * Articles, their digests, speakers and quotes. Plain SQL that PostgreSQL also reads, except
 * `INTEGER PRIMARY KEY` (an identity column there).
 *
 * Denormalised on purpose, so `quotes <speaker>` is index-only on 10,000 articles:
 * `speakers.quote_count` (kept by the store on insert) orders speaker lists and suggestions;
 * `speakers.name` (what is shown) is the most quoted of the spellings counted in `speaker_spellings`,
 * while `speakers.key_name` is the spelling `name_key` was made from (identity never drifts);
 * `quotes.article_date` (the article's publication instant in UTC, else when it was stored)
 * and `quotes.article_seq` let one index serve "this speaker's quotes, newest article first";
 * `speakers.changed_seq` (the seq of the article that last changed its name or count) lets a
 * process keep its suggestion index current by reading only the rows changed since it last looked.
 */
export const migration: Migration = {
  version: 1,
  name: 'articles-digests-quotes-speakers',
  sql: `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  url TEXT UNIQUE,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  blocks TEXT NOT NULL,
  words INTEGER NOT NULL,
  published_at TEXT,
  source TEXT NOT NULL,
  stored_at TEXT NOT NULL,
  seq INTEGER NOT NULL UNIQUE
);
CREATE INDEX articles_stored_at ON articles (stored_at, seq);

CREATE TABLE digests (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  engine TEXT NOT NULL,
  digest TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (article_id, engine)
);

CREATE TABLE speakers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  key_name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  surname_key TEXT,
  kind TEXT NOT NULL,
  quote_count INTEGER NOT NULL DEFAULT 0,
  changed_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX speakers_surname_key ON speakers (surname_key);
CREATE INDEX speakers_quote_count ON speakers (quote_count);
CREATE INDEX speakers_changed_seq ON speakers (changed_seq);

CREATE TABLE speaker_aliases (
  alias_key TEXT NOT NULL,
  speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  PRIMARY KEY (alias_key, speaker_id)
);

CREATE TABLE speaker_spellings (
  speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
  spelling TEXT NOT NULL,
  quotes INTEGER NOT NULL,
  PRIMARY KEY (speaker_id, spelling)
);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  speaker_id INTEGER NOT NULL REFERENCES speakers (id),
  role TEXT,
  text TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  fragment INTEGER NOT NULL,
  is_key INTEGER NOT NULL,
  search_text TEXT NOT NULL,
  article_date TEXT NOT NULL,
  article_seq INTEGER NOT NULL,
  UNIQUE (article_id, start_offset)
);
CREATE INDEX quotes_by_speaker ON quotes (speaker_id, article_date DESC, article_seq DESC, start_offset);
CREATE INDEX quotes_by_date ON quotes (article_date DESC, article_seq DESC, start_offset);
`,
};
