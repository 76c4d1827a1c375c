import type { Migration } from './types.js';

/**
 * Sources a channel follows, the feed items seen from each, digest schedules and their
 * deliveries. `deliveries` has one row per (schedule, slot): inserting it is the claim that
 * makes each slot post at most once, whichever process gets there first.
 */
export const migration: Migration = {
  version: 4,
  name: 'sources-schedules-claims',
  sql: `
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  url TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('feed', 'page')),
  title TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT,
  etag TEXT,
  last_modified TEXT,
  last_success_at TEXT,
  last_error TEXT,
  last_error_at TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  next_poll_at TEXT NOT NULL,
  paused INTEGER NOT NULL DEFAULT 0,
  UNIQUE (platform, channel_id, url)
);
CREATE INDEX sources_channel ON sources (platform, channel_id);
CREATE INDEX sources_due ON sources (paused, next_poll_at);

CREATE TABLE feed_items (
  source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  guid TEXT,
  url TEXT,
  article_id TEXT REFERENCES articles (id) ON DELETE SET NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (source_id, item_key)
);
CREATE INDEX feed_items_guid ON feed_items (guid);
CREATE INDEX feed_items_url ON feed_items (url);
CREATE INDEX feed_items_article ON feed_items (article_id);

CREATE TABLE schedules (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  workspace_id TEXT,
  spec TEXT NOT NULL,
  cron TEXT NOT NULL,
  timezone TEXT NOT NULL,
  paused INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  created_by TEXT,
  next_slot_at TEXT NOT NULL
);
CREATE INDEX schedules_channel ON schedules (platform, channel_id);
CREATE INDEX schedules_due ON schedules (paused, next_slot_at);

CREATE TABLE deliveries (
  schedule_id INTEGER NOT NULL REFERENCES schedules (id) ON DELETE CASCADE,
  slot TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'empty', 'failed', 'abandoned')),
  claimed_at TEXT NOT NULL,
  claimed_by TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 1,
  finished_at TEXT,
  message_id TEXT,
  article_ids TEXT,
  error TEXT,
  PRIMARY KEY (schedule_id, slot)
);
CREATE INDEX deliveries_status ON deliveries (status, claimed_at);
`,
};
