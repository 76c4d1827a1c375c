import { afterEach, describe, expect, it } from 'vitest';
import { createExtractiveSummarizer } from '../../../src/engines/extractive/extractive-summarizer.js';
import { formatUsageTotals } from '../../../src/engines/llm/format-usage-totals.js';
import { createMemoryLlmCache } from '../../../src/engines/llm/llm-cache.js';
import { createLlmSummarizer } from '../../../src/engines/llm/llm-summarizer.js';
import { openDatabase, type SqliteDatabase } from '../../../src/store/open-database.js';
import { createSqliteLlmCache } from '../../../src/store/sqlite-llm-cache.js';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer } from '../../fakes/openai-server.js';
import { llmConfig, MODEL, readSeed, recordingLogger, recordingMetrics, tempDbPath } from './llm-harness.js';

let server: FakeOpenAiServer;
afterEach(async () => {
  await server?.close();
});

const modelReply = {
  tldr: 'Putin skipped the Ukraine talks in Turkey.',
  bullets: ['Russia sent a delegation led by Vladimir Medinsky.', 'Rubio said the U.S. is impatient.'],
  quotes: [
    { speaker: 'Marco Rubio', text: 'We’re impatient,' },
    { speaker: 'Marco Rubio', text: 'We will win this war.' },
  ],
};

const summarizerOn = (db: SqliteDatabase) =>
  createLlmSummarizer({
    llm: llmConfig(server.baseUrl),
    extractive: createExtractiveSummarizer(),
    cache: createSqliteLlmCache(db),
    logger: recordingLogger(),
    metrics: recordingMetrics(),
  });

describe('LLM result cache', () => {
  it('8. the same article twice costs zero requests the second time, also after reopening the store', async () => {
    server = await startFakeOpenAiServer(() => reply.json(modelReply));
    const seed = await readSeed();
    const dbPath = tempDbPath();
    let db = openDatabase(dbPath);
    const first = await summarizerOn(db).summarize(seed);
    const second = await summarizerOn(db).summarize(seed);
    expect(server.chatRequests()).toHaveLength(1);
    expect(second.digest).toEqual(first.digest);
    db.close();

    db = openDatabase(dbPath);
    const third = await summarizerOn(db).summarize(seed);
    expect(server.chatRequests()).toHaveLength(1);
    expect(third.digest).toEqual(first.digest);
    expect(third.digest.engine).toBe(`llm:${MODEL}`);

    const totals = createSqliteLlmCache(db).usageTotals();
    db.close();
    expect(totals).toMatchObject({ digests: 3, requests: 1, cacheHits: 2, quotesDropped: 3 });
    expect(totals.promptTokens).toBeGreaterThan(0);
    expect(totals.completionTokens).toBeGreaterThan(0);
    const printed = formatUsageTotals(totals);
    expect(printed).toMatch(/requests\s+1\b/u);
    expect(printed).toMatch(/cache hits\s+2 \(67%\)/u);
    expect(printed).toMatch(/quotes dropped\s+3\b/u);
  });
});

describe('LLM request concurrency', () => {
  it('the same article asked for twice at once costs one request', async () => {
    server = await startFakeOpenAiServer(() => reply.json(modelReply, { delayMs: 100 }));
    const seed = await readSeed();
    const summarizer = createLlmSummarizer({
      llm: llmConfig(server.baseUrl),
      extractive: createExtractiveSummarizer(),
      cache: createMemoryLlmCache(),
      logger: recordingLogger(),
      metrics: recordingMetrics(),
    });
    const [a, b] = await Promise.all([summarizer.summarize(seed), summarizer.summarize(seed)]);
    expect(server.chatRequests()).toHaveLength(1);
    expect(a.digest.engine).toBe(`llm:${MODEL}`);
    expect(b.digest).toEqual(a.digest);
  });

  it('keeps at most `concurrency` requests in flight across simultaneous digests', async () => {
    server = await startFakeOpenAiServer(() => reply.json(modelReply, { delayMs: 150 }));
    const seed = await readSeed();
    const summarizer = createLlmSummarizer({
      llm: llmConfig(server.baseUrl, { concurrency: 2 }),
      extractive: createExtractiveSummarizer(),
      cache: createMemoryLlmCache(),
      logger: recordingLogger(),
      metrics: recordingMetrics(),
    });
    const articles = [1, 2, 3, 4, 5].map((n) => ({ ...seed, contentHash: `hash-${n}`, id: `id-${n}` }));
    const results = await Promise.all(articles.map((a) => summarizer.summarize(a)));
    expect(results.every((r) => r.digest.engine === `llm:${MODEL}`)).toBe(true);
    expect(server.chatRequests()).toHaveLength(5);
    expect(server.maxInFlight()).toBe(2);
  });
});
