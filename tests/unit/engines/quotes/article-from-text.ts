import { buildArticle, type Article } from '../../../../src/core/article.js';

/**
 * Builds an Article from raw text the simple way the brief describes (the ingest cleaner is
 * another helper's): blocks split on blank lines; a block whose lines are all short and lack
 * terminal punctuation is a heading; the first block is the title.
 */
export function articleFromText(raw: string, source = 'test'): Article {
  const blocks = raw.split(/\n\s*\n/u).map((b) => b.trim()).filter(Boolean);
  const title = blocks[0] ?? '';
  return buildArticle({
    title,
    source,
    blocks: blocks.map((text) => ({
      kind: text.split('\n').every((line) => line.length < 140 && !/[.!?”"’:]$/u.test(line.trim())) ? 'heading' : 'paragraph',
      text,
    })),
  });
}

/** An article of one or more paragraphs, for single-sentence rule tests. */
export function articleOf(...paragraphs: string[]): Article {
  return buildArticle({ title: 'Test', source: 'test', blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })) });
}
