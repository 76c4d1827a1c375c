/**
 * LLM path figures on the seed article, against the fake OpenAI-compatible server (no network):
 *   npx tsx bench/bench-llm.ts
 * 1. Requests and prompt/completion tokens for one digest (target: 1 request; prompt tokens ≤
 *    article tokens + 400). Tokens are o200k_base counts of what was sent, as the fake reports them.
 * 2. Verification's added latency: median of many runs of verifyDigest on a realistic model reply
 *    (target < 2 ms), with the extractive speaker view already built and including building it.
 * 3. The same as 1 for a 30,000-word article (PolNeAR paragraphs): parts + 1 merge request.
 */
import { performance } from 'node:perf_hooks';
import { createExtractiveSummarizer, digestExtractively } from '../src/engines/extractive/extractive-summarizer.js';
import { countTokens } from '../src/engines/llm/count-tokens.js';
import { extractiveSpeakerView } from '../src/engines/llm/extractive-speaker-view.js';
import { createMemoryLlmCache } from '../src/engines/llm/llm-cache.js';
import { createLlmSummarizer } from '../src/engines/llm/llm-summarizer.js';
import { loadPrompts } from '../src/engines/llm/load-prompts.js';
import { verifyDigest } from '../src/engines/llm/verify-digest.js';
import { silentLogger } from '../src/core/ports/logger.js';
import { noopMetrics } from '../src/core/ports/metrics.js';
import { createArticleReader } from '../src/ingest/create-article-reader.js';
import { seedArticlePath } from '../tests/support/corpus.js';
import { reply, startFakeOpenAiServer } from '../tests/fakes/openai-server.js';
import { longArticle } from '../tests/integration/llm/llm-harness.js';

const modelReply = {
  tldr: 'Putin skipped the Ukraine peace talks in Turkey as Russian officials mocked Zelenskyy and dismissed Trump’s pressure.',
  bullets: [
    'Zelenskyy arrived in Ankara while Russia sent a delegation led by Vladimir Medinsky.',
    'Lavrov called Zelenskyy “pathetic”; Zakharova labelled him a “dummy,” “clown,” and “loser”.',
    'Ukraine demands an immediate 30-day ceasefire and rejects Russian territorial claims.',
    'Marco Rubio said the U.S. is impatient and open to any mechanism for peace.',
  ],
  quotes: [
    { speaker: 'Volodymyr Zelenskyy', text: 'From what we see, it looks more like a decorative deployment by Moscow.' },
    { speaker: 'Marco Rubio', text: 'We are open to any mechanism that can bring about a sustainable and just peace in Ukraine.' },
    { speaker: 'Zelenskyy', text: "Our delegation is at the highest level," },
    { speaker: 'a European diplomat', text: 'Russia came to show up, not to negotiate.' },
    { speaker: 'Vladimir Putin', text: 'We will never negotiate with clowns.' },
    { speaker: 'Vladimir Putin', text: "We're impatient," },
  ],
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

const article = await createArticleReader({ fetch: { allowPrivate: false, timeoutMs: 5_000, maxBytes: 5_000_000 } }).read(seedArticlePath);
const server = await startFakeOpenAiServer(() => reply.json(modelReply));
const cache = createMemoryLlmCache();
const summarizer = createLlmSummarizer({
  llm: { apiKey: 'sk-bench', baseUrl: server.baseUrl, model: 'bench-model', timeoutMs: 10_000, budgetMs: 30_000, concurrency: 4, maxRetries: 2, contextTokens: 12_000 },
  extractive: createExtractiveSummarizer(),
  cache,
  logger: silentLogger,
  metrics: noopMetrics,
});
const { digest } = await summarizer.summarize(article);
await server.close();
const usage = cache.usageTotals();
const articleTokens = countTokens(article.text);
console.log(`Seed article: ${article.words} words, ${articleTokens} article tokens (o200k_base); prompt version ${loadPrompts().version}`);
console.log(`  engine ${digest.engine}; requests ${usage.requests} (target 1)`);
console.log(`  prompt tokens ${usage.promptTokens} = article + ${usage.promptTokens - articleTokens} (target ≤ article + 400); completion tokens ${usage.completionTokens}`);
const extractive = digestExtractively(article);
const view = extractiveSpeakerView(article);
const once = verifyDigest(article, view, modelReply, extractive.digest);
console.log(
  `  model quotes ${modelReply.quotes.length}: kept ${once.quotes.length} (${once.speakersCorrected} with the speaker corrected), dropped ${once.dropped.map((d) => d.reason).join(', ') || 'none'}`,
);
const RUNS = 500;
for (let i = 0; i < 50; i++) verifyDigest(article, view, modelReply, extractive.digest);
const warm: number[] = [];
const withView: number[] = [];
for (let i = 0; i < RUNS; i++) {
  let t = performance.now();
  verifyDigest(article, view, modelReply, extractive.digest);
  warm.push(performance.now() - t);
  t = performance.now();
  verifyDigest(article, extractiveSpeakerView(article), modelReply, extractive.digest);
  withView.push(performance.now() - t);
}
console.log(
  `Verification latency over ${RUNS} runs (median): ${median(warm).toFixed(3)} ms with the speaker view built; ${median(withView).toFixed(3)} ms including building it (target < 2 ms).`,
);
console.log('  The extractive analysis behind the view is cached per Article and already done: the summarizer runs the extractive engine first.');

const long = longArticle(30_000);
const longServer = await startFakeOpenAiServer(() => reply.json({ tldr: 'In brief.', bullets: ['A point.'], quotes: [] }));
const longCache = createMemoryLlmCache();
const longStarted = performance.now();
await createLlmSummarizer({
  llm: { apiKey: 'sk-bench', baseUrl: longServer.baseUrl, model: 'bench-model', timeoutMs: 10_000, budgetMs: 60_000, concurrency: 4, maxRetries: 2, contextTokens: 12_000 },
  extractive: createExtractiveSummarizer(),
  cache: longCache,
  logger: silentLogger,
  metrics: noopMetrics,
}).summarize(long);
const longMs = performance.now() - longStarted;
await longServer.close();
const longUsage = longCache.usageTotals();
console.log(
  `Long article: ${long.words} words, ${countTokens(long.text)} tokens, context 12,000 → ${longUsage.requests} requests (parts + 1 merge), prompt tokens ${longUsage.promptTokens}, ${Math.round(longMs)} ms end to end against the fake`,
);
