import type { UsageTotals } from './llm-cache.js';

const n = (x: number): string => x.toLocaleString('en-US');

/** The `tidings stats` block for LLM usage. */
export function formatUsageTotals(t: UsageTotals): string {
  const hitRate = t.digests === 0 ? 0 : Math.round((t.cacheHits / t.digests) * 100);
  return [
    'LLM usage',
    `  digests          ${n(t.digests)}`,
    `  requests         ${n(t.requests)}`,
    `  prompt tokens    ${n(t.promptTokens)}`,
    `  output tokens    ${n(t.completionTokens)}`,
    `  cache hits       ${n(t.cacheHits)} (${hitRate}%)`,
    `  quotes dropped   ${n(t.quotesDropped)} (not found verbatim or not said by anyone the article names)`,
  ].join('\n');
}
