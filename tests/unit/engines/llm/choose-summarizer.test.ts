import { describe, expect, it } from 'vitest';
import type { Config } from '../../../../src/config/config.js';
import { chooseSummarizer } from '../../../../src/engines/llm/choose-summarizer.js';
import type { Summarizer } from '../../../../src/core/ports/summarizer.js';

const named = (name: string): Summarizer => ({ name, summarize: async () => Promise.reject(new Error('unused')) });
const llm: NonNullable<Config['llm']> = { apiKey: 'k', baseUrl: undefined, model: 'm', timeoutMs: 1000, budgetMs: 5000, concurrency: 1, maxRetries: 0, contextTokens: 12_000 };
const make = { extractive: named('extractive'), makeLlm: (c: NonNullable<Config['llm']>) => named(`llm:${c.model}`) };

describe('chooseSummarizer', () => {
  it('auto uses the LLM when one is configured, the extractive engine otherwise', () => {
    expect(chooseSummarizer('auto', llm, make).name).toBe('llm:m');
    expect(chooseSummarizer('auto', null, make).name).toBe('extractive');
  });
  it('extractive never touches the LLM', () => {
    expect(chooseSummarizer('extractive', llm, make).name).toBe('extractive');
  });
  it('llm without a configured model says how to configure one', () => {
    expect(() => chooseSummarizer('llm', null, make)).toThrow(/OPENAI_API_KEY/u);
    expect(chooseSummarizer('llm', llm, make).name).toBe('llm:m');
  });
});
