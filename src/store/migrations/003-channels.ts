import type { Migration } from './types.js';

/**
 * What each channel has been sent. `channel_sent` answers "not yet sent" for `/digest` and the
 * scheduled digest; `channel_digests` remembers each digest's article ids for `/digest latest`.
 */
export const migration: Migration = {
  version: 3,
  name: 'channel-deliveries',
  sql: `
CREATE TABLE channel_sent (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  sent_at TEXT NOT NULL,
  PRIMARY KEY (platform, channel_id, article_id)
);

CREATE TABLE channel_digests (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  article_ids TEXT NOT NULL,
  UNIQUE (platform, channel_id, sent_at)
);
`,
};
