import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestSchema } from '../../../src/core/digest.js';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer } from '../../fakes/openai-server.js';
import { seedArticlePath } from '../../support/corpus.js';
import { cli, tempDb } from '../../support/run-cli.js';

describe('tidings digest with an OpenAI-compatible model configured', () => {
  let openai: FakeOpenAiServer;
  beforeAll(async () => {
    openai = await startFakeOpenAiServer(() =>
      reply.json({
        tldr: 'Putin stayed away from the Istanbul talks and sent a low-level delegation.',
        bullets: ['Zelenskyy called the Russian delegation decorative.', 'Rubio said the United States is impatient.'],
        quotes: [
          { speaker: 'Zelenskyy', text: 'Our delegation is at the highest level,' },
          { speaker: 'Vladimir Putin', text: 'We will never negotiate with Kyiv.' },
        ],
      }),
    );
  });
  afterAll(() => openai.close());

  it('uses the model by default (auto), keeps only verbatim quotes, then answers from the cache', async () => {
    const env = { TIDINGS_DB: tempDb(), OPENAI_BASE_URL: openai.baseUrl, OPENAI_API_KEY: 'sk-test', TIDINGS_LLM_MODEL: 'small-model' };
    const first = await cli(['digest', seedArticlePath, '--format', 'json'], env);
    expect(first.stderr).toBe('');
    const digest = digestSchema.parse(JSON.parse(first.stdout));
    expect(digest.engine).toBe('llm:small-model');
    expect(digest.quotes.map((q) => q.text)).toContain('Our delegation is at the highest level,');
    expect(digest.quotes.find((q) => q.text.includes('Our delegation'))?.speaker).toBe('Volodymyr Zelenskyy');
    expect(digest.quotes.map((q) => q.text).join(' ')).not.toContain('never negotiate');
    expect(openai.chatRequests()).toHaveLength(1);

    const second = await cli(['digest', seedArticlePath, '--format', 'json', '--no-store'], env);
    expect(digestSchema.parse(JSON.parse(second.stdout)).engine).toBe('llm:small-model');
    expect(openai.chatRequests()).toHaveLength(1);

    const stats = JSON.parse((await cli(['stats', '--json'], env)).stdout) as Record<string, number>;
    expect(stats).toMatchObject({ requests: 1, cacheHits: 1 });
    expect(stats.quotesDropped).toBeGreaterThanOrEqual(1);
  });

  it('uses the offline engine when asked, with no request', async () => {
    const before = openai.chatRequests().length;
    const env = { TIDINGS_DB: tempDb(), OPENAI_BASE_URL: openai.baseUrl, OPENAI_API_KEY: 'sk-test' };
    const run = await cli(['digest', seedArticlePath, '--format', 'json', '--engine', 'extractive'], env);
    expect(digestSchema.parse(JSON.parse(run.stdout)).engine).toBe('extractive');
    expect(openai.chatRequests().length).toBe(before);
  });

  it('refuses --engine llm with no model configured, saying what to set', async () => {
    const run = await cli(['digest', seedArticlePath, '--engine', 'llm'], { TIDINGS_DB: tempDb() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/OPENAI_API_KEY/);
  });
});
