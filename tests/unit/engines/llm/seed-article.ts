import { buildArticle, type Article } from '../../../../src/core/article.js';
import { readSeedArticle } from '../../../support/corpus.js';

/** The seed article as an Article: blocks split on blank lines, lone unpunctuated lines as headings. */
export function seedArticle(): Article {
  const raw = readSeedArticle();
  const parts = raw.split(/\n\s*\n/u).flatMap((p) => p.split('\n')).map((p) => p.trim()).filter(Boolean);
  return buildArticle({
    title: parts[0] ?? '',
    source: 'seed',
    blocks: parts.slice(1).map((text) => ({ kind: /[.!?"”*]$/u.test(text) ? 'paragraph' : 'heading', text })),
  });
}
