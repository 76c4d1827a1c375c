import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../../src/core/article.js';
import { reduceMessages } from '../../../../src/engines/llm/build-messages.js';
import { chunkArticle } from '../../../../src/engines/llm/chunk-article.js';
import { countTokens } from '../../../../src/engines/llm/count-tokens.js';
import { RETRY_AFTER_CAP_MS, retryAfterMs } from '../../../../src/engines/llm/llm-failure.js';
import { defaultPromptsDir, fillTemplate, loadPrompts } from '../../../../src/engines/llm/load-prompts.js';
import { parseModelOutput } from '../../../../src/engines/llm/model-output.js';
import { createSemaphore } from '../../../../src/engines/llm/semaphore.js';

describe('Retry-After', () => {
  it('reads seconds, an HTTP date and retry-after-ms, and caps long waits', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': '1' }), now)).toBe(1000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }), now)).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250' }), now)).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': '3600' }), now)).toBe(RETRY_AFTER_CAP_MS);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});

describe('chunkArticle', () => {
  const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i}: ${'the council met again and argued about the budget '.repeat(8)}`);
  const article = buildArticle({ title: 't', source: 's', blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })) });

  it('keeps an article that fits in one part', () => {
    expect(chunkArticle(article, countTokens(article.text))).toEqual([article.text]);
  });

  it('cuts at paragraph boundaries, each part within the limit, nothing lost or reordered', () => {
    const parts = chunkArticle(article, 1000);
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(countTokens(p)).toBeLessThanOrEqual(1000);
    expect(parts.join('\n\n')).toBe(article.text);
  });
});

describe('prompts', () => {
  it('loads the package prompts, with a version that changes when a template changes', () => {
    const prompts = loadPrompts();
    expect(prompts.version).toMatch(/^digest-v1\+[0-9a-f]{8}$/u);
    expect(prompts.user).toContain('{{article}}');
    const copy = mkdtempSync(join(tmpdir(), 'tidings-prompts-'));
    cpSync(defaultPromptsDir(), copy, { recursive: true });
    writeFileSync(join(copy, 'digest.v1.system.md'), `${prompts.system}\nBe brief.`);
    expect(loadPrompts(copy).version).not.toBe(prompts.version);
  });

  it('fills slots once, so article text that looks like a slot stays as written', () => {
    expect(fillTemplate('{{title}}: {{article}}', { title: 'T', article: 'says {{title}}' })).toBe('T: says {{title}}');
  });
});

describe('parseModelOutput', () => {
  it('accepts the contract (a ```json fence tolerated) and rejects any other shape', () => {
    expect(parseModelOutput('```json\n{"tldr":"t","bullets":[],"quotes":[]}\n```')).toEqual({ ok: true, digest: { tldr: 't', bullets: [], quotes: [] } });
    expect(parseModelOutput('{"tldr":"t","bullets":[],"quotes":[],"extra":1}').ok).toBe(false);
    expect(parseModelOutput('{"tldr":"t","bullets":"one","quotes":[]}').ok).toBe(false);
    expect(parseModelOutput('not json').ok).toBe(false);
  });
});

describe('createSemaphore', () => {
  it('admits at most `limit` holders and serves waiters in order', async () => {
    const sem = createSemaphore(2);
    const order: number[] = [];
    const a = await sem.acquire();
    const b = await sem.acquire();
    const c = sem.acquire().then((release) => (order.push(3), release));
    const d = sem.acquire().then((release) => (order.push(4), release));
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual([]);
    a();
    a(); // releasing twice frees one slot only
    (await c)();
    b();
    (await d)();
    expect(order).toEqual([3, 4]);
  });

  it('stops waiting when the signal aborts', async () => {
    const sem = createSemaphore(1);
    await sem.acquire();
    const controller = new AbortController();
    const waiting = sem.acquire(controller.signal);
    controller.abort(new Error('budget'));
    await expect(waiting).rejects.toThrow('budget');
  });
});

describe('reduceMessages', () => {
  it('cuts the parts down until they fit the context', () => {
    const article = buildArticle({ title: 'Long', source: 's', blocks: [{ kind: 'paragraph', text: 'x' }] });
    const part = { tldr: 'A short summary of this part.', bullets: Array.from({ length: 5 }, () => 'A bullet that says a fair amount about the part. '.repeat(3)), quotes: [] };
    const parts = Array.from({ length: 40 }, () => part);
    const roomy = reduceMessages(loadPrompts(), article, parts, 1_000_000)[1]!.content;
    const tight = reduceMessages(loadPrompts(), article, parts, 2_000)[1]!.content;
    expect(roomy).toContain('A bullet that says');
    expect(tight).not.toContain('A bullet that says');
    expect(tight).toContain('Part 40: {"tldr":"A short summary of this part."}');
    expect(countTokens(tight)).toBeLessThan(2_500);
  });
});
