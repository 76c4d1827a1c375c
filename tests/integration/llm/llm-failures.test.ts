import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.js';
import { digestSchema } from '../../../src/core/digest.js';
import { createExtractiveSummarizer } from '../../../src/engines/extractive/extractive-summarizer.js';
import { createMemoryLlmCache } from '../../../src/engines/llm/llm-cache.js';
import { createLlmSummarizer } from '../../../src/engines/llm/llm-summarizer.js';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer, type Script } from '../../fakes/openai-server.js';
import { llmConfig, MODEL, readSeed, recordingLogger, recordingMetrics } from './llm-harness.js';

const good = {
  tldr: 'Putin skipped the Ukraine talks in Turkey.',
  bullets: ['Russia sent a delegation led by Vladimir Medinsky.'],
  quotes: [{ speaker: 'Marco Rubio', text: 'We’re impatient,' }],
};

let seed: Article;
let server: FakeOpenAiServer;
beforeAll(async () => {
  seed = await readSeed();
});
afterEach(async () => {
  await server?.close();
});

async function run(script: Script, overrides: Parameters<typeof llmConfig>[1] = {}) {
  server = await startFakeOpenAiServer(script);
  const logger = recordingLogger();
  const metrics = recordingMetrics();
  const summarizer = createLlmSummarizer({
    llm: llmConfig(server.baseUrl, overrides),
    extractive: createExtractiveSummarizer(),
    cache: createMemoryLlmCache(),
    logger,
    metrics,
  });
  const started = Date.now();
  const result = await summarizer.summarize(seed);
  return { ...result, ms: Date.now() - started, logger, metrics, requests: server.chatRequests().length };
}

const fallbackWarnings = (logger: ReturnType<typeof recordingLogger>) => logger.entries.filter((e) => e.level === 'warn');

describe('LLM failures end in a digest, in time', () => {
  it('4. waits out a 429 with Retry-After: 1 and answers with one digest after two requests', async () => {
    const r = await run((_req, n) => (n === 0 ? reply.status(429, 'slow down', { 'retry-after': '1' }) : reply.json(good)));
    expect(r.digest.engine).toBe(`llm:${MODEL}`);
    expect(r.requests).toBe(2);
    expect(r.ms).toBeGreaterThanOrEqual(950);
    expect(r.metrics.fallbacks).toEqual([]);
  });

  it('5a. a server answering 500 forever gets an extractive digest within the budget', async () => {
    // The bound is the behaviour under test (give up at the budget, not after ten retries or a 60 s
    // timeout); the extra second only absorbs scheduling delays on a loaded 2-core machine.
    const r = await run(() => reply.status(500, 'boom'), { budgetMs: 1_500, maxRetries: 10 });
    expect(r.digest.engine).toBe('extractive');
    expect(digestSchema.parse(r.digest)).toEqual(r.digest);
    expect(r.ms).toBeLessThan(1_500 + 1_000);
    expect(r.requests).toBeGreaterThan(1);
    expect(r.metrics.fallbacks).toEqual(['server_error']);
  });

  it('5b. a server that never answers gets an extractive digest within the budget', async () => {
    const r = await run(() => reply.hang(), { budgetMs: 1_500, timeoutMs: 60_000 });
    expect(r.digest.engine).toBe('extractive');
    expect(r.ms).toBeLessThan(1_500 + 1_000);
    expect(r.metrics.fallbacks).toHaveLength(1);
    expect(fallbackWarnings(r.logger)[0]?.obj).toMatchObject({ reason: expect.stringMatching(/budget_exhausted|timeout/u) });
  });

  it('6. malformed JSON twice falls back to the extractive engine and logs why', async () => {
    const r = await run(() => reply.text('{"tldr": "Putin skipped the talks", "bullets": ['));
    expect(r.digest.engine).toBe('extractive');
    expect(r.requests).toBe(2);
    const repair = server.chatRequests()[1]!.body!.messages;
    expect(repair.at(-1)?.content).toMatch(/not valid JSON/u);
    const warning = fallbackWarnings(r.logger)[0];
    expect(warning?.obj).toMatchObject({ reason: 'invalid_output' });
    expect(r.metrics.fallbacks).toEqual(['invalid_output']);
  });

  it('repairs one malformed reply and uses the second', async () => {
    const r = await run((_req, n) => (n === 0 ? reply.text('Sure! Here is the digest: tldr …') : reply.json(good)));
    expect(r.digest.engine).toBe(`llm:${MODEL}`);
    expect(r.requests).toBe(2);
  });

  it('a refusal falls back at once, without retrying', async () => {
    const r = await run(() => reply.refusal('I cannot help with that.'));
    expect(r.digest.engine).toBe('extractive');
    expect(r.requests).toBe(1);
    expect(r.metrics.fallbacks).toEqual(['refusal']);
  });

  it('a refused connection falls back to the extractive engine', async () => {
    server = await startFakeOpenAiServer();
    const baseUrl = server.baseUrl;
    await server.close();
    const metrics = recordingMetrics();
    const summarizer = createLlmSummarizer({
      llm: llmConfig(baseUrl, { budgetMs: 3_000 }),
      extractive: createExtractiveSummarizer(),
      cache: createMemoryLlmCache(),
      logger: recordingLogger(),
      metrics,
    });
    const { digest } = await summarizer.summarize(seed);
    expect(digest.engine).toBe('extractive');
    expect(metrics.fallbacks).toEqual(['connection']);
  });
});
