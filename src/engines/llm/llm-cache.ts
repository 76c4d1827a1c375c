import type { ResponseMode } from './chat-request.js';
import type { ModelDigest } from './model-output.js';

/** A model result is reused only for the same text, model and prompt. */
export interface LlmCacheKey {
  contentHash: string;
  model: string;
  promptVersion: string;
}

/** What one digest cost, stored for `tidings stats`. */
export interface LlmUsageRecord extends LlmCacheKey {
  articleId: string;
  /** Engine that answered: "llm:<model>" or "extractive" after a fallback. */
  engine: string;
  requests: number;
  promptTokens: number;
  completionTokens: number;
  cacheHit: boolean;
  quotesDropped: number;
  fallbackReason: string | null;
}

export interface UsageTotals {
  requests: number;
  promptTokens: number;
  completionTokens: number;
  cacheHits: number;
  quotesDropped: number;
  digests: number;
}

/** Model results, usage, and which response mode each server accepts; survives restarts when backed by SQLite. */
export interface LlmCache {
  /** The model's validated output for this key, if one was stored. */
  get(key: LlmCacheKey): ModelDigest | null;
  /** Stores the model's validated output (before verification, which reruns on every use). */
  put(key: LlmCacheKey, output: ModelDigest): void;
  /** Appends one digest's usage row. */
  recordUsage(usage: LlmUsageRecord): void;
  /** Sums over every usage row. */
  usageTotals(): UsageTotals;
  /** The response mode that last worked for a base URL. */
  responseMode(baseUrl: string): ResponseMode | null;
  /** Remembers the response mode that works for a base URL. */
  rememberResponseMode(baseUrl: string, mode: ResponseMode): void;
}

const keyOf = (k: LlmCacheKey): string => `${k.contentHash}\u0000${k.model}\u0000${k.promptVersion}`;

/** An in-process cache, for tests and for runs without a database. */
export function createMemoryLlmCache(): LlmCache {
  const results = new Map<string, ModelDigest>();
  const usage: LlmUsageRecord[] = [];
  const modes = new Map<string, ResponseMode>();
  return {
    get: (key) => results.get(keyOf(key)) ?? null,
    put: (key, output) => void results.set(keyOf(key), output),
    recordUsage: (u) => void usage.push(u),
    usageTotals: () =>
      usage.reduce(
        (t, u) => ({
          requests: t.requests + u.requests,
          promptTokens: t.promptTokens + u.promptTokens,
          completionTokens: t.completionTokens + u.completionTokens,
          cacheHits: t.cacheHits + (u.cacheHit ? 1 : 0),
          quotesDropped: t.quotesDropped + u.quotesDropped,
          digests: t.digests + 1,
        }),
        { requests: 0, promptTokens: 0, completionTokens: 0, cacheHits: 0, quotesDropped: 0, digests: 0 },
      ),
    responseMode: (baseUrl) => modes.get(baseUrl) ?? null,
    rememberResponseMode: (baseUrl, mode) => void modes.set(baseUrl, mode),
  };
}
