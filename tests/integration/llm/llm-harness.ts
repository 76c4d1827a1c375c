import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../../src/config/config.js';
import { buildArticle, type Article } from '../../../src/core/article.js';
import type { Logger } from '../../../src/core/ports/logger.js';
import type { Metrics } from '../../../src/core/ports/metrics.js';
import { createArticleReader } from '../../../src/ingest/create-article-reader.js';
import { corpusPath, seedArticlePath } from '../../support/corpus.js';

export const MODEL = 'test-model';

export function llmConfig(baseUrl: string, overrides: Partial<NonNullable<Config['llm']>> = {}): NonNullable<Config['llm']> {
  return {
    apiKey: 'sk-test',
    baseUrl,
    model: MODEL,
    timeoutMs: 5_000,
    budgetMs: 10_000,
    concurrency: 4,
    maxRetries: 2,
    contextTokens: 12_000,
    ...overrides,
  };
}

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg: string | undefined;
}

/** A Logger that keeps every line, for asserting what was logged. */
export function recordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const make = (bindings: Record<string, unknown>): Logger => {
    const at = (level: LogEntry['level']) => (obj: object, msg?: string) => void entries.push({ level, obj: { ...bindings, ...obj }, msg });
    return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: (b) => make({ ...bindings, ...b }) };
  };
  return Object.assign(make({}), { entries });
}

/** Metrics that count what the LLM path reports. */
export function recordingMetrics(): Metrics & { fallbacks: string[]; dropped: Map<string, number> } {
  const fallbacks: string[] = [];
  const dropped = new Map<string, number>();
  return {
    fallbacks,
    dropped,
    commandHandled() {},
    digestMade() {},
    llmOutputDropped: (reason, n) => void dropped.set(reason, (dropped.get(reason) ?? 0) + n),
    llmFallback: (reason) => void fallbacks.push(reason),
    error() {},
  };
}

/** The seed article as the ingest path reads it. */
export function readSeed(): Promise<Article> {
  return createArticleReader({ fetch: { allowPrivate: false, timeoutMs: 5_000, maxBytes: 5_000_000 } }).read(seedArticlePath);
}

/** A long article (at least `words` words) made of real PolNeAR news paragraphs. */
export function longArticle(words: number): Article {
  const dir = corpusPath('polnear', 'train', 'text');
  const blocks: Array<{ kind: 'paragraph'; text: string }> = [];
  let count = 0;
  for (const file of readdirSync(dir).sort()) {
    for (const p of readFileSync(join(dir, file), 'utf8').split(/\n\s*\n/u)) {
      const text = p.trim();
      if (text === '') continue;
      blocks.push({ kind: 'paragraph', text });
      count += text.split(/\s+/u).length;
    }
    if (count >= words) break;
  }
  return buildArticle({ title: 'A long read on the 2016 campaign', source: 'polnear', blocks });
}

export const tempDbPath = (): string => join(mkdtempSync(join(tmpdir(), 'tidings-llm-')), 'tidings.db');
