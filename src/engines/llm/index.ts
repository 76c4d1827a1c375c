/** The LLM engine: what the composition root and `tidings stats` use. */
export { createLlmSummarizer, OPENAI_BASE_URL, type LlmSummarizerOptions } from './llm-summarizer.js';
export { createMemoryLlmCache, type LlmCache, type LlmCacheKey, type LlmUsageRecord, type UsageTotals } from './llm-cache.js';
export { formatUsageTotals } from './format-usage-totals.js';
export { defaultPromptsDir, loadPrompts, type LoadedPrompts } from './load-prompts.js';
