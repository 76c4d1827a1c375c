import type { LlmCache, UsageTotals } from '../engines/llm/llm-cache.js';
import { modelDigestSchema } from '../engines/llm/model-output.js';
import type { SqliteDatabase } from './open-database.js';

/** LLM results, usage and server response modes in the tidings database (migration 2). */
export function createSqliteLlmCache(db: SqliteDatabase): LlmCache {
  const getResult = db.prepare<[string, string, string], { output: string }>(
    'SELECT output FROM llm_results WHERE content_hash = ? AND model = ? AND prompt_version = ?',
  );
  const putResult = db.prepare(
    `INSERT INTO llm_results (content_hash, model, prompt_version, output, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (content_hash, model, prompt_version) DO UPDATE SET output = excluded.output, created_at = excluded.created_at`,
  );
  const addUsage = db.prepare(
    `INSERT INTO llm_usage (article_id, content_hash, model, prompt_version, engine, requests, prompt_tokens,
       completion_tokens, cache_hit, quotes_dropped, fallback_reason, created_at)
     VALUES (@articleId, @contentHash, @model, @promptVersion, @engine, @requests, @promptTokens,
       @completionTokens, @cacheHit, @quotesDropped, @fallbackReason, @createdAt)`,
  );
  const totals = db.prepare<[], UsageTotals>(
    `SELECT COALESCE(SUM(requests), 0) AS requests, COALESCE(SUM(prompt_tokens), 0) AS promptTokens,
       COALESCE(SUM(completion_tokens), 0) AS completionTokens, COALESCE(SUM(cache_hit), 0) AS cacheHits,
       COALESCE(SUM(quotes_dropped), 0) AS quotesDropped, COUNT(*) AS digests
     FROM llm_usage`,
  );
  const getMode = db.prepare<[string], { response_mode: string }>('SELECT response_mode FROM llm_endpoints WHERE base_url = ?');
  const putMode = db.prepare(
    `INSERT INTO llm_endpoints (base_url, response_mode, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (base_url) DO UPDATE SET response_mode = excluded.response_mode, updated_at = excluded.updated_at`,
  );
  return {
    get(key) {
      const row = getResult.get(key.contentHash, key.model, key.promptVersion);
      if (!row) return null;
      // A row that no longer parses (an older contract) is a miss, not a fault.
      let json: unknown;
      try {
        json = JSON.parse(row.output);
      } catch {
        return null;
      }
      const parsed = modelDigestSchema.safeParse(json);
      return parsed.success ? parsed.data : null;
    },
    put(key, output) {
      putResult.run(key.contentHash, key.model, key.promptVersion, JSON.stringify(output), new Date().toISOString());
    },
    recordUsage(u) {
      addUsage.run({
        articleId: u.articleId,
        contentHash: u.contentHash,
        model: u.model,
        promptVersion: u.promptVersion,
        engine: u.engine,
        requests: u.requests,
        promptTokens: u.promptTokens,
        completionTokens: u.completionTokens,
        cacheHit: u.cacheHit ? 1 : 0,
        quotesDropped: u.quotesDropped,
        fallbackReason: u.fallbackReason,
        createdAt: new Date().toISOString(),
      });
    },
    usageTotals: () => totals.get() ?? { requests: 0, promptTokens: 0, completionTokens: 0, cacheHits: 0, quotesDropped: 0, digests: 0 },
    responseMode(baseUrl) {
      const mode = getMode.get(baseUrl)?.response_mode;
      return mode === 'json_schema' || mode === 'json_object' ? mode : null;
    },
    rememberResponseMode(baseUrl, mode) {
      putMode.run(baseUrl, mode, new Date().toISOString());
    },
  };
}
