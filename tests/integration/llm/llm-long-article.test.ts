import { afterEach, describe, expect, it } from 'vitest';
import { createExtractiveSummarizer } from '../../../src/engines/extractive/extractive-summarizer.js';
import { countTokens } from '../../../src/engines/llm/count-tokens.js';
import { createMemoryLlmCache } from '../../../src/engines/llm/llm-cache.js';
import { createLlmSummarizer } from '../../../src/engines/llm/llm-summarizer.js';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer } from '../../fakes/openai-server.js';
import { countChatTokens } from '../../../src/engines/llm/count-tokens.js';
import { llmConfig, longArticle, MODEL, recordingLogger, recordingMetrics } from './llm-harness.js';

let server: FakeOpenAiServer;
afterEach(async () => {
  await server?.close();
});

describe('long articles', () => {
  it('9. a 30,000-word article is digested in parts then merged, in at most 1 + parts requests', async () => {
    const article = longArticle(30_000);
    expect(article.words).toBeGreaterThanOrEqual(30_000);
    server = await startFakeOpenAiServer((req) => {
      const user = req.body!.messages.find((m) => m.role === 'user')!.content;
      return user.includes('<parts>')
        ? reply.json({ tldr: 'The campaign, in brief.', bullets: ['The parts agree.'], quotes: [] })
        : reply.json({ tldr: 'One part.', bullets: ['A point.'], quotes: [] });
    });
    const contextTokens = 12_000;
    const summarizer = createLlmSummarizer({
      llm: llmConfig(server.baseUrl, { contextTokens, budgetMs: 60_000 }),
      extractive: createExtractiveSummarizer(),
      cache: createMemoryLlmCache(),
      logger: recordingLogger(),
      metrics: recordingMetrics(),
    });
    const { digest } = await summarizer.summarize(article);

    const requests = server.chatRequests();
    const userMessage = (r: (typeof requests)[number]) => r.body!.messages.find((m) => m.role === 'user')!.content;
    const parts = requests.filter((r) => userMessage(r).includes('<article>'));
    const reduce = requests.filter((r) => userMessage(r).includes('<parts>'));
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(countTokens(article.text) / contextTokens));
    expect(reduce).toHaveLength(1);
    expect(requests.length).toBe(parts.length + 1);
    for (const r of requests) expect(countChatTokens(r.body!.messages)).toBeLessThanOrEqual(contextTokens);
    // Every paragraph goes to exactly one part, whole.
    const sent = parts.map(userMessage);
    for (const block of article.blocks) {
      const text = article.text.slice(block.start, block.end);
      expect(sent.filter((s) => s.includes(text)).length).toBeGreaterThanOrEqual(1);
    }
    expect(digest).toMatchObject({ engine: `llm:${MODEL}`, tldr: 'The campaign, in brief.', bullets: ['The parts agree.'] });
  });
});
