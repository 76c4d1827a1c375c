import type { Article } from '../../../core/article.js';

export interface ExtractiveSummary {
  tldr: string;
  bullets: string[];
}

/** A one-sentence TL;DR and 3–5 bullets, each a sentence of the article. (Placeholder: being written.) */
export function summarizeArticle(article: Article, _options: { maxBullets?: number } = {}): ExtractiveSummary {
  const first = article.blocks.find((b) => b.kind === 'paragraph');
  const tldr = first ? article.text.slice(first.start, first.end) : '';
  return { tldr, bullets: [] };
}
