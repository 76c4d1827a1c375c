import type { Migration } from './types.js';

/** Articles, their digests, speakers and quotes. */
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
  stored_at TEXT NOT NULL
);
CREATE INDEX articles_stored_at ON articles (stored_at);

CREATE TABLE digests (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  engine TEXT NOT NULL,
  digest TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (article_id, engine)
);

CREATE TABLE speakers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  surname_key TEXT NOT NULL,
  kind TEXT NOT NULL
);
CREATE INDEX speakers_surname_key ON speakers (surname_key);

CREATE TABLE speaker_aliases (
  alias_key TEXT NOT NULL,
  speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
  PRIMARY KEY (alias_key, speaker_id)
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
  UNIQUE (article_id, start_offset)
);
CREATE INDEX quotes_speaker ON quotes (speaker_id, article_id);
`,
};
