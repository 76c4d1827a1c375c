import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteLlmCache } from '../../../src/store/sqlite-llm-cache.js';
import { tempDbPath } from './llm-harness.js';

const key = { contentHash: 'abc', model: 'm', promptVersion: 'digest-v1+00000000' };
const output = { tldr: 'T', bullets: ['B'], quotes: [{ speaker: 'S', text: 'Q' }] };

describe('SQLite LLM cache', () => {
  it('keeps results, usage and each server’s response mode across a reopen', () => {
    const path = tempDbPath();
    let db = openDatabase(path);
    let cache = createSqliteLlmCache(db);
    cache.put(key, output);
    cache.rememberResponseMode('http://localhost:11434/v1', 'json_object');
    cache.recordUsage({ ...key, articleId: 'a', engine: 'llm:m', requests: 1, promptTokens: 1200, completionTokens: 200, cacheHit: false, quotesDropped: 2, fallbackReason: null });
    db.close();

    db = openDatabase(path);
    cache = createSqliteLlmCache(db);
    expect(cache.get(key)).toEqual(output);
    expect(cache.get({ ...key, promptVersion: 'digest-v2+00000000' })).toBeNull();
    expect(cache.get({ ...key, model: 'other' })).toBeNull();
    expect(cache.responseMode('http://localhost:11434/v1')).toBe('json_object');
    expect(cache.responseMode('https://api.openai.com/v1')).toBeNull();
    expect(cache.usageTotals()).toEqual({ requests: 1, promptTokens: 1200, completionTokens: 200, cacheHits: 0, quotesDropped: 2, digests: 1 });
    db.close();
  });

  it('treats a stored result that no longer fits the contract as a miss', () => {
    const db = openDatabase(tempDbPath());
    db.prepare('INSERT INTO llm_results (content_hash, model, prompt_version, output, created_at) VALUES (?, ?, ?, ?, ?)').run(
      key.contentHash, key.model, key.promptVersion, '{"summary": "old shape"}', new Date().toISOString(),
    );
    expect(createSqliteLlmCache(db).get(key)).toBeNull();
    expect(createSqliteLlmCache(db).usageTotals()).toEqual({ requests: 0, promptTokens: 0, completionTokens: 0, cacheHits: 0, quotesDropped: 0, digests: 0 });
    db.close();
  });
});
