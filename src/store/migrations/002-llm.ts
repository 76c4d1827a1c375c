import type { Migration } from './types.js';

/** Model results by (article hash, model, prompt version), usage per digest, and each server's response mode. */
export const migration: Migration = {
  version: 2,
  name: 'llm-cache-and-usage',
  sql: `
CREATE TABLE llm_results (
  content_hash TEXT NOT NULL,
  model TEXT NOT NULL,
  prompt_version TEXT NOT NULL,
  output TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (content_hash, model, prompt_version)
);

CREATE TABLE llm_usage (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  model TEXT NOT NULL,
  prompt_version TEXT NOT NULL,
  engine TEXT NOT NULL,
  requests INTEGER NOT NULL,
  prompt_tokens INTEGER NOT NULL,
  completion_tokens INTEGER NOT NULL,
  cache_hit INTEGER NOT NULL,
  quotes_dropped INTEGER NOT NULL,
  fallback_reason TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX llm_usage_created_at ON llm_usage (created_at);

CREATE TABLE llm_endpoints (
  base_url TEXT PRIMARY KEY,
  response_mode TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`,
};
