import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../../src/core/article.js';
import { digestOnce } from '../../../../src/core/digests/digest-once.js';
import type { Summarizer } from '../../../../src/core/ports/summarizer.js';
import { noopMetrics } from '../../../../src/core/ports/metrics.js';
import { createExtractiveSummarizer } from '../../../../src/engines/extractive/extractive-summarizer.js';
import { createMemoryArticleStore } from '../../../../src/store/memory-article-store.js';

const story = (text: string, url: string | null) =>
  buildArticle({ title: 'Night Ferry Saved', url, source: url ?? 'file.txt', blocks: [{ kind: 'paragraph', text }] });

/** The offline engine, counting how often it is asked. */
function countingSummarizer(): Summarizer & { calls: number } {
  const inner = createExtractiveSummarizer();
  const s = { name: inner.name, calls: 0, summarize: (a: Parameters<Summarizer['summarize']>[0]) => ((s.calls += 1), inner.summarize(a)) };
  return s;
}

describe('digestOnce', () => {
  it('summarizes and stores a new article, then never summarizes the same text or URL again', async () => {
    const articles = createMemoryArticleStore();
    const summarizer = countingSummarizer();
    const deps = { articles, summarizer, metrics: noopMetrics };
    const first = await digestOnce(deps, story('The council kept the night ferry running through the winter.', 'https://news.example/ferry'));
    expect(first).toMatchObject({ created: true });
    expect(first.digest?.article.title).toBe('Night Ferry Saved');

    const sameText = await digestOnce(deps, story('The council kept the night ferry running through the winter.', null));
    const editedAtSameUrl = await digestOnce(deps, story('The council kept the night ferry running, with a second crew.', 'https://news.example/ferry'));
    for (const again of [sameText, editedAtSameUrl]) expect(again).toEqual({ articleId: first.articleId, created: false, digest: null });
    expect(summarizer.calls).toBe(1);
  });
});
